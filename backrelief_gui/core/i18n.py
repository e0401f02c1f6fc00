"""The core's door to translation: words written in core code, in the user's language.

The core never imports Qt, yet some of its words reach the screen (a reminder's text, a
duration, a dose). They are written as ``translate("context", "English text")`` calls,
which Qt's ``lupdate`` finds in the source like any ``QCoreApplication.translate``; the
app installs a function built on Qt's translators once at start (:func:`install`).
Until then, and in tests and on the command line, the English source is used as is.

A count goes in as ``n`` and replaces ``%n`` in the text, as in Qt. English needs no
catalogue: callers pick the English singular themselves (``"1 day"`` for one, else
``"%n days"``), so each language's own plural rules apply to the many-form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: context, English source text, disambiguation, count (-1: none) -> the text to show.
Translator = Callable[[str, str, str, int], str]

#: The languages BackRelief speaks and shows, each by its own name.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
SOURCE_LANGUAGE = "en"


def _as_written(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """No translation: the English source, with ``%n`` filled in as Qt would."""
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


# The one installed translator. A module-level slot on purpose: core functions are called
# from everywhere (widgets, storage, the tray), and threading a translator through every
# signature would touch them all for one process-wide choice made once at start.
_installed: list[Translator] = [_as_written]


def install(translator: Translator | None) -> None:
    """Use ``translator`` from now on (None goes back to the English source)."""
    _installed[0] = translator or _as_written


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the user's language; write literal strings, so lupdate can find them."""
    return _installed[0](context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's own marker name)
    """Marks a constant for lupdate without translating it: pass it to :func:`translate`
    at the moment it is shown, when the user's language is known."""
    del context
    return text


def choose_language(preferred: str, system: Iterable[str]) -> str:
    """The language to use: the user's setting, else the first of the system's languages
    BackRelief has ("fr-CA" counts as "fr"), else English.

    ``system`` is the system's UI languages in order of preference, as Qt lists them.
    """
    if preferred in LANGUAGES:
        return preferred
    for name in system:
        primary = name.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary
    return SOURCE_LANGUAGE

"""The app's language: chosen at start, then every text goes through Qt's translators.

Two catalogues are installed for a language other than English: BackRelief's own
(``resources/i18n/backrelief_<lang>.qm``, the interface and the data files' texts) and
Qt's (``qtbase_<lang>.qm``, for the standard buttons such as Cancel). The core's
translate hook is pointed at Qt's, so words written in core code follow too. It is done
once, before any window is built: a window shows the language it was made in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backrelief_gui.core import i18n
from backrelief_gui.core.i18n import SOURCE_LANGUAGE, choose_language

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

CATALOGUE_PREFIX = "backrelief_"
I18N_FOLDER = "i18n"


def qt_translate(context: str, text: str) -> str:
    """Qt's translation of a data text (a :data:`~backrelief_gui.core.translation.Translate`)."""
    return QCoreApplication.translate(context, text)


def _core_translate(context: str, text: str, disambiguation: str, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation or None, n)


class Language:
    """The language in use, and the translators installed for it (kept alive here)."""

    def __init__(
        self,
        code: str,
        translators: list[QTranslator],
        problem: str = "",
        locale_before: QLocale | None = None,
    ) -> None:
        self.code = code
        self.translators = translators
        self.problem = problem  # in words, when a catalogue could not be loaded
        self._locale_before = locale_before

    @property
    def translated(self) -> bool:
        """Whether texts need looking up at all (English is the source)."""
        return self.code != SOURCE_LANGUAGE

    def remove(self) -> None:
        """Back to English: for tests, which share one application between them."""
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators = []
        if self._locale_before is not None:
            QLocale.setDefault(self._locale_before)
        i18n.install(None)


def install_language(resources: Traversable, preferred: str = "") -> Language:
    """Choose the language (``preferred``, else the system's, else English) and install it.

    Needs the QApplication. A catalogue that cannot be read leaves its texts English and
    says so in ``problem``; the app still starts.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application first"
    code = choose_language(preferred, QLocale.system().uiLanguages())
    if code == SOURCE_LANGUAGE:
        return Language(code, [])
    translators = []
    own = QTranslator(app)
    catalogue = resources / I18N_FOLDER / f"{CATALOGUE_PREFIX}{code}.qm"
    problem = ""
    if _is_file(catalogue) and own.load(str(catalogue)):
        translators.append(own)
    else:
        problem = QCoreApplication.translate(
            "Language", "The {language} texts could not be read from {file}."
        ).format(language=i18n.LANGUAGES[code], file=catalogue)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(code), "qtbase", "_", folder):
        translators.append(qt)  # missing from a trimmed bundle: Qt's buttons stay English
    for translator in translators:
        app.installTranslator(translator)
    locale_before = QLocale()
    if QLocale.system().language() != QLocale(code).language():
        QLocale.setDefault(QLocale(code))  # dates and numbers in the language shown
    i18n.install(_core_translate)
    return Language(code, translators, problem, locale_before)


def _is_file(item: Traversable) -> bool:
    return Path(str(item)).is_file()

"""Translations: the French catalogue covers every text, is compiled, and is what shows.

The texts come from the sources exactly as the update script finds them (lupdate over
the code, plus the data files), so a string added without running the script, or left
untranslated, fails here with a list of what to do.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from backrelief_gui.core import i18n
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.i18n import choose_language
from backrelief_gui.core.learn import LEARN_FILE, load_learn
from backrelief_gui.core.loading import Library
from backrelief_gui.core.plan import compile_plan
from backrelief_gui.core.reminder_text import reminder_title
from backrelief_gui.core.text import format_duration, minutes_text
from backrelief_gui.core.translation import (
    data_messages,
    template_fields,
    translated_learn,
    translated_library,
)
from backrelief_gui.qt.language import install_language, qt_translate
from backrelief_gui.speech.engine import Voice, voice_for_language
from tools import update_translations as tool

PACKAGE = Path(tool.PACKAGE)
FRENCH_TS = tool.catalogue_path("fr")
NUMERUS_FORMS = tool.PLURAL_FORMS["fr"]


@pytest.fixture(scope="module")
def sources() -> list[tool.Message]:
    """Every text to translate, found afresh: lupdate over the code, and the data files."""
    return tool.extract()


@pytest.fixture(scope="module")
def french() -> tool.Catalogue:
    return tool.read_ts(FRENCH_TS)


@pytest.fixture
def in_french(qapp) -> Iterator[object]:
    """French installed as the app installs it at start; English again afterwards."""
    language = install_language(bundled_resources(), "fr")
    assert language.code == "fr" and not language.problem, language.problem
    yield language
    language.remove()


def _listing(messages: list[tool.Message]) -> str:
    return "\n".join(f"  [{m.context}] {m.source!r}" for m in messages)


# -- (a) the catalogue covers every text ---------------------------------------------------


def test_the_sources_give_code_and_data_texts(sources):
    """Guards the tests below: an extraction that found nothing would prove nothing."""
    contexts = {message.context for message in sources}
    assert {"HistoryView", "Tray", "reminders", "durations", "report"} <= contexts
    assert {"phrases", "routine/full", "exercise/wall-angels", "learn"} <= contexts
    assert any(message.numerus for message in sources)
    assert len(sources) > 300


def test_every_text_has_a_finished_french_translation(sources, french):
    known = french.by_key()
    missing = []
    for message in sources:
        entry = known.get(message.key)
        forms = NUMERUS_FORMS if message.numerus else 1
        if (
            entry is None
            or entry.status != tool.FINISHED
            or len(entry.translation) != forms
            or not all(text.strip() for text in entry.translation)
        ):
            missing.append(message)
    assert not missing, (
        f"{len(missing)} texts have no finished French translation. Run "
        "python tools/update_translations.py, then translate what "
        "python tools/update_translations.py --todo fr lists (and --apply fr FILE.json):\n"
        + _listing(missing)
    )


def test_the_catalogue_is_up_to_date_with_the_sources(sources):
    fresh = tool.render_ts(tool.updated("fr", sources), FRENCH_TS.parent)
    assert fresh == FRENCH_TS.read_bytes(), (
        "resources/i18n/backrelief_fr.ts differs from the sources: "
        "run python tools/update_translations.py"
    )


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_translations_keep_every_placeholder_count_and_shortcut_marker(french):
    broken = []
    for message in french.messages:
        if message.status != tool.FINISHED:
            continue
        for text in message.translation:
            if (
                template_fields(text) != template_fields(message.source)
                or ("%n" in message.source) != ("%n" in text)
                or _mnemonics(text) != _mnemonics(message.source)
            ):
                broken.append(f"  [{message.context}] {message.source!r} -> {text!r}")
    assert not broken, "placeholders, %n or & markers differ:\n" + "\n".join(broken)


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translate_calls() -> Iterator[tuple[Path, int, str, ast.AST, ast.AST | None, str]]:
    """Each call that marks a text: (file, line, context, text node, comment node, kind)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(inner, node.name)  # innermost class wins: walked first
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and isinstance(func, ast.Attribute):
                yield path, node.lineno, classes.get(node, ""), args[0], _arg(args, 1), "tr"
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context = _literal(args[0])
                if context is not None:
                    yield path, node.lineno, context, args[1], _arg(args, 2), name


def _arg(args: list[ast.expr], index: int) -> ast.AST | None:
    return args[index] if len(args) > index else None


def test_every_literal_marked_for_translation_is_in_the_catalogue(sources):
    """lupdate's Python parser skips some calls silently (a count given as ``obj.attr``
    or ``f(x)`` drops the whole text), and a text built with an f-string can never match
    its translation: both are caught here, by reading the code independently."""
    extracted = {message.key for message in sources}
    problems = []
    for path, line, context, text, comment, kind in _translate_calls():
        where = f"{path.relative_to(PACKAGE.parent)}:{line}"
        if isinstance(text, ast.JoinedStr):
            problems.append(f"  {where}: an f-string given to {kind}(); use .format() after it")
            continue
        source = _literal(text)
        if source is None:
            continue  # a constant marked elsewhere with QT_TRANSLATE_NOOP
        key = (context, source, _literal(comment) or "")
        if key not in extracted:
            problems.append(f"  {where}: [{context}] {source!r} was not extracted")
    assert not problems, "texts lupdate did not pick up:\n" + "\n".join(problems)


# Calls whose string arguments are shown or spoken to the user.
_SHOWN_BY = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setPlaceholderText", "addAction",
    "addMenu", "addItem", "addRow", "addTab", "setTabText", "showMessage", "show_notice",
    "show_voice_status", "setInformativeText", "setDetailedText", "addButton", "setTitle",
    "setSubTitle", "setButtonText", "setLabelText", "setSuffix", "setPrefix",
    "setSpecialValueText", "emit", "tell", "question", "information", "warning", "critical",
    "getSaveFileName", "getOpenFileName", "QLabel", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QAction", "QMenu", "plain_label", "heading", "_button",
}  # fmt: skip
_NOT_WORDS = re.compile(r"^[a-z]+[A-Za-z0-9]*$")  # an object name such as "pauseButton"


def _words(node: ast.AST) -> str | None:
    """The words of a string literal or f-string, if it holds any a person would read."""
    if isinstance(node, ast.JoinedStr):
        text = "".join(_literal(part) or " " for part in node.values)
    else:
        text = _literal(node)
    if text is None or _NOT_WORDS.match(text):
        return None
    return text if re.search(r"[A-Za-z]{2}", text.replace("BackRelief", "")) else None


def test_no_shown_text_is_left_out_of_the_translation_system():
    """A literal handed straight to a widget or a message never reaches the catalogue."""
    left = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "core":
            continue  # the core's words go through its translate hook, checked above
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _SHOWN_BY:
                continue
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                words = _words(argument)
                if words is not None:
                    where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                    left.append(f"  {where}: {name}({words!r})")
    assert not left, (
        f"{len(left)} shown texts are not marked for translation (wrap them in self.tr() or "
        "QCoreApplication.translate(), then run python tools/update_translations.py):\n"
        + "\n".join(left)
    )


# -- (b) the compiled catalogue is the source's ------------------------------------------


def test_the_compiled_catalogue_is_compiled_from_the_committed_source(tmp_path):
    fresh = tmp_path / "backrelief_fr.qm"
    tool.compile_qm(FRENCH_TS, fresh)
    assert fresh.read_bytes() == FRENCH_TS.with_suffix(".qm").read_bytes(), (
        "backrelief_fr.qm is stale: run python tools/update_translations.py"
    )


def test_the_compiled_catalogue_translates_what_the_source_says(french, in_french):
    """Loaded through Qt as the app loads it, each finished text comes back as written."""
    wrong = []
    for message in french.messages:
        if message.status != tool.FINISHED:
            continue
        comment = message.comment or None
        if message.numerus:
            got = [
                QCoreApplication.translate(message.context, message.source, comment, n)
                for n in (1, 5)
            ]
            want = [
                form.replace("%n", str(n))
                for form, n in zip(message.translation, (1, 5), strict=True)
            ]
        else:
            got = [QCoreApplication.translate(message.context, message.source, comment)]
            want = list(message.translation)
        if got != want:
            wrong.append(f"  [{message.context}] {message.source!r}: {got} != {want}")
    assert not wrong, "\n".join(wrong)


def test_the_package_ships_the_compiled_catalogues():
    """pyproject's package data must carry the .qm beside the TOML files into a wheel."""
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["backrelief_gui.resources"]
    assert "i18n/*.qm" in patterns
    assert (bundled_resources() / "i18n" / "backrelief_fr.qm").is_file()


# -- (c) French is what the user sees and hears ------------------------------------------


def test_the_language_follows_the_setting_then_the_system_then_english():
    assert choose_language("fr", ["en-US"]) == "fr"
    assert choose_language("en", ["fr-FR", "fr"]) == "en"
    assert choose_language("", ["fr-CA", "en-US"]) == "fr"
    assert choose_language("", ["de-DE", "fr-FR"]) == "fr"
    assert choose_language("", ["de-DE"]) == "en"
    assert choose_language("klingon", ["C"]) == "en"


def test_qt_own_buttons_are_french_too(qtbot, in_french):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert QLocale().language() == QLocale.Language.French


def test_removing_the_language_brings_english_back(qapp):
    language = install_language(bundled_resources(), "fr")
    assert format_duration(30) == "30 s" and minutes_text(2) == "2 minutes"
    assert QCoreApplication.translate("Tray", "&Quit") == "&Quitter"
    language.remove()
    assert QCoreApplication.translate("Tray", "&Quit") == "&Quit"
    assert i18n.translate("reminders", "Time for a break") == "Time for a break"


def test_core_words_follow_the_installed_language(in_french):
    from datetime import UTC, datetime

    from backrelief_gui.core.break_schedule import Reminder, ReminderKind
    from backrelief_gui.core.reminder_text import tray_status

    assert minutes_text(1) == "1 minute" and minutes_text(0) == "0 minute"
    assert minutes_text(12) == "12 minutes"
    assert tray_status(False, None) == "Les rappels de pause sont désactivés"
    noon = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    reminder = Reminder(ReminderKind.BREAK, noon, noon)
    assert reminder_title(reminder) == "C'est l'heure d'une pause"


def test_the_translated_library_keeps_every_number_and_the_users_own_words(library):
    french = translated_library(library, lambda context, text: f"«{text}»")
    for key, exercise in library.exercises.items():
        other = french.exercises[key]
        assert other.name == f"«{exercise.name}»"
        assert (other.reps, other.sets, other.hold_seconds) == (
            exercise.reps,
            exercise.sets,
            exercise.hold_seconds,
        )
        assert [p.seconds for p in other.phases] == [p.seconds for p in exercise.phases]
        assert all(tip.startswith("«") for tip in other.tips)
    mine = library.routines["full"]._replace(id="mine", name="My own", builtin=False)
    with_mine = library._replace(routines={**library.routines, "mine": mine})
    translated = translated_library(with_mine, qt_translate)
    assert translated.routines["mine"].name == "My own"


def test_a_phrase_whose_translation_broke_a_placeholder_stays_english(library):
    def careless(context: str, text: str) -> str:
        return text.replace("{next}", "{suivant}") if context == "phrases" else text

    french = translated_library(library, careless)
    assert french.phrases.cues["rest_exercises"] == library.phrases.cues["rest_exercises"]


def test_every_data_text_is_offered_for_translation(library):
    """The walk that lists data texts and the one that translates them are the same walk:
    whatever a translation changes was offered to the translator."""
    learn = load_learn(bundled_resources() / LEARN_FILE)
    offered = {(m.context, m.source) for m in data_messages(library, learn)}
    seen = set()

    def note(context: str, text: str) -> str:
        seen.add((context, text))
        return text

    translated_library(library, note)
    translated_learn(learn, note)
    assert seen == offered


def _french_library(library: Library) -> Library:
    return translated_library(library, qt_translate)


def test_a_french_plan_says_every_cue_in_french(library, in_french):
    english = compile_plan(library.routines["full"], Dose.STANDARD, library.phrases)
    french_library = _french_library(library)
    french = compile_plan(french_library.routines["full"], Dose.STANDARD, french_library.phrases)
    assert len(french.steps) == len(english.steps)
    same = [
        (en.cue, fr.cue)
        for en, fr in zip(english.steps, french.steps, strict=True)
        if en.cue == fr.cue and re.search(r"[A-Za-z]", en.cue)
    ]
    assert not same, same
    cues = " ".join(step.cue for step in french.steps)
    for word in ("Préparez-vous", "Répétition", "omoplates", "Reposez-vous", "Bravo"):
        assert word in cues
    assert french.steps[0].cue.startswith("Rapprochement des omoplates.")
    assert "{reps}" in french.steps[-1].cue  # filled in when the session ends


#: Texts the main window and the session view show in English without a translation.
KNOWN_ENGLISH = (
    "Start routine", "Voice…", "Routines…", "History…", "Gentle", "Standard",
    "Start from this exercise", "The movement", "Tips", "Pause", "Next ▶", "◀ Previous",
    "Skip exercise", "Stop", "Mute", "Get into position", "Get ready", "Full routine",
    "Shoulder Blade Squeeze", "Wall Angels",
)  # fmt: skip
#: ... and the beginnings of texts made of English words and the data's own.
KNOWN_ENGLISH_STARTS = ("You need:", "Dose (", "Exercise ", "Rep ", "Set ")


def _shown_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(index) for index in range(widget.count()))
        texts.extend(action.text() for action in widget.actions())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return [text for text in texts if text]


def test_the_main_window_and_a_session_are_shown_in_french(qtbot, tmp_path, library, in_french):
    from backrelief_gui.qt.driver import SessionDriver
    from backrelief_gui.storage.settings import Settings, SettingsStore
    from backrelief_gui.ui.figures import Figures
    from backrelief_gui.ui.main_window import MainWindow

    settings = Settings(safety_acknowledged=True, ask_pain=False, welcome_done=True)
    driver = SessionDriver(clock=lambda: 0.0)
    window = MainWindow(
        _french_library(library),
        lambda: driver,
        Figures(bundled_resources()),
        settings,
        SettingsStore(tmp_path / "settings.json"),
    )
    qtbot.addWidget(window)
    window.show()
    shown = _shown_texts(window)
    window.start_routine(0)  # the session view, at its first step
    shown += _shown_texts(window)
    driver.stop()

    english_sources = {
        message.source
        for message in tool.read_ts(FRENCH_TS).messages
        if message.translation and message.translation[0] != message.source
    }
    left = sorted(
        {
            text
            for text in shown
            if text in english_sources
            or text in KNOWN_ENGLISH
            or text.startswith(KNOWN_ENGLISH_STARTS)
        }
    )
    assert not left, f"English left on screen: {left}"
    assert "Rapprochement des omoplates" in shown


def test_the_display_dialog_offers_the_languages_and_says_when_one_applies(qtbot):
    from backrelief_gui.ui.display_settings import Display, DisplaySettingsDialog
    from backrelief_gui.ui.theme import Appearance

    dialog = DisplaySettingsDialog(Display(Appearance.SYSTEM, 100, ""))
    qtbot.addWidget(dialog)
    picker = dialog.language_picker
    assert [picker.itemData(i) for i in range(picker.count())] == ["", "en", "fr"]
    assert "Français" in [picker.itemText(i) for i in range(picker.count())]
    assert "next starts" in dialog.findChild(QLabel, "languageNote").text()
    picker.setCurrentIndex(picker.findData("fr"))
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.accept()
    assert chosen.args[0].language == "fr"


def test_french_is_spoken_by_a_french_voice():
    voices = [
        Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
        Voice("roa/fr-be", "French (Belgium)", ("fr-be",)),
        Voice("roa/fr", "French (France)", ("fr-fr",)),
    ]
    assert voice_for_language(voices, "fr") == "roa/fr"
    assert voice_for_language(voices[:2], "fr") == "roa/fr-be"
    assert voice_for_language(voices[:1], "fr") == ""


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="eSpeak NG is not installed")
def test_the_engine_picks_espeak_ngs_french_voice_when_none_is_chosen():
    from backrelief_gui.speech.engine import Pyttsx3Engine

    engine = Pyttsx3Engine("fr")
    chosen = engine.default_voice()
    french = [voice for voice in engine.voices() if voice.id == chosen]
    assert french and french[0].languages[0].startswith("fr"), chosen


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_report_for_a_physiotherapist_is_french_and_nothing_is_cut(tmp_path, in_french):
    import subprocess
    import unicodedata
    from datetime import date

    from backrelief_gui.storage.history import open_history
    from backrelief_gui.storage.report import write_report
    from tests.storage.conftest import sample_history

    store, _ = open_history(tmp_path / "data")
    assert store is not None
    sample_history(store)
    write_report(store, tmp_path / "bilan.pdf", date(2025, 4, 16), weekly_goal=5)
    store.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "bilan.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "…" not in text.replace("… et", "")  # no label shortened to fit
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬀ" ligature back to "ff"
    for words in (
        "BackRelief — bilan des exercices",
        "Du 24 février 2025 au 16 avril 2025 (8 dernières semaines)",
        "Assiduité",
        "Séances sur 4 sem.",
        "d'affilée, à ce jour",
        "Semaines dès le lundi.",
        "Dernières notes",
    ):
        assert words in text, words

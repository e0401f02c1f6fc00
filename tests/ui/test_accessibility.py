"""Every view and dialog gives a screen reader a name for each control, a whole session
can be run from the keyboard alone, and each new step is announced.

The names are read the way a screen reader reads them: through Qt's accessibility
interface (``QAccessible.queryAccessibleInterface``), where a button's text or a label's
buddy counts, and nothing else does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTextEdit,
    QWidget,
)

from backrelief_gui.core.break_schedule import BreakSettings
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.loading import load_library
from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.storage.history import open_history
from backrelief_gui.ui.display_settings import Display, DisplaySettingsDialog
from backrelief_gui.ui.learn_view import make_learn_view
from backrelief_gui.ui.pain_prompt import PainDialog
from backrelief_gui.ui.preferences import Preferences, PreferencesDialog
from backrelief_gui.ui.reminder_settings import ReminderSettingsDialog
from backrelief_gui.ui.reminder_window import ReminderWindow
from backrelief_gui.ui.routine_builder import RoutineBuilder
from backrelief_gui.ui.routine_builder_model import RoutineWorkbench
from backrelief_gui.ui.routine_transfer import ImportDialog
from backrelief_gui.ui.safety import safety_dialog
from backrelief_gui.ui.theme import Appearance
from backrelief_gui.ui.voice_settings import VoiceSettingsDialog
from backrelief_gui.ui.welcome import WelcomeChoices, WelcomeWizard
from tests.ui.conftest import FrozenClock
from tests.ui.test_history_view import EXERCISES, SESSIONS, TODAY

# Controls a person operates; each needs a name a screen reader can say.
INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,  # QSpinBox, QTimeEdit, …
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QPushButton,
    QAbstractItemView,
    QSlider,
)
# Composite controls whose inner parts (a spin box's line edit, a table's headers) are
# presented through the control itself, not as controls of their own.
COMPOSITE = (QAbstractSpinBox, QComboBox, QAbstractItemView)


def _is_part_of_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def _needs_name(widget: QWidget) -> bool:
    if not widget.isVisible() or _is_part_of_composite(widget):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    # A scroll area a person can move into with the keyboard is a control too.
    return (
        isinstance(widget, QAbstractScrollArea) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader is given for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"no accessibility interface for {describe(widget)}"
    name = interface.text(QAccessible.Text.Name).strip()
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # On Linux Qt reports a combo box's current item as its name; that names the
        # choice, not the control. Only a label (a buddy) names the control itself.
        current = widget.currentText().strip()
        if name == current:
            return ""
    return name


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r})"


def unnamed(top: QWidget) -> list[str]:
    widgets = [top, *top.findChildren(QWidget)]
    return [describe(w) for w in widgets if _needs_name(w) and not spoken_name(w)]


def check_named(top: QWidget, what: str) -> None:
    assert top.isVisible(), f"{what} is not on screen, so nothing in it was checked"
    missing = unnamed(top)
    assert not missing, f"{what}: controls without an accessible name:\n  " + "\n  ".join(missing)


def count_checked(top: QWidget) -> int:
    return sum(1 for w in [top, *top.findChildren(QWidget)] if _needs_name(w))


# -- the audit itself can fail ------------------------------------------------------------


def test_the_audit_finds_a_control_without_a_name(qtbot):
    from PySide6.QtWidgets import QLabel, QSpinBox, QToolButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    bare = QSpinBox()
    bare.setObjectName("bare")
    labelled = QSpinBox()
    label = QLabel("&Count:")
    label.setBuddy(labelled)
    icon_only = QToolButton()
    icon_only.setObjectName("iconOnly")
    combo = QComboBox()
    combo.setObjectName("unlabelledCombo")
    combo.addItem("An item")
    for widget in (bare, label, labelled, icon_only, combo):
        layout.addWidget(widget)
    page.show()
    missing = unnamed(page)
    assert len(missing) == 3
    assert any("QSpinBox(objectName='bare'" in line for line in missing)
    assert any("'iconOnly'" in line for line in missing)
    assert any("'unlabelledCombo'" in line for line in missing)
    assert spoken_name(labelled) == "Count:"


# -- every view and dialog ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def british_english():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def _filled_history(tmp_path):
    """A real history file holding the hand-made history of test_history_view."""
    store = open_history(tmp_path / "history").store
    for record in SESSIONS:
        sid = store.begin_session(
            record.routine_id, record.routine_name, record.dose, record.planned_seconds,
            record.started_utc, record.utc_offset_minutes, record.pain_before,
        )  # fmt: skip
        for row in (e for e in EXERCISES if e.session_id == sid):
            store.record_exercise(row)
        store.end_session(sid, record.status, record.started_utc, record.active_seconds)
        if record.pain_after is not None:
            store.set_pain(sid, after=record.pain_after)
        store.set_note(sid, record.note)
    return store


def test_every_view_names_its_controls(qtbot, make_window, tmp_path):
    window = make_window(routine="desk-break", clock=FrozenClock(), ask_pain=True)
    window.set_history_available(True)
    window.show_voice_status("Voice: English")
    qtbot.waitExposed(window)

    assert window.pages.currentWidget() is window.detail
    check_named(window, "main window, idle")
    assert count_checked(window) >= 7  # pickers, buttons, the list, the detail page

    window.start_button.click()
    pain = window.findChild(PainDialog)
    assert pain is not None and pain.isVisible()
    check_named(pain, "pain before a session")
    pain.findChild(QPushButton, "painSkip").click()
    assert window.pages.currentWidget() is window.session_view
    check_named(window, "main window, session running")

    window.session_view.stop_button.click()
    assert window.pages.currentWidget() is window.summary_view
    assert window.summary_view.pain_scale.isVisible()
    check_named(window, "main window, summary")

    store = _filled_history(tmp_path)
    window.show_history(store.sessions(), store.exercise_digest(), TODAY, store.reminder_days())
    store.close()
    assert window.pages.currentWidget() is window.history_view
    assert window.history_view.sessions_table.model().rowCount() == len(SESSIONS)
    check_named(window, "main window, history")


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _routine_builder(parent: QWidget, data_dir) -> RoutineBuilder:
    """The builder on a routine of the user's own with an exercise selected: all controls."""
    workbench = RoutineWorkbench(load_library(bundled_resources()), data_dir)
    routine_id = workbench.create("Morning")
    draft = workbench.draft(routine_id).adding("shoulder-blade-squeeze").adding("wall-angels")
    workbench.edit(routine_id, draft, "add two exercises")
    return RoutineBuilder(workbench, Dose.GENTLE, parent=parent, select=routine_id)


def _dialogs(qtbot, parent: QWidget, data_dir) -> Iterator[tuple[str, QWidget]]:
    yield "safety note", _shown(qtbot, safety_dialog(parent))
    yield "pain before a session", _shown(qtbot, PainDialog(parent))
    voices = [Voice("en-gb", "English (Great Britain)", ("en",)), Voice("fr", "French", ("fr",))]
    yield (
        "voice settings",
        _shown(qtbot, VoiceSettingsDialog(voices, VoiceSettings(), False, True, parent)),
    )
    yield (
        "goal and pain preferences",
        _shown(qtbot, PreferencesDialog(Preferences(3, True, 7, 2), parent)),
    )
    yield (
        "break reminder settings",
        _shown(qtbot, ReminderSettingsDialog(BreakSettings(), True, False, False, parent)),
    )
    yield (
        "reminder window",
        _shown(qtbot, ReminderWindow("Time for a break", "Stand up.")),
    )
    yield "routine builder", _shown(qtbot, _routine_builder(parent, data_dir))
    yield "learn page", _shown(qtbot, make_learn_view(parent))
    yield (
        "display settings",
        _shown(qtbot, DisplaySettingsDialog(Display(Appearance.SYSTEM, 100), parent)),
    )
    yield "import preview", _import_preview(qtbot, parent, data_dir)
    wizard = _shown(qtbot, WelcomeWizard(WELCOME, parent))
    for page in range(len(wizard.pageIds())):
        yield f"welcome page {page + 1}", wizard
        wizard.next()


WELCOME = WelcomeChoices(VoiceSettings("", 150, 0.8), False, BreakSettings(), True, False)


def _import_preview(qtbot, parent: QWidget, data_dir) -> QWidget:
    """The import dialog once it has checked a good file, showing the routine."""
    shared = data_dir / "shared.backrelief.toml"
    shared.write_text(
        'format = 1\nid = "shared"\nname = "Shared"\ndescription = "From a friend."\n'
        'exercises = ["cat-cow", "wall-angels"]\n',
        encoding="utf-8",
    )
    library = load_library(bundled_resources())
    dialog = ImportDialog(shared, library, data_dir / "data", parent)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.check is not None)
    return dialog


def test_every_dialog_names_its_controls(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen = []
    for what, dialog in _dialogs(qtbot, parent, tmp_path):
        check_named(dialog, what)
        seen.append((what, count_checked(dialog)))
        if not isinstance(dialog, WelcomeWizard):
            dialog.close()
    assert len(seen) == 14
    assert all(count >= 1 for _, count in seen), seen


# -- a whole session from the keyboard ----------------------------------------------------


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """One key on whatever has the focus, as a person at the keyboard would press it."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifier)
    return focused


def test_a_whole_session_by_keyboard_alone(qtbot, make_window):
    window = make_window(routine="full", clock=FrozenClock())
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.start_button.setFocus()  # where a person would be, about to start
    assert QApplication.focusWidget() is window.start_button
    assert window.routine.id == "full"

    # Alt+R goes to the routine; Down picks the desk break.
    _press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.routine_picker
    wanted = window.routine_picker.findData("desk-break")
    while window.routine.id != "desk-break":
        index = window.routine_picker.currentIndex()
        _press(qtbot, Qt.Key.Key_Down if index < wanted else Qt.Key.Key_Up)
        assert window.routine_picker.currentIndex() != index, "the arrow did not move the choice"
    # Tab on to the start button, and press it with Space.
    for _ in range(10):
        if QApplication.focusWidget() is window.start_button:
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.start_button
    _press(qtbot, Qt.Key.Key_Space)
    assert window.session_active
    assert window.pages.currentWidget() is window.session_view
    driver = window.driver
    assert driver.machine.plan.routine.id == "desk-break"

    _press(qtbot, Qt.Key.Key_Space)
    assert driver.state.value == "paused"
    _press(qtbot, Qt.Key.Key_Space)
    assert driver.state.value == "running"
    _press(qtbot, Qt.Key.Key_Right)
    assert driver.machine.index == 1
    _press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert driver.machine.step.exercise == 1  # on to Thoracic Extension
    steps = len(driver.machine.plan.steps)
    for _ in range(steps):
        if window.pages.currentWidget() is window.summary_view:
            break
        _press(qtbot, Qt.Key.Key_Right)
    assert window.pages.currentWidget() is window.summary_view
    assert not window.session_active
    assert window.summary_view.title.text() == "Routine finished"  # the first was skipped

    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is window.summary_view or window.summary_view.isAncestorOf(focused)
    assert focused.isVisible()
    assert focused.focusPolicy() != Qt.FocusPolicy.NoFocus, (
        f"focus is on {describe(focused)}, which cannot show it"
    )


def test_escape_ends_a_session_begun_from_the_keyboard(qtbot, make_window):
    window = make_window(routine="desk-break", clock=FrozenClock())
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.start_button.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session_view
    _press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.summary_view
    assert window.summary_view.title.text() == "Session stopped"
    focused = QApplication.focusWidget()
    assert window.summary_view.isAncestorOf(focused)
    assert focused.focusPolicy() != Qt.FocusPolicy.NoFocus


# -- step changes are announced -----------------------------------------------------------


def test_each_step_is_announced(qtbot, make_window, monkeypatch):
    announced = []
    real_update = QAccessible.updateAccessibility

    def record(event):
        announced.append((event.object(), event.type()))
        real_update(event)

    # The session view reaches Qt through this same class, however it imports it.
    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window = make_window(routine="desk-break", clock=FrozenClock())
    window.start_button.click()
    view = window.session_view
    instruction = view.instruction
    plan = window.driver.machine.plan
    assert instruction.accessibleName() == plan.steps[0].instruction
    window.driver.next_step()
    window.driver.next_step()
    step = window.driver.machine.step
    assert instruction.accessibleName() == step.instruction == instruction.text()
    name_changes = [kind for obj, kind in announced if obj is instruction]
    assert name_changes == [QAccessible.Event.NameChanged] * 3
    interface = QAccessible.queryAccessibleInterface(instruction)
    assert interface.text(QAccessible.Text.Name) == step.instruction

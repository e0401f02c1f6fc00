"""The real main window, driven as a user would: pickers, detail, safety note, keyboard."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.plan import StepKind
from backrelief_gui.core.session import State
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.main_window import MainWindow
from tests.ui.conftest import FrozenClock


def test_start_screen_lists_the_routine(qtbot, make_window, library):
    window = make_window(routine="full")
    names = [window.exercise_list.item(row).text() for row in range(window.exercise_list.count())]
    assert len(names) == 6
    assert names[0].startswith("1. Shoulder Blade Squeeze")
    assert "10 reps, hold 5 s" in names[0]  # gentle by default
    assert window.detail.shown_name == "Shoulder Blade Squeeze"
    assert window.pages.currentWidget() is window.detail
    assert "6 exercises" in window.routine_length.text()
    # The length comes from the plan compiler, loaded just after the first paint.
    qtbot.waitUntil(lambda: "about 10 min" in window.routine_length.text())


def test_pickers_change_the_list_and_are_remembered(make_window, settings_path):
    window = make_window(routine="full")
    window.select_routine("desk-break")
    window.dose_picker.setCurrentIndex(window.dose_picker.findData(Dose.STANDARD.value))
    assert window.exercise_list.count() == 2
    assert "10 reps, hold 10 s" in window.exercise_list.item(0).text()
    saved = json.loads(settings_path.read_text())
    assert saved["routine"] == "desk-break" and saved["dose"] == "standard"


def test_selecting_an_exercise_shows_how_to_do_it(make_window, library):
    window = make_window(routine="full")
    window.exercise_list.setCurrentRow(5)
    childs_pose = library.exercises["childs-pose"]
    assert window.detail.shown_name == childs_pose.name
    shown = [label.text() for label in window.detail.findChildren(QLabel)]
    assert childs_pose.movement in shown and childs_pose.setup in shown


def test_start_from_a_chosen_exercise(make_window):
    window = make_window(routine="full")
    window.exercise_list.setCurrentRow(3)
    window.detail.findChild(QPushButton, "startHere").click()
    machine = window.driver.machine
    assert machine.step.kind is StepKind.ANNOUNCE and machine.step.exercise == 3
    assert window.session_view.exercise_name.text() == "Wall Angels"
    assert window.exercise_list.currentRow() == 3
    assert "Exercise 4 of 6" in window.session_view.exercise_position.text()


def test_safety_note_comes_before_the_first_session(qtbot, make_window, settings_path):
    window = make_window(acknowledged=False)
    window.start_button.click()
    dialog = window.findChild(QMessageBox, "safetyDialog")
    assert dialog is not None and dialog.isVisible()
    assert "not give medical advice" in dialog.informativeText()
    assert window.driver.state is State.IDLE  # nothing starts before it is read
    dialog.findChild(QPushButton, "safetyAccept").click()
    assert window.driver.state is State.RUNNING
    assert json.loads(settings_path.read_text())["safety_acknowledged"] is True


def test_declining_the_safety_note_starts_nothing(qtbot, make_window):
    window = make_window(acknowledged=False)
    window.start_button.click()
    dialog = window.findChild(QMessageBox, "safetyDialog")
    dialog.reject()
    assert window.driver.state is State.IDLE
    assert window.pages.currentWidget() is window.detail


def test_the_note_is_not_shown_again(qtbot, make_window):
    window = make_window(acknowledged=True)
    window.start_button.click()
    assert window.findChild(QMessageBox, "safetyDialog") is None
    assert window.driver.state is State.RUNNING


class TestKeyboard:
    """Shortcuts act on the session, whichever control has the focus."""

    @pytest.fixture
    def window(self, make_window, qtbot):
        window = make_window(routine="desk-break", clock=FrozenClock())
        qtbot.waitExposed(window)
        window.activateWindow()
        window.start_button.click()
        return window

    def press(self, qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(window.focusWidget() or window, key, modifier)

    def test_space_pauses_and_resumes(self, qtbot, window):
        self.press(qtbot, window, Qt.Key.Key_Space)
        assert window.driver.state is State.PAUSED
        assert window.session_view.pause_button.text() == "Resume"
        assert "Paused" in window.session_view.status.text()
        self.press(qtbot, window, Qt.Key.Key_Space)
        assert window.driver.state is State.RUNNING
        assert window.session_view.pause_button.text() == "Pause"

    def test_space_works_when_a_button_has_focus(self, qtbot, window):
        window.session_view.stop_button.setFocus()
        self.press(qtbot, window, Qt.Key.Key_Space)
        assert window.driver.state is State.PAUSED

    def test_arrows_step(self, qtbot, window):
        self.press(qtbot, window, Qt.Key.Key_Right)
        self.press(qtbot, window, Qt.Key.Key_Right)
        assert window.driver.machine.index == 2
        assert window.session_view.phase.text() == "Squeeze and hold"
        assert window.session_view.counters.text() == "Rep 1 of 10"
        self.press(qtbot, window, Qt.Key.Key_Left)
        assert window.driver.machine.index == 1
        assert window.session_view.phase.text() == "Get ready"

    def test_ctrl_right_skips_the_exercise(self, qtbot, window):
        self.press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        assert window.session_view.exercise_name.text() == "Thoracic Extension Stretch"
        assert window.exercise_list.currentRow() == 1

    def test_escape_stops_and_shows_what_was_done(self, qtbot, window):
        self.press(qtbot, window, Qt.Key.Key_Escape)
        assert window.driver.state is State.STOPPED
        assert window.pages.currentWidget() is window.summary_view
        assert window.summary_view.title.text() == "Session stopped"
        assert "0 of 10 repetitions" in window.summary_view.details.text()
        assert window.start_button.isEnabled()

    def test_shortcuts_sleep_outside_a_session(self, qtbot, window):
        self.press(qtbot, window, Qt.Key.Key_Escape)
        self.press(qtbot, window, Qt.Key.Key_Space)
        assert window.driver.state is State.STOPPED

    def test_buttons_do_the_same(self, window):
        view = window.session_view
        view.next_button.click()
        assert window.driver.machine.index == 1
        view.previous_button.click()
        assert window.driver.machine.index == 0
        view.pause_button.click()
        assert window.driver.state is State.PAUSED
        view.skip_button.click()
        assert window.driver.machine.step.exercise == 1
        view.stop_button.click()
        assert window.driver.state is State.STOPPED


def test_closing_the_window_ends_the_session(make_window):
    window = make_window(routine="desk-break")
    ended = []
    window.driver.session_ended.connect(ended.append)
    window.start_button.click()
    window.close()
    assert window.driver.state is State.STOPPED
    assert not window.driver.timer_active
    assert ended and ended[0].state is State.STOPPED


def test_settings_that_cannot_be_saved_are_reported(qtbot, library, tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    store = SettingsStore(blocker / "settings.json")
    driver = SessionDriver(clock=FrozenClock())
    window = MainWindow(library, lambda: driver, Figures(bundled_resources()), Settings(), store)
    qtbot.addWidget(window)
    assert not window.notice.isVisibleTo(window)
    window.dose_picker.setCurrentIndex(1)  # a choice worth keeping: saving it fails
    assert window.notice.isVisibleTo(window)
    assert "could not be saved" in window.notice.text() and str(blocker) in window.notice.text()
    assert window.notice.textFormat() is Qt.TextFormat.PlainText

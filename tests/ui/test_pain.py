"""Pain scores around a session: asked quickly, skippable, and advice when it hurts more."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from backrelief_gui.core.session import State
from backrelief_gui.ui.pain_prompt import PainDialog


def start_with_pain_prompt(make_window, **choices):
    window = make_window(routine="desk-break", ask_pain=True, **choices)
    given = []
    window.pain_before_given.connect(given.append)
    window.start_button.click()
    return window, given, window.findChild(PainDialog, "painDialog")


def test_a_number_key_answers_and_the_session_starts(qtbot, make_window):
    window, given, dialog = start_with_pain_prompt(make_window)
    assert dialog is not None and window.driver.state is State.IDLE
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    assert given == [4]
    assert window.driver.state is State.RUNNING


def test_skipping_starts_the_session_without_a_score(qtbot, make_window):
    window, given, dialog = start_with_pain_prompt(make_window)
    dialog.findChild(QPushButton, "painSkip").click()
    assert given == [None] and window.driver.state is State.RUNNING


def test_dont_ask_again_is_remembered(qtbot, make_window, settings_path):
    _window, given, dialog = start_with_pain_prompt(make_window)
    dialog.findChild(QCheckBox, "painNever").setChecked(True)
    dialog.findChild(QPushButton, "pain2").click()
    assert given == [2]
    assert json.loads(settings_path.read_text())["ask_pain"] is False


def test_pain_after_a_session_that_rose_brings_advice(qtbot, make_window):
    window, _, dialog = start_with_pain_prompt(make_window)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    window.driver.stop()
    summary = window.summary_view
    assert summary.pain_scale.isVisibleTo(summary)
    after = []
    window.pain_after_given.connect(after.append)
    summary.pain_scale.findChild(QPushButton, "pain6").click()
    assert after == [6]
    assert summary.advice.isVisibleTo(summary)
    assert "Ease off" in summary.advice.text() and "physiotherapist" in summary.advice.text()


def test_a_small_change_brings_no_advice(qtbot, make_window):
    window, _, dialog = start_with_pain_prompt(make_window)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    window.driver.stop()
    window.summary_view.pain_scale.pick(4)
    assert not window.summary_view.advice.isVisibleTo(window.summary_view)


def test_a_note_is_passed_on_as_typed(qtbot, make_window):
    window = make_window(routine="desk-break")
    notes = []
    window.note_given.connect(notes.append)
    window.start_button.click()
    window.driver.stop()
    note = window.summary_view.note
    qtbot.keyClicks(note, "Left shoulder <b>tight</b>")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert notes == ["Left shoulder <b>tight</b>"]


def test_without_asking_there_is_no_prompt_and_no_scale(qtbot, make_window):
    window = make_window(routine="desk-break", ask_pain=False)
    window.start_button.click()
    assert window.findChild(PainDialog) is None and window.driver.state is State.RUNNING
    window.driver.stop()
    assert not window.summary_view.pain_scale.isVisibleTo(window.summary_view)

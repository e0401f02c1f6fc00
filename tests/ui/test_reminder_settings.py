"""The break-reminder settings dialog: choices in, valid settings out, the away rule shown."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox

from backrelief_gui.core.break_schedule import BreakSettings
from backrelief_gui.ui.reminder_settings import ReminderSettingsDialog


def make(qtbot, current=None, *, autostart=False):
    dialog = ReminderSettingsDialog(current or BreakSettings(), True, False, autostart)
    qtbot.addWidget(dialog)
    return dialog


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_it_opens_on_the_current_choices(qtbot):
    current = BreakSettings(interval_minutes=45, working_days=frozenset({1, 3}))
    dialog = make(qtbot, current)
    assert dialog.interval.value() == 45
    assert [box.isChecked() for box in dialog.days] == [False, True, False, True] + [False] * 3
    assert dialog.settings() == current


def test_the_rule_for_time_away_is_written_out_and_follows_the_threshold(qtbot):
    dialog = make(qtbot)
    assert "5 minutes or more" in dialog.away_rule.text()
    dialog.away.setValue(12)
    assert "12 minutes or more" in dialog.away_rule.text()
    assert "screen locked" in dialog.away_rule.text()


def test_the_interval_stays_within_15_to_90_minutes(qtbot):
    dialog = make(qtbot)
    dialog.interval.setValue(5)
    assert dialog.interval.value() == 15
    dialog.interval.setValue(200)
    assert dialog.interval.value() == 90


def test_hours_that_end_before_they_start_are_refused_with_a_reason(qtbot):
    dialog = make(qtbot)
    dialog.end.setTime(QTime(8, 0))
    assert not ok_button(dialog).isEnabled()
    assert "end after they start" in dialog.problem.text()
    dialog.end.setTime(QTime(17, 30))
    assert ok_button(dialog).isEnabled() and not dialog.problem.text()


def test_no_working_day_with_reminders_on_is_refused(qtbot):
    dialog = make(qtbot)
    for box in dialog.days:
        box.setChecked(False)
    assert not ok_button(dialog).isEnabled()
    dialog.reminders_on.setChecked(False)
    assert ok_button(dialog).isEnabled()


def test_ok_hands_over_every_choice(qtbot):
    dialog = make(qtbot)
    dialog.interval.setValue(20)
    dialog.micro_pauses.setChecked(True)
    dialog.days[6].setChecked(True)
    dialog.start.setTime(QTime(7, 45))
    dialog.spoken.setChecked(True)
    dialog.autostart.setChecked(True)
    with qtbot.waitSignal(dialog.chosen, timeout=1000) as chosen:
        ok_button(dialog).click()
    choices = chosen.args[0]
    assert choices.settings == BreakSettings(
        interval_minutes=20,
        micro_pauses=True,
        working_days=frozenset({0, 1, 2, 3, 4, 6}),
        work_start=time(7, 45),
    )
    assert choices.reminders_on and choices.spoken and choices.autostart


def test_autostart_is_not_offered_where_it_cannot_be_set_up(qtbot):
    dialog = make(qtbot, autostart=None)
    assert dialog.autostart.isHidden()

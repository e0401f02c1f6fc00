"""The words of a reminder and of the tray's tooltip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backrelief_gui.core.break_schedule import Reminder, ReminderKind
from backrelief_gui.core.reminder_text import (
    reminder_body,
    reminder_title,
    spoken_reminder,
    still_to_do,
    tray_status,
)

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
BREAK = Reminder(ReminderKind.BREAK, NOON, NOON)
MICRO = Reminder(ReminderKind.MICRO_PAUSE, NOON, NOON)


def test_a_break_says_how_long_the_user_has_sat_and_what_to_do():
    body = reminder_body(BREAK, timedelta(minutes=45))
    assert "45 minutes" in body and "desk break" in body
    assert reminder_title(BREAK) == "Time for a break"


def test_a_suggestion_from_the_main_routine_is_added():
    body = reminder_body(BREAK, timedelta(minutes=30), "Still to do today: Wall Angels.")
    assert body.endswith("\n\nStill to do today: Wall Angels.")  # a paragraph of its own


def test_a_micro_pause_is_short_and_says_its_length():
    assert "30 seconds" in reminder_body(MICRO, timedelta(minutes=20))
    assert reminder_title(MICRO) != reminder_title(BREAK)
    assert spoken_reminder(MICRO) != spoken_reminder(BREAK)


def test_the_tooltip_counts_the_minutes_to_the_next_break():
    assert tray_status(True, timedelta(minutes=12, seconds=20)) == "Next break in 12 min"
    assert tray_status(True, timedelta(seconds=20)) == "Next break: now"


def test_the_tooltip_says_why_there_is_no_next_break():
    assert tray_status(False, None) == "Break reminders are off"
    assert "no working days" in tray_status(True, None)
    later = NOON + timedelta(hours=1)
    paused = tray_status(True, timedelta(hours=1), paused_until=later, now=NOON)
    assert paused.startswith("Break reminders paused until ")
    assert later.astimezone().strftime("%H:%M") in paused
    assert tray_status(True, timedelta(minutes=5), paused_until=NOON, now=later).startswith(
        "Next break"
    )


def test_one_minute_is_singular():
    assert "for 1 minute." in reminder_body(BREAK, timedelta(seconds=50))


def test_the_next_exercises_not_done_today_are_suggested(library):
    routine = library.routines["full"]
    first, second, third = (exercise for exercise in routine.exercises[:3])
    line = still_to_do(routine, [first.id])
    assert line == f"Still to do today from {routine.name}: {second.name}, {third.name}."
    assert still_to_do(routine, [exercise.id for exercise in routine.exercises]) == ""

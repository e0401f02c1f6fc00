"""What a break reminder and the tray say, in words (no Qt, so it is tested alone)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from backrelief_gui.core.break_schedule import MICRO_PAUSE_LENGTH, Reminder, ReminderKind
from backrelief_gui.core.catalogue import Routine

BREAK_TITLE = "Time for a break"
MICRO_PAUSE_TITLE = "A 30-second pause"


def _minutes(span: timedelta) -> int:
    return max(1, round(span.total_seconds() / 60))


def reminder_title(reminder: Reminder) -> str:
    return BREAK_TITLE if reminder.kind is ReminderKind.BREAK else MICRO_PAUSE_TITLE


def reminder_body(reminder: Reminder, worked: timedelta, suggestion: str = "") -> str:
    """The reminder's message; ``worked`` is the stretch of work it ends."""
    if reminder.kind is ReminderKind.MICRO_PAUSE:
        seconds = round(MICRO_PAUSE_LENGTH.total_seconds())
        return (
            f"Take {seconds} seconds: let your arms hang, roll your shoulders back and "
            "down, and look at something far away."
        )
    minutes = _minutes(worked)
    body = (
        f"You have been at the desk for {minutes} minute{'s' if minutes != 1 else ''}. "
        "Stand up, move, "
        "and give your upper back two minutes with the desk break."
    )
    return f"{body}\n\n{suggestion}" if suggestion else body


def still_to_do(routine: Routine, done_today: Iterable[str], count: int = 2) -> str:
    """A line naming the next exercises of the user's routine not yet done today, so
    breaks add up to the day's programme; empty when all of them are done."""
    done = set(done_today)
    left = [exercise.name for exercise in routine.exercises if exercise.id not in done]
    if not left:
        return ""
    return f"Still to do today from {routine.name}: {', '.join(left[:count])}."


def spoken_reminder(reminder: Reminder) -> str:
    """The short sentence said aloud when spoken reminders are on."""
    if reminder.kind is ReminderKind.MICRO_PAUSE:
        return "Time for a thirty-second pause. Roll your shoulders and look away."
    return "Time for a break. Stand up, and try the desk break."


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def tray_status(
    enabled: bool,
    to_next_break: timedelta | None,
    paused_until: datetime | None = None,
    now: datetime | None = None,
) -> str:
    """One line for the tray icon's tooltip: when the next break is, or why there is none."""
    if not enabled:
        return "Break reminders are off"
    if paused_until is not None and (now is None or paused_until > now):
        return f"Break reminders paused until {_clock(paused_until)}"
    if to_next_break is None:
        return "No break reminders: no working days are set"
    if to_next_break < timedelta(minutes=1):
        return "Next break: now"
    return f"Next break in {_minutes(to_next_break)} min"

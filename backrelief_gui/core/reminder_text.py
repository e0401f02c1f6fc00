"""What a break reminder and the tray say, in words (no Qt, so it is tested alone)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from backrelief_gui.core.break_schedule import MICRO_PAUSE_LENGTH, Reminder, ReminderKind
from backrelief_gui.core.catalogue import Routine
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backrelief_gui.core.text import minutes_text

CONTEXT = "reminders"
BREAK_TITLE = QT_TRANSLATE_NOOP("reminders", "Time for a break")
MICRO_PAUSE_TITLE = QT_TRANSLATE_NOOP("reminders", "A 30-second pause")


def _minutes(span: timedelta) -> int:
    return max(1, round(span.total_seconds() / 60))


def reminder_title(reminder: Reminder) -> str:
    title = BREAK_TITLE if reminder.kind is ReminderKind.BREAK else MICRO_PAUSE_TITLE
    return translate(CONTEXT, title)


def reminder_body(reminder: Reminder, worked: timedelta, suggestion: str = "") -> str:
    """The reminder's message; ``worked`` is the stretch of work it ends."""
    if reminder.kind is ReminderKind.MICRO_PAUSE:
        seconds = round(MICRO_PAUSE_LENGTH.total_seconds())
        return translate(
            "reminders",
            "Take {seconds} seconds: let your arms hang, roll your shoulders back and "
            "down, and look at something far away.",
        ).format(seconds=seconds)
    minutes = _minutes(worked)
    body = translate(
        "reminders",
        "You have been at the desk for {duration}. Stand up, move, "
        "and give your upper back two minutes with the desk break.",
    ).format(duration=minutes_text(minutes))
    return f"{body}\n\n{suggestion}" if suggestion else body


def still_to_do(routine: Routine, done_today: Iterable[str], count: int = 2) -> str:
    """A line naming the next exercises of the user's routine not yet done today, so
    breaks add up to the day's programme; empty when all of them are done."""
    done = set(done_today)
    left = [exercise.name for exercise in routine.exercises if exercise.id not in done]
    if not left:
        return ""
    line = translate("reminders", "Still to do today from {routine}: {exercises}.")
    return line.format(routine=routine.name, exercises=", ".join(left[:count]))


def spoken_reminder(reminder: Reminder) -> str:
    """The short sentence said aloud when spoken reminders are on."""
    if reminder.kind is ReminderKind.MICRO_PAUSE:
        return translate(
            "reminders", "Time for a thirty-second pause. Roll your shoulders and look away."
        )
    return translate("reminders", "Time for a break. Stand up, and try the desk break.")


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
        return translate("reminders", "Break reminders are off")
    if paused_until is not None and (now is None or paused_until > now):
        paused = translate("reminders", "Break reminders paused until {time}")
        return paused.format(time=_clock(paused_until))
    if to_next_break is None:
        return translate("reminders", "No break reminders: no working days are set")
    if to_next_break < timedelta(minutes=1):
        return translate("reminders", "Next break: now")
    minutes = _minutes(to_next_break)  # a plain name: lupdate skips a call in this place
    return translate("reminders", "Next break in %n min", "", minutes)

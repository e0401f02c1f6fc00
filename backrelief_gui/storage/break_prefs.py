"""The break-reminder part of the settings, turned into the schedule's own settings.

The settings file is plain JSON a person may edit; values the schedule refuses (an
interval of 5 minutes, working hours that end before they start) fall back to the
defaults with a message, rather than stopping the reminders.
"""

from __future__ import annotations

from datetime import time

from backrelief_gui.core.break_schedule import BreakSettings
from backrelief_gui.core.i18n import translate
from backrelief_gui.storage.settings import Settings


def _clock_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a time of day like 09:00") from None


def break_settings(settings: Settings) -> tuple[BreakSettings, str | None]:
    """The schedule settings the user chose, or the defaults and why they were not used."""
    try:
        return BreakSettings(
            interval_minutes=settings.break_minutes,
            micro_pauses=settings.micro_pauses,
            working_days=frozenset(settings.working_days),
            work_start=_clock_time(settings.work_start),
            work_end=_clock_time(settings.work_end),
            away_break_minutes=settings.away_break_minutes,
        ), None
    except (TypeError, ValueError) as error:
        told = translate(
            "break settings", "The break settings could not be used ({error}); defaults apply."
        )
        return BreakSettings(), told.format(error=error)


def store_break_settings(settings: Settings, chosen: BreakSettings) -> None:
    """Write the schedule settings back into ``settings`` (the caller saves them)."""
    settings.break_minutes = chosen.interval_minutes
    settings.micro_pauses = chosen.micro_pauses
    settings.working_days = sorted(chosen.working_days)
    settings.work_start = chosen.work_start.strftime("%H:%M")
    settings.work_end = chosen.work_end.strftime("%H:%M")
    settings.away_break_minutes = chosen.away_break_minutes

"""What the history holds, as plain records shared by the store, statistics and views.

Times are kept as UTC instants with the local offset the user had at that moment, so a
session's calendar day is the day the user lived it, across time-zone and DST changes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from typing import NamedTuple


class SessionStatus(StrEnum):
    RUNNING = "running"  # being recorded now (or the app died during it)
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"  # found still running at the next start: the app died


class Outcome(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"


class ExerciseRecord(NamedTuple):
    session_id: int
    position: int
    exercise_id: str
    exercise_name: str
    planned_reps: int
    done_reps: int
    sets: int
    hold_seconds: int | None
    outcome: Outcome
    ended_utc: datetime
    # 'gentle', 'standard', or 'custom' when the routine set the dose itself; None for
    # rows written before the history kept it (see core.progression).
    dose: str | None = None


class SessionRecord(NamedTuple):
    id: int
    routine_id: str
    routine_name: str
    dose: str
    started_utc: datetime
    utc_offset_minutes: int
    ended_utc: datetime | None
    status: SessionStatus
    planned_seconds: float
    active_seconds: float
    pain_before: int | None
    pain_after: int | None
    note: str

    @property
    def started_local(self) -> datetime:
        """The start as the user's clock showed it then."""
        return self.started_utc.astimezone(_zone(self.utc_offset_minutes))

    @property
    def local_day(self) -> date:
        return self.started_local.date()


class ReminderDay(NamedTuple):
    """Break reminders on one local day: how many were shown, how many led to a break."""

    day: date
    shown: int
    started: int  # answered 'started': the user took the break the reminder offered


@cache
def _zone(offset_minutes: int) -> timezone:
    """One fixed-offset zone per offset: statistics ask for the local day thousands of times."""
    return timezone(timedelta(minutes=offset_minutes))


def utc_now_with_offset() -> tuple[datetime, int]:
    """Now, in UTC, and the local offset from UTC in minutes (DST included)."""
    now = datetime.now(UTC)
    offset = now.astimezone().utcoffset() or timedelta(0)
    return now, round(offset.total_seconds() / 60)

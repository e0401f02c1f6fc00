"""The break schedule: when the next reminder is due, as a pure function of its inputs.

Nothing here reads a clock or imports Qt. The state is an immutable :class:`BreakState`;
every change is a function that takes the state and the time and returns a new state, so
the service owns the one copy and the tests can pin any instant.

**Time.** Instants come in as timezone-aware *local* datetimes (the user's zone, ideally a
``zoneinfo.ZoneInfo`` so DST is known) and are kept and handed back in UTC. Durations are
added in UTC, so a 30-minute interval across a DST change is 30 real minutes; working
hours and days are read in the zone of the ``now`` being passed. Aware datetimes in one
zone compare by wall time and ignore ``fold``, which is why nothing is compared locally.

**The rules**, in the order they apply:

- *The count.* A stretch of work begins when the app starts, when a break is taken (a
  session from the app, or a natural break), or when a break is skipped. The break is due
  one interval after the stretch began. A break reminder nobody answers comes again one
  interval after it was shown, never sooner.
- *Micro-pauses* (optional) fall every 20 minutes into each interval, except one that
  would come less than 10 minutes before the break: the break is near enough. They do not
  restart the count.
- *Quiet periods.* A snooze or a pause holds every reminder until it ends (a snooze
  also brings the break back then), and reminders are only shown within working hours
  on working days. A reminder that falls in a quiet period is not lost: it is shown once,
  when the period ends; one still not shown when working hours end is due when the next
  working period begins. When a break and a micro-pause are due together, only the
  break is shown.
- *Time away.* Away from the keyboard and mouse for at least the natural-break threshold
  (idle, screen locked, or the computer asleep) is a break: the count restarts when the
  user returns. Shorter time away counts as work — the user is probably still sitting.
- *Sleep and clock changes.* The service calls :func:`check` at least every
  :data:`WAKE_CHECK` while the computer is awake (:func:`next_wakeup` says when). A gap
  between two checks as long as the natural-break threshold therefore means the computer
  slept (its monotonic clock, stopped during suspend, cannot tell) — or the wall clock
  jumped forward, which looks the same — and is read as a natural break. A shorter gap
  that passed a due time gives one reminder. A wall clock that went backwards moves every
  recorded instant back by the same amount, so the work already counted is kept. No
  check ever returns more than one reminder, and after one the next is in the future.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple

from backrelief_gui.core.i18n import translate
from backrelief_gui.core.text import minutes_text

INTERVAL_MINUTES = (15, 90)
AWAY_BREAK_MINUTES = (2, 60)
SNOOZE_CHOICES = (5, 10, 30)
MICRO_PAUSE_EVERY = timedelta(minutes=20)
MICRO_PAUSE_LENGTH = timedelta(seconds=30)
# A micro-pause this close to the break is left out.
_MICRO_PAUSE_CLEARANCE = MICRO_PAUSE_EVERY / 2
# The longest the service may leave between checks while awake. Shorter than the smallest
# natural-break threshold, so an ordinary wake-up is never mistaken for a sleep.
WAKE_CHECK = timedelta(minutes=1)


def _check_minutes(name: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(
            f"{name} must be a whole number from {low} to {high} minutes, got {value!r}"
        )


@dataclass(frozen=True)
class BreakSettings:
    """What the user chose in the settings view; invalid values raise ValueError on creation.

    Working hours run from ``work_start`` (included) to ``work_end`` (excluded) on the same
    day; ``working_days`` are weekday numbers, Monday 0 to Sunday 6. With no working days
    no reminder is ever due.
    """

    interval_minutes: int = 30
    micro_pauses: bool = False
    working_days: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    away_break_minutes: int = 5

    def __post_init__(self) -> None:
        _check_minutes("The break interval", self.interval_minutes, INTERVAL_MINUTES)
        _check_minutes("The natural-break threshold", self.away_break_minutes, AWAY_BREAK_MINUTES)
        days = frozenset(self.working_days)  # a set or list from a settings file is fine too
        wrong = sorted((d for d in days if not (isinstance(d, int) and 0 <= d <= 6)), key=repr)
        if wrong:
            raise ValueError(f"Working days must be 0 (Monday) to 6 (Sunday), got {wrong}")
        object.__setattr__(self, "working_days", days)
        if self.work_start.tzinfo is not None or self.work_end.tzinfo is not None:
            raise ValueError("Working hours are local clock times: give them without a zone")
        if not self.work_start < self.work_end:
            raise ValueError(
                "Working hours must end after they start on the same day, got "
                f"{self.work_start:%H:%M}–{self.work_end:%H:%M}"
            )

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.interval_minutes)

    @property
    def away_break(self) -> timedelta:
        return timedelta(minutes=self.away_break_minutes)


def describe_away_rule(settings: BreakSettings) -> str:
    """The time-away rule in one sentence, for the settings view."""
    rule = translate(
        "break schedule",
        "Time away from the keyboard and mouse of {duration} or more — idle, screen locked "
        "or the computer asleep — counts as a break and starts the count again; shorter time "
        "away counts as work.",
    )
    return rule.format(duration=minutes_text(settings.away_break_minutes))


def _utc(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {moment!r}")
    return moment.astimezone(UTC)


def _optional_utc(moment: datetime | None, name: str) -> datetime | None:
    return None if moment is None else _utc(moment, name)


@dataclass(frozen=True)
class BreakState:
    """Where the count stands. Instants may be given in any zone; they are kept in UTC.

    Attributes:
        work_started_at: when the current stretch of work began.
        last_reminder_at: when a break reminder was last shown in this stretch.
        last_micro_pause_at: when a micro-pause reminder was last shown in this stretch.
        snoozed_until: every reminder is held until then, and the break comes back then.
        paused_until: every reminder is held until then.
    """

    work_started_at: datetime
    last_reminder_at: datetime | None = None
    last_micro_pause_at: datetime | None = None
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "work_started_at", _utc(self.work_started_at, "work_started_at"))
        for name in ("last_reminder_at", "last_micro_pause_at", "snoozed_until", "paused_until"):
            set_(self, name, _optional_utc(getattr(self, name), name))

    @classmethod
    def starting_at(cls, now: datetime) -> BreakState:
        """A fresh count, as when the app starts."""
        return cls(work_started_at=now)


class ReminderKind(StrEnum):
    BREAK = "break"
    MICRO_PAUSE = "micro-pause"


class Upcoming(NamedTuple):
    kind: ReminderKind
    due: datetime  # UTC; in the past when overdue and showable now


@dataclass(frozen=True)
class Reminder:
    """One reminder to show now; ``due`` is when it was due, so lateness can be recorded."""

    kind: ReminderKind
    due: datetime
    shown_at: datetime

    @property
    def late(self) -> timedelta:
        return self.shown_at - self.due


# -- working hours --------------------------------------------------------------------


def _local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """``at`` on ``day`` in ``zone``, as a UTC instant (a time skipped by DST maps forward)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _zone(now: datetime) -> tzinfo:
    zone = now.tzinfo
    if zone is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    return zone


def _working_period(
    moment: datetime, settings: BreakSettings, zone: tzinfo
) -> tuple[datetime, datetime] | None:
    """The working period that holds ``moment`` or is the next one, as (opens, closes)."""
    if not settings.working_days:
        return None
    first_day = moment.astimezone(zone).date()
    for offset in range(8):  # today, and once round the week to the same weekday
        day = first_day + timedelta(days=offset)
        if day.weekday() not in settings.working_days:
            continue
        closes = _local_instant(day, settings.work_end, zone)
        if moment < closes:
            return _local_instant(day, settings.work_start, zone), closes
    return None  # unreachable with at least one working day


def tomorrow_start(now: datetime, settings: BreakSettings) -> datetime:
    """When 'pause until tomorrow' ends: tomorrow's working-hours start, in UTC.

    Tomorrow need not be a working day: reminders then wait for the next one anyway.
    """
    zone = _zone(now)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return _local_instant(tomorrow, settings.work_start, zone)


def one_hour_from(now: datetime) -> datetime:
    """When 'pause for one hour' ends: one real hour later, even across a DST change."""
    return _utc(now, "now") + timedelta(hours=1)


# -- when the next reminder is due ------------------------------------------------------


def _latest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def next_reminder(state: BreakState, settings: BreakSettings, now: datetime) -> Upcoming | None:
    """The next reminder and when it is due, or None when there are no working days.

    A reminder is only ever due within working hours. The due time is in the past only
    when a reminder is overdue within the current working period, to be shown now; one not
    shown before its working period ended is due when the next one opens.
    """
    zone = _zone(now)
    now_utc = _utc(now, "now")
    quiet = _latest(state.snoozed_until, state.paused_until)

    def showable(raw: datetime) -> datetime | None:
        target = max(raw, quiet) if quiet else raw
        period = _working_period(target, settings, zone)
        if period is None:
            return None
        opens, closes = period
        if closes <= now_utc:  # that working period ended before it could be shown
            period = _working_period(now_utc, settings, zone)
            return None if period is None else period[0]
        return max(target, opens)

    anchor = max(state.work_started_at, state.last_reminder_at or state.work_started_at)
    if state.snoozed_until is not None:
        # Snoozing only ever postpones: never before the interval is up.
        break_raw = max(state.work_started_at + settings.interval, state.snoozed_until)
    else:
        break_raw = anchor + settings.interval
    break_at = showable(break_raw)
    if break_at is None:
        return None
    if settings.micro_pauses and break_at > now_utc:
        after = max(anchor, state.last_micro_pause_at or anchor)
        passed = math.floor((after - anchor) / MICRO_PAUSE_EVERY)
        micro_at = showable(anchor + (passed + 1) * MICRO_PAUSE_EVERY)
        if micro_at is not None and micro_at <= break_at - _MICRO_PAUSE_CLEARANCE:
            return Upcoming(ReminderKind.MICRO_PAUSE, micro_at)
    return Upcoming(ReminderKind.BREAK, break_at)


def next_due(state: BreakState, settings: BreakSettings, now: datetime) -> datetime | None:
    """When the next reminder (break or micro-pause) is due, in UTC; see :func:`next_reminder`."""
    upcoming = next_reminder(state, settings, now)
    return None if upcoming is None else upcoming.due


def next_wakeup(state: BreakState, settings: BreakSettings, now: datetime) -> datetime:
    """When the service should call :func:`check` next: the due time, or a wake check first."""
    soon = _utc(now, "now") + WAKE_CHECK
    due = next_due(state, settings, now)
    return soon if due is None else min(due, soon)


def check(
    state: BreakState, settings: BreakSettings, now: datetime, last_check: datetime | None
) -> tuple[BreakState, Reminder | None]:
    """Whether a reminder is due now: at most one, whatever was missed.

    Call it when the timer fires, on resume and on a clock change. ``last_check`` is the
    ``now`` of the previous call (None for the first); a gap at least as long as the
    natural-break threshold is a natural break (the computer slept), and a negative gap
    is a wall clock set back (see the module docstring).
    """
    now_utc = _utc(now, "now")
    if last_check is not None:
        gap = now_utc - _utc(last_check, "last_check")
        if gap < timedelta(0):
            state = _shifted(state, gap)
        elif gap >= settings.away_break:
            return on_away(state, settings, last_check, now), None
    upcoming = next_reminder(state, settings, now)
    if upcoming is None or upcoming.due > now_utc:
        return state, None
    if upcoming.kind is ReminderKind.BREAK:
        state = replace(state, last_reminder_at=now_utc, snoozed_until=None)
    else:
        state = replace(state, last_micro_pause_at=now_utc)
    return state, Reminder(upcoming.kind, upcoming.due, now_utc)


def _shifted(state: BreakState, delta: timedelta) -> BreakState:
    def move(moment: datetime | None) -> datetime | None:
        return None if moment is None else moment + delta

    return BreakState(
        work_started_at=state.work_started_at + delta,
        last_reminder_at=move(state.last_reminder_at),
        last_micro_pause_at=move(state.last_micro_pause_at),
        snoozed_until=move(state.snoozed_until),
        paused_until=move(state.paused_until),
    )


# -- what the user did ----------------------------------------------------------------


def _restart(state: BreakState, at: datetime) -> BreakState:
    """A new stretch from ``at``; a pause the user asked for still stands."""
    at_utc = _utc(at, "at")
    if at_utc <= state.work_started_at:
        return state  # a late report never moves the count back
    return BreakState(work_started_at=at_utc, paused_until=state.paused_until)


def on_break_taken(state: BreakState, at: datetime) -> BreakState:
    """A break was taken (a session ended at ``at``): the count restarts from there.

    Calling it when a session starts as well keeps a reminder from interrupting it.
    """
    return _restart(state, at)


def on_away(
    state: BreakState, settings: BreakSettings, away_from: datetime, away_until: datetime
) -> BreakState:
    """Time away (idle, locked, asleep): a natural break if long enough, else still work.

    A long absence restarts the count at ``away_until``. The service may call this while
    the user is still away (``away_until`` = now), so a reminder never comes to an empty
    chair, and again when they return.
    """
    start, end = _utc(away_from, "away_from"), _utc(away_until, "away_until")
    if end < start:
        raise ValueError(f"Time away must end after it starts, got {away_from} to {away_until}")
    if end - start < settings.away_break:
        return state
    return _restart(state, end)


def skip(state: BreakState, now: datetime) -> BreakState:
    """The user declined the break: the count restarts now (micro-pauses need no answer)."""
    return _restart(state, now)


def snooze(state: BreakState, now: datetime, minutes: int) -> BreakState:
    """Hold the break (and micro-pauses) for 5, 10 or 30 minutes; it never comes sooner."""
    if minutes not in SNOOZE_CHOICES:
        choices = ", ".join(str(choice) for choice in SNOOZE_CHOICES)
        raise ValueError(f"Snooze must be one of {choices} minutes, got {minutes!r}")
    return replace(state, snoozed_until=_utc(now, "now") + timedelta(minutes=minutes))


def pause(state: BreakState, now: datetime, until: datetime) -> BreakState:
    """Hold every reminder until ``until`` (see :func:`one_hour_from`, :func:`tomorrow_start`)."""
    until_utc = _utc(until, "until")
    if until_utc <= _utc(now, "now"):
        raise ValueError(f"A pause must end in the future, got {until} at {now}")
    return replace(state, paused_until=until_utc)


def resume_reminders(state: BreakState) -> BreakState:
    """End a pause early."""
    return replace(state, paused_until=None)

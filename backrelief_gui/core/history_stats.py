"""Figures drawn from the session history: streaks, weekly progress, minutes, pain.

Pure functions of the records and of ``today`` (passed in, never read from a clock), so
the history view and any report show the same numbers and tests can pin any date.

Days are the user's local calendar days, :attr:`SessionRecord.local_day`, taken from the
offset stored with each session: a session at 00:30 just after a DST change, or one done
abroad, belongs to the day the user lived it, whatever its UTC date.

**Which days count.** A day counts towards streaks and the weekly goal when it has at
least one session that was completed, or in which at least one exercise was done
(``done_reps > 0``). So a session stopped or cut short after real work still counts; one
stopped before any repetition does not.

Weeks start on Monday (ISO 8601).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    SessionRecord,
    SessionStatus,
)

ONE_DAY = timedelta(days=1)


class ExerciseTotal(NamedTuple):
    exercise_name: str
    sessions_done: int  # sessions in which at least one repetition of it was done
    reps_done: int


class Completion(NamedTuple):
    """How much of one session was done: exercises completed, out of those reached."""

    completed: int
    reached: int  # exercises the session moved past, done or skipped


# -- which days count -------------------------------------------------------------------


def counted_days(
    sessions: Iterable[SessionRecord], exercises: Iterable[ExerciseRecord]
) -> set[date]:
    """The local days with at least one session that counts (see the module docstring)."""
    worked = {e.session_id for e in exercises if e.done_reps > 0}
    return {s.local_day for s in sessions if s.status is SessionStatus.COMPLETED or s.id in worked}


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


# -- streaks and the weekly goal ----------------------------------------------------------


def current_streak(
    sessions: Iterable[SessionRecord], exercises: Iterable[ExerciseRecord], today: date
) -> int:
    """Counted days in a row up to today, or up to yesterday while today is still open.

    A streak is not broken before the day is over: at breakfast, yesterday's streak
    still stands.
    """
    days = counted_days(sessions, exercises)
    day = today if today in days else today - ONE_DAY
    streak = 0
    while day in days:
        streak += 1
        day -= ONE_DAY
    return streak


def best_streak(sessions: Iterable[SessionRecord], exercises: Iterable[ExerciseRecord]) -> int:
    """The longest run of consecutive counted days ever."""
    best = run = 0
    previous: date | None = None
    for day in sorted(counted_days(sessions, exercises)):
        run = run + 1 if previous is not None and day - previous == ONE_DAY else 1
        best = max(best, run)
        previous = day
    return best


def week_progress(
    sessions: Iterable[SessionRecord],
    exercises: Iterable[ExerciseRecord],
    today: date,
    goal: int,
) -> tuple[int, int]:
    """(counted days so far this week, the goal): 'this week, 3 of 5 days'."""
    monday = week_start(today)
    done = sum(1 for day in counted_days(sessions, exercises) if monday <= day <= today)
    return done, goal


# -- series for the charts ----------------------------------------------------------------


def window_start(today: date, weeks: int) -> date:
    """The Monday that starts the last ``weeks`` weeks, this week included."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def weekly_minutes(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, float]]:
    """Minutes of exercise (active time, any session) per week, oldest first, zero-filled."""
    first = window_start(today, weeks)
    seconds: dict[date, float] = {first + timedelta(weeks=i): 0.0 for i in range(weeks)}
    for session in sessions:
        day = session.local_day
        if first <= day <= today:
            seconds[week_start(day)] += session.active_seconds
    return [(monday, total / 60) for monday, total in seconds.items()]


def sessions_per_day(
    sessions: Iterable[SessionRecord], today: date, days: int = 56
) -> list[tuple[date, int]]:
    """Sessions started on each of the last ``days`` days (today last), whatever their end.

    Every attempt shows here, even one stopped at once; the streaks apply the stricter rule.
    """
    first = today - timedelta(days=days - 1)
    counts: dict[date, int] = {first + timedelta(days=i): 0 for i in range(days)}
    for session in sessions:
        if session.local_day in counts:
            counts[session.local_day] += 1
    return list(counts.items())


def pain_trend(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, int | None, int | None]]:
    """(day, pain before, pain after) of each session with a score, in the order done.

    The window is the same as :func:`weekly_minutes`, so the charts line up.
    """
    first = window_start(today, weeks)
    rated = [
        s
        for s in sessions
        if (s.pain_before is not None or s.pain_after is not None) and first <= s.local_day <= today
    ]
    rated.sort(key=lambda s: (s.started_utc, s.id))
    return [(s.local_day, s.pain_before, s.pain_after) for s in rated]


def weekly_pain(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, float | None, float | None]]:
    """Mean pain before and after per week, oldest first; None for a week without scores.

    Single scores are noisy; the weekly means are the trend line drawn through them.
    """
    first = window_start(today, weeks)
    before: dict[date, list[int]] = {first + timedelta(weeks=i): [] for i in range(weeks)}
    after: dict[date, list[int]] = {monday: [] for monday in before}
    for day, pain_before, pain_after in pain_trend(sessions, today, weeks):
        if pain_before is not None:
            before[week_start(day)].append(pain_before)
        if pain_after is not None:
            after[week_start(day)].append(pain_after)
    return [(monday, _mean(before[monday]), _mean(after[monday])) for monday in before]


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


# -- per session and per exercise ---------------------------------------------------------


def completions(exercises: Iterable[ExerciseRecord]) -> dict[int, Completion]:
    """Per session id, how many of the exercises it reached were completed."""
    completed: dict[int, int] = defaultdict(int)
    reached: dict[int, int] = defaultdict(int)
    for record in exercises:
        reached[record.session_id] += 1
        completed[record.session_id] += int(record.outcome is Outcome.COMPLETED)
    return {sid: Completion(completed[sid], reached[sid]) for sid in reached}


def exercise_totals(exercises: Sequence[ExerciseRecord]) -> list[ExerciseTotal]:
    """Per exercise: sessions in which some of it was done, and repetitions done in all.

    Grouped by exercise id, under the name it had most recently (names may be edited);
    most practised first. An exercise only ever skipped is listed with zeros, which is
    worth seeing too.
    """
    names: dict[str, str] = {}
    sessions: dict[str, set[int]] = defaultdict(set)
    reps: dict[str, int] = defaultdict(int)
    for record in sorted(exercises, key=lambda e: e.ended_utc):
        names[record.exercise_id] = record.exercise_name
        reps[record.exercise_id] += record.done_reps
        if record.done_reps > 0:
            sessions[record.exercise_id].add(record.session_id)
    totals = [ExerciseTotal(names[eid], len(sessions[eid]), reps[eid]) for eid in names]
    totals.sort(key=lambda t: (-t.sessions_done, -t.reps_done, t.exercise_name))
    return totals

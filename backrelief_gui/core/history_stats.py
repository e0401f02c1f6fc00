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

from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from operator import attrgetter
from typing import NamedTuple, TypeAlias

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    ReminderDay,
    SessionRecord,
    SessionStatus,
)

ONE_DAY = timedelta(days=1)

#: A session with its local day, worked out once: the day is the costly part of most figures.
Dated: TypeAlias = tuple[date, SessionRecord]


class ExerciseTotal(NamedTuple):
    exercise_name: str
    sessions_done: int  # sessions in which at least one repetition of it was done
    reps_done: int


class Completion(NamedTuple):
    """How much of one session was done: exercises completed, out of those reached."""

    completed: int
    reached: int  # exercises the session moved past, done or skipped


class ExerciseDigest(NamedTuple):
    """All the History page needs of the exercise rows, without the rows themselves.

    The store works it out in SQL (``HistoryStore.exercise_digest``): reading ten years
    of rows into Python only to count them was most of the page's time. :func:`digest`
    works out the same from records; the SQL is tested against it.
    """

    completions: dict[int, Completion]  # of the newest sessions asked for, with rows
    worked: frozenset[int]  # sessions not completed in which a repetition was done
    totals: list[ExerciseTotal]  # most practised first


class Overview(NamedTuple):
    """Every figure of the History page, from one pass over the sessions."""

    current_streak: int
    done_today: bool
    best_streak: int
    week_done: int  # counted days so far this week
    first_day: date | None  # of the first session ever; None without sessions
    sessions: int
    active_seconds: float
    weekly_minutes: list[tuple[date, float]]
    sessions_per_day: list[tuple[date, int]]  # from the first Monday shown to today
    pain_trend: list[tuple[date, int | None, int | None]]
    weekly_pain: list[tuple[date, float | None, float | None]]


# -- which days count -------------------------------------------------------------------


def counted_days(
    sessions: Iterable[SessionRecord], exercises: Iterable[ExerciseRecord]
) -> set[date]:
    """The local days with at least one session that counts (see the module docstring)."""
    return _counted(((s.local_day, s) for s in sessions), worked_sessions(exercises))


def worked_sessions(exercises: Iterable[ExerciseRecord]) -> set[int]:
    """The sessions in which at least one repetition was done."""
    return {e.session_id for e in exercises if e.done_reps > 0}


def _dated(sessions: Iterable[SessionRecord]) -> list[Dated]:
    return [(s.local_day, s) for s in sessions]


def _counted(dated: Iterable[Dated], worked: Container[int]) -> set[date]:
    """Counted days, from sessions already dated and the ids of those with work done."""
    return {day for day, s in dated if s.status is SessionStatus.COMPLETED or s.id in worked}


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
    return _streak_to(counted_days(sessions, exercises), today)


def _streak_to(days: Container[date], today: date) -> int:
    day = today if today in days else today - ONE_DAY
    streak = 0
    while day in days:
        streak += 1
        day -= ONE_DAY
    return streak


def best_streak(sessions: Iterable[SessionRecord], exercises: Iterable[ExerciseRecord]) -> int:
    """The longest run of consecutive counted days ever."""
    return _longest_run(counted_days(sessions, exercises))


def _longest_run(days: Iterable[date]) -> int:
    best = run = 0
    previous: date | None = None
    for day in sorted(days):
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
    return _days_this_week(counted_days(sessions, exercises), today), goal


def _days_this_week(days: Iterable[date], today: date) -> int:
    monday = week_start(today)
    return sum(1 for day in days if monday <= day <= today)


# -- series for the charts ----------------------------------------------------------------


def window_start(today: date, weeks: int) -> date:
    """The Monday that starts the last ``weeks`` weeks, this week included."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def weekly_minutes(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, float]]:
    """Minutes of exercise (active time, any session) per week, oldest first, zero-filled."""
    return _weekly_minutes(_dated(sessions), today, weeks)


def _weekly_minutes(dated: Iterable[Dated], today: date, weeks: int) -> list[tuple[date, float]]:
    mondays = _mondays(today, weeks)
    seconds = dict.fromkeys(mondays, 0.0)
    for day, session in dated:
        if mondays[0] <= day <= today:
            seconds[week_start(day)] += session.active_seconds
    return [(monday, total / 60) for monday, total in seconds.items()]


def window_start_utc(today: date, weeks: int = 8) -> datetime:
    """A moment before the first local day of the last ``weeks`` weeks wherever the user
    was (offsets reach ±14 hours): to read only the rows those weeks need."""
    return datetime.combine(window_start(today, weeks) - ONE_DAY, time(), UTC)


def _mondays(today: date, weeks: int) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, oldest first: the weeks every chart shows."""
    first = window_start(today, weeks)
    return [first + timedelta(weeks=i) for i in range(weeks)]


def sessions_per_day(
    sessions: Iterable[SessionRecord], today: date, days: int = 56
) -> list[tuple[date, int]]:
    """Sessions started on each of the last ``days`` days (today last), whatever their end.

    Every attempt shows here, even one stopped at once; the streaks apply the stricter rule.
    """
    return _sessions_per_day(_dated(sessions), today, days)


def _sessions_per_day(dated: Iterable[Dated], today: date, days: int) -> list[tuple[date, int]]:
    first = today - timedelta(days=days - 1)
    counts: dict[date, int] = {first + timedelta(days=i): 0 for i in range(days)}
    for day, _ in dated:
        if day in counts:
            counts[day] += 1
    return list(counts.items())


def pain_trend(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, int | None, int | None]]:
    """(day, pain before, pain after) of each session with a score, in the order done.

    The window is the same as :func:`weekly_minutes`, so the charts line up.
    """
    return _pain_trend(_dated(sessions), today, weeks)


def _pain_trend(
    dated: Iterable[Dated], today: date, weeks: int
) -> list[tuple[date, int | None, int | None]]:
    first = window_start(today, weeks)
    rated = [
        (day, s)
        for day, s in dated
        if (s.pain_before is not None or s.pain_after is not None) and first <= day <= today
    ]
    rated.sort(key=lambda pair: (pair[1].started_utc, pair[1].id))
    return [(day, s.pain_before, s.pain_after) for day, s in rated]


def weekly_pain(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, float | None, float | None]]:
    """Mean pain before and after per week, oldest first; None for a week without scores.

    Single scores are noisy; the weekly means are the trend line drawn through them.
    """
    return _weekly_pain(pain_trend(sessions, today, weeks), today, weeks)


def _weekly_pain(
    trend: Iterable[tuple[date, int | None, int | None]], today: date, weeks: int
) -> list[tuple[date, float | None, float | None]]:
    before: dict[date, list[int]] = {monday: [] for monday in _mondays(today, weeks)}
    after: dict[date, list[int]] = {monday: [] for monday in before}
    for day, pain_before, pain_after in trend:
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
    records = exercises if isinstance(exercises, Sequence) else list(exercises)
    reached = Counter(e.session_id for e in records)  # Counter counts in C: ten years in ms
    completed = Counter(e.session_id for e in records if e.outcome is Outcome.COMPLETED)
    return {sid: Completion(completed[sid], count) for sid, count in reached.items()}


def exercise_totals(exercises: Sequence[ExerciseRecord]) -> list[ExerciseTotal]:
    """Per exercise: sessions in which some of it was done, and repetitions done in all.

    Grouped by exercise id, under the name it had most recently (names may be edited);
    most practised first. An exercise only ever skipped is listed with zeros, which is
    worth seeing too.
    """
    names: dict[str, str] = {}
    sessions: dict[str, set[int]] = defaultdict(set)
    reps: dict[str, int] = defaultdict(int)
    for record in sorted(exercises, key=attrgetter("ended_utc")):  # the latest name last
        eid = record.exercise_id
        names[eid] = record.exercise_name
        reps[eid] += record.done_reps
        if record.done_reps > 0:
            sessions[eid].add(record.session_id)
    return rank_totals(ExerciseTotal(names[eid], len(sessions[eid]), reps[eid]) for eid in names)


def newest_first(sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    """Sessions by start, the latest first (a tie goes to the later id)."""
    return sorted(sessions, key=lambda s: (s.started_utc, s.id), reverse=True)


def rank_totals(totals: Iterable[ExerciseTotal]) -> list[ExerciseTotal]:
    """Most practised first: by sessions, then repetitions, then name."""
    return sorted(totals, key=lambda t: (-t.sessions_done, -t.reps_done, t.exercise_name))


def digest(
    sessions: Iterable[SessionRecord],
    exercises: Sequence[ExerciseRecord],
    latest: int | None = None,
) -> ExerciseDigest:
    """What the page needs of these exercise rows, as the store works it out in SQL.

    Completion only of the ``latest`` newest sessions (all when None): the page lists no
    more. Only sessions not completed are said to be worked: a completed one counts anyway.
    """
    sessions = list(sessions)
    done = completions(exercises)
    if latest is not None:
        listed = {s.id for s in newest_first(sessions)[:latest]}
        done = {sid: completion for sid, completion in done.items() if sid in listed}
    unfinished = {s.id for s in sessions if s.status is not SessionStatus.COMPLETED}
    worked = frozenset(worked_sessions(exercises) & unfinished)
    return ExerciseDigest(done, worked, exercise_totals(exercises))


# -- the page as a whole -------------------------------------------------------------------


def overview(
    sessions: Iterable[SessionRecord], worked: Container[int], today: date, weeks: int = 8
) -> Overview:
    """The page's figures, each session dated once (the per-figure functions each date
    every session again: ten years of history made that most of the page's time).

    ``worked`` holds the ids of sessions with a repetition done (``worked_sessions``, or
    :attr:`ExerciseDigest.worked`: completed ones may be left out, as they count anyway);
    the charts show the last ``weeks`` weeks.
    """
    dated = _dated(sessions)
    counted = _counted(dated, worked)
    first = window_start(today, weeks)
    recent = [(day, s) for day, s in dated if day >= first]
    trend = _pain_trend(recent, today, weeks)
    return Overview(
        current_streak=_streak_to(counted, today),
        done_today=today in counted,
        best_streak=_longest_run(counted),
        week_done=_days_this_week(counted, today),
        first_day=min((day for day, _ in dated), default=None),
        sessions=len(dated),
        active_seconds=sum(s.active_seconds for _, s in dated),
        weekly_minutes=_weekly_minutes(recent, today, weeks),
        sessions_per_day=_sessions_per_day(recent, today, (today - first).days + 1),
        pain_trend=trend,
        weekly_pain=_weekly_pain(trend, today, weeks),
    )


# -- break reminders ------------------------------------------------------------------------


def weekly_reminders(days: Iterable[ReminderDay], today: date, weeks: int = 8) -> list[ReminderDay]:
    """Reminders shown and breaks taken from them per week (the Monday as its day),
    oldest first, zero-filled, over the same weeks as the charts."""
    mondays = _mondays(today, weeks)
    shown, started = dict.fromkeys(mondays, 0), dict.fromkeys(mondays, 0)
    for day, count, taken in days:
        if mondays[0] <= day <= today:
            shown[week_start(day)] += count
            started[week_start(day)] += taken
    return [ReminderDay(monday, shown[monday], started[monday]) for monday in mondays]

"""The History page's figures at once, and break reminders per week.

:func:`overview` dates each session once for all the page's figures; every figure must
be what the per-figure function gives, checked on generated histories with every kind of
session ending, time zones on both sides of UTC and DST changes.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    ReminderDay,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.core.history_stats import (
    ExerciseTotal,
    best_streak,
    counted_days,
    current_streak,
    digest,
    exercise_totals,
    overview,
    pain_trend,
    sessions_per_day,
    week_progress,
    weekly_minutes,
    weekly_pain,
    weekly_reminders,
    window_start,
    window_start_utc,
    worked_sessions,
)

TODAY = date(2024, 11, 6)  # a Wednesday, ten days after the end of summer time
OUTCOMES = {0: Outcome.SKIPPED, 5: Outcome.PARTIAL, 10: Outcome.COMPLETED}  # of 10 planned


def generated(seed: int) -> tuple[list[SessionRecord], list[ExerciseRecord]]:
    """A year of sessions, most days, some days twice, a few after today, shuffled."""
    rng = random.Random(seed)
    sessions: list[SessionRecord] = []
    exercises: list[ExerciseRecord] = []
    first = datetime(2023, 11, 10, tzinfo=UTC)
    for sid in range(1, 421):
        started = first + timedelta(hours=sid * 21 + rng.randrange(-3, 4))
        sessions.append(
            SessionRecord(
                id=sid,
                routine_id="r",
                routine_name="Routine",
                dose="standard",
                started_utc=started,
                utc_offset_minutes=rng.choice((60, 120, -300, 540, 0)),
                ended_utc=None,
                status=rng.choice(list(SessionStatus)),
                planned_seconds=900,
                active_seconds=rng.uniform(0, 900),
                pain_before=rng.choice((None, 3, 5, 7)),
                pain_after=rng.choice((None, 1, 2, 4)),
                note="",
            )
        )
        for position in range(rng.randrange(4)):
            done = rng.choice((0, 5, 10))
            exercises.append(
                ExerciseRecord(
                    session_id=sid,
                    position=position,
                    exercise_id=f"e{position}",
                    exercise_name=f"E{position}",
                    planned_reps=10,
                    done_reps=done,
                    sets=1,
                    hold_seconds=None,
                    outcome=OUTCOMES[done],
                    ended_utc=started + timedelta(minutes=position),
                )
            )
    rng.shuffle(sessions)
    return sessions, exercises


@pytest.mark.parametrize("seed", [5, 6, 7])
@pytest.mark.parametrize("weeks", [1, 8])
def test_overview_gives_what_each_figure_gives(seed, weeks):
    sessions, exercises = generated(seed)
    figures = overview(sessions, worked_sessions(exercises), TODAY, weeks)
    days = (TODAY - window_start(TODAY, weeks)).days + 1
    assert figures.current_streak == current_streak(sessions, exercises, TODAY)
    assert figures.done_today == (TODAY in counted_days(sessions, exercises))
    assert figures.best_streak == best_streak(sessions, exercises)
    assert figures.week_done == week_progress(sessions, exercises, TODAY, 5)[0]
    assert figures.first_day == min(s.local_day for s in sessions)
    assert figures.sessions == len(sessions)
    assert figures.active_seconds == pytest.approx(sum(s.active_seconds for s in sessions))
    assert figures.weekly_minutes == weekly_minutes(sessions, TODAY, weeks)
    assert figures.sessions_per_day == sessions_per_day(sessions, TODAY, days)
    assert figures.pain_trend == pain_trend(sessions, TODAY, weeks)
    assert figures.weekly_pain == weekly_pain(sessions, TODAY, weeks)
    # The history is varied enough for these comparisons to mean something.
    assert 0 < figures.best_streak < len(sessions)
    assert figures.pain_trend and len({s.local_day for s in sessions}) < len(sessions)


def test_overview_of_nothing():
    figures = overview([], frozenset(), TODAY)
    assert (figures.current_streak, figures.best_streak, figures.week_done) == (0, 0, 0)
    assert figures.first_day is None and not figures.done_today
    assert figures.sessions == 0 and figures.active_seconds == 0
    assert [minutes for _, minutes in figures.weekly_minutes] == [0.0] * 8
    assert figures.pain_trend == [] and figures.weekly_pain[-1] == (date(2024, 11, 4), None, None)


def test_worked_sessions_are_those_with_a_repetition_done():
    sessions, exercises = generated(8)
    expected = {e.session_id for e in exercises if e.done_reps > 0}
    assert worked_sessions(exercises) == expected
    # The digest leaves out completed sessions: they count whatever was done in them.
    unfinished = {s.id for s in sessions if s.status is not SessionStatus.COMPLETED}
    assert digest(sessions, exercises).worked == expected & unfinished
    assert counted_days(sessions, exercises) == {
        s.local_day for s in sessions if s.status is SessionStatus.COMPLETED or s.id in expected
    }
    figures = overview(sessions, digest(sessions, exercises).worked, TODAY)
    assert figures.best_streak == best_streak(sessions, exercises)


def test_the_digest_lists_completion_of_the_newest_sessions_only():
    sessions, exercises = generated(9)
    every = digest(sessions, exercises).completions
    newest = sorted(sessions, key=lambda s: (s.started_utc, s.id))[-50:]
    expected = {s.id: every[s.id] for s in newest if s.id in every}
    assert digest(sessions, exercises, latest=50).completions == expected
    assert 0 < len(expected) < 50 < len(every)


def test_a_tie_in_end_time_goes_to_the_later_record():
    ended = datetime(2024, 5, 1, 8, tzinfo=UTC)
    rows = [
        ExerciseRecord(1, 0, "row", "Row", 10, 10, 1, None, Outcome.COMPLETED, ended),
        ExerciseRecord(2, 0, "row", "Band Row", 10, 0, 1, None, Outcome.SKIPPED, ended),
    ]
    assert exercise_totals(rows) == [ExerciseTotal("Band Row", 1, 10)]


def test_reminders_per_week_are_zero_filled_and_keep_to_the_window():
    days = [
        ReminderDay(date(2024, 10, 20), 9, 9),  # a Sunday, the week before the window
        ReminderDay(date(2024, 10, 21), 4, 1),  # the window's first Monday
        ReminderDay(date(2024, 10, 27), 2, 2),  # that week's Sunday
        ReminderDay(date(2024, 11, 4), 5, 3),
        ReminderDay(date(2024, 11, 6), 3, 0),  # today
        ReminderDay(date(2024, 11, 7), 7, 7),  # tomorrow: not yet
    ]
    assert weekly_reminders(days, TODAY, weeks=3) == [
        ReminderDay(date(2024, 10, 21), 6, 3),
        ReminderDay(date(2024, 10, 28), 0, 0),
        ReminderDay(date(2024, 11, 4), 8, 3),
    ]


@pytest.mark.parametrize("offset_hours", [14, -12])
def test_the_window_in_utc_starts_before_its_first_local_day_anywhere(offset_hours):
    since = window_start_utc(TODAY, 8)
    first = window_start(TODAY, 8)  # Monday 16 September 2024
    midnight = datetime.combine(first, time(), timezone(timedelta(hours=offset_hours)))
    assert since.tzinfo is UTC and since <= midnight
    assert since > midnight - timedelta(days=3)  # and not much more than that

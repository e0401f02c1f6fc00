"""History statistics from hand-made records; every expected figure is worked out by hand.

Sessions are written as the user's wall clock showed them plus the offset from UTC at
that moment, exactly what the store keeps; ``started_utc`` is derived from those two.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.core.history_stats import (
    Completion,
    ExerciseTotal,
    best_streak,
    completions,
    counted_days,
    current_streak,
    exercise_totals,
    pain_trend,
    sessions_per_day,
    week_progress,
    week_start,
    weekly_minutes,
    weekly_pain,
)

CET = 60  # Central Europe in winter, UTC+1
CEST = 120  # Central Europe in summer, UTC+2
NEW_YORK = -300  # UTC-5 in winter
TOKYO = 540  # UTC+9

_ids = iter(range(1, 10_000))


def session(
    local: str,
    offset: int = CET,
    status: SessionStatus = SessionStatus.COMPLETED,
    *,
    active: float = 600.0,
    pain: tuple[int | None, int | None] = (None, None),
    sid: int | None = None,
) -> SessionRecord:
    """A session that started at ``local`` ('YYYY-MM-DD HH:MM') on a clock at ``offset``."""
    wall = datetime.strptime(local, "%Y-%m-%d %H:%M")
    started = (wall - timedelta(minutes=offset)).replace(tzinfo=UTC)
    return SessionRecord(
        id=sid if sid is not None else next(_ids),
        routine_id="full",
        routine_name="Full routine",
        dose="standard",
        started_utc=started,
        utc_offset_minutes=offset,
        ended_utc=started + timedelta(seconds=active),
        status=status,
        planned_seconds=900.0,
        active_seconds=active,
        pain_before=pain[0],
        pain_after=pain[1],
        note="",
    )


def exercise(
    of: SessionRecord,
    position: int,
    done_reps: int,
    *,
    planned: int = 10,
    exercise_id: str = "squeeze",
    name: str | None = None,
    outcome: Outcome | None = None,
    minutes_in: int = 1,
) -> ExerciseRecord:
    if outcome is None:
        outcome = (
            Outcome.SKIPPED
            if done_reps == 0
            else Outcome.COMPLETED
            if done_reps >= planned
            else Outcome.PARTIAL
        )
    return ExerciseRecord(
        session_id=of.id,
        position=position,
        exercise_id=exercise_id,
        exercise_name=name or exercise_id.title(),
        planned_reps=planned,
        done_reps=done_reps,
        sets=1,
        hold_seconds=None,
        outcome=outcome,
        ended_utc=of.started_utc + timedelta(minutes=minutes_in),
    )


def completed_on(*local_days: str) -> list[SessionRecord]:
    """One completed session at 08:00 (CET) on each day."""
    return [session(f"{day} 08:00") for day in local_days]


# -- which days count --------------------------------------------------------------------------


def test_a_day_counts_when_completed_or_when_some_exercise_was_done():
    completed = session("2024-05-06 08:00", CEST)
    stopped_after_work = session("2024-05-07 08:00", CEST, SessionStatus.STOPPED)
    interrupted_after_work = session("2024-05-08 08:00", CEST, SessionStatus.INTERRUPTED)
    stopped_at_once = session("2024-05-09 08:00", CEST, SessionStatus.STOPPED, active=5)
    interrupted_idle = session("2024-05-10 08:00", CEST, SessionStatus.INTERRUPTED)
    exercises = [
        exercise(stopped_after_work, 0, 4),  # 4 reps done, then stopped: counts
        exercise(interrupted_after_work, 0, 10),  # one exercise done before the crash
        exercise(stopped_at_once, 0, 0),  # skipped, then stopped: nothing done
        exercise(interrupted_idle, 0, 0),
    ]
    days = counted_days(
        [completed, stopped_after_work, interrupted_after_work, stopped_at_once, interrupted_idle],
        exercises,
    )
    # 6, 7 and 8 May have work; 9 and 10 May have sessions with no repetition done.
    assert days == {date(2024, 5, 6), date(2024, 5, 7), date(2024, 5, 8)}


def test_a_completed_session_counts_even_with_no_exercise_rows():
    # A routine whose every exercise was skipped still finished: the user went through it.
    assert counted_days([session("2024-05-06 08:00")], []) == {date(2024, 5, 6)}


# -- current streak ----------------------------------------------------------------------------


def test_streak_across_a_month_end_in_a_leap_year():
    sessions = completed_on("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01")
    # 2024 is a leap year: 27, 28, 29 Feb and 1 Mar are four days in a row.
    assert current_streak(sessions, [], date(2024, 3, 1)) == 4


def test_streak_across_a_month_end_in_a_common_year():
    sessions = completed_on("2023-02-27", "2023-02-28", "2023-03-01")
    # 2023 has no 29 Feb, so 28 Feb is followed directly by 1 Mar: three days in a row.
    assert current_streak(sessions, [], date(2023, 3, 1)) == 3


def test_streak_across_a_year_end():
    sessions = completed_on("2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02")
    # 30, 31 Dec, 1, 2 Jan: four days, unbroken by the change of year.
    assert current_streak(sessions, [], date(2025, 1, 2)) == 4


def test_today_not_yet_done_keeps_yesterdays_streak():
    sessions = completed_on("2024-06-10", "2024-06-11", "2024-06-12")
    # Today is 13 June, nothing done yet: the streak up to yesterday (10-12 June) stands.
    assert current_streak(sessions, [], date(2024, 6, 13)) == 3
    # Once today's session is done, today joins it: 10-13 June.
    sessions += completed_on("2024-06-13")
    assert current_streak(sessions, [], date(2024, 6, 13)) == 4


def test_a_whole_missed_day_ends_the_streak():
    sessions = completed_on("2024-06-10", "2024-06-11", "2024-06-12")
    # Today is 14 June: 13 June passed with nothing, so there is no current streak.
    assert current_streak(sessions, [], date(2024, 6, 14)) == 0


def test_a_gap_splits_streaks_and_the_best_is_kept():
    sessions = completed_on(
        "2024-04-01", "2024-04-02", "2024-04-03", "2024-04-04", "2024-04-05",  # 5 days
        # 6 April missed
        "2024-04-07", "2024-04-08",  # 2 days
        # 9 and 10 April missed
        "2024-04-11", "2024-04-12", "2024-04-13",  # 3 days, ending today
    )  # fmt: skip
    today = date(2024, 4, 13)
    assert current_streak(sessions, [], today) == 3  # 11, 12, 13 April
    assert best_streak(sessions, []) == 5  # 1-5 April


def test_two_sessions_on_one_day_count_that_day_once():
    sessions = [*completed_on("2024-04-01", "2024-04-02"), session("2024-04-02 18:00")]
    # 1 and 2 April: two days, however many sessions on the second.
    assert current_streak(sessions, [], date(2024, 4, 2)) == 2
    assert best_streak(sessions, []) == 2


def test_a_session_that_does_not_count_breaks_the_streak():
    first = session("2024-04-01 08:00")
    stopped = session("2024-04-02 08:00", status=SessionStatus.STOPPED, active=3)
    third = session("2024-04-03 08:00")
    exercises = [exercise(stopped, 0, 0)]  # stopped during the first exercise, 0 reps
    # 2 April had a session but no work, so 3 April starts a new streak of one.
    assert current_streak([first, stopped, third], exercises, date(2024, 4, 3)) == 1
    assert best_streak([first, stopped, third], exercises) == 1


def test_no_history_means_no_streak():
    assert current_streak([], [], date(2024, 4, 3)) == 0
    assert best_streak([], []) == 0


def test_streak_across_the_spring_dst_change_uses_the_local_day():
    # Europe moved from UTC+1 to UTC+2 at 01:00 UTC on Sunday 31 March 2024.
    saturday = session("2024-03-30 18:00", CET)  # 17:00 UTC on 30 March
    sunday = session("2024-03-31 10:00", CEST)  # 08:00 UTC on 31 March
    # 00:30 on Monday 1 April by the user's clock is 22:30 UTC on Sunday 31 March.
    monday = session("2024-04-01 00:30", CEST)
    assert monday.started_utc.date() == date(2024, 3, 31)
    assert monday.local_day == date(2024, 4, 1)
    sessions = [saturday, sunday, monday]
    # By local day: 30 March, 31 March, 1 April, three days. Had UTC dates been used,
    # 1 April would have nothing and the streak would be two (30 and 31 March).
    assert current_streak(sessions, [], date(2024, 4, 1)) == 3
    assert counted_days(sessions, []) == {date(2024, 3, 30), date(2024, 3, 31), date(2024, 4, 1)}


def test_streak_across_the_autumn_dst_change_uses_the_local_day():
    # Europe moved back from UTC+2 to UTC+1 at 01:00 UTC on Sunday 27 October 2024.
    saturday = session("2024-10-26 23:30", CEST)  # 21:30 UTC on 26 October
    # 00:15 on Sunday by the clock, still summer time: 22:15 UTC on Saturday 26 October.
    sunday = session("2024-10-27 00:15", CEST)
    monday = session("2024-10-28 07:00", CET)  # 06:00 UTC on 28 October
    assert sunday.started_utc.date() == date(2024, 10, 26)
    # Local days 26, 27, 28 October: three in a row (by UTC, 27 October would be empty).
    assert current_streak([saturday, sunday, monday], [], date(2024, 10, 28)) == 3


def test_streak_survives_travel_across_time_zones():
    berlin = session("2024-01-09 08:00", CET)  # 07:00 UTC on 9 January
    # Flew to New York; 22:00 on 10 January there is 03:00 UTC on 11 January.
    new_york_evening = session("2024-01-10 22:00", NEW_YORK)
    new_york_morning = session("2024-01-11 07:00", NEW_YORK)  # 12:00 UTC on 11 January
    # Then to Tokyo: 08:00 on 13 January there is 23:00 UTC on 12 January.
    tokyo = session("2024-01-13 08:00", TOKYO)
    assert new_york_evening.started_utc.date() == date(2024, 1, 11)
    assert tokyo.started_utc.date() == date(2024, 1, 12)
    sessions = [berlin, new_york_evening, new_york_morning, tokyo]
    # Lived days: 9, 10, 11 January, nothing on the 12th (a day spent flying), then the
    # 13th. So the current streak is 1 (13th) and the best is 3 (9th to 11th).
    # By UTC dates they would be 9, 11, 11, 12: a best streak of 2 and a current one of 2.
    assert current_streak(sessions, [], date(2024, 1, 13)) == 1
    assert best_streak(sessions, []) == 3


# -- week progress -----------------------------------------------------------------------------


def test_week_progress_across_a_year_boundary():
    # Monday 30 December 2024 starts ISO week 1 of 2025, which runs to Sunday 5 January.
    assert week_start(date(2025, 1, 2)) == date(2024, 12, 30)
    sessions = [
        *completed_on(
            "2024-12-29",  # Sunday: the week before, not counted
            "2024-12-30",
            "2024-12-31",
            "2025-01-01",
        ),
        session("2025-01-01 19:00"),  # a second session on 1 January: still one day
    ]
    # Today is Thursday 2 January, nothing yet: done days are 30, 31 Dec and 1 Jan.
    assert week_progress(sessions, [], date(2025, 1, 2), goal=5) == (3, 5)


def test_week_progress_on_a_monday_before_anything_is_done():
    sessions = completed_on("2024-06-09")  # Sunday, the previous week
    # Monday 10 June: a new week with nothing done yet.
    assert week_progress(sessions, [], date(2024, 6, 10), goal=4) == (0, 4)


def test_week_progress_may_pass_the_goal():
    sessions = completed_on("2024-06-10", "2024-06-11", "2024-06-12", "2024-06-13")
    # Four days done, Monday to Thursday, against a goal of three: shown as it is.
    assert week_progress(sessions, [], date(2024, 6, 13), goal=3) == (4, 3)


# -- weekly minutes ----------------------------------------------------------------------------


def test_weekly_minutes_are_zero_filled_oldest_first():
    today = date(2024, 3, 13)  # a Wednesday; its week starts Monday 11 March
    sessions = [
        session("2024-01-22 08:00", active=600),  # Monday of the first week: 10 min
        session("2024-01-28 21:00", active=300),  # Sunday of the same week: 5 min
        session("2024-02-14 08:00", active=900),  # week of 12 Feb: 15 min
        session("2024-03-11 08:00", active=450),  # this week: 7.5 min
        session("2024-03-13 07:00", active=90),  # today: 1.5 min
        session("2024-01-21 08:00", active=6000),  # Sunday before the window: left out
    ]
    # The 8 weeks start on the Mondays from 22 January to 11 March.
    assert weekly_minutes(sessions, today) == [
        (date(2024, 1, 22), 15.0),  # 10 + 5
        (date(2024, 1, 29), 0.0),
        (date(2024, 2, 5), 0.0),
        (date(2024, 2, 12), 15.0),
        (date(2024, 2, 19), 0.0),
        (date(2024, 2, 26), 0.0),
        (date(2024, 3, 4), 0.0),
        (date(2024, 3, 11), 9.0),  # 7.5 + 1.5
    ]


def test_weekly_minutes_of_an_empty_history_are_all_zero():
    # Week starts: 1 January 2024 is a Monday, so the 3 weeks start 18 Dec, 25 Dec, 1 Jan.
    assert weekly_minutes([], date(2024, 1, 3), weeks=3) == [
        (date(2023, 12, 18), 0.0),
        (date(2023, 12, 25), 0.0),
        (date(2024, 1, 1), 0.0),
    ]


def test_weekly_minutes_place_a_late_night_session_in_its_local_week():
    # 00:30 on Monday 1 April (UTC+2) is 22:30 UTC on Sunday 31 March: a new local week.
    monday = session("2024-04-01 00:30", CEST, active=1200)
    assert weekly_minutes([monday], date(2024, 4, 2), weeks=2) == [
        (date(2024, 3, 25), 0.0),
        (date(2024, 4, 1), 20.0),
    ]


# -- sessions per day and pain -----------------------------------------------------------------


def test_sessions_per_day_counts_every_session_started():
    sessions = [
        session("2024-05-01 08:00"),
        session("2024-05-01 17:00", status=SessionStatus.STOPPED, active=10),
        session("2024-05-03 08:00", status=SessionStatus.INTERRUPTED),
        session("2024-04-28 08:00"),  # before the 4-day window
    ]
    # The last 4 days, today (3 May) last: 30 April to 3 May.
    assert sessions_per_day(sessions, date(2024, 5, 3), days=4) == [
        (date(2024, 4, 30), 0),
        (date(2024, 5, 1), 2),  # a completed and a stopped session: both were started
        (date(2024, 5, 2), 0),
        (date(2024, 5, 3), 1),
    ]


def test_sessions_per_day_default_window_is_56_days_ending_today():
    days = sessions_per_day([], date(2024, 5, 3))
    assert len(days) == 56
    # 3 May minus 55 days: 3 May -> 3 April is 30 days, 25 more lands on 9 March.
    assert days[0] == (date(2024, 3, 9), 0)
    assert days[-1] == (date(2024, 5, 3), 0)


def test_pain_trend_lists_rated_sessions_in_order_within_the_window():
    today = date(2024, 3, 13)  # the 2-week window starts Monday 4 March
    sessions = [
        session("2024-03-12 08:00", pain=(5, 3)),
        session("2024-03-04 08:00", pain=(6, 4)),
        session("2024-03-05 08:00"),  # no score: not a point
        session("2024-03-06 08:00", pain=(6, None)),  # before only: still a point
        session("2024-03-03 08:00", pain=(9, 9)),  # Sunday before the window
        session("2024-03-12 18:00", pain=(4, 2)),  # same day, later
    ]
    assert pain_trend(sessions, today, weeks=2) == [
        (date(2024, 3, 4), 6, 4),
        (date(2024, 3, 6), 6, None),
        (date(2024, 3, 12), 5, 3),
        (date(2024, 3, 12), 4, 2),
    ]


# -- per session and per exercise --------------------------------------------------------------


def test_completions_count_completed_exercises_out_of_those_reached():
    full = session("2024-05-01 08:00", sid=501)
    stopped = session("2024-05-02 08:00", status=SessionStatus.STOPPED, sid=502)
    exercises = [
        *(exercise(full, i, 10, exercise_id=f"ex{i}") for i in range(5)),
        exercise(full, 5, 6, exercise_id="ex5"),  # partial
        exercise(stopped, 0, 10),
        exercise(stopped, 1, 0),  # skipped
    ]
    assert completions(exercises) == {
        501: Completion(completed=5, reached=6),  # 5 full, 1 partial
        502: Completion(completed=1, reached=2),  # 1 done, 1 skipped
    }


def test_exercise_totals_group_by_exercise_under_its_latest_name():
    first = session("2024-05-01 08:00")
    second = session("2024-05-02 08:00")
    third = session("2024-05-03 08:00", status=SessionStatus.STOPPED)
    exercises = [
        exercise(first, 0, 10, exercise_id="squeeze", name="Squeeze"),
        exercise(first, 1, 8, exercise_id="row", name="Seated Row"),
        exercise(first, 2, 0, exercise_id="angels", name="Wall Angels"),  # skipped
        exercise(second, 0, 10, exercise_id="squeeze", name="Shoulder Blade Squeeze"),
        exercise(second, 1, 10, exercise_id="row", name="Seated Row"),
        exercise(third, 0, 4, exercise_id="squeeze", name="Shoulder Blade Squeeze"),
    ]
    assert exercise_totals(exercises) == [
        # done in 3 sessions, 10 + 10 + 4 reps, renamed after the first session
        ExerciseTotal("Shoulder Blade Squeeze", 3, 24),
        ExerciseTotal("Seated Row", 2, 18),  # 8 + 10
        ExerciseTotal("Wall Angels", 0, 0),  # reached once, always skipped
    ]


def test_exercise_totals_of_nothing():
    assert exercise_totals([]) == []


def test_weekly_pain_averages_each_week_and_leaves_empty_weeks_empty():
    today = date(2024, 3, 13)  # 3 weeks: Mondays 26 February, 4 March, 11 March
    sessions = [
        session("2024-02-26 08:00", pain=(6, 4)),
        session("2024-03-03 20:00", pain=(5, None)),  # Sunday: same week, before only
        session("2024-03-03 21:00", pain=(None, 2)),  # after only
        session("2024-03-11 08:00"),  # not rated
        session("2024-03-12 08:00", pain=(4, 3)),
        session("2024-03-13 08:00", pain=(3, 2)),
        session("2024-02-25 08:00", pain=(9, 9)),  # Sunday before the window
    ]
    assert weekly_pain(sessions, today, weeks=3) == [
        (date(2024, 2, 26), 5.5, 3.0),  # before (6 + 5) / 2, after (4 + 2) / 2
        (date(2024, 3, 4), None, None),  # nothing rated that week
        (date(2024, 3, 11), 3.5, 2.5),  # before (4 + 3) / 2, after (3 + 2) / 2
    ]

"""The break schedule against a fake clock: every expected instant is worked out by hand.

Local times are Europe/Paris. June 2024 is summer time (UTC+2) throughout; the DST tests
use 31 March 2024 (02:00 CET → 03:00 CEST) and 27 October 2024 (03:00 CEST → 02:00 CET),
and state their expectations in UTC, because two aware datetimes in one zone compare by
wall time and an instant in the repeated hour never equals its UTC twin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backrelief_gui.core.break_schedule import (
    BreakSettings,
    BreakState,
    Reminder,
    ReminderKind,
    check,
    describe_away_rule,
    next_due,
    next_reminder,
    next_wakeup,
    on_away,
    on_break_taken,
    one_hour_from,
    pause,
    resume_reminders,
    skip,
    snooze,
    tomorrow_start,
)

PARIS = ZoneInfo("Europe/Paris")
MON = date(2024, 6, 3)
TUE = date(2024, 6, 4)
WED = date(2024, 6, 5)
FRI = date(2024, 6, 7)
SAT = date(2024, 6, 8)
NEXT_MON = date(2024, 6, 10)
NEXT_WED = date(2024, 6, 12)

BREAK = ReminderKind.BREAK
MICRO = ReminderKind.MICRO_PAUSE
DEFAULT = BreakSettings()
ALWAYS = BreakSettings(working_days=frozenset(range(7)), work_start=time(0), work_end=time(23, 59))


def at(day: date, hhmm: str, fold: int = 0) -> datetime:
    """A Paris wall-clock time, as the service would pass ``now``."""
    hours, minutes, *seconds = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, *seconds, tzinfo=PARIS, fold=fold)


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=UTC)


def started(day: date, hhmm: str) -> BreakState:
    return BreakState.starting_at(at(day, hhmm))


def drive(state, settings, now, until, last_check=None):
    """Run the service's loop: check, then wake at next_wakeup, while the time is <= until.

    Returns the state, the reminders shown and the time of the last check.
    """
    shown = []
    while True:
        state, reminder = check(state, settings, now, last_check)
        if reminder is not None:
            shown.append(reminder)
        last_check = now
        wake = next_wakeup(state, settings, now)
        assert wake > now  # the service never spins
        if wake > until:
            return state, shown, last_check
        now = wake.astimezone(PARIS)


def times(reminders) -> list[tuple[ReminderKind, str]]:
    return [(r.kind, f"{r.shown_at.astimezone(PARIS):%H:%M:%S}") for r in reminders]


# -- settings ---------------------------------------------------------------------------


def test_default_settings():
    assert DEFAULT.interval_minutes == 30
    assert DEFAULT.interval == timedelta(minutes=30)
    assert DEFAULT.micro_pauses is False
    assert DEFAULT.working_days == frozenset({0, 1, 2, 3, 4})
    assert (DEFAULT.work_start, DEFAULT.work_end) == (time(9), time(18))
    assert DEFAULT.away_break == timedelta(minutes=5)


@pytest.mark.parametrize("minutes", [15, 90])
def test_interval_bounds_are_allowed(minutes):
    assert BreakSettings(interval_minutes=minutes).interval == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"interval_minutes": 14},
            "The break interval must be a whole number from 15 to 90 minutes, got 14",
        ),
        (
            {"interval_minutes": 91},
            "The break interval must be a whole number from 15 to 90 minutes, got 91",
        ),
        (
            {"interval_minutes": "30"},
            "The break interval must be a whole number from 15 to 90 minutes, got '30'",
        ),
        (
            {"away_break_minutes": 1},
            "The natural-break threshold must be a whole number from 2 to 60 minutes, got 1",
        ),
        (
            {"working_days": frozenset({0, 7})},
            "Working days must be 0 (Monday) to 6 (Sunday), got [7]",
        ),
        (
            {"work_start": time(18), "work_end": time(9)},
            "Working hours must end after they start on the same day, got 18:00–09:00",
        ),
        (
            {"work_start": time(9), "work_end": time(9)},
            "Working hours must end after they start on the same day, got 09:00–09:00",
        ),
        (
            {"work_start": time(9, tzinfo=UTC)},
            "Working hours are local clock times: give them without a zone",
        ),
    ],
)
def test_invalid_settings_say_what_is_wrong(fields, message):
    with pytest.raises(ValueError) as error:
        BreakSettings(**fields)
    assert str(error.value) == message


def test_working_days_from_a_list_become_a_frozenset():
    assert BreakSettings(working_days=[0, 2, 2]).working_days == frozenset({0, 2})


def test_the_away_rule_in_words():
    assert describe_away_rule(DEFAULT) == (
        "Time away from the keyboard and mouse of 5 minutes or more — idle, screen locked "
        "or the computer asleep — counts as a break and starts the count again; shorter "
        "time away counts as work."
    )
    assert describe_away_rule(BreakSettings(away_break_minutes=10)).startswith(
        "Time away from the keyboard and mouse of 10 minutes or more"
    )


def test_times_must_be_timezone_aware():
    with pytest.raises(ValueError, match="now must be timezone-aware"):
        next_due(started(MON, "09:00"), DEFAULT, datetime(2024, 6, 3, 9, 0))
    with pytest.raises(ValueError, match="work_started_at must be timezone-aware"):
        BreakState(work_started_at=datetime(2024, 6, 3, 9, 0))


def test_state_keeps_instants_in_utc():
    state = started(MON, "09:00")
    assert state.work_started_at == utc(2024, 6, 3, 7, 0)
    assert state.work_started_at.tzinfo is UTC


# -- the count --------------------------------------------------------------------------


def test_first_break_is_due_one_interval_after_the_start():
    state = started(MON, "09:00")
    assert next_due(state, DEFAULT, at(MON, "09:00")) == utc(2024, 6, 3, 7, 30)  # 09:30 local
    assert check(state, DEFAULT, at(MON, "09:29:59"), at(MON, "09:29")) == (state, None)
    state, reminder = check(state, DEFAULT, at(MON, "09:30"), at(MON, "09:29:59"))
    assert reminder == Reminder(BREAK, at(MON, "09:30"), at(MON, "09:30"))
    assert reminder.late == timedelta(0)
    assert state.last_reminder_at == at(MON, "09:30")


def test_an_unanswered_reminder_comes_again_one_interval_later():
    state, _ = check(started(MON, "09:00"), DEFAULT, at(MON, "09:30"), at(MON, "09:29"))
    assert next_due(state, DEFAULT, at(MON, "09:30")) == at(MON, "10:00")
    assert check(state, DEFAULT, at(MON, "09:30"), at(MON, "09:30")) == (state, None)


def test_a_whole_working_day_without_breaks():
    _, shown, _ = drive(started(MON, "08:50"), DEFAULT, at(MON, "08:50"), at(MON, "20:00"))
    assert times(shown) == [
        (BREAK, t)
        for t in (
            "09:20:00", "09:50:00", "10:20:00", "10:50:00", "11:20:00", "11:50:00",
            "12:20:00", "12:50:00", "13:20:00", "13:50:00", "14:20:00", "14:50:00",
            "15:20:00", "15:50:00", "16:20:00", "16:50:00", "17:20:00", "17:50:00",
        )
    ]  # fmt: skip


def test_next_wakeup_is_the_due_time_or_a_wake_check_a_minute_away():
    state = started(MON, "09:00")
    assert next_wakeup(state, DEFAULT, at(MON, "09:00")) == at(MON, "09:01")
    assert next_wakeup(state, DEFAULT, at(MON, "09:29:30")) == at(MON, "09:30")


# -- working hours and days -------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "due"),
    [
        ("17:29", at(MON, "17:59")),  # the last minute of the day
        ("17:30", at(TUE, "09:00")),  # 18:00: the end of working hours is excluded
        ("17:31", at(TUE, "09:00")),  # 18:01: held to the next morning
        ("08:30", at(MON, "09:00")),  # 09:00: the start is included
        ("07:00", at(MON, "09:00")),  # 07:30, before hours: shown when they start
    ],
)
def test_working_hours_edges(start, due):
    state = started(MON, start)
    assert next_due(state, DEFAULT, at(MON, start)) == due


def test_days_off_hold_the_break_until_monday():
    assert next_due(started(FRI, "17:45"), DEFAULT, at(FRI, "17:45")) == at(NEXT_MON, "09:00")
    assert next_due(started(SAT, "10:00"), DEFAULT, at(SAT, "10:00")) == at(NEXT_MON, "09:00")


def test_a_single_working_day_wraps_round_the_week():
    wednesdays = BreakSettings(working_days=frozenset({2}))
    state = started(WED, "17:45")
    assert next_due(state, wednesdays, at(WED, "17:45")) == at(NEXT_WED, "09:00")


def test_no_working_days_no_reminders():
    never = BreakSettings(working_days=frozenset())
    state = started(MON, "09:00")
    assert next_due(state, never, at(MON, "12:00")) is None
    assert check(state, never, at(MON, "12:00"), at(MON, "11:59")) == (state, None)
    assert next_wakeup(state, never, at(MON, "12:00")) == at(MON, "12:01")


def test_overdue_after_hours_waits_for_the_next_morning_and_comes_once():
    state = started(MON, "17:29")  # due 17:59
    # A three-minute suspend from 17:58 to 18:01: too short for a break, but now is after hours.
    state, reminder = check(state, DEFAULT, at(MON, "18:01"), at(MON, "17:58"))
    assert reminder is None
    assert next_due(state, DEFAULT, at(MON, "18:01")) == at(TUE, "09:00")
    # The computer stays on overnight, checked every minute: one reminder, at 09:00.
    _, shown, _ = drive(state, DEFAULT, at(MON, "18:01"), at(TUE, "09:10"), at(MON, "18:01"))
    assert shown == [Reminder(BREAK, at(TUE, "09:00"), at(TUE, "09:00"))]


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (at(TUE, "10:00"), at(TUE, "09:00")),  # shown now, an hour after Tuesday's start
        (at(WED, "10:00"), at(WED, "09:00")),  # Tuesday passed unchecked: today's start
        (at(SAT, "10:00"), at(NEXT_MON, "09:00")),  # a day off: wait for Monday
    ],
)
def test_a_reminder_left_from_an_ended_working_day_is_due_when_the_next_one_starts(now, due):
    state = started(MON, "17:29")  # due Monday 17:59, never checked since
    assert next_due(state, DEFAULT, now) == due


# -- snooze, skip and pause -------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "snoozed_due", "after"),
    [
        (5, "09:35:20", "10:05:20"),
        (10, "09:40:20", "10:10:20"),
        (30, "10:00:20", "10:30:20"),
    ],
)
def test_snooze_brings_the_break_back_after_the_chosen_minutes(minutes, snoozed_due, after):
    state, _ = check(started(MON, "09:00"), DEFAULT, at(MON, "09:30"), at(MON, "09:29"))
    state = snooze(state, at(MON, "09:30:20"), minutes)
    assert next_due(state, DEFAULT, at(MON, "09:30:20")) == at(MON, snoozed_due)
    state, reminder = check(state, DEFAULT, at(MON, snoozed_due), at(MON, snoozed_due))
    assert reminder == Reminder(BREAK, at(MON, snoozed_due), at(MON, snoozed_due))
    assert state.snoozed_until is None
    assert next_due(state, DEFAULT, at(MON, snoozed_due)) == at(MON, after)


def test_snooze_only_ever_postpones():
    state = started(MON, "09:00")  # due 09:30
    assert next_due(snooze(state, at(MON, "09:10"), 5), DEFAULT, at(MON, "09:10")) == at(
        MON, "09:30"
    )
    assert next_due(snooze(state, at(MON, "09:10"), 30), DEFAULT, at(MON, "09:10")) == at(
        MON, "09:40"
    )


def test_snooze_past_the_end_of_the_day_waits_for_the_morning():
    state, _ = check(started(MON, "17:20"), DEFAULT, at(MON, "17:50"), at(MON, "17:49"))
    state = snooze(state, at(MON, "17:50"), 30)  # 18:20
    assert next_due(state, DEFAULT, at(MON, "17:50")) == at(TUE, "09:00")


def test_snooze_accepts_only_the_offered_choices():
    with pytest.raises(ValueError) as error:
        snooze(started(MON, "09:00"), at(MON, "09:30"), 7)
    assert str(error.value) == "Snooze must be one of 5, 10, 30 minutes, got 7"


def test_skip_restarts_the_count_now():
    state, _ = check(started(MON, "09:00"), DEFAULT, at(MON, "09:30"), at(MON, "09:29"))
    state = skip(state, at(MON, "09:32"))
    assert state == BreakState(work_started_at=at(MON, "09:32"))
    assert next_due(state, DEFAULT, at(MON, "09:32")) == at(MON, "10:02")


def test_pause_for_one_hour_holds_the_break_and_shows_it_once_at_the_end():
    state = started(MON, "09:00")  # due 09:30
    state = pause(state, at(MON, "09:10"), one_hour_from(at(MON, "09:10")))
    assert state.paused_until == at(MON, "10:10")
    assert next_due(state, DEFAULT, at(MON, "09:10")) == at(MON, "10:10")
    state, shown, _ = drive(state, DEFAULT, at(MON, "09:10"), at(MON, "10:30"))
    assert shown == [Reminder(BREAK, at(MON, "10:10"), at(MON, "10:10"))]
    assert next_due(state, DEFAULT, at(MON, "10:30")) == at(MON, "10:40")


def test_pause_until_tomorrow():
    assert tomorrow_start(at(MON, "11:00"), DEFAULT) == at(TUE, "09:00")
    state = pause(
        started(MON, "10:50"), at(MON, "11:00"), tomorrow_start(at(MON, "11:00"), DEFAULT)
    )
    assert next_due(state, DEFAULT, at(MON, "11:00")) == at(TUE, "09:00")
    _, shown, _ = drive(state, DEFAULT, at(MON, "11:00"), at(TUE, "09:10"))
    assert shown == [Reminder(BREAK, at(TUE, "09:00"), at(TUE, "09:00"))]


def test_pause_until_tomorrow_on_a_friday_lasts_the_weekend():
    state = pause(
        started(FRI, "10:50"), at(FRI, "11:00"), tomorrow_start(at(FRI, "11:00"), DEFAULT)
    )
    assert state.paused_until == at(SAT, "09:00")
    assert next_due(state, DEFAULT, at(FRI, "11:00")) == at(NEXT_MON, "09:00")


def test_resume_reminders_ends_a_pause_early():
    state = pause(started(MON, "09:00"), at(MON, "09:10"), at(MON, "10:10"))
    assert next_due(resume_reminders(state), DEFAULT, at(MON, "09:15")) == at(MON, "09:30")


def test_a_pause_must_end_in_the_future():
    with pytest.raises(ValueError, match="A pause must end in the future"):
        pause(started(MON, "09:00"), at(MON, "09:10"), at(MON, "09:10"))


# -- breaks taken and time away ---------------------------------------------------------


def test_a_session_restarts_the_count_and_keeps_a_pause():
    state = pause(started(MON, "09:00"), at(MON, "09:05"), at(MON, "09:15"))
    state = on_break_taken(state, at(MON, "09:25"))
    assert state == BreakState(work_started_at=at(MON, "09:25"), paused_until=at(MON, "09:15"))
    assert next_due(state, DEFAULT, at(MON, "09:25")) == at(MON, "09:55")


@pytest.mark.parametrize(
    ("away_from", "away_until", "due"),
    [
        ("09:10", "09:16", "09:46"),  # six minutes: a natural break, counted from the return
        ("09:10", "09:15", "09:45"),  # exactly the threshold counts
        ("09:10", "09:14", "09:30"),  # four minutes: still work, nothing changes
    ],
)
def test_time_away(away_from, away_until, due):
    state = on_away(started(MON, "09:00"), DEFAULT, at(MON, away_from), at(MON, away_until))
    assert next_due(state, DEFAULT, at(MON, away_until)) == at(MON, due)


def test_short_time_away_leaves_the_state_as_it_was():
    state = started(MON, "09:00")
    assert on_away(state, DEFAULT, at(MON, "09:10"), at(MON, "09:14")) is state


def test_a_natural_break_clears_a_snooze():
    state, _ = check(started(MON, "09:00"), DEFAULT, at(MON, "09:30"), at(MON, "09:29"))
    state = snooze(state, at(MON, "09:30"), 10)
    state = on_away(state, DEFAULT, at(MON, "09:31"), at(MON, "09:40"))
    assert state == BreakState(work_started_at=at(MON, "09:40"))
    assert next_due(state, DEFAULT, at(MON, "09:40")) == at(MON, "10:10")


def test_away_reported_while_still_away_then_on_return():
    state = started(MON, "09:00")
    state = on_away(state, DEFAULT, at(MON, "09:20"), at(MON, "09:29"))  # still away at 09:29
    state, reminder = check(state, DEFAULT, at(MON, "09:30"), at(MON, "09:29"))
    assert reminder is None  # no reminder to an empty chair
    state = on_away(state, DEFAULT, at(MON, "09:20"), at(MON, "09:50"))  # back at 09:50
    assert next_due(state, DEFAULT, at(MON, "09:50")) == at(MON, "10:20")


def test_a_late_report_never_moves_the_count_back():
    state = on_break_taken(started(MON, "09:00"), at(MON, "10:00"))
    assert on_away(state, DEFAULT, at(MON, "09:00"), at(MON, "09:40")) is state


def test_time_away_must_end_after_it_starts():
    with pytest.raises(ValueError, match="Time away must end after it starts"):
        on_away(started(MON, "09:00"), DEFAULT, at(MON, "09:20"), at(MON, "09:10"))


# -- suspend and clock changes ----------------------------------------------------------


def test_a_short_suspend_across_the_due_time_gives_one_late_reminder():
    state = started(MON, "09:00")  # due 09:30
    state, reminder = check(state, DEFAULT, at(MON, "09:32"), at(MON, "09:28"))  # 4 min asleep
    assert reminder == Reminder(BREAK, at(MON, "09:30"), at(MON, "09:32"))
    assert reminder.late == timedelta(minutes=2)
    assert check(state, DEFAULT, at(MON, "09:32"), at(MON, "09:32")) == (state, None)
    assert next_due(state, DEFAULT, at(MON, "09:32")) == at(MON, "10:02")


@pytest.mark.parametrize(("resume", "due"), [("09:33", "10:03"), ("11:00", "11:30")])
def test_a_long_suspend_is_a_natural_break(resume, due):
    state = started(MON, "09:00")  # due 09:30
    state, reminder = check(state, DEFAULT, at(MON, resume), at(MON, "09:28"))
    assert reminder is None
    assert state == BreakState(work_started_at=at(MON, resume))
    assert next_due(state, DEFAULT, at(MON, resume)) == at(MON, due)


def test_a_suspend_spanning_hours_never_gives_a_burst():
    state, shown, last = drive(started(MON, "09:00"), DEFAULT, at(MON, "09:00"), at(MON, "09:28"))
    assert shown == []
    # Asleep from 09:28 to 13:00; seven reminders were missed, none is shown.
    _, shown, _ = drive(state, DEFAULT, at(MON, "13:00"), at(MON, "13:45"), last)
    assert shown == [Reminder(BREAK, at(MON, "13:30"), at(MON, "13:30"))]


def test_a_wall_clock_jump_forwards_is_read_as_a_break():
    state = started(MON, "10:00")
    state, reminder = check(state, DEFAULT, at(MON, "12:20"), at(MON, "10:20"))
    assert reminder is None
    assert next_due(state, DEFAULT, at(MON, "12:20")) == at(MON, "12:50")


def test_a_small_jump_forwards_across_the_due_time_gives_one_reminder():
    state = started(MON, "09:00")
    state, reminder = check(state, DEFAULT, at(MON, "09:32"), at(MON, "09:29"))
    assert reminder == Reminder(BREAK, at(MON, "09:30"), at(MON, "09:32"))


def test_a_wall_clock_jump_backwards_keeps_the_work_already_counted():
    state = started(MON, "10:00")  # 20 minutes worked at 10:20, when the clock goes back 1 h
    state, reminder = check(state, DEFAULT, at(MON, "09:20"), at(MON, "10:20"))
    assert reminder is None
    assert state.work_started_at == at(MON, "09:00")
    assert next_due(state, DEFAULT, at(MON, "09:20")) == at(MON, "09:30")
    _, shown, _ = drive(state, DEFAULT, at(MON, "09:21"), at(MON, "10:40"), at(MON, "09:20"))
    assert times(shown) == [(BREAK, "09:30:00"), (BREAK, "10:00:00"), (BREAK, "10:30:00")]


def test_a_jump_backwards_moves_a_pause_and_a_reminder_with_it():
    state = BreakState(
        work_started_at=at(MON, "10:00"),
        last_reminder_at=at(MON, "10:30"),
        paused_until=at(MON, "11:30"),
    )
    state, _ = check(state, DEFAULT, at(MON, "09:40"), at(MON, "10:40"))
    assert state == BreakState(
        work_started_at=at(MON, "09:00"),
        last_reminder_at=at(MON, "09:30"),
        paused_until=at(MON, "10:30"),
    )


def test_first_check_after_a_long_time_gives_one_reminder():
    settings = BreakSettings(interval_minutes=60, micro_pauses=True)
    state = started(MON, "09:00")
    # Micro-pauses at 09:20 and 09:40 and the break at 10:00 were missed: one reminder.
    state, reminder = check(state, settings, at(MON, "10:05"), None)
    assert reminder == Reminder(BREAK, at(MON, "10:00"), at(MON, "10:05"))
    assert check(state, settings, at(MON, "10:05"), at(MON, "10:05")) == (state, None)
    assert next_reminder(state, settings, at(MON, "10:05")) == (MICRO, at(MON, "10:25"))


# -- DST ------------------------------------------------------------------------------


def test_spring_forward_interval_is_thirty_real_minutes():
    state = BreakState.starting_at(datetime(2024, 3, 31, 1, 45, tzinfo=PARIS))  # 00:45 UTC
    now = datetime(2024, 3, 31, 1, 45, tzinfo=PARIS)
    due = next_due(state, ALWAYS, now)
    assert due == utc(2024, 3, 31, 1, 15)  # 03:15 CEST, not the missing 02:15
    assert f"{due.astimezone(PARIS):%H:%M %Z}" == "03:15 CEST"


def test_spring_forward_is_not_a_clock_jump():
    state = BreakState.starting_at(datetime(2024, 3, 31, 1, 45, tzinfo=PARIS))
    # The checks pass 01:59 CET then 03:00 CEST: one minute apart in UTC.
    state, reminder = check(
        state,
        ALWAYS,
        datetime(2024, 3, 31, 3, 0, tzinfo=PARIS),
        datetime(2024, 3, 31, 1, 59, tzinfo=PARIS),
    )
    assert reminder is None and state.work_started_at == utc(2024, 3, 31, 0, 45)
    _, shown, _ = drive(
        state,
        ALWAYS,
        datetime(2024, 3, 31, 3, 1, tzinfo=PARIS),
        datetime(2024, 3, 31, 3, 20, tzinfo=PARIS),
        datetime(2024, 3, 31, 3, 0, tzinfo=PARIS),
    )
    assert [(r.kind, r.shown_at) for r in shown] == [(BREAK, utc(2024, 3, 31, 1, 15))]


def test_fall_back_interval_is_thirty_real_minutes():
    start = datetime(2024, 10, 27, 2, 45, tzinfo=PARIS)  # the first 02:45, CEST: 00:45 UTC
    state = BreakState.starting_at(start)
    due = next_due(state, ALWAYS, start)
    assert due == utc(2024, 10, 27, 1, 15)  # the second 02:15, CET; not 03:15
    assert f"{due.astimezone(PARIS):%H:%M %Z}" == "02:15 CET"


def test_fall_back_is_not_a_clock_jump_and_shows_one_reminder():
    state = BreakState.starting_at(datetime(2024, 10, 27, 2, 45, tzinfo=PARIS))
    # 02:59 CEST, then 02:00 CET: the wall clock reads earlier, but one minute passed.
    state, reminder = check(
        state,
        ALWAYS,
        datetime(2024, 10, 27, 2, 0, tzinfo=PARIS, fold=1),
        datetime(2024, 10, 27, 2, 59, tzinfo=PARIS),
    )
    assert reminder is None and state.work_started_at == utc(2024, 10, 27, 0, 45)
    _, shown, _ = drive(
        state,
        ALWAYS,
        datetime(2024, 10, 27, 2, 1, tzinfo=PARIS, fold=1),
        datetime(2024, 10, 27, 2, 50, tzinfo=PARIS, fold=1),
        datetime(2024, 10, 27, 2, 0, tzinfo=PARIS, fold=1),
    )
    assert [(r.kind, r.shown_at) for r in shown] == [
        (BREAK, utc(2024, 10, 27, 1, 15)),  # 02:15 CET
        (BREAK, utc(2024, 10, 27, 1, 45)),  # 02:45 CET
    ]


def test_working_hours_after_a_dst_weekend():
    # Friday 17:45 CET, due 18:15: held to Monday 09:00, which is CEST by then.
    spring = BreakState.starting_at(datetime(2024, 3, 29, 17, 45, tzinfo=PARIS))
    assert next_due(spring, DEFAULT, datetime(2024, 3, 29, 17, 45, tzinfo=PARIS)) == utc(
        2024, 4, 1, 7, 0
    )
    # Friday 17:45 CEST: Monday 09:00 is CET.
    autumn = BreakState.starting_at(datetime(2024, 10, 25, 17, 45, tzinfo=PARIS))
    assert next_due(autumn, DEFAULT, datetime(2024, 10, 25, 17, 45, tzinfo=PARIS)) == utc(
        2024, 10, 28, 8, 0
    )


def test_pause_helpers_across_spring_forward():
    assert one_hour_from(datetime(2024, 3, 31, 1, 30, tzinfo=PARIS)) == utc(2024, 3, 31, 1, 30)
    # Saturday 22:00 CET: tomorrow's 09:00 is CEST.
    assert tomorrow_start(datetime(2024, 3, 30, 22, 0, tzinfo=PARIS), DEFAULT) == utc(
        2024, 3, 31, 7, 0
    )


# -- micro-pauses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (25, [(BREAK, "09:25:00")]),  # 09:20 is within 10 minutes of the break
        (30, [(MICRO, "09:20:00"), (BREAK, "09:30:00")]),
        (45, [(MICRO, "09:20:00"), (BREAK, "09:45:00")]),  # 09:40 is too close
        (60, [(MICRO, "09:20:00"), (MICRO, "09:40:00"), (BREAK, "10:00:00")]),
        (
            90,
            [
                (MICRO, "09:20:00"),
                (MICRO, "09:40:00"),
                (MICRO, "10:00:00"),
                (MICRO, "10:20:00"),
                (BREAK, "10:30:00"),
            ],
        ),
    ],
)
def test_micro_pauses_between_breaks(interval, expected):
    settings = BreakSettings(interval_minutes=interval, micro_pauses=True)
    until = at(MON, "09:00") + timedelta(minutes=interval)
    _, shown, _ = drive(started(MON, "09:00"), settings, at(MON, "09:00"), until)
    assert times(shown) == expected


def test_micro_pauses_follow_an_unanswered_break():
    settings = BreakSettings(micro_pauses=True)
    _, shown, _ = drive(started(MON, "09:00"), settings, at(MON, "09:00"), at(MON, "10:05"))
    assert times(shown) == [
        (MICRO, "09:20:00"),
        (BREAK, "09:30:00"),
        (MICRO, "09:50:00"),
        (BREAK, "10:00:00"),
    ]


def test_a_break_restarts_the_micro_pauses_too():
    settings = BreakSettings(interval_minutes=60, micro_pauses=True)
    state, shown, last = drive(started(MON, "09:00"), settings, at(MON, "09:00"), at(MON, "09:29"))
    assert times(shown) == [(MICRO, "09:20:00")]
    state = on_break_taken(state, at(MON, "09:30"))
    _, shown, _ = drive(state, settings, at(MON, "09:30"), at(MON, "10:30"), last)
    assert times(shown) == [(MICRO, "09:50:00"), (MICRO, "10:10:00"), (BREAK, "10:30:00")]


def test_a_short_suspend_across_a_micro_pause_gives_it_late():
    settings = BreakSettings(micro_pauses=True)
    state, reminder = check(started(MON, "09:00"), settings, at(MON, "09:22"), at(MON, "09:18"))
    assert reminder == Reminder(MICRO, at(MON, "09:20"), at(MON, "09:22"))
    assert next_reminder(state, settings, at(MON, "09:22")) == (BREAK, at(MON, "09:30"))


def test_snooze_and_pause_hold_micro_pauses_too():
    settings = BreakSettings(interval_minutes=90, micro_pauses=True)
    snoozed = snooze(started(MON, "09:00"), at(MON, "09:10"), 30)  # until 09:40
    assert next_reminder(snoozed, settings, at(MON, "09:10")) == (MICRO, at(MON, "09:40"))
    paused = pause(started(MON, "09:00"), at(MON, "09:05"), at(MON, "10:35"))
    assert next_reminder(paused, settings, at(MON, "09:05")) == (BREAK, at(MON, "10:35"))

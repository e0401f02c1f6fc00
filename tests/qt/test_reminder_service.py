"""The reminder service with its one real Qt timer, time compressed.

The wall clock here runs at real speed but starts on a fixed Wednesday morning, so the
working hours never depend on when the tests run; the service's clock then runs it
hundreds of times faster, so a 15-minute interval passes in about a second.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backrelief_gui.core.break_schedule import WAKE_CHECK, BreakSettings, ReminderKind
from backrelief_gui.qt.reminder_service import ReminderService, ScaledClock

PARIS = ZoneInfo("Europe/Paris")
WEDNESDAY_MORNING = datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
SPEED = 900.0  # 15 minutes in one second
EVERY_DAY = BreakSettings(interval_minutes=15, working_days=frozenset(range(7)))


class WallFromWednesday:
    """Real elapsed time, counted from a fixed local morning."""

    def __init__(self) -> None:
        self._started = datetime.now(UTC)
        self.jump = timedelta(0)  # a wall-clock change or a sleep, set by a test

    def __call__(self) -> datetime:
        return WEDNESDAY_MORNING + (datetime.now(UTC) - self._started) + self.jump


class FakeIdle:
    """Stands in for the desktop's input-idle counter (X11 or D-Bus), which a test
    cannot drive from inside one process."""

    description = "fake"

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds

    def idle_seconds(self) -> float | None:
        return self.seconds


@pytest.fixture
def wall():
    return WallFromWednesday()


@pytest.fixture
def make_service(qtbot, wall):
    made = []

    def make(settings=EVERY_DAY, **kwargs):
        service = ReminderService(settings, ScaledClock(SPEED, wall), **kwargs)
        made.append(service)
        service.set_enabled(True)
        return service

    yield make
    for service in made:
        service.set_enabled(False)


def real_seconds(span: timedelta) -> float:
    return span.total_seconds() / SPEED


class TestScaledClock:
    def test_at_speed_one_it_is_the_wall_clock(self, wall):
        clock = ScaledClock(1.0, wall)
        assert abs(clock.now() - wall()) < timedelta(seconds=1)

    def test_faster_it_counts_from_when_it_was_made(self):
        moments = iter([WEDNESDAY_MORNING, WEDNESDAY_MORNING + timedelta(seconds=2)])
        clock = ScaledClock(60.0, lambda: next(moments))
        assert clock.now() == WEDNESDAY_MORNING + timedelta(minutes=2)

    def test_a_span_of_its_time_in_real_milliseconds(self):
        assert ScaledClock(60.0, lambda: WEDNESDAY_MORNING).real_ms(timedelta(minutes=1)) == 1000
        assert ScaledClock(1.0).real_ms(timedelta(seconds=-5)) == 0

    def test_speed_must_be_positive(self):
        with pytest.raises(ValueError, match="above 0"):
            ScaledClock(0)


class TestReminders:
    def test_a_break_comes_one_interval_after_the_start_and_on_time(self, qtbot, make_service):
        service = make_service()
        with qtbot.waitSignal(service.reminder_due, timeout=5000) as due:
            pass
        reminder = due.args[0]
        assert reminder.kind is ReminderKind.BREAK
        expected = WEDNESDAY_MORNING + timedelta(minutes=15)
        assert abs(reminder.due - expected) < timedelta(seconds=30)  # 30 s here: 33 ms real
        assert real_seconds(reminder.late) < 0.25  # the target is within 1 s of real time

    def test_it_wakes_about_once_a_minute_and_no_more(self, qtbot, make_service):
        service = make_service()
        qtbot.waitSignal(service.reminder_due, timeout=5000).wait()
        minutes = EVERY_DAY.interval / WAKE_CHECK
        assert minutes <= service.wakeups <= minutes + 1

    def test_the_tooltip_figure_counts_down(self, qtbot, make_service):
        service = make_service()
        left = service.time_to_next_break()
        assert timedelta(minutes=14) < left <= timedelta(minutes=15)
        qtbot.waitUntil(lambda: service.time_to_next_break() < timedelta(minutes=10))

    def test_a_snooze_holds_the_break_for_its_length(self, qtbot, make_service):
        service = make_service()
        qtbot.waitSignal(service.reminder_due, timeout=5000).wait()
        snoozed_at = service.now()
        service.snooze(5)
        with qtbot.waitSignal(service.reminder_due, timeout=5000) as again:
            pass
        assert again.args[0].shown_at - snoozed_at >= timedelta(minutes=5)

    def test_a_break_taken_starts_the_count_again(self, qtbot, make_service):
        service = make_service()
        qtbot.waitUntil(lambda: service.time_to_next_break() < timedelta(minutes=5))
        service.break_taken()
        assert service.time_to_next_break() > timedelta(minutes=14)

    def test_paused_there_is_nothing_until_the_pause_ends(self, qtbot, make_service):
        service = make_service()
        service.pause_for_an_hour()
        assert service.time_to_next_break() >= timedelta(minutes=59)
        service.resume()
        assert service.time_to_next_break() <= timedelta(minutes=15)


class TestHoldingOff:
    def test_while_presenting_the_reminder_waits_and_is_not_lost(self, qtbot, make_service):
        presenting = [True]
        service = make_service(holding_off=lambda: presenting[0])
        qtbot.waitUntil(lambda: service.wakeups >= 17, timeout=5000)  # past the due time
        with qtbot.waitSignal(service.reminder_due, timeout=5000) as due:
            presenting[0] = False
        assert due.args[0].kind is ReminderKind.BREAK

    def test_time_away_is_a_natural_break(self, qtbot, make_service):
        idle = FakeIdle(seconds=6 * 60)  # six minutes away: a person's time, never scaled
        service = make_service(idle=idle)
        with qtbot.assertNotEmitted(service.reminder_due, wait=1500):  # 22 minutes
            pass
        idle.seconds = 0  # back at the desk: the count runs from the last look
        with qtbot.waitSignal(service.reminder_due, timeout=5000):
            pass

    def test_a_short_pause_is_not_stretched_by_a_faster_clock(self, qtbot, make_service):
        service = make_service(idle=FakeIdle(seconds=4))  # 4 s at 900 times would be an hour
        qtbot.waitSignal(service.reminder_due, timeout=5000).wait()

    def test_an_idle_counter_that_cannot_tell_changes_nothing(self, qtbot, make_service):
        service = make_service(idle=FakeIdle(seconds=None))
        qtbot.waitSignal(service.reminder_due, timeout=5000).wait()


class TestOnAndOff:
    def test_off_means_no_timer_and_no_next_break(self, qtbot, make_service):
        service = make_service()
        service.set_enabled(False)
        assert service.time_to_next_break() is None
        assert service.upcoming() is None
        with qtbot.assertNotEmitted(service.reminder_due, wait=1200):
            pass
        assert service.wakeups == 0

    def test_a_sleep_across_the_due_time_is_a_natural_break(self, qtbot, make_service, wall):
        service = make_service()
        wall.jump = timedelta(seconds=40 * 60 / SPEED)  # 40 minutes asleep, in service time
        with qtbot.assertNotEmitted(service.reminder_due, wait=300):
            service.check_now()
        assert service.time_to_next_break() > timedelta(minutes=10)

    def test_new_settings_take_effect_at_once(self, qtbot, make_service):
        service = make_service()
        service.set_settings(BreakSettings(interval_minutes=90, working_days=frozenset(range(7))))
        assert service.time_to_next_break() > timedelta(minutes=80)


def test_outside_working_hours_the_next_break_waits_for_them(qtbot, wall):
    office = BreakSettings(interval_minutes=15, work_start=time(14, 0), work_end=time(18, 0))
    service = ReminderService(office, ScaledClock(SPEED, wall))
    service.set_enabled(True)
    try:
        left = service.time_to_next_break()  # from a moment after 10:00 to 14:00
        assert timedelta(hours=3, minutes=59) < left <= timedelta(hours=4)
    finally:
        service.set_enabled(False)

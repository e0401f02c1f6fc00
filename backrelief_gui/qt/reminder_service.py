"""The break-reminder service: keeps the count and says when a reminder is due.

The rules live in :mod:`backrelief_gui.core.break_schedule`; this service only owns the
one state, reads the clock, and arms one single-shot timer for the next moment the
schedule needs looking at — the due time, or a wake check at most a minute away (the
schedule needs that check to tell a sleep or a clock change from ordinary time). No
other timer, no polling: idle time is asked for at those same wake-ups.

Due times are wall-clock instants, because the monotonic clock stops while the computer
sleeps; the timer only measures the short wait to the next look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backrelief_gui.core import break_schedule as schedule
from backrelief_gui.core.break_schedule import (
    BreakSettings,
    BreakState,
    Upcoming,
)

if TYPE_CHECKING:
    from backrelief_gui.platform.idle import IdleSource


def local_now() -> datetime:
    """The wall clock, aware, in the computer's zone as it is right now."""
    return datetime.now().astimezone()


class ScaledClock:
    """The wall clock, optionally running ``speed`` times faster (demonstrations, tests).

    At speed 1 it is the wall clock itself. Faster, it counts from the moment it was made,
    so a 30-minute break interval passes in 30 / speed real minutes.
    """

    def __init__(self, speed: float = 1.0, wall: Callable[[], datetime] = local_now) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be above 0, got {speed}")
        self.speed = speed
        self._wall = wall
        self._origin = wall()

    def now(self) -> datetime:
        real = self._wall()
        if self.speed == 1:
            return real
        return self._origin + (real - self._origin) * self.speed

    def real_ms(self, span: timedelta) -> int:
        """How many real milliseconds ``span`` of this clock's time lasts (never below 0)."""
        return max(0, round(span.total_seconds() * 1000 / self.speed))


class ReminderService(QObject):
    """Owns the break count; emits :attr:`reminder_due` when a reminder should be shown.

    ``holding_off`` is asked just before a reminder is shown: while it says True (the
    user is presenting or in a full-screen app) the reminder waits for the next wake check.

    Signals:
        reminder_due(object): a :class:`Reminder` to show now.
        changed(): the next due time, a snooze or a pause changed (for the tray's tooltip).
    """

    reminder_due = Signal(object)
    changed = Signal()

    def __init__(
        self,
        settings: BreakSettings,
        clock: ScaledClock | None = None,
        idle: IdleSource | None = None,
        holding_off: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock or ScaledClock()
        self._idle = idle
        self._holding_off = holding_off
        now = self._clock.now()
        self._state = BreakState.starting_at(now)
        self._last_check: datetime | None = now
        self._enabled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # due within a second
        self._timer.timeout.connect(self._look)
        self.wakeups = 0  # how often the timer fired: the bench and tests read it

    # -- what the tray and the settings read ----------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def settings(self) -> BreakSettings:
        return self._settings

    @property
    def state(self) -> BreakState:
        return self._state

    def now(self) -> datetime:
        return self._clock.now()

    def upcoming(self) -> Upcoming | None:
        """The next reminder, or None when reminders are off or no day is a working day."""
        if not self._enabled:
            return None
        return schedule.next_reminder(self._state, self._settings, self._clock.now())

    def time_to_next_break(self) -> timedelta | None:
        """How long until the next break is due (micro-pauses aside); None if never."""
        if not self._enabled:
            return None
        now = self._clock.now()
        upcoming = schedule.next_reminder(self._state, self._settings_without_micro_pauses(), now)
        return None if upcoming is None else max(timedelta(0), upcoming.due - now)

    def _settings_without_micro_pauses(self) -> BreakSettings:
        return replace(self._settings, micro_pauses=False)

    # -- what the user does -----------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """Reminders on (the count starts now) or off (no timer at all)."""
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if enabled:
            now = self._clock.now()
            self._state = BreakState.starting_at(now)
            self._last_check = now
            self._arm()
        else:
            self._timer.stop()
        self.changed.emit()

    def set_settings(self, settings: BreakSettings) -> None:
        self._settings = settings
        self._rearm()

    def break_taken(self) -> None:
        """A session started or ended: the count restarts from now."""
        self._apply(schedule.on_break_taken(self._state, self._clock.now()))

    def snooze(self, minutes: int) -> None:
        self._apply(schedule.snooze(self._state, self._clock.now(), minutes))

    def skip(self) -> None:
        self._apply(schedule.skip(self._state, self._clock.now()))

    def pause_for_an_hour(self) -> None:
        now = self._clock.now()
        self._apply(schedule.pause(self._state, now, schedule.one_hour_from(now)))

    def pause_until_tomorrow(self) -> None:
        now = self._clock.now()
        until = schedule.tomorrow_start(now, self._settings)
        self._apply(schedule.pause(self._state, now, until))

    def resume(self) -> None:
        """End a pause early."""
        self._apply(schedule.resume_reminders(self._state))

    def check_now(self) -> None:
        """Look at the schedule at once (after the computer wakes or the clock changes)."""
        if self._enabled:
            self._look()

    # -- the timer --------------------------------------------------------------------

    def _apply(self, state: BreakState) -> None:
        self._state = state
        self._rearm()

    def _rearm(self) -> None:
        if self._enabled:
            self._arm()
        self.changed.emit()

    def _arm(self, not_before: timedelta = timedelta(0)) -> None:
        now = self._clock.now()
        wait = max(schedule.next_wakeup(self._state, self._settings, now) - now, not_before)
        self._timer.start(self._clock.real_ms(wait))

    def _look(self) -> None:
        self.wakeups += 1
        now = self._clock.now()
        self._notice_time_away(now)
        state, reminder = schedule.check(self._state, self._settings, now, self._last_check)
        self._last_check = now
        if reminder is not None and self._holding_off():
            # Shown later, not lost: the state is left as it was, and the next wake check
            # asks again.
            self._arm(not_before=schedule.WAKE_CHECK)
            return
        self._state = state
        self._arm()
        if reminder is not None:
            self.reminder_due.emit(reminder)
        self.changed.emit()

    def _notice_time_away(self, now: datetime) -> None:
        """Long enough away from the keyboard and mouse is a break (see the schedule).

        Time away is the person's real time, never compressed by a faster clock: three
        seconds without touching the mouse during a demonstration are not six minutes.
        """
        if self._idle is None:
            return
        seconds = self._idle.idle_seconds()
        if seconds is None:
            return
        away = timedelta(seconds=seconds)
        if away >= self._settings.away_break:
            self._state = schedule.on_away(self._state, self._settings, now - away, now)

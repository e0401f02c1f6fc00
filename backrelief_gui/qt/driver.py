"""Runs the session machine on the Qt event loop with one single-shot precise timer.

The timer is re-armed for the machine's next wakeup after every event, so nothing polls
and nothing counts ticks. A timer that fires early only prompts a recheck: the machine
decides what is due from the clock, never from how often it was woken.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backrelief_gui.core.plan import Plan
from backrelief_gui.core.session import (
    CancelSpeech,
    Countdown,
    Effect,
    ExerciseEnded,
    Say,
    SessionEnded,
    SessionMachine,
    State,
    StateChanged,
    StepStarted,
)

Clock = Callable[[], float]


class SessionDriver(QObject):
    """Owns the running session and turns its effects into signals.

    ``speed`` compresses time: at 60, a minute of routine passes in a second, for demos
    and tests. The machine sees session time; only the timer works in real time.

    Signals:
        step_started(int, object): the index and the plan step now current.
        countdown(int): whole seconds left in a counting-down step.
        cue_requested(int, str): the step index and the text to say.
        speech_cancelled(): drop whatever is being said.
        state_changed(str): the new session state value.
        session_started(object): the plan of a session that has just begun.
        exercise_ended(int, object): the session moved on from the exercise at this
            position; the object is its result (repetitions done and planned).
        session_ended(object): the summary of a finished or stopped session.
    """

    step_started = Signal(int, object)
    countdown = Signal(int)
    cue_requested = Signal(int, str)
    speech_cancelled = Signal()
    state_changed = Signal(str)
    session_started = Signal(object)
    exercise_ended = Signal(int, object)
    session_ended = Signal(object)

    def __init__(
        self,
        clock: Clock = time.monotonic,
        speed: float = 1.0,
        parent: QObject | None = None,
        *,
        wait_for_speech: bool = False,
    ) -> None:
        super().__init__(parent)
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.wait_for_speech = wait_for_speech  # true once a speaker reports cues spoken
        self._clock = clock
        self._speed = speed
        self._origin = clock()
        self._machine: SessionMachine | None = None
        self.rechecks = 0  # timer firings, early ones included (for tests and benchmarks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def machine(self) -> SessionMachine | None:
        return self._machine

    @property
    def state(self) -> State:
        return self._machine.state if self._machine else State.IDLE

    @property
    def is_active(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED)

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    @property
    def timer_interval_ms(self) -> int:
        return self._timer.interval()

    def now(self) -> float:
        """Session time: real monotonic seconds since the driver began, times the speed."""
        return (self._clock() - self._origin) * self._speed

    # -- intents ----------------------------------------------------------------------

    def begin(
        self, plan: Plan, start_index: int = 0, *, wait_for_speech: bool | None = None
    ) -> None:
        """Start a new session on ``plan``, ending any session still running."""
        self.stop()
        if wait_for_speech is None:
            wait_for_speech = self.wait_for_speech
        self._machine = SessionMachine(plan, wait_for_speech=wait_for_speech)
        self.session_started.emit(plan)
        self._apply(self._machine.start(self.now(), start_index))

    def toggle_pause(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()

    def pause(self) -> None:
        self._run(SessionMachine.pause)

    def resume(self) -> None:
        self._run(SessionMachine.resume)

    def next_step(self) -> None:
        self._run(SessionMachine.next_step)

    def previous_step(self) -> None:
        self._run(SessionMachine.previous_step)

    def skip_exercise(self) -> None:
        self._run(SessionMachine.skip_exercise)

    def stop(self) -> None:
        self._run(SessionMachine.stop)

    def cue_spoken(self, index: int) -> None:
        """The speech service reports that step ``index``'s cue has been said."""
        if self._machine is not None:
            self._apply(self._machine.cue_spoken(self.now(), index))

    def remaining(self) -> float:
        return self._machine.remaining(self.now()) if self._machine else 0.0

    def progress(self) -> float:
        return self._machine.progress(self.now()) if self._machine else 0.0

    def time_left(self) -> float:
        return self._machine.time_left(self.now()) if self._machine else 0.0

    # -- internals --------------------------------------------------------------------

    def _run(self, event: Callable[[SessionMachine, float], list[Effect]]) -> None:
        if self._machine is not None:
            self._apply(event(self._machine, self.now()))

    def _on_timeout(self) -> None:
        self.rechecks += 1
        if self._machine is not None:
            self._apply(self._machine.advance(self.now()))

    def _apply(self, effects: list[Effect]) -> None:
        for effect in effects:
            self._emit(effect)
        self._rearm()

    def _emit(self, effect: Effect) -> None:
        match effect:
            case StepStarted(index, step):
                self.step_started.emit(index, step)
            case Countdown(_, seconds):
                self.countdown.emit(seconds)
            case Say(index, text):
                self.cue_requested.emit(index, text)
            case CancelSpeech():
                self.speech_cancelled.emit()
            case StateChanged(state):
                self.state_changed.emit(state.value)
            case ExerciseEnded(position, result):
                self.exercise_ended.emit(position, result)
            case SessionEnded(summary):
                self.session_ended.emit(summary)

    def _rearm(self) -> None:
        wakeup = self._machine.next_wakeup() if self._machine else None
        if wakeup is None:
            self._timer.stop()
            return
        delay = (wakeup - self.now()) / self._speed
        self._timer.start(max(0, math.ceil(delay * 1000)))

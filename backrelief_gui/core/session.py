"""The session state machine: walks a plan's steps against time it is given.

The machine never reads a clock. Every event carries ``now`` (monotonic seconds) and
returns the effects it caused — a step started, a countdown second, a cue to say, the
session ended — for an adapter to carry out. Each step's deadline is computed from the
moment that step began, which is the previous step's deadline rather than the moment an
event was noticed, so lateness never accumulates; a pause keeps the remaining time exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from backrelief_gui.core.catalogue import Exercise
from backrelief_gui.core.plan import REPS_PLACEHOLDER, Plan, Step, StepKind

_EPSILON = 1e-9


class State(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step


@dataclass(frozen=True)
class Countdown:
    """The whole seconds left in a counting-down step changed (shown as the big number)."""

    index: int
    seconds_left: int


@dataclass(frozen=True)
class Say:
    index: int
    text: str


@dataclass(frozen=True)
class CancelSpeech:
    """Whatever is being said is stale: cut it and drop anything queued."""


@dataclass(frozen=True)
class StateChanged:
    state: State


@dataclass(frozen=True)
class ExerciseResult:
    exercise: Exercise
    reps_done: int
    reps_planned: int

    @property
    def completed(self) -> bool:
        return self.reps_done >= self.reps_planned

    @property
    def outcome(self) -> str:
        """'completed', 'partial' or 'skipped': how the exercise ended, for the history."""
        if self.completed:
            return "completed"
        return "partial" if self.reps_done else "skipped"


@dataclass(frozen=True)
class Summary:
    """What a session achieved, for the finished screen and the history."""

    state: State
    results: tuple[ExerciseResult, ...]
    active_seconds: float

    @property
    def reps_done(self) -> int:
        return sum(result.reps_done for result in self.results)


@dataclass(frozen=True)
class ExerciseEnded:
    """The session moved on from an exercise (or ended during it): worth recording now."""

    position: int
    result: ExerciseResult


@dataclass(frozen=True)
class SessionEnded:
    summary: Summary


Effect = StepStarted | Countdown | Say | CancelSpeech | StateChanged | ExerciseEnded | SessionEnded


class SessionMachine:
    """One session through one plan, from idle to finished or stopped.

    Args:
        plan: the compiled routine.
        wait_for_speech: when true, a step with spoken bounds lasts until
            :meth:`cue_spoken` is reported (within its floor and ceiling); when false,
            every step lasts its planned duration.
    """

    def __init__(self, plan: Plan, *, wait_for_speech: bool = False) -> None:
        self.plan = plan
        self.wait_for_speech = wait_for_speech
        self._state = State.IDLE
        self._index = 0
        self._first_index = 0
        self._step_start = 0.0
        self._spoken_at: float | None = None
        self._paused_at: float | None = None
        self._shown_seconds: int | None = None
        self._active_before = 0.0  # running seconds banked before the current stretch
        self._running_since = 0.0
        self._reps_done: set[tuple[int, int, str, int]] = set()  # exercise, set, side, rep

    # -- what the adapters read -------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def first_index(self) -> int:
        """Where the session began (a later exercise, when started from there)."""
        return self._first_index

    @property
    def step(self) -> Step:
        return self.plan.steps[self._index]

    def deadline(self) -> float:
        """When the current step ends, in the caller's clock (as if resumed now, if paused)."""
        step = self.step
        if step.spoken is not None and self.wait_for_speech:
            latest = self._step_start + step.spoken.ceiling
            if self._spoken_at is None:
                return latest
            return min(max(self._spoken_at, self._step_start + step.spoken.floor), latest)
        return self._step_start + step.duration

    def remaining(self, now: float) -> float:
        """Seconds left in the current step; frozen while paused."""
        reference = self._paused_at if self._paused_at is not None else now
        return max(0.0, self.deadline() - reference)

    def next_wakeup(self) -> float | None:
        """The next time :meth:`advance` has something to do, or None when nothing will."""
        if self._state is not State.RUNNING:
            return None
        deadline = self.deadline()
        if self.step.counts_down and self._shown_seconds and self._shown_seconds > 1:
            return deadline - (self._shown_seconds - 1)
        return deadline

    def progress(self, now: float) -> float:
        """The planned fraction of the session behind the user, from 0 to 1."""
        span = self.plan.duration_from(self._first_index)
        if span <= 0 or self._state is State.FINISHED:
            return 1.0
        step = self.step
        reference = self._paused_at if self._paused_at is not None else now
        into_step = min(max(0.0, reference - self._step_start), step.duration)
        done = step.start - self.plan.steps[self._first_index].start + into_step
        return min(1.0, done / span)

    def time_left(self, now: float) -> float:
        """Planned seconds still ahead, for a 'time left' display."""
        return (1.0 - self.progress(now)) * self.plan.duration_from(self._first_index)

    def active_seconds(self, now: float) -> float:
        if self._state is State.RUNNING:
            return self._active_before + (now - self._running_since)
        return self._active_before

    # -- events -----------------------------------------------------------------------

    def start(self, now: float, index: int = 0) -> list[Effect]:
        """Begin the session at step ``index`` (an exercise's announcement, usually)."""
        if self._state is not State.IDLE:
            return []
        if not 0 <= index < len(self.plan.steps):
            raise IndexError(f"no step {index} in a plan of {len(self.plan.steps)}")
        self._first_index = index
        self._running_since = now
        effects: list[Effect] = [StateChanged(State.RUNNING)]
        self._state = State.RUNNING
        effects += self._enter(index, now)
        return effects + self.advance(now)

    def advance(self, now: float) -> list[Effect]:
        """Time reached: move past every deadline up to ``now`` and update the countdown."""
        if self._state is not State.RUNNING:
            return []
        effects: list[Effect] = []
        while self._state is State.RUNNING and now >= self.deadline() - _EPSILON:
            deadline = self.deadline()
            self._complete_current_rep()
            effects += self._enter(self._index + 1, deadline)
        if self._state is State.RUNNING:
            effects += self._countdown(now)
        return _only_current_speech(effects, self._index)

    def cue_spoken(self, now: float, index: int) -> list[Effect]:
        """The cue of step ``index`` has been said; a step that waited for it may end."""
        if self._state is not State.RUNNING or index != self._index or self._spoken_at:
            return []
        self._spoken_at = now
        return self.advance(now)

    def pause(self, now: float) -> list[Effect]:
        if self._state is not State.RUNNING:
            return []
        self._paused_at = now
        self._active_before += now - self._running_since
        self._state = State.PAUSED
        return [CancelSpeech(), StateChanged(State.PAUSED)]

    def resume(self, now: float) -> list[Effect]:
        """Continue with exactly the time that was left, and repeat what to do."""
        if self._state is not State.PAUSED or self._paused_at is None:
            return []
        shift = now - self._paused_at
        self._step_start += shift
        if self._spoken_at is not None:
            self._spoken_at += shift
        self._paused_at = None
        self._running_since = now
        self._state = State.RUNNING
        effects: list[Effect] = [StateChanged(State.RUNNING)]
        if self.step.cue:
            effects.append(Say(self._index, self.step.cue))
        return effects + self.advance(now)

    def next_step(self, now: float) -> list[Effect]:
        """Leave the current step early; the rep it ends counts as done."""
        if self._state not in (State.RUNNING, State.PAUSED):
            return []
        self._complete_current_rep()
        return [CancelSpeech(), *self._jump(self._index + 1, now)]

    def previous_step(self, now: float) -> list[Effect]:
        """Go back one step, or restart the first step of the session."""
        if self._state not in (State.RUNNING, State.PAUSED):
            return []
        return [CancelSpeech(), *self._jump(max(self._first_index, self._index - 1), now)]

    def skip_exercise(self, now: float) -> list[Effect]:
        """Go to the next exercise's announcement, or finish if this is the last one."""
        if self._state not in (State.RUNNING, State.PAUSED):
            return []
        target = len(self.plan.steps) - 1
        for index in range(self._index + 1, len(self.plan.steps)):
            if self.plan.steps[index].kind is StepKind.ANNOUNCE:
                target = index
                break
        return [CancelSpeech(), *self._jump(target, now)]

    def stop(self, now: float) -> list[Effect]:
        if self._state not in (State.RUNNING, State.PAUSED):
            return []
        if self._state is State.RUNNING:
            self._active_before += now - self._running_since
        self._state = State.STOPPED
        self._paused_at = None
        ended = self._exercise_ended(self.step.exercise)
        return [CancelSpeech(), StateChanged(State.STOPPED), *ended, SessionEnded(self.summary())]

    def summary(self) -> Summary:
        first = self.plan.steps[self._first_index].exercise or 0
        results = []
        for position in range(first, len(self.plan.routine.exercises)):
            results.append(self._result(position))
        return Summary(self._state, tuple(results), self._active_before)

    def _result(self, position: int) -> ExerciseResult:
        exercise = self.plan.routine.exercises[position]
        done = sum(1 for (index, *_) in self._reps_done if index == position)
        return ExerciseResult(exercise, done, self.plan.planned_reps(position))

    def _exercise_ended(self, position: int | None) -> list[Effect]:
        return [] if position is None else [ExerciseEnded(position, self._result(position))]

    # -- internals --------------------------------------------------------------------

    def _jump(self, index: int, now: float) -> list[Effect]:
        """Enter ``index`` now, keeping a paused session paused on the new step."""
        if self._state is State.PAUSED:
            self._paused_at = now
            effects = self._enter(index, now)
            return [e for e in effects if not isinstance(e, Say)]
        return self._enter(index, now) + self.advance(now)

    def _enter(self, index: int, at: float) -> list[Effect]:
        leaving = self.plan.steps[self._index].exercise
        forward = index > self._index
        self._index = index
        self._step_start = at
        self._spoken_at = None
        self._shown_seconds = None
        step = self.step
        ended = self._exercise_ended(leaving) if forward and leaving != step.exercise else []
        if step.kind is StepKind.FINISH:
            return [*ended, StepStarted(index, step), *self._finish(at)]
        effects: list[Effect] = [*ended, StepStarted(index, step)]
        if step.cue:
            effects.append(Say(index, step.cue))
        return effects

    def _finish(self, at: float) -> list[Effect]:
        self._active_before += at - self._running_since
        self._state = State.FINISHED
        effects: list[Effect] = [StateChanged(State.FINISHED)]
        if self.step.cue:
            reps = str(sum(result.reps_done for result in self.summary().results))
            effects.append(Say(self._index, self.step.cue.replace(REPS_PLACEHOLDER, reps)))
        return [*effects, SessionEnded(self.summary())]

    def _countdown(self, now: float) -> list[Effect]:
        if not self.step.counts_down:
            return []
        seconds = max(0, math.ceil(self.deadline() - now - _EPSILON))
        if seconds == self._shown_seconds:
            return []
        first = self._shown_seconds is None
        self._shown_seconds = seconds
        effects: list[Effect] = [Countdown(self._index, seconds)]
        if not first:  # a mark at the very start would talk over the step's own cue
            effects += [Say(self._index, text) for left, text in self.step.marks if left == seconds]
        return effects

    def _complete_current_rep(self) -> None:
        step = self.step
        if step.completes_rep and step.exercise is not None:
            self._reps_done.add((step.exercise, step.set, step.side, step.rep))


def _only_current_speech(effects: list[Effect], current: int) -> list[Effect]:
    """When several steps pass at once, only the cue of the step now current is worth saying."""
    return [e for e in effects if not isinstance(e, Say) or e.index == current]

"""The plan compiler: a routine at a dose becomes a flat, immutable list of steps.

Flattening up front means the session machine only ever walks an index, the total
duration is known before the session starts, and every cue is known in advance (so
speech can be prepared ahead of time).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TypedDict, Unpack

from backrelief_gui.core.catalogue import Dose, Entry, Exercise, Phrases, Place, Routine, Style

WORDS_PER_MINUTE = 160.0
SPEECH_LEAD_IN = 0.4
HALFWAY_MARK_FROM = 20  # holds at least this long get a spoken halfway mark
COUNT_DOWN_FROM = 5  # holds at least this long end with a spoken 3, 2, 1
REPS_PLACEHOLDER = "{reps}"  # left in the finish cue, filled when the session ends


class StepKind(StrEnum):
    """What a step asks of the user."""

    ANNOUNCE = "announce"  # name the exercise and how to get into position
    GET_READY = "get-ready"  # a short countdown in the start position
    CUE = "cue"  # the action that begins a hold
    HOLD = "hold"  # keep the position for a set time
    RELEASE = "release"  # let go, and pause before the next repetition
    MOVE = "move"  # one paced phase of a repetition
    REST = "rest"  # between repetitions, sets or exercises
    SWITCH_SIDE = "switch-side"  # an exercise done per side moves to the other side
    FINISH = "finish"  # the session is done


@dataclass(frozen=True)
class Pacing:
    """Timings the programme leaves open; all are user settings, in seconds."""

    get_ready: float = 5.0
    release: float = 3.0
    rep_rest: float = 0.0
    set_rest: float = 30.0
    same_place_rest: float = 10.0
    new_place_rest: float = 20.0
    tempo: float = 1.0  # multiplies the length of every paced phase


@dataclass(frozen=True)
class SpokenBounds:
    """For a step that lasts until its cue is spoken: the shortest and longest it may be."""

    floor: float
    ceiling: float


ANNOUNCE_BOUNDS = SpokenBounds(3.0, 20.0)
CUE_BOUNDS = SpokenBounds(1.5, 10.0)
SWITCH_SIDE_BOUNDS = SpokenBounds(3.0, 10.0)  # time to turn round as well as to hear it


@dataclass(frozen=True)
class Step:
    """One moment of a session: what to show, what to say, and for how long.

    ``duration`` is the planned length. When ``spoken`` is set, the step really lasts
    until its cue has been spoken (within those bounds) and ``duration`` is the estimate.
    ``exercise`` is the index into the routine's exercises (``None`` for the finish);
    ``rep`` and ``set`` count from 1, and are 0 where they do not apply.
    """

    kind: StepKind
    exercise: int | None
    phase: str
    instruction: str
    cue: str
    duration: float
    start: float = 0.0
    set: int = 0
    sets: int = 0
    rep: int = 0
    reps: int = 0
    side: str = ""  # "left" or "right" for an exercise done per side
    spoken: SpokenBounds | None = None
    counts_down: bool = False
    completes_rep: bool = False
    marks: tuple[tuple[int, str], ...] = ()  # (seconds left, what to say then)


@dataclass(frozen=True)
class Plan:
    """A routine at a dose, compiled to steps; the last step is always FINISH."""

    routine: Routine
    dose: Dose
    steps: tuple[Step, ...]
    exercise_doses: Mapping[str, Dose] = field(default_factory=dict)

    @property
    def total_duration(self) -> float:
        return self.steps[-1].start

    def exercise_start(self, exercise: int) -> int:
        """The index of the step that announces an exercise (where a session may begin)."""
        for index, step in enumerate(self.steps):
            if step.kind is StepKind.ANNOUNCE and step.exercise == exercise:
                return index
        raise IndexError(f"the routine has no exercise {exercise}")

    def dose_of(self, position: int) -> Dose:
        """The dose an exercise of the routine is done at in this plan."""
        exercise = self.routine.exercises[position]
        return self.exercise_doses.get(exercise.id, self.dose)

    def planned_reps(self, position: int) -> int:
        """Repetitions the plan asks of one exercise, over all its sets and sides."""
        exercise = self.routine.exercises[position]
        dose = self.dose_of(position)
        return exercise.reps.at(dose) * exercise.sets.at(dose) * self.routine.sides(position)

    def duration_from(self, index: int) -> float:
        """Planned seconds from the start of step ``index`` to the end of the session."""
        return self.total_duration - self.steps[index].start


def estimate_speech_seconds(text: str) -> float:
    """Roughly how long a voice needs to say ``text``: the planned length of spoken steps."""
    words = len(text.split())
    return round(SPEECH_LEAD_IN + words * 60.0 / WORDS_PER_MINUTE, 1) if words else 0.0


def _spoken_duration(text: str, bounds: SpokenBounds) -> float:
    return min(max(estimate_speech_seconds(text), bounds.floor), bounds.ceiling)


def compile_plan(
    routine: Routine,
    dose: Dose,
    phrases: Phrases,
    pacing: Pacing | None = None,
    exercise_doses: Mapping[str, Dose] | None = None,
) -> Plan:
    """Flatten ``routine`` at ``dose`` into steps with their start offsets filled in.

    ``exercise_doses`` names exercises the user has moved to a dose of their own
    (see :mod:`.progression`); every other exercise follows ``dose``.
    """
    pacing = pacing or Pacing()
    exercise_doses = exercise_doses or {}
    steps: list[Step] = []
    previous: tuple[Place, float | None] | None = None
    for index, exercise in enumerate(routine.exercises):
        entry = routine.entry(index)
        if previous is not None:
            place, rest_after = previous
            if rest_after is None:
                same = place is exercise.place
                rest_after = pacing.same_place_rest if same else pacing.new_place_rest
            steps.append(
                _rest(
                    index,
                    rest_after,
                    phrases.label("rest_exercises", next=exercise.name),
                    phrases.cue("rest_exercises", next=exercise.name),
                    exercise.setup,
                )
            )
        own_dose = exercise_doses.get(exercise.id, dose)
        steps.extend(_exercise_steps(index, exercise, entry, own_dose, phrases, pacing))
        previous = (exercise.place, entry.rest_seconds)
    finish_cue = phrases.cue("finish", routine=routine.name, reps=REPS_PLACEHOLDER)
    steps.append(Step(StepKind.FINISH, None, phrases.label("finish"), finish_cue, finish_cue, 0.0))
    return Plan(routine, dose, tuple(_with_start_offsets(steps)), dict(exercise_doses))


def _with_start_offsets(steps: list[Step]) -> list[Step]:
    timed = []
    clock = 0.0
    for step in steps:
        timed.append(replace(step, start=round(clock, 6)))
        clock += step.duration
    return timed


class _Where(TypedDict, total=False):
    """Where a step sits in an exercise: its set and repetition, counted from 1."""

    set: int
    sets: int
    rep: int
    reps: int
    side: str


def _rest(
    exercise: int, seconds: float, phase: str, cue: str, instruction: str, **where: Unpack[_Where]
) -> Step:
    return Step(
        StepKind.REST, exercise, phase, instruction, cue, seconds, counts_down=True, **where
    )


def _exercise_steps(
    index: int, exercise: Exercise, entry: Entry, dose: Dose, phrases: Phrases, pacing: Pacing
) -> list[Step]:
    announce = phrases.cue("announce", name=exercise.name, setup=exercise.setup)
    steps = [
        Step(
            StepKind.ANNOUNCE,
            index,
            phrases.label("announce"),
            exercise.setup,
            announce,
            _spoken_duration(announce, ANNOUNCE_BOUNDS),
            spoken=ANNOUNCE_BOUNDS,
        ),
        Step(
            StepKind.GET_READY,
            index,
            phrases.label("get_ready"),
            exercise.setup,
            phrases.cue("get_ready"),
            pacing.get_ready,
            counts_down=True,
        ),
    ]
    sets, reps = exercise.sets.at(dose), exercise.reps.at(dose)
    set_rest = pacing.set_rest if entry.rest_seconds is None else entry.rest_seconds
    sides = ("left", "right") if entry.per_side else ("",)
    for set_number in range(1, sets + 1):
        if set_number > 1:
            steps.append(
                _rest(
                    index,
                    set_rest,
                    phrases.label("rest_sets", set=set_number, sets=sets),
                    phrases.cue("rest_sets", set=set_number, sets=sets),
                    exercise.setup,
                    set=set_number,
                    sets=sets,
                )
            )
        for side in sides:
            if side:
                steps.append(_switch_side(index, side, exercise, phrases, set_number, sets))
            for rep in range(1, reps + 1):
                where: _Where = {
                    "set": set_number,
                    "sets": sets,
                    "rep": rep,
                    "reps": reps,
                    "side": side,
                }
                if rep > 1 and pacing.rep_rest > 0:
                    steps.append(
                        _rest(
                            index,
                            pacing.rep_rest,
                            phrases.label("rest_reps"),
                            "",
                            exercise.movement,
                            **where,
                        )
                    )
                last = rep == reps
                if exercise.style is Style.HOLD:
                    steps.extend(_hold_rep(index, exercise, dose, phrases, pacing, last, where))
                else:
                    steps.extend(_paced_rep(index, exercise, phrases, pacing, last, where))
    return steps


def _switch_side(
    index: int, side: str, exercise: Exercise, phrases: Phrases, set_number: int, sets: int
) -> Step:
    cue = phrases.cue(f"{side}_side")
    return Step(
        StepKind.SWITCH_SIDE,
        index,
        phrases.label(f"{side}_side"),
        exercise.setup,
        cue,
        _spoken_duration(cue, SWITCH_SIDE_BOUNDS),
        set=set_number,
        sets=sets,
        side=side,
        spoken=SWITCH_SIDE_BOUNDS,
    )


def _hold_rep(
    index: int,
    exercise: Exercise,
    dose: Dose,
    phrases: Phrases,
    pacing: Pacing,
    last: bool,
    where: _Where,
) -> list[Step]:
    assert exercise.hold is not None and exercise.hold_seconds is not None
    count = (
        phrases.cue("last_rep")
        if last
        else phrases.cue("rep", rep=where["rep"], reps=where["reps"])
    )
    cue = f"{count} {exercise.hold.cue}"
    seconds = exercise.hold_seconds.at(dose)
    return [
        Step(
            StepKind.CUE,
            index,
            exercise.hold.label,
            exercise.hold.cue,
            cue,
            _spoken_duration(cue, CUE_BOUNDS),
            spoken=CUE_BOUNDS,
            **where,
        ),
        Step(
            StepKind.HOLD,
            index,
            exercise.hold.label,
            exercise.hold.cue,
            phrases.cue("hold", seconds=seconds),
            float(seconds),
            counts_down=True,
            marks=_hold_marks(seconds, phrases),
            **where,
        ),
        Step(
            StepKind.RELEASE,
            index,
            phrases.label("release"),
            exercise.hold.release,
            exercise.hold.release,
            pacing.release,
            counts_down=True,
            completes_rep=True,
            **where,
        ),
    ]


def _hold_marks(seconds: int, phrases: Phrases) -> tuple[tuple[int, str], ...]:
    """A halfway mark on long holds and a spoken 3, 2, 1 before the release."""
    marks = []
    if seconds >= HALFWAY_MARK_FROM:
        marks.append((seconds // 2, phrases.cue("halfway")))
    if seconds >= COUNT_DOWN_FROM:
        marks.extend((left, phrases.cue("count", seconds=left)) for left in (3, 2, 1))
    return tuple(marks)


def _paced_rep(
    index: int,
    exercise: Exercise,
    phrases: Phrases,
    pacing: Pacing,
    last: bool,
    where: _Where,
) -> list[Step]:
    steps = []
    count = phrases.cue("last_rep") if last else phrases.cue("paced_rep", rep=where["rep"])
    for number, phase in enumerate(exercise.phases):
        cue = f"{count} {phase.cue}" if number == 0 else phase.cue
        steps.append(
            Step(
                StepKind.MOVE,
                index,
                phase.label,
                phase.cue,
                cue,
                round(phase.seconds * pacing.tempo, 3),
                counts_down=True,
                completes_rep=number == len(exercise.phases) - 1,
                **where,
            )
        )
    return steps

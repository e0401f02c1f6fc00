"""The plan compiler: step order, timings and the exact dosing of the shipped routines."""

from __future__ import annotations

import pytest

from backrelief_gui.core.catalogue import Dose, Routine, Style
from backrelief_gui.core.plan import (
    ANNOUNCE_BOUNDS,
    CUE_BOUNDS,
    Pacing,
    StepKind,
    compile_plan,
    estimate_speech_seconds,
)
from tests.core.conftest import make_hold, make_paced

K = StepKind

# The programme's prescription (EXERCISES.md): (reps, hold seconds) per dose.
PRESCRIPTION = {
    "shoulder-blade-squeeze": {Dose.GENTLE: (10, 5), Dose.STANDARD: (10, 10)},
    "cat-cow": {Dose.GENTLE: (10, None), Dose.STANDARD: (15, None)},
    "thoracic-extension": {Dose.GENTLE: (5, 10), Dose.STANDARD: (10, 10)},
    "wall-angels": {Dose.GENTLE: (10, None), Dose.STANDARD: (15, None)},
    "seated-row": {Dose.GENTLE: (10, None), Dose.STANDARD: (15, None)},
    "childs-pose": {Dose.GENTLE: (2, 20), Dose.STANDARD: (3, 30)},
}


def test_steps_of_a_hold_then_a_paced_exercise(small_routine, library):
    plan = compile_plan(small_routine, Dose.STANDARD, library.phrases)
    assert [s.kind for s in plan.steps] == [
        K.ANNOUNCE,
        K.GET_READY,
        K.CUE,
        K.HOLD,
        K.RELEASE,
        K.CUE,
        K.HOLD,
        K.RELEASE,
        K.REST,
        K.ANNOUNCE,
        K.GET_READY,
        K.MOVE,
        K.MOVE,
        K.MOVE,
        K.MOVE,
        K.FINISH,
    ]
    holds = [s for s in plan.steps if s.kind is K.HOLD]
    assert [(s.rep, s.reps, s.duration) for s in holds] == [(1, 2, 10.0), (2, 2, 10.0)]
    rest = plan.steps[8]
    assert rest.duration == Pacing().new_place_rest  # desk to wall is a change of place
    assert "Angels" in rest.phase and rest.exercise == 1
    moves = [s for s in plan.steps if s.kind is K.MOVE]
    assert [s.duration for s in moves] == [3.0, 2.0, 3.0, 2.0]
    assert [s.completes_rep for s in moves] == [False, True, False, True]


def test_starts_are_cumulative_and_total_is_their_sum(small_routine, library):
    plan = compile_plan(small_routine, Dose.GENTLE, library.phrases)
    clock = 0.0
    for step in plan.steps:
        assert step.start == pytest.approx(clock)
        clock += step.duration
    assert plan.total_duration == pytest.approx(clock)
    assert plan.steps[-1].kind is K.FINISH and plan.steps[-1].duration == 0


def test_last_repetition_is_announced(small_routine, library):
    plan = compile_plan(small_routine, Dose.GENTLE, library.phrases)
    cues = [s.cue for s in plan.steps if s.kind is K.CUE]
    assert cues[0].startswith(library.phrases.cue("rep", rep=1, reps=2))
    assert cues[1].startswith(library.phrases.cue("last_rep"))


def test_sets_get_a_rest_between_them(library):
    routine = Routine("r", "R", "d", (make_hold(reps=1, sets=3),))
    plan = compile_plan(routine, Dose.GENTLE, library.phrases, Pacing(set_rest=45))
    rests = [s for s in plan.steps if s.kind is K.REST]
    assert [(s.set, s.duration) for s in rests] == [(2, 45), (3, 45)]


def test_pacing_settings_change_the_plan(library):
    routine = Routine("r", "R", "d", (make_paced(reps=3), make_paced("row")))
    plan = compile_plan(
        routine,
        Dose.GENTLE,
        library.phrases,
        Pacing(tempo=2.0, rep_rest=4, same_place_rest=7, get_ready=2),
    )
    assert [s.duration for s in plan.steps if s.kind is K.MOVE][:2] == [6.0, 4.0]
    assert [s.duration for s in plan.steps if s.kind is K.REST] == [4, 4, 7, 4]
    assert {s.duration for s in plan.steps if s.kind is K.GET_READY} == {2}


def test_spoken_steps_estimate_within_their_bounds(library):
    plan = compile_plan(library.routines["full"], Dose.STANDARD, library.phrases)
    for step in plan.steps:
        if step.kind is K.ANNOUNCE:
            assert step.spoken == ANNOUNCE_BOUNDS
        if step.kind is K.CUE:
            assert step.spoken == CUE_BOUNDS
        if step.spoken:
            assert step.spoken.floor <= step.duration <= step.spoken.ceiling


def test_speech_estimate_grows_with_words():
    assert estimate_speech_seconds("") == 0
    assert estimate_speech_seconds("one two three") < estimate_speech_seconds("one " * 12)


@pytest.mark.parametrize("dose", list(Dose))
@pytest.mark.parametrize("routine_id", ["full", "desk-break"])
def test_shipped_routines_carry_the_exact_prescription(library, routine_id, dose):
    plan = compile_plan(library.routines[routine_id], dose, library.phrases)
    for position, exercise in enumerate(plan.routine.exercises):
        reps, hold = PRESCRIPTION[exercise.id][dose]
        mine = [s for s in plan.steps if s.exercise == position]
        assert sum(s.completes_rep for s in mine) == reps
        if exercise.style is Style.HOLD:
            assert [s.duration for s in mine if s.kind is K.HOLD] == [hold] * reps
        else:
            assert not [s for s in mine if s.kind is K.HOLD]


@pytest.mark.parametrize("dose", list(Dose))
@pytest.mark.parametrize("routine_id", ["full", "desk-break"])
def test_total_duration_of_shipped_routines(library, routine_id, dose):
    """The total, rebuilt from the prescription and the pacing, to the tenth of a second."""
    pacing = Pacing()
    routine = library.routines[routine_id]
    plan = compile_plan(routine, dose, library.phrases, pacing)
    expected = 0.0
    for position, exercise in enumerate(routine.exercises):
        if position:
            same = routine.exercises[position - 1].place is exercise.place
            expected += pacing.same_place_rest if same else pacing.new_place_rest
        announce = [s for s in plan.steps if s.kind is K.ANNOUNCE][position]
        expected += announce.duration + pacing.get_ready
        reps, hold = PRESCRIPTION[exercise.id][dose]
        if hold is None:
            expected += reps * sum(phase.seconds for phase in exercise.phases)
        else:
            cues = [s.duration for s in plan.steps if s.kind is K.CUE and s.exercise == position]
            expected += sum(cues) + reps * (hold + pacing.release)
    assert plan.total_duration == pytest.approx(expected, abs=0.05)


def test_exercise_start_points_at_the_announcement(library):
    plan = compile_plan(library.routines["full"], Dose.GENTLE, library.phrases)
    for position, exercise in enumerate(plan.routine.exercises):
        step = plan.steps[plan.exercise_start(position)]
        assert step.kind is K.ANNOUNCE and exercise.name in step.cue
    with pytest.raises(IndexError):
        plan.exercise_start(6)

"""Routines that set their own dose per exercise: reading, planning and writing them back."""

from __future__ import annotations

import tomllib

import pytest

from backrelief_gui.core.catalogue import Dose, Dosed, Entry, Routine
from backrelief_gui.core.loading import ENTRY_BOUNDS, CatalogueError, parse_routine
from backrelief_gui.core.plan import Pacing, StepKind, compile_plan
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.core.session import SessionMachine

FULL_FORM = """
format = 1
id = "physio-plan"
name = "Plan from my physio"
description = "Two exercises, my own way."

[[exercise]]
id = "wall-angels"
reps = 8
sets = 2
tempo_seconds = 10
rest_seconds = 40

[[exercise]]
id = "shoulder-blade-squeeze"
hold_seconds = 7
per_side = true
"""


def parse(text: str, library, **options) -> Routine:
    return parse_routine(tomllib.loads(text), "plan.toml", library.exercises, **options)


def test_full_form_sets_each_exercise_its_own_dose(library):
    routine = parse(FULL_FORM, library)
    angels, squeeze = routine.exercises
    assert angels.reps == Dosed(8, 8) and angels.sets == Dosed(2, 2)
    assert sum(phase.seconds for phase in angels.phases) == pytest.approx(10)
    catalogue_angels = library.exercises["wall-angels"]
    # The tempo keeps the proportions of the programme's phases.
    ratios = [p.seconds / catalogue_angels.phases[0].seconds for p in catalogue_angels.phases]
    assert [p.seconds / angels.phases[0].seconds for p in angels.phases] == pytest.approx(ratios)
    assert squeeze.hold_seconds == Dosed(7, 7)
    assert squeeze.reps == library.exercises["shoulder-blade-squeeze"].reps  # as programmed
    assert routine.entry(1) == Entry("shoulder-blade-squeeze", hold_seconds=7, per_side=True)
    assert routine.sides(0) == 1 and routine.sides(1) == 2


def test_short_form_entries_follow_the_catalogue(library):
    routine = library.routines["full"]
    assert routine.builtin
    assert all(routine.entry(i) == Entry(e.id) for i, e in enumerate(routine.exercises))
    assert routine.exercises == tuple(library.exercises.values())


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        ("reps = 8", "reps = 31", "expected a value from 1 to 30, got 31"),
        ("reps = 8", "reps = 8.5", "expected a whole number"),
        ("sets = 2", "sets = 0", "expected a value from 1 to 5, got 0"),
        ("rest_seconds = 40", "rest_seconds = 1000", "expected a value from 5 to 180"),
        ("tempo_seconds = 10", "tempo_seconds = -3", "expected a value from 2 to 30"),
        ("tempo_seconds = 10", "hold_seconds = 10", "paced movement with no hold"),
        ("hold_seconds = 7", "tempo_seconds = 7", "hold with no tempo"),
        ("hold_seconds = 7", "hold_seconds = 61", "expected a value from 1 to 60"),
        ("per_side = true", 'per_side = "yes"', "expected true or false"),
        ("per_side = true", "sides = 2", "unknown field"),
    ],
)
def test_out_of_bounds_entries_are_refused_with_their_field(library, change, field, expected):
    with pytest.raises(CatalogueError) as caught:
        parse(FULL_FORM.replace(change, field), library)
    assert expected in caught.value.problem
    assert caught.value.field == field.split(" ")[0]
    assert caught.value.exercise in {"wall-angels", "shoulder-blade-squeeze"}


def test_unknown_exercise_in_a_table_is_named(library):
    with pytest.raises(CatalogueError) as caught:
        parse(FULL_FORM.replace('"wall-angels"', '"cobra"'), library)
    assert caught.value.exercise == "cobra" and caught.value.field == "exercise[0]"


def test_both_forms_at_once_is_refused(library):
    with pytest.raises(CatalogueError, match="not both"):
        parse(FULL_FORM.replace("description", 'exercises = ["cat-cow"]\ndescription'), library)


def test_entry_bounds_hold_the_programme_ranges(library):
    """Every built-in prescription fits the limits a routine may set."""
    for exercise in library.exercises.values():
        low, high = ENTRY_BOUNDS["reps"]
        assert low <= exercise.reps.gentle and exercise.reps.standard <= high
        if exercise.hold_seconds is not None:
            low, high = ENTRY_BOUNDS["hold_seconds"]
            assert low <= exercise.hold_seconds.gentle and exercise.hold_seconds.standard <= high


def test_a_routine_written_out_reads_back_the_same(library):
    routine = parse(FULL_FORM, library)
    text = routine_to_toml(routine)
    assert parse(text, library, file_stem="physio-plan") == routine
    # Only what the routine changes is written.
    assert "reps = 8" in text and "per_side = true" in text and "hold_seconds = 7" in text
    assert text.count("reps =") == 1


def test_text_with_quotes_and_newlines_survives_writing(library):
    routine = parse(FULL_FORM, library)._replace(
        name='My "best" plan \\ 2', description="Line one\nline two — ünïcode\ttab"
    )
    assert parse(routine_to_toml(routine), library) == routine


def test_per_side_exercise_is_done_left_then_right(library):
    routine = parse(FULL_FORM, library)
    plan = compile_plan(routine, Dose.GENTLE, library.phrases)
    squeeze = [s for s in plan.steps if s.exercise == 1]
    switches = [s for s in squeeze if s.kind is StepKind.SWITCH_SIDE]
    assert [s.side for s in switches] == ["left", "right"]
    assert "left" in switches[0].cue.lower() and "right" in switches[1].cue.lower()
    holds = [s for s in squeeze if s.kind is StepKind.HOLD]
    reps = library.exercises["shoulder-blade-squeeze"].reps.gentle
    assert [s.side for s in holds] == ["left"] * reps + ["right"] * reps
    assert {s.duration for s in holds} == {7.0}
    assert plan.planned_reps(1) == 2 * reps


def test_rest_after_an_exercise_and_between_its_sets_comes_from_the_entry(library):
    routine = parse(FULL_FORM, library)
    plan = compile_plan(routine, Dose.GENTLE, library.phrases, Pacing(set_rest=99))
    rests = [(s.exercise, s.duration) for s in plan.steps if s.kind is StepKind.REST]
    assert rests == [(0, 40.0), (1, 40.0)]  # between the two sets, then before the squeeze


def test_exercise_doses_override_the_session_dose(library):
    routine = library.routines["full"]
    moved = {"cat-cow": Dose.STANDARD}
    plan = compile_plan(routine, Dose.GENTLE, library.phrases, exercise_doses=moved)
    assert plan.dose_of(1) is Dose.STANDARD and plan.dose_of(0) is Dose.GENTLE
    cat_cow_reps = {s.reps for s in plan.steps if s.exercise == 1 and s.kind is StepKind.MOVE}
    assert cat_cow_reps == {library.exercises["cat-cow"].reps.standard}
    plain = compile_plan(routine, Dose.GENTLE, library.phrases)
    assert plan.total_duration > plain.total_duration


def test_a_per_side_session_counts_both_sides(library):
    routine = parse(FULL_FORM, library)
    plan = compile_plan(routine, Dose.GENTLE, library.phrases)
    machine = SessionMachine(plan)
    now = 0.0
    machine.start(now, plan.exercise_start(1))
    while (wakeup := machine.next_wakeup()) is not None:
        now = max(now, wakeup)
        machine.advance(now)
    result = machine.summary().results[-1]
    assert result.reps_done == result.reps_planned == plan.planned_reps(1)

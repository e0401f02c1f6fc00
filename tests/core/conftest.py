"""Small hand-made routines whose every duration is known, for the session machine."""

from __future__ import annotations

import pytest

from backrelief_gui.core.catalogue import (
    Dosed,
    Exercise,
    HoldCues,
    Phase,
    Place,
    Routine,
    Style,
)


def make_hold(
    exercise_id: str = "squeeze",
    *,
    reps: int = 2,
    hold: int = 10,
    sets: int = 1,
    place: Place = Place.DESK,
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.title(),
        purpose="p",
        equipment="e",
        place=place,
        setup="Sit up.",
        movement="Squeeze.",
        tips=("t",),
        style=Style.HOLD,
        reps=Dosed(reps, reps),
        sets=Dosed(sets, sets),
        hold_seconds=Dosed(hold // 2, hold),
        hold=HoldCues("Squeeze now.", "Squeeze and hold", "Let go."),
    )


def make_paced(
    exercise_id: str = "angels", *, reps: int = 2, place: Place = Place.WALL
) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.title(),
        purpose="p",
        equipment="e",
        place=place,
        setup="Stand at the wall.",
        movement="Slide.",
        tips=("t",),
        style=Style.PACED,
        reps=Dosed(reps, reps),
        sets=Dosed(1, 1),
        phases=(Phase("Up", "Slide up.", 3.0), Phase("Down", "Slide down.", 2.0)),
    )


@pytest.fixture
def small_routine() -> Routine:
    return Routine("small", "Small routine", "d", (make_hold(), make_paced()))

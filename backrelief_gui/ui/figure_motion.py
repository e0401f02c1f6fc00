"""Which drawing an exercise's figure heads for during each plan step, and how fast.

Kept apart from the widget (and free of Qt) so the choreography can be read and tested on
its own: the figure view only animates, the session view only passes steps on.
"""

from __future__ import annotations

from dataclasses import dataclass

from backrelief_gui.core.catalogue import Exercise
from backrelief_gui.core.plan import Step, StepKind
from backrelief_gui.ui.pose import SETTLE_SECONDS, Pose

RETURN_SECONDS = 1.5  # letting go is quick; the rest of the release is a pause at the start


@dataclass(frozen=True)
class Motion:
    """Go to ``pose`` over ``seconds`` of session time (0: be there at once).

    A ``hold`` only makes sure the figure is there: a move already on its way to ``pose``
    that ends sooner than ``seconds`` is left to finish at its own pace.
    """

    pose: Pose
    seconds: float
    hold: bool = False


# Paced exercises whose first phase does not move towards the end drawing. Cat-cow starts
# in cow (its start drawing) and its first phase is cow again, its second cat (the end).
PHASE_POSES: dict[str, tuple[Pose, ...]] = {
    "cat-cow": (Pose.START, Pose.END),
}


def phase_pose(exercise: Exercise, phase: int) -> Pose:
    """Where phase number ``phase`` of a paced exercise ends: by default the first phases
    move to the end drawing and the last one returns to the start."""
    poses = PHASE_POSES.get(exercise.id)
    if poses is not None and phase < len(poses):
        return poses[phase]
    last = len(exercise.phases) - 1
    return Pose.START if phase == last and last > 0 else Pose.END


def _phase_number(step: Step, exercise: Exercise) -> int:
    labels = [phase.label for phase in exercise.phases]
    if step.phase in labels:
        return labels.index(step.phase)
    return len(labels) - 1 if step.completes_rep else 0


def motion_for(step: Step, exercise: Exercise) -> Motion | None:
    """The figure's motion while ``step`` runs; ``None`` when there is nothing to show."""
    match step.kind:
        case StepKind.ANNOUNCE | StepKind.GET_READY | StepKind.REST | StepKind.SWITCH_SIDE:
            return Motion(Pose.START, SETTLE_SECONDS, hold=True)
        case StepKind.CUE:
            return Motion(Pose.END, step.duration)
        case StepKind.HOLD:
            return Motion(Pose.END, SETTLE_SECONDS, hold=True)
        case StepKind.RELEASE:
            return Motion(Pose.START, min(step.duration, RETURN_SECONDS))
        case StepKind.MOVE:
            return Motion(phase_pose(exercise, _phase_number(step, exercise)), step.duration)
    return None

"""The exercise catalogue as plain data: exercises, routines and the phrases around them.

These types are what the routine files describe once validated; nothing here reads files
(see :mod:`backrelief_gui.core.loading`) or knows about time (see :mod:`.plan`). They are
named tuples: immutable, and several times quicker to define than dataclasses, which
matters because the first window needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import NamedTuple

from backrelief_gui.core.i18n import translate


class Dose(StrEnum):
    """How hard a session is: the low or the high end of each prescribed range."""

    GENTLE = "gentle"
    STANDARD = "standard"


def chosen_doses(raw: Mapping[str, object]) -> dict[str, Dose]:
    """The user's per-exercise doses from the settings, leaving out anything unreadable.

    Here rather than in :mod:`.progression`, which moves them: the first window shows
    them, and should not wait for the history's types to load.
    """
    values = {dose.value: dose for dose in Dose}
    return {
        exercise: values[dose]
        for exercise, dose in raw.items()
        if isinstance(dose, str) and dose in values
    }


class Place(StrEnum):
    """Where the body is during an exercise; changing place takes longer between exercises."""

    DESK = "desk"
    CHAIR = "chair"
    WALL = "wall"
    FLOOR = "floor"


class Style(StrEnum):
    """How one repetition unfolds: a hold between two cues, or a paced series of phases."""

    HOLD = "hold"
    PACED = "paced"


class Dosed(NamedTuple):
    """A number prescribed per dose (equal when the programme gives no range)."""

    gentle: int
    standard: int

    def at(self, dose: Dose) -> int:
        return self.gentle if dose == Dose.GENTLE else self.standard


class HoldCues(NamedTuple):
    """The words around one hold: the action, the label shown during it, the release."""

    cue: str
    label: str
    release: str


class Phase(NamedTuple):
    """One timed part of a paced repetition, such as breathing in while arching."""

    label: str
    cue: str
    seconds: float


class Exercise(NamedTuple):
    """One exercise with its prescription and every text shown or spoken for it."""

    id: str
    name: str
    purpose: str
    equipment: str
    place: Place
    setup: str
    movement: str
    tips: tuple[str, ...]
    style: Style
    reps: Dosed
    sets: Dosed
    hold_seconds: Dosed | None = None
    hold: HoldCues | None = None
    phases: tuple[Phase, ...] = ()
    figure: str | None = None

    def dose_summary(self, dose: Dose) -> str:
        """A short prescription such as '10 reps, hold 5 s' for lists and headers."""
        sets = self.sets.at(dose)
        reps = self.reps.at(dose)
        count = translate("dose", "1 rep") if reps == 1 else translate("dose", "%n reps", "", reps)
        if sets > 1:
            count = translate("dose", "{sets} × {reps}").format(sets=sets, reps=count)
        if self.hold_seconds is None:
            return count
        hold = translate("dose", "hold {seconds} s").format(seconds=self.hold_seconds.at(dose))
        return translate("dose", "{reps}, {hold}").format(reps=count, hold=hold)


class Entry(NamedTuple):
    """One place in a routine: an exercise and what the routine changes about its dose.

    ``None`` means "as the catalogue prescribes at the chosen dose". A routine file
    written by hand, by the builder or by an export says exactly this much.
    """

    exercise: str  # a catalogue exercise id
    reps: int | None = None
    sets: int | None = None
    hold_seconds: int | None = None
    tempo_seconds: float | None = None  # how long one paced repetition takes
    rest_seconds: int | None = None  # between its sets, and before the next exercise
    per_side: bool = False  # done on the left side, then on the right

    def applied_to(self, exercise: Exercise) -> Exercise:
        """The catalogue exercise with this entry's dose written over its own."""
        reps, sets, hold = exercise.reps, exercise.sets, exercise.hold_seconds
        phases = exercise.phases
        if self.reps is not None:
            reps = Dosed(self.reps, self.reps)
        if self.sets is not None:
            sets = Dosed(self.sets, self.sets)
        if self.hold_seconds is not None and hold is not None:
            hold = Dosed(self.hold_seconds, self.hold_seconds)
        if self.tempo_seconds is not None and phases:
            scale = self.tempo_seconds / sum(phase.seconds for phase in phases)
            phases = tuple(p._replace(seconds=round(p.seconds * scale, 3)) for p in phases)
        return exercise._replace(reps=reps, sets=sets, hold_seconds=hold, phases=phases)


class Routine(NamedTuple):
    """An ordered list of exercises done in one session.

    ``exercises`` already carry the dose each entry sets; ``entries`` keep what the
    routine itself says, for saving it again, and the per-side and rest choices the
    plan needs. A routine built in code may leave ``entries`` empty: plain entries.
    """

    id: str
    name: str
    description: str
    exercises: tuple[Exercise, ...]
    entries: tuple[Entry, ...] = ()
    builtin: bool = True

    def entry(self, position: int) -> Entry:
        if self.entries:
            return self.entries[position]
        return Entry(self.exercises[position].id)

    def sides(self, position: int) -> int:
        """How many times each set is done: twice for an exercise done per side."""
        return 2 if self.entry(position).per_side else 1


class Phrases(NamedTuple):
    """The general labels and spoken cues used around exercises, as format templates.

    Each field maps a situation (``get_ready``, ``rest_exercises`` ...) to its template;
    keeping them as data lets them be reworded or translated without touching code.
    """

    labels: dict[str, str]
    cues: dict[str, str]

    def label(self, key: str, **values: object) -> str:
        return self.labels[key].format(**values)

    def cue(self, key: str, **values: object) -> str:
        return self.cues[key].format(**values)


#: The placeholders each phrase may use; the loader rejects any other.
PHRASE_FIELDS: dict[str, dict[str, frozenset[str]]] = {
    "labels": {
        "announce": frozenset(),
        "get_ready": frozenset(),
        "release": frozenset(),
        "rest_reps": frozenset(),
        "rest_sets": frozenset({"set", "sets"}),
        "rest_exercises": frozenset({"next"}),
        "left_side": frozenset(),
        "right_side": frozenset(),
        "finish": frozenset(),
    },
    "cues": {
        "announce": frozenset({"name", "setup"}),
        "get_ready": frozenset(),
        "rep": frozenset({"rep", "reps"}),
        "last_rep": frozenset(),
        "paced_rep": frozenset({"rep"}),
        "hold": frozenset({"seconds"}),
        "halfway": frozenset(),
        "count": frozenset({"seconds"}),
        "rest_sets": frozenset({"set", "sets"}),
        "rest_exercises": frozenset({"next"}),
        "left_side": frozenset(),
        "right_side": frozenset(),
        "finish": frozenset({"routine", "reps"}),
    },
}

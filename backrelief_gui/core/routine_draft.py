"""A routine being built: its edits, the limits they keep, and the history that undoes them.

Pure data and functions, so the builder's rules can be tested without a window: every
edit returns a new :class:`Draft` (or raises :class:`DraftError` in plain words), and
:class:`ChangeHistory` remembers each step as "before" and "after" to walk back over.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from typing import NamedTuple

from backrelief_gui.core.catalogue import Dose, Dosed, Entry, Exercise, Phrases, Routine, Style
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backrelief_gui.core.loading import ENTRY_BOUNDS, MAX_TEXT, ROUTINE_LENGTH_RANGE
from backrelief_gui.core.plan import Pacing, compile_plan

#: The dose fields an entry may set, in the order the builder shows them.
DOSE_FIELDS = ("reps", "sets", "hold_seconds", "tempo_seconds", "rest_seconds")
#: English sources, marked for the catalogue; :func:`field_name` translates them.
FIELD_NAMES = {
    "reps": QT_TRANSLATE_NOOP("routine builder", "reps"),
    "sets": QT_TRANSLATE_NOOP("routine builder", "sets"),
    "hold_seconds": QT_TRANSLATE_NOOP("routine builder", "hold"),
    "tempo_seconds": QT_TRANSLATE_NOOP("routine builder", "tempo"),
    "rest_seconds": QT_TRANSLATE_NOOP("routine builder", "rest"),
    "per_side": QT_TRANSLATE_NOOP("routine builder", "each side"),
}
DEFAULT_DESCRIPTION = QT_TRANSLATE_NOOP("routine builder", "A routine of my own.")
MAX_EXERCISES = ROUTINE_LENGTH_RANGE[1]
MAX_ID_LENGTH = 40


class DraftError(ValueError):
    """An edit the routine cannot take; the message says why, for the user to read."""


def field_name(field: str) -> str:
    """A dose field's name as the user reads it ('reps', 'hold'), in their language."""
    name = FIELD_NAMES.get(field)
    return field if name is None else translate("routine builder", name)


class Draft(NamedTuple):
    """The parts of a routine a person edits; ``entries`` keep ``None`` for "as programmed"."""

    id: str
    name: str
    description: str = ""
    entries: tuple[Entry, ...] = ()

    @classmethod
    def of(cls, routine: Routine) -> Draft:
        entries = tuple(routine.entry(position) for position in range(len(routine.exercises)))
        return cls(routine.id, routine.name, routine.description, entries)

    def routine(self, exercises: Mapping[str, Exercise]) -> Routine:
        """The routine as the app runs it and a file keeps it (never a built-in one)."""
        return Routine(
            id=self.id,
            name=self.name.strip(),
            description=self.description.strip()
            or translate("routine builder", DEFAULT_DESCRIPTION),
            exercises=tuple(entry.applied_to(exercises[entry.exercise]) for entry in self.entries),
            entries=self.entries,
            builtin=False,
        )

    def save_problem(self) -> str | None:
        """Why this draft cannot be written to a routine file yet, or None."""
        if not self.name.strip():
            return translate("routine builder", "Give the routine a name.")
        if len(self.name.strip()) > MAX_TEXT or len(self.description.strip()) > MAX_TEXT:
            text = translate(
                "routine builder", "Keep the name and description under {max} characters."
            )
            return text.format(max=MAX_TEXT)
        if not self.entries:
            return translate("routine builder", "Add at least one exercise.")
        return None

    # -- edits: each returns a new draft ------------------------------------------------

    def renamed(self, name: str) -> Draft:
        return self._replace(name=name)

    def described(self, description: str) -> Draft:
        return self._replace(description=description)

    def adding(self, exercise_id: str, position: int | None = None) -> Draft:
        if len(self.entries) >= MAX_EXERCISES:
            text = translate("routine builder", "A routine can hold at most {max} exercises.")
            raise DraftError(text.format(max=MAX_EXERCISES))
        entries = list(self.entries)
        entries.insert(len(entries) if position is None else position, Entry(exercise_id))
        return self._replace(entries=tuple(entries))

    def removing(self, position: int) -> Draft:
        self._check_position(position)
        return self._replace(entries=self.entries[:position] + self.entries[position + 1 :])

    def moving(self, source: int, target: int) -> Draft:
        """The exercise at ``source`` moved so that it ends up at ``target``."""
        self._check_position(source)
        self._check_position(target)
        entries = list(self.entries)
        entries.insert(target, entries.pop(source))
        return self._replace(entries=tuple(entries))

    def with_value(
        self, position: int, field: str, value: float | None, exercise: Exercise
    ) -> Draft:
        """One dose field of one entry set (``None``: back to what the programme says)."""
        self._check_position(position)
        entry = self.entries[position]
        if field not in DOSE_FIELDS or field not in editable_fields(exercise):
            text = translate("routine builder", "{exercise} has no {field} to set.")
            raise DraftError(text.format(exercise=exercise.name, field=field_name(field)))
        if value is not None:
            low, high = ENTRY_BOUNDS[field]
            if not low <= value <= high:
                text = translate(
                    "routine builder",
                    "{field} can be from {low} to {high}; {value} is outside that.",
                )
                raise DraftError(
                    text.format(
                        field=field_name(field).capitalize(),
                        low=f"{low:g}",
                        high=f"{high:g}",
                        value=f"{value:g}",
                    )
                )
            value = round(float(value), 1) if field == "tempo_seconds" else int(value)
        values = entry._asdict()
        values[field] = value
        return self._with_entry(position, Entry(**values))

    def with_per_side(self, position: int, per_side: bool) -> Draft:
        self._check_position(position)
        return self._with_entry(position, self.entries[position]._replace(per_side=per_side))

    def _with_entry(self, position: int, entry: Entry) -> Draft:
        entries = list(self.entries)
        entries[position] = entry
        return self._replace(entries=tuple(entries))

    def _check_position(self, position: int) -> None:
        if not 0 <= position < len(self.entries):
            text = translate(
                "routine builder", "There is no exercise number {number} in this routine."
            )
            raise DraftError(text.format(number=position + 1))


# -- what the builder shows beside each field ---------------------------------------------


def editable_fields(exercise: Exercise) -> tuple[str, ...]:
    """The dose fields that mean something for this exercise: a hold or a tempo, not both."""
    skip = "tempo_seconds" if exercise.style is Style.HOLD else "hold_seconds"
    return tuple(field for field in (*DOSE_FIELDS, "per_side") if field != skip)


def programme_range(exercise: Exercise, field: str, pacing: Pacing | None = None) -> str:
    """What the programme prescribes for one field, e.g. 'programme: 10–15'.

    A range is the gentle dose, then the standard one. Rest is not in the programme;
    the app's own pacing sets it, and that is what is shown.
    """
    pacing = pacing or Pacing()
    if field == "rest_seconds":
        same, new = pacing.same_place_rest, pacing.new_place_rest
        text = translate("routine builder", "usual: {same} s, or {new} s to change place")
        return text.format(same=f"{same:g}", new=f"{new:g}")
    programme = translate("routine builder", "programme: {value}")
    if field == "tempo_seconds":
        seconds = sum(phase.seconds for phase in exercise.phases) * pacing.tempo
        return programme.format(value=_seconds(f"{seconds:g}"))
    dosed = _dosed(exercise, field)
    if dosed is None:
        return ""
    value = str(dosed.gentle)
    if dosed.gentle != dosed.standard:
        value = f"{dosed.gentle}–{dosed.standard}"
    return programme.format(value=_seconds(value) if field == "hold_seconds" else value)


def _seconds(value: str) -> str:
    """'5–10' as '5–10 s', in the user's language."""
    return translate("durations", "{seconds} s").format(seconds=value)


def programmed_value(
    exercise: Exercise, field: str, dose: Dose, pacing: Pacing | None = None
) -> float | None:
    """What "as programmed" means for one field at ``dose`` (None where the place decides)."""
    if field == "tempo_seconds":
        return sum(phase.seconds for phase in exercise.phases) * (pacing or Pacing()).tempo
    dosed = _dosed(exercise, field)
    return None if dosed is None else dosed.at(dose)


def _dosed(exercise: Exercise, field: str) -> Dosed | None:
    fields = {"reps": exercise.reps, "sets": exercise.sets, "hold_seconds": exercise.hold_seconds}
    return fields.get(field)


def entry_summary(entry: Entry, exercise: Exercise, dose: Dose) -> str:
    """One line on what an entry asks, e.g. '12 reps, hold 8 s · each side · rest 20 s'."""
    parts = [entry.applied_to(exercise).dose_summary(dose)]
    parts += entry_extras(entry)
    return " · ".join(parts)


def entry_extras(entry: Entry) -> list[str]:
    """What a routine adds to an exercise's dose: '7.5 s a rep', 'each side', 'rest 20 s'."""
    parts = []
    if entry.tempo_seconds is not None:
        text = translate("routine builder", "{seconds} s a rep")
        parts.append(text.format(seconds=f"{entry.tempo_seconds:g}"))
    if entry.per_side:
        parts.append(translate("routine builder", "each side"))
    if entry.rest_seconds is not None:
        text = translate("routine builder", "rest {seconds} s")
        parts.append(text.format(seconds=entry.rest_seconds))
    return parts


def total_seconds(
    draft: Draft,
    exercises: Mapping[str, Exercise],
    phrases: Phrases,
    dose: Dose,
    pacing: Pacing | None = None,
    exercise_doses: Mapping[str, Dose] | None = None,
) -> float:
    """How long a session of the draft takes, exactly as a session would plan it."""
    if not draft.entries:
        return 0.0
    routine = draft.routine(exercises)
    return compile_plan(routine, dose, phrases, pacing, exercise_doses).total_duration


# -- ids ----------------------------------------------------------------------------------


def slug(name: str) -> str:
    """An id made from a name: lowercase letters, digits and hyphens ('Café 2' → 'cafe-2')."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower())
    text = "-".join(words)[:MAX_ID_LENGTH].strip("-")
    return text or "routine"


def unique_id(name: str, taken: Collection[str]) -> str:
    """The slug of ``name``, numbered ('morning-2') if another routine has it."""
    base = slug(name)
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


# -- undo ---------------------------------------------------------------------------------


class Change(NamedTuple):
    """One step that can be undone: a routine as it was and as it became.

    ``None`` for ``before`` means the routine did not exist yet (it was created); for
    ``after``, that it was deleted. A deletion keeps the deleted ``file`` byte for
    byte, and its permission bits, so undoing it puts back exactly what was there.
    """

    label: str
    routine_id: str
    before: Draft | None
    after: Draft | None
    merge_key: str = ""  # consecutive changes with the same key become one step
    file: bytes | None = None
    file_mode: int = 0o600


class ChangeHistory:
    """The undo and redo stacks of the builder; they last as long as the app runs."""

    def __init__(self, limit: int = 500) -> None:
        self._done: list[Change] = []
        self._undone: list[Change] = []
        self._limit = limit
        self._may_merge = False

    def record(self, change: Change) -> None:
        """Remember a change just made; a new change makes the undone ones unreachable."""
        last = self._done[-1] if self._done else None
        if (
            self._may_merge
            and last is not None
            and change.merge_key
            and change.merge_key == last.merge_key
            and change.routine_id == last.routine_id
        ):
            self._done[-1] = last._replace(after=change.after)
        else:
            self._done.append(change)
            del self._done[: -self._limit]
        self._undone.clear()
        self._may_merge = True

    def seal(self) -> None:
        """The next change starts a step of its own, even with the same merge key."""
        self._may_merge = False

    def undo(self) -> Change | None:
        """The change to take back (apply its ``before``), or None if there is none."""
        if not self._done:
            return None
        change = self._done.pop()
        self._undone.append(change)
        self._may_merge = False
        return change

    def redo(self) -> Change | None:
        """The change to make again (apply its ``after``), or None if there is none."""
        if not self._undone:
            return None
        change = self._undone.pop()
        self._done.append(change)
        self._may_merge = False
        return change

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def routine_ids(self) -> set[str]:
        """Every id the history could bring back, so no new routine may take one."""
        return {change.routine_id for change in (*self._done, *self._undone)}

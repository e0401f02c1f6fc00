"""Reading and validating the catalogue, phrase and routine files (TOML).

Every check ends in one :class:`CatalogueError` that names the file, the exercise and
the field, and says what was expected, so a person editing a routine by hand can fix it.
A broken user routine is reported and skipped; the other routines still load.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from backrelief_gui.core.catalogue import (
    PHRASE_FIELDS,
    Dosed,
    Entry,
    Exercise,
    HoldCues,
    Phase,
    Phrases,
    Place,
    Routine,
    Style,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FORMAT_VERSION = 1
MAX_TEXT = 400
REPS_RANGE = (1, 100)
SETS_RANGE = (1, 20)
HOLD_RANGE = (1, 600)
PHASE_SECONDS_RANGE = (0.5, 60.0)
PHASES_RANGE = (1, 6)
ROUTINE_LENGTH_RANGE = (1, 30)
ROUTINE_FIELDS = frozenset({"format", "id", "name", "description", "exercises", "exercise"})
#: What a routine may set for one exercise: safe limits, wider than the catalogue's ranges
#: (going past the standard dose is a deliberate edit) but never absurd.
ENTRY_BOUNDS: dict[str, tuple[float, float]] = {
    "reps": (1, 30),
    "sets": (1, 5),
    "hold_seconds": (1, 60),
    "tempo_seconds": (2.0, 30.0),
    "rest_seconds": (5, 180),
}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_Choice = TypeVar("_Choice", bound=StrEnum)


class Source(Protocol):
    """A readable file: a ``Path`` or an ``importlib.resources`` traversable."""

    @property
    def name(self) -> str: ...

    def read_bytes(self) -> bytes: ...


Reader = Callable[["Source"], dict[str, object]]


class CatalogueError(ValueError):
    """A routine, catalogue or phrase file that cannot be used, and why."""

    def __init__(
        self, file: str, problem: str, *, exercise: str | None = None, field: str | None = None
    ) -> None:
        self.file = file
        self.exercise = exercise
        self.field = field
        self.problem = problem
        where = [file]
        if exercise:
            where.append(f"exercise '{exercise}'")
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {problem}")


class Library(NamedTuple):
    """Everything the app can run, plus the user files that could not be loaded."""

    exercises: dict[str, Exercise]
    phrases: Phrases
    routines: dict[str, Routine]
    problems: list[CatalogueError]


def load_library(
    resources: Traversable, user_routines: Path | None = None, read: Reader | None = None
) -> Library:
    """Load the built-in catalogue and routines, then the user's routine files.

    Built-in files are part of the app, so their errors propagate; a bad user file is
    recorded in ``problems`` and the rest load as usual. ``read`` parses one file
    (:func:`read_toml` unless a cache stands in front of it).
    """
    read = read or read_toml
    exercises = load_exercises(resources / "exercises.toml", read)
    library = Library(exercises, load_phrases(resources / "phrases.toml", read), {}, [])
    builtin = sorted(_toml_files(resources / "routines"), key=lambda f: f.name)
    for source in builtin:
        _add_routine(library, load_routine(source, exercises, read))
    if user_routines is not None:
        _add_user_routines(library, user_routines, read)
    return library


def reload_user_routines(library: Library, user_routines: Path, read: Reader | None = None) -> None:
    """Read the user's routine files again, in place.

    A routine imported from the command line, or a file edited by hand, then joins the
    running app. The built-in routines stay as they are; ``problems`` is made afresh.
    """
    for routine_id in [r.id for r in library.routines.values() if not r.builtin]:
        del library.routines[routine_id]
    library.problems.clear()
    _add_user_routines(library, user_routines, read or read_toml)


def routine_files_signature(user_routines: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, change time and size of each routine file: what tells that one has changed."""
    signature = []
    try:
        for path in user_routines.glob("*.toml"):
            try:
                status = path.stat()
            except OSError:
                continue
            signature.append((path.name, status.st_mtime_ns, status.st_size))
    except OSError:
        return ()
    return tuple(sorted(signature))


def _add_user_routines(library: Library, user_routines: Path, read: Reader) -> None:
    if not user_routines.is_dir():
        return
    for path in sorted(user_routines.glob("*.toml")):
        try:
            routine = load_routine(path, library.exercises, read, builtin=False)
            _add_routine(library, routine, source=str(path))
        except CatalogueError as error:
            library.problems.append(error)


def _add_routine(library: Library, routine: Routine, source: str = "") -> None:
    if routine.id in library.routines:
        raise CatalogueError(
            source or routine.id,
            f"the id '{routine.id}' is already used by another routine; expected an id of its own",
            field="id",
        )
    library.routines[routine.id] = routine


def _toml_files(folder: Traversable) -> Iterable[Traversable]:
    return (item for item in folder.iterdir() if item.name.endswith(".toml"))


def read_toml(source: Source) -> dict[str, object]:
    """Parse a TOML file, turning encoding and syntax errors into a CatalogueError."""
    name = _display_name(source)
    try:
        text = source.read_bytes().decode("utf-8-sig")  # Notepad may add a BOM
    except UnicodeDecodeError as error:
        raise CatalogueError(
            name, f"the file is not UTF-8 text (bad byte at position {error.start})"
        ) from None
    except OSError as error:
        raise CatalogueError(name, f"the file cannot be read ({error.strerror})") from None
    return parse_toml(text, name)


def parse_toml(text: str, name: str) -> dict[str, object]:
    """Parse TOML text, turning every way it can fail into a CatalogueError naming ``name``."""
    import tomllib  # only when a file really has to be parsed: see parsed_cache

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(name, f"this is not valid TOML: {error}") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise CatalogueError(
            name, "this is nested far too deeply (lists or tables inside each other)"
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4300 digits
        raise CatalogueError(name, "a number in it is far too long to be read") from None


def _display_name(source: Source) -> str:
    return str(source) if isinstance(source, Path) else source.name


class _Table:
    """Typed access to one TOML table, raising errors that say exactly where."""

    def __init__(
        self, data: object, file: str, *, exercise: str | None = None, prefix: str = ""
    ) -> None:
        self.file = file
        self.exercise = exercise
        self.prefix = prefix
        if not isinstance(data, Mapping):
            self.fail(None, "expected a table")
        self.data: Mapping[str, object] = data  # type: ignore[assignment]

    def fail(self, key: str | None, problem: str) -> None:
        name = f"{self.prefix}{key}" if key else (self.prefix.rstrip(".") or None)
        raise CatalogueError(self.file, problem, exercise=self.exercise, field=name)

    def only(self, allowed: Iterable[str]) -> None:
        unknown = sorted(set(self.data) - set(allowed))
        if unknown:
            key = unknown[0] if len(unknown[0]) <= 60 else unknown[0][:57] + "..."
            self.fail(key, f"unknown field; expected one of: {', '.join(sorted(allowed))}")

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str) -> object:
        if key not in self.data:
            self.fail(key, "this field is missing")
        return self.data[key]

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str):
            self.fail(key, f"expected text in quotes, got {_describe(value)}")
        text = str(value).strip()
        if not text:
            self.fail(key, "expected some text, got an empty string")
        if len(text) > MAX_TEXT:
            self.fail(key, f"expected at most {MAX_TEXT} characters, got {len(text)}")
        return text

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not _ID.match(value):
            self.fail(key, f"expected lowercase letters, digits and hyphens, got '{value}'")
        return value

    def choice(self, key: str, kind: type[_Choice]) -> _Choice:
        value = self.text(key)
        options = [member.value for member in kind]
        if value not in options:
            self.fail(key, f"expected one of {', '.join(options)}; got '{value}'")
        return kind(value)

    def number(self, key: str, bounds: tuple[float, float]) -> float:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"expected a number of seconds, got {_describe(value)}")
        # Bounds first: float() of a huge integer overflows.
        return float(self._within(key, value, bounds))  # type: ignore[arg-type]

    def whole_number(self, key: str, bounds: tuple[int, int]) -> int:
        value = self.get(key)
        if not _is_int(value):
            self.fail(key, f"expected a whole number, got {_describe(value)}")
        return int(self._within(key, value, bounds))  # type: ignore[arg-type]

    def dosed(self, key: str, bounds: tuple[int, int], default: int | None = None) -> Dosed:
        """A whole number, or a [gentle, standard] pair of them."""
        if default is not None and key not in self.data:
            return Dosed(default, default)
        value = self.get(key)
        expected = "a whole number or a [gentle, standard] pair of whole numbers"
        if isinstance(value, list):
            if len(value) != 2 or not all(_is_int(v) for v in value):
                self.fail(key, f"expected {expected}, got {_describe(value)}")
            gentle, standard = (int(self._within(key, v, bounds)) for v in value)
            if gentle > standard:
                self.fail(key, f"expected the gentle dose first, got {gentle} before {standard}")
            return Dosed(gentle, standard)
        if not _is_int(value):
            self.fail(key, f"expected {expected}, got {_describe(value)}")
        number = int(self._within(key, value, bounds))  # type: ignore[arg-type]
        return Dosed(number, number)

    def _within(self, key: str, value: float, bounds: tuple[float, float]) -> float:
        low, high = bounds
        if not low <= value <= high:
            self.fail(key, f"expected a value from {low:g} to {high:g}, got {_number_text(value)}")
        return value

    def tables(self, key: str) -> list[object]:
        value = self.get(key)
        if not isinstance(value, list) or not value:
            self.fail(key, f"expected a non-empty list, got {_describe(value)}")
        assert isinstance(value, list)  # fail() raised otherwise
        return list(value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number_text(value: float) -> str:
    """A number as a message shows it; ``:g`` overflows on an integer beyond a float's range."""
    if isinstance(value, int) and abs(value) >= 10**15:
        return f"a number of {len(str(abs(value)))} digits"
    return f"{value:g}"


def _describe(value: object) -> str:
    kinds = {bool: "true/false", int: "a whole number", float: "a number", str: "text"}
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "a table"
    shown = repr(value)
    if len(shown) > 60:  # a hostile file can hold megabytes in one value
        shown = shown[:57] + "..."
    return f"{kinds.get(type(value), type(value).__name__)} ({shown})"


def _check_format(table: _Table) -> None:
    value = table.get("format")
    if not _is_int(value) or value != FORMAT_VERSION:
        table.fail("format", f"expected {FORMAT_VERSION}, the only format this version reads")


# Public names for the pieces core.routine_import checks a routine with, one part at a
# time, so that it can report every problem in a file rather than the first.
Table = _Table
check_format = _check_format


def load_exercises(source: Source, read: Reader = read_toml) -> dict[str, Exercise]:
    """Read the exercise catalogue, keyed by exercise id in file order."""
    name = _display_name(source)
    top = _Table(read(source), name)
    top.only({"format", "exercise"})
    _check_format(top)
    exercises: dict[str, Exercise] = {}
    for position, raw in enumerate(top.tables("exercise"), start=1):
        exercise = _parse_exercise(raw, name, position)
        if exercise.id in exercises:
            raise CatalogueError(
                name,
                "this id is used twice; expected each exercise to have its own id",
                exercise=exercise.id,
                field="id",
            )
        exercises[exercise.id] = exercise
    return exercises


_EXERCISE_FIELDS = {
    "id",
    "name",
    "purpose",
    "equipment",
    "place",
    "setup",
    "movement",
    "tips",
    "style",
    "figure",
    "dose",
    "hold",
    "phase",
}


def _parse_exercise(raw: object, file: str, position: int) -> Exercise:
    label = f"#{position}"
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str):
        label = raw["id"]
    table = _Table(raw, file, exercise=label)
    table.only(_EXERCISE_FIELDS)
    style = table.choice("style", Style)
    dose = _Table(table.get("dose"), file, exercise=label, prefix="dose.")
    dose.only({"reps", "sets", "hold_seconds"})
    hold_seconds = None
    hold = None
    phases: tuple[Phase, ...] = ()
    if style is Style.HOLD:
        hold_seconds = dose.dosed("hold_seconds", HOLD_RANGE)
        for key in ("phase",):
            if table.has(key):
                table.fail(key, "a hold exercise has no phases; expected a [exercise.hold] table")
        cues = _Table(table.get("hold"), file, exercise=label, prefix="hold.")
        cues.only({"cue", "label", "release"})
        hold = HoldCues(cues.text("cue"), cues.text("label"), cues.text("release"))
    else:
        if dose.has("hold_seconds"):
            dose.fail("hold_seconds", "a paced exercise has no hold; expected it to be left out")
        if table.has("hold"):
            table.fail("hold", "a paced exercise has no hold; expected [[exercise.phase]] tables")
        phases = tuple(_parse_phases(table, file, label))
    return Exercise(
        id=table.identifier("id"),
        name=table.text("name"),
        purpose=table.text("purpose"),
        equipment=table.text("equipment"),
        place=table.choice("place", Place),
        setup=table.text("setup"),
        movement=table.text("movement"),
        tips=tuple(_parse_tips(table)),
        style=style,
        reps=dose.dosed("reps", REPS_RANGE),
        sets=dose.dosed("sets", SETS_RANGE, default=1),
        hold_seconds=hold_seconds,
        hold=hold,
        phases=phases,
        figure=table.text("figure") if table.has("figure") else None,
    )


def _parse_tips(table: _Table) -> list[str]:
    tips = table.tables("tips")
    for index, tip in enumerate(tips):
        if not isinstance(tip, str) or not tip.strip() or len(tip) > MAX_TEXT:
            table.fail(f"tips[{index}]", f"expected a short piece of text, got {_describe(tip)}")
    return [str(tip).strip() for tip in tips]


def _parse_phases(table: _Table, file: str, label: str) -> list[Phase]:
    raw_phases = table.tables("phase")
    low, high = PHASES_RANGE
    if not low <= len(raw_phases) <= high:
        table.fail("phase", f"expected {low} to {high} phases, got {len(raw_phases)}")
    phases = []
    for index, raw in enumerate(raw_phases):
        phase = _Table(raw, file, exercise=label, prefix=f"phase[{index}].")
        phase.only({"label", "cue", "seconds"})
        seconds = phase.number("seconds", PHASE_SECONDS_RANGE)
        phases.append(Phase(phase.text("label"), phase.text("cue"), seconds))
    return phases


def load_phrases(source: Source, read: Reader = read_toml) -> Phrases:
    """Read the phrase templates and check each uses only the placeholders it may."""
    name = _display_name(source)
    top = _Table(read(source), name)
    top.only({"format", *PHRASE_FIELDS})
    _check_format(top)
    sections: dict[str, dict[str, str]] = {}
    for section, fields in PHRASE_FIELDS.items():
        table = _Table(top.get(section), name, prefix=f"{section}.")
        table.only(fields)
        sections[section] = {}
        for key, allowed in fields.items():
            template = table.text(key)
            parts = _template_parts(table, key, template)
            # A field inside a format spec, as in {seconds:{width}}, is filled in too.
            parts += [
                inner for part in parts if part[2] for inner in _template_parts(table, key, part[2])
            ]
            # {} is a field too (a positional one, which the app never passes).
            used = {part[1] for part in parts if part[1] is not None}
            if not used <= allowed:
                unknown = ", ".join("{" + name + "}" for name in sorted(used - allowed))
                expected = ", ".join("{" + a + "}" for a in sorted(allowed)) or "none"
                table.fail(key, f"unknown placeholder {unknown}; expected only: {expected}")
            sections[section][key] = template
    return Phrases(labels=sections["labels"], cues=sections["cues"])


def _template_parts(
    table: _Table, key: str, template: str
) -> list[tuple[str, str | None, str | None, str | None]]:
    try:
        return list(string.Formatter().parse(template))
    except ValueError as error:
        table.fail(key, f"expected a template with matching {{ and }}: {error}")
        return []


def load_routine(
    source: Source,
    exercises: Mapping[str, Exercise],
    read: Reader = read_toml,
    *,
    builtin: bool = True,
    match_file_name: bool = True,
) -> Routine:
    """Read one routine file; every exercise it lists must be in the catalogue.

    ``match_file_name`` ties the id to the file name, as in a routines folder; a file
    being imported may be called anything.
    """
    name = _display_name(source)
    return parse_routine(
        read(source),
        name,
        exercises,
        builtin=builtin,
        file_stem=source.name.removesuffix(".toml") if match_file_name else None,
    )


def parse_routine(
    data: object,
    name: str,
    exercises: Mapping[str, Exercise],
    *,
    builtin: bool = True,
    file_stem: str | None = None,
) -> Routine:
    """Validate a parsed routine file: the short form (a list of ids) or the full one."""
    table = _Table(data, name)
    table.only(ROUTINE_FIELDS)
    _check_format(table)
    routine_id = table.identifier("id")
    if file_stem is not None and routine_id != file_stem:
        table.fail(
            "id", f"expected the id to match the file name '{file_stem}', got '{routine_id}'"
        )
    if table.has("exercises") == table.has("exercise"):
        table.fail(
            "exercises",
            "expected either an 'exercises' list of ids or [[exercise]] tables, not both"
            if table.has("exercise")
            else "this field is missing; expected a list of exercise ids or [[exercise]] tables",
        )
    key = "exercises" if table.has("exercises") else "exercise"
    items = table.tables(key)
    high = ROUTINE_LENGTH_RANGE[1]
    if len(items) > high:
        table.fail(key, f"expected at most {high} exercises, got {len(items)}")
    entries = tuple(
        parse_entry(item, name, exercises, f"{key}[{index}]") for index, item in enumerate(items)
    )
    return Routine(
        id=routine_id,
        name=table.text("name"),
        description=table.text("description"),
        exercises=tuple(entry.applied_to(exercises[entry.exercise]) for entry in entries),
        entries=entries,
        builtin=builtin,
    )


_ENTRY_FIELDS = {"id", *ENTRY_BOUNDS, "per_side"}


def parse_entry(item: object, file: str, exercises: Mapping[str, Exercise], where: str) -> Entry:
    """One exercise of a routine: a bare id, or a table of an id and its own dose."""
    if isinstance(item, str):
        return Entry(_known_exercise(item, file, exercises, where))
    if not isinstance(item, Mapping):
        raise CatalogueError(
            file, f"expected an exercise id or a table, got {_describe(item)}", field=where
        )
    raw_id = item.get("id")
    label = raw_id if isinstance(raw_id, str) and len(raw_id) <= MAX_TEXT else where
    table = _Table(item, file, exercise=label)
    table.only(_ENTRY_FIELDS)
    exercise = exercises[_known_exercise(table.text("id"), file, exercises, where)]
    values: dict[str, int | float | None] = {}
    for key, bounds in ENTRY_BOUNDS.items():
        if not table.has(key):
            continue
        if key == "hold_seconds" and exercise.style is not Style.HOLD:
            table.fail(key, "this exercise is a paced movement with no hold; leave it out")
        if key == "tempo_seconds" and exercise.style is not Style.PACED:
            table.fail(key, "this exercise is a hold with no tempo; set hold_seconds instead")
        if key == "tempo_seconds":
            values[key] = table.number(key, bounds)
        else:
            values[key] = table.whole_number(key, (int(bounds[0]), int(bounds[1])))
    per_side = False
    if table.has("per_side"):
        flag = table.get("per_side")
        if not isinstance(flag, bool):
            table.fail("per_side", f"expected true or false, got {_describe(flag)}")
        per_side = bool(flag)
    return Entry(exercise.id, per_side=per_side, **values)  # type: ignore[arg-type]


def _known_exercise(
    exercise_id: str, file: str, exercises: Mapping[str, Exercise], where: str
) -> str:
    if exercise_id not in exercises:
        known = ", ".join(exercises)
        shown = exercise_id if len(exercise_id) <= 60 else exercise_id[:57] + "..."
        raise CatalogueError(
            file, f"unknown exercise; expected one of: {known}", exercise=shown, field=where
        )
    return exercise_id

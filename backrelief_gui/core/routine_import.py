"""Checking a routine file from somewhere else before it joins the user's routines.

A file to import may come from anyone, so it is read defensively: its size is checked
before a byte is read, its text before it is parsed, and then every part of it is
validated on its own, so the person who wrote it learns every problem at once rather than
one per try. Nothing here writes anything: a routine is saved (by
:class:`backrelief_gui.storage.user_routines.UserRoutines`) only once its whole file has
passed.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import NamedTuple

from backrelief_gui.core.catalogue import Exercise, Routine
from backrelief_gui.core.loading import (
    ROUTINE_FIELDS,
    ROUTINE_LENGTH_RANGE,
    CatalogueError,
    Table,
    check_format,
    parse_entry,
    parse_routine,
    parse_toml,
)
from backrelief_gui.core.routine_draft import MAX_ID_LENGTH, unique_id

#: A routine of thirty exercises with every field and a long comment is a few KB.
MAX_FILE_BYTES = 256 * 1024
#: Python's tomllib takes time growing with the square of a dotted key's length, so a
#: line with more dots than this outside quotes and comments is refused before parsing.
MAX_LINE_DOTS = 32
#: Problems listed in full; past these only their number is given.
MAX_LISTED_PROBLEMS = 50
#: Names Windows keeps for devices: a file called ``con.toml`` cannot be made there.
WINDOWS_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{digit}" for digit in range(1, 10)]
    + [f"lpt{digit}" for digit in range(1, 10)]
)


_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends


class ImportCheck(NamedTuple):
    """What importing one file would do: the routine to save, or every reason it cannot be.

    ``routine`` carries the id it will be saved under; ``renamed_from`` is the file's own
    id when a routine of the user's already has it. ``same_as`` names a routine the user
    already has that is identical, so there is nothing to save.
    """

    file: str
    routine: Routine | None = None
    problems: tuple[CatalogueError, ...] = ()
    unlisted: int = 0  # problems found beyond those in ``problems``
    renamed_from: str | None = None
    same_as: str | None = None

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.unlisted


def check_routine_file(
    path: Path,
    exercises: Mapping[str, Exercise],
    routines: Mapping[str, Routine],
    taken_ids: Collection[str] = (),
) -> ImportCheck:
    """Read and validate ``path`` as a routine to add beside ``routines``.

    ``taken_ids`` are ids that may not be used even though no loaded routine has them
    (a file in the routines folder that could not be loaded, which must not be
    overwritten).
    """
    name = str(path)
    try:
        text = read_routine_text(path)
        data = parse_toml(text, name)
    except CatalogueError as error:
        return ImportCheck(name, problems=(error,))
    problems = routine_problems(data, name, exercises)
    if not problems:
        try:
            routine = parse_routine(data, name, exercises, builtin=False)
        except CatalogueError as error:  # a check above missed it: still refused
            problems = [error]
        else:
            return place_routine(name, routine, routines, taken_ids)
    listed = tuple(problems[:MAX_LISTED_PROBLEMS])
    return ImportCheck(name, problems=listed, unlisted=len(problems) - len(listed))


def read_routine_text(path: Path) -> str:
    """The file's text, refused when it is too big, not a file, or not UTF-8 text."""
    name = str(path)
    try:
        # Without blocking, so a named pipe with no writer cannot hang us before the check.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _BINARY)
    except OSError as error:
        raise CatalogueError(name, f"the file cannot be read ({error.strerror or error})") from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise CatalogueError(name, "this is a folder, not a routine file")
        if not stat.S_ISREG(status.st_mode):
            raise CatalogueError(name, "this is not a plain file, so it cannot be a routine")
        if status.st_size > MAX_FILE_BYTES:
            raise CatalogueError(name, _too_big(status.st_size))
        data = _read_at_most(descriptor, MAX_FILE_BYTES + 1)  # it may have grown since
    except OSError as error:
        raise CatalogueError(name, f"the file cannot be read ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_FILE_BYTES:
        raise CatalogueError(name, _too_big(len(data)))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CatalogueError(name, "the file is UTF-16 text; expected UTF-8 (save it as UTF-8)")
    try:
        text = data.decode("utf-8-sig")  # Notepad may add a byte order mark
    except UnicodeDecodeError as error:
        raise CatalogueError(
            name, f"the file is not UTF-8 text (bad byte at position {error.start})"
        ) from None
    if not text.strip():
        raise CatalogueError(name, "the file is empty; expected a routine")
    _check_dotted_lines(text, name)
    return text


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks = []
    remaining = limit
    while remaining > 0 and (chunk := os.read(descriptor, remaining)):
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _too_big(size: int) -> str:
    return (
        f"the file is {_size_text(size)}, but a routine file is at most "
        f"{_size_text(MAX_FILE_BYTES)} (a routine is a few KB)"
    )


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


_LEXEMES = re.compile(r"[.#\"'\n]")
# The rest of a string once its opening quotes are known; possessive, so never slow.
_STRING_BODIES = {
    '"': re.compile(r'(?:[^"\\\n]|\\.)*+"?'),
    "'": re.compile(r"[^'\n]*+'?"),
    '"""': re.compile(r'(?:[^"\\]|\\[\s\S]|""?(?!"))*+(?:"{3,5})?'),
    "'''": re.compile(r"(?:[^']|''?(?!'))*+(?:'{3,5})?"),
}


def _check_dotted_lines(text: str, name: str) -> None:
    """Refuse a line with more than MAX_LINE_DOTS dots outside quotes and comments.

    Keys are the only place TOML puts many dots outside strings, and tomllib's time on a
    key grows with the square of its parts: 20,000 of them take seconds. Lines without
    that many dots in all are passed over at once; the rest are scanned with enough of
    TOML's string and comment rules that a dot inside them is never counted.
    """
    if all(line.count(".") <= MAX_LINE_DOTS for line in text.split("\n")):
        return
    line = _first_line_with_too_many_dots(text)
    if line is not None:
        raise CatalogueError(
            name,
            f"line {line} has more than {MAX_LINE_DOTS} dots outside quotes; a routine "
            "never nests keys that deeply, and reading such a file takes very long",
        )


def _first_line_with_too_many_dots(text: str) -> int | None:
    """The first line with more than MAX_LINE_DOTS dots outside strings and comments."""
    line, dots = 1, 0
    position = 0
    while (match := _LEXEMES.search(text, position)) is not None:
        char, position = match.group(), match.end()
        if char == "\n":
            line, dots = line + 1, 0
        elif char == "#":
            end = text.find("\n", position)
            position = len(text) if end < 0 else end
        elif char == ".":
            dots += 1
            if dots > MAX_LINE_DOTS:
                return line
        else:  # a quote: skip the string, counting the lines it spans
            opening = char * 3 if text.startswith(char * 3, match.start()) else char
            body = _STRING_BODIES[opening].match(text, match.start() + len(opening))
            assert body is not None  # every pattern also matches nothing
            newlines = text.count("\n", match.start(), body.end())
            line, dots = line + newlines, dots if newlines == 0 else 0
            position = body.end()
    return None


def routine_problems(
    data: Mapping[str, object], file: str, exercises: Mapping[str, Exercise]
) -> list[CatalogueError]:
    """Every problem in a parsed routine: each top-level field and each entry's fields."""
    problems: list[CatalogueError] = []

    def attempt(check: Callable[[], object]) -> object:
        try:
            return check()
        except CatalogueError as error:
            problems.append(error)
            return None

    table = Table(data, file)
    allowed = ", ".join(sorted(ROUTINE_FIELDS))
    for key in sorted(set(data) - ROUTINE_FIELDS):
        shown = key if len(key) <= 60 else key[:57] + "..."
        problems.append(
            CatalogueError(file, f"unknown field; expected one of: {allowed}", field=shown)
        )
    attempt(lambda: check_format(table))
    attempt(lambda: _check_id(table))
    attempt(lambda: table.text("name"))
    attempt(lambda: table.text("description"))
    if table.has("exercises") and table.has("exercise"):
        problems.append(
            CatalogueError(
                file,
                "expected either an 'exercises' list of ids or [[exercise]] tables, not both",
                field="exercises",
            )
        )
    elif not (table.has("exercises") or table.has("exercise")):
        problems.append(
            CatalogueError(
                file,
                "this field is missing; expected a list of exercise ids or [[exercise]] tables",
                field="exercises",
            )
        )
    else:
        key = "exercises" if table.has("exercises") else "exercise"
        items = attempt(lambda: table.tables(key))
        if isinstance(items, list):
            high = ROUTINE_LENGTH_RANGE[1]
            if len(items) > high:
                problems.append(
                    CatalogueError(
                        file, f"expected at most {high} exercises, got {len(items)}", field=key
                    )
                )
            repeated = _repeated_ids(items)
            for index, item in enumerate(items):
                found = _entry_problems(item, file, exercises, f"{key}[{index}]")
                problems += _numbered(found, index) if _entry_id(item) in repeated else found
    return problems


def _entry_id(item: object) -> str | None:
    """The exercise id an entry names, if it names one as text."""
    exercise_id = item.get("id") if isinstance(item, Mapping) else item
    return exercise_id if isinstance(exercise_id, str) else None


def _repeated_ids(items: list[object]) -> set[str]:
    """Exercise ids that appear more than once, whose problems need their place named."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for item in items:
        exercise_id = _entry_id(item)
        if exercise_id is not None:
            (repeated if exercise_id in seen else seen).add(exercise_id)
    return repeated


def _numbered(problems: list[CatalogueError], index: int) -> list[CatalogueError]:
    """The problems of an exercise that appears more than once, as 'cat-cow #3'."""
    return [
        CatalogueError(
            problem.file,
            problem.problem,
            exercise=f"{problem.exercise} #{index + 1}" if problem.exercise else None,
            field=problem.field,
        )
        for problem in problems
    ]


def _entry_problems(
    item: object, file: str, exercises: Mapping[str, Exercise], where: str
) -> list[CatalogueError]:
    """Every problem in one entry: its id first, then each field checked with the id alone.

    What a field may hold depends on the exercise (a hold or a tempo), so a wrong id is
    reported on its own.
    """
    try:
        parse_entry(item, file, exercises, where)
    except CatalogueError as first:
        if not isinstance(item, Mapping) or "id" not in item:
            return [first]
        exercise_id = item["id"]
        try:
            parse_entry({"id": exercise_id}, file, exercises, where)
        except CatalogueError as error:
            return [error]
        problems = []
        for key, value in item.items():
            if key == "id":
                continue
            try:
                parse_entry({"id": exercise_id, key: value}, file, exercises, where)
            except CatalogueError as error:
                problems.append(error)
        return problems or [first]
    return []


def _check_id(table: Table) -> str:
    """The routine's id, which also becomes its file name in the routines folder."""
    routine_id = table.identifier("id")
    if len(routine_id) > MAX_ID_LENGTH:
        table.fail(
            "id",
            f"expected at most {MAX_ID_LENGTH} characters (the id becomes the file name), "
            f"got {len(routine_id)}",
        )
    if routine_id in WINDOWS_DEVICE_NAMES:
        table.fail("id", f"'{routine_id}' names a device on Windows; expected another id")
    return routine_id


def place_routine(
    file: str, routine: Routine, routines: Mapping[str, Routine], taken_ids: Collection[str]
) -> ImportCheck:
    """Decide the id a valid routine is saved under.

    An identical routine already there means nothing to do. A built-in routine's id is
    refused: it would hide the built-in. A user routine's id, or a file's in the folder,
    is kept by what is already there; the import takes a free id such as ``morning-2``
    (the builder's rule for new routines), so nothing the user has is ever overwritten.
    """
    existing = routines.get(routine.id)
    if existing is not None and _same_routine(existing, routine):
        return ImportCheck(file, routine, same_as=existing.id)
    if existing is not None and existing.builtin:
        error = CatalogueError(
            file,
            f"the id '{routine.id}' belongs to a built-in routine; expected an id of its own",
            field="id",
        )
        return ImportCheck(file, problems=(error,))
    taken = set(routines) | set(taken_ids)
    if routine.id not in taken:
        return ImportCheck(file, routine)
    new_id = unique_id(routine.id, taken)
    return ImportCheck(file, routine._replace(id=new_id), renamed_from=routine.id)


def _same_routine(first: Routine, second: Routine) -> bool:
    return (first.name, first.description, _entries(first)) == (
        second.name,
        second.description,
        _entries(second),
    )


def _entries(routine: Routine) -> tuple[object, ...]:
    return tuple(routine.entry(position) for position in range(len(routine.exercises)))

"""Checking a routine file before it is imported: hostile files, every problem, clashes.

The corpus in ``import_corpus/`` holds files built to be refused; each must be refused
with a message that names what is wrong (and where), never with an exception.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Entry, Routine, Style
from backrelief_gui.core.loading import (
    ENTRY_BOUNDS,
    CatalogueError,
    load_library,
    parse_routine,
)
from backrelief_gui.core.plan import Pacing
from backrelief_gui.core.routine_draft import MAX_ID_LENGTH
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.core.routine_import import (
    MAX_FILE_BYTES,
    MAX_LINE_DOTS,
    MAX_LISTED_PROBLEMS,
    WINDOWS_DEVICE_NAMES,
    check_routine_file,
    place_routine,
)
from tests.shared_routines import CORPUS

FORMAT_DOC = (bundled_resources() / "FORMAT.md").read_text(encoding="utf-8")
KNOWN = "shoulder-blade-squeeze, cat-cow, thoracic-extension"

# file -> what its problems must include: (field, exercise, words in the message).
# None for field or exercise means the problem is about the file as a whole.
EXPECTED: dict[str, list[tuple[str | None, str | None, str]]] = {
    "empty.toml": [(None, None, "the file is empty")],
    "binary-junk.toml": [(None, None, "not UTF-8 text (bad byte at position 0)")],
    "utf16-bom.toml": [(None, None, "UTF-16 text; expected UTF-8")],
    "latin1.toml": [(None, None, "not UTF-8 text (bad byte at position 35)")],
    "not-toml.toml": [(None, None, "not valid TOML: Invalid statement (at line 1")],
    "duplicate-key.toml": [(None, None, "not valid TOML: Cannot overwrite a value (at line 5")],
    "nul-byte.toml": [(None, None, "not valid TOML: Illegal character")],
    "deep-arrays.toml": [(None, None, "nested far too deeply")],
    "deep-inline-tables.toml": [(None, None, "nested far too deeply")],
    "deep-dotted-key.toml": [(None, None, f"line 5 has more than {MAX_LINE_DOTS} dots")],
    "deep-table-header.toml": [(None, None, f"line 7 has more than {MAX_LINE_DOTS} dots")],
    "escaped-quote-trick.toml": [(None, None, f"line 8 has more than {MAX_LINE_DOTS} dots")],
    "huge-number.toml": [(None, None, "a number in it is far too long")],
    "big-numbers.toml": [
        ("reps", "shoulder-blade-squeeze", "from 1 to 30, got a number of 30 digits"),
        ("hold_seconds", "shoulder-blade-squeeze", "expected a whole number, got a number"),
        ("tempo_seconds", "wall-angels", "from 2 to 30, got a number of 400 digits"),
    ],
    "negative-times.toml": [
        ("hold_seconds", "childs-pose", "from 1 to 60, got -20"),
        ("rest_seconds", "childs-pose", "from 5 to 180, got -5"),
        ("tempo_seconds", "cat-cow", "from 2 to 30, got -3.5"),
    ],
    "nan-inf-tempo.toml": [
        ("tempo_seconds", "cat-cow", "got nan"),
        ("tempo_seconds", "wall-angels", "got inf"),
        ("tempo_seconds", "seated-row", "got -inf"),
    ],
    "wrong-types.toml": [
        ("format", None, "expected 1"),
        ("id", None, "expected text in quotes, got a whole number (42)"),
        ("name", None, "expected text in quotes, got a list of 2"),
        ("description", None, "expected text in quotes, got true/false"),
        ("reps", "shoulder-blade-squeeze", "expected a whole number, got text ('ten')"),
        ("sets", "shoulder-blade-squeeze", "expected a whole number, got a number (2.5)"),
        ("per_side", "shoulder-blade-squeeze", "expected true or false, got text ('yes')"),
    ],
    "wrong-shapes.toml": [("exercises", None, "expected a non-empty list, got text")],
    "entry-not-a-table.toml": [
        ("exercises[1]", None, "expected an exercise id or a table, got a whole number (7)"),
        ("exercises[2]", None, "expected an exercise id or a table, got a list of 1"),
        ("reps", "childs-pose", "from 1 to 30, got 99"),
    ],
    "both-forms.toml": [("exercises", None, "not both")],
    "no-exercises.toml": [("exercises", None, "this field is missing")],
    "empty-list.toml": [("exercises", None, "expected a non-empty list, got a list of 0")],
    "unknown-keys.toml": [
        ("author", None, "unknown field"),
        ("version", None, "unknown field"),
        ("rep", "cat-cow", "unknown field; expected one of: hold_seconds, id, per_side, reps"),
        ("weight_kg", "cat-cow", "unknown field"),
    ],
    "hold-and-tempo-mixed-up.toml": [
        ("hold_seconds", "wall-angels", "a paced movement with no hold"),
        ("tempo_seconds", "shoulder-blade-squeeze", "a hold with no tempo"),
    ],
    "path-like-id.toml": [("id", None, "lowercase letters, digits and hyphens, got '../../etc")],
    "path-like-exercise.toml": [("exercises[0]", "../../../../etc/shadow", "unknown exercise")],
    "windows-device-id.toml": [("id", None, "'con' names a device on Windows")],
    "long-id.toml": [("id", None, "at most 40 characters (the id becomes the file name), got 159")],
    "format-two.toml": [("format", None, "expected 1, the only format this version reads")],
    "huge-string.toml": [("description", None, "at most 400 characters, got 20000")],
    "huge-key.toml": [("k" * 57 + "...", None, "unknown field")],
    "unknown-exercise.toml": [("exercises[1]", "downward-dog", f"expected one of: {KNOWN}")],
    "builtin-clash.toml": [("id", None, "the id 'full' belongs to a built-in routine")],
    "ten-thousand-exercises.toml": [("exercises", None, "at most 30 exercises, got 10000")],
    "too-many-sets-and-reps.toml": [
        ("reps", "seated-row", "from 1 to 30, got 500"),
        ("sets", "seated-row", "from 1 to 5, got 50"),
        ("rest_seconds", "seated-row", "from 5 to 180, got 100000"),
    ],
}
# Valid as a routine on its own; refused only because of what an import adds.
REFUSED_ONLY_ON_IMPORT = {"builtin-clash.toml", "windows-device-id.toml", "long-id.toml"}

VALID_FULL_FORM = """format = 1
id = "shoulder-care"
name = "Shoulder care"
description = "Squeezes and slow angels."

[[exercise]]
id = "shoulder-blade-squeeze"
reps = 12
hold_seconds = 8
rest_seconds = 15

[[exercise]]
id = "wall-angels"
tempo_seconds = 7.5
sets = 2
per_side = true
"""


@pytest.fixture(scope="module")
def library():
    return load_library(bundled_resources())


def check(path, library, taken=()):
    return check_routine_file(path, library.exercises, library.routines, taken)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# --- the hostile corpus ---------------------------------------------------------------


def test_the_corpus_is_all_described():
    files = {path.name for path in CORPUS.glob("*.toml")}
    assert files == set(EXPECTED)
    assert len(files) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_refused_with_what_is_wrong(name, library):
    path = CORPUS / name
    result = check(path, library)
    assert not result.ok and result.routine is None
    for problem in result.problems:
        assert type(problem) is CatalogueError
        assert problem.file == str(path) and str(problem).startswith(f"{path}")
    found = [(p.field, p.exercise, p.problem) for p in result.problems]
    for field, exercise, words in EXPECTED[name]:
        assert any((f, e) == (field, exercise) and words in message for f, e, message in found), (
            f"no problem at {field!r}/{exercise!r} saying {words!r} in {found}"
        )
    assert result.problem_count == len(EXPECTED[name])  # and nothing made up besides


@pytest.mark.parametrize("name", sorted(EXPECTED.keys() - REFUSED_ONLY_ON_IMPORT))
def test_the_folder_loader_refuses_them_too(name, library):
    """The import's checks add to the loader's, never let through what it refuses."""
    try:
        data = tomllib.loads(CORPUS.joinpath(name).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return  # refused before any routine rule applies
    with pytest.raises(CatalogueError):
        parse_routine(data, name, library.exercises)


def test_a_file_over_the_cap_is_refused_by_its_size(tmp_path, library):
    path = tmp_path / "fifty.toml"
    with path.open("wb") as handle:  # 50 MB of nothing: sparse, so quick to make
        handle.truncate(50 * 1024 * 1024)
    result = check(path, library)
    (problem,) = result.problems
    assert problem.problem == (
        "the file is 50.0 MB, but a routine file is at most 256 KB (a routine is a few KB)"
    )


def test_a_file_just_over_the_cap_is_refused_and_just_under_is_read(tmp_path, library):
    text = VALID_FULL_FORM + "#" * (MAX_FILE_BYTES - len(VALID_FULL_FORM) - 1) + "\n"
    assert len(text.encode()) == MAX_FILE_BYTES
    assert check(write(tmp_path / "at-cap.toml", text), library).ok
    over = check(write(tmp_path / "over.toml", text + "\n"), library)
    assert "at most 256 KB" in over.problems[0].problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path, library):
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    (problem,) = check(pipe, library).problems
    assert problem.problem == "this is not a plain file, so it cannot be a routine"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_refused(library):
    (problem,) = check(Path("/dev/zero"), library).problems
    assert "not a plain file" in problem.problem


def test_a_folder_and_a_missing_file_are_refused(tmp_path, library):
    (folder,) = check(tmp_path, library).problems
    assert folder.problem == "this is a folder, not a routine file"
    (missing,) = check(tmp_path / "nowhere.toml", library).problems
    assert missing.problem.startswith("the file cannot be read (")


def test_a_utf8_byte_order_mark_is_accepted(tmp_path, library):
    """Windows Notepad adds one; the loader accepts it, so the import does too."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID_FULL_FORM.encode())
    assert check(path, library).ok


def test_a_huge_number_in_a_users_folder_is_a_problem_not_a_crash(tmp_path):
    """The loader of the routines folder was hardened along with the import."""
    folder = tmp_path / "routines"
    folder.mkdir()
    write(folder / "huge.toml", (CORPUS / "huge-number.toml").read_text())
    write(folder / "big.toml", (CORPUS / "big-numbers.toml").read_text())
    loaded = load_library(bundled_resources(), folder)
    messages = sorted(str(problem) for problem in loaded.problems)
    assert len(messages) == 2
    assert "a number of 30 digits" in messages[0]
    assert "far too long" in messages[1]


def test_dots_inside_text_and_comments_are_not_counted(tmp_path, library):
    dotty = "." * (MAX_LINE_DOTS * 3)
    text = VALID_FULL_FORM.replace(
        'description = "Squeezes and slow angels."',
        f"# {dotty}\ndescription = \"Squeezes {dotty} and 'angels'.\"\n# another: {dotty}",
    )
    text += f'\n# {dotty} "not a string {dotty}\n'
    text = text.replace('name = "Shoulder care"', f"name = '''Shoulder\n{dotty[:300]}'''")
    result = check(write(tmp_path / "dotty.toml", text), library)
    assert result.ok, [str(problem) for problem in result.problems]


# --- every problem, each in its place --------------------------------------------------


def test_every_problem_is_reported_with_its_exercise_and_field(tmp_path, library):
    text = """format = 2
id = "Bad Id"
name = ""
colour = "red"

[[exercise]]
id = "wall-angels"
reps = 500
hold_seconds = 5
sets = 0

[[exercise]]
id = "yoga"
reps = 3

[[exercise]]
id = "cat-cow"
tempo_seconds = nan

[[exercise]]
id = "childs-pose"
per_side = true
"""
    result = check(write(tmp_path / "bad.toml", text), library)
    assert [(p.field, p.exercise) for p in result.problems] == [
        ("colour", None),
        ("format", None),
        ("id", None),
        ("name", None),
        ("description", None),
        ("reps", "wall-angels"),
        ("hold_seconds", "wall-angels"),
        ("sets", "wall-angels"),
        ("exercise[1]", "yoga"),  # a wrong id alone: its fields depend on it
        ("tempo_seconds", "cat-cow"),
    ]


def test_an_exercise_listed_twice_is_told_apart_by_its_place(tmp_path, library):
    text = (
        'format = 1\nid = "twice"\nname = "Twice"\ndescription = "d"\nexercises = [\n'
        '  "cat-cow",\n  {id = "cat-cow", reps = 99},\n  ["cat-cow"],\n  {id = ["cat-cow"]},\n'
        '  {id = "wall-angels", reps = 0},\n]\n'
    )
    result = check(write(tmp_path / "twice.toml", text), library)
    assert [(p.field, p.exercise) for p in result.problems] == [
        ("reps", "cat-cow #2"),  # 1-based, as a person counts
        ("exercises[2]", None),
        ("id", "exercises[3]"),
        ("reps", "wall-angels"),  # listed once: its id is enough
    ]


def test_past_the_listed_problems_only_their_number_is_kept(tmp_path, library):
    entries = "".join(f'\n[[exercise]]\nid = "cat-cow"\nreps = {100 + n}\n' for n in range(80))
    text = 'format = 1\nid = "many"\nname = "Many"\ndescription = "d"\n' + entries
    result = check(write(tmp_path / "many.toml", text), library)
    assert len(result.problems) == MAX_LISTED_PROBLEMS
    assert result.problem_count == 81  # 80 doses and the length
    assert result.unlisted == 81 - MAX_LISTED_PROBLEMS


# --- valid files and where they go -----------------------------------------------------


def test_a_valid_full_form_routine_is_read_as_written(tmp_path, library):
    result = check(write(tmp_path / "shared.backrelief.toml", VALID_FULL_FORM), library)
    assert result.ok and result.renamed_from is None and result.same_as is None
    routine = result.routine
    assert routine.id == "shoulder-care" and routine.builtin is False
    assert routine.entries == (
        Entry("shoulder-blade-squeeze", reps=12, hold_seconds=8, rest_seconds=15),
        Entry("wall-angels", sets=2, tempo_seconds=7.5, per_side=True),
    )
    assert parse_routine(tomllib.loads(routine_to_toml(routine)), "x", library.exercises) == (
        routine._replace(builtin=True)
    )


def user_routine(library, routine_id="shoulder-care", name="Mine"):
    entries = (Entry("cat-cow"),)
    exercises = tuple(e.applied_to(library.exercises[e.exercise]) for e in entries)
    return Routine(routine_id, name, "d", exercises, entries, builtin=False)


def test_a_users_routine_keeps_its_id_and_the_import_takes_a_new_one(tmp_path, library):
    mine = user_routine(library)
    routines = {**library.routines, mine.id: mine}
    path = write(tmp_path / "shared.toml", VALID_FULL_FORM)
    result = check_routine_file(path, library.exercises, routines)
    assert result.ok
    assert result.renamed_from == "shoulder-care"
    assert result.routine.id == "shoulder-care-2"
    taken = check_routine_file(path, library.exercises, routines, {"shoulder-care-2"})
    assert taken.routine.id == "shoulder-care-3"


def test_a_file_in_the_folder_that_did_not_load_is_not_overwritten(tmp_path, library):
    path = write(tmp_path / "shared.toml", VALID_FULL_FORM)
    result = check(path, library, taken={"shoulder-care"})
    assert result.routine.id == "shoulder-care-2"


def test_the_same_routine_again_is_nothing_to_import(tmp_path, library):
    path = write(tmp_path / "shared.toml", VALID_FULL_FORM)
    first = check(path, library).routine
    again = check_routine_file(path, library.exercises, {**library.routines, first.id: first})
    assert again.ok and again.same_as == "shoulder-care"


def test_an_exact_copy_of_a_builtin_routine_is_nothing_to_import(tmp_path, library):
    path = write(tmp_path / "full.toml", routine_to_toml(library.routines["full"]))
    result = check(path, library)
    assert result.ok and result.same_as == "full"


def test_a_renamed_id_keeps_within_the_length_limit(library):
    long_id = "a" * 40
    routine = user_routine(library, long_id)
    placed = place_routine("f", routine, {long_id: user_routine(library, long_id, "Other")}, ())
    assert placed.routine.id.endswith("-2") and placed.ok


# --- the format page agrees with the loader -------------------------------------------


def worked_example() -> str:
    match = re.search(r"### Worked example: `([^`]+)`.*?```toml\n(.*?)```", FORMAT_DOC, re.S)
    assert match, "FORMAT.md should have a '### Worked example' with a ```toml block"
    return match.group(2)


def test_the_worked_example_in_format_md_imports(tmp_path, library):
    text = worked_example()
    result = check(write(tmp_path / "example.backrelief.toml", text), library)
    assert result.ok, [str(p) for p in result.problems]
    written = tomllib.loads(text)
    assert "exercise" in written, "the worked example shows the full form"
    routine = result.routine
    assert routine.id == written["id"]
    assert [entry._asdict() for entry in routine.entries] == [
        {key: table.get(key, False if key == "per_side" else None) for key in Entry._fields}
        | {"exercise": table["id"]}
        for table in written["exercise"]
    ]
    used = {key for table in written["exercise"] for key in table}
    assert used == {"id", *ENTRY_BOUNDS, "per_side"}, "the example shows every field"


def table_rows(heading: str) -> list[list[str]]:
    """The rows of the first Markdown table after ``heading``, cells stripped of code marks."""
    section = FORMAT_DOC.split(heading, 1)[1]
    block = []
    for line in section.splitlines()[1:]:
        if line.startswith("|"):
            block.append(line)
        elif block:
            break
    assert block, f"no table after {heading}"
    return [[cell.strip().strip("`") for cell in row.strip("|").split("|")] for row in block[2:]]


def test_format_md_gives_the_bounds_the_loader_keeps():
    rows = {row[0]: row for row in table_rows("### Full form")}
    for field, (low, high) in ENTRY_BOUNDS.items():
        assert rows[field][3] == f"{low:g}–{high:g}", field


def test_format_md_states_the_limits_and_defaults_the_code_keeps():
    pacing = Pacing()
    rows = {row[0]: row for row in table_rows("### Full form")}
    assert rows["rest_seconds"][5] == (
        f"{pacing.set_rest:g} s between sets; {pacing.same_place_rest:g} s before the next "
        f"exercise, {pacing.new_place_rest:g} s if it is done in another place"
    )
    sharing = " ".join(FORMAT_DOC.split("### Sharing a routine", 1)[1].split())
    assert f"over {MAX_FILE_BYTES // 1024} KB" in sharing
    assert f"an id longer than {MAX_ID_LENGTH} characters" in sharing
    assert f"at most {MAX_ID_LENGTH} characters in a file to import" in " ".join(FORMAT_DOC.split())
    assert "(`con`, `nul`, `aux`, `prn`, `com1`–`com9`, `lpt1`–`lpt9`)" in sharing
    numbered = {f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10)}
    assert {"con", "nul", "aux", "prn"} | numbered == WINDOWS_DEVICE_NAMES


def test_format_md_lists_each_builtin_exercise_with_its_programme(library):
    rows = table_rows("### The built-in exercises")
    assert [row[0] for row in rows] == list(library.exercises)

    def span(dosed, unit=""):
        if dosed is None:
            return "—"
        if dosed.gentle == dosed.standard:
            return f"{dosed.gentle}{unit}"
        return f"{dosed.gentle}–{dosed.standard}{unit}"

    for exercise_id, name, kind, place, reps, hold, rep_time in rows:
        exercise = library.exercises[exercise_id]
        assert (name, kind, place) == (exercise.name, exercise.style, exercise.place)
        assert reps == span(exercise.reps)
        assert hold == span(exercise.hold_seconds, " s")
        seconds = sum(phase.seconds for phase in exercise.phases)
        assert rep_time == ("—" if exercise.style is Style.HOLD else f"{seconds:g} s")
        assert exercise.sets.gentle == exercise.sets.standard == 1  # "one set unless..."

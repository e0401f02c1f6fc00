"""The catalogue, phrase and routine loader, fed real files written to a temporary folder.

Each malformed case starts from a shipped file and changes one thing, so the error it
raises can only come from that change.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dosed, Style
from backrelief_gui.core.loading import (
    CatalogueError,
    load_exercises,
    load_library,
    load_phrases,
    load_routine,
)

RESOURCES = bundled_resources()
CATALOGUE = (RESOURCES / "exercises.toml").read_text(encoding="utf-8")
PHRASES = (RESOURCES / "phrases.toml").read_text(encoding="utf-8")
DESK_BREAK = (RESOURCES / "routines" / "desk-break.toml").read_text(encoding="utf-8")
FORMAT_DOC = (RESOURCES / "FORMAT.md").read_text(encoding="utf-8")

PROGRAMME = [
    "shoulder-blade-squeeze",
    "cat-cow",
    "thoracic-extension",
    "wall-angels",
    "seated-row",
    "childs-pose",
]

CHILDS_POSE_HOLD = (
    '\n[exercise.hold]\ncue = "Reach forward and rest your forehead down."\n'
    'label = "Rest and stretch"\nrelease = "Slowly come back up."\n'
)
WALL_ANGELS_DOSE_AND_PHASES = (
    "[exercise.dose]\nreps = [10, 15]\n\n"
    '[[exercise.phase]]\nlabel = "Slide up"\ncue = "Slowly slide your arms up."\nseconds = 3\n\n'
    '[[exercise.phase]]\nlabel = "Slide down"\ncue = "And slowly back down."\nseconds = 3\n'
)
DESK_BREAK_LIST = 'exercises = [\n    "shoulder-blade-squeeze",\n    "thoracic-extension",\n]'


def edit(text, old, new):
    """``text`` with the one occurrence of ``old`` replaced; fails if it is not there once."""
    assert text.count(old) == 1, f"expected exactly one {old!r} in the shipped file"
    return text.replace(old, new)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def check(error, path, exercise, field, *expected):
    """The error names the file, the exercise and the field, and says what was expected."""
    assert type(error) is CatalogueError
    message = str(error)
    assert error.file == str(path)
    assert message.startswith(f"{path}")
    assert error.exercise == exercise
    assert error.field == field
    if exercise is not None:
        assert f"exercise '{exercise}'" in message
    else:
        assert "exercise '" not in message
    if field is not None:
        assert f"field '{field}'" in message
    for text in expected:
        assert text in message


# --- valid files --------------------------------------------------------------------


def test_shipped_library_loads(library):
    assert list(library.exercises) == PROGRAMME
    assert set(library.routines) == {"full", "desk-break"}
    assert [e.id for e in library.routines["full"].exercises] == PROGRAMME
    assert [e.id for e in library.routines["desk-break"].exercises] == [
        "shoulder-blade-squeeze",
        "thoracic-extension",
    ]
    assert library.problems == []


def test_shipped_values_are_read_as_written(library):
    squeeze = library.exercises["shoulder-blade-squeeze"]
    assert squeeze.style is Style.HOLD
    assert squeeze.reps == Dosed(10, 10)
    assert squeeze.hold_seconds == Dosed(5, 10)
    assert squeeze.sets == Dosed(1, 1)  # sets left out: the default
    assert squeeze.hold is not None
    assert squeeze.hold.label == "Squeeze and hold"
    row = library.exercises["seated-row"]
    assert row.style is Style.PACED
    assert row.hold_seconds is None
    assert [(p.label, p.seconds) for p in row.phases] == [
        ("Pull", 2.0),
        ("Squeeze", 1.0),
        ("Return slowly", 3.0),
    ]
    assert library.phrases.cue("hold", seconds=5) == "Hold for 5 seconds."
    assert library.phrases.label("rest_exercises", next="Cat-Cow") == "Rest — next: Cat-Cow"


def test_unedited_copies_load_from_disk(tmp_path):
    # The baseline every malformed case below differs from by one edit.
    exercises = load_exercises(write(tmp_path / "exercises.toml", CATALOGUE))
    assert list(exercises) == PROGRAMME
    routine = load_routine(write(tmp_path / "desk-break.toml", DESK_BREAK), exercises)
    assert routine.id == "desk-break"
    assert routine.name == "Desk break"
    assert load_phrases(write(tmp_path / "phrases.toml", PHRASES)).labels["finish"] == "Finished"


def format_doc_examples():
    """(file name, toml text) for each routine example in FORMAT.md."""
    pattern = re.compile(r"Example: `routines/([^`]+\.toml)`\s*```toml\n(.*?)```", re.DOTALL)
    return pattern.findall(FORMAT_DOC)


def test_format_doc_example_routine_loads(tmp_path, library):
    examples = format_doc_examples()
    assert examples, "FORMAT.md should show an example routine in a ```toml block"
    user_dir = tmp_path / "routines"
    user_dir.mkdir()
    for name, text in examples:
        path = write(user_dir / name, text)
        routine = load_routine(path, library.exercises)
        expected = tomllib.loads(text)
        assert routine.id == expected["id"] == path.stem
        assert [e.id for e in routine.exercises] == expected["exercises"]
    loaded = load_library(RESOURCES, user_dir)
    assert loaded.problems == []
    assert set(loaded.routines) == {"full", "desk-break"} | {Path(n).stem for n, _ in examples}


# --- malformed catalogue ------------------------------------------------------------


def case(old, new, exercise, field, expected, *, id):
    """One edit (``old`` -> ``new``), where the error points, and what it must say."""
    return pytest.param((old, new), (exercise, field), expected, id=id)


CATALOGUE_CASES = [
    case(
        'name = "Wall Angels"\n',
        "",
        "wall-angels",
        "name",
        ("missing",),
        id="missing-field",
    ),
    case(
        "reps = 10\n",
        'reps = "ten"\n',
        "shoulder-blade-squeeze",
        "dose.reps",
        ("expected a whole number or a [gentle, standard] pair", "text ('ten')"),
        id="reps-text",
    ),
    case(
        "reps = 10\n",
        "reps = 10.5\n",
        "shoulder-blade-squeeze",
        "dose.reps",
        ("expected a whole number", "a number (10.5)"),
        id="reps-fraction",
    ),
    case(
        "hold_seconds = 10\n",
        "hold_seconds = true\n",
        "thoracic-extension",
        "dose.hold_seconds",
        ("expected a whole number", "true/false"),
        id="hold-seconds-bool",
    ),
    case(
        "hold_seconds = [20, 30]",
        "hold_seconds = 0",
        "childs-pose",
        "dose.hold_seconds",
        ("expected a value from 1 to 600, got 0",),
        id="hold-seconds-zero",
    ),
    case(
        'cue = "Now squeeze."\nseconds = 1',
        'cue = "Now squeeze."\nseconds = -3',
        "seated-row",
        "phase[1].seconds",
        ("expected a value from 0.5 to 60, got -3",),
        id="phase-seconds-negative",
    ),
    case(
        'cue = "Slowly slide your arms up."\nseconds = 3',
        'cue = "Slowly slide your arms up."\nseconds = true',
        "wall-angels",
        "phase[0].seconds",
        ("expected a number of seconds", "true/false"),
        id="phase-seconds-bool",
    ),
    case(
        'cue = "Breathe in, arch, lift your head."\nseconds = 3',
        'cue = "Breathe in, arch, lift your head."\nseconds = nan',
        "cat-cow",
        "phase[0].seconds",
        ("expected a value from 0.5 to 60, got nan",),
        id="phase-seconds-nan",
    ),
    case(
        "reps = [5, 10]",
        "reps = 100000",
        "thoracic-extension",
        "dose.reps",
        ("expected a value from 1 to 100, got 100000",),
        id="reps-absurd",
    ),
    case(
        "hold_seconds = [5, 10]",
        "hold_seconds = 86400",
        "shoulder-blade-squeeze",
        "dose.hold_seconds",
        ("expected a value from 1 to 600, got 86400",),
        id="hold-seconds-absurd",
    ),
    case(
        "reps = 10\n",
        "reps = 10\nsets = 50\n",
        "shoulder-blade-squeeze",
        "dose.sets",
        ("expected a value from 1 to 20, got 50",),
        id="sets-absurd",
    ),
    case(
        "hold_seconds = [20, 30]",
        "hold_seconds = [30, 20]",
        "childs-pose",
        "dose.hold_seconds",
        ("expected the gentle dose first", "30 before 20"),
        id="pair-wrong-order",
    ),
    case(
        "hold_seconds = [20, 30]",
        "hold_seconds = [20, 25, 30]",
        "childs-pose",
        "dose.hold_seconds",
        ("[gentle, standard] pair", "a list of 3"),
        id="pair-of-three",
    ),
    case(
        "reps = [5, 10]",
        "repz = [5, 10]",
        "thoracic-extension",
        "dose.repz",
        ("unknown field", "expected one of: hold_seconds, reps, sets"),
        id="unknown-key-typo",
    ),
    case(
        'place = "wall"',
        'place = "garden"',
        "wall-angels",
        "place",
        ("expected one of desk, chair, wall, floor", "got 'garden'"),
        id="unknown-place",
    ),
    case(
        CHILDS_POSE_HOLD,
        "",
        "childs-pose",
        "hold",
        ("missing",),
        id="hold-without-hold-table",
    ),
    case(
        'release = "And relax."\n',
        'release = "And relax."\n\n[[exercise.phase]]\nlabel = "Up"\ncue = "Up."\nseconds = 2\n',
        "shoulder-blade-squeeze",
        "phase",
        ("hold exercise has no phases", "[exercise.hold]"),
        id="hold-with-phases",
    ),
    case(
        'figure = "cat-cow.svg"\n\n[exercise.dose]\nreps = [10, 15]\n',
        'figure = "cat-cow.svg"\n\n[exercise.dose]\nreps = [10, 15]\nhold_seconds = 5\n',
        "cat-cow",
        "dose.hold_seconds",
        ("paced exercise has no hold", "left out"),
        id="paced-with-hold-seconds",
    ),
    case(
        "[exercise.dose]\nreps = 10\nhold_seconds = [5, 10]\n",
        "dose = 10\n",
        "shoulder-blade-squeeze",
        "dose",
        ("expected a table",),
        id="dose-not-a-table",
    ),
    case(
        WALL_ANGELS_DOSE_AND_PHASES,
        'phase = ["Slide up", "Slide down"]\n\n[exercise.dose]\nreps = [10, 15]\n',
        "wall-angels",
        "phase[0]",
        ("expected a table",),
        id="phase-not-a-table",
    ),
    case(
        'id = "wall-angels"',
        'id = "Wall Angels"',
        "Wall Angels",
        "id",
        ("expected lowercase letters, digits and hyphens", "got 'Wall Angels'"),
        id="id-uppercase-spaces",
    ),
    case(
        'id = "wall-angels"',
        'id = "cat-cow"',
        "cat-cow",
        "id",
        ("used twice", "its own id"),
        id="duplicate-exercise-id",
    ),
    case(
        "format = 1",
        "format = 2",
        None,
        "format",
        ("expected 1",),
        id="format-2",
    ),
    case(
        "format = 1",
        "format = true",
        None,
        "format",
        ("expected 1",),
        id="format-bool",
    ),
]


@pytest.mark.parametrize(("change", "blame", "expected"), CATALOGUE_CASES)
def test_malformed_catalogue(tmp_path, change, blame, expected):
    path = write(tmp_path / "exercises.toml", edit(CATALOGUE, *change))
    with pytest.raises(CatalogueError) as caught:
        load_exercises(path)
    check(caught.value, path, *blame, *expected)


# --- malformed routines -------------------------------------------------------------

ROUTINE_CASES = [
    case(
        '"thoracic-extension",',
        '"toe-touches",',
        "toe-touches",
        "exercises[1]",
        ("unknown exercise", "expected one of:", "cat-cow", "childs-pose"),
        id="unknown-exercise-id",
    ),
    case(
        DESK_BREAK_LIST,
        "exercises = []",
        None,
        "exercises",
        ("expected a non-empty list", "a list of 0"),
        id="empty-routine",
    ),
    case(
        DESK_BREAK_LIST,
        'exercises = "cat-cow"',
        None,
        "exercises",
        ("expected a non-empty list", "text ('cat-cow')"),
        id="exercises-not-a-list",
    ),
    case(
        DESK_BREAK_LIST,
        "exercises = [" + '"cat-cow", ' * 31 + "]",
        None,
        "exercises",
        ("expected at most 30 exercises, got 31",),
        id="too-many-exercises",
    ),
    case(
        '"thoracic-extension",',
        "42,",
        None,
        "exercises[1]",
        ("expected an exercise id", "a whole number (42)"),
        id="exercise-id-number",
    ),
    case(
        'id = "desk-break"',
        'id = "lunch-break"',
        None,
        "id",
        ("expected the id to match the file name 'desk-break'", "got 'lunch-break'"),
        id="id-not-file-name",
    ),
    case(
        'id = "desk-break"',
        'id = "Desk Break"',
        None,
        "id",
        ("expected lowercase letters, digits and hyphens", "got 'Desk Break'"),
        id="id-uppercase-spaces",
    ),
    case(
        'name = "Desk break"',
        'name = "  "',
        None,
        "name",
        ("expected some text", "empty string"),
        id="blank-name",
    ),
    case(
        'name = "Desk break"\n',
        "",
        None,
        "name",
        ("missing",),
        id="missing-name",
    ),
    case(
        "description =",
        "descripton =",
        None,
        "descripton",
        ("unknown field", "description"),
        id="unknown-key-typo",
    ),
    case(
        "format = 1",
        'format = "1"',
        None,
        "format",
        ("expected 1",),
        id="format-text",
    ),
]


@pytest.mark.parametrize(("change", "blame", "expected"), ROUTINE_CASES)
def test_malformed_routine(tmp_path, library, change, blame, expected):
    path = write(tmp_path / "desk-break.toml", edit(DESK_BREAK, *change))
    with pytest.raises(CatalogueError) as caught:
        load_routine(path, library.exercises)
    check(caught.value, path, *blame, *expected)


# --- malformed phrases --------------------------------------------------------------

PHRASE_CASES = [
    pytest.param(
        "Hold for {seconds} seconds.",
        "Hold for {secs} seconds.",
        "cues.hold",
        ("unknown placeholder {secs}", "expected only: {seconds}"),
        id="unknown-placeholder",
    ),
    pytest.param(
        'finish = "Finished"',
        'finish = "Finished {routine}"',
        "labels.finish",
        ("unknown placeholder {routine}", "expected only: none"),
        id="placeholder-from-another-phrase",
    ),
    pytest.param(
        "Hold for {seconds} seconds.",
        "Hold for {} seconds.",
        "cues.hold",
        ("unknown placeholder {}", "expected only: {seconds}"),
        id="positional-placeholder",
    ),
    pytest.param(
        "Hold for {seconds} seconds.",
        "Hold for {seconds:{width}} seconds.",
        "cues.hold",
        ("unknown placeholder {width}", "expected only: {seconds}"),
        id="placeholder-in-format-spec",
    ),
    pytest.param(
        "Hold for {seconds} seconds.",
        "Hold for {seconds seconds.",
        "cues.hold",
        ("expected a template with matching { and }",),
        id="unbalanced-brace",
    ),
    pytest.param(
        'last_rep = "Last one."\n',
        "",
        "cues.last_rep",
        ("missing",),
        id="missing-phrase",
    ),
    pytest.param(
        "paced_rep =",
        "paced_repp =",
        "cues.paced_repp",
        ("unknown field", "paced_rep"),
        id="unknown-key-typo",
    ),
]


@pytest.mark.parametrize(("old", "new", "field", "expected"), PHRASE_CASES)
def test_malformed_phrases(tmp_path, old, new, field, expected):
    path = write(tmp_path / "phrases.toml", edit(PHRASES, old, new))
    with pytest.raises(CatalogueError) as caught:
        load_phrases(path)
    check(caught.value, path, None, field, *expected)


# --- files that are not TOML text ---------------------------------------------------


def test_bad_toml_syntax_names_the_line(tmp_path):
    text = edit(CATALOGUE, "reps = 10\n", "reps = = 10\n")
    line = text[: text.index("reps = = 10")].count("\n") + 1
    path = write(tmp_path / "exercises.toml", text)
    with pytest.raises(CatalogueError) as caught:
        load_exercises(path)
    check(caught.value, path, None, None, "not valid TOML", f"line {line}")


def test_utf16_catalogue_is_not_utf8(tmp_path):
    path = tmp_path / "exercises.toml"
    path.write_bytes(CATALOGUE.encode("utf-16"))
    with pytest.raises(CatalogueError) as caught:
        load_exercises(path)
    check(caught.value, path, None, None, "not UTF-8", "position 0")


def test_latin1_routine_is_not_utf8(tmp_path, library):
    text = edit(DESK_BREAK, 'name = "Desk break"', 'name = "Café break"')
    assert text.index("é") == len(text[: text.index("é")].encode("utf-8"))  # ASCII before it
    path = tmp_path / "desk-break.toml"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(CatalogueError) as caught:
        load_routine(path, library.exercises)
    check(caught.value, path, None, None, "not UTF-8", f"position {text.index('é')}")


@pytest.mark.parametrize(
    "load",
    [
        pytest.param(load_exercises, id="catalogue"),
        pytest.param(load_phrases, id="phrases"),
        pytest.param(lambda path: load_routine(path, {}), id="routine"),
    ],
)
def test_unreadable_file(tmp_path, load):
    path = tmp_path / "x.toml"
    path.mkdir()  # a folder with a routine's name: reading it fails even as root
    with pytest.raises(CatalogueError) as caught:
        load(path)
    check(caught.value, path, None, None, "cannot be read")


# --- the whole library --------------------------------------------------------------


def routine_named(routine_id):
    """The shipped desk break routine under another id (for a file ``<routine_id>.toml``)."""
    return edit(DESK_BREAK, 'id = "desk-break"', f'id = "{routine_id}"')


def test_user_routines_load_and_bad_ones_are_reported(tmp_path):
    user_dir = tmp_path / "routines"
    user_dir.mkdir()
    write(user_dir / "morning.toml", routine_named("morning"))
    write(user_dir / "notes.txt", "not a routine, and not read")
    # file name -> (content, the field blamed, what the message says)
    bad = {
        "full.toml": (routine_named("full"), "id", "already used by another routine"),
        "broken.toml": (DESK_BREAK + "[[[\n", None, "not valid TOML"),
        "empty.toml": (
            edit(routine_named("empty"), DESK_BREAK_LIST, "exercises = []"),
            "exercises",
            "non-empty list",
        ),
        "misnamed.toml": (DESK_BREAK, "id", "match the file name 'misnamed'"),
        "latin.toml": (
            routine_named("latin").replace("Desk break", "Café break").encode("latin-1"),
            None,
            "not UTF-8",
        ),
        "folder.toml": (None, None, "cannot be read"),
    }
    for name, (content, _, _) in bad.items():
        if content is None:
            (user_dir / name).mkdir()
        elif isinstance(content, bytes):
            (user_dir / name).write_bytes(content)
        else:
            write(user_dir / name, content)

    library = load_library(RESOURCES, user_dir)

    assert set(library.routines) == {"full", "desk-break", "morning"}
    assert [e.id for e in library.routines["morning"].exercises] == [
        "shoulder-blade-squeeze",
        "thoracic-extension",
    ]
    # The user's full.toml did not replace the built-in routine of that id.
    assert library.routines["full"].name == "Full routine"
    assert [e.id for e in library.routines["full"].exercises] == PROGRAMME
    # One error per bad file, each naming it.
    assert sorted(Path(error.file).name for error in library.problems) == sorted(bad)
    for error in library.problems:
        path = Path(error.file)
        _, field, expected = bad[path.name]
        check(error, user_dir / path.name, None, field, expected)


def test_missing_user_folder_is_no_problem(tmp_path):
    library = load_library(RESOURCES, tmp_path / "absent")
    assert set(library.routines) == {"full", "desk-break"}
    assert library.problems == []


def test_broken_builtin_routine_is_raised_not_skipped(tmp_path):
    resources = tmp_path / "resources"
    (resources / "routines").mkdir(parents=True)
    for name in ("exercises.toml", "phrases.toml", "routines/full.toml"):
        (resources / name).write_bytes((RESOURCES / name).read_bytes())
    write(resources / "routines" / "desk-break.toml", edit(DESK_BREAK, '"desk-break"', '"desk"'))
    with pytest.raises(CatalogueError) as caught:
        load_library(resources, tmp_path / "absent")
    assert caught.value.field == "id"
    assert "desk-break" in caught.value.file
    assert "match the file name 'desk-break'" in str(caught.value)

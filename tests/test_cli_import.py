"""``backrelief --import FILE`` and ``backrelief FILE.toml``, run as real processes.

An import either saves one routine file or changes nothing at all; a later launch that
opens a routine file hands the first BackRelief a path it can open from its own folder.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backrelief_gui.app import _on_forwarded
from backrelief_gui.cli import import_routine_file, parse_options, with_absolute_file
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Entry
from backrelief_gui.core.loading import load_library
from backrelief_gui.core.routine_file import routine_to_toml
from tests.shared_routines import CORPUS, SHARED

BACKRELIEF = [sys.executable, "-m", "backrelief_gui"]
BROKEN_OWN = 'format = 1\nid = "half-done"\nexercises = ['  # the user's, mid-edit


def run(*args, data_dir, cwd=None, timeout=60):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "backrelief_gui", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=environment,
        cwd=cwd,
    )


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, hidden ones too, byte for byte."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def data_dir(tmp_path):
    """A data folder with a routine of the user's and a file of theirs that does not load."""
    data = tmp_path / "data"
    routines = data / "routines"
    routines.mkdir(parents=True)
    (routines / "mine.toml").write_text(
        'format = 1\nid = "mine"\nname = "Mine"\ndescription = "d"\nexercises = ["cat-cow"]\n'
    )
    (routines / "half-done.toml").write_text(BROKEN_OWN)
    return data


def test_a_valid_file_is_saved_and_named(tmp_path, data_dir):
    shared = tmp_path / "shoulder-care.backrelief.toml"
    shared.write_text(SHARED)
    done = run("--import", str(shared), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    first_line = done.stdout.splitlines()[0]
    assert first_line == "Imported the routine 'shoulder-care': Shoulder care"
    assert "backrelief --start shoulder-care" in done.stdout
    saved = data_dir / "routines" / "shoulder-care.toml"
    routine = load_library(bundled_resources(), data_dir / "routines").routines["shoulder-care"]
    assert routine.entries == (
        Entry("shoulder-blade-squeeze", reps=12, hold_seconds=8),
        Entry("wall-angels", tempo_seconds=8, per_side=True),
    )
    assert saved.read_text() == routine_to_toml(routine)
    listed = run("--list-routines", data_dir=data_dir)
    assert "shoulder-care\tShoulder care\t" in listed.stdout


def test_a_clash_with_a_users_routine_takes_a_new_id(tmp_path, data_dir):
    shared = tmp_path / "mine.toml"
    shared.write_text(SHARED.replace('"shoulder-care"', '"mine"'))
    before = (data_dir / "routines" / "mine.toml").read_bytes()
    done = run("--import", str(shared), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported the routine 'mine-2': Shoulder care\n")
    assert "already have a routine 'mine'" in done.stdout
    assert (data_dir / "routines" / "mine.toml").read_bytes() == before
    assert (data_dir / "routines" / "mine-2.toml").is_file()


def test_the_id_of_a_file_that_did_not_load_is_not_taken(tmp_path, data_dir):
    shared = tmp_path / "half-done.toml"
    shared.write_text(SHARED.replace('"shoulder-care"', '"half-done"'))
    done = run("--import", str(shared), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert (data_dir / "routines" / "half-done.toml").read_text() == BROKEN_OWN
    assert (data_dir / "routines" / "half-done-2.toml").is_file()


def test_importing_the_same_file_twice_adds_it_once(tmp_path, data_dir):
    shared = tmp_path / "shared.toml"
    shared.write_text(SHARED)
    assert run("--import", str(shared), data_dir=data_dir).returncode == 0
    before = folder_bytes(data_dir / "routines")
    again = run("--import", str(shared), data_dir=data_dir)
    assert again.returncode == 0
    assert again.stdout.strip() == (
        "You already have this routine: shoulder-care. Nothing was changed."
    )
    assert folder_bytes(data_dir / "routines") == before


def test_a_hostile_file_lists_every_problem_and_changes_nothing(data_dir):
    before = folder_bytes(data_dir)
    path = CORPUS / "wrong-types.toml"
    done = run("--import", str(path), data_dir=data_dir)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    heading = f"backrelief: {path} was not imported; 7 problems to fix first:"
    problems = lines[lines.index(heading) + 1 :]
    assert len(problems) == 7
    assert all(line.startswith(f"  {path}, ") for line in problems)
    assert f"  {path}, field 'id': expected text in quotes, got a whole number (42)" in problems
    assert (
        f"  {path}, exercise 'shoulder-blade-squeeze', field 'per_side': "
        "expected true or false, got text ('yes')"
    ) in problems
    assert done.stdout == ""
    after = folder_bytes(data_dir)
    after.pop("cache/routines.json", None)  # the parsed copies of the shipped files
    assert after == before


def test_a_file_over_the_cap_is_refused_by_the_command(tmp_path, data_dir):
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    done = run("--import", str(big), data_dir=data_dir)
    assert done.returncode == 2
    assert "the file is 50.0 MB, but a routine file is at most 256 KB" in done.stderr


def test_the_import_imports_no_qt(tmp_path, data_dir):
    shared = tmp_path / "shared.toml"
    shared.write_text(SHARED)
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from backrelief_gui.app import main\n"
        f"raise SystemExit(main(['--data-dir', {str(data_dir)!r}, '--import', {str(shared)!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.toml")))
def test_a_refused_import_leaves_the_routines_folder_byte_for_byte(name, data_dir):
    library = load_library(bundled_resources(), data_dir / "routines")
    before = folder_bytes(data_dir / "routines")
    out, errors = io.StringIO(), io.StringIO()
    code = import_routine_file(library, data_dir, CORPUS / name, out, errors)
    assert code == 2 and out.getvalue() == ""
    assert "was not imported" in errors.getvalue()
    assert folder_bytes(data_dir / "routines") == before


# --- a routine file opened from a file manager ------------------------------------------


def test_a_file_argument_must_be_a_toml_file(tmp_path):
    done = run("notes.txt", data_dir=tmp_path)
    assert done.returncode == 2
    assert "'notes.txt' is not a routine file: expected a name ending in .toml" in done.stderr


def test_the_file_argument_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    options = parse_options(["--data-dir", str(tmp_path), "shared.backrelief.toml"])
    assert options.open_file == tmp_path / "shared.backrelief.toml"
    argv = ["--mute", "shared.backrelief.toml"]
    assert with_absolute_file(argv) == ["--mute", str(tmp_path / "shared.backrelief.toml")]
    absolute = ["/somewhere/else.toml"]
    assert with_absolute_file(absolute) == absolute
    assert with_absolute_file(["--start", "full"]) == ["--start", "full"]


def test_a_forwarded_file_is_offered_for_import():
    opened = []
    _on_forwarded(None, ["--mute", "/home/someone/shared.toml"], opened.append)
    assert opened == [Path("/home/someone/shared.toml")]


def test_the_app_opened_with_a_routine_file_starts_and_ends_cleanly(tmp_path):
    """The window comes up with the import offered (its dialog is tested in tests/ui)."""
    shared = tmp_path / "shared.backrelief.toml"
    shared.write_text(SHARED)
    data = tmp_path / "data"
    app = subprocess.Popen(
        [*BACKRELIEF, "--data-dir", str(data), "--notify-ready", "--speed", "50", str(shared)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert app.stdout.readline().strip() == "ready", app.stderr.read()
    finally:
        app.send_signal(signal.SIGTERM)
        _out, errors = app.communicate(timeout=30)
    assert app.returncode == 0, errors
    assert "Traceback" not in errors
    assert not (data / "routines").exists()  # offered, not imported


FIRST = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from backrelief_gui.platform.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
assert instance.acquire()
instance.message_received.connect(lambda argv: (print(json.dumps(argv), flush=True), app.quit()))
print("first", flush=True)
app.exec()
"""


def test_a_second_launch_forwards_the_file_as_an_absolute_path(tmp_path):
    """A file manager starts ``backrelief FILE`` in its own folder; the first BackRelief,
    started elsewhere, must still find the file."""
    data = tmp_path / "data"
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "shared.backrelief.toml").write_text(SHARED)
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert first.stdout.readline().strip() == "first", first.stderr.read()
        second = run("shared.backrelief.toml", data_dir=data, cwd=elsewhere)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        forwarded = json.loads(first.stdout.readline())
    finally:
        first.kill()
        first.communicate(timeout=30)
    assert str(elsewhere / "shared.backrelief.toml") in forwarded
    assert "shared.backrelief.toml" not in forwarded  # the relative name is gone

"""The user's routine files, on a real folder: saved whole, deleted, put back byte for byte."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Entry
from backrelief_gui.core.loading import load_library
from backrelief_gui.core.routine_draft import Draft
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.storage.user_routines import RemovedFile, RoutineStorageError, UserRoutines

HAND_WRITTEN = b"""# My own, typed by hand
format = 1
id = "morning"
name = "Morning"
description = "Short."
exercises = ["cat-cow", "wall-angels"]   # two only
"""


def _can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """Make ``folder`` refuse new files for real, also for root (with ``chattr +i``)."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    immutable = False
    try:
        if _can_write(folder) and shutil.which("chattr"):  # root ignores permissions
            immutable = subprocess.run(["chattr", "+i", str(folder)], check=False).returncode == 0
        if _can_write(folder):
            pytest.skip("this machine cannot make a folder read-only")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "data" / "routines"


@pytest.fixture
def files(folder) -> UserRoutines:
    return UserRoutines(folder)


@pytest.fixture
def morning(library):
    draft = Draft("morning", "Morning", "A gentle start.").adding("cat-cow").adding("childs-pose")
    cat_cow = library.exercises["cat-cow"]
    draft = draft.with_value(0, "reps", 12, cat_cow).with_value(0, "tempo_seconds", 7.5, cat_cow)
    return draft.with_per_side(1, True).routine(library.exercises)


def test_a_saved_routine_is_its_own_file_and_loads_back_equal(files, folder, morning):
    path = files.save(morning)
    assert path == folder / "morning.toml"
    assert path.read_text(encoding="utf-8") == routine_to_toml(morning)
    loaded = load_library(bundled_resources(), folder)
    assert loaded.problems == []
    assert loaded.routines["morning"] == morning
    assert loaded.routines["morning"].entries[1] == Entry("childs-pose", per_side=True)


def test_saving_again_replaces_the_file_and_leaves_nothing_beside_it(files, folder, morning):
    files.save(morning)
    files.save(morning._replace(name="Morning, longer"))
    assert [p.name for p in folder.iterdir()] == ["morning.toml"]
    assert 'name = "Morning, longer"' in (folder / "morning.toml").read_text(encoding="utf-8")


def test_a_built_in_routine_is_never_written_as_a_user_file(files, folder, library):
    with pytest.raises(ValueError, match="built-in"):
        files.save(library.routines["full"])
    assert not folder.exists()


def test_delete_then_restore_gives_back_the_exact_file(files, folder):
    folder.mkdir(parents=True)
    path = folder / "morning.toml"
    path.write_bytes(HAND_WRITTEN)
    path.chmod(0o644)
    removed = files.delete("morning")
    assert removed == RemovedFile(HAND_WRITTEN, 0o644)
    assert not path.exists()
    files.restore("morning", removed)
    assert path.read_bytes() == HAND_WRITTEN
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in folder.iterdir()] == ["morning.toml"]


def test_deleting_a_routine_with_no_file_is_no_error(files):
    assert files.delete("never-saved") is None


def test_fresh_ids_avoid_built_in_loaded_and_unreadable_routines(files, folder, library):
    folder.mkdir(parents=True)
    (folder / "morning.toml").write_text("this is not TOML", encoding="utf-8")
    assert files.fresh_id("Full", library.routines) == "full-2"
    assert files.fresh_id("Desk break", library.routines) == "desk-break-2"
    assert files.fresh_id("Morning", library.routines) == "morning-2"  # the broken file stays
    assert files.fresh_id("Evening", library.routines) == "evening"
    assert files.fresh_id("Evening", {"evening", "evening-2"}) == "evening-3"


def test_a_read_only_folder_gives_a_plain_message_and_changes_nothing(files, folder, morning):
    folder.mkdir(parents=True)
    (folder / "morning.toml").write_bytes(HAND_WRITTEN)
    with read_only(folder):
        with pytest.raises(RoutineStorageError) as raised:
            files.save(morning._replace(name="Changed"))
        message = str(raised.value)
        assert "“Changed” could not be saved" in message
        assert str(folder) in message
        assert "not allowed to write" in message
        with pytest.raises(RoutineStorageError, match="could not be deleted"):
            files.delete("morning")
        assert sorted(os.listdir(folder)) == ["morning.toml"]
    assert (folder / "morning.toml").read_bytes() == HAND_WRITTEN


def test_a_file_where_the_folder_should_be_is_named_as_the_problem(tmp_path, morning):
    (tmp_path / "routines").write_text("not a folder", encoding="utf-8")
    with pytest.raises(RoutineStorageError, match="not a folder"):
        UserRoutines(tmp_path / "routines").save(morning)

"""Backup and restore on real SQLite files written through the store."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import UTC, datetime

import pytest

from backrelief_gui.core.history_model import SessionStatus
from backrelief_gui.storage.backup import RestoreError, backup, restore
from backrelief_gui.storage.history import (
    HISTORY_FILE,
    SCHEMA_VERSION,
    HistoryStore,
    connect,
    migrate,
    open_history,
)
from tests.storage.conftest import NOTE, at, sample_history


def _contents(store: HistoryStore):
    return store.sessions(), store.exercises()


def test_a_backup_of_the_open_store_restores_whole(store, tmp_path):
    sample_history(store)
    live = store.path
    wal = live.with_name(f"{live.name}-wal")
    assert wal.stat().st_size > 0  # the latest writes are still only in the WAL
    raw = tmp_path / "raw-copy.sqlite3"
    shutil.copyfile(live, raw)  # what a plain file copy would have caught
    assert _raw_session_count(raw) < len(store.sessions())

    copy = tmp_path / "backups" / "history-backup.sqlite3"
    backup(store, copy)
    assert not copy.with_name(f"{copy.name}-wal").exists()  # one self-contained file
    store.set_note(store.sessions()[0].id, "written after the backup")  # the store still works

    opened = restore(tmp_path / "elsewhere", copy, current=None)
    assert opened.store is not None
    try:
        restored = _contents(opened.store)
    finally:
        opened.store.close()
    sessions, exercises = _contents(store)
    assert restored[1] == exercises
    assert restored[0] == [sessions[0]._replace(note=NOTE), *sessions[1:]]
    assert str(copy) in opened.message


def _raw_session_count(path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT count(*) FROM session").fetchone()[0]
    except sqlite3.OperationalError:  # not even the table got out of the WAL yet
        return 0
    finally:
        db.close()


def test_restore_keeps_the_current_history_and_closes_its_store(store, tmp_path):
    sample_history(store)
    copy = tmp_path / "backup.sqlite3"
    backup(store, copy)
    other_dir = tmp_path / "other"
    other = open_history(other_dir).store
    old = other.begin_session("old", "Old routine", "gentle", 60, at(1, 8), 0)
    other.end_session(old, SessionStatus.COMPLETED, at(1, 8, 1), 60)
    before = _contents(other)

    opened = restore(other_dir, copy, current=other)
    try:
        assert _contents(opened.store) == _contents(store)
    finally:
        opened.store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        other.sessions()  # restore closed the old store
    kept = list(other_dir.glob("history-before-restore-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in opened.message
    kept_store = HistoryStore(connect(kept[0]), kept[0])
    try:
        assert _contents(kept_store) == before
    finally:
        kept_store.close()


def _not_a_database(path):
    path.write_bytes(b"session,routine\n1,desk break\n" * 200)


def _without_our_tables(path):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipe (name TEXT)")
        db.execute("INSERT INTO recipe VALUES ('soup')")
    db.close()


def _from_a_newer_version(path):
    db = connect(path)
    migrate(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_not_a_database, "not a database file"),
        (_without_our_tables, "not a BackRelief history"),
        (_from_a_newer_version, "newer version of BackRelief"),
        (lambda path: None, "no such file"),
    ],
)
def test_restore_refuses_what_is_not_our_history(store, tmp_path, make, says):
    sample_history(store)
    data_dir = store.path.parent
    source = tmp_path / "backup.sqlite3"
    make(source)
    before = _contents(store)
    files = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(RestoreError, match=re.escape(says)) as refused:
        restore(data_dir, source, current=store)
    assert str(source) in str(refused.value)

    assert _contents(store) == before  # still open, still the same
    assert sorted(p.name for p in data_dir.iterdir()) == files  # nothing kept aside or left
    store.close()
    reopened = open_history(data_dir).store
    try:
        assert _contents(reopened) == before
    finally:
        reopened.close()


def test_restore_brings_a_first_version_backup_forward(tmp_path):
    source = tmp_path / "old-backup.sqlite3"
    db = connect(source)
    migrate(db, target=1)
    with db:
        db.execute(
            "INSERT INTO session (routine_id, routine_name, dose, started_utc,"
            " utc_offset_minutes, ended_utc, status, planned_seconds, active_seconds,"
            " pain_before, pain_after, note) VALUES ('desk-break', 'Desk break', 'gentle',"
            " '2024-11-02T08:00:00.000000Z', 60, '2024-11-02T08:10:00.000000Z', 'completed',"
            " 600, 590, 5, 2, 'from the old days')"
        )
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()

    data_dir = tmp_path / "data"
    opened = restore(data_dir, source, current=None)
    try:
        (session,) = opened.store.sessions()
        assert session.routine_name == "Desk break" and session.note == "from the old days"
        assert (session.pain_before, session.pain_after) == (5, 2)
        assert session.status is SessionStatus.COMPLETED
        assert session.started_utc == datetime(2024, 11, 2, 8, tzinfo=UTC)
        assert session.started_local.isoformat() == "2024-11-02T09:00:00+01:00"
    finally:
        opened.store.close()
    with sqlite3.connect(data_dir / HISTORY_FILE) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    check.close()
    assert "break_reminder" in tables
    assert sorted(p.name for p in source.parent.iterdir()) == ["data", "old-backup.sqlite3"]


def test_restore_swaps_nothing_under_another_program(store, tmp_path):
    """Another connection on the file: the backup is not put under it; the history reopens."""
    sample_history(store)
    copy = tmp_path / "backup.sqlite3"
    backup(store, copy)
    store.set_note(store.sessions()[0].id, "newer than the backup")
    before = _contents(store)
    other_program = sqlite3.connect(store.path)
    other_program.execute("SELECT count(*) FROM session").fetchall()
    try:
        opened = restore(store.path.parent, copy, current=store)
    finally:
        other_program.close()
    try:
        assert "Nothing was restored" in opened.message and "in use" in opened.message
        assert _contents(opened.store) == before
    finally:
        opened.store.close()

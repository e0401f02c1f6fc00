"""The history store on real SQLite files: schema, round trips, and every way a file fails."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from backrelief_gui.core.history_model import ExerciseRecord, Outcome, SessionStatus
from backrelief_gui.storage.history import (
    HISTORY_FILE,
    SCHEMA_VERSION,
    HistoryUnavailableError,
    connect,
    migrate,
    open_history,
)

START = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


def fill(store, *, note="Felt fine", pain=(4, 2)):
    session = store.begin_session("full", "Full routine", "standard", 888.5, START, 120, pain[0])
    store.record_exercise(
        ExerciseRecord(
            session,
            0,
            "cat-cow",
            "Cat-Cow Stretch",
            15,
            15,
            1,
            None,
            Outcome.COMPLETED,
            START + timedelta(minutes=3),
        )
    )
    store.record_exercise(
        ExerciseRecord(
            session,
            1,
            "childs-pose",
            "Child's Pose",
            3,
            1,
            1,
            30,
            Outcome.PARTIAL,
            START + timedelta(minutes=5),
        )
    )
    store.end_session(session, SessionStatus.STOPPED, START + timedelta(minutes=6), 341.25)
    store.set_pain(session, after=pain[1])
    store.set_note(session, note)
    return session


def test_a_new_file_has_the_current_schema_in_wal_mode(tmp_path):
    store, message = open_history(tmp_path)
    assert message is None
    db = sqlite3.connect(tmp_path / HISTORY_FILE)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"session", "session_exercise", "break_reminder"} <= tables
    store.close()


def test_every_field_round_trips(tmp_path):
    store, _ = open_history(tmp_path)
    session = fill(store, note='Commas, "quotes"\nand <b>markup</b> — é 漢')
    store.close()
    store, _ = open_history(tmp_path)
    (record,) = store.sessions()
    assert record.id == session
    assert (record.routine_id, record.routine_name, record.dose) == (
        "full",
        "Full routine",
        "standard",
    )
    assert record.started_utc == START and record.utc_offset_minutes == 120
    assert record.ended_utc == START + timedelta(minutes=6)
    assert record.status is SessionStatus.STOPPED
    assert (record.planned_seconds, record.active_seconds) == (888.5, 341.25)
    assert (record.pain_before, record.pain_after) == (4, 2)
    assert record.note == 'Commas, "quotes"\nand <b>markup</b> — é 漢'
    assert record.local_day.isoformat() == "2026-03-29"  # 02:30 local on the 29th
    first, second = store.exercises(session)
    assert first == ExerciseRecord(
        session,
        0,
        "cat-cow",
        "Cat-Cow Stretch",
        15,
        15,
        1,
        None,
        Outcome.COMPLETED,
        START + timedelta(minutes=3),
    )
    assert second.hold_seconds == 30 and second.outcome is Outcome.PARTIAL
    store.close()


def test_an_exercise_done_again_is_rewritten_not_doubled(tmp_path):
    store, _ = open_history(tmp_path)
    session = store.begin_session("full", "Full", "gentle", 600, START, 0)
    for done in (3, 10):
        store.record_exercise(
            ExerciseRecord(
                session, 0, "cat-cow", "Cat-Cow", 10, done, 1, None, Outcome.COMPLETED, START
            )
        )
    assert [e.done_reps for e in store.exercises(session)] == [10]
    store.close()


def test_values_outside_their_range_are_refused(tmp_path):
    store, _ = open_history(tmp_path)
    session = store.begin_session("full", "Full", "gentle", 600, START, 0)
    with pytest.raises(sqlite3.IntegrityError):
        store.set_pain(session, after=11)
    store.close()


def test_a_first_version_file_is_migrated_forward_and_keeps_its_data(tmp_path):
    db = connect(tmp_path / HISTORY_FILE)
    assert migrate(db, target=1) == 1
    db.execute(
        "INSERT INTO session (routine_id, routine_name, dose, started_utc,"
        " utc_offset_minutes, status, planned_seconds) VALUES ('desk-break', 'Desk',"
        " 'gentle', '2025-01-01T08:00:00.000000Z', 60, 'completed', 253.5)"
    )
    db.commit()
    db.close()
    store, message = open_history(tmp_path)
    assert message is None
    assert [s.routine_id for s in store.sessions()] == ["desk-break"]
    version = sqlite3.connect(tmp_path / HISTORY_FILE).execute("PRAGMA user_version")
    assert version.fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_a_damaged_file_is_set_aside_and_a_fresh_one_started(tmp_path):
    damaged = b"this is not a database, just some bytes " * 200
    (tmp_path / HISTORY_FILE).write_bytes(damaged)
    store, message = open_history(tmp_path)
    assert store is not None and store.sessions() == []
    aside = list(tmp_path.glob("history-damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # nothing lost
    assert str(aside[0]) in message and "new, empty history" in message
    store.close()


def test_a_file_from_a_newer_version_is_left_untouched(tmp_path):
    store, _ = open_history(tmp_path)
    fill(store)
    store.close()
    path = tmp_path / HISTORY_FILE
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = path.read_bytes()
    store, message = open_history(tmp_path)
    assert store is None
    assert "newer version of BackRelief" in message and "untouched" in message
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_made_means_no_history_and_a_message(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    store, message = open_history(blocker)
    assert store is None
    assert "will not be saved" in message and str(blocker) in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_means_no_history_and_a_message(tmp_path):
    tmp_path.chmod(0o500)
    try:
        store, message = open_history(tmp_path)
        assert store is None and "cannot be written" in message
    finally:
        tmp_path.chmod(0o700)


def test_a_locked_file_is_retried_then_reported(tmp_path):
    store, _ = open_history(tmp_path)
    session = store.begin_session("full", "Full", "gentle", 600, START, 0)
    other = sqlite3.connect(tmp_path / HISTORY_FILE, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(HistoryUnavailableError, match="in use by another program"):
            store.set_note(session, "blocked")
    finally:
        other.rollback()
        other.close()
    store.set_note(session, "written once the other program let go")
    assert store.sessions()[0].note == "written once the other program let go"
    store.close()


def test_sessions_left_running_are_marked_interrupted_with_their_last_exercise(tmp_path):
    store, _ = open_history(tmp_path)
    session = store.begin_session("full", "Full", "gentle", 600, START, 0)
    ended = START + timedelta(minutes=2)
    store.record_exercise(
        ExerciseRecord(session, 0, "cat-cow", "Cat-Cow", 10, 10, 1, None, Outcome.COMPLETED, ended)
    )
    store.close()  # as if the app died: the session is still 'running'
    store, message = open_history(tmp_path)
    (record,) = store.sessions()
    assert record.status is SessionStatus.INTERRUPTED and record.ended_utc == ended
    assert record.active_seconds == pytest.approx(120, abs=0.01)
    assert "cut short" in message
    store.close()

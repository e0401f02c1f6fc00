"""The CSV export on real SQLite files written through the store."""

from __future__ import annotations

import csv
import sqlite3
from datetime import datetime

import pytest

from backrelief_gui.storage.csv_export import CSV_COLUMNS, export_csv
from tests.storage.conftest import NOTE, sample_history


def _read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        return list(reader)


def _blank(value) -> str:
    return "" if value is None else str(value)


def test_csv_rows_equal_what_was_stored(store, tmp_path):
    ids = sample_history(store)
    path = tmp_path / "out" / "history.csv"
    count = export_csv(store, path)
    rows = _read_csv(path)
    assert count == len(rows) == 5  # three exercises + one empty session + one exercise
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8 right

    sessions = {s.id: s for s in store.sessions()}
    exercises = {(e.session_id, e.position): e for e in store.exercises()}
    with_exercise = [r for r in rows if r["exercise_position"]]
    assert len(with_exercise) == len(exercises)
    for row in rows:
        session = sessions[int(row["session_id"])]
        assert row["local_date"] == session.local_day.isoformat()
        assert datetime.fromisoformat(row["local_start"]) == session.started_utc
        assert row["utc_start"] == session.started_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert row["routine_id"] == session.routine_id
        assert row["routine_name"] == session.routine_name
        assert row["dose"] == session.dose
        assert row["status"] == session.status.value
        assert float(row["planned_minutes"]) == pytest.approx(session.planned_seconds / 60, 0.01)
        assert float(row["active_minutes"]) == pytest.approx(session.active_seconds / 60, 0.01)
        assert row["pain_before"] == _blank(session.pain_before)
        assert row["pain_after"] == _blank(session.pain_after)
        assert row["note"] == session.note
    for row in with_exercise:
        exercise = exercises[int(row["session_id"]), int(row["exercise_position"])]
        assert row["exercise_id"] == exercise.exercise_id
        assert row["exercise_name"] == exercise.exercise_name
        assert row["planned_reps"] == str(exercise.planned_reps)
        assert row["done_reps"] == str(exercise.done_reps)
        assert row["sets"] == str(exercise.sets)
        assert row["hold_seconds"] == _blank(exercise.hold_seconds)
        assert row["outcome"] == exercise.outcome.value

    full = [r for r in rows if r["session_id"] == str(ids["full"])]
    assert [r["note"] for r in full] == [NOTE] * 3  # commas, quotes, newline, markup, 漢
    assert [r["outcome"] for r in full] == ["completed", "partial", "skipped"]
    assert full[0]["hold_seconds"] == "5" and full[1]["hold_seconds"] == ""
    west = next(r for r in rows if r["session_id"] == str(ids["west"]))
    assert west["local_start"] == "2025-04-15T21:30:00-05:00"
    assert west["local_date"] == "2025-04-15" and west["utc_start"] == "2025-04-16T02:30:00Z"


def test_a_session_without_exercises_keeps_one_row(store, tmp_path):
    ids = sample_history(store)
    export_csv(store, tmp_path / "history.csv")
    rows = [r for r in _read_csv(tmp_path / "history.csv") if r["session_id"] == str(ids["empty"])]
    assert len(rows) == 1
    assert rows[0]["routine_name"] == "Evening ease" and rows[0]["status"] == "stopped"
    assert all(rows[0][column] == "" for column in CSV_COLUMNS[CSV_COLUMNS.index("note") + 1 :])


def test_an_empty_history_exports_just_the_header(store, tmp_path):
    assert export_csv(store, tmp_path / "history.csv") == 0
    assert _read_csv(tmp_path / "history.csv") == []


def test_a_failed_export_leaves_the_old_file_and_no_partial_one(store, tmp_path):
    sample_history(store)
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "history.csv").mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        export_csv(store, folder / "history.csv")
    assert [p.name for p in folder.iterdir()] == ["history.csv"]  # no temporary left behind

    kept = tmp_path / "kept.csv"
    kept.write_text("an earlier export\n", encoding="utf-8")
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        export_csv(store, kept)
    assert kept.read_text(encoding="utf-8") == "an earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "exports", "kept.csv"]

"""Export, report, backup and restore on real SQLite files written through the store."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest

from backrelief_gui.core.history_model import ExerciseRecord, Outcome, SessionStatus
from backrelief_gui.storage.export import (
    CSV_COLUMNS,
    REPORT_TITLE,
    RestoreError,
    backup,
    export_csv,
    restore,
    write_report,
)
from backrelief_gui.storage.history import (
    HISTORY_FILE,
    SCHEMA_VERSION,
    HistoryStore,
    connect,
    migrate,
    open_history,
)

TODAY = date(2025, 4, 16)
NOTE = 'Tight, then "much" better;\nsecond line, <b>html</b> & café, Müller, 漢字'


@pytest.fixture
def store(tmp_path):
    opened = open_history(tmp_path / "data")
    assert opened.store is not None, opened.message
    yield opened.store
    opened.store.close()


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 4, day, hour, minute, tzinfo=UTC)


def _exercise(session_id, position, outcome=Outcome.COMPLETED, done=10, hold=None, name=None):
    return ExerciseRecord(
        session_id=session_id,
        position=position,
        exercise_id=f"exercise-{position}",
        exercise_name=name or f"Exercise {position}",
        planned_reps=10,
        done_reps=done,
        sets=2,
        hold_seconds=hold,
        outcome=outcome,
        ended_utc=_at(14, 9, position),
    )


def _fill(store: HistoryStore) -> dict[str, int]:
    """Three sessions: a full one with a hard note, one stopped at once, one far west."""
    full = store.begin_session("desk-break", "Desk break", "standard", 600, _at(14, 9), 120, 6)
    store.record_exercise(_exercise(full, 0, hold=5, name="Chin tucks"))
    store.record_exercise(_exercise(full, 1, Outcome.PARTIAL, done=4, name="Wall angels"))
    store.record_exercise(_exercise(full, 2, Outcome.SKIPPED, done=0, name="Doorway stretch"))
    store.end_session(full, SessionStatus.COMPLETED, _at(14, 9, 11), 557.5)
    store.set_pain(full, after=3)
    store.set_note(full, NOTE)
    empty = store.begin_session("evening", "Evening ease", "gentle", 300, _at(15, 18), 120)
    store.end_session(empty, SessionStatus.STOPPED, _at(15, 18, 1), 12.0)
    # 02:30 UTC on the 16th is still the 15th at 21:30 in UTC-05:00.
    west = store.begin_session("desk-break", "Desk break", "short", 240, _at(16, 2, 30), -300)
    store.record_exercise(_exercise(west, 0, name="Chin tucks"))
    store.end_session(west, SessionStatus.COMPLETED, _at(16, 2, 35), 238.0)
    return {"full": full, "empty": empty, "west": west}


def _read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        return list(reader)


def _blank(value) -> str:
    return "" if value is None else str(value)


# -- CSV ----------------------------------------------------------------------------------


def test_csv_rows_equal_what_was_stored(store, tmp_path):
    ids = _fill(store)
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
    ids = _fill(store)
    export_csv(store, tmp_path / "history.csv")
    rows = [r for r in _read_csv(tmp_path / "history.csv") if r["session_id"] == str(ids["empty"])]
    assert len(rows) == 1
    assert rows[0]["routine_name"] == "Evening ease" and rows[0]["status"] == "stopped"
    assert all(rows[0][column] == "" for column in CSV_COLUMNS[CSV_COLUMNS.index("note") + 1 :])


def test_an_empty_history_exports_just_the_header(store, tmp_path):
    assert export_csv(store, tmp_path / "history.csv") == 0
    assert _read_csv(tmp_path / "history.csv") == []


def test_a_failed_export_leaves_the_old_file_and_no_partial_one(store, tmp_path):
    _fill(store)
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


# -- the PDF report -----------------------------------------------------------------------


def _pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", path.read_bytes()))


def _fill_a_lot(store: HistoryStore) -> None:
    """Eight weeks of daily sessions, thirty exercises and long notes: more than fits."""
    for day in range(60):
        start = datetime(2025, 2, 15, 8, tzinfo=UTC) + timedelta(days=day)
        sid = store.begin_session("r", "Long routine", "standard", 900, start, 60, day % 11)
        for position in range(day % 30, day % 30 + 5):
            store.record_exercise(
                _exercise(sid, position, name=f"Exercise number {position} with a long name")
            )
        store.end_session(sid, SessionStatus.COMPLETED, start + timedelta(minutes=15), 900)
        store.set_pain(sid, after=max(0, day % 11 - 2))
        store.set_note(sid, f"Note {day}: " + "quite a long observation, " * 30)


def _nothing(store: HistoryStore) -> None:
    pass


@pytest.mark.parametrize("fill", [_fill, _fill_a_lot, _nothing])
def test_the_report_is_one_pdf_page(qapp, store, tmp_path, fill):
    fill(store)
    path = tmp_path / "report.pdf"
    write_report(store, path, TODAY, weekly_goal=5)
    assert path.read_bytes().startswith(b"%PDF")
    assert _pages(path) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["report.pdf"]
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "20", str(path), str(tmp_path / "page")], check=True
        )
        assert [p.name for p in tmp_path.glob("page*.png")] == ["page-1.png"]


def test_the_report_text_is_there_and_plain(qapp, store, tmp_path):
    _fill(store)
    path = tmp_path / "report.pdf"
    write_report(store, path, TODAY, weekly_goal=5)
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert REPORT_TITLE in text
    assert "Desk break" in text and "Chin tucks" in text
    assert "<b>html</b>" in text  # a note is drawn as typed, never read as markup


# -- backup and restore -------------------------------------------------------------------


def _contents(store: HistoryStore):
    return store.sessions(), store.exercises()


def test_a_backup_of_the_open_store_restores_whole(store, tmp_path):
    _fill(store)
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
    _fill(store)
    copy = tmp_path / "backup.sqlite3"
    backup(store, copy)
    other_dir = tmp_path / "other"
    other = open_history(other_dir).store
    old = other.begin_session("old", "Old routine", "gentle", 60, _at(1, 8), 0)
    other.end_session(old, SessionStatus.COMPLETED, _at(1, 8, 1), 60)
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
    _fill(store)
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
    _fill(store)
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

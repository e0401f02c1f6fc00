"""The dose each exercise was done at, in the history: the migration that adds it to older
files, and a session recorded by the real link and store that reads back with it."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest

from backrelief_gui.core.catalogue import Dose, Entry, Routine
from backrelief_gui.core.history_model import ExerciseRecord, Outcome, SessionStatus
from backrelief_gui.core.plan import Pacing, compile_plan
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.qt.history_link import HistoryLink
from backrelief_gui.storage.history import (
    HISTORY_FILE,
    SCHEMA_VERSION,
    connect,
    migrate,
    open_history,
)

DOSE_VERSION = 4  # the migration that added session_exercise.dose
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def columns(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[1] for row in db.execute("PRAGMA table_info(session_exercise)")]


def old_file(tmp_path, version: int) -> list[tuple]:
    """A history at ``version`` with three sessions and five exercise rows, as that
    version wrote them; returns the rows as they were."""
    path = tmp_path / HISTORY_FILE
    db = connect(path)
    assert migrate(db, target=version) == version
    with db:
        for session, (day, status) in enumerate(
            [(1, "completed"), (2, "stopped"), (3, "interrupted")], start=1
        ):
            db.execute(
                "INSERT INTO session (id, routine_id, routine_name, dose, started_utc,"
                " utc_offset_minutes, status, planned_seconds, pain_before, pain_after)"
                " VALUES (?, 'full', 'Full routine', 'gentle', ?, 60, ?, 600, 4, 3)",
                (session, f"2025-06-0{day}T08:00:00.000000Z", status),
            )
        rows = [
            (1, 0, "shoulder-blade-squeeze", "Shoulder Blade Squeeze", 10, 10, 1, 5,
             "completed", "2025-06-01T08:02:00.000000Z"),
            (1, 1, "wall-angels", "Wall Angels", 10, 10, 1, None,
             "completed", "2025-06-01T08:05:00.000000Z"),
            (2, 0, "shoulder-blade-squeeze", "Shoulder Blade Squeeze", 10, 4, 1, 5,
             "partial", "2025-06-02T08:01:00.000000Z"),
            (2, 1, "wall-angels", "Wall Angels", 10, 0, 1, None,
             "skipped", "2025-06-02T08:01:30.000000Z"),
            (3, 0, "cat-cow", "Cat-Cow Stretch", 10, 10, 1, None,
             "completed", "2025-06-03T08:03:00.000000Z"),
        ]  # fmt: skip
        db.executemany("INSERT INTO session_exercise VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.close()
    assert "dose" not in columns(path)
    return rows


@pytest.mark.parametrize("version", range(1, DOSE_VERSION))
def test_an_older_file_gains_the_dose_and_keeps_every_row(tmp_path, version):
    rows = old_file(tmp_path, version)
    store, message = open_history(tmp_path)
    assert message is None and store is not None
    try:
        assert columns(tmp_path / HISTORY_FILE)[-1] == "dose"
        read = store.exercises()
        assert [
            (r.session_id, r.position, r.exercise_id, r.done_reps, r.outcome.value) for r in read
        ] == [(row[0], row[1], row[2], row[5], row[8]) for row in rows]
        assert all(r.dose is None for r in read)  # unknown: never counted as gentle
        assert [(s.id, s.status.value) for s in store.sessions()] == [
            (1, "completed"),
            (2, "stopped"),
            (3, "interrupted"),
        ]
        with sqlite3.connect(tmp_path / HISTORY_FILE) as check:
            version_now = check.execute("PRAGMA user_version").fetchone()[0]
        assert version_now == SCHEMA_VERSION >= DOSE_VERSION
        # New rows in the migrated file carry their dose.
        store.record_exercise(
            ExerciseRecord(3, 1, "wall-angels", "Wall Angels", 15, 15, 1, None,
                           Outcome.COMPLETED, START, "standard")
        )  # fmt: skip
        assert store.exercises(3)[-1].dose == "standard"
    finally:
        store.close()


def test_the_migration_stops_at_the_version_asked_for(tmp_path):
    old_file(tmp_path, DOSE_VERSION - 1)
    db = connect(tmp_path / HISTORY_FILE)
    assert migrate(db, target=DOSE_VERSION) == DOSE_VERSION
    assert db.execute("SELECT COUNT(*), COUNT(dose) FROM session_exercise").fetchone() == (5, 0)
    db.close()


def test_a_dose_the_history_does_not_know_is_refused(store):
    session = store.begin_session("full", "Full", "gentle", 600, START, 0)
    record = ExerciseRecord(
        session, 0, "cat-cow", "Cat-Cow", 10, 10, 1, None, Outcome.COMPLETED, START, "extreme"
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.record_exercise(record)
    assert store.exercises(session) == []


def test_a_rewritten_exercise_keeps_the_dose_it_was_done_at(store):
    session = store.begin_session("full", "Full", "gentle", 600, START, 0)
    for done in (3, 10):
        store.record_exercise(
            ExerciseRecord(session, 0, "cat-cow", "Cat-Cow", 10, done, 1, None,
                           Outcome.COMPLETED, START, "gentle")
        )  # fmt: skip
    assert [(r.done_reps, r.dose) for r in store.exercises(session)] == [(10, "gentle")]


def test_exercises_since_a_time_come_from_sessions_started_since(store):
    early = store.begin_session("full", "Full", "gentle", 600, START, 0)
    late = store.begin_session("full", "Full", "gentle", 600, START + timedelta(days=3), 0)
    for session in (early, late):
        store.record_exercise(
            ExerciseRecord(session, 0, "cat-cow", "Cat-Cow", 10, 10, 1, None,
                           Outcome.COMPLETED, START, "gentle")
        )  # fmt: skip
    since = START + timedelta(days=1)
    assert [r.session_id for r in store.exercises(since_utc=since)] == [late]
    assert [s.id for s in store.sessions(since)] == [late]
    assert len(store.exercises()) == 2


# -- recorded by the real link, read back from the real file ---------------------------

QUICK = Pacing(get_ready=1.0, release=0.5, set_rest=2.0, same_place_rest=1.0, new_place_rest=1.0)


def mixed_routine(library) -> Routine:
    """Three exercises: one plain, one the user moved to standard, one whose entry sets
    its own repetitions (its dose is the routine's, 'custom')."""
    entries = (Entry("shoulder-blade-squeeze"), Entry("wall-angels"), Entry("cat-cow", reps=3))
    exercises = tuple(entry.applied_to(library.exercises[entry.exercise]) for entry in entries)
    return Routine("mixed", "Mixed", "Three doses", exercises, entries, builtin=False)


def test_a_session_recorded_through_the_store_carries_each_exercises_dose(qtbot, library, tmp_path):
    store, _ = open_history(tmp_path)
    driver = SessionDriver(clock=time.monotonic, speed=2000.0)
    HistoryLink(driver, store)
    routine = mixed_routine(library)
    plan = compile_plan(
        routine, Dose.GENTLE, library.phrases, QUICK, {"wall-angels": Dose.STANDARD}
    )
    try:
        with qtbot.waitSignal(driver.session_ended, timeout=20_000):
            driver.begin(plan)
        store.close()
        reopened, _ = open_history(tmp_path)  # read back from the file, not from memory
        (session,) = reopened.sessions()
        rows = reopened.exercises(session.id)
        reopened.close()
    finally:
        driver.stop()
    assert session.status is SessionStatus.COMPLETED and session.dose == "gentle"
    assert [(r.exercise_id, r.dose, r.outcome) for r in rows] == [
        ("shoulder-blade-squeeze", "gentle", Outcome.COMPLETED),
        ("wall-angels", "standard", Outcome.COMPLETED),
        ("cat-cow", "custom", Outcome.COMPLETED),
    ]
    # Each row's prescription is the one of the dose it names.
    squeeze, angels, cat_cow = rows
    assert (squeeze.planned_reps, squeeze.hold_seconds) == (10, 5)  # gentle: hold 5 s
    assert angels.planned_reps == 15  # standard, in a gentle session
    assert cat_cow.planned_reps == 3  # the routine's own

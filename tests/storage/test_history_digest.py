"""What the store counts in SQL is what Python counts from every row, on real files.

``HistoryStore.exercise_digest`` (per-session completion, the unfinished sessions with
work done, per-exercise totals) replaced reading every exercise row for the History
page; each test compares it with :func:`history_stats.digest` of ``store.sessions()``
and ``store.exercises()``, the straightforward Python computation, on histories made to
hold the awkward cases.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from backrelief_gui.core.history_model import ExerciseRecord, Outcome, SessionStatus
from backrelief_gui.core.history_stats import Completion, ExerciseTotal, digest
from backrelief_gui.storage.history import HISTORY_FILE, connect, migrate, open_history

START = datetime(2024, 1, 1, 7, 0, tzinfo=UTC)
EXERCISES = ("squeeze", "cat-cow", "row", "angels", "childs-pose")


def record(session_id, position, exercise_id, done, planned=10, *, name=None, ended=START):
    outcome = (
        Outcome.SKIPPED if done == 0 else Outcome.COMPLETED if done == planned else Outcome.PARTIAL
    )
    return ExerciseRecord(
        session_id, position, exercise_id, name or exercise_id.title(), planned, done, 1, None,
        outcome, ended,
    )  # fmt: skip


def random_history(store, sessions: int, seed: int) -> None:
    """Sessions of every ending, with skips, partial sets, renames, repeats and ties."""
    rng = random.Random(seed)
    for _ in range(sessions):
        # Not in id order, and now and then two at the same moment.
        started = START + timedelta(days=rng.randrange(sessions // 2), hours=rng.randrange(12))
        sid = store.begin_session("full", "Full", "standard", 600, started, 60)
        reached = rng.choice((0, 1, 2, 3, 5, 5, 5, 6))  # 0: stopped before the first ended
        clock = started
        for position in range(reached):
            exercise_id = rng.choice(EXERCISES)  # the same one may come twice in a session
            done = rng.choice((0, 0, 3, 10, 10, 10, 12))  # skipped, partial, done, more
            if rng.random() > 0.2:  # else it ends at the same moment as the one before
                clock += timedelta(seconds=rng.randrange(1, 200))
            name = f"{exercise_id.title()} v{rng.randrange(3)}"  # renamed now and then
            store.record_exercise(
                record(sid, position, exercise_id, done, planned=rng.choice((10, 12)),
                       name=name, ended=clock)
            )  # fmt: skip
        status = rng.choice(
            (SessionStatus.COMPLETED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED)
        )
        store.end_session(sid, status, clock, (clock - started).total_seconds())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_counts_what_python_counts_from_every_row(store, seed):
    random_history(store, 150, seed)
    sessions, rows = store.sessions(), store.exercises()
    everything = digest(sessions, rows)
    # The generated history holds each awkward case the SQL has to get right.
    assert any(c.completed < c.reached for c in everything.completions.values())
    assert len(sessions) > len(everything.completions)  # some with no rows at all
    assert len({(e.session_id, e.exercise_id) for e in rows}) < len(rows)  # repeats
    unfinished = {s.id for s in sessions if s.status is not SessionStatus.COMPLETED}
    assert everything.worked < unfinished  # some stopped after skipping all they reached
    assert len({s.started_utc for s in sessions}) < len(sessions)  # ties in start time

    for latest in (None, 1, 41, 10_000):  # all, the newest one, some, more than there are
        assert store.exercise_digest(latest) == digest(sessions, rows, latest), latest


def test_the_latest_name_wins_and_a_tie_goes_to_the_later_row(store):
    first = store.begin_session("full", "Full", "standard", 600, START, 60)
    second = store.begin_session("full", "Full", "standard", 600, START, 60)
    third = store.begin_session("full", "Full", "standard", 600, START, 60)
    later = START + timedelta(minutes=5)
    for row in (
        record(first, 0, "row", 10, name="Row", ended=START),
        record(first, 1, "row", 4, name="Seated Row", ended=later),
        record(second, 0, "row", 0, name="Band Row", ended=later),  # same moment, later row
        record(second, 1, "angels", 0, name="Wall Angels", ended=START),  # only ever skipped
        record(third, 0, "row", 10, name="Row", ended=START),
    ):
        store.record_exercise(row)
    store.end_session(first, SessionStatus.STOPPED, later, 300)
    store.end_session(second, SessionStatus.STOPPED, later, 300)
    store.end_session(third, SessionStatus.COMPLETED, later, 300)
    work = store.exercise_digest()
    assert work.totals == [
        ExerciseTotal("Band Row", 2, 24),  # 10 + 4 reps in the first session, 10 in the third
        ExerciseTotal("Wall Angels", 0, 0),
    ]
    assert work.completions == {
        first: Completion(1, 2),
        second: Completion(0, 2),
        third: Completion(1, 1),
    }
    assert work.worked == {first}  # the second did nothing; the third counts anyway
    assert work == digest(store.sessions(), store.exercises())
    # The newest two by start, which ties: then the later ids.
    assert store.completions(latest=2) == {second: Completion(0, 2), third: Completion(1, 1)}


def test_an_empty_history_digests_to_nothing(store):
    assert store.exercise_digest() == digest([], []) == ({}, frozenset(), [])
    assert store.exercise_digest(latest=400) == ({}, frozenset(), [])


def test_a_version_two_file_gains_the_indexes_and_keeps_its_rows(tmp_path):
    db = connect(tmp_path / HISTORY_FILE)
    assert migrate(db, target=2) == 2
    with db:
        db.execute(
            "INSERT INTO session (id, routine_id, routine_name, dose, started_utc,"
            " utc_offset_minutes, status, planned_seconds) VALUES (7, 'full', 'Full',"
            " 'standard', '2025-01-01T08:00:00.000000Z', 60, 'stopped', 600)"
        )
        db.execute(
            "INSERT INTO session_exercise VALUES (7, 0, 'row', 'Seated Row', 12, 12, 2, NULL,"
            " 'completed', '2025-01-01T08:03:00.000000Z')"
        )
        db.execute(
            "INSERT INTO session_exercise VALUES (7, 1, 'angels', 'Wall Angels', 10, 0, 1,"
            " NULL, 'skipped', '2025-01-01T08:04:00.000000Z')"
        )
    db.close()

    store, message = open_history(tmp_path)
    assert message is None and store is not None
    try:
        assert store.exercise_digest() == (
            {7: Completion(1, 2)},
            frozenset({7}),
            [ExerciseTotal("Seated Row", 1, 12), ExerciseTotal("Wall Angels", 0, 0)],
        )
    finally:
        store.close()
    check = sqlite3.connect(tmp_path / HISTORY_FILE)
    indexes = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    plan = " ".join(
        row[3]
        for row in check.execute(
            "EXPLAIN QUERY PLAN SELECT exercise_id, SUM(done_reps) FROM session_exercise"
            " GROUP BY exercise_id"
        )
    )
    check.close()
    assert {"session_exercise_by_exercise", "session_exercise_outcomes"} <= indexes
    assert "COVERING INDEX" in plan  # the totals are counted without reading the rows

"""Shared by the CSV, report and backup tests: a store on a real SQLite file, and sessions."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backrelief_gui.core.history_model import ExerciseRecord, Outcome, SessionStatus
from backrelief_gui.storage.history import HistoryStore, open_history

NOTE = 'Tight, then "much" better;\nsecond line, <b>html</b> & café, Müller, 漢字'


@pytest.fixture
def store(tmp_path):
    opened = open_history(tmp_path / "data")
    assert opened.store is not None, opened.message
    yield opened.store
    opened.store.close()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 4, day, hour, minute, tzinfo=UTC)


def exercise_record(session_id, position, outcome=Outcome.COMPLETED, done=10, hold=None, name=None):
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
        ended_utc=at(14, 9, position),
    )


def sample_history(store: HistoryStore) -> dict[str, int]:
    """Three sessions: a full one with a hard note, one stopped at once, one far west."""
    full = store.begin_session("desk-break", "Desk break", "standard", 600, at(14, 9), 120, 6)
    store.record_exercise(exercise_record(full, 0, hold=5, name="Chin tucks"))
    store.record_exercise(exercise_record(full, 1, Outcome.PARTIAL, done=4, name="Wall angels"))
    store.record_exercise(exercise_record(full, 2, Outcome.SKIPPED, done=0, name="Doorway stretch"))
    store.end_session(full, SessionStatus.COMPLETED, at(14, 9, 11), 557.5)
    store.set_pain(full, after=3)
    store.set_note(full, NOTE)
    empty = store.begin_session("evening", "Evening ease", "gentle", 300, at(15, 18), 120)
    store.end_session(empty, SessionStatus.STOPPED, at(15, 18, 1), 12.0)
    # 02:30 UTC on the 16th is still the 15th at 21:30 in UTC-05:00.
    west = store.begin_session("desk-break", "Desk break", "short", 240, at(16, 2, 30), -300)
    store.record_exercise(exercise_record(west, 0, name="Chin tucks"))
    store.end_session(west, SessionStatus.COMPLETED, at(16, 2, 35), 238.0)
    return {"full": full, "empty": empty, "west": west}

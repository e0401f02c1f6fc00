"""The history as a CSV file: one row per exercise done, with its session alongside.

The file is written beside its destination and renamed into place (see
:mod:`backrelief_gui.storage.atomic`), so a failed export never leaves half a file where a
whole one was expected.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from pathlib import Path

from backrelief_gui.core.history_model import ExerciseRecord, SessionRecord
from backrelief_gui.storage.atomic import replacing
from backrelief_gui.storage.history import HistoryStore

CSV_COLUMNS: tuple[str, ...] = (
    "session_id",
    "local_date",
    "local_start",
    "utc_start",
    "routine_id",
    "routine_name",
    "dose",
    "status",
    "planned_minutes",
    "active_minutes",
    "pain_before",
    "pain_after",
    "note",
    "exercise_position",
    "exercise_id",
    "exercise_name",
    "planned_reps",
    "done_reps",
    "sets",
    "hold_seconds",
    "outcome",
)


def export_csv(store: HistoryStore, path: Path) -> int:
    """Write one row per exercise done, with its session alongside; returns the row count.

    A session without exercises still gets a row (exercise columns empty), so every
    session and note is in the file. UTF-8 with a byte-order mark, so spreadsheet programs
    read accented letters right; the ``csv`` module quotes commas, quotes and newlines.
    """
    by_session: dict[int, list[ExerciseRecord]] = defaultdict(list)
    for exercise in store.exercises():
        by_session[exercise.session_id].append(exercise)
    rows = 0
    with (
        replacing(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerow(CSV_COLUMNS)
        for session in store.sessions():
            for exercise in by_session.get(session.id) or [None]:
                writer.writerow(_session_cells(session) + _exercise_cells(exercise))
                rows += 1
        file.flush()
        os.fsync(file.fileno())
    return rows


def _session_cells(session: SessionRecord) -> list[object]:
    return [
        session.id,
        session.local_day.isoformat(),
        session.started_local.isoformat(timespec="seconds"),
        session.started_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        session.routine_id,
        session.routine_name,
        session.dose,
        session.status.value,
        f"{session.planned_seconds / 60:.1f}",
        f"{session.active_seconds / 60:.1f}",
        _blank_if_none(session.pain_before),
        _blank_if_none(session.pain_after),
        session.note,
    ]


def _exercise_cells(exercise: ExerciseRecord | None) -> list[object]:
    if exercise is None:
        return [""] * 8
    return [
        exercise.position,
        exercise.exercise_id,
        exercise.exercise_name,
        exercise.planned_reps,
        exercise.done_reps,
        exercise.sets,
        _blank_if_none(exercise.hold_seconds),
        exercise.outcome.value,
    ]


def _blank_if_none(value: int | None) -> object:
    return "" if value is None else value

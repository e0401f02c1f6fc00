"""Writes each session into the history as it happens, so a crash loses at most one exercise.

The session row goes in when the session starts, each exercise as the session moves past
it, and the ending (completed or stopped, with the active time) when it ends. A write
that fails (a locked or vanished file) is reported once in words; the session carries on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    SessionRecord,
    SessionStatus,
    utc_now_with_offset,
)
from backrelief_gui.core.plan import Plan
from backrelief_gui.core.progression import recorded_dose
from backrelief_gui.core.session import ExerciseResult, State, Summary
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.storage.history import HistoryStore, HistoryUnavailableError

Now = Callable[[], tuple[datetime, int]]
_T = TypeVar("_T")


class HistoryLink(QObject):
    """Listens to the driver and records sessions in a :class:`HistoryStore`.

    Signals:
        problem(str): a write failed; the text says what happened, in plain words.
    """

    problem = Signal(str)

    def __init__(
        self, driver: SessionDriver, store: HistoryStore, now: Now = utc_now_with_offset
    ) -> None:
        super().__init__(driver)
        self._driver = driver
        self._store = store
        self._now = now
        self._plan: Plan | None = None
        self.session_id: int | None = None
        self.pain_before: int | None = None  # set by the pain prompt before a session
        driver.session_started.connect(self._on_started)
        driver.exercise_ended.connect(self._on_exercise_ended)
        driver.session_ended.connect(self._on_ended)

    @property
    def store(self) -> HistoryStore:
        return self._store

    def replace_store(self, store: HistoryStore) -> None:
        """Write to ``store`` from now on (after a restore; the old one is closed)."""
        self._store = store

    def _on_started(self, plan: Plan) -> None:
        self._plan = plan
        machine = self._driver.machine
        first = machine.first_index if machine is not None else 0
        started, offset = self._now()
        self.session_id = self._attempt(
            lambda: self._store.begin_session(
                plan.routine.id,
                plan.routine.name,
                plan.dose.value,
                plan.duration_from(first),
                started,
                offset,
                self.pain_before,
            )
        )
        self.pain_before = None

    def _on_exercise_ended(self, position: int, result: ExerciseResult) -> None:
        if self.session_id is None or self._plan is None:
            return
        exercise = result.exercise
        dose = self._plan.dose_of(position)
        record = ExerciseRecord(
            session_id=self.session_id,
            position=position,
            exercise_id=exercise.id,
            exercise_name=exercise.name,
            planned_reps=result.reps_planned,
            done_reps=result.reps_done,
            sets=exercise.sets.at(dose),
            hold_seconds=exercise.hold_seconds.at(dose) if exercise.hold_seconds else None,
            outcome=Outcome(result.outcome),
            ended_utc=self._now()[0],
            dose=recorded_dose(self._plan.routine.entry(position), dose),
        )
        self._attempt(lambda: self._store.record_exercise(record))

    def _on_ended(self, summary: Summary) -> None:
        if self.session_id is None:
            return
        status = (
            SessionStatus.COMPLETED if summary.state is State.FINISHED else (SessionStatus.STOPPED)
        )
        session_id = self.session_id
        ended = self._now()[0]
        self._attempt(
            lambda: self._store.end_session(session_id, status, ended, summary.active_seconds)
        )

    def set_pain_before(self, score: int | None) -> None:
        """The score given just before the next session starts (None when skipped)."""
        self.pain_before = score

    def record_pain_after(self, score: int) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._attempt(lambda: self._store.set_pain(session_id, after=score))

    def record_note(self, note: str) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._attempt(lambda: self._store.set_note(session_id, note))

    def recent(
        self, since_utc: datetime
    ) -> tuple[list[SessionRecord], list[ExerciseRecord]] | None:
        """Sessions started since ``since_utc`` and their exercises, for the progression
        check after a session; None when the file cannot be read (the check is optional)."""
        try:
            store = self._store
            return store.sessions(since_utc), store.exercises(since_utc=since_utc)
        except sqlite3.Error:
            return None

    def _attempt(self, write: Callable[[], _T]) -> _T | None:
        try:
            return write()
        except HistoryUnavailableError as error:
            self.problem.emit(str(error))
            return None

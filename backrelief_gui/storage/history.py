"""The session history: one SQLite file, written as things happen, so a crash loses little.

The session row is written when a session starts and each exercise as the session moves
past it, each in a transaction of its own. The schema is versioned with
``PRAGMA user_version`` and only ever migrated forward. Opening the file copes with the
ways a file can let a person down (see :func:`open_history`), always with a message that
says what happened and where their data is.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    ReminderDay,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.core.history_stats import (
    Completion,
    ExerciseDigest,
    ExerciseTotal,
    rank_totals,
)
from backrelief_gui.core.i18n import translate

HISTORY_FILE = "history.sqlite3"
BUSY_TIMEOUT_SECONDS = 2.0  # how long a locked file is retried before saying so

#: Forward-only migrations: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (
    # 1: sessions and the exercises done in them.
    """
    CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        dose TEXT NOT NULL,
        started_utc TEXT NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        ended_utc TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
        planned_seconds REAL NOT NULL,
        active_seconds REAL NOT NULL DEFAULT 0,
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX session_by_start ON session (started_utc);
    CREATE TABLE session_exercise (
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        planned_reps INTEGER NOT NULL,
        done_reps INTEGER NOT NULL,
        sets INTEGER NOT NULL,
        hold_seconds INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'partial', 'skipped')),
        ended_utc TEXT NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    """,
    # 2: break reminders and what the user did with each (filled by the reminders).
    """
    CREATE TABLE break_reminder (
        id INTEGER PRIMARY KEY,
        due_utc TEXT NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        shown_utc TEXT,
        response TEXT
            CHECK (response IN ('started', 'snoozed', 'skipped', 'dismissed', 'missed')),
        session_id INTEGER REFERENCES session (id) ON DELETE SET NULL
    );
    CREATE INDEX break_reminder_by_due ON break_reminder (due_utc);
    """,
    # 3: the History page's per-exercise totals and per-session figures, counted in SQL
    # from these covering indexes rather than by reading every exercise row.
    """
    CREATE INDEX session_exercise_by_exercise
        ON session_exercise (exercise_id, ended_utc, session_id, position, done_reps);
    CREATE INDEX session_exercise_outcomes
        ON session_exercise (session_id, outcome, done_reps);
    """,
    # 4: the dose each exercise was done at, for gentle progression ('custom' when the
    # routine set its own); rows written before stay NULL: unknown, and never counted.
    """
    ALTER TABLE session_exercise ADD COLUMN dose TEXT
        CHECK (dose IN ('gentle', 'standard', 'custom'));
    """,
)
#: What a break reminder's answer may be (the CHECK of the break_reminder table).
REMINDER_RESPONSES = frozenset({"started", "snoozed", "skipped", "dismissed", "missed"})
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryUnavailableError(RuntimeError):
    """The history cannot be used this run; the message says why, in plain words."""


class Opened(NamedTuple):
    """The store (or None when history is off this run) and anything the user should know."""

    store: HistoryStore | None
    message: str | None


def _utc_text(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _offset_minutes(instant: datetime) -> int:
    """The offset from UTC of an aware datetime, in minutes (what the tables keep)."""
    offset = instant.utcoffset()
    if offset is None:
        raise ValueError(f"{instant} has no time zone; pass an aware datetime")
    return round(offset.total_seconds() / 60)


def _utc_value(text: str | None) -> datetime | None:
    # fromisoformat reads the trailing Z as UTC, and is some fifty times quicker than
    # strptime: it matters when ten years of history are read at once.
    return None if text is None else datetime.fromisoformat(text)


class HistoryStore:
    """Reads and writes one history file; every write is its own committed transaction."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    # -- sessions -------------------------------------------------------------------

    def begin_session(
        self,
        routine_id: str,
        routine_name: str,
        dose: str,
        planned_seconds: float,
        started_utc: datetime,
        utc_offset_minutes: int,
        pain_before: int | None = None,
    ) -> int:
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO session (routine_id, routine_name, dose, started_utc,"
                " utc_offset_minutes, status, planned_seconds, pain_before)"
                " VALUES (?, ?, ?, ?, ?, 'running', ?, ?)",
                (
                    routine_id,
                    routine_name,
                    dose,
                    _utc_text(started_utc),
                    utc_offset_minutes,
                    planned_seconds,
                    pain_before,
                ),
            )
        return int(cursor.lastrowid or 0)

    def record_exercise(self, record: ExerciseRecord) -> None:
        """Write (or, after going back and finishing it again, rewrite) one exercise."""
        with self._write() as db:
            db.execute(
                f"INSERT INTO session_exercise ({_EXERCISE_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, position) DO UPDATE SET"
                " done_reps = excluded.done_reps, outcome = excluded.outcome,"
                " ended_utc = excluded.ended_utc, dose = excluded.dose",
                (
                    record.session_id,
                    record.position,
                    record.exercise_id,
                    record.exercise_name,
                    record.planned_reps,
                    record.done_reps,
                    record.sets,
                    record.hold_seconds,
                    record.outcome.value,
                    _utc_text(record.ended_utc),
                    record.dose,
                ),
            )

    def end_session(
        self, session_id: int, status: SessionStatus, ended_utc: datetime, active_seconds: float
    ) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE session SET status = ?, ended_utc = ?, active_seconds = ? WHERE id = ?",
                (status.value, _utc_text(ended_utc), active_seconds, session_id),
            )

    def set_pain(
        self, session_id: int, *, before: int | None = None, after: int | None = None
    ) -> None:
        with self._write() as db:
            if before is not None:
                db.execute("UPDATE session SET pain_before = ? WHERE id = ?", (before, session_id))
            if after is not None:
                db.execute("UPDATE session SET pain_after = ? WHERE id = ?", (after, session_id))

    def set_note(self, session_id: int, note: str) -> None:
        with self._write() as db:
            db.execute("UPDATE session SET note = ? WHERE id = ?", (note, session_id))

    def mark_interrupted(self) -> int:
        """Sessions still 'running' belong to a run that died: say so. Returns how many."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE session SET status = 'interrupted',"
                " ended_utc = COALESCE((SELECT MAX(ended_utc) FROM session_exercise"
                "   WHERE session_id = session.id), started_utc),"
                " active_seconds = COALESCE((SELECT"
                "   (julianday(MAX(ended_utc)) - julianday(session.started_utc)) * 86400"
                "   FROM session_exercise WHERE session_id = session.id), 0)"
                " WHERE status = 'running'"
            )
        return cursor.rowcount

    # -- reading --------------------------------------------------------------------

    def sessions(self, since_utc: datetime | None = None) -> list[SessionRecord]:
        """Sessions, oldest first (all of them, or those started since ``since_utc``)."""
        query = f"SELECT {_SESSION_COLUMNS} FROM session"
        arguments: tuple[str, ...] = ()
        if since_utc is not None:
            query += " WHERE started_utc >= ?"
            arguments = (_utc_text(since_utc),)
        rows = self._db.execute(query + " ORDER BY started_utc, id", arguments).fetchall()
        return [_session(row) for row in rows]

    def exercises(
        self, session_id: int | None = None, *, since_utc: datetime | None = None
    ) -> list[ExerciseRecord]:
        """Exercise rows of one session, or of every session (or of those started since
        ``since_utc``), in session and list order."""
        query = f"SELECT {_EXERCISE_COLUMNS} FROM session_exercise"
        arguments: tuple[int | str, ...] = ()
        if session_id is not None:
            query += " WHERE session_id = ?"
            arguments = (session_id,)
        elif since_utc is not None:
            query += " WHERE session_id IN (SELECT id FROM session WHERE started_utc >= ?)"
            arguments = (_utc_text(since_utc),)
        rows = self._db.execute(query + " ORDER BY session_id, position", arguments).fetchall()
        return [_exercise(row) for row in rows]

    def exercise_digest(self, latest: int | None = None) -> ExerciseDigest:
        """What the History page needs of the exercise rows, counted by SQLite.

        The same as :func:`~backrelief_gui.core.history_stats.digest` of the sessions and
        every exercise row, without reading the rows: ten years of them took the page
        some 100 ms to read and count in Python. Completion only of the ``latest`` newest
        sessions (all when None).
        """
        return ExerciseDigest(
            self.completions(latest), self.worked_sessions(), self.exercise_totals()
        )

    def completions(self, latest: int | None = None) -> dict[int, Completion]:
        """Per session id, exercises completed out of those reached: of the ``latest``
        newest sessions, or of all (sessions without exercise rows are left out)."""
        rows = self._db.execute(_COMPLETIONS, (-1 if latest is None else latest,))
        return {session_id: Completion(done, reached) for session_id, done, reached in rows}

    def worked_sessions(self) -> frozenset[int]:
        """Sessions not completed in which a repetition was done: they count all the same
        towards streaks (a completed one always does)."""
        return frozenset(session_id for (session_id,) in self._db.execute(_WORKED))

    def exercise_totals(self) -> list[ExerciseTotal]:
        """Per exercise, most practised first (as ``history_stats.exercise_totals``)."""
        return rank_totals(ExerciseTotal(*row) for row in self._db.execute(_TOTALS))

    # -- break reminders ------------------------------------------------------------

    def record_reminder(self, due: datetime, shown: datetime) -> int:
        """Note a reminder shown to the user; returns its id, for :meth:`answer_reminder`.

        Pass aware datetimes in the user's zone (``datetime.now().astimezone()``): the
        offset of ``due`` is kept, so the reminder counts on the day the user saw it.
        """
        offset = _offset_minutes(due)
        _offset_minutes(shown)  # a naive time would be taken for the machine's: refused too
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO break_reminder (due_utc, utc_offset_minutes, shown_utc)"
                " VALUES (?, ?, ?)",
                (_utc_text(due), offset, _utc_text(shown)),
            )
        return int(cursor.lastrowid or 0)

    def answer_reminder(
        self, reminder_id: int, response: str, session_id: int | None = None
    ) -> None:
        """Note what the user did with a reminder, and the session it led to, if any.

        A later answer replaces an earlier one (a snooze, then a break); an unknown
        ``reminder_id`` changes nothing.
        """
        if response not in REMINDER_RESPONSES:
            raise ValueError(
                f"unknown reminder response {response!r}; "
                f"expected one of {', '.join(sorted(REMINDER_RESPONSES))}"
            )
        with self._write() as db:
            db.execute(
                "UPDATE break_reminder SET response = ?, session_id = ? WHERE id = ?",
                (response, session_id, reminder_id),
            )

    def reminder_days(self, since_utc: datetime | None = None) -> list[ReminderDay]:
        """Per local day, oldest first: reminders shown, and how many led to a break.

        All of them, or those due since ``since_utc`` (found by the due-time index; pass
        a day early: days are local, and the first would otherwise be counted in part).
        Breaks taken without a reminder are simply sessions.
        """
        # '' sorts before every time.
        since = "" if since_utc is None else _utc_text(since_utc)
        rows = self._db.execute(_REMINDER_DAYS, (since,)).fetchall()
        return [ReminderDay(date.fromisoformat(day), count, taken) for day, count, taken in rows]

    def close(self) -> None:
        self._db.close()

    # -- internals ------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; a locked file is retried, then reported in words."""
        try:
            with self._db:
                yield self._db
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                text = translate(
                    "history",
                    "The history file {file} is in use by another program, so this could not "
                    "be saved. Close the other program and try again.",
                )
                raise HistoryUnavailableError(text.format(file=self.path)) from None
            text = translate("history", "The history file {file} could not be written ({error}).")
            raise HistoryUnavailableError(text.format(file=self.path, error=error)) from None


#: Columns in the order the record types take them, so rows convert without lookups.
_SESSION_COLUMNS = ", ".join(SessionRecord._fields)
_EXERCISE_COLUMNS = ", ".join(ExerciseRecord._fields)
_STATUSES = {status.value: status for status in SessionStatus}
#: Per session: exercises completed and reached, of the newest ? sessions (-1: all).
_COMPLETIONS = (
    "SELECT session_id, SUM(outcome = 'completed'), COUNT(*) FROM session_exercise"
    " WHERE session_id IN (SELECT id FROM session ORDER BY started_utc DESC, id DESC LIMIT ?)"
    " GROUP BY session_id"
)
#: Sessions not completed with a repetition done: few, each found through the index.
_WORKED = (
    "SELECT id FROM session WHERE status != 'completed' AND EXISTS"
    " (SELECT 1 FROM session_exercise WHERE session_id = session.id AND done_reps > 0)"
)
#: Per exercise: the name it had last (a tie goes to the later row, as in Python), the
#: sessions in which some of it was done, and the repetitions done in all.
_TOTALS = (
    "SELECT (SELECT exercise_name FROM session_exercise AS latest"
    "   WHERE latest.exercise_id = e.exercise_id"
    "   ORDER BY ended_utc DESC, session_id DESC, position DESC LIMIT 1),"
    " COUNT(DISTINCT CASE WHEN done_reps > 0 THEN session_id END), SUM(done_reps)"
    " FROM session_exercise AS e GROUP BY exercise_id"
)
#: Reminders shown per local day (the stored offset applied), and those answered 'started'.
_REMINDER_DAYS = (
    "SELECT date(shown_utc, printf('%+d minutes', utc_offset_minutes)) AS day,"
    " COUNT(*), COUNT(CASE WHEN response = 'started' THEN 1 END)"
    " FROM break_reminder WHERE due_utc >= ? AND shown_utc IS NOT NULL"
    " GROUP BY day ORDER BY day"
)
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}


def _session(row: tuple[Any, ...]) -> SessionRecord:
    """A row of ``_SESSION_COLUMNS`` as a record (plain tuples: ten years read in ms)."""
    (
        id_,
        routine_id,
        routine_name,
        dose,
        started,
        offset,
        ended,
        status,
        planned,
        active,
        before,
        after,
        note,
    ) = row
    return SessionRecord(
        id_,
        routine_id,
        routine_name,
        dose,
        _utc_value(started),
        offset,
        _utc_value(ended),
        _STATUSES[status],
        planned,
        active,
        before,
        after,
        note,
    )  # type: ignore[arg-type]


def _exercise(row: tuple[Any, ...]) -> ExerciseRecord:
    """A row of ``_EXERCISE_COLUMNS`` as a record."""
    *head, outcome, ended, dose = row
    return ExerciseRecord(*head, _OUTCOMES[outcome], datetime.fromisoformat(ended), dose)


# -- opening ------------------------------------------------------------------------


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring ``db`` forward to ``target``, one version per transaction; returns the version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    while version < target:
        script = f"BEGIN; {MIGRATIONS[version]} PRAGMA user_version = {version + 1}; COMMIT;"
        try:
            db.executescript(script)
        except sqlite3.Error:
            db.rollback()  # the file stays at the last version that went through whole
            raise
        version += 1
    return version


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level="DEFERRED")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def open_history(data_dir: Path) -> Opened:  # noqa: PLR0911 (one return per case, listed)
    """Open (or create) the history in ``data_dir``, whatever state the file is in.

    - a folder that cannot be made or written: history is off this run, and the user is
      told why;
    - a damaged file: moved aside with a timestamp, a fresh one started, and the user
      told where the old one is;
    - a file from a newer BackRelief: left untouched, history off, and the user told;
    - a file locked by another program: retried for a moment, then the user is told.
    Sessions left 'running' by a run that died are marked interrupted.
    """
    path = data_dir / HISTORY_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = translate("history", "the folder {folder} cannot be created ({reason})")
        return Opened(None, _off(reason.format(folder=data_dir, reason=error.strerror)))
    if not os.access(data_dir, os.W_OK):
        reason = translate("history", "the folder {folder} cannot be written to")
        return Opened(None, _off(reason.format(folder=data_dir)))
    try:
        return _open(path)
    except sqlite3.DatabaseError as error:
        if _is_locked(error):
            reason = translate(
                "history",
                "the file {file} is in use by another program (is BackRelief already open?)",
            )
            return Opened(None, _off(reason.format(file=path)))
        if isinstance(error, sqlite3.OperationalError) and not path.exists():
            reason = translate("history", "{file} cannot be created ({error})")
            return Opened(None, _off(reason.format(file=path, error=error)))
        aside = _set_aside(path)
        try:
            store, _ = _open(path)
        except sqlite3.DatabaseError as again:
            reason = translate("history", "a fresh history file could not be started ({error})")
            return Opened(None, _off(reason.format(error=again)))
        told = translate(
            "history",
            "Your history file was damaged ({error}). It was moved to {file} and a new, empty "
            "history was started. The old file is kept in case it can be recovered.",
        )
        return Opened(store, told.format(error=error, file=aside))


def _open(path: Path) -> Opened:
    db = connect(path)
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            db.close()
            reason = translate(
                "history",
                "the file {file} was written by a newer version of BackRelief. It has been "
                "left untouched; update BackRelief to keep recording your sessions",
            )
            return Opened(None, _off(reason.format(file=path)))
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the file failed its integrity check")
        db.execute("PRAGMA journal_mode = WAL")
        migrate(db)
    except BaseException:
        db.close()
        raise
    store = HistoryStore(db, path)
    interrupted = store.mark_interrupted()
    note = None
    if interrupted == 1:
        note = translate(
            "history",
            "The last session was cut short when BackRelief closed unexpectedly; the "
            "exercises finished before then are kept.",
        )
    elif interrupted:
        note = translate(
            "history",
            "The last %n sessions were cut short when BackRelief closed unexpectedly; the "
            "exercises finished before then are kept.",
            "",
            interrupted,
        )
    return Opened(store, note)


def _is_locked(error: sqlite3.DatabaseError) -> bool:
    text = str(error)
    return "locked" in text or "busy" in text


def _off(reason: str) -> str:
    return translate("history", "Your sessions will not be saved this time: {reason}.").format(
        reason=reason
    )


def _set_aside(path: Path) -> Path:
    """Move a damaged file (and its journal files) out of the way, keeping it all."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    return aside

"""Backing the history up to a file, and restoring it from one.

Database copies use SQLite's online backup API, which takes a consistent snapshot while
the app keeps the file open (WAL included); a raw file copy could catch it mid-write. A
backup is written beside its destination and renamed into place (see
:mod:`backrelief_gui.storage.atomic`), so a failed one never leaves half a file. A restore
checks the backup on a copy before anything changes, and keeps the current history aside.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from backrelief_gui.core.i18n import translate
from backrelief_gui.storage.atomic import remove_with_journals, replacing
from backrelief_gui.storage.history import (
    BUSY_TIMEOUT_SECONDS,
    HISTORY_FILE,
    SCHEMA_VERSION,
    HistoryStore,
    HistoryUnavailableError,
    Opened,
    migrate,
    open_history,
)

#: Tables every BackRelief history has had since the first schema version.
_REQUIRED_TABLES = frozenset({"session", "session_exercise"})


class RestoreError(HistoryUnavailableError):
    """A backup was refused before anything changed: the current history is as it was."""


def backup(store: HistoryStore, target_path: Path) -> None:
    """Copy the live history to ``target_path``, consistent even while it is being used.

    The copy is a single self-contained file (not WAL), so it opens anywhere, read-only
    media included.
    """
    _copy_database(store.path, target_path)


def _copy_database(source: Path, target: Path) -> None:
    with (
        replacing(target) as temporary,
        closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)) as origin,
        closing(sqlite3.connect(temporary)) as copy,
    ):
        origin.backup(copy)  # all pages in one step: one snapshot
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file


def restore(data_dir: Path, source_path: Path, *, current: HistoryStore | None) -> Opened:
    """Replace the history in ``data_dir`` with the backup at ``source_path``.

    ``current`` is the store the caller has open on ``data_dir`` (or None when history
    is off). It must not be used after this call: restore closes it itself, once the
    backup has been checked, and returns the store to use from now on.

    Raises :class:`RestoreError` when the backup is refused (missing, not a database,
    damaged, not a BackRelief history, or from a newer BackRelief) or the current history
    cannot be copied aside; then nothing has changed and ``current`` is still open.
    Otherwise the current history is kept as ``history-before-restore-<time>.sqlite3``,
    the backup (brought forward to this version's schema) takes its place, and the
    result of :func:`open_history` is returned with a message saying what happened.
    """
    live = data_dir / HISTORY_FILE
    stamp = time.strftime("%Y%m%d-%H%M%S")
    staged = data_dir / f".{HISTORY_FILE}.restore-{stamp}.tmp"
    try:
        _stage(source_path, staged, live)
        kept = _keep_current(live, stamp)
        if current is not None:
            current.close()
        problem = _swap(staged, live)
    finally:
        remove_with_journals(staged)
    opened = open_history(data_dir)
    if problem is not None:
        told = translate("backup", "Nothing was restored: {reason}.").format(reason=problem)
    else:
        told = translate("backup", "Your history was restored from {file}.")
        told = told.format(file=source_path)
    kept_text = ""
    if kept:
        kept_text = translate("backup", "Your history from before is kept as {file}.")
        kept_text = kept_text.format(file=kept)
    return Opened(opened.store, " ".join(t for t in (told, kept_text, opened.message) if t))


def _stage(source: Path, staged: Path, live: Path) -> None:
    """Copy ``source`` to ``staged`` and check it there, bringing it to this schema."""
    refused = _refusal(source)
    if not source.is_file():
        raise refused(translate("backup", "there is no such file."))
    if live.exists() and source.resolve() == live.resolve():
        raise refused(translate("backup", "it is the history in use now. Choose a backup copy."))
    try:
        staged.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = translate("backup", "the folder {folder} cannot be created ({reason}).")
        raise refused(reason.format(folder=staged.parent, reason=error.strerror)) from None
    if not os.access(staged.parent, os.W_OK):
        reason = translate("backup", "the folder {folder} cannot be written to.")
        raise refused(reason.format(folder=staged.parent))
    try:
        with (
            closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)) as origin,
            closing(sqlite3.connect(staged)) as copy,
        ):
            origin.backup(copy)
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "malformed" in str(error):
            raise refused(
                translate("backup", "it is not a BackRelief history backup (not a database file).")
            ) from None
        reason = translate("backup", "it could not be read ({error}).")
        raise refused(reason.format(error=error)) from None
    try:
        with closing(sqlite3.connect(staged)) as db:
            _check(db, refused)
            migrate(db)
            db.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.DatabaseError as error:
        reason = translate("backup", "it could not be read ({error}).")
        raise refused(reason.format(error=error)) from None


def _refusal(source: Path) -> Callable[[str], RestoreError]:
    """Makes the error for a backup refused for a reason: 'The file … cannot be restored: …'."""
    text = translate("backup", "The file {file} cannot be restored: {reason}")

    def refused(reason: str) -> RestoreError:
        return RestoreError(text.format(file=source, reason=reason))

    return refused


def _check(db: sqlite3.Connection, refused: Callable[[str], RestoreError]) -> None:
    if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise refused(translate("backup", "it is damaged (it failed its integrity check)."))
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise refused(
            translate(
                "backup",
                "it was written by a newer version of BackRelief. Update BackRelief first, "
                "then restore it.",
            )
        )
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version < 1 or not tables >= _REQUIRED_TABLES:
        raise refused(translate("backup", "it is a database, but not a BackRelief history."))


def _keep_current(live: Path, stamp: str) -> Path | None:
    """Copy the current history aside before it is replaced; None when there is none."""
    if not live.exists():
        return None
    kept = live.with_name(f"{live.stem}-before-restore-{stamp}{live.suffix}")
    number = 2
    while kept.exists():
        kept = live.with_name(f"{live.stem}-before-restore-{stamp}-{number}{live.suffix}")
        number += 1
    try:
        _copy_database(live, kept)
    except (sqlite3.Error, OSError) as error:
        text = translate(
            "backup",
            "Your current history could not be copied aside ({error}), so nothing was restored.",
        )
        raise RestoreError(text.format(error=error)) from None
    return kept


def _swap(staged: Path, live: Path) -> str | None:
    """Move the staged copy into place; the reason in words if that could not be done.

    Leaving WAL mode needs the only connection to the file, so it proves nobody else has
    it open, and it folds the WAL into the file: a stale WAL must never meet the new file.
    """
    if live.exists():
        try:
            with closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_SECONDS)) as db:
                db.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.DatabaseError as error:
            if "locked" in str(error) or "busy" in str(error):
                text = translate("backup", "the history file {file} is in use by another program")
                return text.format(file=live)
            text = translate(
                "backup", "the history file {file} could not be closed cleanly ({error})"
            )
            return text.format(file=live, error=error)
        for journal in ("-wal", "-shm", "-journal"):
            Path(f"{live}{journal}").unlink(missing_ok=True)
    try:
        os.replace(staged, live)
    except OSError as error:
        text = translate("backup", "the backup could not be put in place ({reason})")
        return text.format(reason=error.strerror)
    return None

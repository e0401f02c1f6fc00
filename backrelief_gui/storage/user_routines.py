"""The user's own routine files: one ``<id>.toml`` each, in the data folder's ``routines/``.

Every write is whole or nothing (:func:`~.atomic.replacing`), so a full disk or a crash
never leaves half a routine. Problems come back as :class:`RoutineStorageError`, whose
message a person can read; the caller keeps the routine in memory, so nothing is lost.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from backrelief_gui.core.catalogue import Routine
from backrelief_gui.core.i18n import translate
from backrelief_gui.core.routine_draft import unique_id
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.storage.atomic import replacing
from backrelief_gui.storage.routine_store import failure_reason


class RoutineStorageError(OSError):
    """A routine file that could not be written or removed, said in plain words."""


class RemovedFile(NamedTuple):
    """A deleted routine file exactly as it was, to put it back on undo."""

    content: bytes
    mode: int


class UserRoutines:
    """Saves, deletes and restores the routine files in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_of(self, routine_id: str) -> Path:
        return self.folder / f"{routine_id}.toml"

    def ids_on_disk(self) -> set[str]:
        """Ids of every routine file in the folder, the unreadable ones too."""
        if not self.folder.is_dir():
            return set()
        return {path.stem for path in self.folder.glob("*.toml")}

    def fresh_id(self, name: str, taken: Iterable[str]) -> str:
        """A new id from ``name`` that no routine, loaded or only on disk, has yet.

        ``taken`` holds the ids the app knows (built-in and loaded routines); files that
        failed to load count too, so a new routine never overwrites one.
        """
        return unique_id(name, {*taken, *self.ids_on_disk()})

    def save(self, routine: Routine) -> Path:
        """Write ``routine`` to its file, replacing what was there in one step."""
        if routine.builtin:
            raise ValueError(f"the built-in routine '{routine.id}' is not saved as a user file")
        path = self.path_of(routine.id)
        try:
            with replacing(path) as temporary:
                temporary.write_text(routine_to_toml(routine), encoding="utf-8")
        except OSError as error:
            text = translate("routine files", "“{name}” could not be saved in {folder}: {reason}")
            raise RoutineStorageError(
                text.format(name=routine.name, folder=self.folder, reason=_reason(error))
            ) from error
        return path

    def delete(self, routine_id: str) -> RemovedFile | None:
        """Remove a routine's file; returns what it held (None if there was no file)."""
        path = self.path_of(routine_id)
        try:
            removed = RemovedFile(path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
        except FileNotFoundError:
            return None
        except OSError as error:
            text = translate("routine files", "{file} could not be read: {reason}")
            raise RoutineStorageError(text.format(file=path, reason=_reason(error))) from error
        try:
            path.unlink()
        except OSError as error:
            text = translate("routine files", "{file} could not be deleted: {reason}")
            raise RoutineStorageError(text.format(file=path, reason=_reason(error))) from error
        return removed

    def restore(self, routine_id: str, removed: RemovedFile) -> Path:
        """Put a deleted file back byte for byte, with its permissions."""
        path = self.path_of(routine_id)
        try:
            with replacing(path) as temporary:
                temporary.write_bytes(removed.content)
                os.chmod(temporary, removed.mode)
        except OSError as error:
            text = translate("routine files", "{file} could not be put back: {reason}")
            raise RoutineStorageError(text.format(file=path, reason=_reason(error))) from error
        return path


def _reason(error: OSError) -> str:
    return failure_reason(error) + "."  # the messages around it end with the reason

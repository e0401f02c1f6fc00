"""The routines the builder works on: drafts, their files, the app's library, and undo.

Every change is saved as soon as the routine it leaves can be saved (a name and at least
one exercise), and goes into the running library at once, so the main window's picker
never lags behind. A routine that cannot be saved yet, or whose folder refuses the file,
stays here as a draft with the reason, and nothing is lost. It lives as long as the
main window does, so undo reaches back over the whole time the app runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from backrelief_gui.core.catalogue import Routine
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.core.loading import CatalogueError, Library, load_routine
from backrelief_gui.core.routine_draft import Change, ChangeHistory, Draft
from backrelief_gui.paths import user_routines_dir
from backrelief_gui.storage.user_routines import RemovedFile, RoutineStorageError, UserRoutines

# English source, marked for the catalogue and translated where it is shown.
KEPT_NOTE = QT_TRANSLATE_NOOP(
    "RoutineWorkbench",
    "It is kept here while BackRelief runs; fix that, then press Save to try again.",
)


class RoutineWorkbench(QObject):
    """Creates, edits, deletes and undoes routines, keeping files and library in step.

    Signals:
        routines_changed(): the library's routines were added, changed or removed.
        changed(str): this routine (its id) changed, or its saved state did.
        failed(str): an action could not be done; the message says why, in plain words.
    """

    routines_changed = Signal()
    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, library: Library, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.data_dir = data_dir
        self.files = UserRoutines(user_routines_dir(data_dir))
        self.history = ChangeHistory()
        self._drafts: dict[str, Draft] = {}  # changes not yet in a file
        self._problems: dict[str, str] = {}  # why each of those is not saved

    # -- reading ----------------------------------------------------------------------

    def ids(self) -> list[str]:
        """Built-in routines first, as the app lists them, then the user's by id."""
        routines = self.library.routines
        builtin = [rid for rid, routine in routines.items() if routine.builtin]
        own = {rid for rid, routine in routines.items() if not routine.builtin} | set(self._drafts)
        return builtin + sorted(own)

    def exists(self, routine_id: str) -> bool:
        return routine_id in self._drafts or routine_id in self.library.routines

    def draft(self, routine_id: str) -> Draft:
        """The routine as it stands in the builder (unsaved changes included)."""
        if routine_id in self._drafts:
            return self._drafts[routine_id]
        return Draft.of(self.library.routines[routine_id])

    def is_builtin(self, routine_id: str) -> bool:
        routine = self.library.routines.get(routine_id)
        return routine is not None and routine.builtin

    def is_saved(self, routine_id: str) -> bool:
        return routine_id not in self._drafts

    def problem(self, routine_id: str) -> str | None:
        """Why this routine's latest changes are not in its file, or None."""
        return self._problems.get(routine_id)

    def path_of(self, routine_id: str) -> Path:
        return self.files.path_of(routine_id)

    def routine(self, routine_id: str) -> Routine | None:
        """The routine as it can run or be exported now, or None while it is incomplete."""
        draft = self.draft(routine_id)
        if self.is_builtin(routine_id):
            return self.library.routines[routine_id]
        if draft.save_problem() is not None:
            return None
        return draft.routine(self.library.exercises)

    # -- changes ----------------------------------------------------------------------

    def create(self, name: str, entries: Draft | None = None) -> str:
        """A new routine called ``name`` (a copy of ``entries``' exercises if given)."""
        routine_id = self.files.fresh_id(name, self._taken_ids())
        draft = Draft(routine_id, name.strip())
        if entries is not None:
            draft = draft._replace(description=entries.description, entries=entries.entries)
        self.history.seal()
        label = self.tr("create “{name}”").format(name=draft.name)
        self._record(Change(label, routine_id, None, draft))
        return routine_id

    def duplicate(self, source_id: str, name: str) -> str:
        return self.create(name, self.draft(source_id))

    def edit(self, routine_id: str, draft: Draft, label: str, merge_key: str = "") -> None:
        """Make ``draft`` the routine; ``merge_key`` joins a run of like edits into one undo."""
        if self.is_builtin(routine_id):
            raise ValueError(f"the built-in routine '{routine_id}' cannot be changed")
        before = self.draft(routine_id)
        if draft == before:
            return
        self._record(Change(label, routine_id, before, draft, merge_key))

    def delete(self, routine_id: str) -> bool:
        """Delete a routine and its file; False (and ``failed``) if the file stays."""
        if self.is_builtin(routine_id):
            raise ValueError(f"the built-in routine '{routine_id}' cannot be deleted")
        before = self.draft(routine_id)
        try:
            removed = self.files.delete(routine_id)
        except RoutineStorageError as error:
            failed = self.tr("“{name}” was not deleted: {error}")
            self.failed.emit(failed.format(name=before.name, error=error))
            return False
        self.history.seal()
        label = self.tr("delete “{name}”").format(name=before.name)
        change = Change(label, routine_id, before, None)
        if removed is not None:
            change = change._replace(file=removed.content, file_mode=removed.mode)
        self.history.record(change)
        self.history.seal()
        self._forget(routine_id)
        return True

    def add_imported(self, routine: Routine) -> None:
        """A routine someone imported, already saved in its file: list it and make it undoable."""
        routine = routine._replace(builtin=False)
        self.library.routines[routine.id] = routine
        self._sort_library()
        self._drafts.pop(routine.id, None)
        self._problems.pop(routine.id, None)
        self.history.seal()
        label = self.tr("import “{name}”").format(name=routine.name)
        self.history.record(Change(label, routine.id, None, Draft.of(routine)))
        self.history.seal()
        self.routines_changed.emit()
        self.changed.emit(routine.id)

    def save(self, routine_id: str) -> bool:
        """Try again to save a routine whose last save failed; True once it is in its file."""
        self._put(routine_id, self.draft(routine_id))
        self.changed.emit(routine_id)
        return self.is_saved(routine_id)

    def undo(self) -> str | None:
        """Take back the last change; the id of the routine it touched, or None."""
        change = self.history.undo()
        if change is None:
            return None
        if not self._apply(change, change.before, change.after is None):
            self.history.redo()  # it did not happen: it stays the next thing to undo
            return None
        return change.routine_id

    def redo(self) -> str | None:
        """Make the last undone change again; the id of the routine it touched, or None."""
        change = self.history.redo()
        if change is None:
            return None
        if not self._apply(change, change.after, restoring=False):
            self.history.undo()
            return None
        return change.routine_id

    # -- keeping the file, the library and the drafts in step -------------------------

    def _record(self, change: Change) -> None:
        self.history.record(change)
        self._put(change.routine_id, change.after)
        self.changed.emit(change.routine_id)

    def _apply(self, change: Change, state: Draft | None, restoring: bool) -> bool:
        """Bring a routine to ``state``; ``restoring`` puts a deleted file back as it was."""
        routine_id = change.routine_id
        if restoring and change.file is not None and state is not None:
            try:
                self._restore_file(routine_id, RemovedFile(change.file, change.file_mode))
            except (RoutineStorageError, CatalogueError) as error:
                failed = self.tr("“{name}” could not be brought back: {error}")
                self.failed.emit(failed.format(name=state.name, error=error))
                return False
            if Draft.of(self.library.routines[routine_id]) != state:
                self._drafts[routine_id] = state  # it had changes that were never saved
                self._problems[routine_id] = state.save_problem() or self.tr("Not saved yet.")
            self.changed.emit(routine_id)
            return True
        if state is None:
            try:
                self.files.delete(routine_id)
            except RoutineStorageError as error:
                self.failed.emit(str(error))
                return False
            self._forget(routine_id)
            return True
        self._put(routine_id, state)
        self.changed.emit(routine_id)
        return True

    def _put(self, routine_id: str, draft: Draft | None) -> None:
        """Save ``draft`` if it can be; else keep it as a draft, with the reason."""
        if draft is None:
            return
        problem = draft.save_problem()
        if problem is None:
            routine = draft.routine(self.library.exercises)
            try:
                self.files.save(routine)
            except RoutineStorageError as error:
                kept = QCoreApplication.translate("RoutineWorkbench", KEPT_NOTE)
                problem = f"{error} {kept}"
            else:
                self.library.routines[routine_id] = routine
                self._sort_library()
                self._drafts.pop(routine_id, None)
                self._problems.pop(routine_id, None)
                self.routines_changed.emit()
                return
        self._drafts[routine_id] = draft
        self._problems[routine_id] = problem

    def _restore_file(self, routine_id: str, removed: RemovedFile) -> None:
        path = self.files.restore(routine_id, removed)
        routine = load_routine(path, self.library.exercises, builtin=False)
        self.library.routines[routine_id] = routine
        self._sort_library()
        self._drafts.pop(routine_id, None)
        self._problems.pop(routine_id, None)
        self.routines_changed.emit()

    def _forget(self, routine_id: str) -> None:
        self._drafts.pop(routine_id, None)
        self._problems.pop(routine_id, None)
        in_library = self.library.routines.pop(routine_id, None) is not None
        if in_library:
            self.routines_changed.emit()
        self.changed.emit(routine_id)

    def _sort_library(self) -> None:
        """Built-in routines first, then the user's by id: the order they load in."""
        routines = self.library.routines
        ordered = sorted(
            routines.values(), key=lambda r: (not r.builtin, "" if r.builtin else r.id)
        )
        routines.clear()
        routines.update((routine.id, routine) for routine in ordered)

    def _taken_ids(self) -> set[str]:
        return {*self.library.routines, *self._drafts, *self.history.routine_ids()}

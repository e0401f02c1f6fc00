"""The routine builder: make, copy, rename, change and delete routines, with undo.

The dialog lists the routines and acts on whole ones (new, duplicate, delete, import,
export, undo); :mod:`.routine_builder_editor` edits the one selected. The workbench
(:mod:`.routine_builder_model`) saves each change and keeps undo for as long as the app
runs. Built-in routines are shown read-only: they can be copied, not changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.plan import Pacing
from backrelief_gui.ui.labels import plain_label
from backrelief_gui.ui.routine_builder_editor import RoutineEditor, small_button
from backrelief_gui.ui.routine_builder_model import RoutineWorkbench


class RoutineBuilder(QDialog):
    """Lists every routine and edits the user's own; each change is saved as it is made.

    Signals:
        routines_changed(): routines in the library were added, changed or removed.
    """

    routines_changed = Signal()

    def __init__(
        self,
        workbench: RoutineWorkbench,
        dose: Dose,
        pacing: Pacing | None = None,
        parent: QWidget | None = None,
        *,
        select: str | None = None,
        exercise_doses: Mapping[str, Dose] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineBuilder")
        self.setWindowTitle(self.tr("Your routines"))
        self.setSizeGripEnabled(True)
        self.workbench = workbench
        self.editor = RoutineEditor(workbench, dose, pacing, exercise_doses=exercise_doses)
        self.editor.edited.connect(lambda: self.deleted_bar.setVisible(False))
        self._current = ""
        self._build()
        workbench.routines_changed.connect(self.routines_changed)
        workbench.changed.connect(self._on_routine_changed)
        workbench.failed.connect(self.editor.show_message)
        first = workbench.ids()[0]
        self.select(select if select and workbench.exists(select) else first)
        self._fit_to_screen()

    # -- construction -----------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Roomy for the text size in use, but never larger than the screen."""
        line = self.fontMetrics().height()
        available = self.screen().availableGeometry()
        width = min(max(62 * line, self.sizeHint().width()), int(available.width() * 0.95))
        height = min(max(40 * line, self.sizeHint().height()), int(available.height() * 0.9))
        self.resize(width, height)

    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setObjectName("routineEditorScroll")
        scroll.setAccessibleName(self.tr("Routine editor"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.viewport().installEventFilter(self)  # to lay the editor out for its width
        self._editor_viewport = scroll.viewport()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._routines_pane())
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._deleted_bar())
        layout.addLayout(self._bottom_row())

    def _routines_pane(self) -> QWidget:
        self.routine_list = QListWidget()
        self.routine_list.setObjectName("routineList")
        self.routine_list.setAccessibleName(self.tr("Routines"))
        self.routine_list.setWordWrap(True)
        self.routine_list.currentItemChanged.connect(self._on_routine_picked)
        label = QLabel(self.tr("R&outines:"))
        label.setBuddy(self.routine_list)
        self.new_button = small_button(
            self.tr("&New…"), "newRoutine", self.tr("Start a routine of your own")
        )
        self.duplicate_button = small_button(
            self.tr("Dupli&cate…"),
            "duplicateRoutine",
            self.tr("Make a copy of this routine to change"),
        )
        self.delete_button = small_button(
            self.tr("De&lete"), "deleteRoutine", self.tr("Delete this routine (you can undo it)")
        )
        self.import_button = small_button(
            self.tr("&Import…"),
            "importRoutine",
            self.tr("Add a routine from a file someone shared"),
        )
        self.export_button = small_button(
            self.tr("Expor&t…"),
            "exportRoutine",
            self.tr("Save this routine as a file to share or keep"),
        )
        self.new_button.clicked.connect(self._ask_new_name)
        self.duplicate_button.clicked.connect(self._ask_copy_name)
        self.delete_button.clicked.connect(self._delete_current)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.duplicate_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 0)
        buttons.addWidget(self.import_button, 2, 0)
        buttons.addWidget(self.export_button, 2, 1)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.routine_list, 1)
        layout.addLayout(buttons)
        return pane

    def _deleted_bar(self) -> QFrame:
        self.deleted_bar = QFrame()
        self.deleted_bar.setObjectName("deletedBar")
        self.deleted_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.deleted_label = plain_label()
        self.deleted_label.setObjectName("deletedLabel")
        self.undo_delete_button = small_button(
            self.tr("Undo delete"),
            "undoDelete",
            self.tr("Bring the deleted routine back, exactly as it was"),
        )
        self.undo_delete_button.clicked.connect(self.undo)
        row = QHBoxLayout(self.deleted_bar)
        row.addWidget(self.deleted_label, 1)
        row.addWidget(self.undo_delete_button)
        self.deleted_bar.setVisible(False)
        return self.deleted_bar

    def _bottom_row(self) -> QHBoxLayout:
        self.undo_button = small_button(
            self.tr("Undo"), "undo", self.tr("Take back the last change (Ctrl+Z)")
        )
        self.redo_button = small_button(
            self.tr("Redo"), "redo", self.tr("Make the undone change again (Ctrl+Shift+Z)")
        )
        self.save_button = small_button(
            self.tr("&Save"), "saveRoutine", self.tr("Try again to save this routine")
        )
        self.close_button = small_button(
            self.tr("Close"), "closeBuilder", self.tr("Close; every change is kept")
        )
        # Shortcuts of their own: a button's shortcut clicks it only after a short animation.
        for keys, action in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
            (QKeySequence.StandardKey.Save, self._save_current),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(action)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self._save_current)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._editor_viewport and event.type() == QEvent.Type.Resize:
            self.editor.arrange(self._editor_viewport.width())
        return super().eventFilter(watched, event)

    # -- what is shown ----------------------------------------------------------------

    @property
    def current_id(self) -> str:
        return self._current

    def select(self, routine_id: str, entry_row: int = 0) -> None:
        """Show ``routine_id`` in the editor and highlight it in the list."""
        self.workbench.history.seal()
        self._current = routine_id
        self._show_current(entry_row)

    def _show_current(self, entry_row: int | None = None) -> None:
        workbench = self.workbench
        if not workbench.exists(self._current):  # it was deleted
            self._current = workbench.ids()[0]
        routine_id = self._current
        self._fill_routines()
        self.editor.show_routine(routine_id, entry_row)
        self.delete_button.setEnabled(not workbench.is_builtin(routine_id))
        self.export_button.setEnabled(workbench.routine(routine_id) is not None)
        self.save_button.setEnabled(workbench.problem(routine_id) is not None)
        self._show_history()

    def _fill_routines(self) -> None:
        workbench = self.workbench
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for routine_id in workbench.ids():
            text = workbench.draft(routine_id).name.strip() or self.tr("(no name yet)")
            if workbench.is_builtin(routine_id):
                text = self.tr("{name} (built-in)").format(name=text)
            elif not workbench.is_saved(routine_id):
                text = self.tr("{name} (not saved)").format(name=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, routine_id)
            self.routine_list.addItem(item)
            if routine_id == self._current:
                self.routine_list.setCurrentItem(item)
        self.routine_list.blockSignals(False)

    def _show_history(self) -> None:
        history = self.workbench.history
        for button, label, tip, nothing in (
            (
                self.undo_button,
                history.undo_label,
                self.tr("Undo {change}"),
                self.tr("Nothing to undo"),
            ),
            (
                self.redo_button,
                history.redo_label,
                self.tr("Redo {change}"),
                self.tr("Nothing to redo"),
            ),
        ):
            button.setEnabled(label is not None)
            button.setToolTip(tip.format(change=label) if label else nothing)

    def _on_routine_changed(self, routine_id: str) -> None:
        if routine_id == self._current or not self.workbench.exists(self._current):
            self._show_current()
        else:
            self._fill_routines()
            self._show_history()

    # -- whole routines ---------------------------------------------------------------

    def _on_routine_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.deleted_bar.setVisible(False)
            self.select(item.data(Qt.ItemDataRole.UserRole))

    def _ask_new_name(self) -> None:
        self._ask_name(
            self.tr("New routine"),
            self.tr("Name of the new routine:"),
            self.tr("My routine"),
            self._create,
        )

    def _ask_copy_name(self) -> None:
        name = self.tr("{name} (my copy)").format(name=self.workbench.draft(self._current).name)
        self._ask_name(
            self.tr("Duplicate routine"), self.tr("Name of the copy:"), name, self._duplicate
        )

    def _ask_name(self, title: str, prompt: str, name: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("routineNamePrompt")
        dialog.setWindowTitle(title)
        dialog.setLabelText(prompt)
        dialog.setTextValue(name)
        dialog.textValueSelected.connect(then)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create(self, name: str) -> None:
        if name.strip():
            self.deleted_bar.setVisible(False)
            self.select(self.workbench.create(name))
            self.editor.library_picker.setFocus()

    def _duplicate(self, name: str) -> None:
        if name.strip():
            self.deleted_bar.setVisible(False)
            self.select(self.workbench.duplicate(self._current, name))
            self.editor.name_edit.setFocus()

    def _delete_current(self) -> None:
        name = self.workbench.draft(self._current).name
        if self.workbench.delete(self._current):
            self.deleted_label.setText(self.tr("Routine deleted: “{name}”.").format(name=name))
            self.deleted_bar.setVisible(True)
            self.undo_delete_button.setFocus()

    def _save_current(self) -> None:
        if not self.workbench.is_saved(self._current):
            self.workbench.save(self._current)

    def undo(self) -> None:
        self.deleted_bar.setVisible(False)
        self._go_to(self.workbench.undo())

    def redo(self) -> None:
        self.deleted_bar.setVisible(False)
        self._go_to(self.workbench.redo())

    def _go_to(self, routine_id: str | None) -> None:
        """After undo or redo, show the routine it touched (if it is still there)."""
        if routine_id is not None and self.workbench.exists(routine_id):
            self.select(routine_id, self.editor.entry_row)
        else:
            self._show_current()

    # -- import and export (the files themselves are routine_transfer's job) ----------

    def _import(self) -> None:
        try:
            from backrelief_gui.ui.routine_transfer import import_routine
        except ImportError:
            self.editor.show_message(
                self.tr("Importing routines is not available in this version.")
            )
            return
        workbench = self.workbench
        routine = import_routine(self, workbench.library, workbench.data_dir)
        if routine is not None:
            workbench.add_imported(routine)
            self.select(routine.id)

    def _export(self) -> None:
        routine = self.workbench.routine(self._current)
        if routine is None:
            return
        try:
            from backrelief_gui.ui.routine_transfer import export_routine
        except ImportError:
            self.editor.show_message(
                self.tr("Exporting routines is not available in this version.")
            )
            return
        export_routine(self, routine)

    def done(self, result: int) -> None:
        """Take in a name still being typed, so closing never drops it."""
        self.editor.finish_typing()
        super().done(result)

"""One routine in the builder: its name, description, exercises and each exercise's dose.

Every edit is made on a :class:`~backrelief_gui.core.routine_draft.Draft` and handed to
the workbench, which saves it and keeps it for undo; the editor then shows the routine
again from there. A built-in routine is shown read-only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.core.plan import Pacing
from backrelief_gui.core.routine_draft import (
    MAX_EXERCISES,
    Draft,
    DraftError,
    entry_summary,
    total_seconds,
)
from backrelief_gui.core.text import format_duration
from backrelief_gui.ui.labels import plain_label
from backrelief_gui.ui.routine_builder_dose import DosePanel
from backrelief_gui.ui.routine_builder_entries import EntryList
from backrelief_gui.ui.routine_builder_model import RoutineWorkbench

# English sources, marked for the catalogue and translated where they are shown.
BUILTIN_NOTE = QT_TRANSLATE_NOOP(
    "RoutineEditor",
    "This routine comes with BackRelief, so it cannot be changed or deleted. "
    "Press Duplicate to make a copy of your own, and change that.",
)
#: What the undo and redo buttons' tooltips say a dose change was, per field.
CHANGE_LABELS = {
    "reps": QT_TRANSLATE_NOOP("RoutineEditor", "change reps of {exercise}"),
    "sets": QT_TRANSLATE_NOOP("RoutineEditor", "change sets of {exercise}"),
    "hold_seconds": QT_TRANSLATE_NOOP("RoutineEditor", "change hold of {exercise}"),
    "tempo_seconds": QT_TRANSLATE_NOOP("RoutineEditor", "change tempo of {exercise}"),
    "rest_seconds": QT_TRANSLATE_NOOP("RoutineEditor", "change rest of {exercise}"),
}


def small_button(text: str, name: str, description: str) -> QPushButton:
    """A button that Enter in a field never presses by accident."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleDescription(description)
    button.setAutoDefault(False)
    return button


class RoutineEditor(QWidget):
    """Edits one routine through the workbench; read-only for a built-in routine.

    Signals:
        edited(): the user changed the routine.
    """

    edited = Signal()

    def __init__(
        self,
        workbench: RoutineWorkbench,
        dose: Dose,
        pacing: Pacing | None = None,
        parent: QWidget | None = None,
        exercise_doses: Mapping[str, Dose] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self._dose = dose
        # Exercises the user moved to a dose of their own (see core.progression).
        self._exercise_doses = dict(exercise_doses or {})
        self._pacing = pacing
        self._routine_id = ""
        self._entry_row = 0
        self.total_seconds = 0.0
        self.builtin_note = plain_label(QCoreApplication.translate("RoutineEditor", BUILTIN_NOTE))
        self.builtin_note.setObjectName("builtinNote")
        self.status = plain_label()
        self.status.setObjectName("routineStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label = plain_label()
        self.total_label.setObjectName("routineTotal")
        layout = QVBoxLayout(self)
        layout.addWidget(self.builtin_note)
        layout.addLayout(self._name_fields())
        layout.addWidget(self.total_label)
        layout.addLayout(self._library_row())
        layout.addLayout(self._entries_and_dose(), 1)
        layout.addWidget(self.status)

    # -- construction -----------------------------------------------------------------

    def _name_fields(self) -> QFormLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("routineName")
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(120)
        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("routineDescription")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setPlaceholderText(self.tr("One sentence on what the routine is for"))
        self.description_edit.editingFinished.connect(self._on_description_edited)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Descri&ption:"), self.description_edit)
        return form

    def _library_row(self) -> QHBoxLayout:
        self.library_picker = QComboBox()
        self.library_picker.setObjectName("exerciseLibrary")
        self.library_picker.setAccessibleName(self.tr("Exercise to add"))
        self.library_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.library_picker.setMinimumContentsLength(16)  # long names still show in the list
        for exercise in self.workbench.library.exercises.values():
            self.library_picker.addItem(exercise.name, exercise.id)
        label = QLabel(self.tr("Li&brary:"))
        label.setBuddy(self.library_picker)
        self.add_button = small_button(
            self.tr("&Add"), "addExercise", self.tr("Add the chosen exercise at the end")
        )
        self.add_button.clicked.connect(self._add_exercise)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.library_picker, 1)
        row.addWidget(self.add_button)
        return row

    def _entries_and_dose(self) -> QBoxLayout:
        self.entries = EntryList()
        metrics = self.entries.fontMetrics()
        self.entries.setMinimumSize(
            metrics.horizontalAdvance("Thoracic Extension Stretch") + 48, 160
        )
        self.entries.currentRowChanged.connect(self._on_entry_picked)
        self.entries.move_requested.connect(self._move_entry)
        self.entries.remove_requested.connect(self._remove_entry)
        label = QLabel(self.tr("E&xercises in this routine:"))
        label.setBuddy(self.entries)
        self.up_button = small_button(
            self.tr("Move &up"), "moveUp", self.tr("Move the exercise earlier (Alt+Up)")
        )
        self.down_button = small_button(
            self.tr("Move do&wn"), "moveDown", self.tr("Move the exercise later (Alt+Down)")
        )
        self.remove_button = small_button(
            self.tr("Re&move"),
            "removeExercise",
            self.tr("Take the exercise out of the routine (Delete)"),
        )
        self.up_button.clicked.connect(lambda: self._move_by(-1))
        self.down_button.clicked.connect(lambda: self._move_by(1))
        self.remove_button.clicked.connect(lambda: self._remove_entry(self.entries.currentRow()))
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(self.entries, 1)
        column.addLayout(moves)
        self.dose_panel = DosePanel(self._pacing)
        self.dose_panel.value_changed.connect(self._on_dose_value)
        self.dose_panel.per_side_changed.connect(self._on_per_side)
        self._entries_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._entries_row.addLayout(column, 1)
        self._entries_row.addWidget(self.dose_panel, 1)
        return self._entries_row

    def arrange(self, width: int) -> None:
        """The exercises beside their dose where there is room; above it where there is not
        (large text, a narrow window), so nothing is ever cut off at the side."""
        needed = self.entries.minimumWidth() + self.dose_panel.minimumSizeHint().width() + 24
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self._entries_row.direction() != direction:
            self._entries_row.setDirection(direction)

    # -- what is shown ----------------------------------------------------------------

    @property
    def routine_id(self) -> str:
        return self._routine_id

    @property
    def entry_row(self) -> int:
        return self._entry_row

    def show_routine(self, routine_id: str, entry_row: int | None = None) -> None:
        """Show a routine as it stands in the workbench, keeping or choosing the exercise."""
        if entry_row is not None:
            self._entry_row = entry_row
        self._routine_id = routine_id
        draft = self.workbench.draft(routine_id)
        editable = not self.workbench.is_builtin(routine_id)
        self.builtin_note.setVisible(not editable)
        for edit, text in (
            (self.name_edit, draft.name),
            (self.description_edit, draft.description),
        ):
            if edit.text() != text:
                edit.setText(text)
            edit.setReadOnly(not editable)
        self._show_entries(draft, editable=editable)
        for widget in (self.library_picker, self.add_button):
            widget.setEnabled(editable and len(draft.entries) < MAX_EXERCISES)
        self._show_total(draft)
        self._show_status()

    def show_message(self, text: str) -> None:
        """A problem worth reading, in place of the saved state until the next change."""
        self.status.setText(text)
        self.status.setVisible(True)

    def _show_entries(self, draft: Draft, *, editable: bool) -> None:
        exercises = self.workbench.library.exercises
        rows = []
        for entry in draft.entries:
            exercise = exercises[entry.exercise]
            summary = entry_summary(entry, exercise, self._dose_of(entry.exercise))
            rows.append((f"{exercise.name}\n{summary}", f"{exercise.name}, {summary}"))
        self._entry_row = max(0, min(self._entry_row, len(rows) - 1))
        self.entries.set_editable(editable)
        self.entries.show_entries(rows, self._entry_row)
        self._show_selected_entry(draft, editable=editable)

    def _show_selected_entry(self, draft: Draft, *, editable: bool) -> None:
        """The dose panel and the move buttons, for the exercise selected in the list."""
        row = self.entries.currentRow()
        count = len(draft.entries)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.remove_button.setEnabled(editable and row >= 0)
        if row < 0:
            self.dose_panel.show_nothing()
            return
        entry = draft.entries[row]
        exercise = self.workbench.library.exercises[entry.exercise]
        self.dose_panel.show_entry(
            entry, exercise, self._dose_of(entry.exercise), editable=editable
        )

    def _dose_of(self, exercise_id: str) -> Dose:
        return self._exercise_doses.get(exercise_id, self._dose)

    def _show_total(self, draft: Draft) -> None:
        library = self.workbench.library
        self.total_seconds = total_seconds(
            draft,
            library.exercises,
            library.phrases,
            self._dose,
            self._pacing,
            self._exercise_doses,
        )
        if not draft.entries:
            self.total_label.setText(
                self.tr("No exercises yet: choose one from the library and add it.")
            )
            return
        count = len(draft.entries)
        if self._dose is Dose.GENTLE:
            text = self.tr("{exercises}, about {duration} at the gentle dose")
        else:
            text = self.tr("{exercises}, about {duration} at the standard dose")
        exercises = self.tr("1 exercise") if count == 1 else self.tr("%n exercises", "", count)
        self.total_label.setText(
            text.format(exercises=exercises, duration=format_duration(self.total_seconds))
        )

    def _show_status(self) -> None:
        workbench = self.workbench
        routine_id = self._routine_id
        problem = workbench.problem(routine_id)
        path = workbench.path_of(routine_id)
        if workbench.is_builtin(routine_id):
            text = ""
        elif problem is not None:
            text = self.tr("Not saved yet. {problem}").format(problem=problem)
        else:  # the file name only: a long folder path could not wrap at large text sizes
            text = self.tr("Every change is saved as you make it, in {file}.").format(
                file=path.name
            )
        self.status.setText(text)
        self.status.setToolTip("" if workbench.is_builtin(routine_id) else str(path))
        self.status.setVisible(bool(text))

    # -- the user's edits -------------------------------------------------------------

    def finish_typing(self) -> None:
        """Take in a name or description still being typed (before closing, say)."""
        self._on_name_edited()
        self._on_description_edited()

    def _editable(self) -> bool:
        return self.workbench.exists(self._routine_id) and not self.workbench.is_builtin(
            self._routine_id
        )

    def _edit(self, draft: Draft, label: str, merge_key: str = "") -> None:
        self.edited.emit()
        self.workbench.edit(self._routine_id, draft, label, merge_key)

    def _on_entry_picked(self, row: int) -> None:
        if row >= 0:
            self.workbench.history.seal()
            self._entry_row = row
            draft = self.workbench.draft(self._routine_id)
            self._show_selected_entry(draft, editable=self._editable())

    def _on_name_edited(self) -> None:
        name = self.name_edit.text()
        if self._editable() and name != self.workbench.draft(self._routine_id).name:
            draft = self.workbench.draft(self._routine_id)
            label = self.tr("rename to “{name}”").format(name=name.strip())
            self._edit(draft.renamed(name), label, "name")

    def _on_description_edited(self) -> None:
        text = self.description_edit.text()
        if self._editable() and text != self.workbench.draft(self._routine_id).description:
            draft = self.workbench.draft(self._routine_id)
            self._edit(draft.described(text), self.tr("change the description"), "description")

    def _add_exercise(self) -> None:
        draft = self.workbench.draft(self._routine_id)
        try:
            added = draft.adding(self.library_picker.currentData())
        except DraftError as error:
            self.show_message(str(error))
            return
        self._entry_row = len(added.entries) - 1
        self.workbench.history.seal()
        self._edit(
            added, self.tr("add {exercise}").format(exercise=self.library_picker.currentText())
        )

    def _remove_entry(self, row: int) -> None:
        draft = self.workbench.draft(self._routine_id)
        if not self._editable() or not 0 <= row < len(draft.entries):
            return
        name = self._exercise_name(draft, row)
        self._entry_row = min(row, len(draft.entries) - 2)
        self.workbench.history.seal()
        self._edit(draft.removing(row), self.tr("remove {exercise}").format(exercise=name))
        self.entries.setFocus()

    def _move_by(self, step: int) -> None:
        row = self.entries.currentRow()
        if row >= 0:
            self._move_entry(row, row + step)

    def _move_entry(self, source: int, target: int) -> None:
        draft = self.workbench.draft(self._routine_id)
        if not self._editable() or not 0 <= target < len(draft.entries):
            return
        name = self._exercise_name(draft, source)
        self._entry_row = target
        self.workbench.history.seal()
        self._edit(draft.moving(source, target), self.tr("move {exercise}").format(exercise=name))
        self.entries.setFocus()

    def _on_dose_value(self, field: str, value: float | None) -> None:
        draft = self.workbench.draft(self._routine_id)
        row = self.entries.currentRow()
        exercise = self.workbench.library.exercises[draft.entries[row].exercise]
        try:
            changed = draft.with_value(row, field, value, exercise)
        except DraftError as error:
            self.show_message(str(error))
            return
        label = QCoreApplication.translate("RoutineEditor", CHANGE_LABELS[field])
        self._edit(changed, label.format(exercise=exercise.name), f"{row}:{field}")

    def _on_per_side(self, per_side: bool) -> None:
        draft = self.workbench.draft(self._routine_id)
        row = self.entries.currentRow()
        name = self._exercise_name(draft, row)
        self.workbench.history.seal()
        label = self.tr("change each side of {exercise}").format(exercise=name)
        self._edit(draft.with_per_side(row, per_side), label)

    def _exercise_name(self, draft: Draft, row: int) -> str:
        return self.workbench.library.exercises[draft.entries[row].exercise].name

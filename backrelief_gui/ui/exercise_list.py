"""The left pane: the routine's exercises with their dose and what they need."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from backrelief_gui.core.catalogue import Dose, Routine
from backrelief_gui.ui.figures import Figures

ICON_SIZE = 48


class ExerciseList(QListWidget):
    """Lists the exercises of one routine; selecting one asks to show how it is done.

    Signals:
        exercise_selected(int): the position of the exercise the user picked.
    """

    exercise_selected = Signal(int)

    def __init__(self, figures: Figures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures = figures
        self.setObjectName("exerciseList")
        self.setAccessibleName(self.tr("Exercises in this routine"))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSpacing(2)
        self.setMinimumWidth(260)
        self.setWordWrap(True)
        self.currentRowChanged.connect(self._on_current_row_changed)

    def show_routine(
        self, routine: Routine, dose: Dose, exercise_doses: Mapping[str, Dose] | None = None
    ) -> None:
        """``exercise_doses``: exercises the user moved to a dose of their own."""
        self.blockSignals(True)
        self.clear()
        for position, exercise in enumerate(routine.exercises, start=1):
            own = (exercise_doses or {}).get(exercise.id, dose)
            text = (
                f"{position}. {exercise.name}\n{exercise.dose_summary(own)} · {exercise.equipment}"
            )
            item = QListWidgetItem(self._figures.exercise_icon(exercise), text)
            item.setToolTip(exercise.purpose)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{exercise.name}, {exercise.dose_summary(own)}, {exercise.equipment}",
            )
            self.addItem(item)
        self.blockSignals(False)
        self.setCurrentRow(0)

    def mark_current(self, position: int) -> None:
        """Follow the session: select the exercise being done without re-showing it."""
        self.blockSignals(True)
        self.setCurrentRow(position)
        self.blockSignals(False)

    def _on_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.exercise_selected.emit(row)

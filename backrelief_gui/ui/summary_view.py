"""The screen after a session: what was done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from backrelief_gui.core.session import State, Summary
from backrelief_gui.core.text import format_duration
from backrelief_gui.ui.labels import heading, plain_label


class SummaryView(QWidget):
    """Lists each exercise with the repetitions done, and the time spent moving.

    Signals:
        done(): the user is back to choosing exercises.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(2.0)
        self.title.setObjectName("summaryTitle")
        self.details = plain_label()
        self.details.setObjectName("summaryDetails")
        back = QPushButton("Back to the exercises")
        back.setObjectName("summaryBack")
        back.setAccessibleName("Back to the exercises")
        back.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def show_summary(self, summary: Summary, routine_name: str) -> None:
        if summary.state is State.STOPPED:
            title = "Session stopped"
        elif all(result.completed for result in summary.results):
            title = "Well done!"
        else:
            title = "Routine finished"
        self.title.setText(title)
        lines = [
            f"{routine_name}: {format_duration(summary.active_seconds)} of exercise, "
            f"{summary.reps_done} repetitions.",
            "",
        ]
        for result in summary.results:
            mark = "✓" if result.completed else "–"
            lines.append(
                f"{mark} {result.exercise.name}: "
                f"{result.reps_done} of {result.reps_planned} repetitions"
            )
        self.details.setText("\n".join(lines))

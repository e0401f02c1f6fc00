"""How to do one exercise: shown while no session runs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose, Exercise
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.labels import heading, plain_label

FIGURE_SIZE = 160


class ExerciseDetail(QScrollArea):
    """Purpose, position, movement, dose and tips of the selected exercise.

    Signals:
        start_here_requested(int): start the routine from this exercise.
    """

    start_here_requested = Signal(int)

    def __init__(self, figures: Figures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures = figures
        self._position = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName("How to do this exercise")
        body = QWidget()
        layout = QVBoxLayout(body)
        self._name = heading(2.0)
        self._name.setObjectName("detailName")
        self._purpose = plain_label()
        self._figure = QLabel()
        self._figure.setFixedSize(FIGURE_SIZE, FIGURE_SIZE)
        self._figure.setAccessibleName("Exercise figure")
        self._dose = plain_label()
        self._dose.setObjectName("detailDose")
        self._equipment = plain_label()
        top = QHBoxLayout()
        top.addWidget(self._figure, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.addWidget(self._purpose)
        facts.addWidget(self._dose)
        facts.addWidget(self._equipment)
        facts.addStretch()
        top.addLayout(facts, 1)
        self._setup = plain_label()
        self._movement = plain_label()
        self._tips = plain_label()
        self._start_here = QPushButton("Start from this exercise")
        self._start_here.setObjectName("startHere")
        self._start_here.setAccessibleDescription(
            "Begins the routine at this exercise and carries on to the end"
        )
        self._start_here.clicked.connect(lambda: self.start_here_requested.emit(self._position))
        layout.addWidget(self._name)
        layout.addLayout(top)
        for title, label in (
            ("Get into position", self._setup),
            ("The movement", self._movement),
            ("Tips", self._tips),
        ):
            layout.addWidget(heading(1.15, title))
            layout.addWidget(label)
        layout.addWidget(self._start_here, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.setWidget(body)

    def show_exercise(self, position: int, exercise: Exercise, dose: Dose) -> None:
        self._position = position
        self._name.setText(exercise.name)
        self._figure.setPixmap(self._figures.exercise_pixmap(exercise, FIGURE_SIZE))
        self._purpose.setText(exercise.purpose)
        self._dose.setText(f"Dose ({dose.value}): {exercise.dose_summary(dose)}")
        self._equipment.setText(f"You need: {exercise.equipment}")
        self._setup.setText(exercise.setup)
        self._movement.setText(exercise.movement)
        self._tips.setText("\n".join(f"• {tip}" for tip in exercise.tips))

    @property
    def shown_name(self) -> str:
        return self._name.text()

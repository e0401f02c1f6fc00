"""How to do one exercise: shown while no session runs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose, Exercise
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.ui.figure_view import FigureView
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.labels import heading, plain_label
from backrelief_gui.ui.pose import Pose

FIGURE_SIZE = 170
# English sources, marked for the catalogue and translated where they are shown.
DOSE_WORDS = {
    Dose.GENTLE: QT_TRANSLATE_NOOP("ExerciseDetail", "gentle"),
    Dose.STANDARD: QT_TRANSLATE_NOOP("ExerciseDetail", "standard"),
}


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
        self.setAccessibleName(self.tr("How to do this exercise"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self._name = heading(2.0)
        self._name.setObjectName("detailName")
        self._purpose = plain_label()
        self.start_figure = FigureView(figures, FIGURE_SIZE)
        self.end_figure = FigureView(figures, FIGURE_SIZE)
        self._end_caption = heading(1.0, self.tr("End"))
        self._dose = plain_label()
        self._dose.setObjectName("detailDose")
        self._equipment = plain_label()
        self._setup = plain_label()
        self._movement = plain_label()
        self._tips = plain_label()
        self._start_here = QPushButton(self.tr("Start from this exercise"))
        self._start_here.setObjectName("startHere")
        self._start_here.setAccessibleDescription(
            self.tr("Begins the routine at this exercise and carries on to the end")
        )
        self._start_here.clicked.connect(lambda: self.start_here_requested.emit(self._position))
        layout.addWidget(self._name)
        for fact in (self._purpose, self._dose, self._equipment):
            layout.addWidget(fact)
        pair = QHBoxLayout()
        pair.addLayout(self._figure_pair())
        pair.addStretch(1)
        layout.addLayout(pair)
        for title, label in (
            (self.tr("Get into position"), self._setup),
            (self.tr("The movement"), self._movement),
            (self.tr("Tips"), self._tips),
        ):
            layout.addWidget(heading(1.15, title))
            layout.addWidget(label)
        layout.addWidget(self._start_here, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.setWidget(body)

    def _figure_pair(self) -> QGridLayout:
        """Start and end drawings side by side, each captioned, so the movement reads
        from left to right."""
        pair = QGridLayout()
        pair.setHorizontalSpacing(16)
        for column, (figure, caption) in enumerate(
            (
                (self.start_figure, heading(1.0, self.tr("Start"))),
                (self.end_figure, self._end_caption),
            )
        ):
            figure.setFixedSize(FIGURE_SIZE, FIGURE_SIZE)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            pair.addWidget(figure, 0, column)
            pair.addWidget(caption, 1, column)
        pair.setVerticalSpacing(4)
        return pair

    def show_exercise(self, position: int, exercise: Exercise, dose: Dose) -> None:
        self._position = position
        self._name.setText(exercise.name)
        self.start_figure.show_exercise(exercise, Pose.START)
        self.end_figure.show_exercise(exercise, Pose.END)
        self.end_figure.setVisible(self.end_figure.has_end)
        self._end_caption.setVisible(self.end_figure.has_end)
        self._purpose.setText(exercise.purpose)
        self._dose.setText(
            self.tr("Dose ({dose}): {summary}").format(
                dose=self.tr(DOSE_WORDS[dose]), summary=exercise.dose_summary(dose)
            )
        )
        self._equipment.setText(
            self.tr("You need: {equipment}").format(equipment=exercise.equipment)
        )
        self._setup.setText(exercise.setup)
        self._movement.setText(exercise.movement)
        self._tips.setText("\n".join(f"• {tip}" for tip in exercise.tips))

    @property
    def shown_name(self) -> str:
        return self._name.text()

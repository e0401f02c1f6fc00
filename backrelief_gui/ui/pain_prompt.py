"""A quick 0–10 pain rating: click a number, or press its key (0–9; 10 with the mouse or
the arrow keys), or skip. Used before a session and on the screen after it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.ui.labels import heading, plain_label

SCALE = range(11)


class PainScale(QWidget):
    """Eleven buttons from 0 (no pain) to 10 (the worst imaginable).

    Signals:
        chosen(int): the user picked this score.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pain from 0, none, to 10, the worst"))
        self._group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setSpacing(4)
        row.addWidget(plain_label(self.tr("none"), wrap=False))
        for score in SCALE:
            button = QPushButton(str(score))
            button.setObjectName(f"pain{score}")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Pain {score} of 10").format(score=score))
            button.setMinimumWidth(36)
            self._group.addButton(button, score)
            row.addWidget(button)
        row.addWidget(plain_label(self.tr("worst"), wrap=False))
        self._group.idClicked.connect(self.chosen)

    @property
    def score(self) -> int | None:
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.pick(int(text))
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)

    def pick(self, score: int) -> None:
        self._group.button(score).setChecked(True)
        self.chosen.emit(score)


class PainDialog(QDialog):
    """Asked before a session: how the back feels now. Skipping is always fine.

    Signals:
        answered(object): the score, or None when skipped.
        stop_asking(): the user does not want to be asked again.
    """

    answered = Signal(object)
    stop_asking = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painDialog")
        self.setWindowTitle(self.tr("Before you start"))
        self.scale = PainScale()
        self.scale.chosen.connect(self._on_chosen)
        skip = QPushButton(self.tr("&Skip"))
        skip.setObjectName("painSkip")
        skip.clicked.connect(self.reject)
        self.never = QCheckBox(self.tr("&Don't ask about pain"))
        self.never.setObjectName("painNever")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(1.3, self.tr("How does your upper back feel right now?")))
        layout.addWidget(plain_label(self.tr("Press a number from 0 to 9, click one, or skip.")))
        layout.addWidget(self.scale)
        bottom = QHBoxLayout()
        bottom.addWidget(self.never)
        bottom.addStretch()
        bottom.addWidget(skip)
        layout.addLayout(bottom)
        self.rejected.connect(lambda: self._finish(None))
        self.scale.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.text().isdigit():
            self.scale.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _on_chosen(self, score: int) -> None:
        self._finish(score)
        self.accept()

    def _finish(self, score: int | None) -> None:
        if self.never.isChecked():
            self.stop_asking.emit()
        self.answered.emit(score)

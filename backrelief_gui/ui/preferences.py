"""The weekly goal and the pain questions: how often to aim for, and when to advise."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.ui.labels import plain_label


class Preferences(NamedTuple):
    weekly_goal: int
    ask_pain: bool
    pain_high: int
    pain_rise: int


def _spin(low: int, high: int, value: int, name: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    return box


class PreferencesDialog(QDialog):
    """Edits :class:`Preferences`; nothing changes until OK.

    Signals:
        chosen(object): the new :class:`Preferences`, on OK.
    """

    chosen = Signal(object)

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle("Goal and pain")
        self.goal = _spin(1, 7, current.weekly_goal, "Days a week", " days a week")
        self.ask_pain = QCheckBox("&Ask for a 0–10 pain score before and after each session")
        self.ask_pain.setChecked(current.ask_pain)
        self.high = _spin(1, 10, current.pain_high, "Pain this high after a session")
        self.rise = _spin(1, 10, current.pain_rise, "A rise this large over a session")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: self.chosen.emit(self.preferences()))
        form = QFormLayout()
        form.addRow("Weekly &goal:", self.goal)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ask_pain)
        layout.addWidget(plain_label("Advise easing off when, after a session, pain is at least"))
        advice = QFormLayout()
        advice.addRow("&this high:", self.high)
        advice.addRow("or has &risen by:", self.rise)
        layout.addLayout(advice)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            self.goal.value(), self.ask_pain.isChecked(), self.high.value(), self.rise.value()
        )

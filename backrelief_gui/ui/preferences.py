"""The weekly goal, the pain questions and gentle progression: how often to aim for, when
to advise, and whether to suggest more once an exercise sits well."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.progression import DEFAULT_SESSIONS, MAX_SESSIONS, MIN_SESSIONS
from backrelief_gui.ui.labels import heading, plain_label


class Preferences(NamedTuple):
    weekly_goal: int
    ask_pain: bool
    pain_high: int
    pain_rise: int
    progression: bool = False  # suggest the standard dose when an exercise is ready
    progression_sessions: int = DEFAULT_SESSIONS
    standard_exercises: tuple[str, ...] = ()  # ids the user moved to the standard dose


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

    def __init__(
        self,
        current: Preferences,
        parent: QWidget | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        """``names``: the exercise names to show for ``current.standard_exercises``."""
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Goal and pain"))
        self.goal = _spin(
            1, 7, current.weekly_goal, self.tr("Days a week"), self.tr(" days a week")
        )
        self.ask_pain = QCheckBox(
            self.tr("&Ask for a 0–10 pain score before and after each session")
        )
        self.ask_pain.setChecked(current.ask_pain)
        self.high = _spin(1, 10, current.pain_high, self.tr("Pain this high after a session"))
        self.rise = _spin(1, 10, current.pain_rise, self.tr("A rise this large over a session"))
        self.progression = QCheckBox(self.tr("&Suggest when I'm ready for more"))
        self.progression.setChecked(current.progression)
        self.sessions = _spin(
            MIN_SESSIONS,
            MAX_SESSIONS,
            current.progression_sessions,
            self.tr("Sessions without a rise in pain before a suggestion"),
            self.tr(" sessions"),
        )
        self.sessions.setEnabled(current.progression)
        self.progression.toggled.connect(self.sessions.setEnabled)
        self._standard = list(current.standard_exercises)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: self.chosen.emit(self.preferences()))
        form = QFormLayout()
        form.addRow(self.tr("Weekly &goal:"), self.goal)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ask_pain)
        layout.addWidget(
            plain_label(self.tr("Advise easing off when, after a session, pain is at least"))
        )
        advice = QFormLayout()
        advice.addRow(self.tr("&this high:"), self.high)
        advice.addRow(self.tr("or has &risen by:"), self.rise)
        layout.addLayout(advice)
        layout.addWidget(heading(1.15, self.tr("Getting stronger")))
        layout.addWidget(self.progression)
        progress = QFormLayout()
        progress.addRow(self.tr("Sessions &needed:"), self.sessions)
        layout.addLayout(progress)
        layout.addWidget(
            plain_label(
                self.tr(
                    "An exercise is suggested for the standard dose once you have done it "
                    "completely at the gentle dose in this many sessions, with pain scores "
                    "before and after and no rise in pain. You are asked first; nothing "
                    "changes by itself."
                )
            )
        )
        layout.addLayout(self._moved_list(names or {}))
        layout.addWidget(buttons)

    def _moved_list(self, names: Mapping[str, str]) -> QVBoxLayout:
        """The exercises done at the standard dose in every session, each with a way back."""
        rows = QVBoxLayout()
        rows.addWidget(plain_label(self.tr("At the standard dose in every session:")))
        self.none_moved = plain_label(self.tr("No exercise yet."))
        self.none_moved.setVisible(not self._standard)
        rows.addWidget(self.none_moved)
        for exercise_id in self._standard:
            name = names.get(exercise_id, exercise_id)
            label = QLabel(f"• {name}")
            back = QPushButton(self.tr("Back to gentle"))
            back.setObjectName(f"backToGentle-{exercise_id}")
            back.setAccessibleName(self.tr("Move {name} back to the gentle dose").format(name=name))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(back)
            rows.addLayout(row)
            back.clicked.connect(lambda _=False, e=exercise_id, w=(label, back): self._back(e, w))
        return rows

    def _back(self, exercise_id: str, shown: tuple[QWidget, ...]) -> None:
        """Take an exercise off the standard list (saved only on OK)."""
        if exercise_id in self._standard:
            self._standard.remove(exercise_id)
        for widget in shown:
            widget.setVisible(False)
        self.none_moved.setVisible(not self._standard)

    def preferences(self) -> Preferences:
        return Preferences(
            self.goal.value(),
            self.ask_pain.isChecked(),
            self.high.value(),
            self.rise.value(),
            self.progression.isChecked(),
            self.sessions.value(),
            tuple(self._standard),
        )

"""The suggestion after a session: an exercise is ready for the standard dose; the user decides."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backrelief_gui.core.progression import Suggestion
from backrelief_gui.ui.labels import heading, plain_label


class ProgressionPrompt(QFrame):
    """Offers the suggestions one at a time; hidden when there is none left to answer.

    Nothing changes here: the answer goes out as a signal, and the window saves it.

    Signals:
        move_requested(str): "Move to standard" for this exercise id.
        declined(str): "Not now" for this exercise id.
    """

    move_requested = Signal(str)
    declined = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressionPrompt")
        self.setAccessibleName(self.tr("Suggestion: ready for more"))
        # A framed box, like the pain advice, so it stands out without relying on colour.
        self.setStyleSheet("#progressionPrompt { border: 2px solid palette(mid); }")
        self._waiting: list[Suggestion] = []
        self.title = heading(1.15, self.tr("Ready for a little more?"))
        self.reason = plain_label()
        self.reason.setObjectName("progressionReason")
        self.note = plain_label(
            self.tr(
                "Only if it feels right. You can move it back to gentle at any time, "
                "under History → Goal and pain."
            )
        )
        self.move_button = QPushButton(self.tr("&Move to standard"))
        self.move_button.setObjectName("moveToStandard")
        self.move_button.clicked.connect(self._on_move)
        self.not_now_button = QPushButton(self.tr("N&ot now"))
        self.not_now_button.setObjectName("notNow")
        self.not_now_button.clicked.connect(self._on_not_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.not_now_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setVisible(False)

    @property
    def current(self) -> Suggestion | None:
        """The suggestion on screen, or None."""
        return self._waiting[0] if self._waiting else None

    def offer(self, suggestions: Sequence[Suggestion]) -> None:
        """Show these suggestions, the first now and each of the others after an answer."""
        self._waiting = list(suggestions)
        self._show_current()

    def clear(self) -> None:
        self.offer(())

    def _show_current(self) -> None:
        suggestion = self.current
        self.setVisible(suggestion is not None)
        if suggestion is None:
            return
        name = suggestion.exercise_name
        self.reason.setText(
            self.tr(
                "{reason}.\nNow: {gentle}  →  standard: {standard}.\n"
                "Do {name} at the standard dose in every session from now on?"
            ).format(
                reason=suggestion.reason,
                gentle=suggestion.gentle,
                standard=suggestion.standard,
                name=name,
            )
        )
        self.move_button.setAccessibleName(
            self.tr("Move {name} to the standard dose").format(name=name)
        )
        self.not_now_button.setAccessibleName(
            self.tr("Not now: keep {name} at the gentle dose").format(name=name)
        )

    def _answer(self) -> str:
        suggestion = self._waiting.pop(0)
        self._show_current()
        return suggestion.exercise_id

    def _on_move(self) -> None:
        if self._waiting:
            self.move_requested.emit(self._answer())

    def _on_not_now(self) -> None:
        if self._waiting:
            self.declined.emit(self._answer())

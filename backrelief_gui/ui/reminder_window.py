"""A small always-on-top reminder, for desktops without notifications that take actions.

It offers what a notification would (start the desk break, snooze, skip), can be
answered from the keyboard, and never takes the focus from what the user is typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from backrelief_gui.core.break_schedule import SNOOZE_CHOICES
from backrelief_gui.ui.labels import heading, plain_label


class ReminderWindow(QWidget):
    """One reminder on screen; every way of answering it is a signal, said once.

    Signals:
        start_desk_break(), skip(): the buttons.
        snooze(int): snooze for this many minutes.
        dismissed(): closed (or Esc) without an answer.
    """

    start_desk_break = Signal()
    snooze = Signal(int)
    skip = Signal()
    dismissed = Signal()

    def __init__(self, title: str, body: str, *, is_break: bool = True) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderWindow")
        self.setWindowTitle(f"BackRelief — {title}")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        self._answered = False
        self.title = heading(1.3, title)
        self.body = plain_label(body)
        self.body.setObjectName("reminderBody")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        if is_break:
            self.start_button = self._button(
                self.tr("&Start desk break"), self.tr("Starts the desk routine now")
            )
            self.start_button.setDefault(True)
            self.start_button.clicked.connect(lambda: self._answer(self.start_desk_break.emit))
            buttons.addWidget(self.start_button)
            buttons.addWidget(self._snooze_button())
            self.skip_button = self._button(
                self.tr("S&kip"), self.tr("Skip this break; the count starts again")
            )
            self.skip_button.clicked.connect(lambda: self._answer(self.skip.emit))
            buttons.addWidget(self.skip_button)
        else:
            done = self._button(self.tr("&Done"), self.tr("Close this reminder"))
            done.clicked.connect(lambda: self._answer(lambda: None))
            buttons.addWidget(done)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        return button

    def _snooze_button(self) -> QToolButton:
        """'Snooze 5 min' at a click, the other lengths from its menu."""
        button = QToolButton()
        first = SNOOZE_CHOICES[0]
        button.setText(self.tr("Sn&ooze %n min", "", first))
        button.setAccessibleName(self.tr("Snooze %n minutes", "", first))
        button.setAccessibleDescription(
            self.tr("Remind again later; the arrow offers other lengths")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(lambda: self._answer(lambda: self.snooze.emit(first)))
        menu = QMenu(button)
        for minutes in SNOOZE_CHOICES:
            action = menu.addAction(self.tr("%n minutes", "", minutes))
            action.triggered.connect(
                lambda _=False, m=minutes: self._answer(lambda: self.snooze.emit(m))
            )
        button.setMenu(menu)
        self.snooze_button = button
        return button

    def _answer(self, emit: Callable[[], None]) -> None:
        if self._answered:
            return
        self._answered = True
        emit()
        self.close()

    def place_in_corner(self) -> None:
        """Bottom right of the screen, clear of the taskbar."""
        screen = self.screen().availableGeometry()
        self.adjustSize()
        margin = 16
        # The window manager's title bar is not known before it is drawn: leave room.
        title_bar = max(self.frameGeometry().height() - self.height(), 2 * margin)
        self.move(
            screen.right() - self.width() - margin,
            screen.bottom() - self.height() - title_bar - margin,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc puts the reminder away, as closing it would (the window is never active
        unless clicked, so a shortcut would not hear it)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._answered:
            self._answered = True
            self.dismissed.emit()
        super().closeEvent(event)

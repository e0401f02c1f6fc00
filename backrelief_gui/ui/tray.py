"""The tray icon and its menu: BackRelief's presence while the window is closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backrelief_gui.core.break_schedule import SNOOZE_CHOICES


class Tray(QObject):
    """The icon, its tooltip (time to the next break) and the menu's requests as signals.

    Signals:
        start_routine(): start the user's main routine.
        start_desk_break(): start the short desk routine.
        snooze(int): hold the next break this many minutes.
        pause_for_an_hour(), pause_until_tomorrow(), resume(): reminders on hold, or not.
        open_window(): bring the main window up.
        open_settings(): show the break-reminder settings.
        quit(): end BackRelief.
    """

    start_routine = Signal()
    start_desk_break = Signal()
    snooze = Signal(int)
    pause_for_an_hour = Signal()
    pause_until_tomorrow = Signal()
    resume = Signal()
    open_window = Signal()
    open_settings = Signal()
    quit = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setAccessibleName("BackRelief")
        self.status_action = self.menu.addAction("")
        self.status_action.setEnabled(False)  # a line to read, not a command
        self.menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        self._add("start_routine", self.tr("Start &routine"), self.start_routine.emit)
        self._add("start_desk_break", self.tr("Start &desk break"), self.start_desk_break.emit)
        snooze_menu = self.menu.addMenu(self.tr("&Snooze"))
        for minutes in SNOOZE_CHOICES:
            action = snooze_menu.addAction(self.tr("%n minutes", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.snooze.emit(m))
            self.actions[f"snooze_{minutes}"] = action
        pause_menu = self.menu.addMenu(self.tr("&Pause reminders"))
        self._add("pause_hour", self.tr("For one hour"), self.pause_for_an_hour.emit, pause_menu)
        self._add(
            "pause_tomorrow", self.tr("Until tomorrow"), self.pause_until_tomorrow.emit, pause_menu
        )
        self._add("resume", self.tr("Resume now"), self.resume.emit, pause_menu)
        self.menu.addSeparator()
        self._add("settings", self.tr("Break &settings…"), self.open_settings.emit)
        self._add("open", self.tr("&Open BackRelief"), self.open_window.emit)
        self._add("quit", self.tr("&Quit"), self.quit.emit)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.set_status("BackRelief")

    def _add(self, key: str, text: str, slot: object, menu: QMenu | None = None) -> None:
        action = (menu or self.menu).addAction(text)
        action.triggered.connect(slot)
        self.actions[key] = action

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a tray to put the icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @property
    def visible(self) -> bool:
        return self.icon.isVisible()

    def set_status(self, text: str) -> None:
        """The tooltip, and the same words at the top of the menu."""
        self.icon.setToolTip(f"BackRelief — {text}" if text != "BackRelief" else text)
        self.status_action.setText(text)

    def set_reminders_on(self, on: bool, paused: bool) -> None:
        """Offer only what makes sense: no snooze or pause while reminders are off."""
        for key, action in self.actions.items():
            if key.startswith(("snooze_", "pause_")):
                action.setEnabled(on and not paused)
        self.actions["resume"].setEnabled(on and paused)

    def tell(self, title: str, message: str) -> None:
        """A short balloon message from the icon (where the desktop shows them)."""
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window.emit()

"""Shows each reminder the best way this desktop allows, and passes the answer on.

A desktop notification with buttons where the notification service offers them, else
BackRelief's own small reminder window — never nothing. Each break reminder and what
the user did with it goes into the history.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from backrelief_gui.core.break_schedule import SNOOZE_CHOICES, Reminder, ReminderKind
from backrelief_gui.core.reminder_text import (
    reminder_body,
    reminder_title,
    spoken_reminder,
)
from backrelief_gui.qt.reminder_service import ReminderService
from backrelief_gui.ui.reminder_window import ReminderWindow

if TYPE_CHECKING:
    from backrelief_gui.storage.history import HistoryStore

MICRO_PAUSE_SHOWN_MS = 30_000


def _break_actions() -> list[tuple[str, str]]:
    """A break notification's buttons: each action's key and its words."""
    minutes = SNOOZE_CHOICES[0]  # a plain name: lupdate skips a subscript as the count
    return [
        ("start", QCoreApplication.translate("ReminderPresenter", "Start desk break")),
        ("snooze", QCoreApplication.translate("ReminderPresenter", "Snooze %n min", "", minutes)),
        ("skip", QCoreApplication.translate("ReminderPresenter", "Skip")),
    ]


class Notifier(Protocol):
    """What is needed of the desktop's notification service (see platform.notifications)."""

    action_invoked: Signal
    closed: Signal

    @property
    def supports_actions(self) -> bool: ...

    def available(self) -> bool: ...

    def notify(
        self,
        summary: str,
        body: str,
        actions: list[tuple[str, str]],
        timeout_ms: int = 0,
        replaces: int = 0,
    ) -> int | None: ...

    def close(self, notification_id: int) -> None: ...


class _Open:
    """The reminder on screen now: where it is shown and its history row."""

    def __init__(self, reminder: Reminder, row: int | None) -> None:
        self.reminder = reminder
        self.row = row
        self.notification: int | None = None
        self.window: ReminderWindow | None = None


class ReminderPresenter(QObject):
    """Turns the service's reminders into something seen (and heard) and answered.

    Signals:
        start_desk_break(): the user chose to take the break with the desk routine.
        problem(str): something worth telling the user, in plain words.
    """

    start_desk_break = Signal()
    problem = Signal(str)

    def __init__(
        self,
        service: ReminderService,
        notifier: Notifier | None = None,
        history: Callable[[], HistoryStore | None] = lambda: None,
        speak: Callable[[str], None] | None = None,
        quiet: Callable[[], bool] = lambda: False,
        suggestion: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._notifier = notifier
        self._history = history
        self._speak = speak
        self._quiet = quiet
        self._suggestion = suggestion
        self._open: _Open | None = None
        self.spoken = False  # say reminders aloud as well (a setting)
        service.reminder_due.connect(self.show_reminder)
        if notifier is not None:
            notifier.action_invoked.connect(self._on_notification_action)
            notifier.closed.connect(self._on_notification_closed)

    @property
    def window(self) -> ReminderWindow | None:
        """The fallback reminder window on screen, if any (tests and the tray read it)."""
        return None if self._open is None else self._open.window

    def show_reminder(self, reminder: Reminder) -> None:
        self._finish("missed")  # an older reminder still open was never answered
        is_break = reminder.kind is ReminderKind.BREAK
        row = self._record(reminder) if is_break else None
        shown = _Open(reminder, row)
        self._open = shown
        worked = reminder.shown_at - self._service.state.work_started_at
        title = reminder_title(reminder)
        body = reminder_body(reminder, worked, self._suggestion() if is_break else "")
        shown.notification = self._notify(title, body, is_break)
        if shown.notification is None:
            shown.window = self._show_window(title, body, is_break)
        if self.spoken and self._speak is not None and not self._quiet():
            self._speak(spoken_reminder(reminder))

    # -- the two ways of showing ------------------------------------------------------

    def _notify(self, title: str, body: str, is_break: bool) -> int | None:
        notifier = self._notifier
        if notifier is None or not notifier.available():
            return None
        if is_break and not notifier.supports_actions:
            return None  # a break needs its buttons: the window has them
        actions = _break_actions() if is_break else []
        timeout = 0 if is_break else MICRO_PAUSE_SHOWN_MS
        return notifier.notify(title, body, actions, timeout)

    def _show_window(self, title: str, body: str, is_break: bool) -> ReminderWindow:
        window = ReminderWindow(title, body, is_break=is_break)
        window.start_desk_break.connect(lambda: self.answer("started"))
        window.snooze.connect(lambda minutes: self.answer("snoozed", minutes))
        window.skip.connect(lambda: self.answer("skipped"))
        window.dismissed.connect(lambda: self.answer("dismissed"))
        window.place_in_corner()
        window.show()
        return window

    def _on_notification_action(self, notification: int, key: str) -> None:
        shown = self._open
        if shown is None or shown.notification != notification:
            return
        response = {"start": "started", "snooze": "snoozed", "skip": "skipped"}.get(key)
        if response is not None:
            self.answer(response)

    def _on_notification_closed(self, notification: int, _reason: int) -> None:
        shown = self._open
        if shown is not None and shown.notification == notification:
            self.answer("dismissed")

    # -- the answer -------------------------------------------------------------------

    def answer(self, response: str, minutes: int = SNOOZE_CHOICES[0]) -> None:
        """What the user did with the reminder on screen (from either way of showing)."""
        shown = self._open
        if shown is None:
            return
        if shown.reminder.kind is ReminderKind.BREAK:
            if response == "snoozed":
                self._service.snooze(minutes)
            elif response == "skipped":
                self._service.skip()
        self._finish(response)
        if response == "started":
            self.start_desk_break.emit()

    def _finish(self, response: str) -> None:
        """Record the answer and take the reminder off the screen."""
        shown, self._open = self._open, None
        if shown is None:
            return
        if shown.row is not None:
            self._store_answer(shown.row, response)
        if shown.notification is not None and self._notifier is not None:
            self._notifier.close(shown.notification)
        if shown.window is not None and shown.window.isVisible():
            shown.window.close()  # already answered: its own 'dismissed' is not heard

    def close_all(self) -> None:
        """BackRelief is ending: a reminder still on screen was missed."""
        self._finish("missed")

    # -- history ----------------------------------------------------------------------

    def _record(self, reminder: Reminder) -> int | None:
        store = self._history()
        if store is None:
            return None
        try:
            return store.record_reminder(reminder.due, reminder.shown_at)
        except (sqlite3.Error, OSError) as error:
            self.problem.emit(
                self.tr("The reminder could not be added to your history ({error}).").format(
                    error=error
                )
            )
            return None

    def _store_answer(self, row: int, response: str) -> None:
        store = self._history()
        if store is None:
            return
        try:
            store.answer_reminder(row, response)
        except (sqlite3.Error, OSError) as error:
            self.problem.emit(
                self.tr("Your answer to the reminder was not saved ({error}).").format(error=error)
            )

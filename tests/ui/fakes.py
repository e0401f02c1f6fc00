"""Stand-ins for what this machine cannot have in a test: a desktop notification service."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeNotifier(QObject):
    """Stands in for org.freedesktop.Notifications: records what would be shown."""

    action_invoked = Signal(int, str)
    closed = Signal(int, int)

    def __init__(self, *, available: bool = True, actions: bool = True) -> None:
        super().__init__()
        self._available = available
        self.supports_actions = actions
        self.shown: list[tuple[str, str, list[tuple[str, str]], int]] = []
        self.closed_ids: list[int] = []

    def available(self) -> bool:
        return self._available

    def notify(self, summary, body, actions, timeout_ms=0, replaces=0):
        self.shown.append((summary, body, actions, timeout_ms))
        return len(self.shown)

    def close(self, notification_id: int) -> None:
        self.closed_ids.append(notification_id)

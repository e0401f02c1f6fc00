"""Turns SIGTERM and SIGINT into a clean close on the Qt event loop.

Python runs signal handlers only when the interpreter gets control, which it may not
while Qt's loop waits. The signal module writes to a socket that a QSocketNotifier
watches, so the loop wakes at once and the window closes as if the user had closed it.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

HANDLED = (signal.SIGTERM, signal.SIGINT)


class TerminationWatcher(QObject):
    """Calls ``on_terminate`` on the event loop when the process is asked to end."""

    def __init__(self, on_terminate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_terminate = on_terminate
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for number in HANDLED:
            signal.signal(number, lambda *_: None)  # the wakeup byte does the work
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(byte in (int(n) for n in HANDLED) for byte in received):
            self._on_terminate()

    def close(self) -> None:
        """Give the signals back to their defaults (for tests that build several apps)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number in HANDLED:
            signal.signal(number, signal.SIG_DFL)
        self._reader.close()
        self._writer.close()

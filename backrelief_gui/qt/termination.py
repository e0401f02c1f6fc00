"""Turns SIGTERM and SIGINT into a clean close on the Qt event loop.

Python runs signal handlers only when the interpreter gets control, which it may not
while Qt's loop waits. The signal module writes each signal's number to a pipe that a
QSocketNotifier watches, so the loop wakes at once and the windows close as if the user
had closed them.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

HANDLED = (signal.SIGTERM, signal.SIGINT)


class _WakeupChannel:
    """A non-blocking pipe (a socket pair on Windows, which accepts nothing else)."""

    def __init__(self) -> None:
        if sys.platform == "win32":
            import socket

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self._sockets)
        else:
            self.read_fd, self.write_fd = os.pipe()
            for fd in (self.read_fd, self.write_fd):
                os.set_blocking(fd, False)

    def read(self) -> bytes:
        if sys.platform == "win32":
            return self._sockets[0].recv(64)
        return os.read(self.read_fd, 64)

    def close(self) -> None:
        if sys.platform == "win32":
            for end in self._sockets:
                end.close()
        else:
            os.close(self.read_fd)
            os.close(self.write_fd)


class TerminationWatcher(QObject):
    """Calls ``on_terminate`` on the event loop when the process is asked to end."""

    def __init__(self, on_terminate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_terminate = on_terminate
        self._channel = _WakeupChannel()
        self._previous_fd = signal.set_wakeup_fd(self._channel.write_fd)
        for number in HANDLED:
            signal.signal(number, lambda *_: None)  # the wakeup byte does the work
        self._notifier = QSocketNotifier(self._channel.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        try:
            received = self._channel.read()
        except (BlockingIOError, OSError):
            return
        if any(byte in (int(n) for n in HANDLED) for byte in received):
            self._on_terminate()

    def close(self) -> None:
        """Give the signals back to their defaults."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number in HANDLED:
            signal.signal(number, signal.SIG_DFL)
        self._channel.close()

"""The first-paint probe of ``bench/_startup_child.py``: the one hook it puts into Qt.

Imported only when the measured code is about to load Qt itself, so that nothing of Qt is
loaded earlier than the app would load it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SETTLE_MS = 1000
GIVE_UP_MS = 30_000


def memory_kib() -> dict[str, int]:
    """Rss and Pss of this process in KiB, from /proc/self/smaps_rollup."""
    values: dict[str, int] = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("Rss", "Pss"):
            values[name.lower()] = int(rest.split()[0])
    return values


def report(record: dict[str, object]) -> None:
    print("BENCH " + json.dumps(record), flush=True)


class FirstPaint(QObject):
    """Notes the first Expose of the window and reports once its first paint is done."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._expose: float | None = None
        self._paint: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Expose and self._expose is None:
            self._expose = time.time()
        elif kind == QEvent.Type.Paint and watched is self._window and self._paint is None:
            self._paint = time.time()
            # The filter runs before the paint; a zero timer runs once it has been handled.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        shown = time.time()
        report({"event": "shown", "time": shown, "expose": self._expose, "paint": self._paint})
        report({"event": "memory", "at": "shown", **memory_kib()})
        if os.environ.get("BENCH_STOP_AT_PAINT"):
            os._exit(0)  # nothing after the first paint may be counted
        QTimer.singleShot(SETTLE_MS, self._settled)

    def _settled(self) -> None:
        report({"event": "memory", "at": "settled", **memory_kib()})
        QApplication.quit()


_original_exec = QApplication.exec


def _hooked_exec(*args: object) -> int:
    app = QApplication.instance()
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()
    ]
    if app is None or not windows:
        report({"event": "error", "message": "no visible main window when the loop started"})
        return 3
    window = windows[0]
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        report({"event": "error", "message": "the window was exposed before the loop started"})
        return 3
    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    if handle is not None:
        handle.installEventFilter(watcher)

    def give_up() -> None:
        report({"event": "error", "message": "the window was not painted in time"})
        QApplication.exit(3)

    QTimer.singleShot(GIVE_UP_MS, give_up)
    return _original_exec(*args)


def install() -> None:
    """From now on, the event loop's start sets the probe on the visible main window."""
    QApplication.exec = staticmethod(_hooked_exec)  # type: ignore[method-assign]

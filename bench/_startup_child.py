"""One start-up measurement, run in a fresh process by ``bench/startup.py`` (not by hand).

    python bench/_startup_child.py app --data-dir DIR
    python bench/_startup_child.py bare

``app`` goes through the real start path, ``backrelief_gui.app.main``; ``bare`` builds a
plain PySide6 window of the same shape. Neither is changed: the only hook is a wrapper
around ``QApplication.exec`` that, as the event loop starts, watches the visible main
window for its first Paint event. Once that paint has been handled (the next turn of the
loop), the child prints one ``BENCH {json}`` line with the wall-clock time and its memory,
reads the memory again a second later (lazy loads), prints a second line and quits.
"""

from __future__ import annotations

import json
import sys
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


def run_bare() -> int:
    """A window shaped like the app's: a top bar, and a list beside a stack in a splitter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QComboBox,
        QHBoxLayout,
        QLabel,
        QListWidget,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1100, 700)
    bar = QHBoxLayout()
    for text, items in (("Routine:", ["Full", "Desk break"]), ("Dose:", ["Gentle", "Standard"])):
        picker = QComboBox()
        picker.addItems(items)
        bar.addWidget(QLabel(text))
        bar.addWidget(picker)
    bar.addStretch(1)
    bar.addWidget(QPushButton("Start routine"))
    listing = QListWidget()
    listing.addItems([f"Exercise {n}" for n in range(1, 8)])
    pages = QStackedWidget()
    pages.addWidget(QWidget())
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(listing)
    splitter.addWidget(pages)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([320, 780])
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addLayout(bar)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "bare"):
        print("usage: _startup_child.py app|bare [app options]", file=sys.stderr)
        return 2
    QApplication.exec = staticmethod(_hooked_exec)  # type: ignore[method-assign]
    if argv[0] == "bare":
        return run_bare()
    from backrelief_gui.app import main as app_main

    return app_main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

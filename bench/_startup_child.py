"""One start-up measurement, run in a fresh process by ``bench/startup.py`` (not by hand).

    python bench/_startup_child.py app --data-dir DIR
    python bench/_startup_child.py bare

``app`` goes through the real start path, ``backrelief_gui.app.main``; ``bare`` builds a
plain PySide6 window of the same shape. Neither is changed: the only hook
(``bench/_paint_probe.py``) is a wrapper around ``QApplication.exec`` that, as the event
loop starts, watches the visible main window for its first Paint event; it is loaded only
when Qt is, so the app reads its options and routines before Qt, as it does when started
by the ``backrelief`` command. Once that paint has been handled (the next turn of the
loop), the child prints one ``BENCH {json}`` line with the wall-clock time and its memory,
reads the memory again a second later (lazy loads), prints a second line and quits.
With ``BENCH_STOP_AT_PAINT=1`` in the environment it ends at once after the first line, so
that a tool counting the work up to the first paint (``bench/startup_instructions.py``)
counts nothing after it.
"""

from __future__ import annotations

import sys


def run_bare() -> int:
    """A window shaped like the app's: a top bar, and a list beside a stack in a splitter."""
    import _paint_probe
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    _paint_probe.install()
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
    if argv[0] == "bare":
        return run_bare()
    # The app loads Qt when it opens its window, after reading its options and routines:
    # the probe goes in just then, so that the app's start keeps its own order.
    from backrelief_gui import app

    open_window = app.run_window

    def run_window_probed(*args: object) -> int:
        import _paint_probe

        _paint_probe.install()
        return open_window(*args)  # type: ignore[arg-type]

    app.run_window = run_window_probed  # type: ignore[assignment]
    return app.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

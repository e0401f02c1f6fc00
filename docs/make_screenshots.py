"""Renders the README's screenshots from the real main window (offscreen, time compressed).

python docs/make_screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.loading import load_library
from backrelief_gui.core.plan import StepKind
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.main_window import MainWindow

SIZE = (1100, 680)


def wait_for(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Run the event loop until ``condition()`` holds (checked as events arrive)."""
    loop = QEventLoop()
    check = QTimer(interval=1)
    check.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    loop.exec()
    check.stop()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyle("Fusion")
    store = SettingsStore(Path(tempfile.mkdtemp()) / "settings.json")
    settings = Settings(routine="full", safety_acknowledged=True, ask_pain=False)
    driver = SessionDriver(speed=8.0)
    window = MainWindow(
        load_library(bundled_resources()),
        lambda: driver,
        Figures(bundled_resources()),
        settings,
        store,
    )
    window.resize(*SIZE)
    window.show()
    window.exercise_list.setCurrentRow(2)
    wait_for(lambda: "about" in window.routine_length.text())
    window.grab().save(str(out / "start.png"))
    window.start_routine(0)
    wait_for(lambda: driver.machine.step.kind is StepKind.HOLD and driver.remaining() < 6)
    driver.pause()
    window.grab().save(str(out / "hold.png"))
    driver.stop()
    window.summary_view.done.emit()
    window.select_routine("desk-break")
    fast = SessionDriver(speed=500.0)
    window.close()
    window = MainWindow(
        load_library(bundled_resources()),
        lambda: fast,
        Figures(bundled_resources()),
        settings,
        store,
    )
    window.resize(*SIZE)
    window.show()
    window.start_routine(0)
    wait_for(lambda: window.pages.currentWidget() is window.summary_view)
    window.grab().save(str(out / "finished.png"))
    print("saved to", out)


if __name__ == "__main__":
    main()

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
from backrelief_gui.core.loading import Library, load_library
from backrelief_gui.core.plan import StepKind
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.main_window import MainWindow

SIZE = (1100, 680)
MORNING = """format = 1
id = "morning-stretch"
name = "Morning stretch"
description = "A gentle start to the day, loosening the spine and shoulders."

[[exercise]]
id = "cat-cow"

[[exercise]]
id = "wall-angels"
reps = 12
tempo_seconds = 8
per_side = true

[[exercise]]
id = "shoulder-blade-squeeze"
hold_seconds = 8

[[exercise]]
id = "childs-pose"
rest_seconds = 15
"""


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
    window.close()
    builder_shot(out)
    dark_large_shot(out)
    french_shot(out)
    print("saved to", out)


def new_window(
    settings: Settings, driver: SessionDriver, library: Library | None = None
) -> MainWindow:
    store = SettingsStore(Path(tempfile.mkdtemp()) / "settings.json")
    window = MainWindow(
        library or load_library(bundled_resources()),
        lambda: driver,
        Figures(bundled_resources()),
        settings,
        store,
    )
    window.resize(*SIZE)
    window.show()
    return window


def builder_shot(out: Path) -> None:
    """The routine builder on a routine of the user's own, one exercise chosen."""
    from backrelief_gui.paths import user_routines_dir
    from backrelief_gui.ui.routine_builder import RoutineBuilder
    from backrelief_gui.ui.routine_builder_model import RoutineWorkbench

    data = Path(tempfile.mkdtemp())
    folder = user_routines_dir(data)
    folder.mkdir()
    (folder / "morning-stretch.toml").write_text(MORNING, encoding="utf-8")
    library = load_library(bundled_resources(), folder)
    window = new_window(Settings(safety_acknowledged=True, ask_pain=False), SessionDriver())
    bench = RoutineWorkbench(library, data)
    builder = RoutineBuilder(bench, window.dose, parent=window, select="morning-stretch")
    builder.resize(1060, 640)
    builder.show()
    builder.editor.entries.setCurrentRow(1)
    wait_for(lambda: False, 300)
    builder.grab().save(str(out / "builder.png"))
    builder.close()
    window.close()


def dark_large_shot(out: Path) -> None:
    """Dark colours and twice the text size, on a 1366 x 768 screen."""
    from backrelief_gui.ui.theme import Appearance, ThemeKeeper

    app = QApplication.instance()
    keeper = ThemeKeeper(app)
    keeper.apply(Appearance.DARK, 200)
    window = new_window(Settings(safety_acknowledged=True, ask_pain=False), SessionDriver())
    window.resize(1366, 768)
    window.exercise_list.setCurrentRow(3)
    wait_for(lambda: "about" in window.routine_length.text())
    window.grab().save(str(out / "dark-large-text.png"))
    window.close()
    keeper.apply(Appearance.LIGHT, 100)


def french_shot(out: Path) -> None:
    """The session view in French, mid-movement."""
    from backrelief_gui.core.translation import translated_library
    from backrelief_gui.qt.language import install_language, qt_translate

    language = install_language(bundled_resources(), "fr")
    library = translated_library(load_library(bundled_resources()), qt_translate)
    driver = SessionDriver(speed=8.0)
    settings = Settings(safety_acknowledged=True, ask_pain=False)
    window = new_window(settings, driver, library)
    window.start_routine(3)
    wait_for(lambda: driver.machine.step.kind is StepKind.MOVE and driver.remaining() < 2)
    driver.pause()
    window.grab().save(str(out / "french.png"))
    driver.stop()
    window.close()
    language.remove()


if __name__ == "__main__":
    main()

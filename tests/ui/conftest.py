"""A real main window on a settings file of its own, with time compressed or frozen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont, QPalette

from backrelief_gui.app import RunningApp
from backrelief_gui.cli import parse_options
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.platform.single_instance import SingleInstance
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.main_window import MainWindow


class FrozenClock:
    """A clock that moves only when a test says so: nothing advances on its own."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.json"


@pytest.fixture
def make_window(qtbot, library, settings_path) -> Callable[..., MainWindow]:
    made: list[MainWindow] = []

    def make(
        *, speed: float = 1.0, clock=None, acknowledged: bool = True, ask_pain=False, **choices
    ):
        store = SettingsStore(settings_path)
        settings = Settings(safety_acknowledged=acknowledged, ask_pain=ask_pain, **choices)
        driver = SessionDriver(clock=clock or FrozenClock(), speed=speed)
        window = MainWindow(library, lambda: driver, Figures(bundled_resources()), settings, store)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.driver.stop()
        assert not window.driver.timer_active


# -- the whole app, as main() builds it, on the test's application ------------------------


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data folder of its own, no desktop services, and login entries kept in tmp_path."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "data"


@pytest.fixture
def start_app(qapp, library, data):
    """Starts BackRelief as ``main`` does, on the test's application; ``stop`` ends one.

    Its quit requests do nothing here: the application's own loop is not running.
    """
    running_now: list[RunningApp] = []
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())

    def start(*args: str, speed: str = "10") -> RunningApp:
        options = parse_options(["--data-dir", str(data), "--speed", speed, *args])
        instance = SingleInstance(options.data_dir)
        assert instance.acquire()
        running = RunningApp(qapp, options, library, instance)
        running_now.append(running)
        return running

    def stop(running: RunningApp) -> None:
        running_now.remove(running)
        running.window.prepare_to_quit()
        running.window.close()
        running.shutdown()
        running.window.deleteLater()

    start.stop = stop
    yield start
    for running in list(running_now):
        stop(running)
    qapp.setPalette(palette)  # the app's theme applies to the whole application
    qapp.setFont(font)

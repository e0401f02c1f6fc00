"""A real main window on a settings file of its own, with time compressed or frozen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from backrelief_gui.core.bundled import bundled_resources
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

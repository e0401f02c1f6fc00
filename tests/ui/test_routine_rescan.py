"""A routine added from outside the window joins it when the window becomes active."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.loading import load_library
from backrelief_gui.paths import user_routines_dir
from tests.shared_routines import SHARED


@pytest.fixture
def library():
    """A library of this test's own: the window adds the routines it finds to it."""
    return load_library(bundled_resources())


def picker_ids(window) -> list[str]:
    picker = window.routine_picker
    return [picker.itemData(i) for i in range(picker.count())]


def activate(window) -> None:
    """What the window system sends when the user comes back to the window."""
    window.activateWindow()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))


def test_a_routine_imported_from_a_terminal_appears_in_the_running_window(
    qtbot, make_window, settings_path, tmp_path
):
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)
    assert "shoulder-care" not in picker_ids(window)
    shared = tmp_path / "shared.backrelief.toml"
    shared.write_text(SHARED, encoding="utf-8")
    data_dir = settings_path.parent  # the window keeps its routines beside its settings
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "backrelief_gui",
            "--data-dir",
            str(data_dir),
            "--import",
            str(shared),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    activate(window)
    assert "shoulder-care" in picker_ids(window)
    assert window.library.routines["shoulder-care"].exercises[1].id == "wall-angels"


def test_a_file_broken_by_hand_is_reported_and_the_rest_stay(qtbot, make_window, settings_path):
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)
    folder = user_routines_dir(settings_path.parent)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "shoulder-care.toml").write_text(SHARED, encoding="utf-8")
    (folder / "broken.toml").write_text("format = 1\nid = broken", encoding="utf-8")
    activate(window)
    assert "shoulder-care" in picker_ids(window)
    assert "broken" not in picker_ids(window)
    assert window.notice.isVisible() and "broken.toml" in window.notice.text()


def test_files_are_read_again_only_when_they_changed(
    qtbot, make_window, settings_path, monkeypatch
):
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)
    reads = []
    from backrelief_gui.core import loading

    monkeypatch.setattr(loading, "reload_user_routines", lambda *args: reads.append(args))
    activate(window)
    activate(window)
    assert reads == []
    folder = user_routines_dir(settings_path.parent)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "shoulder-care.toml").write_text(SHARED, encoding="utf-8")
    activate(window)
    assert len(reads) == 1

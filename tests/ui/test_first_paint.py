"""Work put off until a window's first paint runs once: after that paint, or at the latest
after a bound, so a window that is never painted cannot hold it back for ever."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QLabel

from backrelief_gui.ui.first_paint import after_first_paint


def test_the_work_waits_for_the_first_paint_and_runs_once(qtbot):
    label = QLabel("painted")
    qtbot.addWidget(label)
    ran: list[bool] = []
    after_first_paint(label, lambda: ran.append(label.isVisible()), at_latest_ms=60_000)
    qtbot.wait(0)  # a turn of the event loop: nothing has painted yet
    assert ran == []
    label.show()
    qtbot.waitUntil(lambda: ran == [True])
    label.update()  # a second paint does not run it again
    label.repaint()
    assert ran == [True]


def test_a_window_never_painted_still_gets_its_work_done_at_the_latest_bound(qtbot):
    label = QLabel("never shown")
    qtbot.addWidget(label)
    ran: list[bool] = []
    after_first_paint(label, lambda: ran.append(True), at_latest_ms=20)
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)
    label.show()  # a paint after the bound does not run it again
    label.repaint()
    assert ran == [True]


def test_the_collector_paused_for_the_start_runs_again_once_the_window_is_painted(qtbot, start_app):
    gc.disable()  # as main() leaves it while BackRelief starts
    try:
        running = start_app()
        assert running.window.isVisible()
        qtbot.waitUntil(gc.isenabled, timeout=10_000)
    finally:
        gc.enable()

"""Run work once a window has painted for the first time.

Deferring with a zero timer is not enough: the window's first Expose and Paint arrive
from the window system a little later, so zero-timer work would still delay them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # The filter sees the paint before it happens; run once it is done.
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the event loop just after ``widget`` first paints."""
    _FirstPaintWatcher(widget, callback)

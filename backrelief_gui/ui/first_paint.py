"""Run work once a window has painted for the first time.

Deferring with a zero timer is not enough: the window's first Expose and Paint arrive
from the window system a little later, so zero-timer work would still delay them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: A window that is not painted by then (hidden on another desktop, say) waits no longer.
AT_LATEST_MS = 2000


class _FirstPaintWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], at_latest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        # One timer, a child, so it goes with the watcher: first the bound, then, once the
        # paint is seen, the next turn of the loop.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(at_latest_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # The filter sees the paint before it happens; run once it is done.
            self._timer.start(0)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:  # once, whichever comes first; the watcher then idles
            self._widget.removeEventFilter(self)
            callback()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], at_latest_ms: int = AT_LATEST_MS
) -> None:
    """Call ``callback`` on the event loop just after ``widget`` first paints, or after
    ``at_latest_ms`` if it has not painted by then."""
    _FirstPaintWatcher(widget, callback, at_latest_ms)

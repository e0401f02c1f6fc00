"""A bar of two groups that sit side by side when they fit, and one above the other if not.

The top bar of the main window holds the routine choice on the left and the buttons on
the right. At large text sizes the two no longer fit across a 1366-pixel screen, so
the buttons move to a second row rather than pushing the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class WrappingBarLayout(QLayout):
    """Lays out exactly two widgets: ``first`` on the left, ``second`` on the right."""

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.addWidget(first)
        self.addWidget(second)

    # -- the QLayout interface ------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        first, second = (item.sizeHint() for item in self._items)
        margins = self.contentsMargins()
        width = first.width() + self.spacing() + second.width()
        height = max(first.height(), second.height())
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        # Narrow enough for the wider of the two groups alone: the other goes below.
        first, second = (item.minimumSize() for item in self._items)
        margins = self.contentsMargins()
        return QSize(
            max(first.width(), second.width()) + margins.left() + margins.right(),
            max(first.height(), second.height()) + margins.top() + margins.bottom(),
        )

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing the two groups -----------------------------------------------------

    def side_by_side(self, width: int) -> bool:
        first, second = (item.sizeHint() for item in self._items)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return first.width() + self.spacing() + second.width() <= inner

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        first, second = self._items
        first_size, second_size = first.sizeHint(), second.sizeHint()
        if self.side_by_side(rect.width()):
            row = max(first_size.height(), second_size.height())
            first_width = area.width() - self.spacing() - second_size.width()
            if place:
                first.setGeometry(QRect(area.topLeft(), QSize(first_width, row)))
                second_left = QPoint(area.right() - second_size.width() + 1, area.top())
                second.setGeometry(QRect(second_left, QSize(second_size.width(), row)))
            height = row
        else:
            first_height = first.heightForWidth(area.width()) if first.hasHeightForWidth() else -1
            first_height = max(first_height, first_size.height())
            if place:
                first.setGeometry(QRect(area.topLeft(), QSize(area.width(), first_height)))
                below = QPoint(area.left(), area.top() + first_height + self.spacing())
                width = min(area.width(), second_size.width())
                second.setGeometry(QRect(below, QSize(width, second_size.height())))
            height = first_height + self.spacing() + second_size.height()
        return height + margins.top() + margins.bottom()


def wrapping_bar(first: QWidget, second: QWidget) -> QWidget:
    """A widget holding ``first`` and ``second`` in a :class:`WrappingBarLayout`."""
    bar = QWidget()
    layout = WrappingBarLayout(first, second, bar)
    layout.setContentsMargins(0, 0, 0, 0)
    return bar

"""Loading the exercise figures and app icons shipped as SVG."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from backrelief_gui.core.catalogue import Exercise

TILE_COLOUR = QColor("#f4f6f8")


def _on_tile(drawing: QIcon, side: int) -> QPixmap:
    tile = QPixmap(side, side)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TILE_COLOUR)
    painter.drawRoundedRect(0, 0, side, side, side / 6, side / 6)
    margin = max(1, side // 16)
    inner = side - 2 * margin
    painter.drawPixmap(margin, margin, drawing.pixmap(QSize(inner, inner)))
    painter.end()
    return tile


class Figures:
    """Finds and caches the icons drawn for exercises and for the app."""

    def __init__(self, resources: Traversable, icon_side: int = 96) -> None:
        self._resources = resources
        self._icon_side = icon_side  # drawn once, large enough for a 48 px icon at 2x
        self._icons: dict[str, QIcon] = {}

    def _icon(self, folder: str, name: str) -> QIcon:
        key = f"{folder}/{name}"
        if key not in self._icons:
            drawing = QIcon(str(self._resources / folder / name))
            # Each size is drawn once on a light tile and used for every mode, so the blue
            # figure stays visible on a selected (blue) row and on a dark background.
            icon = QIcon()
            pixmap = _on_tile(drawing, self._icon_side)
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                icon.addPixmap(pixmap, mode)
            self._icons[key] = icon
        return self._icons[key]

    def exercise_icon(self, exercise: Exercise) -> QIcon:
        if exercise.figure:
            return self._icon("figures", exercise.figure)
        return self.app_icon()

    def exercise_pixmap(self, exercise: Exercise, side: int) -> QPixmap:
        """Drawn afresh at ``side`` pixels, so large figures stay crisp."""
        name = exercise.figure or "backrelief.svg"
        folder = "figures" if exercise.figure else "icons"
        return QIcon(str(self._resources / folder / name)).pixmap(QSize(side, side))

    def app_icon(self) -> QIcon:
        return self._icon("icons", "backrelief.svg")

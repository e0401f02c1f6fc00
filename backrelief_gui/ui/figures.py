"""Loading the exercise figures and app icons shipped as SVG."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from backrelief_gui.core.catalogue import Exercise


class Figures:
    """Finds and caches the icons drawn for exercises and for the app."""

    def __init__(self, resources: Traversable) -> None:
        self._resources = resources
        self._icons: dict[str, QIcon] = {}

    def _icon(self, folder: str, name: str) -> QIcon:
        key = f"{folder}/{name}"
        if key not in self._icons:
            icon = QIcon(str(self._resources / folder / name))
            # Keep the drawing's own colours when its list row is selected.
            for size in (32, 48, 64):
                icon.addPixmap(icon.pixmap(size), QIcon.Mode.Selected)
            self._icons[key] = icon
        return self._icons[key]

    def exercise_icon(self, exercise: Exercise) -> QIcon:
        if exercise.figure:
            return self._icon("figures", exercise.figure)
        return self.app_icon()

    def exercise_pixmap(self, exercise: Exercise, side: int) -> QPixmap:
        return self.exercise_icon(exercise).pixmap(QSize(side, side))

    def app_icon(self) -> QIcon:
        return self._icon("icons", "backrelief.svg")

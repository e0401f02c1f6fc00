"""Loading the exercise figures and app icons shipped as SVG.

An exercise's ``figure`` file draws its start position. A drawing named ``<stem>-end.svg``
beside it, where there is one, draws the end position; without it the figure is static.

Each drawing's ``<title>`` is what a screen reader says for it. The files stay English;
the titles are looked up in the translation catalogue under :data:`FIGURES_CONTEXT`
(:func:`figure_titles` lists them for the update script).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from backrelief_gui.core.catalogue import Exercise

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# Every figure is drawn on this light tile, in light and dark mode alike, so one set of
# stroke colours keeps its contrast everywhere (tests/ui/test_figures.py measures it).
TILE_COLOUR = QColor("#f4f6f8")
_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))
FIGURES_CONTEXT = "figures"
FIGURE_FOLDERS = ("figures", "icons")


def end_figure_name(figure: str) -> str:
    """The file drawing the end position of the exercise whose start is ``figure``."""
    stem, dot, suffix = figure.rpartition(".")
    return f"{stem}-end.{suffix}" if dot else f"{figure}-end"


def tile_margin(side: float) -> float:
    """Room left between the tile's edge and the drawing, so strokes never touch the corners."""
    return max(1.0, side / 16)


def paint_tile(painter: QPainter, rect: QRectF) -> None:
    """The light rounded square every figure sits on."""
    radius = min(rect.width(), rect.height()) / 6
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TILE_COLOUR)
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


def _on_tile(drawing: QIcon, side: int) -> QPixmap:
    tile = QPixmap(side, side)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    paint_tile(painter, QRectF(0, 0, side, side))
    margin = int(tile_margin(side))
    inner = side - 2 * margin
    painter.drawPixmap(margin, margin, drawing.pixmap(QSize(inner, inner)))
    painter.end()
    return tile


class Drawing(NamedTuple):
    """One SVG drawing of a position, and the words a screen reader says for it.

    A named tuple, not a dataclass: the first window needs it, and loading dataclasses
    costs start-up time (see core/catalogue.py).
    """

    icon: QIcon  # renders the SVG afresh at whatever size is asked for
    description: str  # the drawing's own <title>, in the user's language


def figure_titles(resources: Traversable) -> list[tuple[str, str]]:
    """Every shipped drawing's title, as (file path under ``resources``, title), by file."""
    found = []
    for folder in FIGURE_FOLDERS:
        place = resources / folder
        if not place.is_dir():
            continue
        for file in sorted(place.iterdir(), key=lambda item: item.name):
            title = _title(file) if file.name.endswith(".svg") else ""
            if title:
                found.append((f"{folder}/{file.name}", title))
    return found


def _title(file: Traversable) -> str:
    # A pattern, not an XML parser: the drawings are ours, and the parser costs the first
    # window a few milliseconds of start-up.
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    found = _TITLE.search(text)
    if not found:
        return ""
    title = " ".join(found.group(1).split())
    for entity, character in _ENTITIES:
        title = title.replace(entity, character)
    return title


class Figures:
    """Finds and caches the icons drawn for exercises and for the app."""

    def __init__(self, resources: Traversable, icon_side: int = 96) -> None:
        self._resources = resources
        self._icon_side = icon_side  # drawn once, large enough for a 48 px icon at 2x
        self._icons: dict[str, QIcon] = {}
        self._drawings: dict[str, Drawing | None] = {}

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
        """A small tile of the start position, for lists."""
        if exercise.figure:
            return self._icon("figures", exercise.figure)
        return self.app_icon()

    def exercise_drawings(self, exercise: Exercise) -> tuple[Drawing, Drawing | None]:
        """The start drawing and, where one is shipped, the end drawing."""
        if not exercise.figure:
            return self._drawing("icons", "backrelief.svg") or _blank(), None
        start = self._drawing("figures", exercise.figure) or _blank()
        return start, self._drawing("figures", end_figure_name(exercise.figure))

    def _drawing(self, folder: str, name: str) -> Drawing | None:
        key = f"{folder}/{name}"
        if key not in self._drawings:
            file = self._resources / folder / name
            self._drawings[key] = (
                Drawing(QIcon(str(file)), _translated(_title(file))) if file.is_file() else None
            )
        return self._drawings[key]

    def app_icon(self) -> QIcon:
        return self._icon("icons", "backrelief.svg")


def _translated(title: str) -> str:
    return QCoreApplication.translate(FIGURES_CONTEXT, title) if title else ""


def _blank() -> Drawing:
    return Drawing(QIcon(), "")

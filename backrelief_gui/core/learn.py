"""The Learn page's words: why upper back pain happens, everyday tips, a safety heading.

They are data (``resources/learn.toml``) so a translation needs no code. The file is read
with the same strict checks as the exercise files, so a mistake in it is reported with
its file and field rather than showing up as a blank or broken page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from backrelief_gui.core.loading import (
    FORMAT_VERSION,
    Reader,
    Source,
    _Table,
    read_toml,
)

LEARN_FILE = "learn.toml"
POINTS_RANGE = (1, 12)


@dataclass(frozen=True)
class Point:
    """One cause or tip: a few words to scan for, then a short paragraph about it."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Section:
    """A heading, a sentence leading into the points, and the points themselves."""

    heading: str
    intro: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class LearnText:
    """Everything the Learn page says apart from the safety note, which the app owns."""

    title: str
    intro: str
    causes: Section
    tips: Section
    safety_heading: str


def load_learn(source: Source, read: Reader = read_toml) -> LearnText:
    """Read and check the Learn file; a mistake raises ``CatalogueError`` naming the field."""
    name = str(source) if isinstance(source, Path) else source.name
    top = _Table(read(source), name)
    top.only({"format", "title", "intro", "causes", "tips", "safety"})
    version = top.get("format")
    if type(version) is not int or version != FORMAT_VERSION:
        top.fail("format", f"expected {FORMAT_VERSION}, the only format this version reads")
    title, intro = top.text("title"), top.text("intro")  # checked in the file's order
    causes, tips = _section(top, "causes"), _section(top, "tips")
    safety = _Table(top.get("safety"), name, prefix="safety.")
    safety.only({"heading"})
    return LearnText(title, intro, causes, tips, safety_heading=safety.text("heading"))


def _section(top: _Table, key: str) -> Section:
    table = _Table(top.get(key), top.file, prefix=f"{key}.")
    table.only({"heading", "intro", "point"})
    raw_points = table.tables("point")
    low, high = POINTS_RANGE
    if len(raw_points) > high:
        table.fail("point", f"expected {low} to {high} points, got {len(raw_points)}")
    points: list[Point] = []
    for index, raw in enumerate(raw_points):
        point = _Table(raw, top.file, prefix=f"{key}.point[{index}].")
        point.only({"id", "title", "text"})
        point_id = point.identifier("id")
        if any(earlier.id == point_id for earlier in points):
            point.fail("id", f"'{point_id}' is used twice here; expected each point its own id")
        points.append(Point(point_id, point.text("title"), point.text("text")))
    return Section(table.text("heading"), table.text("intro"), tuple(points))

"""Render the app icon into the hicolor theme sizes desktops look up.

    python packaging/linux/render_icons.py

Reads resources/icons/backrelief.svg, the icon the app itself shows, and writes
packaging/linux/icons/hicolor/<N>x<N>/apps/backrelief.png plus the SVG as the scalable
icon. Qt's own SVG renderer is used so no other tool is needed; run it again whenever the
SVG changes (tests/packaging checks the scalable copy is the same file).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "resources" / "icons" / "backrelief.svg"
THEME = HERE / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "backrelief"


def render(size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"render_icons: cannot write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = THEME / f"{size}x{size}" / "apps" / f"{NAME}.png"
        render(size, target)
        print(target.relative_to(HERE))
    scalable = THEME / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

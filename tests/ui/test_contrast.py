"""Light and dark appearance: every text colour meets WCAG AA against what it sits on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from backrelief_gui.ui.history_view import ACCENT, ACCENT_INK
from backrelief_gui.ui.theme import Appearance, ThemeKeeper, dark_palette, light_palette
from tests.ui.contrast import contrast

R = QPalette.ColorRole
TEXT_ON = [  # (text, what it is drawn on): AA asks 4.5:1 for text
    (R.WindowText, R.Window),
    (R.WindowText, R.Button),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.ToolTipText, R.ToolTipBase),
]
SHAPES_ON = [  # a selection, focus ring or frame must stand out 3:1 from the window
    (R.Highlight, R.Window),
    (R.Highlight, R.Base),
    (R.Mid, R.Window),
]
PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("text", "ground"), TEXT_ON, ids=lambda r: r.name)
def test_text_meets_aa(name, text, ground):
    palette = PALETTES[name]()
    ratio = contrast(palette.color(text), palette.color(ground))
    assert ratio >= 4.5, f"{name}: {text.name} on {ground.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("shape", "ground"), SHAPES_ON, ids=lambda r: r.name)
def test_selection_and_frames_stand_out(name, shape, ground):
    palette = PALETTES[name]()
    ratio = contrast(palette.color(shape), palette.color(ground))
    assert ratio >= 3.0, f"{name}: {shape.name} on {ground.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
def test_history_charts_read_on_either_base(name):
    base = PALETTES[name]().color(R.Base)
    assert contrast(ACCENT, base) >= 3.0  # bars, lines and calendar cells
    assert contrast(ACCENT_INK, ACCENT) >= 4.5  # the count written in a calendar cell


def test_the_contrast_measure_itself():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_theme_keeper_applies_dark_light_and_larger_text(qapp: QApplication):
    base_size = qapp.font().pointSizeF()
    keeper = ThemeKeeper(qapp)
    try:
        keeper.apply(Appearance.DARK, 200)
        assert qapp.palette().color(R.Window) == dark_palette().color(R.Window)
        assert qapp.font().pointSizeF() == pytest.approx(base_size * 2)
        keeper.apply(Appearance.LIGHT, 150)
        assert qapp.palette().color(R.Window) == light_palette().color(R.Window)
        assert qapp.font().pointSizeF() == pytest.approx(base_size * 1.5)
        keeper.apply("light", 3)  # not a size on offer: the system's size
        assert qapp.font().pointSizeF() == pytest.approx(base_size)
        keeper.apply("purple", 100)  # not an appearance: the system's, never an error
        assert keeper.appearance is Appearance.SYSTEM
    finally:
        keeper.apply(Appearance.LIGHT, 100)
        keeper.deleteLater()

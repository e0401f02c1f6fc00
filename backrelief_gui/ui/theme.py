"""Light and dark appearance, and larger text, applied to the whole application.

Both palettes are spelled out rather than left to the style, because the style's own
choices miss WCAG AA in places (white text on Fusion's light-blue selection is 3.6:1)
and a platform without a colour-scheme hint would leave a dark desktop with a light
app. ``tests/ui/test_contrast.py`` measures every text pair named here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

TEXT_SCALES = (100, 125, 150, 200)  # per cent of the system's own text size


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f4f5f7",
    Role.Text: "#000000",
    Role.Button: "#efefef",
    Role.ButtonText: "#000000",
    Role.Highlight: "#236fa6",  # white text on it 5.3:1; against the window 4.5:1
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#5f6368",
    Role.Link: "#1a5a9a",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#000000",
    Role.Light: "#ffffff",
    Role.Midlight: "#cacaca",
    Role.Mid: "#828282",  # frames drawn in it stand out 3:1 from the window
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
    Role.BrightText: "#ffffff",
    Role.Accent: "#236fa6",
}

_DARK = {
    Role.Window: "#2b2d30",
    Role.WindowText: "#e8eaed",
    Role.Base: "#1f2023",
    Role.AlternateBase: "#27292c",
    Role.Text: "#e8eaed",
    Role.Button: "#36383c",
    Role.ButtonText: "#e8eaed",
    Role.Highlight: "#7cb8f0",  # dark text on a light blue: reads well and stands out
    Role.HighlightedText: "#101214",
    Role.PlaceholderText: "#a3a7ad",
    Role.Link: "#8ab4f8",
    Role.ToolTipBase: "#36383c",
    Role.ToolTipText: "#e8eaed",
    Role.Light: "#4a4d52",
    Role.Midlight: "#3c3f43",
    Role.Mid: "#7a7e84",
    Role.Dark: "#1a1b1e",
    Role.Shadow: "#0e0f10",
    Role.BrightText: "#ffffff",
    Role.Accent: "#7cb8f0",
}

_DISABLED_TEXT = {"light": "#8a8a8a", "dark": "#85898f"}


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    return _palette(_LIGHT, _DISABLED_TEXT["light"])


def dark_palette() -> QPalette:
    return _palette(_DARK, _DISABLED_TEXT["dark"])


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() is Qt.ColorScheme.Dark


class ThemeKeeper(QObject):
    """Keeps the application's palette and text size as the user and the system say.

    With ``Appearance.SYSTEM`` it follows the desktop's colour scheme as it changes.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._system_font = QFont(app.font())
        self.appearance = Appearance.SYSTEM
        self.text_scale = 100
        app.styleHints().colorSchemeChanged.connect(self._restyle)

    def apply(self, appearance: Appearance | str, text_scale: int) -> None:
        try:
            self.appearance = Appearance(appearance)
        except ValueError:  # a hand-edited settings file: follow the system
            self.appearance = Appearance.SYSTEM
        self.text_scale = text_scale if text_scale in TEXT_SCALES else 100
        self._restyle()
        font = QFont(self._system_font)
        size = self._system_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.text_scale / 100)
        else:  # a font set in pixels
            font.setPixelSize(round(self._system_font.pixelSize() * self.text_scale / 100))
        self._app.setFont(font)

    def is_dark(self) -> bool:
        if self.appearance is Appearance.SYSTEM:
            return system_is_dark(self._app)
        return self.appearance is Appearance.DARK

    def _restyle(self) -> None:
        self._app.setPalette(dark_palette() if self.is_dark() else light_palette())

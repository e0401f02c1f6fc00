"""The Learn page: why upper back pain happens, habits that help, and exercising safely.

A window of its own rather than a page of the main window, so it can stay open beside
the exercises. Its words come from ``resources/learn.toml``; the safety part is the same
note the app shows before the first session, so there is only one to keep right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.learn import LEARN_FILE, LearnText, Section, load_learn
from backrelief_gui.core.translation import translated_learn
from backrelief_gui.qt.language import qt_translate
from backrelief_gui.ui.labels import heading, plain_label
from backrelief_gui.ui.safety import safety_text

READING_WIDTH = 70  # characters a line: longer lines are hard to follow back
TITLE_SCALE = 1.6
SECTION_SCALE = 1.3


def _paragraph(text: str) -> QLabel:
    label = plain_label(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LearnView(QDialog):
    """Shows a :class:`LearnText` and the safety note in one scrolling column of text."""

    def __init__(self, learn: LearnText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnView")
        self.setWindowTitle(learn.title)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("learnText")
        self.scroll.setAccessibleName(learn.title)
        self.scroll.setAccessibleDescription(self.tr("Use the arrow and Page keys to scroll"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so the keys can scroll it
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._page(learn))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._fit_to_screen()

    def _page(self, learn: LearnText) -> QWidget:
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * READING_WIDTH)
        lines = QVBoxLayout(column)
        lines.setSpacing(self.fontMetrics().height() // 3)
        title = heading(TITLE_SCALE, learn.title)
        title.setObjectName("learnTitle")
        lines.addWidget(title)
        lines.addWidget(_paragraph(learn.intro))
        for section in (learn.causes, learn.tips):
            self._add_section(lines, section)
        lines.addSpacing(self.fontMetrics().height())
        lines.addWidget(heading(SECTION_SCALE, learn.safety_heading))
        lines.addWidget(_paragraph(safety_text()))
        lines.addStretch(1)
        page = QWidget()
        centred = QHBoxLayout(page)
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        return page

    def _add_section(self, lines: QVBoxLayout, section: Section) -> None:
        lines.addSpacing(self.fontMetrics().height())
        lines.addWidget(heading(SECTION_SCALE, section.heading))
        lines.addWidget(_paragraph(section.intro))
        for point in section.points:
            lines.addSpacing(self.fontMetrics().height() // 3)
            title = heading(1.0, point.title)
            title.setObjectName(f"point-{point.id}")
            lines.addWidget(title)
            lines.addWidget(_paragraph(point.text))

    def _fit_to_screen(self) -> None:
        """About one reading column wide and two thirds of the screen high, never larger."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * (READING_WIDTH + 8)
        height = metrics.height() * 40
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))


def make_learn_view(parent: QWidget | None = None) -> LearnView:
    """The Learn page with the shipped words in the user's language; a damaged file raises
    ``CatalogueError``."""
    learn = load_learn(bundled_resources() / LEARN_FILE)
    return LearnView(translated_learn(learn, qt_translate), parent)

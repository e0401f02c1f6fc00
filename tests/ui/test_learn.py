"""The Learn page: every cause, tip and the safety note shown; opened with F1 or its button;
read with the keyboard alone; still whole at twice the text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.learn import LEARN_FILE, load_learn
from backrelief_gui.ui import learn_view
from backrelief_gui.ui.learn_view import LearnView
from backrelief_gui.ui.safety import safety_text
from tests.ui.test_accessibility import check_named

LEARN = load_learn(bundled_resources() / LEARN_FILE)


def shown_texts(view):
    return [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]


@pytest.fixture
def view(qtbot):
    made = LearnView(LEARN)
    qtbot.addWidget(made)
    made.show()
    return made


def test_it_shows_every_cause_every_tip_and_the_safety_note(view):
    texts = shown_texts(view)
    for section in (LEARN.causes, LEARN.tips):
        assert section.heading in texts and section.intro in texts
        for point in section.points:
            assert point.title in texts and point.text in texts, point.id
    assert LEARN.title in texts and LEARN.intro in texts
    assert LEARN.safety_heading in texts and safety_text() in texts
    assert view.windowTitle() == LEARN.title


def test_headings_stand_out_from_the_paragraphs(view):
    title = view.findChild(QLabel, "learnTitle")
    point = view.findChild(QLabel, "point-stress")
    body = next(label for label in view.findChildren(QLabel) if label.text() == LEARN.intro)
    assert title.font().pointSizeF() > body.font().pointSizeF() and title.font().bold()
    assert point.font().bold() and not body.font().bold()
    assert body.wordWrap() and body.textFormat() == Qt.TextFormat.PlainText


def test_every_control_is_named(view):
    check_named(view, "the Learn page")
    assert view.scroll.accessibleName() == LEARN.title


def test_the_keyboard_scrolls_it_and_escape_closes_it(qtbot, view):
    view.resize(400, 300)  # shorter than the text, so there is something to scroll
    qtbot.waitExposed(view)
    bar = view.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    assert view.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.scroll.setFocus()
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageDown)
    paged = bar.value()
    assert paged > 0
    qtbot.keyClick(view.scroll, Qt.Key.Key_Down)
    assert bar.value() > paged
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.scroll, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    qtbot.keyClick(view.scroll, Qt.Key.Key_Escape)
    assert not view.isVisible()


@pytest.fixture
def double_font(qapp):
    """Text at 200 %, as a user with large fonts has it; the usual size afterwards."""
    normal = QFont(qapp.font())
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(larger)
    yield larger
    qapp.setFont(normal)


def test_at_twice_the_text_size_it_wraps_rather_than_cut(qtbot, double_font):
    view = LearnView(LEARN)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    screen = view.screen().availableGeometry()
    assert view.width() <= screen.width() and view.height() <= screen.height()
    assert view.scroll.horizontalScrollBar().maximum() == 0  # lines wrap to the width
    body = next(label for label in view.findChildren(QLabel) if label.text() == LEARN.intro)
    assert body.font().pointSizeF() == pytest.approx(double_font.pointSizeF())
    assert body.height() >= body.heightForWidth(body.width())  # nothing clipped


def test_f1_and_the_button_open_one_learn_page(qtbot, make_window):
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    views = window.findChildren(LearnView)
    assert len(views) == 1 and views[0].isVisible()
    views[0].close()
    window.learn_button.click()
    assert window.findChildren(LearnView) == views and views[0].isVisible()
    assert window.learn_button.accessibleDescription()


def test_a_damaged_learn_file_is_reported_in_the_window(qtbot, make_window, tmp_path, monkeypatch):
    (tmp_path / LEARN_FILE).write_text("format = 1\n", encoding="utf-8")
    monkeypatch.setattr(learn_view, "bundled_resources", lambda: tmp_path)
    window = make_window()
    window.learn_button.click()
    assert not window.findChildren(LearnView)
    assert window.notice.isVisible()
    assert str(tmp_path / LEARN_FILE) in window.notice.text()
    assert "field 'title'" in window.notice.text()

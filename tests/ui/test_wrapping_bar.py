"""The top bar's two groups share a row when they fit and stack when they do not."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from backrelief_gui.ui.wrapping_bar import wrapping_bar


def fixed(width: int, height: int = 30) -> QPushButton:
    button = QPushButton()
    button.setFixedSize(width, height)
    return button


def test_groups_sit_side_by_side_when_they_fit(qtbot):
    left, right = fixed(300), fixed(200)
    bar = wrapping_bar(left, right)
    qtbot.addWidget(bar)
    bar.resize(800, bar.heightForWidth(800))
    bar.show()
    qtbot.waitExposed(bar)
    assert left.geometry().top() == right.geometry().top() == 0
    assert right.geometry().right() == bar.width() - 1  # pushed to the right edge
    assert bar.heightForWidth(800) == 30


def test_second_group_goes_below_when_they_do_not_fit(qtbot):
    left, right = fixed(300), fixed(200)
    bar = wrapping_bar(left, right)
    qtbot.addWidget(bar)
    bar.resize(400, bar.heightForWidth(400))
    bar.show()
    qtbot.waitExposed(bar)
    assert right.geometry().top() >= left.geometry().bottom()
    assert right.geometry().left() == 0
    assert bar.heightForWidth(400) > 60
    assert bar.minimumSizeHint().width() <= 300  # the wider group alone


def test_a_window_holding_the_bar_can_be_as_narrow_as_its_widest_group(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(wrapping_bar(fixed(600), fixed(500)))
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() < 700

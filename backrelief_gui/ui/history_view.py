"""The History page: streaks, the weekly goal, three small charts, sessions and totals.

It is handed records and today's date (:meth:`HistoryView.show_history`) and renders
what :mod:`backrelief_gui.core.history_stats` makes of them; it reads no clock and runs
no SQL. The tables are item views over a plain-text model: Qt asks only for the cells
it draws. The charts are drawn with QPainter (QtCharts is not in PySide6-Essentials) in
the widget's palette plus one accent colour, and each states its figures in words below
it and to assistive technology, so nothing depends on seeing colours. Everything the
user wrote is shown as plain text.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core import history_stats as stats
from backrelief_gui.core.history_model import (
    ExerciseRecord,
    ReminderDay,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.core.text import format_duration
from backrelief_gui.ui.labels import heading, plain_label

ACCENT = QColor("#3a86c8")  # the blue of the app icon; legible on light and dark bases
ACCENT_INK = QColor("#101214")  # text on the accent: 4.8:1, where white would be 3.9:1
WEEKS = 8
COLUMN_GAP = 16  # pixels between a column's widest text and the next column
# English sources, marked for the catalogue and translated where they are shown (_tr).
SESSION_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryView", "Date"),
    QT_TRANSLATE_NOOP("HistoryView", "Routine"),
    QT_TRANSLATE_NOOP("HistoryView", "Active time"),
    QT_TRANSLATE_NOOP("HistoryView", "Completion"),
    QT_TRANSLATE_NOOP("HistoryView", "Pain"),
    QT_TRANSLATE_NOOP("HistoryView", "Note"),
)
TOTAL_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryView", "Exercise"),
    QT_TRANSLATE_NOOP("HistoryView", "Sessions"),
    QT_TRANSLATE_NOOP("HistoryView", "Reps"),
)
STATUS_WORDS = {
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("HistoryView", "Stopped"),
    SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryView", "Interrupted"),
    SessionStatus.RUNNING: QT_TRANSLATE_NOOP("HistoryView", "In progress"),
}
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "HistoryView",
    "No sessions yet — once you have done your first routine, your streaks, minutes and "
    "pain scores will show here.",
)
CARD_STYLE = """
QFrame#historyCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
"""


# -- words ---------------------------------------------------------------------------------


def _tr(text: str, n: int = -1) -> str:
    """A text marked above, or worked out at run time, in the user's language."""
    return QCoreApplication.translate("HistoryView", text, "", n)


def _days(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("HistoryView", "1 day")
    return QCoreApplication.translate("HistoryView", "%n days", "", count)


def _sessions(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("HistoryView", "1 session")
    return QCoreApplication.translate("HistoryView", "%n sessions", "", count)


def _exercises(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("HistoryView", "1 exercise")
    return QCoreApplication.translate("HistoryView", "%n exercises", "", count)


def _break_reminders(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("HistoryView", "1 break reminder")
    return QCoreApplication.translate("HistoryView", "%n break reminders", "", count)


def _breaks(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("HistoryView", "1 break")
    return QCoreApplication.translate("HistoryView", "%n breaks", "", count)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _short_day(day: date) -> str:
    """'14 Mar': short enough for an axis, in the user's language."""
    return QLocale().toString(_qdate(day), "d MMM")


def _long_day(day: date) -> str:
    """'Thu 14 Mar 2025', for tooltips and text alternatives."""
    return QLocale().toString(_qdate(day), "ddd d MMM yyyy")


def _when(local: datetime) -> str:
    """The weekday, date and time the user's clock showed, in their locale's short form."""
    locale = QLocale()
    # The wall time as it was, carried as UTC: a QDateTime in the machine's zone costs
    # a zone lookup each (most of the table's time), and shifts times in its DST gaps.
    moment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute), QTimeZone.utc())
    weekday = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {locale.toString(moment, QLocale.FormatType.ShortFormat)}"


def _number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(value, "f", decimals)


def _pain_text(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def _mean_pain_text(before: float | None, after: float | None) -> str:
    if before is None and after is None:
        return QCoreApplication.translate("HistoryView", "no scores")
    none = QCoreApplication.translate("HistoryView", "no score")
    return QCoreApplication.translate(
        "HistoryView", "on average {before} before, {after} after"
    ).format(
        before=none if before is None else _number(before),
        after=none if after is None else _number(after),
    )


def _completion_text(session: SessionRecord, done: stats.Completion | None) -> str:
    if session.status is SessionStatus.COMPLETED:
        if done is None:
            return QCoreApplication.translate("HistoryView", "Completed")
        of = QCoreApplication.translate("HistoryView", "{done} of {exercises}")
        return of.format(done=done.completed, exercises=_exercises(done.reached))
    word = _tr(STATUS_WORDS[session.status])
    if done is None or not done.completed:
        return word
    partly = QCoreApplication.translate("HistoryView", "{status} ({done} done)")
    return partly.format(status=word, done=done.completed)


# -- charts --------------------------------------------------------------------------------


class _Region(NamedTuple):
    area: QRectF
    text: str


class _Chart(QWidget):
    """A small painted chart: a text alternative, and a tooltip for each part of it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Room for the labels and a readable plot, growing with the text size."""
        line = self._line()
        return QSize(max(220, round(line * 11)), max(130, round(line * 9)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        least = self.minimumSizeHint()
        return QSize(max(320, least.width()), max(150, least.height()))

    def set_description(self, text: str) -> None:
        """The chart in words, for screen readers and for hovering over the chart."""
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def regions(self) -> list[_Region]:
        """The parts of the chart that have a tooltip of their own, where they are now."""
        return []

    def tip_at(self, point: QPointF) -> str:
        """What hovering at ``point`` says: that bar's or day's figure, or the whole chart."""
        for region in self.regions():
            if region.area.contains(point):
                return region.text
        return self.toolTip()

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self.tip_at(QPointF(event.pos())), self)
            return True
        return super().event(event)

    # drawing helpers ------------------------------------------------------------------

    def _ink(self, alpha: int = 255) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlpha(alpha)
        return colour

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def _line(self) -> float:
        return QFontMetricsF(self._small_font()).height()

    def _axis_labels(
        self,
        painter: QPainter,
        labels: Sequence[str],
        centres: Sequence[float],
        top: float,
        *,
        least_step: int = 1,
    ) -> None:
        """Write labels centred under their columns: every one, or every second or fourth,
        whichever keeps them apart; the last (this week's) always, none past either edge.
        """
        metrics = QFontMetricsF(painter.font())
        step = least_step
        while True:
            chosen = [i for i in range(len(labels)) if (len(labels) - 1 - i) % step == 0]
            boxes = []
            for index in chosen:
                width = metrics.horizontalAdvance(labels[index]) + 2
                left = min(max(0.0, centres[index] - width / 2), self.width() - width)
                boxes.append(QRectF(left, top, width, metrics.height()))
            apart = all(b.left() - a.right() >= 4 for a, b in pairwise(boxes))
            if apart or step >= len(labels):
                break
            step *= 2
        for index, box in zip(chosen, boxes, strict=True):
            painter.drawText(box, labels[index])

    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._small_font())
        return painter


class _Bar(NamedTuple):
    label: str
    value: float
    value_text: str
    tooltip: str


class BarChart(_Chart):
    """Labelled bars with their value written above each: minutes per week."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._bars: list[_Bar] = []

    def set_bars(self, bars: Sequence[_Bar]) -> None:
        self._bars = list(bars)
        self.update()

    def _plot(self) -> tuple[QRectF, float]:
        """The area the bars stand in, and the width given to each bar."""
        line = self._line()
        plot = QRectF(self.rect()).adjusted(4, line + 4, -4, -(line + 6))
        return plot, plot.width() / max(1, len(self._bars))

    def regions(self) -> list[_Region]:
        plot, slot = self._plot()
        height = plot.height() + 2 * self._line()
        return [
            _Region(
                QRectF(plot.left() + slot * i, plot.top() - self._line(), slot, height), b.tooltip
            )
            for i, b in enumerate(self._bars)
        ]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = self._begin()
        line = self._line()
        plot, slot = self._plot()
        painter.setPen(QPen(self._ink(70), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        top = max((bar.value for bar in self._bars), default=0.0) or 1.0
        width = min(slot * 0.62, 44.0)
        for index, bar in enumerate(self._bars):
            centre = plot.left() + slot * (index + 0.5)
            height = plot.height() * bar.value / top
            body = QRectF(centre - width / 2, plot.bottom() - height, width, height)
            if height > 0:  # rounded at the top only
                path = QPainterPath()
                radius = min(3.0, height / 2, width / 2)
                path.addRoundedRect(body.adjusted(0, 0, 0, radius), radius, radius)
                painter.save()
                painter.setClipRect(body)
                painter.fillPath(path, ACCENT)
                painter.restore()
            painter.setPen(self._ink())
            above = QRectF(centre - slot / 2, body.top() - line - 2, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, bar.value_text)
            painter.setPen(self._ink(170))
        painter.setPen(self._ink(170))
        centres = [plot.left() + slot * (index + 0.5) for index in range(len(self._bars))]
        labels = [bar.label for bar in self._bars]
        self._axis_labels(painter, labels, centres, plot.bottom() + 4)
        painter.end()


class _Day(NamedTuple):
    week: int  # column: weeks since the first Monday shown
    weekday: int  # row: 0 is Monday
    count: int
    tooltip: str


class _Grid(NamedTuple):
    left: float  # where the first column starts
    top: float
    bottom: float
    pitch_x: float  # from one column to the next
    pitch_y: float
    gap: float
    gutter: float  # room for the weekday names, left of ``left``


class DayGrid(_Chart):
    """A calendar of the last weeks, a column per week and a row per weekday.

    An empty day is an outline, a day with a session is filled, and a day with more than
    one carries its number: the shapes and digits say it all without the colour.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._days: list[_Day] = []
        self._weeks: list[str] = []
        self._weekdays: list[str] = []

    def set_days(self, days: Sequence[_Day], weeks: Sequence[str], weekdays: Sequence[str]) -> None:
        """``weeks`` labels the columns; ``weekdays`` the seven rows, '' to leave one bare."""
        self._days = list(days)
        self._weeks = list(weeks)
        self._weekdays = list(weekdays)
        self.update()

    def _grid(self) -> _Grid:
        metrics = QFontMetricsF(self._small_font())
        gutter = max((metrics.horizontalAdvance(text) for text in self._weekdays), default=0) + 8
        area = QRectF(self.rect()).adjusted(gutter, 2, -2, -(metrics.height() + 6))
        columns = max(1, len(self._weeks))
        pitch_y = area.height() / 7
        pitch_x = min(area.width() / columns, pitch_y * 2.6)  # no wider than a brick
        left = area.left() + (area.width() - pitch_x * columns) / 2
        gap = max(2.0, pitch_y * 0.18)
        return _Grid(left, area.top(), area.bottom(), pitch_x, pitch_y, gap, gutter)

    @staticmethod
    def _cell(grid: _Grid, day: _Day) -> QRectF:
        return QRectF(
            grid.left + grid.pitch_x * day.week,
            grid.top + grid.pitch_y * day.weekday,
            grid.pitch_x - grid.gap,
            grid.pitch_y - grid.gap,
        )

    def regions(self) -> list[_Region]:
        grid = self._grid()
        return [_Region(self._cell(grid, day), day.tooltip) for day in self._days]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = self._begin()
        grid = self._grid()
        self._draw_labels(painter, grid)
        digits = QFont(painter.font())
        digits.setBold(True)
        painter.setFont(digits)
        for day in self._days:
            cell = self._cell(grid, day)
            radius = min(3.0, cell.height() / 4)
            if day.count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                painter.drawRoundedRect(cell, radius, radius)
            else:
                painter.setPen(QPen(self._ink(80), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            if day.count > 1:
                painter.setPen(ACCENT_INK)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(day.count))
        painter.end()

    def _draw_labels(self, painter: QPainter, grid: _Grid) -> None:
        painter.setPen(self._ink(170))
        for row, text in enumerate(self._weekdays):
            box = QRectF(
                grid.left - grid.gutter,
                grid.top + grid.pitch_y * row,
                grid.gutter - 6,
                grid.pitch_y - grid.gap,
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        centres = [
            grid.left + grid.pitch_x * (column + 0.5) - grid.gap / 2
            for column in range(len(self._weeks))
        ]
        self._axis_labels(painter, self._weeks, centres, grid.bottom + 2)


class _PainWeek(NamedTuple):
    label: str
    before: float | None
    after: float | None
    tooltip: str


class _PainDot(NamedTuple):
    position: float  # 0 (start of the first week shown) to 1 (end of this week)
    before: int | None
    after: int | None


class PainChart(_Chart):
    """Weekly mean pain before (dashed, circles) and after (solid, squares), from 0 to 10.

    Each session's own scores are faint dots behind the lines, to show the spread.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._weeks: list[_PainWeek] = []
        self._dots: list[_PainDot] = []

    def set_pain(self, weeks: Sequence[_PainWeek], dots: Sequence[_PainDot]) -> None:
        self._weeks = list(weeks)
        self._dots = list(dots)
        self.update()

    def _plot(self) -> tuple[QRectF, float, float]:
        """The plot area, the room left of it for the scale, and the width of a week."""
        metrics = QFontMetricsF(self._small_font())
        line = metrics.height()
        gutter = metrics.horizontalAdvance("10") + 6
        plot = QRectF(self.rect()).adjusted(gutter + 4, line + 6, -6, -(line + 6))
        return plot, gutter, plot.width() / max(1, len(self._weeks))

    def regions(self) -> list[_Region]:
        plot, _, slot = self._plot()
        return [
            _Region(QRectF(plot.left() + slot * i, plot.top(), slot, plot.height()), w.tooltip)
            for i, w in enumerate(self._weeks)
        ]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = self._begin()
        plot, gutter, slot = self._plot()
        self._draw_grid(painter, plot, gutter)
        self._draw_legend(painter, plot)

        def at(position: float, score: float) -> QPointF:
            x = plot.left() + plot.width() * position
            return QPointF(x, plot.bottom() - plot.height() * score / 10)

        if not self._dots:
            painter.setPen(self._ink(170))
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No scores in these weeks")
            )
        faint = QColor(ACCENT)
        faint.setAlpha(90)
        for dot in self._dots:
            if dot.before is not None:
                painter.setPen(QPen(self._ink(70), 1))
                painter.drawEllipse(at(dot.position, dot.before), 1.8, 1.8)
            if dot.after is not None:
                spot = at(dot.position, dot.after)
                painter.fillRect(QRectF(spot.x() - 1.5, spot.y() - 1.5, 3, 3), faint)
        count = max(1, len(self._weeks))
        for pick, colour, style, square in (
            (lambda w: w.before, self._ink(170), Qt.PenStyle.DashLine, False),
            (lambda w: w.after, ACCENT, Qt.PenStyle.SolidLine, True),
        ):
            run: list[QPointF] = []
            for index, week in enumerate(self._weeks):
                score = pick(week)
                if score is None:  # a week without scores breaks the line
                    self._draw_series(painter, run, colour, style, square=square)
                    run = []
                else:
                    run.append(at((index + 0.5) / count, score))
            self._draw_series(painter, run, colour, style, square=square)
        painter.setPen(self._ink(170))
        centres = [plot.left() + slot * (index + 0.5) for index in range(len(self._weeks))]
        labels = [week.label for week in self._weeks]
        self._axis_labels(painter, labels, centres, plot.bottom() + 4, least_step=2)
        painter.end()

    def _draw_grid(self, painter: QPainter, plot: QRectF, gutter: float) -> None:
        line = self._line()
        for level in (0, 5, 10):
            y = plot.bottom() - plot.height() * level / 10
            painter.setPen(QPen(self._ink(45 if level else 80), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._ink(170))
            painter.drawText(
                QRectF(0, y - line / 2, gutter, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )

    @staticmethod
    def _draw_series(
        painter: QPainter,
        points: list[QPointF],
        colour: QColor,
        style: Qt.PenStyle,
        *,
        square: bool,
        markers: bool = True,
    ) -> None:
        painter.setPen(QPen(colour, 2.0, style))
        for start, end in pairwise(points):
            painter.drawLine(start, end)
        if not markers:
            return
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(QBrush(colour) if square else Qt.BrushStyle.NoBrush)
        for spot in points:
            if square:
                painter.drawRect(QRectF(spot.x() - 3, spot.y() - 3, 6, 6))
            else:
                painter.drawEllipse(spot, 3.2, 3.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        y = plot.top() - line / 2 - 4
        x = plot.right()
        for text, colour, style, square in (
            (self.tr("after"), ACCENT, Qt.PenStyle.SolidLine, True),
            (self.tr("before"), self._ink(170), Qt.PenStyle.DashLine, False),
        ):
            width = metrics.horizontalAdvance(text)
            x -= width
            painter.setPen(self._ink(200))
            painter.drawText(QRectF(x, y - line / 2, width + 2, line), text)
            x -= 26
            sample = [QPointF(x, y), QPointF(x + 20, y)]
            self._draw_series(painter, sample, colour, style, square=square, markers=False)
            self._draw_series(painter, [QPointF(x + 10, y)], colour, style, square=square)
            x -= 14


# -- the page ------------------------------------------------------------------------------


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("historyCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(4)
    return card, layout


class _Figure(NamedTuple):
    value: QLabel
    note: QLabel


def _button(text: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setAccessibleDescription(description)
    return button


Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text, handed over whole, for a table view.

    The view asks only for the cells it draws, and no item objects are made (a
    QTableWidget built one per cell, thousands on every visit). Texts are given as
    DisplayRole alone, which item views draw as plain text, never as markup; there are no
    cell tooltips, which would be.
    """

    def __init__(
        self, headers: Sequence[str], numbers: set[int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numbers = numbers  # right-aligned columns, heading included
        self._tips: dict[int, str] = {}
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_header_tip(self, column: int, text: str) -> None:
        self._tips[column] = text

    def texts(self, column: int) -> list[str]:
        return [row[column] for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> str | Qt.AlignmentFlag | None:
        if role == DISPLAY:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self._numbers else LEFT
        return None

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> str | Qt.AlignmentFlag | None:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self._numbers else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section)
        return None

    def flags(self, _index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _fit_columns(table: QTableView, model: TextTableModel, columns: Sequence[int]) -> None:
    """Size these columns to their widest text, with a gap so neighbours do not touch.

    Measured here from the texts: the view's own resizeColumnToContents would call into
    Python for every role of every cell, 400 rows deep.
    """
    metrics = QFontMetricsF(table.font())
    frame = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    padding = 2 * (frame + 1)  # as the item delegate pads its text
    header = table.horizontalHeader()
    for column in columns:
        texts = set(model.texts(column))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0.0)
        width = max(math.ceil(widest) + padding, header.sectionSizeHint(column))
        table.setColumnWidth(column, width + COLUMN_GAP)


def _table(model: TextTableModel, name: str, accessible_name: str) -> QTableView:
    """A read-only table of ``model``'s rows, one line each."""
    table = QTableView()
    table.setModel(model)
    table.setObjectName(name.replace(" ", ""))
    table.setAccessibleName(accessible_name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    # Rows keep one height: measuring every wrapped note made a long history slow to
    # show; a long note is elided, and a wider Note column shows more of it.
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(table.fontMetrics().height() + 10)  # room to breathe
    rows.setDefaultSectionSize(rows.minimumSectionSize())
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table


#: The sessions table lists this many of the latest sessions; CSV export has them all.
TABLE_ROWS = 400


class HistoryView(QWidget):
    """Shows how the user has been doing, and offers to export or back up the history.

    Signals:
        export_csv_requested(): save the sessions as a CSV file.
        export_pdf_requested(): make a PDF report, e.g. for a physiotherapist.
        backup_requested(): copy the history file somewhere safe.
        restore_requested(): bring back a history from a backup.
        preferences_requested(): change the weekly goal and the pain questions.
        close_requested(): back to the exercises.
    """

    export_csv_requested = Signal()
    export_pdf_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    preferences_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self._make_figures()
        self._make_charts()
        self._make_tables()
        self._make_buttons()
        self._lay_out()
        self._show_empty(True)  # until show_history brings the records

    # -- construction ---------------------------------------------------------------------

    def _make_figures(self) -> None:
        self.current_streak = self._figure("currentStreak")
        self.best_streak = self._figure("bestStreak")
        self.this_week = self._figure("thisWeek")
        self.all_time = self._figure("allTime")
        self.week_bar = QProgressBar()
        self.week_bar.setObjectName("weekProgress")
        self.week_bar.setAccessibleName(self.tr("Days done this week, against the weekly goal"))
        self.week_bar.setTextVisible(False)
        self.week_bar.setFixedHeight(6)
        self.week_reminders = plain_label()
        self.week_reminders.setObjectName("weekReminders")
        self.week_reminders.setAccessibleName(self.tr("Break reminders this week"))

    @staticmethod
    def _figure(name: str) -> _Figure:
        value = heading(1.7)
        value.setObjectName(f"{name}Value")
        value.setWordWrap(False)
        note = plain_label()
        note.setObjectName(f"{name}Note")
        return _Figure(value, note)

    def _make_charts(self) -> None:
        self.minutes_chart = BarChart(self.tr("Minutes of exercise per week, last 8 weeks"))
        self.minutes_chart.setObjectName("minutesChart")
        self.days_chart = DayGrid(self.tr("Sessions per day, last 8 weeks"))
        self.days_chart.setObjectName("daysChart")
        self.pain_chart = PainChart(self.tr("Pain before and after sessions, last 8 weeks"))
        self.pain_chart.setObjectName("painChart")
        self.minutes_summary = plain_label()
        self.minutes_summary.setObjectName("minutesSummary")
        self.days_summary = plain_label()
        self.days_summary.setObjectName("daysSummary")
        self.pain_summary = plain_label()
        self.pain_summary.setObjectName("painSummary")

    def _make_tables(self) -> None:
        columns = [_tr(column) for column in SESSION_COLUMNS]
        self.sessions_model = TextTableModel(columns, numbers=set(), parent=self)
        self.sessions_model.set_header_tip(
            SESSION_COLUMNS.index("Pain"),
            self.tr("Pain before → after the session, from 0 (none) to 10"),
        )
        self.sessions_table = _table(self.sessions_model, "Sessions", self.tr("Sessions"))
        self.sessions_table.horizontalHeader().setStretchLastSection(True)
        totals = [_tr(column) for column in TOTAL_COLUMNS]
        self.totals_model = TextTableModel(totals, numbers={1, 2}, parent=self)
        self.totals_table = _table(self.totals_model, "Exercise totals", self.tr("Exercise totals"))
        self.totals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_state = plain_label(_tr(EMPTY_TEXT))
        self.empty_state.setObjectName("historyEmpty")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_state.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_state.setFont(font)

    def _make_buttons(self) -> None:
        self.export_csv_button = _button(
            self.tr("Export CSV…"),
            "exportCsvButton",
            self.tr("Save every session as a spreadsheet file"),
        )
        self.export_pdf_button = _button(
            self.tr("Report (PDF)…"),
            "exportPdfButton",
            self.tr("Make a printable report of your progress"),
        )
        self.backup_button = _button(
            self.tr("Back up…"),
            "backupButton",
            self.tr("Save a copy of your history somewhere safe"),
        )
        self.restore_button = _button(
            self.tr("Restore…"), "restoreButton", self.tr("Bring back your history from a backup")
        )
        self.preferences_button = _button(
            self.tr("Goal and pain…"),
            "preferencesButton",
            self.tr("Set the weekly goal and the pain questions"),
        )
        self.back_button = _button(self.tr("Back"), "historyBack", self.tr("Back to the exercises"))
        for button, signal in (
            (self.export_csv_button, self.export_csv_requested),
            (self.export_pdf_button, self.export_pdf_requested),
            (self.backup_button, self.backup_requested),
            (self.restore_button, self.restore_requested),
            (self.preferences_button, self.preferences_requested),
            (self.back_button, self.close_requested),
        ):
            button.clicked.connect(signal)

    def _figures_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        for caption, figure in (
            (self.tr("Current streak"), self.current_streak),
            (self.tr("Best streak"), self.best_streak),
            (self.tr("This week"), self.this_week),
            (self.tr("All time"), self.all_time),
        ):
            card, inner = _card()
            inner.addWidget(plain_label(caption))
            inner.addWidget(figure.value)
            if figure is self.this_week:
                inner.addWidget(self.week_bar)
            inner.addWidget(figure.note)
            if figure is self.this_week:
                inner.addWidget(self.week_reminders)
            inner.addStretch()
            row.addWidget(card, 1)
        return row

    def _charts_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        for title, chart, summary in (
            (self.tr("Minutes per week"), self.minutes_chart, self.minutes_summary),
            (self.tr("Sessions per day"), self.days_chart, self.days_summary),
            (self.tr("Pain, 0 to 10"), self.pain_chart, self.pain_summary),
        ):
            card, inner = _card()
            inner.addWidget(heading(1.0, title))
            inner.addWidget(chart, 1)
            inner.addWidget(summary)
            row.addWidget(card, 1)
        return row

    def _tables_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        for title, table, stretch in (
            (self.tr("Sessions"), self.sessions_table, 2),
            (self.tr("Exercises"), self.totals_table, 1),
        ):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(heading(1.0, title))
            column.addWidget(table, 1)
            table.setMinimumHeight(170)
            row.addLayout(column, stretch)
        return row

    def _lay_out(self) -> None:
        self.details = QWidget()
        self.details.setObjectName("historyDetails")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(12)
        details.addLayout(self._figures_row())
        details.addLayout(self._charts_row())
        details.addLayout(self._tables_row(), 1)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 8)
        column.addWidget(heading(1.5, self.tr("History")))
        column.addWidget(self.details, 1)
        column.addWidget(self.empty_state, 1)
        scroll = QScrollArea()
        scroll.setObjectName("historyScroll")
        scroll.setAccessibleName(self.tr("History"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 0, 16, 12)
        for button in (
            self.export_csv_button,
            self.export_pdf_button,
            self.backup_button,
            self.restore_button,
            self.preferences_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- showing --------------------------------------------------------------------------

    def show_history(
        self,
        sessions: Sequence[SessionRecord],
        exercises: stats.ExerciseDigest | Sequence[ExerciseRecord],
        today: date,
        weekly_goal: int,
        reminders: Sequence[ReminderDay] = (),
    ) -> None:
        """Render everything from these records, as of ``today`` (the user's local date).

        ``exercises`` is best the store's ``exercise_digest(TABLE_ROWS)``, counted in SQL;
        exercise rows are digested here. ``reminders`` are the break reminders per local
        day (``reminder_days()``), of the weeks the charts show at least.
        """
        if isinstance(exercises, stats.ExerciseDigest):
            work = exercises
        else:
            work = stats.digest(sessions, exercises, TABLE_ROWS)
        figures = stats.overview(sessions, work.worked, today, WEEKS)
        self._show_empty(not sessions)
        self._show_figures(figures, weekly_goal)
        self._show_reminders(stats.weekly_reminders(reminders, today, WEEKS))
        first = stats.window_start(today, WEEKS)  # every chart shows the same weeks
        self._show_minutes(figures.weekly_minutes)
        self._show_days(figures.sessions_per_day, first)
        self._show_pain(figures.pain_trend, figures.weekly_pain, first)
        self._show_sessions(sessions, work.completions)
        self._show_totals(work.totals)

    def _show_empty(self, empty: bool) -> None:
        """With nothing recorded, a friendly word instead of zeros, and nothing to export."""
        self.details.setVisible(not empty)
        self.empty_state.setVisible(empty)
        self.export_csv_button.setEnabled(not empty)
        self.export_pdf_button.setEnabled(not empty)

    def _show_figures(self, figures: stats.Overview, goal: int) -> None:
        current = figures.current_streak
        self.current_streak.value.setText(_days(current))
        if figures.done_today:
            note = self.tr("Today is done")
        elif current:
            note = self.tr("A session today keeps it going")
        else:
            note = self.tr("A session today starts one")
        self.current_streak.note.setText(note)

        self.best_streak.value.setText(_days(figures.best_streak))
        first = figures.first_day
        since = self.tr("First session {day}").format(day=_long_day(first)) if first else ""
        self.best_streak.note.setText(since)

        done = figures.week_done
        self.this_week.value.setText(
            self.tr("{done} of {days}").format(done=done, days=_days(goal))
        )
        self.this_week.note.setText(
            self.tr("Weekly goal reached")
            if done >= goal
            else self.tr("Goal: {days} a week").format(days=_days(goal))
        )
        self.week_bar.setRange(0, max(goal, 1))
        self.week_bar.setValue(min(done, goal))

        self.all_time.value.setText(_sessions(figures.sessions))
        exercise_time = format_duration(figures.active_seconds)
        self.all_time.note.setText(self.tr("{duration} of exercise").format(duration=exercise_time))

    def _show_reminders(self, weeks: list[ReminderDay]) -> None:
        """This week's break reminders and the breaks taken from them, under the goal;
        the eight weeks in words. Hidden while no reminder was shown in those weeks."""
        shown = sum(week.shown for week in weeks)
        self.week_reminders.setVisible(shown > 0)
        this_week = weeks[-1]
        text = self.tr(
            "Break reminders this week: {shown} · breaks taken from them: {started}"
        ).format(shown=this_week.shown, started=this_week.started)
        started = sum(week.started for week in weeks)
        detail = self.tr("Last %n weeks: {reminders}, {breaks} taken from them.", "", WEEKS).format(
            reminders=_break_reminders(shown), breaks=_breaks(started)
        )
        self.week_reminders.setText(text)
        self.week_reminders.setToolTip(detail)
        self.week_reminders.setAccessibleDescription(f"{text}. {detail}")

    def _show_minutes(self, weeks: list[tuple[date, float]]) -> None:
        bars = [
            _Bar(
                _short_day(monday),
                minutes,
                str(round(minutes)),
                self.tr("Week of {day}: {minutes} min").format(
                    day=_long_day(monday), minutes=round(minutes)
                ),
            )
            for monday, minutes in weeks
        ]
        self.minutes_chart.set_bars(bars)
        average = sum(minutes for _, minutes in weeks) / len(weeks)
        this_week = round(weeks[-1][1])
        self.minutes_summary.setText(
            self.tr("{this_week} min this week · {average} min a week on average").format(
                this_week=this_week, average=round(average)
            )
        )
        week = self.tr("week of {day}, {minutes} min")
        weeks_text = "; ".join(week.format(day=bar.label, minutes=bar.value_text) for bar in bars)
        self.minutes_chart.set_description(
            self.tr("Minutes per week, oldest first: {weeks}.").format(weeks=weeks_text)
        )

    def _show_days(self, days: list[tuple[date, int]], first: date) -> None:
        cells = [
            _Day(
                (day - first).days // 7,
                day.weekday(),
                count,
                self.tr("{day}: {sessions}").format(day=_long_day(day), sessions=_sessions(count)),
            )
            for day, count in days
        ]
        locale = QLocale()
        weekdays = [
            locale.dayName(weekday, QLocale.FormatType.ShortFormat) if weekday % 2 else ""
            for weekday in range(1, 8)
        ]
        weeks = [_short_day(first + timedelta(weeks=week)) for week in range(WEEKS)]
        self.days_chart.set_days(cells, weeks, weekdays)
        active = sum(1 for _, count in days if count)
        total = sum(count for _, count in days)
        summary = self.tr("Sessions on {active} of the last %n days · {sessions}", "", len(days))
        summary = summary.format(active=active, sessions=_sessions(total))
        self.days_summary.setText(summary)
        self.days_chart.set_description(summary + ".")

    def _show_pain(
        self,
        trend: list[tuple[date, int | None, int | None]],
        weeks: list[tuple[date, float | None, float | None]],
        first: date,
    ) -> None:
        # Several sessions on one day are spread across it, so their dots stay apart.
        per_day = Counter(day for day, _, _ in trend)
        seen: Counter[date] = Counter()
        dots = []
        for day, before, after in trend:
            seen[day] += 1
            offset = (day - first).days + seen[day] / (per_day[day] + 1)
            dots.append(_PainDot(offset / (7 * WEEKS), before, after))

        self.pain_chart.set_pain(
            [
                _PainWeek(
                    _short_day(monday),
                    before,
                    after,
                    self.tr("Week of {day}: {pain}").format(
                        day=_long_day(monday), pain=_mean_pain_text(before, after)
                    ),
                )
                for monday, before, after in weeks
            ],
            dots,
        )
        befores = [b for _, b, _ in trend if b is not None]
        afters = [a for _, _, a in trend if a is not None]
        if not trend:
            summary = self.tr("No pain scores in the last %n weeks", "", WEEKS)
        else:
            parts = []
            if befores:
                before = _number(sum(befores) / len(befores))
                parts.append(self.tr("{score} before").format(score=before))
            if afters:
                after = _number(sum(afters) / len(afters))
                parts.append(self.tr("{score} after").format(score=after))
            summary = self.tr("Average {scores} · {sessions}").format(
                scores=", ".join(parts), sessions=_sessions(len(trend))
            )
        self.pain_summary.setText(summary)
        self.pain_chart.set_description(
            self.tr("Pain from 0 to 10, last %n weeks. {summary}.", "", WEEKS).format(
                summary=summary
            )
        )

    def _show_sessions(
        self, sessions: Sequence[SessionRecord], done: dict[int, stats.Completion]
    ) -> None:
        listed = stats.newest_first(sessions)[:TABLE_ROWS]  # the export holds every one
        self.sessions_model.set_rows(
            [
                (
                    _when(session.started_local),
                    session.routine_name,
                    format_duration(session.active_seconds),
                    _completion_text(session, done.get(session.id)),
                    _pain_text(session.pain_before, session.pain_after),
                    session.note,
                )
                for session in listed
            ]
        )
        _fit_columns(self.sessions_table, self.sessions_model, range(len(SESSION_COLUMNS) - 1))

    def _show_totals(self, totals: list[stats.ExerciseTotal]) -> None:
        self.totals_model.set_rows(
            [(t.exercise_name, str(t.sessions_done), str(t.reps_done)) for t in totals]
        )
        _fit_columns(self.totals_table, self.totals_model, (1, 2))

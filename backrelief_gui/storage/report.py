"""A one-page PDF report of the history, for a physiotherapist: adherence, pain, exercises, notes.

The report is written beside its destination and renamed into place (see
:mod:`backrelief_gui.storage.atomic`), so a failed one never leaves half a file. Qt is
imported only when a report is drawn, so the rest of the storage package works without it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from backrelief_gui.core.history_model import ExerciseRecord, SessionRecord, SessionStatus
from backrelief_gui.core.history_stats import (
    ExerciseTotal,
    best_streak,
    counted_days,
    current_streak,
    exercise_totals,
    pain_trend,
    week_start,
    window_start,
)
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backrelief_gui.storage.atomic import replacing
from backrelief_gui.storage.history import HistoryStore

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter

# The report's words go through the core's translate hook (no Qt needed to import this).
REPORT_TITLE = QT_TRANSLATE_NOOP("report", "BackRelief — exercise report")


# -- the report: figures ----------------------------------------------------------------


class _Window(NamedTuple):
    """Adherence over the last few weeks (this week included, weeks starting Monday)."""

    since: date
    sessions: int
    completed: int
    days: int


class _Report(NamedTuple):
    today: date
    since: date  # the first day the report covers
    first_ever: date | None
    four_weeks: _Window
    eight_weeks: _Window
    current_streak: int
    best_streak: int
    goal: int
    days_per_week: list[tuple[date, int]]
    pain: list[tuple[date, int | None, int | None]]
    pain_before_average: float | None
    pain_after_average: float | None
    pain_rated: int
    exercises: list[ExerciseTotal]
    notes: list[SessionRecord]  # newest first


_REPORT_WEEKS = 8


def _report(
    sessions: Sequence[SessionRecord],
    exercises: Sequence[ExerciseRecord],
    today: date,
    goal: int,
) -> _Report:
    since = window_start(today, _REPORT_WEEKS)
    days = counted_days(sessions, exercises)
    shown = {s.id for s in sessions if since <= s.local_day <= today}
    recent = [s for s in sessions if window_start(today, 4) <= s.local_day <= today]
    before = [s.pain_before for s in recent if s.pain_before is not None]
    after = [s.pain_after for s in recent if s.pain_after is not None]
    return _Report(
        today=today,
        since=since,
        first_ever=min((s.local_day for s in sessions), default=None),
        four_weeks=_window(sessions, days, today, 4),
        eight_weeks=_window(sessions, days, today, _REPORT_WEEKS),
        current_streak=current_streak(sessions, exercises, today),
        best_streak=best_streak(sessions, exercises),
        goal=goal,
        days_per_week=[
            (monday, sum(1 for d in days if week_start(d) == monday))
            for monday in (since + timedelta(weeks=i) for i in range(_REPORT_WEEKS))
        ],
        pain=pain_trend(sessions, today, _REPORT_WEEKS),
        pain_before_average=sum(before) / len(before) if before else None,
        pain_after_average=sum(after) / len(after) if after else None,
        pain_rated=sum(1 for s in recent if s.pain_before is not None or s.pain_after is not None),
        exercises=exercise_totals([e for e in exercises if e.session_id in shown]),
        notes=sorted(
            (s for s in sessions if s.note.strip() and s.local_day <= today),
            key=lambda s: (s.started_utc, s.id),
            reverse=True,
        ),
    )


def _window(sessions: Sequence[SessionRecord], days: set[date], today: date, weeks: int) -> _Window:
    since = window_start(today, weeks)
    inside = [s for s in sessions if since <= s.local_day <= today]
    return _Window(
        since=since,
        sessions=len(inside),
        completed=sum(1 for s in inside if s.status is SessionStatus.COMPLETED),
        days=sum(1 for d in days if since <= d <= today),
    )


def _month(number: int, *, short: bool = False) -> str:
    """A month's name in the report's language (a call each, so lupdate finds them)."""
    if short:
        return (
            translate("report", "Jan"),
            translate("report", "Feb"),
            translate("report", "Mar"),
            translate("report", "Apr"),
            translate("report", "May", "short month name"),
            translate("report", "Jun"),
            translate("report", "Jul"),
            translate("report", "Aug"),
            translate("report", "Sep"),
            translate("report", "Oct"),
            translate("report", "Nov"),
            translate("report", "Dec"),
        )[number - 1]
    return (
        translate("report", "January"),
        translate("report", "February"),
        translate("report", "March"),
        translate("report", "April"),
        translate("report", "May"),
        translate("report", "June"),
        translate("report", "July"),
        translate("report", "August"),
        translate("report", "September"),
        translate("report", "October"),
        translate("report", "November"),
        translate("report", "December"),
    )[number - 1]


def _day_text(day: date, *, year: bool = True, short: bool = False) -> str:
    """Dates in the report's own words (its language, not the locale's date format)."""
    month = _month(day.month, short=short)
    if year:
        return translate("report", "{day} {month} {year}").format(
            day=day.day, month=month, year=day.year
        )
    return translate("report", "{day} {month}").format(day=day.day, month=month)


def _days(count: int) -> str:
    if count == 1:
        return translate("report", "1 day")
    return translate("report", "%n days", "", count)


def _sessions(count: int) -> str:
    if count == 1:
        return translate("report", "1 session")
    return translate("report", "%n sessions", "", count)


def _decimal(value: float) -> str:
    """'2.5', or '2,5' where the user's language writes it so."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value, "f", 1)


# -- the report: drawing ----------------------------------------------------------------

_INK = "#1f2933"
_MUTED = "#5f6b7a"
_ACCENT = "#2c5d8a"
_RULE = "#d5dbe3"
_PANEL = "#f3f5f8"
_BEFORE = "#d9782d"
_AFTER = "#2f7fbf"
_DPI = 600  # device units per inch; drawing is done in points and scaled to this

# A4 in points, and the margins around what is drawn.
_PAGE_WIDTH, _PAGE_HEIGHT = 595.0, 842.0
_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 50.0, 46.0, 40.0


def write_report(store: HistoryStore, path: Path, today: date, weekly_goal: int) -> None:
    """Write a one-page PDF summary for a physiotherapist: adherence, pain, exercises, notes.

    Needs the application's QGuiApplication (fonts come from it). Text is only ever drawn
    as plain text, so a note can never turn into markup.
    """
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    data = _report(store.sessions(), store.exercises(), today, weekly_goal)
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(_DPI)
        writer.setTitle(translate("report", REPORT_TITLE))
        writer.setCreator("BackRelief")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"The report could not be written to {path}.")
        try:
            _draw(_Sheet(painter, writer), data)
        finally:
            painter.end()
        del writer  # painter.end() finished the file; let go of it before the rename


class _Sheet:
    """One PDF page addressed in points from the top left, whatever the writer's resolution."""

    def __init__(self, painter: QPainter, device: QPdfWriter) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.resolution() / 72
        painter.setRenderHint(painter.RenderHint.Antialiasing)

    def font(self, size: float, *, bold: bool = False) -> QFont:
        from PySide6.QtGui import QFont

        font = QFont()
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        from PySide6.QtGui import QFontMetricsF

        return QFontMetricsF(font, self.device)

    def width(self, text: str, font: QFont) -> float:
        return self.metrics(font).horizontalAdvance(text) / self.scale

    def line_height(self, font: QFont) -> float:
        return self.metrics(font).lineSpacing() / self.scale

    def text(
        self,
        x: float,
        top: float,
        text: str,
        font: QFont,
        colour: str = _INK,
        *,
        width: float | None = None,
        right: bool = False,
    ) -> float:
        """One line of plain text (shortened with … to ``width``); returns its bottom."""
        from PySide6.QtCore import QPointF, Qt

        metrics = self.metrics(font)
        if width is not None:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * self.scale)
        if right:
            x -= metrics.horizontalAdvance(text) / self.scale
        self.painter.setFont(font)
        self.painter.setPen(self._colour(colour))
        baseline = top * self.scale + metrics.ascent()
        self.painter.drawText(QPointF(x * self.scale, baseline), text)
        return top + metrics.lineSpacing() / self.scale

    def wrapped(
        self, x: float, top: float, width: float, text: str, font: QFont, bottom: float
    ) -> tuple[float, bool]:
        """Plain text wrapped to ``width`` down to ``bottom``: (where it ended, all shown)."""
        lines = self._lines(text, font, width)
        height = self.line_height(font)
        room = max(0, int((bottom - top) // height))
        for index, line in enumerate(lines[:room]):
            cut_here = index == room - 1 and len(lines) > room
            top = self.text(x, top, line + " …" if cut_here else line, font, width=width)
        return top, len(lines) <= room

    def _lines(self, text: str, font: QFont, width: float) -> list[str]:
        from PySide6.QtGui import QTextLayout

        lines: list[str] = []
        for paragraph in text.strip().splitlines() or [""]:
            layout = QTextLayout(paragraph, font, self.device)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width * self.scale)
                start, length = line.textStart(), line.textLength()
                lines.append(paragraph[start : start + length].rstrip())
            layout.endLayout()
        return lines

    def box(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        from PySide6.QtCore import QRectF, Qt

        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self._colour(fill))
        k = self.scale
        self.painter.drawRect(QRectF(x * k, y * k, w * k, h * k))

    def line(
        self,
        points: Sequence[tuple[float, float]],
        colour: str,
        width: float = 0.6,
        *,
        dashed: bool = False,
    ) -> None:
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QPen

        pen = QPen(self._colour(colour), width * self.scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        k = self.scale
        self.painter.drawPolyline([QPointF(px * k, py * k) for px, py in points])

    def dot(self, x: float, y: float, radius: float, colour: str) -> None:
        from PySide6.QtCore import QPointF, Qt

        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self._colour(colour))
        k = self.scale
        self.painter.drawEllipse(QPointF(x * k, y * k), radius * k, radius * k)

    def _colour(self, name: str) -> QColor:
        from PySide6.QtGui import QColor

        return QColor(name)


class _Fonts(NamedTuple):
    title: QFont
    heading: QFont
    body: QFont
    bold: QFont
    small: QFont
    figure: QFont


_LEFT = _MARGIN_X
_RIGHT = _PAGE_WIDTH - _MARGIN_X
_WIDTH = _RIGHT - _LEFT
_GAP = 18.0  # between columns


def _draw(sheet: _Sheet, data: _Report) -> None:
    fonts = _Fonts(
        title=sheet.font(19, bold=True),
        heading=sheet.font(11.5, bold=True),
        body=sheet.font(9),
        bold=sheet.font(9, bold=True),
        small=sheet.font(7.5),
        figure=sheet.font(17, bold=True),
    )
    footer_top = _PAGE_HEIGHT - _MARGIN_BOTTOM - sheet.line_height(fonts.small)
    y = _header(sheet, fonts, data, _MARGIN_TOP)
    y = _adherence(sheet, fonts, data, y + 16)
    y = _charts(sheet, fonts, data, y + 20)
    y = _exercise_table(sheet, fonts, data, y + 20, bottom=footer_top - 150)
    _notes(sheet, fonts, data, y + 20, bottom=footer_top - 14)
    sheet.line([(_LEFT, footer_top - 6), (_RIGHT, footer_top - 6)], _RULE, 0.5)
    sheet.text(
        _LEFT,
        footer_top,
        translate(
            "report",
            "From the user's own session log in BackRelief. Pain is self-rated from 0 (none) "
            "to 10 (worst). Weeks start on Monday.",
        ),
        fonts.small,
        _MUTED,
        width=_WIDTH,
    )


def _heading(sheet: _Sheet, fonts: _Fonts, top: float, text: str) -> float:
    bottom = sheet.text(_LEFT, top, text, fonts.heading, _ACCENT)
    return bottom + 5


def _header(sheet: _Sheet, fonts: _Fonts, data: _Report, top: float) -> float:
    y = sheet.text(_LEFT, top, translate("report", REPORT_TITLE), fonts.title)
    period = translate("report", "Covers {since} to {today} (the last %n weeks)", "", _REPORT_WEEKS)
    period = period.format(since=_day_text(data.since), today=_day_text(data.today))
    if data.first_ever is not None:
        since = translate("report", "sessions recorded since {day}")
        period += " · " + since.format(day=_day_text(data.first_ever))
    y = sheet.text(_LEFT, y + 3, period, fonts.body, _MUTED, width=_WIDTH)
    sheet.line([(_LEFT, y + 8), (_RIGHT, y + 8)], _ACCENT, 1.2)
    return y + 8


def _adherence(sheet: _Sheet, fonts: _Fonts, data: _Report, top: float) -> float:
    y = _heading(sheet, fonts, top, translate("report", "Adherence"))
    cards = [
        (
            translate("report", "Sessions, last %n weeks", "", 4),
            str(data.four_weeks.sessions),
            *_window_lines(data, 4),
        ),
        (
            translate("report", "Sessions, last %n weeks", "", 8),
            str(data.eight_weeks.sessions),
            *_window_lines(data, 8),
        ),
        (
            translate("report", "Current streak"),
            _days(data.current_streak),
            translate("report", "in a row, up to today"),
            "",
        ),
        (
            translate("report", "Best streak"),
            _days(data.best_streak),
            translate("report", "the longest run ever"),
            "",
        ),
    ]
    gap = 8.0
    card_width = (_WIDTH - gap * (len(cards) - 1)) / len(cards)
    card_height = 66.0
    for index, (label, figure, *details) in enumerate(cards):
        x = _LEFT + index * (card_width + gap)
        sheet.box(x, y, card_width, card_height, _PANEL)
        inner = card_width - 18
        line = sheet.text(x + 9, y + 8, label, fonts.small, _MUTED, width=inner)
        line = sheet.text(x + 9, line + 1, figure, fonts.figure, _INK, width=inner)
        for detail in details:
            line = sheet.text(x + 9, line, detail, fonts.small, _MUTED, width=inner)
    return y + card_height


def _window_lines(data: _Report, weeks: int) -> tuple[str, str]:
    window = data.four_weeks if weeks == 4 else data.eight_weeks
    days = (data.today - window.since).days + 1
    completed = translate("report", "{count} completed").format(count=window.completed)
    on_days = translate("report", "on {count} of %n days", "", days).format(count=window.days)
    return completed, on_days


def _charts(sheet: _Sheet, fonts: _Fonts, data: _Report, top: float) -> float:
    column = (_WIDTH - 2 * _GAP) / 2
    left_bottom = _week_chart(sheet, fonts, data, _LEFT, top, column)
    right_bottom = _pain_chart(sheet, fonts, data, _LEFT + column + 2 * _GAP, top, column)
    return max(left_bottom, right_bottom)


_CHART_HEIGHT = 92.0


def _chart_title(
    sheet: _Sheet, fonts: _Fonts, x: float, top: float, width: float, title: str
) -> float:
    return sheet.text(x, top, title, fonts.heading, _ACCENT, width=width) + 5


def _week_chart(
    sheet: _Sheet, fonts: _Fonts, data: _Report, x: float, top: float, width: float
) -> float:
    """Days exercised in each of the report's weeks, against the weekly goal."""
    y = _chart_title(sheet, fonts, x, top, width, translate("report", "Days exercised per week"))
    key = translate("report", "Goal: {days} a week (dashed) · pale bar: this week so far")
    key = key.format(days=_days(data.goal))
    y = sheet.text(x, y, key, fonts.small, _MUTED, width=width)
    plot_top = y + 16
    axis_width = sheet.width("7", fonts.small) + 6
    plot_left, plot_bottom = x + axis_width, plot_top + _CHART_HEIGHT
    plot_width = width - axis_width
    scale = _CHART_HEIGHT / 7
    small = sheet.line_height(fonts.small)
    for days in (0, 7):
        level = plot_bottom - days * scale
        sheet.line([(plot_left, level), (x + width, level)], _RULE, 0.5)
        sheet.text(x, level - small / 2, str(days), fonts.small, _MUTED)
    slot = plot_width / len(data.days_per_week)
    month = 0
    for index, (monday, days) in enumerate(data.days_per_week):
        bar = slot * 0.62
        left = plot_left + index * slot + (slot - bar) / 2
        centre = left + bar / 2
        if days:
            colour = "#a9c3dc" if monday == week_start(data.today) else _ACCENT
            sheet.box(left, plot_bottom - days * scale, bar, days * scale, colour)
        _centred(sheet, centre, plot_bottom - days * scale - small - 1, str(days), fonts.small)
        _centred(sheet, centre, plot_bottom + 3, str(monday.day), fonts.small, _MUTED)
        if monday.month != month:
            month = monday.month
            name = _month(month, short=True)
            _centred(sheet, centre, plot_bottom + 3 + small, name, fonts.small, _MUTED)
    if 0 < data.goal <= 7:
        level = plot_bottom - data.goal * scale
        sheet.line([(plot_left, level), (x + width, level)], _INK, 0.7, dashed=True)
    return plot_bottom + 3 + 2 * small


def _centred(
    sheet: _Sheet, centre: float, top: float, text: str, font: QFont, colour: str = _INK
) -> None:
    sheet.text(centre - sheet.width(text, font) / 2, top, text, font, colour)


def _pain_chart(
    sheet: _Sheet, fonts: _Fonts, data: _Report, x: float, top: float, width: float
) -> float:
    """Pain before and after each rated session, with the last four weeks' averages."""
    y = _chart_title(sheet, fonts, x, top, width, translate("report", "Pain, before and after"))
    small = sheet.line_height(fonts.small)
    legend = x
    for label, colour in (
        (translate("report", "before"), _BEFORE),
        (translate("report", "after"), _AFTER),
    ):
        sheet.dot(legend + 2.5, y + small / 2, 2.5, colour)
        sheet.text(legend + 8, y, label, fonts.small, _MUTED)
        legend += 8 + sheet.width(label, fonts.small) + 12
    y += small
    plot_top = y + 16
    axis_width = sheet.width("10", fonts.small) + 6
    plot_left, plot_bottom = x + axis_width, plot_top + _CHART_HEIGHT
    plot_width = width - axis_width
    for level in (0, 5, 10):
        at = plot_bottom - level * _CHART_HEIGHT / 10
        sheet.line([(plot_left, at), (x + width, at)], _RULE, 0.5)
        sheet.text(x, at - small / 2, str(level), fonts.small, _MUTED)
    span = (data.today - data.since).days + 1
    for week in range(0, _REPORT_WEEKS, 2):
        monday = data.since + timedelta(weeks=week)
        at = plot_left + (monday - data.since).days / span * plot_width
        sheet.text(
            at, plot_bottom + 3, _day_text(monday, year=False, short=True), fonts.small, _MUTED
        )
    if not data.pain:
        sheet.text(
            plot_left + 8,
            plot_top + _CHART_HEIGHT / 4 - small / 2,
            translate("report", "No pain ratings in these weeks"),
            fonts.small,
            _MUTED,
        )
    same_day: dict[date, int] = defaultdict(int)
    for day, _, _ in data.pain:
        same_day[day] += 1
    seen: dict[date, int] = defaultdict(int)
    series: dict[str, list[tuple[float, float]]] = {_BEFORE: [], _AFTER: []}
    for day, before, after in data.pain:
        seen[day] += 1
        offset = seen[day] / (same_day[day] + 1)
        at = plot_left + ((day - data.since).days + offset) / span * plot_width
        for score, colour in ((before, _BEFORE), (after, _AFTER)):
            if score is not None:
                series[colour].append((at, plot_bottom - score * _CHART_HEIGHT / 10))
    for colour, points in series.items():
        if len(points) > 1:
            sheet.line(points, colour, 0.7)
        for px, py in points:
            sheet.dot(px, py, 1.7, colour)
    y = plot_bottom + 3 + 2 * small
    return sheet.wrapped(x, y, width, _pain_summary(data), fonts.body, y + 40)[0]


def _pain_summary(data: _Report) -> str:
    if data.pain_rated == 0:
        return translate("report", "Last 4 weeks: no sessions rated.")
    before = "–" if data.pain_before_average is None else _decimal(data.pain_before_average)
    after = "–" if data.pain_after_average is None else _decimal(data.pain_after_average)
    rated = data.pain_rated  # a plain name: lupdate skips an attribute as the count
    if rated == 1:
        summary = translate(
            "report",
            "Average over the last 4 weeks: {before} before, {after} after (1 session rated).",
        )
    else:
        summary = translate(
            "report",
            "Average over the last 4 weeks: {before} before, {after} after (%n sessions rated).",
            "",
            rated,
        )
    return summary.format(before=before, after=after)


def _exercise_table(
    sheet: _Sheet, fonts: _Fonts, data: _Report, top: float, *, bottom: float
) -> float:
    """Per exercise: sessions and repetitions in the report's weeks, as many as fit."""
    title = translate("report", "Exercises done in the last %n weeks", "", _REPORT_WEEKS)
    y = _heading(sheet, fonts, top, title)
    if not data.exercises:
        nothing = translate("report", "No exercises recorded in these weeks.")
        return sheet.text(_LEFT, y, nothing, fonts.body, _MUTED)
    reps_right, sessions_right = _RIGHT - 8, _RIGHT - 90
    row = sheet.line_height(fonts.body) + 4
    sheet.text(_LEFT + 8, y, translate("report", "Exercise"), fonts.small, _MUTED)
    sheet.text(sessions_right, y, translate("report", "Sessions"), fonts.small, _MUTED, right=True)
    sheet.text(reps_right, y, translate("report", "Repetitions"), fonts.small, _MUTED, right=True)
    y += sheet.line_height(fonts.small) + 3
    fitting = max(1, int((bottom - y) // row))
    shown = data.exercises if len(data.exercises) <= fitting else data.exercises[: fitting - 1]
    for index, total in enumerate(shown):
        if index % 2 == 0:
            sheet.box(_LEFT, y, _WIDTH, row, _PANEL)
        name_width = sessions_right - 60 - _LEFT
        sheet.text(_LEFT + 8, y + 2, total.exercise_name, fonts.body, width=name_width)
        sheet.text(sessions_right, y + 2, str(total.sessions_done), fonts.body, right=True)
        sheet.text(reps_right, y + 2, str(total.reps_done), fonts.body, right=True)
        y += row
    if len(shown) < len(data.exercises):
        more = len(data.exercises) - len(shown)
        if more == 1:
            rest = translate("report", "… and 1 more exercise")
        else:
            rest = translate("report", "… and %n more exercises", "", more)
        y = sheet.text(_LEFT + 8, y + 2, rest, fonts.small, _MUTED)
    return y


def _notes(sheet: _Sheet, fonts: _Fonts, data: _Report, top: float, *, bottom: float) -> None:
    """The newest notes first, wrapped, for as many as fit on the page."""
    y = _heading(sheet, fonts, top, translate("report", "Latest notes"))
    if not data.notes:
        sheet.text(_LEFT, y, translate("report", "No notes written."), fonts.body, _MUTED)
        return
    bottom -= sheet.line_height(fonts.small) + 4  # room to say that some were left out
    shown = 0
    for session in data.notes:
        if y + sheet.line_height(fonts.bold) + sheet.line_height(fonts.body) > bottom:
            break
        pain = ""
        if session.pain_before is not None or session.pain_after is not None:
            pain = " · " + translate("report", "pain {before} → {after}").format(
                before=_score(session.pain_before), after=_score(session.pain_after)
            )
        label = f"{_day_text(session.local_day)} · {session.routine_name}{pain}"
        y = sheet.text(_LEFT, y, label, fonts.bold, width=_WIDTH)
        y, whole = sheet.wrapped(_LEFT + 10, y + 1, _WIDTH - 10, session.note, fonts.body, bottom)
        shown += 1
        y += 6
        if not whole:
            break
    if shown < len(data.notes):
        rest = len(data.notes) - shown
        if rest == 1:
            more = translate("report", "1 older note not shown; all notes are in the CSV export.")
        else:
            more = translate(
                "report", "%n older notes not shown; all notes are in the CSV export.", "", rest
            )
        sheet.text(_LEFT, y, more, fonts.small, _MUTED)


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)

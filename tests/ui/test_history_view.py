"""The History page: headline figures, charts in words, the sessions list, plain notes.

One small hand-made history is used throughout; the figures expected from it are worked
out in the comments. Dates are written in British English so the texts are fixed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea

from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    ReminderDay,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.storage.history import open_history
from backrelief_gui.ui.history_view import COLUMN_GAP, SESSION_COLUMNS, HistoryView

CET, CEST = 60, 120
TODAY = date(2024, 3, 14)  # a Thursday; its week began Monday 11 March
MARKUP_NOTE = '<b>bold</b> <a href="x">link</a>'


def session(
    sid: int,
    local: str,
    status: SessionStatus = SessionStatus.COMPLETED,
    active: float = 600,
    pain: tuple[int | None, int | None] = (None, None),
    *,
    routine: str = "Full routine",
    note: str = "",
    offset: int = CET,
) -> SessionRecord:
    wall = datetime.strptime(local, "%Y-%m-%d %H:%M")
    started = (wall - timedelta(minutes=offset)).replace(tzinfo=UTC)
    return SessionRecord(
        sid, "r", routine, "standard", started, offset, started, status, 900, active,
        pain[0], pain[1], note,
    )  # fmt: skip


def done(of: SessionRecord, position: int, exercise_id: str, reps: int, planned: int):
    outcome = (
        Outcome.COMPLETED if reps == planned else Outcome.SKIPPED if reps == 0 else Outcome.PARTIAL
    )
    names = {"squeeze": "Shoulder Blade Squeeze", "row": "Seated Row", "angels": "Wall Angels"}
    return ExerciseRecord(
        of.id, position, exercise_id, names[exercise_id], planned, reps, 1, None, outcome,
        of.started_utc + timedelta(minutes=position + 1),
    )  # fmt: skip


S1 = session(1, "2024-02-01 08:00", active=900, pain=(6, 4))
S2 = session(2, "2024-02-02 08:00", active=900, pain=(5, 3))
S3 = session(3, "2024-02-03 08:00", active=600, pain=(5, 4))
S4 = session(4, "2024-02-04 08:00", active=600)
S5 = session(5, "2024-03-08 07:30", SessionStatus.STOPPED, 300, (4, None))
S6 = session(6, "2024-03-11 08:00", active=780, pain=(4, 2))
S7 = session(7, "2024-03-12 08:00", SessionStatus.INTERRUPTED, 240)
S8 = session(8, "2024-03-13 08:05", active=540, pain=(3, 2), routine="Desk break", note=MARKUP_NOTE)
S9 = session(9, "2024-03-13 17:00", SessionStatus.STOPPED, 20)
SESSIONS = [S1, S2, S3, S4, S5, S6, S7, S8, S9]
EXERCISES = [
    done(S5, 0, "squeeze", 10, 10),
    done(S5, 1, "row", 12, 12),
    done(S5, 2, "angels", 4, 10),  # stopped during the third exercise
    done(S6, 0, "squeeze", 10, 10),
    done(S6, 1, "row", 12, 12),
    done(S6, 2, "angels", 10, 10),
    done(S7, 0, "squeeze", 10, 10),  # then the app died
    done(S8, 0, "squeeze", 10, 10),
    done(S8, 1, "row", 0, 12),  # skipped
    done(S9, 0, "squeeze", 0, 10),  # stopped with nothing done: the day does not count
]


@pytest.fixture(autouse=True)
def british_english():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def view(qtbot) -> HistoryView:
    page = HistoryView()
    qtbot.addWidget(page)
    page.show_history(SESSIONS, EXERCISES, TODAY, 5)
    return page


def cells(page: HistoryView, row: int, table_name: str = "sessions_table") -> list[str]:
    """One row's texts, as the table view is given them to draw."""
    model = getattr(page, table_name).model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def row_count(page: HistoryView, table_name: str = "sessions_table") -> int:
    return getattr(page, table_name).model().rowCount()


# -- headline figures -------------------------------------------------------------------------


def test_headline_figures(view):
    # Counted days: 1-4 Feb, 8 Mar (stopped after work), 11, 12 (interrupted after work)
    # and 13 Mar; S9 on the 13th did nothing. Today, the 14th, is still open, so the
    # current streak is 11-13 March: 3 days; the best is 1-4 February: 4 days.
    assert view.current_streak.value.text() == "3 days"
    assert view.current_streak.note.text() == "A session today keeps it going"
    assert view.best_streak.value.text() == "4 days"
    assert view.best_streak.note.text() == "First session Thu 1 Feb 2024"
    # This week (from Monday 11 March): 11, 12 and 13 March.
    assert view.this_week.value.text() == "3 of 5 days"
    assert view.this_week.note.text() == "Goal: 5 days a week"
    assert (view.week_bar.value(), view.week_bar.maximum()) == (3, 5)
    # 900 + 900 + 600 + 600 + 300 + 780 + 240 + 540 + 20 = 4880 s = 1 h 21 min 20 s.
    assert view.all_time.value.text() == "9 sessions"
    assert view.all_time.note.text() == "1 h 21 min of exercise"


def test_headline_when_today_is_done_and_the_goal_is_reached(qtbot):
    page = HistoryView()
    qtbot.addWidget(page)
    page.show_history(SESSIONS, EXERCISES, date(2024, 3, 13), 3)
    # Seen on the 13th itself: 11-13 March is 3 days including today, and 3 of a goal of 3.
    assert page.current_streak.value.text() == "3 days"
    assert page.current_streak.note.text() == "Today is done"
    assert page.this_week.value.text() == "3 of 3 days"
    assert page.this_week.note.text() == "Weekly goal reached"


# -- charts in words --------------------------------------------------------------------------


def test_minutes_chart_states_its_figures(view):
    # Week of 29 Jan: 900 + 900 + 600 + 600 s = 50 min; week of 4 Mar: 300 s = 5 min;
    # this week: 780 + 240 + 540 + 20 = 1580 s = 26.3 min; average (50 + 5 + 26.3) / 8 = 10.2.
    assert view.minutes_summary.text() == "26 min this week · 10 min a week on average"
    assert view.minutes_chart.accessibleDescription() == (
        "Minutes per week, oldest first: week of 22 Jan, 0 min; week of 29 Jan, 50 min; "
        "week of 5 Feb, 0 min; week of 12 Feb, 0 min; week of 19 Feb, 0 min; "
        "week of 26 Feb, 0 min; week of 4 Mar, 5 min; week of 11 Mar, 26 min."
    )
    assert view.minutes_chart.toolTip() == view.minutes_chart.accessibleDescription()


def test_days_chart_states_its_figures(view):
    # 8 weeks from Monday 22 January to today, 14 March: 53 days. Sessions on 1, 2, 3, 4 Feb,
    # 8, 11, 12 and 13 Mar (two that day): 8 days, 9 sessions.
    assert view.days_summary.text() == "Sessions on 8 of the last 53 days · 9 sessions"
    assert view.days_chart.accessibleDescription() == (
        "Sessions on 8 of the last 53 days · 9 sessions."
    )


def test_pain_chart_states_its_figures(view):
    # Rated: S1 6→4, S2 5→3, S3 5→4, S5 4 (none after), S6 4→2, S8 3→2: six sessions.
    # Before: (6 + 5 + 5 + 4 + 4 + 3) / 6 = 4.5; after: (4 + 3 + 4 + 2 + 2) / 5 = 3.0.
    assert view.pain_summary.text() == "Average 4.5 before, 3.0 after · 6 sessions"
    assert view.pain_chart.accessibleDescription() == (
        "Pain from 0 to 10, last 8 weeks. Average 4.5 before, 3.0 after · 6 sessions."
    )


def test_hovering_names_the_figure_under_the_pointer(view):
    chart = view.minutes_chart
    chart.resize(320, 150)
    # Eight bars share the width: the last slot is this week's, the first 22 January's.
    assert chart.tip_at(QPointF(315, 75)) == "Week of Mon 11 Mar 2024: 26 min"
    assert chart.tip_at(QPointF(5, 75)) == "Week of Mon 22 Jan 2024: 0 min"
    grid = view.days_chart
    grid.resize(320, 150)
    tips = [region.text for region in grid.regions()]
    # 53 days, one region each, from Monday 22 January to today.
    assert len(tips) == 53
    assert tips[0] == "Mon 22 Jan 2024: 0 sessions"
    assert tips[-2] == "Wed 13 Mar 2024: 2 sessions"
    wednesday = grid.regions()[-2].area.center()
    assert grid.tip_at(wednesday) == "Wed 13 Mar 2024: 2 sessions"
    pain = view.pain_chart
    pain.resize(320, 150)
    # Week of 29 January: before (6 + 5 + 5) / 3 = 5.3, after (4 + 3 + 4) / 3 = 3.7.
    assert pain.regions()[1].text == "Week of Mon 29 Jan 2024: on average 5.3 before, 3.7 after"
    assert pain.regions()[0].text == "Week of Mon 22 Jan 2024: no scores"
    # This week: S6 4→2, S8 3→2 (S7, S9 unrated): before 3.5, after 2.0.
    assert (
        pain.tip_at(QPointF(310, 75)) == "Week of Mon 11 Mar 2024: on average 3.5 before, 2.0 after"
    )


def test_charts_have_accessible_names(view):
    for chart in (view.minutes_chart, view.days_chart, view.pain_chart):
        assert chart.accessibleName()
        assert chart.accessibleDescription()


# -- the sessions list ------------------------------------------------------------------------


def test_sessions_newest_first_with_their_cells(view):
    assert row_count(view) == 9
    assert cells(view, 0) == ["Wed 13/03/2024 17:00", "Full routine", "20 s", "Stopped", "", ""]
    assert cells(view, 1) == [
        "Wed 13/03/2024 08:05",
        "Desk break",
        "9 min",  # 540 s
        "1 of 2 exercises",  # the rows were skipped
        "3 → 2",
        MARKUP_NOTE,
    ]
    assert cells(view, 2) == [
        "Tue 12/03/2024 08:00",
        "Full routine",
        "4 min",
        "Interrupted (1 done)",
        "",
        "",
    ]
    assert cells(view, 3)[3:5] == ["3 of 3 exercises", "4 → 2"]
    assert cells(view, 4)[2:5] == ["5 min", "Stopped (2 done)", "4 → –"]  # no score after
    # The February sessions have no exercise rows: completed, nothing more to say.
    assert cells(view, 8)[0] == "Thu 01/02/2024 08:00"
    assert cells(view, 8)[3:5] == ["Completed", "6 → 4"]


def test_the_time_shown_is_the_users_clock_then(qtbot):
    # 00:30 on 1 April 2024 in summer time is 22:30 UTC on 31 March: the 1 April is shown.
    late = session(1, "2024-04-01 00:30", offset=CEST)
    page = HistoryView()
    qtbot.addWidget(page)
    page.show_history([late], [], date(2024, 4, 1), 5)
    assert cells(page, 0)[0] == "Mon 01/04/2024 00:30"


def test_a_note_with_markup_is_shown_literally(view):
    cell = view.sessions_table.model().index(1, 5)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == MARKUP_NOTE
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None  # a tooltip would be rich text
    # No label anywhere on the page may interpret text as markup, nor shows the note.
    labels = view.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)
    assert all(MARKUP_NOTE not in label.text() for label in labels)


def test_exercise_totals(view):
    rows = [cells(view, row, "totals_table") for row in range(row_count(view, "totals_table"))]
    # Squeezes in S5, S6, S7, S8 (10 reps each; S9's was skipped); rows in S5 and S6
    # (12 + 12, S8's skipped); angels in S5 (4 of 10) and S6 (10).
    assert rows == [
        ["Shoulder Blade Squeeze", "4", "40"],
        ["Seated Row", "2", "24"],
        ["Wall Angels", "2", "14"],
    ]


# -- empty, buttons, layout -------------------------------------------------------------------


def test_an_empty_history_says_so_kindly(qtbot):
    page = HistoryView()
    qtbot.addWidget(page)
    page.show_history([], [], TODAY, 5)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty_state.isVisible()
    assert page.empty_state.text().startswith("No sessions yet")
    assert not page.details.isVisible()
    assert row_count(page) == 0
    assert not page.export_csv_button.isEnabled()
    assert not page.export_pdf_button.isEnabled()
    assert page.restore_button.isEnabled()  # restoring is how an empty history is refilled
    # Showing data afterwards brings the details back.
    page.show_history(SESSIONS, EXERCISES, TODAY, 5)
    assert page.details.isVisible() and not page.empty_state.isVisible()


@pytest.mark.parametrize(
    ("name", "signal"),
    [
        ("exportCsvButton", "export_csv_requested"),
        ("exportPdfButton", "export_pdf_requested"),
        ("backupButton", "backup_requested"),
        ("restoreButton", "restore_requested"),
        ("historyBack", "close_requested"),
    ],
)
def test_buttons_emit_intents(view, qtbot, name, signal):
    button = view.findChild(QPushButton, name)
    with qtbot.waitSignal(getattr(view, signal)):
        button.click()


def test_every_control_has_an_accessible_name(view):
    controls = [
        *view.findChildren(QPushButton),
        view.sessions_table,
        view.totals_table,
        view.week_bar,
    ]
    assert len(controls) == 9  # six buttons, two tables, the week bar
    assert all(control.accessibleName() for control in controls)


@pytest.mark.parametrize("reminders", [[], [ReminderDay(TODAY, 12, 10)]])
def test_the_layout_holds_at_1100_by_700(view, qtbot, reminders):
    view.show_history(SESSIONS, EXERCISES, TODAY, 5, reminders)  # with the reminder line too
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.week_reminders.isVisible() == bool(reminders)
    scroll = view.findChild(QScrollArea)
    # Everything fits in the scroll area at its smallest, so nothing needs scrolling.
    needed = scroll.widget().minimumSizeHint()
    assert needed.width() <= scroll.width() and needed.height() <= scroll.height()
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    assert not scroll.horizontalScrollBar().isVisible()
    for button in view.findChildren(QPushButton):
        assert view.rect().contains(button.geometry())
    for chart in (view.minutes_chart, view.days_chart, view.pain_chart):
        assert chart.height() >= chart.minimumSizeHint().height()
    assert view.sessions_table.viewport().height() > 150


def test_a_smaller_window_scrolls_rather_than_squashing(view, qtbot):
    view.resize(800, 480)
    view.show()
    qtbot.waitExposed(view)
    scroll = view.findChild(QScrollArea)
    assert scroll.widget().minimumSizeHint().height() > scroll.height()
    qtbot.waitUntil(scroll.verticalScrollBar().isVisible)
    assert view.pain_chart.height() >= view.pain_chart.minimumSizeHint().height()


def test_columns_are_as_wide_as_qt_would_make_them_for_their_texts(view):
    # The widths are measured from the texts, not by the view; the view's own measure
    # (its item delegate's, cell by cell) must fit in them, gap included.
    for table, columns in (
        (view.sessions_table, range(len(SESSION_COLUMNS) - 1)),
        (view.totals_table, (1, 2)),
    ):
        for column in columns:
            needed = max(
                table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column)
            )
            assert table.columnWidth(column) >= needed + COLUMN_GAP, (table.objectName(), column)


# -- the same page from the history file, and break reminders ------------------------------


def reminder(store, local: str, response: str | None) -> None:
    due = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=1)))
    answered = store.record_reminder(due, due + timedelta(seconds=3))
    if response is not None:
        store.answer_reminder(answered, response)


def page_texts(page: HistoryView) -> list[str]:
    """Every text the page shows: its labels, then every cell of both tables."""
    texts = [label.text() for label in page.findChildren(QLabel)]
    for name in ("sessions_table", "totals_table"):
        texts += [cell for row in range(row_count(page, name)) for cell in cells(page, row, name)]
    return texts


def test_the_page_from_the_history_file_shows_the_same_as_from_records(qtbot, tmp_path):
    store = open_history(tmp_path).store
    for record in SESSIONS:
        sid = store.begin_session(
            record.routine_id, record.routine_name, record.dose, record.planned_seconds,
            record.started_utc, record.utc_offset_minutes, record.pain_before,
        )  # fmt: skip
        assert sid == record.id
        for row in (e for e in EXERCISES if e.session_id == sid):
            store.record_exercise(row)
        store.end_session(sid, record.status, record.started_utc, record.active_seconds)
        if record.pain_after is not None:
            store.set_pain(sid, after=record.pain_after)
        store.set_note(sid, record.note)
    reminder(store, "2024-03-08 10:00", "started")  # the week before: not this week's
    reminder(store, "2024-03-11 10:00", "started")
    reminder(store, "2024-03-11 15:00", "snoozed")
    reminder(store, "2024-03-12 10:00", "skipped")
    reminder(store, "2024-03-13 23:55", "started")  # seen at 23:55: Wednesday's
    reminder(store, "2024-03-14 09:00", None)  # shown today, not answered yet

    from_file, from_records = HistoryView(), HistoryView()
    qtbot.addWidget(from_file)
    qtbot.addWidget(from_records)
    from_file.show_history(
        store.sessions(), store.exercise_digest(), TODAY, 5, store.reminder_days()
    )
    from_records.show_history(SESSIONS, EXERCISES, TODAY, 5, store.reminder_days())
    store.close()

    assert page_texts(from_file) == page_texts(from_records)
    assert from_file.current_streak.value.text() == "3 days"  # as worked out above
    assert cells(from_file, 1)[3] == "1 of 2 exercises"
    line = from_file.week_reminders
    assert not line.isHidden()
    # This week (from Monday 11 March): five reminders shown, two breaks taken from them.
    assert line.text() == "Break reminders this week: 5 · breaks taken from them: 2"
    assert line.toolTip() == "Last 8 weeks: 6 break reminders, 3 breaks taken from them."
    assert line.accessibleName() == "Break reminders this week"
    assert line.accessibleDescription() == (
        "Break reminders this week: 5 · breaks taken from them: 2. "
        "Last 8 weeks: 6 break reminders, 3 breaks taken from them."
    )


def test_the_reminder_line_counts_this_week_and_is_hidden_without_reminders(view, qtbot):
    assert view.week_reminders.isHidden()  # the view fixture has no reminders
    days = [ReminderDay(date(2024, 1, 15), 7, 7), ReminderDay(date(2024, 3, 4), 1, 0)]
    view.show_history(SESSIONS, EXERCISES, TODAY, 5, days)  # 15 January is out of the weeks
    assert not view.week_reminders.isHidden()
    assert view.week_reminders.text() == (
        "Break reminders this week: 0 · breaks taken from them: 0"
    )
    assert view.week_reminders.toolTip() == (
        "Last 8 weeks: 1 break reminder, 0 breaks taken from them."
    )
    view.show_history(SESSIONS, EXERCISES, TODAY, 5, days[:1])
    assert view.week_reminders.isHidden()

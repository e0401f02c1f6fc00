"""Ten years of history: opening the History page, each statistic, and one recorded exercise.

Run (from the repository root, with the venv's Python; nothing else heavy meanwhile)::

    /tmp/venv/bin/python bench/history.py --repeats 20 --writes 100 --json /tmp/history.json

``--platform xcb`` runs under $DISPLAY (or re-runs itself under ``xvfb-run -a``) instead of
Qt's offscreen platform; ``--json FILE`` also saves every sample and profile;
``--no-profile`` skips the cProfile run of each measurement that misses its target.

Data: ten years of daily sessions up to a fixed "today" (3652 days, one session a day, so
the current streak is the worst case, ten years long), about 21,500 exercise rows: the
``full`` routine's six exercises, 4 % of sessions stopped after one to three of them, pain
scores before and after most, a note now and then, Central European time with its summer
time; and three to six break reminders each working day, answered as people do (a
break now and then, a snooze, a skip). It is a real history file in a temporary folder:
created by ``open_history`` (schema, WAL), filled in one transaction through the storage
module's own ``connect`` with ``executemany`` (the store's exercise INSERT word for word;
each session and reminder row with the values its writes leave), reopened with
``open_history`` as the app does at start, and read back through the store (which checks
the time format).

Measured, each ``--repeats`` times after an unrecorded warm-up (median, p95 and max):

- The History page as the app shows it: a page of a shown 1100×700 QStackedWidget (the
  main window's page stack, reduced), filled from the store's three reads
  (``store.sessions()``, ``store.exercise_digest(400)``, counted in SQL, and
  ``store.reminder_days()`` of the weeks shown), then ``HistoryView.show_history`` and
  ``setCurrentWidget``, until the view, its charts and its visible table viewports have
  each had a Paint event handled. (``HistoryActions.show`` must read the same:
  ``store.exercises()``, every exercise row, costs some 100 ms on its own.) Three
  ways: the first visit (a new ``HistoryView``, as ``MainWindow.history_view`` makes
  it), a later visit (the built view, hidden behind another page, filled again), and a
  refresh while shown (as after a restore). The
  refresh is first timed on the last 50, 100 and 200 sessions; when its growth,
  extrapolated to the whole history, exceeds ``--refresh-budget`` seconds, the
  extrapolation is the figure and the full refresh is not run. Floors: an empty QWidget
  page in the same stack, added and shown, shown again, or updated.
- The store's reads, beside ``SELECT 1`` on the store's own connection; each statistic
  of ``core.history_stats`` on all the records, beside an empty loop over the records it
  goes through, and the three the store counts in SQL for ``exercise_digest`` (the
  completion of the 400 sessions listed, the unfinished sessions with work done, every
  exercise's totals) beside ``SELECT 1``. Two reference
  rows, ``local_day`` of every session and ``counted_days``, show what the statistics
  share.
- ``store.record_exercise`` (one committed WAL transaction) into the big file,
  ``--writes`` times, alternated with the floor: a bare ``sqlite3`` INSERT and COMMIT of
  one row into a one-column table of a WAL file in the same folder (default synchronous,
  as the store's).

Targets (from the issue): the page ≤ 150 ms and each statistic ≤ 10 ms, judged on the
median; one recorded exercise ≤ 5 ms, judged on the p95. The reads have no target of
their own: they are part of the page's. The 1-minute load
average before and after is printed: other work on the machine shows in every figure.
Performance is measured only here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import platform
import pstats
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from _display import ensure_display

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from backrelief_gui.core.history_model import ExerciseRecord, ReminderDay, SessionRecord
    from backrelief_gui.core.history_stats import ExerciseDigest
    from backrelief_gui.storage.history import HistoryStore
    from backrelief_gui.ui.history_view import HistoryView

TODAY = date(2025, 3, 13)  # a Thursday, fixed so runs compare
WEEKLY_GOAL = 5
SEED = 20250313
SIZE = (1100, 700)
REPO = Path(__file__).resolve().parent.parent
UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # the store's; reading back through it checks this
VIEW_TARGET_MS = 150.0
STAT_TARGET_MS = 10.0
WRITE_TARGET_MS = 5.0
PAINT_TIMEOUT_S = 60.0
PROBE_SIZES = (50, 100, 200)  # sessions, for the refresh's growth with the history


class Planned(NamedTuple):
    exercise_id: str
    name: str
    reps: int
    sets: int
    hold_seconds: int | None
    seconds: int  # about how long it takes


FULL = (  # the full routine, as docs/make_history_screenshot.py writes it
    Planned("shoulder-blade-squeeze", "Shoulder Blade Squeeze", 10, 1, 5, 110),
    Planned("cat-cow", "Cat-Cow Stretch", 8, 1, None, 95),
    Planned("thoracic-extension", "Thoracic Extension Stretch", 5, 1, 10, 120),
    Planned("wall-angels", "Wall Angels", 10, 1, None, 130),
    Planned("seated-row", "Seated Row with Resistance Band", 12, 2, None, 210),
    Planned("childs-pose", "Child's Pose Stretch", 3, 1, 30, 140),
)
SESSION_INSERT = (
    "INSERT INTO session (routine_id, routine_name, dose, started_utc, utc_offset_minutes,"
    " ended_utc, status, planned_seconds, active_seconds, pain_before, pain_after, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
EXERCISE_INSERT = (  # HistoryStore.record_exercise's statement, word for word
    "INSERT INTO session_exercise VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (session_id, position) DO UPDATE SET"
    " done_reps = excluded.done_reps, outcome = excluded.outcome,"
    " ended_utc = excluded.ended_utc"
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--repeats", type=int, default=20, help="timed runs of each read and view (default 20)"
    )
    parser.add_argument(
        "--writes", type=int, default=100, help="recorded exercises timed (default 100)"
    )
    parser.add_argument(
        "--years", type=int, default=10, help="years of daily sessions (default 10)"
    )
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="offscreen (default), or xcb: $DISPLAY, or Xvfb via xvfb-run when unset",
    )
    parser.add_argument(
        "--refresh-budget",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="run the refresh on all sessions only if extrapolated below this (default 60)",
    )
    parser.add_argument(
        "--no-profile",
        action="store_true",
        help="do not run cProfile on measurements that miss their target",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    args = parser.parse_args(argv)
    if args.repeats < 2 or args.writes < 2 or args.years < 1:
        parser.error("--repeats and --writes must be at least 2, --years at least 1")
    return args


# -- the data ---------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def offset_on(day: date) -> int:
    """Minutes east of UTC in Central Europe, summer time included."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return 120 if summer else 60


def _utc(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime(UTC_FORMAT)


REMINDER_INSERT = (
    "INSERT INTO break_reminder (due_utc, utc_offset_minutes, shown_utc, response)"
    " VALUES (?, ?, ?, ?)"
)
RESPONSES = ("started", "started", "snoozed", "skipped", "dismissed", "missed")


def generate_reminders(years: int) -> list[tuple[object, ...]]:
    """Break reminder rows: three to six each working day, shown on time or a little late."""
    rng = random.Random(SEED + 1)
    first = TODAY - timedelta(days=round(365.25 * years) - 1)
    rows: list[tuple[object, ...]] = []
    for index in range((TODAY - first).days + 1):
        day = first + timedelta(days=index)
        if day.weekday() >= 5:
            continue
        offset = offset_on(day)
        for hour in sorted(rng.sample(range(9, 18), rng.randrange(3, 7))):
            wall = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=UTC)
            due = wall - timedelta(minutes=offset)
            shown = due + timedelta(seconds=rng.randrange(5))
            rows.append((_utc(due), offset, _utc(shown), rng.choice(RESPONSES)))
    return rows


def generate(years: int) -> tuple[list[tuple[object, ...]], list[list[tuple[object, ...]]]]:
    """Session rows, and each session's exercise rows (without its id), one a day."""
    rng = random.Random(SEED)
    first = TODAY - timedelta(days=round(365.25 * years) - 1)
    sessions: list[tuple[object, ...]] = []
    exercises: list[list[tuple[object, ...]]] = []
    days = (TODAY - first).days + 1
    for index in range(days):
        day = first + timedelta(days=index)
        offset = offset_on(day)
        hour = rng.choice((9, 10)) if day.weekday() >= 5 else rng.choice((7, 7, 8))
        wall = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=UTC)
        started = wall - timedelta(minutes=offset)
        stop_after = rng.randrange(1, 4) if rng.random() < 0.04 else None
        reached = FULL if stop_after is None else FULL[: stop_after + 1]
        clock = started
        rows: list[tuple[object, ...]] = []
        for position, exercise in enumerate(reached):
            last = stop_after is not None and position == stop_after
            done = rng.randrange(exercise.reps // 2) if last else exercise.reps
            if not last and rng.random() < 0.03:
                done = 0  # skipped now and then
            clock += timedelta(seconds=exercise.seconds * rng.uniform(0.9, 1.15))
            outcome = (
                "completed" if done == exercise.reps else "skipped" if done == 0 else "partial"
            )
            rows.append(
                (
                    position,
                    exercise.exercise_id,
                    exercise.name,
                    exercise.reps,
                    done,
                    exercise.sets,
                    exercise.hold_seconds,
                    outcome,
                    _utc(clock),
                )
            )
        progress = index / days
        pain = min(10, max(1, round(rng.gauss(6.0 - 3.0 * progress, 0.9))))
        rated = rng.random() > 0.08
        after = max(0, pain - rng.choice((0, 1, 1, 1, 2))) if rated and not stop_after else None
        sessions.append(
            (
                "full",
                "Full routine",
                "standard",
                _utc(started),
                offset,
                _utc(clock),
                "completed" if stop_after is None else "stopped",
                float(sum(e.seconds for e in FULL)),
                (clock - started).total_seconds(),
                pain if rated else None,
                after,
                "Felt looser afterwards." if rng.random() < 0.025 else "",
            )
        )
        exercises.append(rows)
    return sessions, exercises


def write_history(data_dir: Path, years: int) -> HistoryStore:
    """A real history file: made by open_history, filled in one transaction, reopened."""
    from backrelief_gui.storage.history import HISTORY_FILE, connect, open_history

    store, message = open_history(data_dir)
    if store is None:
        sys.exit(f"history.py: the history could not be created: {message}")
    store.close()
    sessions, exercises = generate(years)
    db = connect(data_dir / HISTORY_FILE)
    with db:  # one transaction
        db.executemany(SESSION_INSERT, sessions)
        ids = [row[0] for row in db.execute("SELECT id FROM session ORDER BY id")]
        db.executemany(
            EXERCISE_INSERT,
            [(sid, *row) for sid, rows in zip(ids, exercises, strict=True) for row in rows],
        )
        db.executemany(REMINDER_INSERT, generate_reminders(years))
    db.close()
    store, message = open_history(data_dir)  # as the app opens it at start
    if store is None:
        sys.exit(f"history.py: the history could not be reopened: {message}")
    return store


# -- timing -----------------------------------------------------------------------------


@dataclass
class Figure:
    """One measured row of the table: samples in ms, and what it is judged on."""

    group: str
    name: str
    samples_ms: list[float]
    target_ms: float | None = None  # None for a floor
    judged_on: str = "median"  # or "p95"
    floor: str | None = None  # the name of this row's floor

    def stat(self, which: str) -> float:
        ordered = sorted(self.samples_ms)
        if which == "median":
            return statistics.median(ordered)
        if which == "p95" and len(ordered) > 1:
            return statistics.quantiles(ordered, n=20, method="inclusive")[18]
        return ordered[-1]  # max (and the p95 of a single sample)

    @property
    def passed(self) -> bool | None:
        if self.target_ms is None:
            return None
        return self.stat(self.judged_on) <= self.target_ms


def timed(work: Callable[[], object], repeats: int) -> list[float]:
    """``work`` once unrecorded, then ``repeats`` times: milliseconds each."""
    work()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1e3)
    return samples


# -- the page ---------------------------------------------------------------------------


def paint_flag() -> type:
    """A QObject class that notes the Paint events of the one widget it filters."""
    from PySide6.QtCore import QEvent, QObject

    class PaintFlag(QObject):
        def __init__(self, widget: QWidget) -> None:
            super().__init__(widget)
            self.widget = widget
            self.painted = False
            widget.installEventFilter(self)

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    return PaintFlag


def wait_painted(flags: Sequence[QObject]) -> None:
    """Turn the event loop until every flagged widget has had a Paint event handled.

    The filter sees the event before the widget paints; processEvents returns only when
    the whole backing-store pass (the window and every dirty child) has been painted.
    """
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + PAINT_TIMEOUT_S
    while not all(flag.painted for flag in flags):  # type: ignore[attr-defined]
        QApplication.processEvents()
        if time.monotonic() > deadline:
            missing = [f.widget.objectName() for f in flags if not f.painted]  # type: ignore[attr-defined]
            sys.exit(f"history.py: not painted within {PAINT_TIMEOUT_S:.0f} s: {missing}")


def reset(flags: Sequence[QObject]) -> None:
    for flag in flags:
        flag.painted = False  # type: ignore[attr-defined]


class Host:
    """A shown 1100×700 QStackedWidget with a blank page: MainWindow.pages, reduced.

    The app's History page is a page of such a stack in an already shown window, so
    window creation is no part of opening it.
    """

    def __init__(self) -> None:
        from PySide6.QtWidgets import QStackedWidget, QWidget

        self.flag_class = paint_flag()
        self.stack = QStackedWidget()
        self.stack.setObjectName("host")
        self.stack.resize(*SIZE)
        self.blank = QWidget()
        self.stack.addWidget(self.blank)
        self.stack.show()
        wait_painted([self.flag_class(self.stack)])

    def away(self) -> None:
        """Back to the blank page (as 'Back' leaves the History page), painted."""
        flag = self.flag_class(self.blank)
        self.stack.setCurrentWidget(self.blank)
        wait_painted([flag])
        flag.setParent(None)

    def drop(self, page: QWidget) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        self.away()
        self.stack.removeWidget(page)
        page.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def reminders_since() -> datetime:
    """The break reminders the page shows: those of its eight weeks."""
    from backrelief_gui.core.history_stats import window_start_utc

    return window_start_utc(TODAY, 8)


class PageTimes(NamedTuple):
    """Milliseconds of each phase of one opening; zero for a phase that kind skips."""

    read_ms: float  # the store's reads (see Page.read)
    build_ms: float  # a new HistoryView made and added to the stack (first open only)
    fill_ms: float  # HistoryView.show_history
    show_ms: float  # setCurrentWidget: the page shown, laid out (not on a refresh)
    paint_ms: float  # the event loop until the page is painted

    @property
    def total_ms(self) -> float:
        return sum(self)


PHASES = (
    ("read_ms", "the store's reads"),
    ("build_ms", "building the view"),
    ("fill_ms", "show_history"),
    ("show_ms", "setCurrentWidget (layout)"),
    ("paint_ms", "painting"),
)


def laps(marks: list[float]) -> PageTimes:
    return PageTimes(*((b - a) * 1e3 for a, b in pairwise(marks)))


class Page:
    """The History page in the host, filled as HistoryActions.show and MainWindow do."""

    def __init__(self, store: HistoryStore, host: Host) -> None:
        from backrelief_gui.ui.history_view import HistoryView

        self.store = store
        self.host = host
        self.view_class = HistoryView
        self.view: HistoryView | None = None
        self.flags: list[QObject] = []  # the view, then its visible charts and tables

    def read(self) -> tuple[list[SessionRecord], ExerciseDigest, list[ReminderDay]]:
        """What the page is filled from: the sessions, what SQL counts of their exercises,
        and the break reminders of the weeks shown (from a day early: days are local)."""
        from backrelief_gui.ui.history_view import TABLE_ROWS

        return (
            self.store.sessions(),
            self.store.exercise_digest(TABLE_ROWS),
            self.store.reminder_days(reminders_since()),
        )

    def fill(
        self, view: HistoryView, read: tuple[list[SessionRecord], ExerciseDigest, list[ReminderDay]]
    ) -> None:
        sessions, digest, reminders = read
        view.show_history(sessions, digest, TODAY, WEEKLY_GOAL, reminders)

    def _build(self) -> HistoryView:
        """A new view in the stack, as MainWindow.history_view makes it on first use."""
        self.close()
        view = self.view = self.view_class()
        self.host.stack.addWidget(view)
        watched = (
            view,
            view.minutes_chart,
            view.days_chart,
            view.pain_chart,
            view.sessions_table.viewport(),
            view.totals_table.viewport(),
        )
        self.flags = [self.host.flag_class(w) for w in watched]
        return view

    def _show(self, view: HistoryView) -> None:
        """Make the page current; from then on watch the parts that can be seen."""
        self.host.stack.setCurrentWidget(view)
        self.flags = [self.flags[0]] + [
            f
            for f in self.flags[1:]
            if not f.widget.visibleRegion().isEmpty()  # type: ignore[attr-defined]
        ]

    def first_open(self) -> PageTimes:
        """The first visit: read, a new view built and filled, shown, painted."""
        self.close()
        marks = [time.perf_counter()]
        read = self.read()
        marks.append(time.perf_counter())
        view = self._build()
        marks.append(time.perf_counter())
        self.fill(view, read)
        marks.append(time.perf_counter())
        self._show(view)
        marks.append(time.perf_counter())
        wait_painted(self.flags)
        marks.append(time.perf_counter())
        return laps(marks)

    def revisit(self) -> PageTimes:
        """A later visit: the built view, hidden behind another page, filled and shown."""
        if self.view is None:
            self.first_open()
        view = self.view
        assert view is not None
        self.host.away()
        reset(self.flags)
        marks = [time.perf_counter()]
        read = self.read()
        marks += [time.perf_counter()] * 2  # nothing to build
        self.fill(view, read)
        marks.append(time.perf_counter())
        self.host.stack.setCurrentWidget(view)
        marks.append(time.perf_counter())
        wait_painted(self.flags)
        marks.append(time.perf_counter())
        return laps(marks)

    def refresh(self) -> PageTimes:
        """The page filled again while shown, as HistoryActions.restore does."""
        if self.view is None or self.host.stack.currentWidget() is not self.view:
            self.revisit()
        view = self.view
        assert view is not None
        flags = self.flags[1:]  # the charts and tables; the page around them may not repaint
        reset(flags)
        marks = [time.perf_counter()]
        read = self.read()
        marks += [time.perf_counter()] * 2  # nothing to build
        self.fill(view, read)
        marks += [time.perf_counter()] * 2  # already shown
        wait_painted(flags)
        marks.append(time.perf_counter())
        return laps(marks)

    def refresh_recent(
        self, sessions: list[SessionRecord], exercises: list[ExerciseRecord], count: int
    ) -> float:
        """A shown page of the last ``count`` sessions, given them again: show_history
        and painting, in ms (how the refresh grows with the history)."""
        from backrelief_gui.core.history_stats import digest
        from backrelief_gui.ui.history_view import TABLE_ROWS

        recent = sessions[-count:]
        ids = {s.id for s in recent}
        theirs = digest(recent, [e for e in exercises if e.session_id in ids], TABLE_ROWS)
        view = self._build()
        view.show_history(recent, theirs, TODAY, WEEKLY_GOAL)
        self._show(view)
        wait_painted(self.flags)
        flags = self.flags[1:]
        reset(flags)
        started = time.perf_counter()
        view.show_history(recent, theirs, TODAY, WEEKLY_GOAL)
        wait_painted(flags)
        return (time.perf_counter() - started) * 1e3

    def close(self) -> None:
        if self.view is not None:
            self.host.drop(self.view)
            self.view = None


class EmptyPage:
    """The floor: an empty QWidget page in the same host, shown new, again, or updated."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.page: QWidget | None = None
        self.flag: QObject | None = None

    def first_open(self) -> float:
        from PySide6.QtWidgets import QWidget

        self.close()
        started = time.perf_counter()
        page = self.page = QWidget()
        self.host.stack.addWidget(page)
        self.flag = self.host.flag_class(page)
        self.host.stack.setCurrentWidget(page)
        wait_painted([self.flag])
        return (time.perf_counter() - started) * 1e3

    def revisit(self) -> float:
        if self.page is None or self.flag is None:
            self.first_open()
        assert self.page is not None and self.flag is not None
        self.host.away()
        reset([self.flag])
        started = time.perf_counter()
        self.host.stack.setCurrentWidget(self.page)
        wait_painted([self.flag])
        return (time.perf_counter() - started) * 1e3

    def refresh(self) -> float:
        if self.page is None or self.host.stack.currentWidget() is not self.page:
            self.revisit()
        assert self.page is not None and self.flag is not None
        reset([self.flag])
        started = time.perf_counter()
        self.page.update()
        wait_painted([self.flag])
        return (time.perf_counter() - started) * 1e3

    def close(self) -> None:
        if self.page is not None:
            self.host.drop(self.page)
            self.page = None


def alternate(
    work: Callable[[], PageTimes], floor: Callable[[], float], repeats: int
) -> tuple[list[PageTimes], list[float]]:
    """``work`` and its floor in turn, the first of each unrecorded."""
    runs, floors = [], []
    for _ in range(repeats + 1):
        runs.append(work())
        floors.append(floor())
    return runs[1:], floors[1:]


KINDS = (  # method, row title, floor title
    ("first_open", "first open (new HistoryView)", "floor: new empty page"),
    ("revisit", "later visit (built, hidden view)", "floor: back to an empty page"),
    ("refresh", "refresh while shown (restore)", "floor: update the shown empty page"),
)

EXTRAPOLATED = "refresh while shown, extrapolated"


def measure_page(store: HistoryStore, repeats: int, budget_s: float) -> list[Figure]:
    """Each way the page is opened, alternated with its floor; refresh first probed."""
    host = Host()
    page, empty = Page(store, host), EmptyPage(host)
    page.first_open()  # warm-up: lazy Qt set-up (fonts, style) is not the page's
    empty.first_open()
    group = f"History page, {SIZE[0]}×{SIZE[1]}"
    figures: list[Figure] = []
    sessions, exercises = store.sessions(), store.exercises()
    for method, title, floor_title in KINDS:
        if method == "refresh":
            probe = [(n, page.refresh_recent(sessions, exercises, n)) for n in PROBE_SIZES]
            (n1, t1), (n2, t2) = probe[-2:]
            exponent = max(1.0, math.log(t2 / t1) / math.log(n2 / n1))
            estimate = t2 * (len(sessions) / n2) ** exponent
            figures += [
                Figure(group, f"  refresh, last {n} sessions", [ms], floor=floor_title)
                for n, ms in probe
            ]
            if estimate > budget_s * 1e3:
                print(
                    f"  refresh of all {len(sessions)} sessions extrapolated to "
                    f"{estimate / 1e3:.0f} s (time ~ n^{exponent:.2f}): not run",
                    flush=True,
                )
                figures += [
                    Figure(
                        group,
                        EXTRAPOLATED,
                        [estimate],
                        VIEW_TARGET_MS,
                        floor=floor_title,
                    ),
                    Figure(group, floor_title, [empty.refresh() for _ in range(repeats)]),
                ]
                continue
        runs, floor = alternate(getattr(page, method), getattr(empty, method), repeats)
        figures.append(
            Figure(group, title, [r.total_ms for r in runs], VIEW_TARGET_MS, floor=floor_title)
        )
        for field, phase in PHASES:
            samples = [getattr(r, field) for r in runs]
            if any(samples):
                figures.append(Figure(group, f"  of which {phase}", samples))
        figures.append(Figure(group, floor_title, floor))
    page.close()
    empty.close()
    host.stack.close()
    return figures


# -- statistics and reads ---------------------------------------------------------------


STATS_READ = {  # which records each statistic goes through, for its floor
    "current_streak": "both",
    "best_streak": "both",
    "week_progress": "both",
    "weekly_minutes": "sessions",
    "sessions_per_day": "sessions",
    "pain_trend": "sessions",
    "exercise_totals": "exercises",
    "weekly_pain": "sessions",
    "completions": "exercises",
    "overview (page)": "sessions",
    "weekly_reminders (page)": "reminders",
    "store.completions(400) (page, SQL)": "select",
    "store.worked_sessions() (page, SQL)": "select",
    "store.exercise_totals() (page, SQL)": "select",
}
READS = ("store.sessions()", "store.exercises()", "store.reminder_days(8 weeks)")


def stat_cases(
    store: HistoryStore, sessions: list[SessionRecord], exercises: list[ExerciseRecord]
) -> dict[str, Callable[[], object]]:
    """What is timed, by name: the store's reads, then each statistic on all the records.

    Those marked 'page' are what the History page computes: ``overview`` (all the
    session figures at once), the break reminders per week, and the exercise figures the
    store counts in SQL. ``exercise_totals`` and ``completions`` are their Python
    counterparts (the PDF report still uses the first).
    """
    from backrelief_gui.core import history_stats as stats
    from backrelief_gui.ui.history_view import TABLE_ROWS

    worked = stats.worked_sessions(exercises)
    reminders = store.reminder_days(reminders_since())
    return {
        "store.sessions()": store.sessions,
        "store.exercises()": store.exercises,
        "store.reminder_days(8 weeks)": lambda: store.reminder_days(reminders_since()),
        "current_streak": lambda: stats.current_streak(sessions, exercises, TODAY),
        "best_streak": lambda: stats.best_streak(sessions, exercises),
        "week_progress": lambda: stats.week_progress(sessions, exercises, TODAY, WEEKLY_GOAL),
        "weekly_minutes": lambda: stats.weekly_minutes(sessions, TODAY),
        "sessions_per_day": lambda: stats.sessions_per_day(sessions, TODAY),
        "pain_trend": lambda: stats.pain_trend(sessions, TODAY),
        "exercise_totals": lambda: stats.exercise_totals(exercises),
        "weekly_pain": lambda: stats.weekly_pain(sessions, TODAY),
        "completions": lambda: stats.completions(exercises),
        "overview (page)": lambda: stats.overview(sessions, worked, TODAY),
        "weekly_reminders (page)": lambda: stats.weekly_reminders(reminders, TODAY),
        "store.completions(400) (page, SQL)": lambda: store.completions(TABLE_ROWS),
        "store.worked_sessions() (page, SQL)": store.worked_sessions,
        "store.exercise_totals() (page, SQL)": store.exercise_totals,
    }


def _empty_loop(*lists: Sequence[object]) -> None:
    for records in lists:
        for _ in records:
            pass


def measure_stats(
    store: HistoryStore,
    sessions: list[SessionRecord],
    exercises: list[ExerciseRecord],
    repeats: int,
) -> list[Figure]:
    """The reads beside SELECT 1; each statistic beside an empty loop over its records
    (those counted in SQL beside SELECT 1)."""
    reminder_days = store.reminder_days(reminders_since())
    db: sqlite3.Connection = store._db  # the store's own connection, for the SELECT 1 floor
    cases = stat_cases(store, sessions, exercises)
    reads, queries = "Reads, whole history", "Statistics, whole history"
    select_floor = "floor: SELECT 1, same connection"
    loop_floors: dict[str, tuple[str, tuple[Sequence[object], ...]]] = {
        "sessions": ("floor: empty loop, sessions", (sessions,)),
        "exercises": ("floor: empty loop, exercises", (exercises,)),
        "both": ("floor: empty loop, both", (sessions, exercises)),
        "reminders": ("floor: empty loop, reminder days", (reminder_days,)),
    }
    figures = [
        Figure(reads, name, timed(cases[name], repeats), floor=select_floor) for name in READS
    ]
    figures.append(
        Figure(reads, select_floor, timed(lambda: db.execute("SELECT 1").fetchone(), repeats))
    )
    for name, records in STATS_READ.items():
        floor = select_floor if records == "select" else loop_floors[records][0]
        figures.append(
            Figure(queries, name, timed(cases[name], repeats), STAT_TARGET_MS, floor=floor)
        )
    # Not statistics: what every session-based one pays, to read their figures by.
    from backrelief_gui.core.history_stats import counted_days

    figures += [
        Figure(
            queries,
            "ref: local_day of every session",
            timed(lambda: [s.local_day for s in sessions], repeats),
        ),
        Figure(
            queries,
            "ref: counted_days",
            timed(lambda: counted_days(sessions, exercises), repeats),
        ),
    ]
    for floor, lists in loop_floors.values():
        figures.append(Figure(queries, floor, timed(partial(_empty_loop, *lists), repeats)))
    return figures


# -- writing ----------------------------------------------------------------------------


def measure_writes(store: HistoryStore, folder: Path, writes: int, years: int) -> list[Figure]:
    """record_exercise into the big file, alternated with a bare one-row INSERT+COMMIT."""
    from backrelief_gui.core.history_model import ExerciseRecord, Outcome

    started = datetime.combine(TODAY, datetime.min.time(), UTC) + timedelta(hours=18)
    sid = store.begin_session("full", "Full routine", "standard", 805.0, started, 60)
    bare = sqlite3.connect(folder / "floor.sqlite3", isolation_level="DEFERRED")
    bare.execute("PRAGMA journal_mode = WAL")
    with bare:
        bare.execute("CREATE TABLE t (x INTEGER)")

    def record(position: int) -> None:
        exercise = FULL[position % len(FULL)]
        store.record_exercise(
            ExerciseRecord(
                sid,
                position,
                exercise.exercise_id,
                exercise.name,
                exercise.reps,
                exercise.reps,
                exercise.sets,
                exercise.hold_seconds,
                Outcome.COMPLETED,
                started + timedelta(seconds=position * 120),
            )
        )

    def insert(value: int) -> None:
        with bare:
            bare.execute("INSERT INTO t VALUES (?)", (value,))

    app_ms: list[float] = []
    floor_ms: list[float] = []
    for index in range(writes + 1):  # the first of each unrecorded
        pairs = ((record, app_ms), (insert, floor_ms))
        for work, samples in pairs if index % 2 else pairs[::-1]:  # alternate which first
            begun = time.perf_counter()
            work(index)
            if index:
                samples.append((time.perf_counter() - begun) * 1e3)
    bare.close()
    group = f"Recording, into the {years}-year file"
    floor_name = "floor: bare sqlite3 INSERT+COMMIT, WAL"
    return [
        Figure(
            group,
            "store.record_exercise",
            app_ms,
            WRITE_TARGET_MS,
            judged_on="p95",
            floor=floor_name,
        ),
        Figure(group, floor_name, floor_ms),
    ]


# -- profiling --------------------------------------------------------------------------


def profile(name: str, work: Callable[[], object], runs: int = 3, top: int = 14) -> str:
    """cProfile of ``runs`` calls of ``work``: the top functions by own time, as text."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        work()
    profiler.disable()
    out = io.StringIO()
    report = pstats.Stats(profiler, stream=out)
    report.sort_stats(pstats.SortKey.TIME).print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if "ncalls" in line)
    return f"cProfile of {name}, {runs} runs, by own time (seconds):\n" + "\n".join(
        lines[start - 1 :]
    )


def profile_failures(
    failed: list[Figure],
    store: HistoryStore,
    sessions: list[SessionRecord],
    exercises: list[ExerciseRecord],
) -> list[str]:
    """cProfile each measurement that missed its target; the reports, also printed."""
    cases = {name: (work, 3) for name, work in stat_cases(store, sessions, exercises).items()}
    host = Host()
    page = Page(store, host)
    for method, title, _ in KINDS:
        cases[title] = (getattr(page, method), 3)
    # The full refresh may take an hour: profile the largest probe instead.
    biggest = PROBE_SIZES[-1]
    cases[EXTRAPOLATED] = (
        lambda: page.refresh_recent(sessions, exercises, biggest),
        1,
    )
    reports = []
    for figure in failed:
        if figure.name in cases:
            work, runs = cases[figure.name]
            name = figure.name
            if name == EXTRAPOLATED:
                name = f"refresh while shown, last {biggest} sessions (with its first fill)"
            reports.append(profile(name, work, runs))
            print()
            print(reports[-1])
    page.close()
    host.stack.close()
    return reports


# -- the report -------------------------------------------------------------------------


def verdict(figure: Figure) -> str:
    if figure.passed is None:
        return ""
    return "PASS" if figure.passed else "FAIL"


def ms(value: float) -> str:
    """Nine characters, with fewer decimals as the figure grows."""
    decimals = 3 if value < 1e3 else 1 if value < 1e5 else 0
    return f"{value:9.{decimals}f}"


def print_report(
    args: argparse.Namespace, figures: list[Figure], counts: dict[str, object]
) -> None:
    from PySide6 import __version__ as pyside_version

    floors = {f.name: f for f in figures}
    print()
    print(
        f"History, {counts['sessions']} sessions and {counts['exercises']} exercise rows "
        f"({counts['first_day']} to {counts['today']}, {counts['file_mib']:.1f} MiB), "
        f"{args.repeats} repeats, {args.writes} writes, QPA {args.platform}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {pyside_version}, code {counts['code']}, "
        f"load average {counts['load_before']} before, {counts['load_after']} after"
    )
    columns = f"{'n':>4}{'median':>9}{'p95':>9}{'max':>9}{'floor':>9}{'target':>11}{'':>6}"
    group = None
    for figure in figures:
        if figure.group != group:
            group = figure.group
            print()
            print(f"{group + ' (ms)':40}{columns}")
            print("-" * (40 + len(columns)))
        floor = ms(floors[figure.floor].stat("median")) if figure.floor else " " * 9
        target = (
            f"{'p95' if figure.judged_on == 'p95' else 'med'} <= {figure.target_ms:g}"
            if figure.target_ms is not None
            else ""
        )
        print(
            f"{figure.name:40}{len(figure.samples_ms):4}"
            + "".join(ms(figure.stat(which)) for which in ("median", "p95", "max"))
            + f"{floor}{target:>11}{verdict(figure):>6}"
        )
    print()
    judged = [f for f in figures if f.passed is not None]
    failed = [f.name for f in judged if not f.passed]
    print(f"{len(judged) - len(failed)} of {len(judged)} targets met")
    if failed:
        print("missed: " + ", ".join(failed))


def _git(*arguments: str) -> str:
    try:
        done = subprocess.run(
            ["git", *arguments], cwd=REPO, capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return done.stdout.strip()


def code_version() -> str:
    """The commit measured, '+changes' when the app's files differ from it.

    The app may change between two runs; the figures belong to the code they measured.
    """
    head = _git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("+changes" if _git("status", "--porcelain", "--", "backrelief_gui") else "")


def load_average() -> str:
    """The 1-minute load average: other work on the machine shows in every figure."""
    return f"{os.getloadavg()[0]:.2f}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ensure_display(args.platform, __file__)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="backrelief-bench-") as temp:
        folder = Path(temp)
        begun = time.perf_counter()
        store = write_history(folder / "data", args.years)
        sessions, exercises = store.sessions(), store.exercises()
        counts: dict[str, object] = {
            "sessions": len(sessions),
            "exercises": len(exercises),
            "first_day": sessions[0].local_day.isoformat(),
            "today": TODAY.isoformat(),
            "file_mib": store.path.stat().st_size / 2**20,
            "load_before": load_before,
            "code": code_version(),
        }
        print(
            f"wrote {counts['sessions']} sessions, {counts['exercises']} exercise rows in "
            f"{time.perf_counter() - begun:.1f} s to {store.path}",
            flush=True,
        )
        print("statistics and reads ...", flush=True)
        figures = measure_stats(store, sessions, exercises, args.repeats)
        print("the History page ...", flush=True)
        figures = measure_page(store, args.repeats, args.refresh_budget) + figures
        print("recording exercises ...", flush=True)
        figures += measure_writes(store, folder, args.writes, args.years)
        counts["load_after"] = load_average()
        print_report(args, figures, counts)

        profiles: list[str] = []
        failed = [f for f in figures if f.passed is False]
        if failed and not args.no_profile:
            profiles = profile_failures(failed, store, sessions, exercises)
        store.close()
    app.quit()

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "platform": args.platform,
                    "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version,
                    "data": counts,
                    "repeats": args.repeats,
                    "writes": args.writes,
                    "figures": [
                        {
                            **asdict(f),
                            "median_ms": f.stat("median"),
                            "p95_ms": f.stat("p95"),
                            "max_ms": f.stat("max"),
                            "pass": f.passed,
                        }
                        for f in figures
                    ],
                    "profiles": profiles,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        print(f"saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Renders the History page from a year of made-up sessions written to a real history file.

python docs/make_history_screenshot.py [OUTPUT_DIR] [DARK_PNG]

The year is generated with a fixed seed and written through ``HistoryStore`` exactly as
the app writes it (session started, each exercise as it ends, session ended, pain, note),
including one session left running and marked interrupted when the file is reopened.
Saves ``history.png`` (light, to OUTPUT_DIR, default docs/screenshots) and a dark-palette
variant (default /tmp/history_dark.png).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from backrelief_gui.core.history_model import ExerciseRecord, Outcome, SessionStatus
from backrelief_gui.storage.history import HistoryStore, open_history
from backrelief_gui.ui.history_view import HistoryView

SIZE = (1100, 700)
TODAY = date(2025, 3, 13)  # a Thursday
WEEKLY_GOAL = 5
SEED = 20250313


class Planned(NamedTuple):
    exercise_id: str
    name: str
    reps: int
    sets: int
    hold_seconds: int | None
    seconds: int  # about how long it takes


FULL = (
    Planned("shoulder-blade-squeeze", "Shoulder Blade Squeeze", 10, 1, 5, 110),
    Planned("cat-cow", "Cat-Cow Stretch", 8, 1, None, 95),
    Planned("thoracic-extension", "Thoracic Extension Stretch", 5, 1, 10, 120),
    Planned("wall-angels", "Wall Angels", 10, 1, None, 130),
    Planned("seated-row", "Seated Row with Resistance Band", 12, 2, None, 210),
    Planned("childs-pose", "Child's Pose Stretch", 3, 1, 30, 140),
)
DESK = (FULL[0], FULL[2])
ROUTINES = {"full": ("Full routine", FULL), "desk-break": ("Desk break", DESK)}
NOTES = {
    12: "Stiff after the long drive back from Leeds.",
    40: "New resistance band (medium) — rows feel much better.",
    95: "Shoulders felt loose all afternoon.",
    182: "Hotel room: no wall for the angels, did them on the floor.",
    230: "Neck sore today; went gently.",
    300: "Physio says keep going, add a second set of rows.",
    355: "Best week in ages.",
}
HOLIDAY = (date(2024, 8, 5), date(2024, 8, 11))  # camping: no sessions
NEW_YORK = (date(2024, 9, 10), date(2024, 9, 17))  # a work trip, UTC-4


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def offset_on(day: date) -> int:
    """Minutes east of UTC: Central European time with its summer time, or New York."""
    if NEW_YORK[0] <= day <= NEW_YORK[1]:
        return -240
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return 120 if summer else 60


def _at(day: date, hour: int, minute: int) -> tuple[datetime, int]:
    """That wall-clock time, as a UTC instant and the offset the user had then."""
    offset = offset_on(day)
    wall = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
    return wall - timedelta(minutes=offset), offset


def _record(
    store: HistoryStore,
    rng: random.Random,
    day: date,
    routine_id: str,
    hour: int,
    *,
    stop_after: int | None = None,
    leave_running: bool = False,
    note: str = "",
) -> None:
    """One session, written step by step as the app would."""
    name, exercises = ROUTINES[routine_id]
    started, offset = _at(day, hour, rng.randrange(60))
    planned = sum(e.seconds for e in exercises)
    progress = (day - (TODAY - timedelta(days=364))).days / 364
    pain = min(10, max(1, round(rng.gauss(6.0 - 3.0 * progress, 0.9))))
    rated = rng.random() > 0.08
    sid = store.begin_session(
        routine_id, name, "standard", planned, started, offset, pain if rated else None
    )
    clock = started
    reached = exercises if stop_after is None else exercises[: stop_after + 1]
    for position, exercise in enumerate(reached):
        last = stop_after is not None and position == stop_after
        done = rng.randrange(exercise.reps // 2) if last else exercise.reps
        if not last and rng.random() < 0.03:
            done = 0  # skipped now and then
        clock += timedelta(seconds=exercise.seconds * rng.uniform(0.9, 1.15))
        outcome = (
            Outcome.COMPLETED
            if done == exercise.reps
            else Outcome.SKIPPED
            if done == 0
            else Outcome.PARTIAL
        )
        store.record_exercise(
            ExerciseRecord(
                sid,
                position,
                exercise.exercise_id,
                exercise.name,
                exercise.reps,
                done,
                exercise.sets,
                exercise.hold_seconds,
                outcome,
                clock,
            )
        )
    if leave_running:
        return  # the app "died": reopening the file marks it interrupted
    status = SessionStatus.COMPLETED if stop_after is None else SessionStatus.STOPPED
    store.end_session(sid, status, clock, (clock - started).total_seconds())
    if rated and stop_after is None:
        store.set_pain(sid, after=max(0, pain - rng.choice((0, 1, 1, 1, 2))))
    if note:
        store.set_note(sid, note)


def write_year(data_dir: Path) -> HistoryStore:
    """A plausible year up to TODAY: mostly daily, lighter at weekends, a few gaps."""
    rng = random.Random(SEED)
    store, _ = open_history(data_dir)
    assert store is not None
    first = TODAY - timedelta(days=364)
    interrupted_day = date(2024, 11, 19)
    for index in range(365):
        day = first + timedelta(days=index)
        weekend = day.weekday() >= 5
        recent = (TODAY - day).days < 10  # the current streak
        if HOLIDAY[0] <= day <= HOLIDAY[1]:
            continue
        if not recent and rng.random() > (0.62 if weekend else 0.88):
            continue
        note = NOTES.get(index, "")
        if day == interrupted_day:
            _record(store, rng, day, "full", 7, stop_after=2, leave_running=True)
            continue
        stop_after = rng.randrange(1, 4) if rng.random() < 0.05 and not recent else None
        routine = "desk-break" if rng.random() < 0.12 else "full"
        hour = rng.choice((9, 10)) if weekend else rng.choice((7, 7, 8))
        _record(store, rng, day, routine, hour, stop_after=stop_after, note=note)
        if not weekend and rng.random() < 0.18:  # a desk break in the afternoon too
            _record(store, rng, day, "desk-break", rng.choice((14, 15, 16)))
    store.close()
    reopened, message = open_history(data_dir)  # marks the running session interrupted
    assert reopened is not None and message, "the interrupted session was not found"
    return reopened


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#232629",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#2b2f33",
        QPalette.ColorRole.AlternateBase: "#31363b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#31363b",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3a86c8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#31363b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8f94",
        QPalette.ColorRole.Light: "#4a5056",
        QPalette.ColorRole.Midlight: "#3d4247",
        QPalette.ColorRole.Mid: "#454b51",
        QPalette.ColorRole.Dark: "#1b1e20",
        QPalette.ColorRole.Shadow: "#101214",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7f84"))
    return palette


def render(store: HistoryStore, path: Path) -> None:
    view = HistoryView()
    view.show_history(store.sessions(), store.exercises(), TODAY, WEEKLY_GOAL)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    view.grab().save(str(path))
    view.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    dark = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/history_dark.png")
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        store = write_year(Path(folder))
        sessions = store.sessions()
        print(f"{len(sessions)} sessions written to {store.path}")
        render(store, out / "history.png")
        app.setPalette(dark_palette())
        render(store, dark)
        store.close()
    print("saved", out / "history.png", "and", dark)


if __name__ == "__main__":
    main()

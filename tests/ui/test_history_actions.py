"""The history page's buttons on a real history file.

The file pickers are the one stand-in: they return the path a person would have chosen
(a desktop file dialog cannot be driven here).
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.plan import compile_plan
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.qt.history_link import HistoryLink
from backrelief_gui.storage.history import open_history
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.history_actions import HistoryActions
from backrelief_gui.ui.main_window import MainWindow
from tests.ui.conftest import FrozenClock

TODAY = date(2026, 11, 25)


def chooser(path):
    return lambda *_args: (str(path), "")


@pytest.fixture
def rig(qtbot, library, tmp_path):
    data = tmp_path / "data"
    store, _ = open_history(data)
    clock = FrozenClock()
    driver = SessionDriver(clock=clock, speed=1000.0)
    moments = iter(
        datetime(2026, 11, 25, 8, tzinfo=UTC) + timedelta(seconds=s) for s in range(0, 10_000, 7)
    )
    link = HistoryLink(driver, store, now=lambda: (next(moments), 60))
    window = MainWindow(
        library,
        lambda: driver,
        Figures(bundled_resources()),
        Settings(safety_acknowledged=True, ask_pain=False),
        SettingsStore(tmp_path / "settings.json"),
    )
    qtbot.addWidget(window)
    window.show()
    yield window, driver, link, data, tmp_path
    link.store.close()


def run_a_session(driver, library):
    driver.begin(compile_plan(library.routines["desk-break"], Dose.GENTLE, library.phrases))
    driver.skip_exercise()  # the squeeze skipped, then stopped in the next one
    driver.stop()


def make_actions(window, link, data, **pickers):
    return HistoryActions(window, link, data, today=lambda: TODAY, **pickers)


def test_the_history_page_shows_what_was_recorded(qtbot, rig, library):
    window, driver, link, data, _ = rig
    run_a_session(driver, library)
    make_actions(window, link, data)
    assert window.history_button.isEnabled()
    window.history_button.click()
    assert window.pages.currentWidget() is window.history_view
    assert len(link.store.sessions()) == 1


def test_export_csv_writes_the_file_chosen(qtbot, rig, library):
    window, driver, link, data, tmp_path = rig
    run_a_session(driver, library)
    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    actions = make_actions(window, link, data, save_file=chooser(target))
    actions.export_csv()
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["exercise_id"] for row in rows] == ["shoulder-blade-squeeze", "thoracic-extension"]
    assert [row["outcome"] for row in rows] == ["skipped", "skipped"]
    assert str(target) in window.statusBar().currentMessage()


def test_a_cancelled_picker_does_nothing(qtbot, rig, tmp_path):
    window, _, link, data, _ = rig
    actions = make_actions(window, link, data, save_file=lambda *_: ("", ""))
    actions.export_csv()
    assert window.statusBar().currentMessage() == "" and not window.notice.isVisible()


def test_a_failed_export_is_explained(qtbot, rig):
    window, _, link, data, tmp_path = rig
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where a folder should be")
    actions = make_actions(window, link, data, save_file=chooser(blocker / "h.csv"))
    actions.export_csv()
    assert "did not work" in window.notice.text() and "unchanged" in window.notice.text()


def test_report_and_backup_are_written(qtbot, rig, library):
    window, driver, link, data, tmp_path = rig
    run_a_session(driver, library)
    report, copy = tmp_path / "report.pdf", tmp_path / "copy.sqlite3"
    make_actions(window, link, data, save_file=chooser(report)).write_report()
    assert report.read_bytes().startswith(b"%PDF")
    make_actions(window, link, data, save_file=chooser(copy)).backup()
    restored, _ = open_history(tmp_path / "elsewhere")
    restored.close()
    assert copy.stat().st_size > 0


def test_restore_replaces_the_history_and_keeps_the_old(qtbot, rig, library, monkeypatch):
    window, driver, link, data, tmp_path = rig
    run_a_session(driver, library)
    copy = tmp_path / "copy.sqlite3"
    make_actions(window, link, data, save_file=chooser(copy)).backup()
    run_a_session(driver, library)  # a second session, not in the backup
    assert len(link.store.sessions()) == 2
    monkeypatch.setattr(
        QMessageBox,
        "question",  # the person answers "Yes"
        lambda *_: QMessageBox.StandardButton.Yes,
    )
    make_actions(window, link, data, open_file=chooser(copy)).restore()
    assert len(link.store.sessions()) == 1
    assert list(data.glob("history-before-restore-*.sqlite3"))
    run_a_session(driver, library)  # recording goes on into the restored history
    assert len(link.store.sessions()) == 2


def test_the_weekly_goal_and_pain_thresholds_are_the_users(qtbot, rig, tmp_path):
    from backrelief_gui.ui.preferences import PreferencesDialog

    window, _, link, data, _ = rig
    make_actions(window, link, data).show()
    window.history_view.preferences_button.click()
    dialog = window.findChild(PreferencesDialog, "preferences")
    dialog.goal.setValue(3)
    dialog.ask_pain.setChecked(False)
    dialog.high.setValue(8)
    dialog.accept()
    assert window.weekly_goal == 3
    saved = (tmp_path / "settings.json").read_text()
    assert '"weekly_goal": 3' in saved and '"ask_pain": false' in saved
    assert '"pain_high": 8' in saved
    assert "of 3 days" in window.history_view.this_week.value.text()

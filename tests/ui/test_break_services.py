"""The reminder side wired to a real main window: tray, close-to-tray, quit, sessions.

No tray host runs offscreen, so the tray is asked for explicitly (``use_tray=True``) and
its menu actions are triggered directly; the notification service is the fake one.
"""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest

from backrelief_gui.break_services import TRAY_NOTICE, BreakServices
from backrelief_gui.core.break_schedule import BreakSettings
from backrelief_gui.storage.settings import SettingsStore
from backrelief_gui.ui.reminder_settings import ReminderChoices
from tests.ui.fakes import FakeNotifier


@pytest.fixture
def make_breaks(qtbot, make_window, settings_path):
    made = []

    def make(window=None, *, use_tray=True, **choices):
        window = window or make_window(**choices)
        settings = window._settings  # the window's own settings object, as in the app
        quits = []
        breaks = BreakServices(
            window,
            settings,
            SettingsStore(settings_path),
            1.0,
            lambda: None,
            quit_app=lambda: quits.append(True),
            notifier=FakeNotifier(available=False),
            use_tray=use_tray,
        )
        breaks.quits = quits
        made.append(breaks)
        return window, breaks

    yield make
    for breaks in made:
        breaks.shutdown()


def test_the_tray_shows_the_time_to_the_next_break(qtbot, make_breaks):
    _window, breaks = make_breaks(working_days=list(range(7)), work_start="00:00", work_end="23:59")
    assert breaks.tray.icon.toolTip().startswith("BackRelief — Next break in ")
    breaks.service.pause_for_an_hour()
    assert "paused until" in breaks.tray.icon.toolTip()
    assert breaks.tray.actions["resume"].isEnabled()


def test_closing_the_window_keeps_it_in_the_tray_and_says_so_once(
    qtbot, make_breaks, settings_path
):
    window, breaks = make_breaks()
    told = []
    breaks.tray.tell = lambda title, message: told.append(message)
    window.close()
    assert not window.isVisible() and told == [TRAY_NOTICE]
    assert '"tray_notice_shown": true' in settings_path.read_text(encoding="utf-8")
    window.bring_up()
    window.close()
    assert told == [TRAY_NOTICE]


def test_without_a_tray_or_with_reminders_off_closing_ends_the_app(qtbot, make_breaks):
    window, _breaks = make_breaks(use_tray=False)
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()
    window, _breaks = make_breaks(reminders=False)
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


def test_quit_from_the_tray_closes_for_good(qtbot, make_breaks):
    window, breaks = make_breaks()
    with qtbot.waitSignal(window.closed, timeout=1000):
        breaks.tray.actions["quit"].trigger()
    assert breaks.quits == [True]


def test_the_desk_break_from_the_tray_starts_hands_free(qtbot, make_breaks):
    window, breaks = make_breaks(ask_pain=True)
    window.hide()
    breaks.tray.actions["start_desk_break"].trigger()
    assert window.isVisible() and window.session_active
    assert window.routine.id == "desk-break"


def test_a_session_restarts_the_count(qtbot, make_breaks):
    window, breaks = make_breaks(working_days=list(range(7)), work_start="00:00", work_end="23:59")
    service = breaks.service
    service.snooze(30)  # the next break now lies beyond the interval
    assert service.time_to_next_break() > timedelta(minutes=29)
    window.driver.session_started.connect(breaks.session_started_or_ended)
    window.start_routine(0)
    assert service.state.snoozed_until is None  # a fresh count from the session's start


def test_new_choices_are_applied_and_saved(qtbot, make_breaks, settings_path):
    _window, breaks = make_breaks()
    chosen = BreakSettings(interval_minutes=60, working_days=frozenset({0}))
    breaks.apply_settings(ReminderChoices(chosen, True, True, autostart=False))
    assert breaks.service.settings == chosen
    assert breaks.presenter.spoken
    saved = SettingsStore(settings_path).load()
    assert saved.break_minutes == 60 and saved.working_days == [0]
    assert saved.spoken_reminders


def test_a_reminder_names_what_is_left_of_todays_routine(
    qtbot, make_window, settings_path, tmp_path
):
    from datetime import UTC, datetime

    from backrelief_gui.core.history_model import ExerciseRecord, Outcome
    from backrelief_gui.storage.history import open_history

    store, _ = open_history(tmp_path / "history")
    window = make_window(routine="full")
    full = window.library.routines["full"]
    now = datetime.now(UTC)
    session = store.begin_session("full", full.name, "gentle", 600, now, 0)
    first = full.exercises[0]
    store.record_exercise(
        ExerciseRecord(session, 0, first.id, first.name, 10, 10, 1, None, Outcome.COMPLETED, now)
    )
    breaks = BreakServices(
        window,
        window._settings,
        SettingsStore(settings_path),
        1.0,
        lambda: store,
        notifier=FakeNotifier(available=False),
        use_tray=False,
    )
    try:
        line = breaks._still_to_do_today()
    finally:
        breaks.shutdown()
        store.close()
    assert first.name not in line
    assert full.exercises[1].name in line and full.exercises[2].name in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG autostart entry")
def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot, make_breaks, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "backrelief.desktop"
    _window, breaks = make_breaks()
    settings = breaks.service.settings
    breaks.apply_settings(ReminderChoices(settings, True, False, autostart=True))
    assert "--background" in entry.read_text(encoding="utf-8")
    breaks.apply_settings(ReminderChoices(settings, True, False, autostart=False))
    assert not entry.exists()

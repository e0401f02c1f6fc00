"""Reminders on screen: the fallback window, notifications, the tray menu, the answers.

The desktop's notification service is the one edge faked here (``FakeNotifier``): a real
one, dunst on a private bus, is driven in tests/platform/test_notifications.py. The tray
host is also absent offscreen, so the tray's menu actions are triggered directly.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from backrelief_gui.core.break_schedule import BreakSettings, Reminder, ReminderKind
from backrelief_gui.qt.reminder_service import ReminderService, ScaledClock
from backrelief_gui.storage.history import open_history
from backrelief_gui.ui.reminder_presenter import ReminderPresenter
from backrelief_gui.ui.reminder_window import ReminderWindow
from backrelief_gui.ui.tray import Tray
from tests.ui.fakes import FakeNotifier

PARIS = ZoneInfo("Europe/Paris")
MORNING = datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
EVERY_DAY = BreakSettings(interval_minutes=15, working_days=frozenset(range(7)))


@pytest.fixture
def service(qtbot):
    # Time stands still: the tests show reminders themselves.
    return ReminderService(EVERY_DAY, ScaledClock(1.0, lambda: MORNING))


@pytest.fixture
def history(tmp_path):
    store, message = open_history(tmp_path)
    assert message is None
    yield store
    store.close()


def responses(store) -> list[str | None]:
    with sqlite3.connect(store.path) as connection:
        rows = connection.execute("SELECT response FROM break_reminder ORDER BY id").fetchall()
    return [row[0] for row in rows]


def a_break(minutes_late: int = 0) -> Reminder:
    due = (MORNING + timedelta(minutes=15)).astimezone(UTC)
    return Reminder(ReminderKind.BREAK, due, due + timedelta(minutes=5 + minutes_late))


@pytest.fixture
def presenter(qtbot, service, history):
    presenter = ReminderPresenter(service, None, lambda: history)
    yield presenter
    presenter.close_all()


class TestTheReminderWindow:
    def test_without_notifications_a_window_shows_the_break(self, qtbot, presenter):
        presenter.show_reminder(a_break())
        window = presenter.window
        assert window is not None and window.isVisible()
        assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
        assert "Time for a break" in window.windowTitle()
        assert "20 minutes" in window.body.text()  # the stretch of work it ends

    def test_start_runs_the_desk_break_and_is_recorded(self, qtbot, presenter, history):
        presenter.show_reminder(a_break())
        with qtbot.waitSignal(presenter.start_desk_break, timeout=1000):
            qtbot.mouseClick(presenter.window.start_button, Qt.MouseButton.LeftButton)
        assert responses(history) == ["started"]
        assert presenter.window is None

    def test_snooze_holds_the_break_and_is_recorded(self, qtbot, presenter, service, history):
        service.set_enabled(True)
        presenter.show_reminder(a_break())
        qtbot.mouseClick(presenter.window.snooze_button, Qt.MouseButton.LeftButton)
        assert responses(history) == ["snoozed"]
        assert service.state.snoozed_until == (service.now() + timedelta(minutes=5)).astimezone(UTC)
        service.set_enabled(False)

    def test_skip_restarts_the_count(self, qtbot, presenter, service, history):
        service.set_enabled(True)
        presenter.show_reminder(a_break())
        qtbot.mouseClick(presenter.window.skip_button, Qt.MouseButton.LeftButton)
        assert responses(history) == ["skipped"]
        assert service.time_to_next_break() == timedelta(minutes=15)
        service.set_enabled(False)

    def test_escape_dismisses_and_that_is_recorded_too(self, qtbot, presenter, history):
        presenter.show_reminder(a_break())
        window = presenter.window
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert responses(history) == ["dismissed"]
        assert not window.isVisible()

    def test_a_reminder_left_unanswered_is_missed_when_the_next_comes(
        self, qtbot, presenter, history
    ):
        presenter.show_reminder(a_break())
        presenter.show_reminder(a_break(minutes_late=15))
        presenter.close_all()
        assert responses(history) == ["missed", "missed"]

    def test_a_micro_pause_is_shown_but_not_recorded(self, qtbot, presenter, history):
        due = MORNING.astimezone(UTC)
        presenter.show_reminder(Reminder(ReminderKind.MICRO_PAUSE, due, due))
        assert "30 seconds" in presenter.window.body.text()
        assert not hasattr(presenter.window, "start_button")
        presenter.close_all()
        assert responses(history) == []

    def test_every_button_has_an_accessible_name(self, qtbot):
        window = ReminderWindow("Time for a break", "Stand up.")
        qtbot.addWidget(window)
        for button in (window.start_button, window.snooze_button, window.skip_button):
            assert button.accessibleName() and button.accessibleDescription()


class TestNotifications:
    def test_a_break_becomes_a_notification_with_its_actions(self, qtbot, service, history):
        notifier = FakeNotifier()
        presenter = ReminderPresenter(service, notifier, lambda: history)
        presenter.show_reminder(a_break())
        assert presenter.window is None
        ((summary, _body, actions, timeout),) = notifier.shown
        assert summary == "Time for a break" and timeout == 0
        assert [key for key, _label in actions] == ["start", "snooze", "skip"]

        with qtbot.waitSignal(presenter.start_desk_break, timeout=1000):
            notifier.action_invoked.emit(1, "start")
        assert responses(history) == ["started"]
        assert notifier.closed_ids == [1]

    def test_closing_the_notification_is_a_dismissal(self, qtbot, service, history):
        notifier = FakeNotifier()
        presenter = ReminderPresenter(service, notifier, lambda: history)
        presenter.show_reminder(a_break())
        notifier.closed.emit(1, 2)  # 2: closed by the user
        notifier.action_invoked.emit(1, "start")  # too late: already answered
        assert responses(history) == ["dismissed"]

    def test_someone_elses_notification_is_not_ours(self, qtbot, service, history):
        notifier = FakeNotifier()
        presenter = ReminderPresenter(service, notifier, lambda: history)
        presenter.show_reminder(a_break())
        notifier.action_invoked.emit(99, "skip")
        assert responses(history) == [None]

    @pytest.mark.parametrize(
        "notifier", [FakeNotifier(available=False), FakeNotifier(actions=False)]
    )
    def test_no_service_or_no_buttons_means_the_window(self, qtbot, service, notifier):
        presenter = ReminderPresenter(service, notifier)
        presenter.show_reminder(a_break())
        assert presenter.window is not None and presenter.window.isVisible()
        presenter.close_all()


class TestSpokenReminders:
    def test_said_aloud_when_asked_and_not_in_do_not_disturb(self, qtbot, service):
        said: list[str] = []
        quiet = [False]
        presenter = ReminderPresenter(
            service, FakeNotifier(), speak=said.append, quiet=lambda: quiet[0]
        )
        presenter.show_reminder(a_break())
        assert said == []  # off by default
        presenter.spoken = True
        presenter.show_reminder(a_break())
        quiet[0] = True
        presenter.show_reminder(a_break())
        assert said == ["Time for a break. Stand up, and try the desk break."]


class TestTray:
    def test_each_menu_entry_asks_for_its_action(self, qtbot):
        tray = Tray(QIcon())
        heard: list[object] = []
        tray.start_routine.connect(lambda: heard.append("routine"))
        tray.start_desk_break.connect(lambda: heard.append("desk"))
        tray.snooze.connect(heard.append)
        tray.pause_for_an_hour.connect(lambda: heard.append("hour"))
        tray.pause_until_tomorrow.connect(lambda: heard.append("tomorrow"))
        tray.open_window.connect(lambda: heard.append("open"))
        tray.open_settings.connect(lambda: heard.append("settings"))
        tray.quit.connect(lambda: heard.append("quit"))
        for key in (
            "start_routine",
            "start_desk_break",
            "snooze_10",
            "pause_hour",
            "pause_tomorrow",
            "open",
            "settings",
            "quit",
        ):
            tray.actions[key].trigger()
        assert heard == ["routine", "desk", 10, "hour", "tomorrow", "open", "settings", "quit"]

    def test_the_tooltip_and_the_menu_say_when_the_next_break_is(self, qtbot):
        tray = Tray(QIcon())
        tray.set_status("Next break in 12 min")
        assert tray.icon.toolTip() == "BackRelief — Next break in 12 min"
        assert tray.status_action.text() == "Next break in 12 min"
        assert not tray.status_action.isEnabled()

    def test_pause_and_resume_are_offered_only_when_they_make_sense(self, qtbot):
        tray = Tray(QIcon())
        tray.set_reminders_on(True, paused=False)
        assert tray.actions["pause_hour"].isEnabled() and not tray.actions["resume"].isEnabled()
        tray.set_reminders_on(True, paused=True)
        assert not tray.actions["snooze_5"].isEnabled() and tray.actions["resume"].isEnabled()
        tray.set_reminders_on(False, paused=False)
        assert not any(
            action.isEnabled()
            for key, action in tray.actions.items()
            if key.startswith(("snooze", "pause", "resume"))
        )


class TestTheMainWindow:
    def test_closed_with_the_tray_in_use_it_hides_and_says_so(self, qtbot, make_window):
        window = make_window()
        window.hide_on_close = lambda: True
        with qtbot.waitSignal(window.hidden_to_tray, timeout=1000):
            window.close()
        assert not window.isVisible()
        with qtbot.assertNotEmitted(window.closed):
            pass

    def test_quitting_closes_it_for_good_even_with_the_tray(self, qtbot, make_window):
        window = make_window()
        window.hide_on_close = lambda: True
        window.prepare_to_quit()
        with qtbot.waitSignal(window.closed, timeout=1000):
            window.close()

    def test_a_routine_from_a_reminder_starts_hands_free_and_keeps_the_users_choice(
        self, qtbot, make_window, settings_path
    ):
        window = make_window(ask_pain=True, routine="full")
        window.hide()
        window.run_routine("desk-break")
        assert window.isVisible()
        assert window.session_active  # no pain question waited for an answer
        assert window.routine.id == "desk-break"
        assert '"routine": "full"' in settings_path.read_text(encoding="utf-8")

    def test_an_unknown_routine_only_brings_the_window_up(self, qtbot, make_window):
        window = make_window()
        window.hide()
        window.run_routine("no-such-routine")
        assert window.isVisible() and not window.session_active

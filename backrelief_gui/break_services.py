"""The break-reminder side of the app, put together: service, tray, reminders, settings.

Built by the composition root (:mod:`backrelief_gui.app`) once the window is on screen,
or at once when BackRelief starts in the background. Everything here talks to the main
window only through its public methods and signals.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from backrelief_gui.core.history_model import Outcome
from backrelief_gui.core.reminder_text import still_to_do, tray_status
from backrelief_gui.qt.reminder_service import ReminderService, ScaledClock
from backrelief_gui.storage.break_prefs import break_settings, store_break_settings
from backrelief_gui.ui.reminder_presenter import Notifier, ReminderPresenter
from backrelief_gui.ui.tray import Tray

if TYPE_CHECKING:
    from backrelief_gui.storage.history import HistoryStore
    from backrelief_gui.storage.settings import Settings, SettingsStore
    from backrelief_gui.ui.main_window import MainWindow
    from backrelief_gui.ui.reminder_settings import ReminderChoices

DESK_BREAK = "desk-break"
TRAY_NOTICE = QT_TRANSLATE_NOOP(
    "BreakServices",
    "BackRelief is still running in the tray and will remind you to take breaks. "
    "Choose Quit from the tray icon's menu to end it.",
)


def _desktop_notifier() -> Notifier | None:
    """The desktop's notification service, if the session has a bus (none is started)."""
    from backrelief_gui.platform.idle import session_bus
    from backrelief_gui.platform.notifications import DesktopNotifier

    bus = session_bus()
    return None if bus is None else DesktopNotifier(bus)


class BreakServices(QObject):
    """Owns the reminder service and what shows it; the window's quit goes through here."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        store: SettingsStore,
        speed: float,
        history: Callable[[], HistoryStore | None],
        speak: Callable[[str], None] | None = None,
        quit_app: Callable[[], None] = lambda: None,
        notifier: Notifier | None = None,
        use_tray: bool | None = None,
    ) -> None:
        """``use_tray`` None puts an icon in the tray where the desktop has one."""
        super().__init__(window)
        from backrelief_gui.platform.idle import find_idle_source
        from backrelief_gui.platform.presence import do_not_disturb, user_is_presenting

        self._window = window
        self._settings = settings
        self._store = store
        self._quit_app = quit_app
        self._history = history
        chosen, problem = break_settings(settings)
        if problem:
            window.show_notice(problem)
        self.service = ReminderService(
            chosen, ScaledClock(speed), find_idle_source(), user_is_presenting, self
        )
        self.presenter = ReminderPresenter(
            self.service,
            notifier if notifier is not None else _desktop_notifier(),
            history,
            speak,
            do_not_disturb,
            self._still_to_do_today,
            parent=self,
        )
        self.presenter.spoken = settings.spoken_reminders
        self.presenter.start_desk_break.connect(lambda: window.run_routine(DESK_BREAK))
        self.presenter.problem.connect(window.show_notice)
        if use_tray is None:
            use_tray = Tray.available()
        self.tray = self._make_tray() if use_tray else None
        self.service.changed.connect(self._show_status)
        window.hide_on_close = self._keeps_running_in_tray
        window.hidden_to_tray.connect(self._on_hidden_to_tray)
        window.reminders_requested.connect(self.open_settings)
        self.service.set_enabled(settings.reminders)
        self._show_status()

    def _still_to_do_today(self) -> str:
        """The next exercises of the user's own routine not done today, from the history."""
        store = self._history()
        routine = self._window.library.routines.get(self._settings.routine)
        if store is None or routine is None:
            return ""
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            done = {
                exercise.exercise_id
                for session in store.sessions(since_utc=midnight.astimezone(UTC))
                for exercise in store.exercises(session.id)
                if exercise.outcome is not Outcome.SKIPPED
            }
        except (sqlite3.Error, OSError):
            return ""  # a suggestion is a nicety: the reminder goes out without it
        return still_to_do(routine, done)

    def _make_tray(self) -> Tray:
        tray = Tray(self._window.windowIcon(), self)
        window = self._window
        tray.start_routine.connect(lambda: window.run_routine(self._settings.routine))
        tray.start_desk_break.connect(lambda: window.run_routine(DESK_BREAK))
        tray.snooze.connect(self.service.snooze)
        tray.pause_for_an_hour.connect(self.service.pause_for_an_hour)
        tray.pause_until_tomorrow.connect(self.service.pause_until_tomorrow)
        tray.resume.connect(self.service.resume)
        tray.open_window.connect(window.bring_up)
        tray.open_settings.connect(self.open_settings)
        tray.quit.connect(self.quit)
        tray.show()
        return tray

    def _keeps_running_in_tray(self) -> bool:
        return self.tray is not None and self.tray.visible and self.service.enabled

    def _on_hidden_to_tray(self) -> None:
        if self._settings.tray_notice_shown or self.tray is None:
            return
        self.tray.tell("BackRelief", QCoreApplication.translate("BreakServices", TRAY_NOTICE))
        self._settings.tray_notice_shown = True
        self._store.save(self._settings)

    def status(self) -> str:
        """The tray's line: the time to the next break, or why there is none."""
        service = self.service
        return tray_status(
            service.enabled,
            service.time_to_next_break(),
            service.state.paused_until,
            service.now(),
        )

    def _show_status(self) -> None:
        if self.tray is None:
            return
        self.tray.set_status(self.status())
        paused = self.service.state.paused_until is not None and (
            self.service.state.paused_until > self.service.now()
        )
        self.tray.set_reminders_on(self.service.enabled, paused)

    # -- what happens elsewhere -------------------------------------------------------

    def session_started_or_ended(self, *_: object) -> None:
        """A session is a break: the count restarts, and no reminder interrupts one."""
        self.service.break_taken()

    def open_settings(self) -> None:
        from backrelief_gui.platform.autostart import autostart_enabled, autostart_supported
        from backrelief_gui.ui.reminder_settings import ReminderSettingsDialog

        window = self._window
        dialog = ReminderSettingsDialog(
            self.service.settings,
            self._settings.reminders,
            self._settings.spoken_reminders,
            autostart_enabled() if autostart_supported() else None,
            window if window.isVisible() else None,
        )
        dialog.chosen.connect(self.apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        if window.isVisible():
            dialog.open()
        else:  # from the tray, with the window hidden
            dialog.show()

    def apply_settings(self, choices: ReminderChoices) -> None:
        """Remind by ``choices`` from now on and keep them (the settings dialog, the welcome)."""
        settings = self._settings
        store_break_settings(settings, choices.settings)
        settings.reminders = choices.reminders_on
        settings.spoken_reminders = choices.spoken
        self.presenter.spoken = choices.spoken
        self.service.set_settings(choices.settings)
        self.service.set_enabled(choices.reminders_on)
        if not self._store.save(settings) and self._store.problem:
            self._window.show_notice(self._store.problem)
        self._set_autostart(choices.autostart)

    def _set_autostart(self, wanted: bool) -> None:
        from backrelief_gui.platform.autostart import (
            AutostartError,
            autostart_enabled,
            autostart_supported,
            launch_command,
            set_autostart,
        )

        if not autostart_supported() or wanted == autostart_enabled():
            return
        try:
            set_autostart(wanted, [*launch_command(), "--background"])
        except AutostartError as error:
            failed = self.tr("Starting at login could not be changed: {error}")
            self._window.show_notice(failed.format(error=error))

    def quit(self) -> None:
        """End BackRelief from the tray: the window closes for good, not to the tray."""
        self.presenter.close_all()
        self._window.prepare_to_quit()
        self._window.close()
        self._quit_app()

    def shutdown(self) -> None:
        self.presenter.close_all()
        self.service.set_enabled(False)
        if self.tray is not None:
            self.tray.hide()

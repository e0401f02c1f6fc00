"""The composition root: reads the options, builds the services and the window, wires them.

Nothing else constructs services. Qt is imported only once a window is really needed, so
the command-line answers (``--version``, ``--list-routines``, errors) come at once.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from backrelief_gui.cli import (
    USAGE_ERROR,
    Options,
    list_routines,
    load_user_library,
    parse_options,
    unknown_routine_message,
)
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.loading import CatalogueError, Library

if TYPE_CHECKING:
    from pathlib import Path

    from backrelief_gui.qt.driver import SessionDriver
    from backrelief_gui.qt.history_link import HistoryLink
    from backrelief_gui.speech.engine import VoiceSettings
    from backrelief_gui.storage.settings import Settings, SettingsStore
    from backrelief_gui.ui.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    options = parse_options(sys.argv[1:] if argv is None else argv)
    try:
        library = load_user_library(options.data_dir)
    except CatalogueError as error:  # only the app's own files can cause this
        print(f"backrelief: the installed exercise files are damaged: {error}", file=sys.stderr)
        return 1
    if options.list_routines:
        list_routines(library, options.dose or Dose.GENTLE, sys.stdout)
        return 0
    if options.start is not None and options.start not in library.routines:
        print(unknown_routine_message(library, options.start), file=sys.stderr)
        return USAGE_ERROR
    return run_window(options, library)


def run_window(options: Options, library: Library) -> int:
    """Show the main window and run the event loop until the user quits."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from backrelief_gui.core.bundled import bundled_resources
    from backrelief_gui.paths import settings_file
    from backrelief_gui.qt.termination import TerminationWatcher
    from backrelief_gui.storage.settings import SettingsStore
    from backrelief_gui.ui.figures import Figures
    from backrelief_gui.ui.first_paint import after_first_paint
    from backrelief_gui.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("BackRelief")
    app.setDesktopFileName("backrelief")
    watcher = TerminationWatcher(app.closeAllWindows)
    store = SettingsStore(settings_file(options.data_dir))
    settings = store.load()
    if options.dose is not None:
        settings.dose = options.dose.value
    if options.start is not None:
        settings.routine = options.start
    if options.mute:
        settings.muted = True

    services: list[SessionServices] = []

    def make_driver() -> SessionDriver:
        services.append(SessionServices(window, options, settings, store))
        return services[0].driver

    window = MainWindow(library, make_driver, Figures(bundled_resources()), settings, store)
    notices = [str(problem) for problem in library.problems]
    if store.problem:
        notices.append(store.problem)
    if notices:
        window.show_notice("Some files could not be used:\n" + "\n".join(notices))
    window.show()
    # What the first window does not need loads once it is on screen.
    after_first_paint(window, lambda: window.driver)
    if options.start is not None:
        QTimer.singleShot(0, window.start_routine)
    if options.notify_ready:
        QTimer.singleShot(0, lambda: print("ready", flush=True))
    code = app.exec()
    for service in services:
        service.shutdown()
    watcher.close()
    return code


class SessionServices:
    """The session driver with its voice and history, built once the first window is shown."""

    def __init__(
        self, window: MainWindow, options: Options, settings: Settings, store: SettingsStore
    ) -> None:
        from backrelief_gui.paths import cache_dir
        from backrelief_gui.qt.driver import SessionDriver
        from backrelief_gui.qt.speech_link import SpeechLink
        from backrelief_gui.speech.beeps import beep_file
        from backrelief_gui.speech.engine import VoiceSettings
        from backrelief_gui.speech.player import find_player
        from backrelief_gui.speech.speaker import SilentSpeaker, Speaker, VoiceSpeaker

        self._window = window
        self._settings = settings
        self._store = store
        self.driver = SessionDriver(speed=options.speed, wait_for_speech=True)
        silent = SilentSpeaker(time_scale=options.speed, parent=self.driver)
        cache = cache_dir(options.data_dir)
        voice: Speaker
        if options.speed == 1:
            chosen = VoiceSettings(settings.voice, settings.rate, settings.volume)
            voice = VoiceSpeaker(cache / "cues", chosen, find_player())
            voice.ready.connect(self._on_voice_ready)
        else:  # a session run faster than life is shown, not spoken
            voice = SilentSpeaker(time_scale=options.speed, parent=self.driver)
            window.show_voice_status(f"Silent: running {options.speed:g} times faster")
        voice.problem.connect(self._on_problem)
        self._voice = voice
        beeper = find_player(self.driver) if options.speed == 1 else None
        self.link = SpeechLink(self.driver, voice, silent, beeper, beep_file(cache))
        self.link.beeps = beeper is not None and settings.beeps
        self.link.set_muted(settings.muted)
        window.set_muted(settings.muted)
        window.mute_toggled.connect(self.link.set_muted)
        window.plan_changed.connect(self.link.prepare)
        window.voice_button.clicked.connect(self.open_voice_settings)
        self.history = self._open_history(options.data_dir)

    def _open_history(self, data_dir: Path) -> HistoryLink | None:
        from backrelief_gui.qt.history_link import HistoryLink
        from backrelief_gui.storage.history import open_history

        store, message = open_history(data_dir)
        if message:
            self._window.show_notice(message)
        if store is None:
            return None
        from backrelief_gui.ui.history_actions import HistoryActions

        link = HistoryLink(self.driver, store)
        link.problem.connect(self._window.show_notice)
        self.history_actions = HistoryActions(self._window, link, data_dir)
        self._window.pain_before_given.connect(link.set_pain_before)
        self._window.pain_after_given.connect(link.record_pain_after)
        self._window.note_given.connect(link.record_note)
        return link

    def _on_voice_ready(self, name: str) -> None:
        self._window.show_voice_status(f"Voice: {name}")
        self._window.voice_button.setEnabled(True)

    def _on_problem(self, message: str) -> None:
        self._window.show_notice(message)
        self._window.show_voice_status("Voice: off (see the message above)")

    def open_voice_settings(self) -> None:
        from backrelief_gui.speech.engine import VoiceSettings
        from backrelief_gui.speech.speaker import VoiceSpeaker
        from backrelief_gui.ui.voice_settings import PREVIEW_TEXT, VoiceSettingsDialog

        voice = self._voice
        if not isinstance(voice, VoiceSpeaker):
            return
        settings = self._settings
        before = VoiceSettings(settings.voice, settings.rate, settings.volume)
        dialog = VoiceSettingsDialog(
            voice.voices, before, settings.muted, settings.beeps, self._window
        )
        dialog.preview_requested.connect(lambda chosen: voice.preview(chosen, PREVIEW_TEXT))
        dialog.chosen.connect(self._apply_voice_settings)
        dialog.rejected.connect(lambda: voice.set_voice(before))  # undo any preview
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _apply_voice_settings(self, chosen: VoiceSettings, muted: bool, beeps: bool) -> None:
        voice = self._voice
        settings = self._settings
        settings.voice, settings.rate, settings.volume = chosen.voice, chosen.rate, chosen.volume
        settings.beeps = beeps
        voice.set_voice(chosen)
        self.link.beeps = beeps
        self._window.set_muted(muted, announce=muted != settings.muted)
        self._store.save(settings)

    def shutdown(self) -> None:
        self._voice.shutdown()
        if self.history is not None:
            self.history.store.close()

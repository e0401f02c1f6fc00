"""The composition root: reads the options, builds the services and the window, wires them.

Nothing else constructs services. Qt is imported only once a window is really needed, so
the command-line answers (``--version``, ``--list-routines``, errors) come at once.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from backrelief_gui.cli import (
    USAGE_ERROR,
    Options,
    import_routine_file,
    list_routines,
    load_user_library,
    parse_options,
    unknown_routine_message,
    with_absolute_file,
)
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.core.loading import CatalogueError, Library

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from backrelief_gui.break_services import BreakServices
    from backrelief_gui.core.catalogue import Routine
    from backrelief_gui.platform.single_instance import SingleInstance
    from backrelief_gui.qt.driver import SessionDriver
    from backrelief_gui.qt.history_link import HistoryLink
    from backrelief_gui.qt.termination import TerminationWatcher
    from backrelief_gui.speech.engine import VoiceSettings
    from backrelief_gui.storage.history import HistoryStore
    from backrelief_gui.storage.settings import Settings, SettingsStore
    from backrelief_gui.ui.main_window import MainWindow
    from backrelief_gui.ui.welcome import WelcomeChoices, WelcomeWizard


# The desktop entry's name (packaging/linux): Wayland desktops match the window to it.
DESKTOP_ID = "io.github.backrelief.BackRelief"


def main(argv: list[str] | None = None) -> int:
    """Answer the command line, or open the window and run until the user quits.

    Starting creates thousands of objects that live as long as the app, and next to no
    garbage, so the cycle collector, which would walk them all several times over, waits:
    until the first window is painted, or until the answer is given.
    """
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    options = parse_options(sys.argv[1:] if argv is None else argv)
    try:
        library = load_user_library(options.data_dir)
    except CatalogueError as error:  # only the app's own files can cause this
        print(f"backrelief: the installed exercise files are damaged: {error}", file=sys.stderr)
        return 1
    if options.list_routines:
        list_routines(library, options.dose or Dose.GENTLE, sys.stdout)
        return 0
    if options.import_file is not None:
        return import_routine_file(
            library, options.data_dir, options.import_file, sys.stdout, sys.stderr
        )
    if options.start is not None and options.start not in library.routines:
        print(unknown_routine_message(library, options.start), file=sys.stderr)
        return USAGE_ERROR
    return run_window(options, library, sys.argv[1:] if argv is None else argv)


def run_window(options: Options, library: Library, argv: list[str]) -> int:
    """Show the main window and run the event loop until the user quits.

    A second BackRelief on the same data folder hands ``argv`` to the first and ends,
    so two copies never both remind.
    """
    from PySide6.QtWidgets import QApplication

    from backrelief_gui.qt.feature_scan import skip_feature_scans

    skip_feature_scans()  # first: every import from here on would pay for it
    from backrelief_gui.platform.single_instance import SingleInstance

    app = QApplication(sys.argv[:1])
    app.setApplicationName("BackRelief")
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)  # the tray may keep BackRelief running
    instance = SingleInstance(options.data_dir)
    if not instance.acquire(listen=False):  # listens once the window is up
        return _hand_over(instance, with_absolute_file(argv))
    running = RunningApp(app, options, library, instance)
    code = app.exec()
    running.shutdown()
    return code


class RunningApp:
    """The first BackRelief's window and services, from start to quit."""

    def __init__(
        self, app: QApplication, options: Options, library: Library, instance: SingleInstance
    ) -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        from backrelief_gui.core.bundled import bundled_resources
        from backrelief_gui.paths import settings_file
        from backrelief_gui.qt.language import install_language, qt_translate
        from backrelief_gui.storage.settings import SettingsStore
        from backrelief_gui.ui.figures import Figures
        from backrelief_gui.ui.first_paint import after_first_paint
        from backrelief_gui.ui.main_window import MainWindow
        from backrelief_gui.ui.theme import ThemeKeeper

        self._app = app
        self._options = options
        self._instance = instance
        self._store = SettingsStore(settings_file(options.data_dir))
        self._settings = _chosen_settings(self._store, options)
        # Before any window: a window shows the language it was built in.
        self.language = install_language(bundled_resources(), self._settings.language)
        if self.language.translated:
            from backrelief_gui.core.translation import translated_library

            library = translated_library(library, qt_translate)
        self.theme = ThemeKeeper(app)
        self.theme.apply(self._settings.appearance, self._settings.text_scale)
        self._services: list[SessionServices] = []
        self._breaks: list[BreakServices] = []
        self.welcome: WelcomeWizard | None = None  # open on a first start, until done
        figures = Figures(bundled_resources())
        self.window = window = MainWindow(
            library, self._make_driver, figures, self._settings, self._store
        )
        window.display_changed.connect(
            lambda chosen: self.theme.apply(chosen.appearance, chosen.text_scale)
        )
        notices = [str(problem) for problem in library.problems]
        notices += [text for text in (self._store.problem, instance.problem) if text]
        notices += [self.language.problem] if self.language.problem else []
        if notices:
            heading = QCoreApplication.translate("app", "Some files could not be used:")
            window.show_notice("\n".join([heading, *notices]))
        self._watcher: TerminationWatcher | None = None
        window.closed.connect(app.quit)
        instance.message_received.connect(
            lambda args: _on_forwarded(window, args, self.open_routine_file)
        )
        if options.background:
            self._begin_running()  # no window to paint: started
            self._start_breaks()
            QTimer.singleShot(0, lambda: window.driver)  # the history, to record reminders
            QTimer.singleShot(0, self._do_what_was_asked)
        else:
            window.show()
            # What the first window does not need loads once it is on screen.
            after_first_paint(window, self._after_first_paint)

    def _begin_running(self) -> None:
        """Once started: the collector paused by main() resumes, SIGTERM and Ctrl+C close
        BackRelief cleanly (before any session can run), and later copies can hand over."""
        from backrelief_gui.qt.termination import TerminationWatcher

        gc.enable()
        self._watcher = TerminationWatcher(self.quit)
        self._listen_for_later_copies()

    def _do_what_was_asked(self) -> None:
        """The command line's routine to start or file to open, and the ``ready`` line."""
        options = self._options
        if options.start is not None:
            self.window.run_routine(options.start)
        if options.open_file is not None:
            self.open_routine_file(options.open_file)
        if options.notify_ready:
            print("ready", flush=True)

    def open_routine_file(self, path: Path) -> None:
        """A routine file opened from a file manager: show what it holds, offer to import it."""
        from backrelief_gui.ui.routine_transfer import ImportDialog

        self.window.bring_up()
        dialog = ImportDialog(path, self.window.library, self._options.data_dir, self.window)
        dialog.imported.connect(lambda routine: _show_imported(self.window, routine))
        dialog.finished.connect(dialog.dispose)
        dialog.open()

    def _after_first_paint(self) -> None:
        """What the first window does not need; then what was asked, or on a first start,
        the welcome."""
        self._begin_running()
        self.window.driver  # noqa: B018 (makes the voice and opens the history)
        self._start_breaks()
        self._do_what_was_asked()
        if not self._settings.welcome_done and self._options.start is None:
            self.welcome = self._open_welcome()

    def _listen_for_later_copies(self) -> None:
        """From here on a second BackRelief hands its arguments over (it retries until then)."""
        before = self._instance.problem
        self._instance.listen()
        problem = self._instance.problem
        if problem and problem != before:
            self.window.add_notice(problem)

    def _open_welcome(self) -> WelcomeWizard:
        from backrelief_gui.platform.autostart import autostart_enabled, autostart_supported
        from backrelief_gui.speech.engine import VoiceSettings
        from backrelief_gui.ui.welcome import WelcomeChoices, WelcomeWizard

        settings = self._settings
        current = WelcomeChoices(
            VoiceSettings(settings.voice, settings.rate, settings.volume),
            settings.muted,
            self._breaks[0].service.settings,
            settings.reminders,
            autostart_enabled() if autostart_supported() else None,
        )
        wizard = WelcomeWizard(current, self.window)
        self._services[0].offer_voices(wizard)
        wizard.chosen.connect(self._apply_welcome)
        wizard.finished.connect(self._on_welcome_closed)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def _apply_welcome(self, chosen: WelcomeChoices) -> None:
        """Finishing means the safety note was read; the rest applies as the dialogs' OK."""
        from backrelief_gui.ui.reminder_settings import ReminderChoices

        settings = self._settings
        settings.safety_acknowledged = True
        self._services[0].apply_voice_settings(chosen.voice, chosen.muted, settings.beeps)
        reminders = ReminderChoices(
            chosen.breaks, chosen.reminders_on, settings.spoken_reminders, bool(chosen.autostart)
        )
        self._breaks[0].apply_settings(reminders)

    def _on_welcome_closed(self) -> None:
        """Finished or skipped, the welcome is not shown again."""
        self.welcome = None
        self._settings.welcome_done = True
        if not self._store.save(self._settings) and self._store.problem:
            self.window.show_notice(self._store.problem)

    def _make_driver(self) -> SessionDriver:
        services = SessionServices(
            self.window, self._options, self._settings, self._store, self.language.code
        )
        self._services.append(services)
        if self._breaks:
            services.connect_breaks(self._breaks[0])
        return services.driver

    def _start_breaks(self) -> None:
        breaks = make_break_services(
            self.window, self._settings, self._store, self._options, self._services, self.quit
        )
        self._breaks.append(breaks)
        if self._options.background and breaks.tray is None:
            from PySide6.QtCore import QCoreApplication

            print(QCoreApplication.translate("app", NO_TRAY_MESSAGE), file=sys.stderr)

    def quit(self) -> None:
        """End BackRelief (Quit in the tray, SIGTERM), also with the window hidden."""
        for reminders in self._breaks:
            reminders.presenter.close_all()  # unanswered: missed, not dismissed
        self.window.prepare_to_quit()
        self._app.closeAllWindows()
        self.window.close()  # closeAllWindows passes over a hidden window
        self._app.quit()

    def shutdown(self) -> None:
        for reminders in self._breaks:
            reminders.shutdown()
        for services in self._services:
            services.shutdown()
        if self._watcher is not None:
            self._watcher.close()
        self._instance.release()


def _chosen_settings(store: SettingsStore, options: Options) -> Settings:
    """The saved settings, with what the command line asked for this run."""
    settings = store.load()
    if options.dose is not None:
        settings.dose = options.dose.value
    if options.start is not None:
        settings.routine = options.start
    if options.mute:
        settings.muted = True
    return settings


# Said while the app runs, in its language: marked here, translated where it is printed.
NO_TRAY_MESSAGE = QT_TRANSLATE_NOOP(
    "app",
    "backrelief: this desktop has no tray, so BackRelief runs hidden and reminds you "
    "with its own window. Start it again to open the main window.",
)


def _hand_over(instance: SingleInstance, argv: list[str]) -> int:
    """This is the second BackRelief: pass the request to the first one and end."""
    if instance.forward(argv):
        print("BackRelief is already running; it has been asked to come to the front.")
        return 0
    holder = instance.holder_pid()
    who = f" (process {holder})" if holder else ""
    print(
        f"backrelief: another BackRelief{who} holds {instance.lock_path} but does not "
        "answer. If it has frozen, end it and start BackRelief again.",
        file=sys.stderr,
    )
    return 1


def _on_forwarded(window: MainWindow, argv: list[str], open_file: Callable[[Path], None]) -> None:
    """What a later launch asked for: a routine started, a routine file to import, or the
    window brought up."""
    from pathlib import Path

    from backrelief_gui.cli import build_parser

    try:
        args, _unknown = build_parser().parse_known_args(argv)
    except SystemExit:  # a wrong argument was already reported by the later launch
        args = None
    if args is not None and args.file:
        open_file(Path(args.file))  # made absolute by the later launch
    elif args is not None and args.start:
        window.run_routine(args.start)
    elif args is None or not args.background:
        window.bring_up()


def _show_imported(window: MainWindow, routine: Routine) -> None:
    """An imported routine joins the routine picker, chosen, ready to start."""
    window.refresh_routines()
    window.select_routine(routine.id)


def make_break_services(
    window: MainWindow,
    settings: Settings,
    store: SettingsStore,
    options: Options,
    services: list[SessionServices],
    quit_app: Callable[[], None],
) -> BreakServices:
    """The reminders, wired to the sessions: a session is a break, and the voice can say
    a reminder aloud."""
    from backrelief_gui.break_services import BreakServices

    def history() -> HistoryStore | None:
        link = services[0].history if services else None
        return None if link is None else link.store

    def speak(text: str) -> None:
        window.driver  # noqa: B018 (makes the voice, if it was not made yet)
        services[0].say_aside(text)

    breaks = BreakServices(
        window, settings, store, options.speed, history, speak, quit_app=quit_app
    )
    if services:  # else make_driver connects them when it makes the session services
        services[0].connect_breaks(breaks)
    return breaks


ASIDE_CUE = -2  # the cue id of words said outside a session: no step waits for them


class SessionServices:
    """The session driver with its voice and history, built once the first window is shown."""

    def __init__(
        self,
        window: MainWindow,
        options: Options,
        settings: Settings,
        store: SettingsStore,
        language: str = "en",
    ) -> None:
        from PySide6.QtCore import QCoreApplication, QLocale

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
        self._voice_ready = False
        self._voice_failed = ""  # why the engine could not start, once it has said
        self._default_voice_name = ""  # the voice used while none is chosen, once known
        self.driver = SessionDriver(speed=options.speed, wait_for_speech=True)
        silent = SilentSpeaker(time_scale=options.speed, parent=self.driver)
        cache = cache_dir(options.data_dir)
        voice: Speaker
        if options.speed == 1:
            chosen = VoiceSettings(settings.voice, settings.rate, settings.volume)
            voice = VoiceSpeaker(cache / "cues", chosen, find_player(), language=language)
            voice.ready.connect(self._on_voice_ready)
        else:  # a session run faster than life is shown, not spoken
            voice = SilentSpeaker(time_scale=options.speed, parent=self.driver)
            window.show_voice_status(
                QCoreApplication.translate("app", "Silent: running {speed} times faster").format(
                    speed=QLocale().toString(options.speed, "g", 6)
                )
            )
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
        self._window.recent_history = link.recent  # for the progression check
        return link

    def _on_voice_ready(self, name: str) -> None:
        """``name`` is the voice in use: the chosen one, else the app language's own."""
        self._voice_ready = True
        if not self._settings.voice:
            self._default_voice_name = name
        self._show_voice(name)
        self._window.voice_button.setEnabled(True)

    def _show_voice(self, name: str) -> None:
        from PySide6.QtCore import QCoreApplication

        if not name:  # the system speaks in a voice it does not name (macOS, in English)
            name = QCoreApplication.translate("app", "the system's voice")
        self._window.show_voice_status(
            QCoreApplication.translate("app", "Voice: {name}").format(name=name)
        )

    def _show_chosen_voice(self, chosen: VoiceSettings) -> None:
        """After a change in the voice settings, name the voice now speaking."""
        from backrelief_gui.speech.speaker import VoiceSpeaker

        voice = self._voice
        if not self._voice_ready or not isinstance(voice, VoiceSpeaker):
            return  # silent, or the engine has not started: the status says so already
        if chosen.voice:
            names = {known.id: known.name for known in voice.voices}
            self._show_voice(names.get(chosen.voice, chosen.voice))
        else:
            self._show_voice(self._default_voice_name)

    def _on_problem(self, message: str) -> None:
        from PySide6.QtCore import QCoreApplication

        self._voice_ready = False
        self._voice_failed = message
        self._window.show_notice(message)
        self._window.show_voice_status(
            QCoreApplication.translate("app", "Voice: off (see the message above)")
        )

    def open_voice_settings(self) -> None:
        from backrelief_gui.speech.engine import VoiceSettings
        from backrelief_gui.speech.speaker import VoiceSpeaker
        from backrelief_gui.ui.voice_settings import VoiceSettingsDialog, preview_text

        voice = self._voice
        if not isinstance(voice, VoiceSpeaker):
            return
        settings = self._settings
        before = VoiceSettings(settings.voice, settings.rate, settings.volume)
        dialog = VoiceSettingsDialog(
            voice.voices,
            before,
            settings.muted,
            settings.beeps,
            self._window,
        )
        dialog.preview_requested.connect(lambda chosen: voice.preview(chosen, preview_text()))
        dialog.chosen.connect(self.apply_voice_settings)
        dialog.rejected.connect(lambda: voice.set_voice(before))  # undo any preview
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_voice_settings(self, chosen: VoiceSettings, muted: bool, beeps: bool) -> None:
        """Speak with ``chosen`` from now on and keep it (the voice dialog, the welcome)."""
        voice = self._voice
        settings = self._settings
        settings.voice, settings.rate, settings.volume = chosen.voice, chosen.rate, chosen.volume
        settings.beeps = beeps
        voice.set_voice(chosen)
        self._show_chosen_voice(chosen)
        self.link.beeps = beeps
        self._window.set_muted(muted, announce=muted != settings.muted)
        self._store.save(settings)

    def offer_voices(self, welcome: WelcomeWizard) -> None:
        """Let the welcome list and try the engine's voices, now or once it has started;
        a voice tried but not kept is undone, as in the voice settings."""
        from PySide6.QtCore import QCoreApplication

        from backrelief_gui.speech.engine import VoiceSettings
        from backrelief_gui.speech.speaker import VoiceSpeaker
        from backrelief_gui.ui.voice_settings import preview_text

        voice = self._voice
        if not isinstance(voice, VoiceSpeaker):  # a run faster than life: nothing to try
            welcome.set_no_voice(
                QCoreApplication.translate(
                    "app", "This run is silent, so there is no voice to try; every step is shown."
                )
            )
            return
        settings = self._settings
        before = VoiceSettings(settings.voice, settings.rate, settings.volume)

        def no_voice(problem: str) -> None:
            welcome.set_no_voice(
                QCoreApplication.translate(
                    "app", "No voice could be started, so every step will be shown: {problem}"
                ).format(problem=problem)
            )

        if not self._voice_ready and self._voice_failed:
            no_voice(self._voice_failed)
        else:
            voice.problem.connect(no_voice)
            welcome.finished.connect(lambda: voice.problem.disconnect(no_voice))

        def list_voices(_name: str = "") -> None:
            welcome.set_voices(voice.voices)

        if voice.voices:  # the engine has started already
            list_voices()
        else:
            voice.ready.connect(list_voices)
            welcome.finished.connect(lambda: voice.ready.disconnect(list_voices))
        welcome.preview_requested.connect(lambda chosen: voice.preview(chosen, preview_text()))
        welcome.rejected.connect(lambda: voice.set_voice(before))

    def connect_breaks(self, breaks: BreakServices) -> None:
        """A session started or ended is a break taken: the reminder count restarts."""
        self.driver.session_started.connect(breaks.session_started_or_ended)
        self.driver.session_ended.connect(breaks.session_started_or_ended)

    def say_aside(self, text: str) -> None:
        """Say ``text`` outside a session (a spoken reminder); never over a session's cue."""
        if not self.driver.is_active and not self._settings.muted:
            self._voice.say(ASIDE_CUE, text)

    def shutdown(self) -> None:
        self._voice.shutdown()
        if self.history is not None:
            self.history.store.close()

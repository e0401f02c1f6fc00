"""The main window: the routine's exercises on the left, the session on the right.

Only what the first window shows is imported up front. The session machinery (plan,
machine, driver) and the session and summary views load when first needed, or just
after the first paint, so the window appears sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose, Routine, chosen_doses
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.core.loading import Library, routine_files_signature
from backrelief_gui.core.text import format_duration
from backrelief_gui.paths import user_routines_dir
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.exercise_detail import ExerciseDetail
from backrelief_gui.ui.exercise_list import ExerciseList
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.first_paint import after_first_paint
from backrelief_gui.ui.labels import plain_label
from backrelief_gui.ui.wrapping_bar import wrapping_bar

if TYPE_CHECKING:
    from datetime import date, datetime
    from pathlib import Path

    from backrelief_gui.core.history_model import ExerciseRecord, ReminderDay, SessionRecord
    from backrelief_gui.core.history_stats import ExerciseDigest
    from backrelief_gui.core.plan import Pacing, Plan, Step
    from backrelief_gui.core.session import Summary
    from backrelief_gui.qt.driver import SessionDriver
    from backrelief_gui.ui.history_view import HistoryView
    from backrelief_gui.ui.learn_view import LearnView
    from backrelief_gui.ui.routine_builder import RoutineBuilder
    from backrelief_gui.ui.routine_builder_model import RoutineWorkbench
    from backrelief_gui.ui.session_view import SessionView
    from backrelief_gui.ui.summary_view import SummaryView

    #: Sessions started since a time, and their exercises; None when they cannot be read.
    RecentHistory = Callable[[datetime], tuple[list[SessionRecord], list[ExerciseRecord]] | None]

# English sources, marked for the catalogue and translated where they are shown.
DOSE_NAMES = {
    Dose.GENTLE: QT_TRANSLATE_NOOP("MainWindow", "Gentle"),
    Dose.STANDARD: QT_TRANSLATE_NOOP("MainWindow", "Standard"),
}


def _exercises(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("MainWindow", "1 exercise")
    return QCoreApplication.translate("MainWindow", "%n exercises", "", count)


class MainWindow(QMainWindow):
    """Chooses a routine and dose, shows how to do each exercise, and runs sessions.

    Signals:
        plan_changed(object): the chosen routine and dose were compiled to a new plan.
        mute_toggled(bool): the user silenced the voice, or brought it back.
        history_requested(): the user wants to see the history.
        pain_before_given(object): the pain score (or None) for the session about to start.
        pain_after_given(int): the pain score after the session that just ended.
        note_given(str): the user's note about the session that just ended.
        hidden_to_tray(): closing the window left BackRelief running in the tray.
        closed(): the window was closed for good (BackRelief should end).
        reminders_requested(): the user asked for the break-reminder settings.
        display_changed(object): the user chose new colours or text size (a ``Display``).
        routines_changed(): the user's routines changed in the builder; the picker shows them.

    The Learn page (F1) needs nothing from outside, so the window opens it itself.
    """

    plan_changed = Signal(object)
    mute_toggled = Signal(bool)
    history_requested = Signal()
    pain_before_given = Signal(object)
    pain_after_given = Signal(int)
    note_given = Signal(str)
    hidden_to_tray = Signal()
    closed = Signal()
    reminders_requested = Signal()
    display_changed = Signal(object)
    routines_changed = Signal()

    def __init__(
        self,
        library: Library,
        make_driver: Callable[[], SessionDriver],
        figures: Figures,
        settings: Settings,
        settings_store: SettingsStore,
        pacing: Pacing | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self._library = library
        # The user's routines live in the data folder, which also holds the settings file.
        self._data_dir = data_dir or settings_store.path.parent
        # The routine files as last read, to notice one added or changed from outside.
        self._routine_files = routine_files_signature(user_routines_dir(self._data_dir))
        self._routine_workbench: RoutineWorkbench | None = None  # made on first use
        self._routine_builder: RoutineBuilder | None = None
        self._make_driver = make_driver
        self._driver: SessionDriver | None = None
        self._settings = settings
        self._settings_store = settings_store
        self._pacing = pacing
        self._muted = settings.muted
        self._voice_status: QLabel | None = None
        self._pain_before: int | None = None
        self._history_available = False
        self._plan: Plan | None = None
        self._quitting = False
        # Asked when the window is closed: True keeps BackRelief running in the tray.
        self.hide_on_close: Callable[[], bool] = lambda: False
        # Set once the history is open: what the progression check after a session reads.
        self.recent_history: RecentHistory | None = None
        self._completed: Routine | None = None  # the last session's, if it ran to its end
        self.setWindowTitle("BackRelief")
        self.setWindowIcon(figures.app_icon())
        self.resize(1100, 700)
        self._make_bar()
        self.notice = plain_label()
        self.notice.setObjectName("notice")
        self.notice.setVisible(False)

        self._figures = figures
        self.exercise_list = ExerciseList(figures)
        self.detail = ExerciseDetail(figures)
        self._session_view: SessionView | None = None  # built when first needed
        self._summary_view: SummaryView | None = None
        self._history_view: HistoryView | None = None
        self._learn_view: LearnView | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.detail)

        self.setCentralWidget(self._layout())
        self._shortcuts: dict[str, QShortcut] = {}
        self._restore_choices()
        self._connect()
        self._show_choice()

    # -- construction -----------------------------------------------------------------

    def _make_bar(self) -> None:
        """The controls along the top: routine, dose, history, voice, start."""
        library = self._library
        self.routine_picker = QComboBox()
        self.routine_picker.setObjectName("routinePicker")
        self.routine_picker.setAccessibleName(self.tr("Routine"))
        for routine in library.routines.values():
            self.routine_picker.addItem(routine.name, routine.id)
        self.dose_picker = QComboBox()
        self.dose_picker.setObjectName("dosePicker")
        self.dose_picker.setAccessibleName(self.tr("Dose"))
        for dose, name in DOSE_NAMES.items():
            self.dose_picker.addItem(self.tr(name), dose.value)
        self.routine_length = plain_label(wrap=False)
        self.routine_length.setObjectName("routineLength")
        self.voice_button = QPushButton(self.tr("Voice…"))
        self.voice_button.setObjectName("voiceButton")
        self.voice_button.setAccessibleName(self.tr("Voice settings"))
        self.voice_button.setAccessibleDescription(
            self.tr("Choose the voice, its speed and volume")
        )
        self.voice_button.setEnabled(False)  # until the voice has started
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setAccessibleDescription(
            self.tr("Your past sessions, streaks and pain scores")
        )
        self.history_button.setEnabled(False)  # until the history has been opened
        self.history_button.clicked.connect(self.history_requested)
        self.reminders_button = QPushButton(self.tr("&Breaks…"))
        self.reminders_button.setObjectName("remindersButton")
        self.reminders_button.setAccessibleName(self.tr("Break reminders"))
        self.reminders_button.setAccessibleDescription(
            self.tr("How often to be reminded to take a break, and when")
        )
        self.reminders_button.clicked.connect(self.reminders_requested)
        self.display_button = QPushButton(self.tr("Displa&y…"))
        self.display_button.setObjectName("displayButton")
        self.display_button.setAccessibleName(self.tr("Display settings"))
        self.display_button.setAccessibleDescription(
            self.tr("Light or dark colours, and a larger text size")
        )
        self.display_button.clicked.connect(self.edit_display)
        self.learn_button = QPushButton(self.tr("&Learn"))
        self.learn_button.setObjectName("learnButton")
        self.learn_button.setAccessibleDescription(
            self.tr("Why upper back pain happens, habits that help, and exercising safely (F1)")
        )
        self.learn_button.setToolTip(self.tr("Why the upper back hurts, and what helps (F1)"))
        self.learn_button.clicked.connect(self.show_learn)
        learn_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        learn_key.activated.connect(self.show_learn)
        self.routines_button = QPushButton(self.tr("Routines…"))
        self.routines_button.setObjectName("routinesButton")
        self.routines_button.setAccessibleDescription(
            self.tr("Make, change and delete routines of your own (Ctrl+R)")
        )
        self.routines_button.setToolTip(self.tr("Make and change your own routines (Ctrl+R)"))
        self.routines_button.setShortcut(QKeySequence("Ctrl+R"))
        self.routines_button.clicked.connect(self.open_routines)
        self.start_button = QPushButton(self.tr("Start routine"))
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleDescription(
            self.tr("Starts the routine from the first exercise")
        )
        self.start_button.setDefault(True)

    def _layout(self) -> QWidget:
        choices = QWidget()
        choice_row = QHBoxLayout(choices)
        choice_row.setContentsMargins(0, 0, 0, 0)
        for text, picker in (
            (self.tr("&Routine:"), self.routine_picker),
            (self.tr("&Dose:"), self.dose_picker),
        ):
            label = QLabel(text)
            label.setBuddy(picker)
            choice_row.addWidget(label)
            choice_row.addWidget(picker)
        choice_row.addWidget(self.routine_length, 1)
        buttons = QWidget()
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.learn_button,
            self.history_button,
            self.reminders_button,
            self.voice_button,
            self.display_button,
            self.start_button,
        ):
            button_row.addWidget(button)
        self.top_bar = wrapping_bar(choices, buttons)
        # Under the routine's exercises rather than in the bar: at 200 % text the bar is full.
        routine_pane = QWidget()
        routine_column = QVBoxLayout(routine_pane)
        routine_column.setContentsMargins(0, 0, 0, 0)
        routine_column.addWidget(self.exercise_list, 1)
        routine_column.addWidget(self.routines_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(routine_pane)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 780])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        return central

    def _make_shortcuts(self, driver: SessionDriver) -> dict[str, QShortcut]:
        """Session keys; they act whichever control has focus, and only during a session."""
        actions = {
            "Space": driver.toggle_pause,
            "Left": driver.previous_step,
            "Right": driver.next_step,
            "Ctrl+Right": driver.skip_exercise,
            "Esc": driver.stop,
            "M": lambda: self.set_muted(not self._muted, announce=True),
        }
        shortcuts = {}
        for keys, action in actions.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)
            shortcut.setEnabled(False)
            shortcuts[keys] = shortcut
        return shortcuts

    def _connect(self) -> None:
        self.routine_picker.currentIndexChanged.connect(self._on_choice_changed)
        self.dose_picker.currentIndexChanged.connect(self._on_choice_changed)
        self.start_button.clicked.connect(lambda: self.start_routine(0))
        self.exercise_list.exercise_selected.connect(self._on_exercise_selected)
        self.detail.start_here_requested.connect(self.start_routine)

    @property
    def driver(self) -> SessionDriver:
        """The session driver, made on first use (its modules are not needed to show)."""
        if self._driver is None:
            driver = self._make_driver()
            driver.step_started.connect(self._on_step_started)
            driver.countdown.connect(self._on_countdown)
            driver.state_changed.connect(self._on_state_changed)
            driver.session_ended.connect(self._on_session_ended)
            self._shortcuts = self._make_shortcuts(driver)
            self._driver = driver
        return self._driver

    @property
    def plan(self) -> Plan:
        """The chosen routine at the chosen dose, compiled when first asked for."""
        if self._plan is None:
            from backrelief_gui.core.plan import compile_plan

            self._plan = compile_plan(
                self.routine, self.dose, self._library.phrases, self._pacing, self.exercise_doses
            )
        return self._plan

    def _restore_choices(self) -> None:
        routine_index = self.routine_picker.findData(self._settings.routine)
        self.routine_picker.setCurrentIndex(max(0, routine_index))
        self.dose_picker.setCurrentIndex(max(0, self.dose_picker.findData(self._settings.dose)))

    @property
    def session_view(self) -> SessionView:
        if self._session_view is None:
            from backrelief_gui.ui.session_view import SessionView

            driver = self.driver
            view = SessionView(self._figures)
            view.time_scale = driver.speed
            view.pause_toggled.connect(driver.toggle_pause)
            view.previous_requested.connect(driver.previous_step)
            view.next_requested.connect(driver.next_step)
            view.skip_requested.connect(driver.skip_exercise)
            view.stop_requested.connect(driver.stop)
            view.mute_toggled.connect(lambda muted: self.set_muted(muted, announce=True))
            view.show_muted(self._muted)
            self.pages.addWidget(view)
            self._session_view = view
        return self._session_view

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            from backrelief_gui.ui.history_view import HistoryView

            view = HistoryView()
            view.close_requested.connect(self._show_idle)
            self.pages.addWidget(view)
            self._history_view = view
        return self._history_view

    def show_history(
        self,
        sessions: list[SessionRecord],
        exercises: ExerciseDigest,
        today: date,
        reminders: list[ReminderDay],
    ) -> None:
        """Show the history page with these records (read by the caller, not here)."""
        view = self.history_view
        view.show_history(sessions, exercises, today, self._settings.weekly_goal, reminders)
        self.pages.setCurrentWidget(view)
        view.setFocus()

    @property
    def summary_view(self) -> SummaryView:
        if self._summary_view is None:
            from backrelief_gui.ui.summary_view import SummaryView

            view = SummaryView()
            view.done.connect(self._show_idle)
            view.pain_after_chosen.connect(self._on_pain_after)
            view.note_saved.connect(self.note_given)
            view.progression.move_requested.connect(self.move_to_standard)
            view.progression.declined.connect(self._decline_progression)
            self.pages.addWidget(view)
            self._summary_view = view
        return self._summary_view

    # -- what the user chose ----------------------------------------------------------

    @property
    def library(self) -> Library:
        return self._library

    @property
    def routine(self) -> Routine:
        return self._library.routines[self.routine_picker.currentData()]

    @property
    def dose(self) -> Dose:
        return Dose(self.dose_picker.currentData())

    def select_routine(self, routine_id: str) -> None:
        self.routine_picker.setCurrentIndex(self.routine_picker.findData(routine_id))

    def show_notice(self, text: str) -> None:
        """A message that stays in view until the next one, for problems worth reading."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def add_notice(self, text: str) -> None:
        """Another problem, below the ones already in view."""
        self.show_notice("\n".join(line for line in (self.notice.text(), text) if line))

    def _show_choice(self) -> None:
        self._plan = None
        self.exercise_list.show_routine(self.routine, self.dose, self.exercise_doses)
        self.routine_length.setText(_exercises(len(self.routine.exercises)))
        if self.isVisible():
            self._show_length()
        else:  # the plan compiler is not needed to show the window: load it just after
            after_first_paint(self, self._show_length)

    def _show_length(self) -> None:
        self.routine_length.setText(
            self.tr("{exercises} · about {duration}").format(
                exercises=_exercises(len(self.routine.exercises)),
                duration=format_duration(self.plan.total_duration),
            )
        )
        self.plan_changed.emit(self.plan)

    def set_muted(self, muted: bool, *, announce: bool = False) -> None:
        """Show the mute state; with ``announce``, it is the user's choice: pass it on."""
        self._muted = muted
        if self._session_view is not None:
            self.session_view.show_muted(muted)
        if announce:
            self._settings.muted = muted
            self._save_settings()
            self.mute_toggled.emit(muted)
            self.statusBar().showMessage(
                self.tr("Voice off") if muted else self.tr("Voice on"), 3000
            )

    @property
    def weekly_goal(self) -> int:
        return self._settings.weekly_goal

    def edit_preferences(self, on_change: Callable[[], None]) -> None:
        """Let the user set the weekly goal and the pain questions; ``on_change`` after OK."""
        from backrelief_gui.ui.preferences import Preferences, PreferencesDialog

        settings = self._settings
        moved = tuple(e for e, dose in self.exercise_doses.items() if dose is Dose.STANDARD)
        current = Preferences(
            settings.weekly_goal,
            settings.ask_pain,
            settings.pain_high,
            settings.pain_rise,
            settings.progression,
            settings.progression_sessions,
            moved,
        )
        names = {e: self._exercise_name(e) for e in moved}
        dialog = PreferencesDialog(current, self, names)

        def apply(chosen: Preferences) -> None:
            settings.weekly_goal, settings.ask_pain = chosen.weekly_goal, chosen.ask_pain
            settings.pain_high, settings.pain_rise = chosen.pain_high, chosen.pain_rise
            settings.progression = chosen.progression
            settings.progression_sessions = chosen.progression_sessions
            for exercise_id in set(moved) - set(chosen.standard_exercises):
                self._back_to_gentle(exercise_id)
            self._save_settings()
            self._show_new_doses()
            on_change()

        dialog.chosen.connect(apply)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_display(self) -> None:
        """Let the user choose colours, text size and language; applied on OK."""
        from backrelief_gui.ui.display_settings import Display, DisplaySettingsDialog
        from backrelief_gui.ui.theme import Appearance

        settings = self._settings
        try:
            appearance = Appearance(settings.appearance)
        except ValueError:
            appearance = Appearance.SYSTEM
        current = Display(appearance, settings.text_scale, settings.language)
        dialog = DisplaySettingsDialog(current, self)

        def apply(chosen: Display) -> None:
            settings.appearance, settings.text_scale = chosen.appearance.value, chosen.text_scale
            settings.language = chosen.language  # from the next start (the dialog says so)
            self._save_settings()
            self.display_changed.emit(chosen)

        dialog.chosen.connect(apply)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_learn(self) -> None:
        """Open the Learn page beside the window, or bring it to the front if it is open."""
        if self._learn_view is None:
            from backrelief_gui.core.loading import CatalogueError
            from backrelief_gui.ui.learn_view import make_learn_view

            try:
                self._learn_view = make_learn_view(self)
            except CatalogueError as error:  # only a damaged installation can cause this
                self.show_notice(
                    self.tr("The Learn page could not be shown: {error}").format(error=error)
                )
                return
        self._learn_view.show()
        self._learn_view.raise_()
        self._learn_view.activateWindow()

    def open_routines(self) -> None:
        """Open the routine builder on the chosen routine; its undo lasts while the app runs."""
        if self.session_active:
            return
        from backrelief_gui.ui.routine_builder import RoutineBuilder
        from backrelief_gui.ui.routine_builder_model import RoutineWorkbench

        if self._routine_workbench is None:
            self._routine_workbench = RoutineWorkbench(self._library, self._data_dir, self)
        builder = RoutineBuilder(
            self._routine_workbench,
            self.dose,
            self._pacing,
            self,
            select=self.routine.id,
            exercise_doses=self.exercise_doses,
        )
        builder.routines_changed.connect(self.refresh_routines)
        builder.finished.connect(self._on_routine_builder_closed)
        self._routine_builder = builder
        builder.open()

    def _on_routine_builder_closed(self) -> None:
        if self._routine_builder is not None:
            self._routine_builder.deleteLater()
            self._routine_builder = None

    def rescan_routines(self) -> None:
        """Pick up routine files that changed on disk since the app last looked.

        Called when the window becomes active: ``backrelief --import FILE`` run in a
        terminal, or a file edited by hand, is in the picker by the time the user looks.
        Not during a session or while the builder, which keeps its own files, is open.
        """
        if self.session_active or self._routine_builder is not None:
            return
        from backrelief_gui.core.loading import reload_user_routines

        folder = user_routines_dir(self._data_dir)
        if routine_files_signature(folder) == self._routine_files:
            return
        reload_user_routines(self._library, folder)
        self.refresh_routines()
        if self._library.problems:
            problems = "\n".join(str(problem) for problem in self._library.problems)
            self.show_notice(self.tr("Some files could not be used:") + "\n" + problems)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.rescan_routines()

    def refresh_routines(self) -> None:
        """Refill the routine picker from the library, keeping the choice if it is still there."""
        self._routine_files = routine_files_signature(user_routines_dir(self._data_dir))
        chosen = self.routine_picker.currentData()
        self.routine_picker.blockSignals(True)
        self.routine_picker.clear()
        for routine in self._library.routines.values():
            self.routine_picker.addItem(routine.name, routine.id)
        index = self.routine_picker.findData(chosen)
        self.routine_picker.setCurrentIndex(max(0, index))
        self.routine_picker.blockSignals(False)
        if index < 0:
            self._on_choice_changed()  # the chosen routine was deleted: remember the new one
        else:
            self._show_choice()  # the chosen routine itself may have changed
        self.routines_changed.emit()

    def set_history_available(self, available: bool) -> None:
        self._history_available = available
        self.history_button.setEnabled(available and not self.session_active)

    def show_voice_status(self, text: str) -> None:
        """A lasting line at the bottom: which voice speaks, or why none does."""
        if self._voice_status is None:
            self._voice_status = plain_label(wrap=False)
            self._voice_status.setObjectName("voiceStatus")
            self.statusBar().addPermanentWidget(self._voice_status)
        self._voice_status.setText(text)

    @property
    def session_active(self) -> bool:
        return self._driver is not None and self._driver.is_active

    def _on_choice_changed(self) -> None:
        self._show_choice()
        self._settings.routine = self.routine.id
        self._settings.dose = self.dose.value
        self._save_settings()

    def _on_exercise_selected(self, position: int) -> None:
        if not self.session_active:
            exercise = self.routine.exercises[position]
            dose = self.exercise_doses.get(exercise.id, self.dose)
            self.detail.show_exercise(position, exercise, dose)
            self.pages.setCurrentWidget(self.detail)

    def _save_settings(self) -> None:
        if not self._settings_store.save(self._settings) and self._settings_store.problem:
            self.show_notice(self._settings_store.problem)

    # -- running a session ------------------------------------------------------------

    def start_routine(self, from_exercise: int = 0, *, hands_free: bool = False) -> None:
        """Start at ``from_exercise``, after the safety note if it was never acknowledged.

        ``hands_free`` (a start from a reminder or the command line) skips the pain
        question, which would otherwise wait for an answer at the keyboard.
        """
        if self.session_active:
            return
        if self._settings.safety_acknowledged:
            self._ask_pain_then_begin(from_exercise, hands_free=hands_free)
            return
        from backrelief_gui.ui.safety import safety_dialog

        dialog = safety_dialog(self)
        dialog.accepted.connect(lambda: self._on_safety_accepted(from_exercise, hands_free))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def run_routine(self, routine_id: str) -> None:
        """Bring the window up and start ``routine_id`` hands-free, leaving the routine the
        user chose as their own for next time."""
        if self.session_active or routine_id not in self._library.routines:
            self.bring_up()
            return
        own_choice = self._settings.routine
        self.select_routine(routine_id)
        if own_choice != routine_id:
            self._settings.routine = own_choice
            self._save_settings()
        self.bring_up()
        self.start_routine(0, hands_free=True)

    def bring_up(self) -> None:
        """Show the window in front, from the tray or from behind other windows."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def _on_safety_accepted(self, from_exercise: int, hands_free: bool) -> None:
        self._settings.safety_acknowledged = True
        self._save_settings()
        self._ask_pain_then_begin(from_exercise, hands_free=hands_free)

    def _ask_pain_then_begin(self, from_exercise: int, *, hands_free: bool = False) -> None:
        if hands_free or not self._settings.ask_pain:
            self._begin(from_exercise)
            return
        from backrelief_gui.ui.pain_prompt import PainDialog

        dialog = PainDialog(self)
        dialog.answered.connect(lambda score: self._on_pain_before(score, from_exercise))
        dialog.stop_asking.connect(self._stop_asking_pain)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_pain_before(self, score: int | None, from_exercise: int) -> None:
        self._pain_before = score
        self.pain_before_given.emit(score)
        self._begin(from_exercise)

    def _stop_asking_pain(self) -> None:
        self._settings.ask_pain = False
        self._save_settings()

    def _on_pain_after(self, score: int) -> None:
        from backrelief_gui.core.pain import pain_advice

        settings = self._settings
        advice = pain_advice(self._pain_before, score, settings.pain_high, settings.pain_rise)
        self.summary_view.show_advice(advice)
        self.pain_after_given.emit(score)  # recorded before the progression check reads it
        if advice is None:
            self._offer_progression()
        else:  # "ease off" and "ready for more" do not belong on one screen
            self.summary_view.progression.clear()

    def _begin(self, from_exercise: int) -> None:
        if self._routine_builder is not None:  # a reminder may start a session meanwhile
            self._routine_builder.close()
        plan = self.plan
        self.session_view.begin(self.routine)
        self.pages.setCurrentWidget(self.session_view)
        self._set_session_controls(active=True)
        self.driver.begin(plan, plan.exercise_start(from_exercise))

    def _set_session_controls(self, *, active: bool) -> None:
        for widget in (
            self.routine_picker,
            self.dose_picker,
            self.start_button,
            self.routines_button,
        ):
            widget.setEnabled(not active)
        self.history_button.setEnabled(not active and self._history_available)
        self.detail.setEnabled(not active)
        self.exercise_list.setFocusPolicy(
            Qt.FocusPolicy.NoFocus if active else Qt.FocusPolicy.StrongFocus
        )
        for shortcut in self._shortcuts.values():
            shortcut.setEnabled(active)
        if active:
            self.session_view.setFocus()

    def _on_step_started(self, _index: int, step: Step) -> None:
        self.session_view.show_step(step)
        if step.exercise is not None:
            self.exercise_list.mark_current(step.exercise)
        self._update_progress()

    def _on_countdown(self, seconds: int) -> None:
        self.session_view.show_countdown(seconds)
        self._update_progress()

    def _update_progress(self) -> None:
        self.session_view.show_progress(self.driver.progress(), self.driver.time_left())

    def _on_state_changed(self, state: str) -> None:
        self.session_view.show_state(state)

    def _on_session_ended(self, summary: Summary) -> None:
        self._set_session_controls(active=False)
        self.summary_view.show_summary(summary, self.routine.name)
        self.summary_view.ask_pain(self._settings.ask_pain)
        self._completed = self.routine if summary.state.value == "finished" else None
        if not self._settings.ask_pain:  # else once the score after is in (_on_pain_after)
            self._offer_progression()
        self.pages.setCurrentWidget(self.summary_view)
        self.summary_view.setFocus()

    # -- gentle progression ----------------------------------------------------------

    @property
    def exercise_doses(self) -> dict[str, Dose]:
        """Exercises the user moved to a dose of their own, whatever the session's dose."""

        return chosen_doses(self._settings.exercise_doses)

    def _exercise_name(self, exercise_id: str) -> str:
        exercise = self._library.exercises.get(exercise_id)
        return exercise.name if exercise is not None else exercise_id

    def _offer_progression(self) -> None:
        """After a completed session, offer what is ready for the standard dose (if asked to)."""
        prompt = self.summary_view.progression
        settings = self._settings
        recent_history, routine = self.recent_history, self._completed
        if not settings.progression or routine is None or recent_history is None:
            prompt.clear()
            return
        from backrelief_gui.core.history_model import utc_now_with_offset
        from backrelief_gui.core.progression import declined_times, ready_for_more, recent_since

        now = utc_now_with_offset()[0]
        recent = recent_history(recent_since(now))
        if recent is None:
            prompt.clear()
            return
        sessions, exercises = recent
        prompt.offer(
            ready_for_more(
                sessions,
                exercises,
                routine,
                needed=settings.progression_sessions,
                exercise_doses=self.exercise_doses,
                declined=declined_times(settings.progression_declined),
                now=now,
            )
        )

    def move_to_standard(self, exercise_id: str) -> None:
        """The user said yes: this exercise is done at the standard dose in every session."""
        settings = self._settings
        settings.exercise_doses = {**settings.exercise_doses, exercise_id: Dose.STANDARD.value}
        settings.progression_declined.pop(exercise_id, None)
        self._save_settings()
        self._show_new_doses()
        self.statusBar().showMessage(
            self.tr("{name} is at the standard dose from the next session.").format(
                name=self._exercise_name(exercise_id)
            ),
            10_000,
        )

    def _show_new_doses(self) -> None:
        """The list and the next plan follow a dose moved, on the page still in view."""
        page = self.pages.currentWidget()
        self._show_choice()
        self.pages.setCurrentWidget(page)

    def _decline_progression(self, exercise_id: str) -> None:
        """'Not now': ask again only after as many fresh sessions (see core.progression)."""
        self._note_declined(exercise_id)
        self._save_settings()

    def _back_to_gentle(self, exercise_id: str) -> None:
        """Follow the session's dose again; not offered again until fresh sessions show it."""
        settings = self._settings
        settings.exercise_doses = {
            e: dose for e, dose in settings.exercise_doses.items() if e != exercise_id
        }
        self._note_declined(exercise_id)

    def _note_declined(self, exercise_id: str) -> None:
        from backrelief_gui.core.history_model import utc_now_with_offset

        now = utc_now_with_offset()[0].isoformat()
        settings = self._settings
        settings.progression_declined = {**settings.progression_declined, exercise_id: now}

    def _show_idle(self) -> None:
        row = max(0, self.exercise_list.currentRow())
        self._on_exercise_selected(row)
        self.exercise_list.setFocus()

    # -- closing ----------------------------------------------------------------------

    def prepare_to_quit(self) -> None:
        """The next close ends BackRelief rather than hiding the window in the tray."""
        self._quitting = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the window ends a running session cleanly, as Stop would; with the
        tray in use, BackRelief then keeps running there."""
        if self.session_active:
            self.driver.stop()
        if not self._quitting and self.hide_on_close():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
        self.closed.emit()

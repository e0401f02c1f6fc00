"""Gentle progression in the real window, wired as the app wires it (app.SessionServices),
on a real history and settings file in tmp_path, with sessions run 500 times faster.

Six qualifying Desk break sessions are already in the history, so finishing one more
is when BackRelief may offer Shoulder Blade Squeeze (hold 5 s → 10 s) and Thoracic
Extension (5 → 10 repetitions) at the standard dose.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QPushButton

from backrelief_gui.app import SessionServices
from backrelief_gui.cli import Options
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    SessionStatus,
    utc_now_with_offset,
)
from backrelief_gui.core.plan import StepKind, compile_plan
from backrelief_gui.paths import settings_file
from backrelief_gui.storage.history import open_history
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.main_window import MainWindow
from backrelief_gui.ui.pain_prompt import PainDialog
from backrelief_gui.ui.preferences import PreferencesDialog

SPEED = 500.0  # the 4-minute Desk break in about half a second
SQUEEZE = "shoulder-blade-squeeze"
THORACIC = "thoracic-extension"


def write_history(data, sessions: int, *, pain=(4, 3)) -> None:
    """``sessions`` completed Desk breaks at the gentle dose, one a day, up to yesterday."""
    store, message = open_history(data)
    assert store is not None, message
    now, offset = utc_now_with_offset()
    for days_ago in range(sessions, 0, -1):
        started = now - timedelta(days=days_ago)
        session = store.begin_session("desk-break", "Desk break", "gentle", 240, started, offset)
        for position, (exercise, reps, hold) in enumerate([(SQUEEZE, 10, 5), (THORACIC, 5, 10)]):
            store.record_exercise(
                ExerciseRecord(
                    session,
                    position,
                    exercise,
                    exercise,
                    reps,
                    reps,
                    1,
                    hold,
                    Outcome.COMPLETED,
                    started + timedelta(minutes=position + 1),
                    "gentle",
                )
            )
        store.end_session(session, SessionStatus.COMPLETED, started + timedelta(minutes=4), 230)
        store.set_pain(session, before=pain[0], after=pain[1])
    store.close()


class App:
    """The main window and its session services, as app.RunningApp builds them."""

    def __init__(self, qtbot, library, data) -> None:
        self.data = data
        self.settings_store = SettingsStore(settings_file(data))
        settings = self.settings_store.load()  # from the file, as the app reads it
        options = Options(None, False, data, SPEED, None)
        self.services: list[SessionServices] = []

        def make_driver():
            services = SessionServices(self.window, options, settings, self.settings_store)
            self.services.append(services)
            return services.driver

        self.window = MainWindow(
            library, make_driver, Figures(bundled_resources()), settings, self.settings_store
        )
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.driver  # noqa: B018 (the services, and the history with them)
        self.prompt = self.window.summary_view.progression

    def saved(self) -> Settings:
        return SettingsStore(settings_file(self.data)).load()

    def close(self) -> None:
        self.window.driver.stop()
        for services in self.services:
            services.shutdown()


@pytest.fixture
def make_app(qtbot, library, tmp_path):
    made: list[App] = []

    def make(*, history: int = 6, pain=(4, 3), **settings) -> App:
        data = tmp_path / "data"
        if history:
            write_history(data, history, pain=pain)
        chosen = {
            "safety_acknowledged": True,
            "ask_pain": False,
            "routine": "desk-break",
            "dose": "gentle",
            "progression": True,
            **settings,
        }
        assert SettingsStore(settings_file(data)).save(Settings(**chosen))
        app = App(qtbot, library, data)
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()


def finish_a_session(qtbot, window: MainWindow, *, pain_before: int | None = None) -> None:
    with qtbot.waitSignal(window.driver.session_ended, timeout=20_000):
        window.start_button.click()
        if pain_before is not None:
            dialog = window.findChild(PainDialog)
            dialog.scale.pick(pain_before)
    assert window.pages.currentWidget() is window.summary_view
    assert window.summary_view.title.text() == "Well done!"


def hold_seconds(plan, position: int) -> set[float]:
    return {s.duration for s in plan.steps if s.exercise == position and s.kind is StepKind.HOLD}


def reps_of(plan, position: int) -> int:
    return sum(1 for s in plan.steps if s.exercise == position and s.completes_rep)


# -- offered ------------------------------------------------------------------------


def test_finishing_a_session_offers_what_is_ready_one_at_a_time(qtbot, make_app):
    app = make_app()
    finish_a_session(qtbot, app.window)
    assert app.prompt.isVisible()
    assert app.prompt.current.exercise_id == SQUEEZE
    reason = app.prompt.reason.text()
    assert "6 sessions of Shoulder Blade Squeeze at the gentle dose with no rise in pain" in reason
    assert "10 reps, hold 5 s" in reason and "10 reps, hold 10 s" in reason
    assert app.prompt.move_button.accessibleName() == (
        "Move Shoulder Blade Squeeze to the standard dose"
    )
    app.prompt.not_now_button.click()
    assert app.prompt.isVisible() and app.prompt.current.exercise_id == THORACIC
    assert "Thoracic Extension Stretch" in app.prompt.reason.text()


def test_move_to_standard_saves_the_dose_and_the_next_plan_uses_it(qtbot, make_app, library):
    app = make_app()
    window = app.window
    finish_a_session(qtbot, window)
    before = window.plan
    assert hold_seconds(before, 0) == {5.0}

    app.prompt.move_button.click()

    assert app.saved().exercise_doses == {SQUEEZE: "standard"}
    plan = window.plan
    assert plan.dose is Dose.GENTLE  # the session is still a gentle one ...
    assert plan.dose_of(0) is Dose.STANDARD and hold_seconds(plan, 0) == {10.0}
    assert plan.dose_of(1) is Dose.GENTLE and reps_of(plan, 1) == 5  # ... the rest unchanged
    assert plan.total_duration > before.total_duration
    assert "hold 10 s" in window.exercise_list.item(0).text()
    assert "5 reps" in window.exercise_list.item(1).text()
    # The summary stays in view, with the other suggestion still offered.
    assert window.pages.currentWidget() is window.summary_view
    assert app.prompt.isVisible() and app.prompt.current.exercise_id == THORACIC

    # The next session is done, and recorded, at that dose.
    app.prompt.not_now_button.click()
    finish_a_session(qtbot, window)
    store = app.services[0].history.store
    newest = store.sessions()[-1]
    squeeze, thoracic = store.exercises(newest.id)
    assert (squeeze.dose, squeeze.hold_seconds) == ("standard", 10)
    assert (thoracic.dose, thoracic.planned_reps) == ("gentle", 5)
    assert not app.prompt.isVisible()  # moved, and declined: nothing left to offer


def test_a_new_window_on_the_same_files_keeps_the_dose(qtbot, make_app, library):
    app = make_app()
    finish_a_session(qtbot, app.window)
    app.prompt.move_button.click()
    app.close()
    again = App(qtbot, library, app.data)
    try:
        assert hold_seconds(again.window.plan, 0) == {10.0}
        expected = compile_plan(
            library.routines["desk-break"],
            Dose.GENTLE,
            library.phrases,
            exercise_doses={SQUEEZE: Dose.STANDARD},
        )
        assert again.window.plan.steps == expected.steps
    finally:
        again.close()


def test_not_now_changes_no_dose_and_is_not_asked_again_straight_away(qtbot, make_app, library):
    app = make_app()
    window = app.window
    finish_a_session(qtbot, window)
    steps = window.plan.steps
    app.prompt.not_now_button.click()
    app.prompt.not_now_button.click()
    assert not app.prompt.isVisible()

    saved = app.saved()
    assert saved.exercise_doses == {}
    assert set(saved.progression_declined) == {SQUEEZE, THORACIC}
    assert window.plan.steps == steps
    gentle = compile_plan(library.routines["desk-break"], Dose.GENTLE, library.phrases)
    assert steps == gentle.steps
    # The next session does not bring the same suggestion back.
    finish_a_session(qtbot, window)
    assert not app.prompt.isVisible()


# -- not offered --------------------------------------------------------------------


def test_with_the_toggle_off_nothing_is_offered(qtbot, make_app):
    app = make_app(progression=False)
    finish_a_session(qtbot, app.window)
    assert not app.prompt.isVisible()
    assert app.saved().exercise_doses == {}


def test_too_few_sessions_offer_nothing(qtbot, make_app):
    app = make_app(history=4)
    finish_a_session(qtbot, app.window)
    assert not app.prompt.isVisible()


def test_with_pain_scores_it_waits_for_the_score_after(qtbot, make_app):
    app = make_app(history=5, ask_pain=True)
    finish_a_session(qtbot, app.window, pain_before=4)
    assert not app.prompt.isVisible()  # this session counts only once the score is in
    app.window.summary_view.pain_scale.pick(3)
    assert app.prompt.isVisible()
    assert "6 sessions of Shoulder Blade Squeeze" in app.prompt.reason.text()


def test_a_rise_in_pain_after_the_session_offers_nothing(qtbot, make_app):
    app = make_app(history=8, ask_pain=True)
    finish_a_session(qtbot, app.window, pain_before=3)
    app.window.summary_view.pain_scale.pick(4)  # a rise, if too small for advice
    assert not app.window.summary_view.advice.isVisible()
    assert not app.prompt.isVisible()
    app.window.summary_view.pain_scale.pick(3)  # corrected: no rise after all
    assert app.prompt.isVisible()


# -- the preferences ----------------------------------------------------------------


def open_preferences(qtbot, window: MainWindow) -> PreferencesDialog:
    window.edit_preferences(lambda: None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_toggle_in_the_preferences_turns_suggestions_on(qtbot, make_app):
    app = make_app(progression=False)
    dialog = open_preferences(qtbot, app.window)
    assert not dialog.progression.isChecked() and not dialog.sessions.isEnabled()
    assert dialog.progression.text() == "&Suggest when I'm ready for more"
    dialog.progression.setChecked(True)
    assert dialog.sessions.isEnabled()
    dialog.sessions.setValue(5)
    dialog.accept()
    saved = app.saved()
    assert saved.progression and saved.progression_sessions == 5
    finish_a_session(qtbot, app.window)
    assert app.prompt.isVisible()
    assert app.prompt.reason.text().startswith("6 sessions of Shoulder Blade Squeeze")


def test_back_to_gentle_in_the_preferences(qtbot, make_app):
    app = make_app(exercise_doses={SQUEEZE: "standard"})
    window = app.window
    assert hold_seconds(window.plan, 0) == {10.0}
    dialog = open_preferences(qtbot, window)
    button = dialog.findChild(QPushButton, f"backToGentle-{SQUEEZE}")
    assert button.accessibleName() == "Move Shoulder Blade Squeeze back to the gentle dose"
    button.click()
    assert not button.isVisible() and dialog.none_moved.isVisible()
    assert app.saved().exercise_doses == {SQUEEZE: "standard"}  # nothing until OK
    dialog.accept()

    saved = app.saved()
    assert saved.exercise_doses == {}
    assert SQUEEZE in saved.progression_declined  # not offered again straight away
    assert hold_seconds(window.plan, 0) == {5.0}
    assert "hold 5 s" in window.exercise_list.item(0).text()
    finish_a_session(qtbot, window)
    assert app.prompt.current is None or app.prompt.current.exercise_id != SQUEEZE


def test_a_damaged_dose_in_the_settings_file_is_left_out(qtbot, make_app, library):
    app = make_app(history=0)
    path = settings_file(app.data)
    text = path.read_text(encoding="utf-8").replace(
        '"exercise_doses": {}', '"exercise_doses": {"thoracic-extension": "extreme", "x": 4}'
    )
    path.write_text(text, encoding="utf-8")
    assert SettingsStore(path).load().exercise_doses == {}
    again = App(qtbot, library, app.data)
    try:
        assert reps_of(again.window.plan, 1) == 5
    finally:
        again.close()


# -- accessibility --------------------------------------------------------------------


def test_every_new_control_has_a_name_a_screen_reader_can_say(qtbot, make_app):
    from tests.ui.test_accessibility import check_named, count_checked

    app = make_app(exercise_doses={THORACIC: "standard"})
    finish_a_session(qtbot, app.window)
    assert app.prompt.isVisible()
    check_named(app.window.summary_view, "summary with a progression suggestion")
    assert count_checked(app.prompt) == 2  # the two buttons were among those checked
    dialog = open_preferences(qtbot, app.window)
    check_named(dialog, "preferences with a moved exercise")
    back = dialog.findChild(QPushButton, f"backToGentle-{THORACIC}")
    assert back.isVisible() and dialog.sessions.accessibleName()

"""The first-start welcome: on its own, then inside the real app on a data folder of its own.

The app is the real composition root (``RunningApp``) with its real settings file, break
services and autostart backend (under a temporary ``XDG_CONFIG_HOME``). Only the Qt
application's quit is stood in for, so ending one app does not end the test run. Time
runs ten times faster, so the voice is the silent one unless a test asks for eSpeak.
"""

from __future__ import annotations

import configparser
import shutil
from datetime import time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWizard

from backrelief_gui.core.break_schedule import BreakSettings
from backrelief_gui.paths import settings_file
from backrelief_gui.platform.single_instance import SingleInstance
from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.first_paint import after_first_paint
from backrelief_gui.ui.safety import safety_text, safety_title
from backrelief_gui.ui.welcome import WelcomeChoices, WelcomeWizard
from tests.platform.test_single_instance import forward_in_thread
from tests.ui.test_accessibility import check_named

VOICES = [
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("roa/fr", "French", ("fr-fr",)),
]
USUAL = WelcomeChoices(VoiceSettings("", 150, 0.8), False, BreakSettings(), True, False)
NO_KEY = Qt.KeyboardModifier.NoModifier


def press(qtbot, key, times=1):
    """A key as a person types it: to whatever has the keyboard focus."""
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, NO_KEY)


def finish(wizard):
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


# -- the wizard on its own -----------------------------------------------------------------


@pytest.fixture
def wizard(qtbot):
    made = WelcomeWizard(USUAL)
    qtbot.addWidget(made)
    made.show()
    return made


def test_finishing_hands_over_the_choices_on_the_pages(qtbot, wizard):
    wizard.next()
    wizard.set_voices(VOICES)
    wizard.voice_page.voice_picker.setCurrentIndex(2)  # after the system's choice, by name
    wizard.next()
    page = wizard.breaks_page
    page.interval.setValue(50)
    page.days[4].setChecked(False)
    page.start.setTime(QTime(8, 30))
    page.autostart.setChecked(True)
    with qtbot.waitSignal(wizard.chosen) as chosen:
        finish(wizard)
    assert chosen.args == [
        WelcomeChoices(
            VoiceSettings("roa/fr", 150, 0.8),  # the speed and loudness are kept
            False,
            BreakSettings(
                interval_minutes=50, working_days=frozenset({0, 1, 2, 3}), work_start=time(8, 30)
            ),
            True,
            True,
        )
    ]


def test_skip_and_escape_hand_over_nothing(qtbot, wizard):
    wizard.next()
    with qtbot.assertNotEmitted(wizard.chosen), qtbot.waitSignal(wizard.rejected):
        wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "&Skip"
    again = WelcomeWizard(USUAL)
    qtbot.addWidget(again)
    again.show()
    with qtbot.assertNotEmitted(again.chosen), qtbot.waitSignal(again.rejected):
        qtbot.keyClick(again, Qt.Key.Key_Escape)


def test_the_voices_come_in_later_and_preview_says_the_one_chosen(qtbot, wizard):
    wizard.next()
    page = wizard.voice_page
    assert page.voice_picker.count() == 1 and not page.preview.isEnabled()
    assert page.loading.isVisibleTo(wizard)
    wizard.set_voices(VOICES)
    assert page.voice_picker.count() == 3 and page.preview.isEnabled()
    assert not page.loading.isVisibleTo(wizard)
    page.voice_picker.setCurrentIndex(page.voice_picker.findData("gmw/en"))
    with qtbot.waitSignal(wizard.preview_requested) as preview:
        page.preview.click()
    assert preview.args == [VoiceSettings("gmw/en", 150, 0.8)]
    wizard.set_voices(VOICES)  # listed again: the choice stays
    assert page.voice_picker.currentData() == "gmw/en"


def test_next_waits_for_hours_that_fit_and_says_why(qtbot, wizard):
    wizard.next()
    wizard.next()
    page = wizard.breaks_page
    page.end.setTime(QTime(8, 0))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "end after they start" in page.problem.text() and page.problem.isVisible()
    page.end.setTime(QTime(17, 0))
    for box in page.days:
        box.setChecked(False)
    assert "at least one working day" in page.problem.text()
    page.reminders_on.setChecked(False)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.problem.isVisible()


def test_the_last_page_is_the_safety_note(wizard):
    last = wizard.page(wizard.pageIds()[-1])
    assert last.title() == safety_title()
    assert safety_text() in [label.text() for label in last.findChildren(QLabel)]
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "I &understand"


def test_every_page_names_its_controls(wizard):
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        check_named(wizard, f"welcome page {page_id + 1}")
    assert not wizard.breaks_page.autostart.isHidden()  # offered where it can be set up


def test_autostart_is_not_offered_where_it_cannot_be_set_up(qtbot):
    wizard = WelcomeWizard(USUAL._replace(autostart=None))
    qtbot.addWidget(wizard)
    assert wizard.breaks_page.autostart.isHidden()
    assert wizard.choices().autostart is None


# -- the welcome inside the real app ---------------------------------------------------------


def settled(qtbot, running):
    """Wait for what follows the first paint: the voice, the history, the break services,
    and on a first start the welcome, which opens in the same step."""
    qtbot.waitUntil(lambda: bool(running._breaks), timeout=10_000)
    return running.welcome


def saved(data):
    return SettingsStore(settings_file(data)).load()


def open_wizards():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWizard)]


def test_a_first_start_welcomes_and_a_skip_keeps_the_defaults_for_good(qtbot, start_app, data):
    running = start_app()
    welcome = settled(qtbot, running)
    assert welcome is not None and welcome.isVisible() and welcome.isModal()
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)
    assert running.welcome is None
    assert saved(data) == Settings(welcome_done=True)  # nothing else changed
    running.window.start_routine(0)
    assert running.window.findChild(QMessageBox, "safetyDialog") is not None  # not read
    start_app.stop(running)

    again = start_app()
    assert settled(qtbot, again) is None
    assert not open_wizards()


def test_finishing_saves_every_choice_and_applies_it_at_once(qtbot, start_app, data):
    running = start_app()
    welcome = settled(qtbot, running)
    welcome.next()
    welcome.voice_page.mute.setChecked(True)
    welcome.next()
    page = welcome.breaks_page
    page.interval.setValue(45)
    page.days[5].setChecked(True)
    page.start.setTime(QTime(7, 30))
    finish(welcome)

    kept = saved(data)
    assert kept.break_minutes == 45 and kept.working_days == [0, 1, 2, 3, 4, 5]
    assert kept.work_start == "07:30" and kept.muted
    assert kept.safety_acknowledged and kept.welcome_done
    service = running._breaks[0].service
    assert service.settings.interval_minutes == 45 and service.settings.working_days == {
        0,
        1,
        2,
        3,
        4,
        5,
    }
    assert running._services[0].link.muted
    running.window.start_routine(0)
    assert running.window.findChild(QMessageBox, "safetyDialog") is None  # read in the welcome


def test_starting_at_login_writes_the_autostart_entry(qtbot, start_app, tmp_path):
    entry = tmp_path / "config" / "autostart" / "backrelief.desktop"
    running = start_app()
    welcome = settled(qtbot, running)
    assert not welcome.breaks_page.autostart.isChecked()
    welcome.breaks_page.autostart.setChecked(True)
    finish(welcome)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    assert parser.read(entry, encoding="utf-8") == [str(entry)]
    command = parser["Desktop Entry"]["Exec"]
    assert command.endswith("-m backrelief_gui --background")


def test_the_keyboard_alone_gets_through_it(qtbot, start_app, data):
    running = start_app()
    welcome = settled(qtbot, running)
    with qtbot.waitActive(welcome):
        welcome.activateWindow()
    press(qtbot, Qt.Key.Key_Return)  # Next
    assert welcome.currentPage() is welcome.voice_page
    press(qtbot, Qt.Key.Key_Tab)  # past the voice list (Preview waits for a voice engine)
    assert QApplication.focusWidget() is welcome.voice_page.mute
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    page = welcome.breaks_page
    assert welcome.currentPage() is page and QApplication.focusWidget() is page.reminders_on
    press(qtbot, Qt.Key.Key_Tab)  # the interval
    press(qtbot, Qt.Key.Key_Up, times=5)
    press(qtbot, Qt.Key.Key_Tab, times=7)  # Monday … Sunday
    assert QApplication.focusWidget() is page.days[6]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert welcome.currentId() == welcome.pageIds()[-1]
    press(qtbot, Qt.Key.Key_Return)  # I understand
    assert not welcome.isVisible()
    kept = saved(data)
    assert kept.muted and kept.break_minutes == 35 and 6 in kept.working_days
    assert kept.welcome_done and kept.safety_acknowledged


@pytest.mark.parametrize("args", [("--start", "desk-break"), ("--background",)])
def test_no_welcome_when_started_for_a_routine_or_in_the_background(qtbot, start_app, data, args):
    running = start_app(*args)
    if "--background" in args:
        assert not running.window.isVisible()
        qtbot.waitUntil(lambda: running.window._driver is not None)  # its zero-timer step
    assert settled(qtbot, running) is None
    assert not open_wizards()
    assert not saved(data).welcome_done  # still owed to the first normal start


def test_a_launch_forwarded_to_a_background_app_brings_no_welcome(qtbot, start_app, data):
    running = start_app("--background")
    settled(qtbot, running)
    painted = []
    after_first_paint(running.window, lambda: painted.append(True))
    with qtbot.waitSignal(running._instance.message_received):
        sent = forward_in_thread(SingleInstance(data), [])
    assert sent.result(timeout=10)
    qtbot.waitUntil(lambda: bool(painted))  # a welcome tied to the first paint would be up
    assert running.window.isVisible()
    assert running.welcome is None and not open_wizards()


def test_a_settings_file_from_before_the_welcome_counts_as_welcomed(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"safety_acknowledged": true, "routine": "full"}', encoding="utf-8")
    assert SettingsStore(path).load().welcome_done
    path.write_text('{"routine": "full"}', encoding="utf-8")  # never got as far as a session
    assert not SettingsStore(path).load().welcome_done
    path.write_text('{"safety_acknowledged": true, "welcome_done": false}', encoding="utf-8")
    assert not SettingsStore(path).load().welcome_done


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs eSpeak NG")
def test_the_speech_engines_voices_can_be_chosen(qtbot, start_app, data):
    running = start_app(speed="1")
    welcome = settled(qtbot, running)
    page = welcome.voice_page
    qtbot.waitUntil(page.preview.isEnabled, timeout=30_000)  # the engine has started
    assert page.voice_picker.count() > 1
    page.voice_picker.setCurrentIndex(1)
    chosen = page.voice_picker.currentData()
    finish(welcome)
    assert saved(data).voice == chosen


def test_a_silent_run_says_there_is_no_voice_instead_of_waiting(qtbot, start_app):
    running = start_app()  # ten times faster than life: shown, not spoken
    page = settled(qtbot, running).voice_page
    assert not page.loading.isHidden()
    assert "silent" in page.loading.text()
    assert not page.preview.isEnabled()

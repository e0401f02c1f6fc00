"""The voice settings dialog: what it shows, what OK and Preview send."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.ui.voice_settings import VoiceSettingsDialog

VOICES = [
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("roa/fr", "French", ("fr-fr",)),
]


def test_it_shows_the_current_choice(qtbot):
    dialog = VoiceSettingsDialog(VOICES, VoiceSettings("roa/fr", 140, 0.5), True, False)
    qtbot.addWidget(dialog)
    assert dialog.voice_picker.currentText() == "French"
    assert dialog.rate.value() == 140 and dialog.rate_label.text() == "140 wpm"
    assert dialog.volume.value() == 50
    assert dialog.mute.isChecked() and not dialog.beeps.isChecked()


def test_ok_sends_the_new_choice(qtbot):
    dialog = VoiceSettingsDialog(VOICES, VoiceSettings(), False, True)
    qtbot.addWidget(dialog)
    dialog.voice_picker.setCurrentIndex(dialog.voice_picker.findData("gmw/en"))
    dialog.rate.setValue(200)
    dialog.volume.setValue(80)
    dialog.beeps.setChecked(False)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.accept()
    assert chosen.args == [VoiceSettings("gmw/en", 200, 0.8), False, False]


def test_cancel_sends_nothing_and_preview_sends_what_is_shown(qtbot):
    dialog = VoiceSettingsDialog(VOICES, VoiceSettings(), False, True)
    qtbot.addWidget(dialog)
    dialog.rate.setValue(120)
    with qtbot.waitSignal(dialog.preview_requested) as preview:
        dialog.findChild(QPushButton, "previewVoice").click()
    assert preview.args == [VoiceSettings("", 120, 1.0)]
    with qtbot.assertNotEmitted(dialog.chosen):
        dialog.reject()

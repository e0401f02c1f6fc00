"""The voice settings: which voice, how fast, how loud, mute and countdown beeps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.ui.labels import plain_label

RATE_RANGE = (100, 260)  # words per minute
PREVIEW_TEXT = "Draw your shoulder blades back and together, and hold for ten seconds."


class VoiceSettingsDialog(QDialog):
    """Lets the user choose and try a voice; nothing changes until OK.

    Signals:
        preview_requested(object): say a sample in these :class:`VoiceSettings`.
        chosen(object, bool, bool): the voice settings, mute, beeps — on OK.
    """

    preview_requested = Signal(object)
    chosen = Signal(object, bool, bool)

    def __init__(
        self,
        voices: list[Voice],
        current: VoiceSettings,
        muted: bool,
        beeps: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voice")
        self.setObjectName("voiceSettings")
        self.voice_picker = QComboBox()
        self.voice_picker.setAccessibleName("Voice")
        self.voice_picker.addItem("English (the system's choice)", "")
        for voice in sorted(voices, key=lambda v: v.name.lower()):
            self.voice_picker.addItem(voice.name, voice.id)
        self.voice_picker.setCurrentIndex(max(0, self.voice_picker.findData(current.voice)))
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setAccessibleName("Speaking rate, words per minute")
        self.rate.setRange(*RATE_RANGE)
        self.rate.setValue(current.rate)
        self.rate_label = plain_label(wrap=False)
        self.rate.valueChanged.connect(lambda value: self.rate_label.setText(f"{value} wpm"))
        self.rate_label.setText(f"{current.rate} wpm")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName("Volume, percent")
        self.volume.setRange(0, 100)
        self.volume.setValue(round(current.volume * 100))
        self.mute = QCheckBox("&Mute the voice (cues are still shown)")
        self.mute.setChecked(muted)
        self.beeps = QCheckBox("&Beep on the last three seconds of get-ready and rests")
        self.beeps.setChecked(beeps)
        preview = QPushButton("&Preview")
        preview.setObjectName("previewVoice")
        preview.setAccessibleDescription("Say a sample sentence with these settings")
        preview.clicked.connect(lambda: self.preview_requested.emit(self.voice_settings()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(
            lambda: self.chosen.emit(
                self.voice_settings(), self.mute.isChecked(), self.beeps.isChecked()
            )
        )
        form = QFormLayout()
        form.addRow("&Voice:", self.voice_picker)
        form.addRow("&Rate:", self.rate)
        form.addRow("", self.rate_label)
        form.addRow("V&olume:", self.volume)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mute)
        layout.addWidget(self.beeps)
        layout.addWidget(preview, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def voice_settings(self) -> VoiceSettings:
        return VoiceSettings(
            voice=str(self.voice_picker.currentData() or ""),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
        )

"""The voice settings: which voice, how fast, how loud, mute and countdown beeps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.ui.labels import plain_label

RATE_RANGE = (100, 260)  # words per minute
# English source, marked for the catalogue; preview_text() says it in the user's language.
PREVIEW_TEXT = QT_TRANSLATE_NOOP(
    "VoiceSettingsDialog",
    "Draw your shoulder blades back and together, and hold for ten seconds.",
)


def preview_text() -> str:
    """The sample sentence Preview speaks, in the language shown (and so spoken)."""
    return QCoreApplication.translate("VoiceSettingsDialog", PREVIEW_TEXT)


def fill_voice_picker(picker: QComboBox, voices: list[Voice], chosen: str) -> None:
    """The system's choice first, then ``voices`` by name, with ``chosen`` selected.

    Shared with the first-start welcome, which fills it again once the engine has started.
    """
    picker.clear()
    # No language named: the system's voice is whichever suits the language in use.
    picker.addItem(QCoreApplication.translate("VoiceSettingsDialog", "The system's voice"), "")
    for voice in sorted(voices, key=lambda v: v.name.lower()):
        picker.addItem(voice.name, voice.id)
    picker.setCurrentIndex(max(0, picker.findData(chosen)))


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
        self.setWindowTitle(self.tr("Voice"))
        self.setObjectName("voiceSettings")
        self.voice_picker = QComboBox()
        self.voice_picker.setAccessibleName(self.tr("Voice"))
        fill_voice_picker(self.voice_picker, voices, current.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setAccessibleName(self.tr("Speaking rate, words per minute"))
        self.rate.setRange(*RATE_RANGE)
        self.rate.setValue(current.rate)
        self.rate_label = plain_label(wrap=False)
        self.rate.valueChanged.connect(self._show_rate)
        self._show_rate(current.rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName(self.tr("Volume, percent"))
        self.volume.setRange(0, 100)
        self.volume.setValue(round(current.volume * 100))
        self.mute = QCheckBox(self.tr("&Mute the voice (cues are still shown)"))
        self.mute.setChecked(muted)
        self.beeps = QCheckBox(self.tr("&Beep on the last three seconds of get-ready and rests"))
        self.beeps.setChecked(beeps)
        preview = QPushButton(self.tr("&Preview"))
        preview.setObjectName("previewVoice")
        preview.setAccessibleDescription(self.tr("Say a sample sentence with these settings"))
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
        form.addRow(self.tr("&Voice:"), self.voice_picker)
        form.addRow(self.tr("&Rate:"), self.rate)
        form.addRow("", self.rate_label)
        form.addRow(self.tr("V&olume:"), self.volume)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mute)
        layout.addWidget(self.beeps)
        layout.addWidget(preview, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def _show_rate(self, value: int) -> None:
        self.rate_label.setText(self.tr("{rate} wpm").format(rate=value))

    def voice_settings(self) -> VoiceSettings:
        return VoiceSettings(
            voice=str(self.voice_picker.currentData() or ""),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
        )

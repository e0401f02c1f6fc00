"""Light or dark, how large the text is, and the language.

Colours and text size apply to the whole app at once. A new language applies from the
next start: every window shows the language it was built in, and rebuilding them all
while a session may be running would risk more than it gives.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.i18n import LANGUAGES
from backrelief_gui.ui.labels import plain_label
from backrelief_gui.ui.theme import TEXT_SCALES, Appearance


class Display(NamedTuple):
    appearance: Appearance
    text_scale: int  # per cent of the system's text size
    language: str = ""  # a code from core.i18n.LANGUAGES; empty follows the system


class DisplaySettingsDialog(QDialog):
    """Edits :class:`Display`; the change is applied when the user presses OK.

    Signals:
        chosen(object): the new :class:`Display`, on OK.
    """

    chosen = Signal(object)

    def __init__(self, current: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displaySettings")
        self.setWindowTitle(self.tr("Display and language"))
        names = {
            Appearance.SYSTEM: self.tr("&Follow the system"),
            Appearance.LIGHT: self.tr("&Light"),
            Appearance.DARK: self.tr("&Dark"),
        }
        self.appearance_buttons: dict[Appearance, QRadioButton] = {}
        group = QButtonGroup(self)
        column = QVBoxLayout()
        for appearance, name in names.items():
            button = QRadioButton(name)
            button.setObjectName(f"appearance-{appearance.value}")
            button.setChecked(appearance == current.appearance)
            group.addButton(button)
            column.addWidget(button)
            self.appearance_buttons[appearance] = button
        self.text_size = QComboBox()
        self.text_size.setObjectName("textSize")
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            label = self.tr("As the system sets it") if scale == 100 else f"{scale} %"
            self.text_size.addItem(label, scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(current.text_scale)))
        self.language_picker = QComboBox()
        self.language_picker.setObjectName("languagePicker")
        self.language_picker.setAccessibleName(self.tr("Language"))
        self.language_picker.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language_picker.addItem(name, code)  # each in its own words: 'Français'
        self.language_picker.setCurrentIndex(
            max(0, self.language_picker.findData(current.language))
        )
        language_note = plain_label(
            self.tr("A new language takes effect when BackRelief next starts.")
        )
        language_note.setObjectName("languageNote")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: self.chosen.emit(self.display()))
        form = QFormLayout()
        form.addRow(self.tr("Colours:"), column)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("&Language:"), self.language_picker)
        form.addRow("", language_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def display(self) -> Display:
        chosen = next(a for a, b in self.appearance_buttons.items() if b.isChecked())
        language = str(self.language_picker.currentData() or "")
        return Display(chosen, int(self.text_size.currentData()), language)

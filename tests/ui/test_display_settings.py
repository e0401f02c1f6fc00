"""The display dialog: the choice it returns, and the app applying and keeping it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QDialogButtonBox

from backrelief_gui.paths import settings_file
from backrelief_gui.storage.settings import SettingsStore
from backrelief_gui.ui.display_settings import Display, DisplaySettingsDialog
from backrelief_gui.ui.theme import Appearance, dark_palette, light_palette
from tests.ui.test_welcome import settled


def test_dialog_starts_from_the_current_choice_and_returns_the_new_one(qtbot):
    dialog = DisplaySettingsDialog(Display(Appearance.LIGHT, 150))
    qtbot.addWidget(dialog)
    assert dialog.appearance_buttons[Appearance.LIGHT].isChecked()
    assert dialog.text_size.currentData() == 150
    dialog.appearance_buttons[Appearance.DARK].click()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(200))
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert chosen.args == [Display(Appearance.DARK, 200, "")]


def test_cancel_chooses_nothing(qtbot):
    dialog = DisplaySettingsDialog(Display(Appearance.SYSTEM, 100))
    qtbot.addWidget(dialog)
    dialog.appearance_buttons[Appearance.DARK].click()
    with qtbot.assertNotEmitted(dialog.chosen):
        dialog.reject()


# -- in the real app: applied at once, kept for the next start ------------------------------


def test_the_app_applies_the_choice_at_once_and_keeps_it(qtbot, qapp, start_app, data):
    size = qapp.font().pointSizeF()
    running = start_app()
    settled(qtbot, running)
    window = running.window
    window.display_button.click()
    qtbot.waitUntil(lambda: window.findChild(DisplaySettingsDialog) is not None)
    dialog = window.findChild(DisplaySettingsDialog)
    dialog.appearance_buttons[Appearance.DARK].click()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
    dialog.language_picker.setCurrentIndex(dialog.language_picker.findData("fr"))
    dialog.accept()
    assert qapp.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
        QPalette.ColorRole.Window
    )
    assert qapp.font().pointSizeF() == pytest.approx(size * 1.5)
    on_disk = SettingsStore(settings_file(data)).load()
    assert (on_disk.appearance, on_disk.text_scale, on_disk.language) == ("dark", 150, "fr")
    start_app.stop(running)
    qapp.setPalette(light_palette())
    qapp.setFont(QFont(qapp.font().family(), round(size)))
    again = start_app()  # a new start reads the choice back
    assert qapp.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
        QPalette.ColorRole.Window
    )
    assert again.theme.text_scale == 150
    assert again.language.code == "fr"  # the language chosen applies from this start
    again.language.remove()

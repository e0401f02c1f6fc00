"""The safety note every user sees before their first session."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

SAFETY_TITLE = "Before you start"
SAFETY_TEXT = (
    "BackRelief guides exercises; it does not give medical advice.\n\n"
    "• Move gently and stay within a range that feels comfortable.\n"
    "• Stop an exercise straight away if it brings sharp or growing pain, "
    "numbness or tingling.\n"
    "• If your pain does not go away, or began with an injury, see a "
    "physiotherapist or a doctor."
)


def safety_dialog(parent: QWidget) -> QMessageBox:
    """A window-modal note with 'I understand' and 'Not now'; open it with ``open()``."""
    box = QMessageBox(parent)
    box.setObjectName("safetyDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(SAFETY_TITLE)
    box.setText(SAFETY_TITLE)
    box.setInformativeText(SAFETY_TEXT)
    understood = box.addButton("I understand — start", QMessageBox.ButtonRole.AcceptRole)
    understood.setObjectName("safetyAccept")
    box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(understood)
    return box

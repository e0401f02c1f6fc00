"""The safety note every user sees before their first session."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# English sources, marked for the catalogue; safety_title() and safety_text() translate.
SAFETY_TITLE = QT_TRANSLATE_NOOP("safety", "Before you start")
SAFETY_TEXT = QT_TRANSLATE_NOOP(
    "safety",
    "BackRelief guides exercises; it does not give medical advice.\n\n"
    "• Move gently and stay within a range that feels comfortable.\n"
    "• Stop an exercise straight away if it brings sharp or growing pain, "
    "numbness or tingling.\n"
    "• If your pain does not go away, or began with an injury, see a "
    "physiotherapist or a doctor.",
)


def safety_title() -> str:
    return QCoreApplication.translate("safety", SAFETY_TITLE)


def safety_text() -> str:
    """The note in the user's language (shown here, in the welcome and on the Learn page)."""
    return QCoreApplication.translate("safety", SAFETY_TEXT)


def safety_dialog(parent: QWidget) -> QMessageBox:
    """A window-modal note with 'I understand' and 'Not now'; open it with ``open()``."""
    box = QMessageBox(parent)
    box.setObjectName("safetyDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(safety_title())
    box.setText(safety_title())
    box.setInformativeText(safety_text())
    understood = box.addButton(
        QCoreApplication.translate("safety", "I understand — start"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    understood.setObjectName("safetyAccept")
    box.addButton(
        QCoreApplication.translate("safety", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(understood)
    return box

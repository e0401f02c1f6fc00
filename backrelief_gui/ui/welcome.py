"""The first-start welcome: a voice, a pace for breaks, starting at login, the safety note.

It only gathers choices. Finishing hands them over in one :class:`WelcomeChoices`; Skip,
Esc or closing it hands over nothing. The composition root applies and saves them just
as it does the voice and break-reminder dialogs' choices, whose fields these pages share.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from backrelief_gui.core.break_schedule import INTERVAL_MINUTES, BreakSettings
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.ui.labels import plain_label
from backrelief_gui.ui.reminder_settings import (
    day_boxes,
    edited_time,
    hours_problem,
    minutes_box,
    time_edit,
    working_days_problem,
)
from backrelief_gui.ui.safety import safety_text, safety_title
from backrelief_gui.ui.voice_settings import fill_voice_picker

TEXT_WIDTH = 76  # characters a line, about
# English sources, marked for the catalogue; _tr() gives them in the user's language.
INTRO_TEXT = QT_TRANSLATE_NOOP(
    "WelcomeWizard",
    "BackRelief talks you through six physiotherapy exercises for the upper back, and "
    "reminds you to get up from your desk now and then.\n\n"
    "A few quick choices set it up for you: the voice, your breaks, and a safety note to "
    "read. You can change all of them later with the buttons at the top of the window.\n\n"
    "Skip keeps the usual settings, and this welcome does not come back.",
)
VOICE_TEXT = QT_TRANSLATE_NOOP(
    "WelcomeWizard",
    "Every step is spoken, so you can follow the exercises without watching the screen.",
)
VOICES_LOADING = QT_TRANSLATE_NOOP(
    "WelcomeWizard", "Preview works once the speech engine has started."
)
BREAKS_TEXT = QT_TRANSLATE_NOOP(
    "WelcomeWizard",
    "Sitting for hours without moving is one of the everyday causes of upper back pain. "
    "BackRelief can tell you when it is time to get up and move.",
)
SAFETY_CLOSING = QT_TRANSLATE_NOOP(
    "WelcomeWizard", "Choosing “I understand” confirms you have read this note."
)


def _tr(text: str) -> str:
    """A text of the welcome marked above, in the user's language."""
    return QCoreApplication.translate("WelcomeWizard", text)


class WelcomeChoices(NamedTuple):
    """What the welcome opens on, and what it hands over when finished."""

    voice: VoiceSettings
    muted: bool
    breaks: BreakSettings
    reminders_on: bool
    autostart: bool | None  # None where starting at login cannot be set up


def _text_page(title: str, text: str, closing: str = "") -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    layout.addWidget(plain_label(text))
    if closing:
        layout.addSpacing(page.fontMetrics().height())
        layout.addWidget(plain_label(closing))
    layout.addStretch(1)
    return page


class _VoicePage(QWizardPage):
    """Which voice speaks, a sample of it, or no voice at all."""

    def __init__(self, current: WelcomeChoices) -> None:
        super().__init__()
        self.setTitle(self.tr("Your coach's voice"))
        self._current = current.voice
        self.voice_picker = QComboBox()
        self.voice_picker.setAccessibleName(self.tr("Voice"))
        fill_voice_picker(self.voice_picker, [], current.voice.voice)
        self.preview = QPushButton(self.tr("&Preview"))
        self.preview.setObjectName("welcomePreview")
        self.preview.setAccessibleDescription(self.tr("Say a sample sentence in the chosen voice"))
        self.preview.setEnabled(False)  # until the engine has listed its voices
        self.loading = plain_label(_tr(VOICES_LOADING))
        self.mute = QCheckBox(self.tr("&Mute the voice: show each step without speaking it"))
        self.mute.setChecked(current.muted)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice_picker, 1)
        voice_row.addWidget(self.preview)
        voice_label = QLabel(self.tr("&Voice:"))
        voice_label.setBuddy(self.voice_picker)
        form = QFormLayout()
        form.addRow(voice_label, voice_row)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_tr(VOICE_TEXT)))
        layout.addLayout(form)
        layout.addWidget(self.loading)
        layout.addWidget(self.mute)
        layout.addStretch(1)

    def set_voices(self, voices: list[Voice]) -> None:
        fill_voice_picker(self.voice_picker, voices, self.voice_settings().voice)
        self.preview.setEnabled(True)
        self.loading.setVisible(False)

    def set_no_voice(self, reason: str) -> None:
        self.preview.setEnabled(False)
        self.loading.setText(reason)
        self.loading.setVisible(True)

    def voice_settings(self) -> VoiceSettings:
        """The chosen voice, at the speed and loudness already set."""
        return replace(self._current, voice=str(self.voice_picker.currentData() or ""))


class _BreaksPage(QWizardPage):
    """How often to be reminded, on which days and hours, and whether to start at login."""

    def __init__(self, current: WelcomeChoices) -> None:
        super().__init__()
        self.setTitle(self.tr("Breaks from sitting"))
        self._current = current.breaks
        self.reminders_on = QCheckBox(self.tr("&Remind me to take breaks"))
        self.reminders_on.setChecked(current.reminders_on)
        self.interval = minutes_box(
            INTERVAL_MINUTES, current.breaks.interval_minutes, self.tr("Break every")
        )
        self.days = day_boxes(current.breaks.working_days)
        self.start = time_edit(current.breaks.work_start, self.tr("Working hours start"))
        self.end = time_edit(current.breaks.work_end, self.tr("Working hours end"))
        self.problem = plain_label()
        self.problem.setObjectName("welcomeBreaksProblem")
        self.autostart = QCheckBox(self.tr("Start BackRelief in the tray when I &log in"))
        self.autostart.setChecked(bool(current.autostart))
        self.autostart.setVisible(current.autostart is not None)
        self._lay_out()
        self.interval.valueChanged.connect(self._validate)
        for edit in (self.start, self.end):
            edit.timeChanged.connect(self._validate)
        for box in (*self.days, self.reminders_on):
            box.toggled.connect(self._validate)
        self._validate()

    def _lay_out(self) -> None:
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        days.addStretch(1)
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(plain_label(self.tr("to"), wrap=False))
        hours.addWidget(self.end)
        hours.addStretch(1)
        hours_label = QLabel(self.tr("Working &hours:"))
        hours_label.setBuddy(self.start)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Break &every:"), self.interval)
        form.addRow(self.tr("Working days:"), days)
        form.addRow(hours_label, hours)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_tr(BREAKS_TEXT)))
        layout.addWidget(self.reminders_on)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.autostart)
        layout.addStretch(1)

    def break_settings(self) -> BreakSettings:
        """The choices over the current settings; ValueError when they do not fit."""
        return replace(
            self._current,
            interval_minutes=self.interval.value(),
            working_days=frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
            work_start=edited_time(self.start),
            work_end=edited_time(self.end),
        )

    def _problem(self) -> str:
        hours = hours_problem(self.start, self.end)
        if hours:
            return hours
        try:
            chosen = self.break_settings()
        except ValueError as error:
            return str(error)
        return working_days_problem(chosen, self.reminders_on.isChecked())

    def _validate(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        """Next waits until the choices fit, with the reason shown above it."""
        return not self._problem()


class WelcomeWizard(QWizard):
    """Four short pages: what BackRelief does, the voice, breaks, and the safety note.

    Signals:
        preview_requested(object): say a sample in these :class:`VoiceSettings`.
        chosen(object): the :class:`WelcomeChoices`, on finishing (the note was read).
    """

    preview_requested = Signal(object)
    chosen = Signal(object)

    def __init__(self, current: WelcomeChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to BackRelief"))
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("I &understand"))
        skip = self.button(QWizard.WizardButton.CancelButton)
        skip.setAccessibleDescription(self.tr("Keep the usual settings and close this welcome"))
        self._autostart_offered = current.autostart is not None
        self.voice_page = _VoicePage(current)
        self.breaks_page = _BreaksPage(current)
        self.addPage(_text_page(self.tr("Welcome to BackRelief"), _tr(INTRO_TEXT)))
        self.addPage(self.voice_page)
        self.addPage(self.breaks_page)
        self.addPage(_text_page(safety_title(), safety_text(), _tr(SAFETY_CLOSING)))
        self.voice_page.preview.clicked.connect(
            lambda: self.preview_requested.emit(self.voice_page.voice_settings())
        )
        self.accepted.connect(lambda: self.chosen.emit(self.choices()))
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """Lines of a comfortable length, and one page height that fits every page's text.

        A wizard sizes itself from its pages' minimum sizes, which leave out how tall
        wrapped text becomes at a given width; at large font sizes pages would clip it.
        """
        metrics = self.fontMetrics()
        margins = 2 * metrics.height()  # more than the wizard's own, to be safe
        pages = [self.page(page_id) for page_id in self.pageIds()]
        screen = self.screen().availableGeometry()
        comfortable = min(metrics.averageCharWidth() * TEXT_WIDTH, screen.width() * 9 // 10)
        width = max(comfortable, *(page.minimumSizeHint().width() + margins for page in pages))
        height = max(page.heightForWidth(width - margins) for page in pages)
        for page in pages:  # the same for all, so the wizard keeps its size from page to page
            page.setMinimumHeight(height)
        self.resize(width, self.sizeHint().height())

    def set_voices(self, voices: list[Voice]) -> None:
        """The engine's voices, once it has started: they can now be chosen and tried."""
        self.voice_page.set_voices(voices)

    def set_no_voice(self, reason: str) -> None:
        """No voice will speak (no engine, or a silent run): say why instead of waiting."""
        self.voice_page.set_no_voice(reason)

    def choices(self) -> WelcomeChoices:
        """What the pages show now (valid: the last page is reached only with valid ones)."""
        breaks = self.breaks_page
        return WelcomeChoices(
            voice=self.voice_page.voice_settings(),
            muted=self.voice_page.mute.isChecked(),
            breaks=breaks.break_settings(),
            reminders_on=breaks.reminders_on.isChecked(),
            autostart=breaks.autostart.isChecked() if self._autostart_offered else None,
        )

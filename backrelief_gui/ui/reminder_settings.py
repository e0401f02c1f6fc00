"""The break-reminder settings: how often, on which days and hours, and what counts as away.

The rule for time away is written out in the dialog and follows the chosen threshold as
it changes, because that rule is what users of break reminders most often misread.
"""

from __future__ import annotations

from datetime import time
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.break_schedule import (
    AWAY_BREAK_MINUTES,
    INTERVAL_MINUTES,
    BreakSettings,
    describe_away_rule,
)
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.ui.labels import plain_label

# English source, marked for the catalogue and translated where it is shown.
MICRO_PAUSE_HINT = QT_TRANSLATE_NOOP(
    "ReminderSettingsDialog",
    "A 30-second pause about every 20 minutes, besides the breaks. Reminders help you "
    "move more often; they do not treat pain on their own.",
)


class ReminderChoices(NamedTuple):
    settings: BreakSettings
    reminders_on: bool
    spoken: bool
    autostart: bool


# The fields below are shared with the first-start welcome, so both ask alike.


def time_edit(value: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def edited_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def minutes_box(bounds: tuple[int, int], value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*bounds)
    box.setValue(value)
    box.setSuffix(QCoreApplication.translate("ReminderSettingsDialog", " min"))
    box.setAccessibleName(name)
    return box


def day_boxes(working_days: frozenset[int]) -> list[QCheckBox]:
    """One box a weekday, Monday first, named in the user's language."""
    locale = QLocale()
    boxes = []
    for number in range(7):  # Monday 0 … Sunday 6; Qt counts Monday as 1
        name = locale.dayName(number + 1, QLocale.FormatType.ShortFormat)
        box = QCheckBox(name)
        box.setAccessibleName(locale.dayName(number + 1))
        box.setChecked(number in working_days)
        boxes.append(box)
    return boxes


def working_days_problem(chosen: BreakSettings, reminders_on: bool) -> str:
    """Why valid settings still make no sense (reminders on, no day to give them), or ''."""
    if reminders_on and not chosen.working_days:
        return QCoreApplication.translate(
            "ReminderSettingsDialog", "Choose at least one working day, or turn reminders off."
        )
    return ""


def hours_problem(start: QTimeEdit, end: QTimeEdit) -> str:
    """Why the working hours shown cannot be used (they end before they start), or ''.

    Checked here, in the user's language, before the schedule's own check says it in
    English for people who edit the settings file.
    """
    if edited_time(start) < edited_time(end):
        return ""
    text = QCoreApplication.translate(
        "ReminderSettingsDialog",
        "Working hours must end after they start on the same day, not {start}–{end}.",
    )
    return text.format(start=start.time().toString("HH:mm"), end=end.time().toString("HH:mm"))


class ReminderSettingsDialog(QDialog):
    """Edits the reminder settings; nothing changes until OK, and OK needs valid choices.

    Signals:
        chosen(object): the new :class:`ReminderChoices`, on OK.
    """

    chosen = Signal(object)

    def __init__(
        self,
        current: BreakSettings,
        reminders_on: bool,
        spoken: bool,
        autostart: bool | None,
        parent: QWidget | None = None,
    ) -> None:
        """``autostart`` is None where starting at login cannot be set up."""
        super().__init__(parent)
        self.setObjectName("reminderSettings")
        self.setWindowTitle(self.tr("Break reminders"))
        self.reminders_on = QCheckBox(self.tr("&Remind me to take breaks"))
        self.reminders_on.setChecked(reminders_on)
        self.interval = minutes_box(
            INTERVAL_MINUTES, current.interval_minutes, self.tr("Break every")
        )
        self.micro_pauses = QCheckBox(self.tr("Add &micro-pauses"))
        self.micro_pauses.setChecked(current.micro_pauses)
        hint = QCoreApplication.translate("ReminderSettingsDialog", MICRO_PAUSE_HINT)
        self.micro_pauses.setToolTip(hint)
        self.micro_pauses.setAccessibleDescription(hint)
        self.days = day_boxes(current.working_days)
        self.start = time_edit(current.work_start, self.tr("Working hours start"))
        self.end = time_edit(current.work_end, self.tr("Working hours end"))
        self.away = minutes_box(
            AWAY_BREAK_MINUTES,
            current.away_break_minutes,
            self.tr("Time away that counts as a break"),
        )
        self.away_rule = plain_label()
        self.away_rule.setObjectName("awayRule")
        self.spoken = QCheckBox(self.tr("Also &say the reminder aloud (never in do-not-disturb)"))
        self.spoken.setChecked(spoken)
        self.autostart = QCheckBox(self.tr("Start BackRelief in the tray when I &log in"))
        self.autostart.setChecked(bool(autostart))
        self.autostart.setVisible(autostart is not None)
        self.problem = plain_label()
        self.problem.setObjectName("reminderSettingsProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for box in (self.interval, self.away):
            box.valueChanged.connect(self._validate)
        for edit in (self.start, self.end):
            edit.timeChanged.connect(self._validate)
        for day in self.days:
            day.toggled.connect(self._validate)
        self.reminders_on.toggled.connect(self._validate)
        self._validate()

    def _lay_out(self) -> None:
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(plain_label(self.tr("to"), wrap=False))
        hours.addWidget(self.end)
        hours.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Break &every:"), self.interval)
        form.addRow("", self.micro_pauses)
        form.addRow(self.tr("Working days:"), days)
        hours_label = QLabel(self.tr("Working &hours:"))
        hours_label.setBuddy(self.start)  # a row of several fields: Alt+H goes to the first
        form.addRow(hours_label, hours)
        form.addRow(self.tr("&Away for:"), self.away)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders_on)
        layout.addLayout(form)
        layout.addWidget(self.away_rule)
        layout.addWidget(self.spoken)
        layout.addWidget(self.autostart)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def settings(self) -> BreakSettings:
        """The choices as the schedule's settings; raises ValueError when they do not fit."""
        return BreakSettings(
            interval_minutes=self.interval.value(),
            micro_pauses=self.micro_pauses.isChecked(),
            working_days=frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
            work_start=edited_time(self.start),
            work_end=edited_time(self.end),
            away_break_minutes=self.away.value(),
        )

    def _validate(self) -> None:
        problem = hours_problem(self.start, self.end)
        try:
            chosen = self.settings()
        except ValueError as error:
            problem = problem or str(error)
        else:
            self.away_rule.setText(describe_away_rule(chosen))
            problem = working_days_problem(chosen, self.reminders_on.isChecked())
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _accept(self) -> None:
        try:
            chosen = self.settings()
        except ValueError:
            return  # OK is disabled while the choices do not fit
        self.chosen.emit(
            ReminderChoices(
                chosen,
                self.reminders_on.isChecked(),
                self.spoken.isChecked(),
                self.autostart.isChecked(),
            )
        )
        self.accept()

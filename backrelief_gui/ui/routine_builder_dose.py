"""The dose of one exercise in a routine being built: each field, its limits, its programme.

Each spin box stops at the safe limits (``ENTRY_BOUNDS``); one step below the lowest
value it reads "As programmed", which leaves the field to the dose chosen for a session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from backrelief_gui.core.catalogue import Dose, Entry, Exercise
from backrelief_gui.core.i18n import QT_TRANSLATE_NOOP
from backrelief_gui.core.loading import ENTRY_BOUNDS
from backrelief_gui.core.plan import Pacing
from backrelief_gui.core.routine_draft import (
    DOSE_FIELDS,
    editable_fields,
    programme_range,
    programmed_value,
)
from backrelief_gui.ui.labels import plain_label

# English sources, marked for the catalogue and translated where they are shown (_tr).
LABELS = {  # the text beside each field, and the name a screen reader says
    "reps": (
        QT_TRANSLATE_NOOP("DosePanel", "Re&ps:"),
        QT_TRANSLATE_NOOP("DosePanel", "Repetitions"),
    ),
    "sets": (QT_TRANSLATE_NOOP("DosePanel", "&Sets:"), QT_TRANSLATE_NOOP("DosePanel", "Sets")),
    "hold_seconds": (
        QT_TRANSLATE_NOOP("DosePanel", "&Hold:"),
        QT_TRANSLATE_NOOP("DosePanel", "Hold, in seconds"),
    ),
    "tempo_seconds": (
        QT_TRANSLATE_NOOP("DosePanel", "T&empo:"),
        QT_TRANSLATE_NOOP("DosePanel", "Tempo: seconds for one repetition"),
    ),
    "rest_seconds": (
        QT_TRANSLATE_NOOP("DosePanel", "Rest a&fter:"),
        QT_TRANSLATE_NOOP("DosePanel", "Rest after this exercise, in seconds"),
    ),
}
SUFFIXES = {
    "hold_seconds": QT_TRANSLATE_NOOP("DosePanel", " s"),
    "tempo_seconds": QT_TRANSLATE_NOOP("DosePanel", " s a rep"),
    "rest_seconds": QT_TRANSLATE_NOOP("DosePanel", " s"),
}
TEMPO_STEP = 0.5
AS_PROGRAMMED = QT_TRANSLATE_NOOP("DosePanel", "As programmed")


def _tr(text: str) -> str:
    """A text marked above, in the user's language."""
    return QCoreApplication.translate("DosePanel", text)


def _suffix(field: str) -> str:
    return _tr(SUFFIXES[field]) if field in SUFFIXES else ""


SpinBox = QSpinBox | QDoubleSpinBox


def _spin(field: str) -> SpinBox:
    low, high = ENTRY_BOUNDS[field]
    box: SpinBox
    if field == "tempo_seconds":
        box = QDoubleSpinBox()
        box.setDecimals(1)
        box.setSingleStep(TEMPO_STEP)
        box.setRange(low - TEMPO_STEP, high)
    else:
        box = QSpinBox()
        box.setRange(int(low) - 1, int(high))
    box.setObjectName(f"dose_{field}")
    box.setSuffix(_suffix(field))
    box.setSpecialValueText(_tr(AS_PROGRAMMED))
    box.setKeyboardTracking(False)  # one change per finished entry, not per keystroke
    box.setAccessibleName(_tr(LABELS[field][1]))
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return box


class DosePanel(QGroupBox):
    """Edits what a routine asks of one exercise; says nothing until the user changes it.

    Signals:
        value_changed(str, object): a dose field and its new value (None: as programmed).
        per_side_changed(bool): "each side" was turned on or off.
    """

    value_changed = Signal(str, object)
    per_side_changed = Signal(bool)

    def __init__(self, pacing: Pacing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dose"), parent)
        self.setObjectName("dosePanel")
        self._pacing = pacing
        self.spins: dict[str, SpinBox] = {}
        self.ranges: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)  # spare room goes to the right, past the fields
        grid.setVerticalSpacing(2)
        for number, field in enumerate(DOSE_FIELDS):
            row = 2 * number  # the field, then its programme range under it
            spin = _spin(field)
            label = QLabel(_tr(LABELS[field][0]))
            label.setBuddy(spin)
            hint = plain_label()
            hint.setObjectName(f"range_{field}")
            hint.setContentsMargins(0, 0, 0, 6)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(hint, row + 1, 1, 1, 2)
            spin.valueChanged.connect(lambda value, f=field: self._on_value(f, value))
            self.spins[field], self.ranges[field], self._labels[field] = spin, hint, label
        self.per_side = QCheckBox(self.tr("Each si&de: left, then right"))
        self.per_side.setObjectName("dose_per_side")
        self.per_side.setAccessibleDescription(
            self.tr("Do every set on the left side, then on the right side")
        )
        self.per_side.toggled.connect(self.per_side_changed)
        end = 2 * len(DOSE_FIELDS)
        grid.addWidget(self.per_side, end, 0, 1, 3)
        self.empty_note = plain_label(self.tr("Select an exercise in the list to set its dose."))
        grid.addWidget(self.empty_note, end + 1, 0, 1, 3)
        grid.setRowStretch(end + 2, 1)
        self.show_nothing()

    def show_entry(
        self, entry: Entry, exercise: Exercise, dose: Dose, *, editable: bool = True
    ) -> None:
        """Show one entry's dose; fields the exercise does not have are hidden."""
        self.setTitle(self.tr("Dose: {exercise}").format(exercise=exercise.name))
        fields = editable_fields(exercise)
        for field, spin in self.spins.items():
            visible = field in fields
            for widget in (spin, self.ranges[field], self._labels[field]):
                widget.setVisible(visible)
            if not visible:
                continue
            programmed = programmed_value(exercise, field, dose, self._pacing)
            special = _tr(AS_PROGRAMMED)
            if programmed is not None:
                figure = QLocale().toString(float(programmed), "g", 6)
                special = self.tr("{as_programmed} ({value})").format(
                    as_programmed=special, value=f"{figure}{_suffix(field)}"
                )
            spin.setSpecialValueText(special)
            value = getattr(entry, field)
            spin.setReadOnly(not editable)  # read-only, not greyed out: still easy to read
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
            spin.blockSignals(True)
            number = spin.minimum() if value is None else value
            if isinstance(spin, QSpinBox):
                spin.setValue(int(number))
            else:
                spin.setValue(float(number))
            spin.blockSignals(False)
            self.ranges[field].setText(programme_range(exercise, field, self._pacing))
        shown = [spin for field, spin in self.spins.items() if field in fields]
        width = max(spin.sizeHint().width() for spin in shown)
        for spin in shown:  # one width for all, so they line up
            spin.setMinimumWidth(width)
        self.per_side.blockSignals(True)
        self.per_side.setChecked(entry.per_side)
        self.per_side.setVisible(True)
        self.per_side.setEnabled(editable)
        self.per_side.blockSignals(False)
        self.empty_note.setVisible(False)
        self.setEnabled(True)

    def show_nothing(self) -> None:
        self.setTitle(self.tr("Dose"))
        for field in self.spins:
            for widget in (self.spins[field], self.ranges[field], self._labels[field]):
                widget.setVisible(False)
        self.per_side.setVisible(False)
        self.empty_note.setVisible(True)
        self.setEnabled(False)

    def _on_value(self, field: str, value: float) -> None:
        spin = self.spins[field]
        if value <= spin.minimum():
            self.value_changed.emit(field, None)
            return
        low, high = ENTRY_BOUNDS[field]
        chosen = min(max(value, low), high)
        self.value_changed.emit(field, float(chosen) if field == "tempo_seconds" else int(chosen))

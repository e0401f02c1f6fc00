"""The screen after a session: what was done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from backrelief_gui.core.session import State, Summary
from backrelief_gui.core.text import format_duration
from backrelief_gui.ui.labels import heading, plain_label
from backrelief_gui.ui.pain_prompt import PainScale
from backrelief_gui.ui.progression_prompt import ProgressionPrompt

NOTE_LENGTH = 500


class SummaryView(QWidget):
    """Lists what was done, and asks (optionally) how the back feels now and for a note.

    Signals:
        done(): the user is back to choosing exercises.
        pain_after_chosen(int): the pain score after the session.
        note_saved(str): a note about the session, as typed.
    """

    done = Signal()
    pain_after_chosen = Signal(int)
    note_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(2.0)
        self.title.setObjectName("summaryTitle")
        self.details = plain_label()
        self.details.setObjectName("summaryDetails")
        self.pain_question = heading(1.15, "How does your upper back feel now?")
        self.pain_scale = PainScale()
        self.pain_scale.chosen.connect(self.pain_after_chosen)
        self.advice = plain_label()
        self.advice.setObjectName("painAdvice")
        # A framed box, so the advice stands out without relying on colour.
        self.advice.setStyleSheet("#painAdvice { border: 2px solid palette(mid); padding: 8px; }")
        self.advice.setVisible(False)
        self.progression = ProgressionPrompt()  # offered by the window when one is ready
        self.note = QLineEdit()
        self.note.setObjectName("sessionNote")
        self.note.setAccessibleName("A note about this session")
        self.note.setPlaceholderText("A note for your history (optional)")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.returnPressed.connect(self._save_note)
        save = QPushButton("Save &note")
        save.setObjectName("saveNote")
        save.clicked.connect(self._save_note)
        back = QPushButton("&Back to the exercises")
        back.setObjectName("summaryBack")
        back.setAccessibleName("Back to the exercises")
        back.clicked.connect(self.done)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.pain_question)
        layout.addWidget(self.pain_scale, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advice)
        layout.addWidget(self.progression)
        layout.addLayout(note_row)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        # The page itself cannot show focus: focus given to it lands in the note field.
        self.setFocusProxy(self.note)

    def ask_pain(self, asking: bool) -> None:
        self.pain_question.setVisible(asking)
        self.pain_scale.setVisible(asking)

    def show_advice(self, advice: str | None) -> None:
        self.advice.setText(advice or "")
        self.advice.setVisible(bool(advice))

    def _save_note(self) -> None:
        self.note_saved.emit(self.note.text().strip())

    def show_summary(self, summary: Summary, routine_name: str) -> None:
        if summary.state is State.STOPPED:
            title = "Session stopped"
        elif all(result.completed for result in summary.results):
            title = "Well done!"
        else:
            title = "Routine finished"
        self.title.setText(title)
        lines = [
            f"{routine_name}: {format_duration(summary.active_seconds)} of exercise, "
            f"{summary.reps_done} repetition{'' if summary.reps_done == 1 else 's'}.",
            "",
        ]
        for result in summary.results:
            mark = "✓" if result.completed else "–"
            lines.append(
                f"{mark} {result.exercise.name}: "
                f"{result.reps_done} of {result.reps_planned} repetitions"
            )
        self.details.setText("\n".join(lines))
        self.note.clear()
        self.pain_scale.clear()
        self.show_advice(None)
        self.progression.clear()

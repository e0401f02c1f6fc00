"""The screen after a session: what was done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.session import State, Summary
from backrelief_gui.core.text import format_duration
from backrelief_gui.ui.labels import heading, plain_label
from backrelief_gui.ui.pain_prompt import PainScale
from backrelief_gui.ui.progression_prompt import ProgressionPrompt

NOTE_LENGTH = 500


def _repetitions(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("SummaryView", "1 repetition")
    return QCoreApplication.translate("SummaryView", "%n repetitions", "", count)


def _done_of(done: int, planned: int) -> str:
    """'8 of 10 repetitions': how much of one exercise was done."""
    if planned == 1:
        return QCoreApplication.translate("SummaryView", "{done} of 1 repetition").format(done=done)
    return QCoreApplication.translate(
        "SummaryView", "{done} of %n repetitions", "", planned
    ).format(done=done)


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
        self.pain_question = heading(1.15, self.tr("How does your upper back feel now?"))
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
        self.note.setAccessibleName(self.tr("A note about this session"))
        self.note.setPlaceholderText(self.tr("A note for your history (optional)"))
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.returnPressed.connect(self._save_note)
        save = QPushButton(self.tr("Save &note"))
        save.setObjectName("saveNote")
        save.clicked.connect(self._save_note)
        back = QPushButton(self.tr("&Back to the exercises"))
        back.setObjectName("summaryBack")
        back.setAccessibleName(self.tr("Back to the exercises"))
        back.clicked.connect(self.done)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(save)
        # In a scroll area: at large text sizes a long session's summary is taller than
        # the window, and the note and the way back must stay reachable.
        content = QWidget()
        layout = QVBoxLayout(content)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("summaryScroll")
        self.scroll.setAccessibleName(self.tr("Session summary"))
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scroll)
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
            title = self.tr("Session stopped")
        elif all(result.completed for result in summary.results):
            title = self.tr("Well done!")
        else:
            title = self.tr("Routine finished")
        self.title.setText(title)
        lines = [
            self.tr("{routine}: {duration} of exercise, {repetitions}.").format(
                routine=routine_name,
                duration=format_duration(summary.active_seconds),
                repetitions=_repetitions(summary.reps_done),
            ),
            "",
        ]
        for result in summary.results:
            mark = "✓" if result.completed else "–"
            lines.append(
                self.tr("{mark} {exercise}: {done}").format(
                    mark=mark,
                    exercise=result.exercise.name,
                    done=_done_of(result.reps_done, result.reps_planned),
                )
            )
        self.details.setText("\n".join(lines))
        self.note.clear()
        self.pain_scale.clear()
        self.show_advice(None)
        self.progression.clear()

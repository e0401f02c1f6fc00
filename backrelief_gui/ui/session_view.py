"""The session view: what to do right now, a large countdown, counters and controls.

It renders what the driver reports and forwards the user's intents; it keeps no time.
The figure moves in step with the plan: each step says how long it lasts in session time,
and ``time_scale`` (the driver's speed) turns that into real time for the animation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backrelief_gui.core.catalogue import Exercise, Routine
from backrelief_gui.core.plan import Step, StepKind
from backrelief_gui.core.session import State
from backrelief_gui.core.text import format_clock
from backrelief_gui.ui.figure_motion import motion_for
from backrelief_gui.ui.figure_view import FigureView
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.labels import heading, plain_label

FIGURE_SIZE = 220


def _button(text: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.setAccessibleDescription(description)
    button.setMinimumHeight(36)
    return button


class SessionView(QWidget):
    """Shows the running session.

    Signals:
        pause_toggled(): pause, or resume a paused session.
        previous_requested(): go back one step.
        next_requested(): go on to the next step.
        skip_requested(): go on to the next exercise.
        stop_requested(): end the session.
        mute_toggled(bool): silence the voice, or bring it back.
    """

    pause_toggled = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    skip_requested = Signal()
    stop_requested = Signal()
    mute_toggled = Signal(bool)

    def __init__(self, figures: Figures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures = figures
        self._routine: Routine | None = None
        self._figure_exercise: Exercise | None = None
        self._time_scale = 1.0
        self._paused = False
        self._make_labels()
        self._make_buttons()
        self._lay_out()

    def _make_labels(self) -> None:
        self.exercise_name = heading(1.8)
        self.exercise_name.setObjectName("sessionExercise")
        self.exercise_position = plain_label()
        self.phase = heading(1.5)
        self.phase.setObjectName("sessionPhase")
        self.instruction = plain_label()
        self.instruction.setObjectName("sessionInstruction")
        font = self.instruction.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.instruction.setFont(font)
        self.countdown = heading(5.0)
        self.countdown.setObjectName("sessionCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Seconds left"))
        self.counters = plain_label()
        self.counters.setObjectName("sessionCounters")
        self.figure = FigureView(self._figures, FIGURE_SIZE)
        self.figure.setFixedSize(FIGURE_SIZE, FIGURE_SIZE)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        self.time_left = plain_label(wrap=False)
        self.time_left.setObjectName("sessionTimeLeft")
        self.status = plain_label()
        self.status.setObjectName("sessionStatus")

    def _make_buttons(self) -> None:
        self.previous_button = _button(
            self.tr("◀ Previous"), "previousButton", self.tr("Back one step (Left arrow)")
        )
        self.pause_button = _button(
            self.tr("Pause"), "pauseButton", self.tr("Pause or resume (Space)")
        )
        self.next_button = _button(
            self.tr("Next ▶"), "nextButton", self.tr("On to the next step (Right arrow)")
        )
        self.skip_button = _button(
            self.tr("Skip exercise"), "skipButton", self.tr("On to the next exercise (Ctrl+Right)")
        )
        self.stop_button = _button(self.tr("Stop"), "stopButton", self.tr("End the session (Esc)"))
        self.mute_button = _button(
            self.tr("Mute"), "muteButton", self.tr("Silence the voice or bring it back (M)")
        )
        self.mute_button.setCheckable(True)
        self.mute_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.mute_button.toggled.connect(self._on_mute_toggled)
        for button, signal in self._buttons_and_signals():
            button.clicked.connect(signal)
            # Space and the arrows belong to the session, not to whichever button has focus.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _buttons_and_signals(self) -> list[tuple[QPushButton, SignalInstance]]:
        return [
            (self.previous_button, self.previous_requested),
            (self.pause_button, self.pause_toggled),
            (self.next_button, self.next_requested),
            (self.skip_button, self.skip_requested),
            (self.stop_button, self.stop_requested),
        ]

    def _lay_out(self) -> None:
        middle = QGridLayout()
        middle.addWidget(self.figure, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        middle.addWidget(self.phase, 0, 1)
        middle.addWidget(self.countdown, 1, 1)
        middle.addWidget(self.counters, 2, 1, Qt.AlignmentFlag.AlignHCenter)
        middle.setColumnStretch(1, 1)
        middle.setHorizontalSpacing(16)
        controls = QHBoxLayout()
        for button, _signal in self._buttons_and_signals():
            controls.addWidget(button)
        controls.addWidget(self.mute_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.time_left)
        layout = QVBoxLayout(self)
        layout.addWidget(self.exercise_position)
        layout.addWidget(self.exercise_name)
        layout.addLayout(middle)
        layout.addWidget(self.instruction)
        layout.addStretch()
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addLayout(controls)

    def show_muted(self, muted: bool) -> None:
        """Reflect the mute state without announcing it back as a new intent."""
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(muted)
        self.mute_button.blockSignals(False)
        self._label_mute(muted)

    def _on_mute_toggled(self, muted: bool) -> None:
        self._label_mute(muted)
        self.mute_toggled.emit(muted)

    def _label_mute(self, muted: bool) -> None:
        text = self.tr("Unmute") if muted else self.tr("Mute")
        self.mute_button.setText(text)
        self.mute_button.setAccessibleName(text)

    @property
    def time_scale(self) -> float:
        """How many session seconds pass in one real second (the driver's speed)."""
        return self._time_scale

    @time_scale.setter
    def time_scale(self, scale: float) -> None:
        if scale <= 0:
            raise ValueError("time_scale must be positive")
        self._time_scale = scale

    def begin(self, routine: Routine) -> None:
        self._routine = routine
        self._figure_exercise = None
        self.show_state(State.RUNNING.value)

    def show_step(self, step: Step) -> None:
        routine = self._routine
        if step.kind is StepKind.FINISH or routine is None or step.exercise is None:
            return
        exercise = routine.exercises[step.exercise]
        self.exercise_position.setText(
            self.tr("Exercise {number} of {count} · {routine}").format(
                number=step.exercise + 1, count=len(routine.exercises), routine=routine.name
            )
        )
        self.exercise_name.setText(exercise.name)
        self._move_figure(step, exercise)
        self.phase.setText(step.phase)
        self.instruction.setText(step.instruction)
        # Tell screen readers the step changed: they read the instruction's new name.
        self.instruction.setAccessibleName(step.instruction)
        event = QAccessibleEvent(self.instruction, QAccessible.Event.NameChanged)
        QAccessible.updateAccessibility(event)
        self.countdown.setText("" if step.counts_down else "…")
        self.counters.setText(self._counter_text(step))

    def _move_figure(self, step: Step, exercise: Exercise) -> None:
        if exercise is not self._figure_exercise:
            self._figure_exercise = exercise
            self.figure.show_exercise(exercise)
        motion = motion_for(step, exercise)
        if motion is None:
            return
        seconds = motion.seconds / self._time_scale
        if motion.hold:
            self.figure.hold_at(motion.pose, seconds)
        else:
            self.figure.move_to(motion.pose, seconds)
        if self._paused:
            self.figure.pause()

    def _counter_text(self, step: Step) -> str:
        parts = []
        if step.side:
            parts.append(self.tr("Left side") if step.side == "left" else self.tr("Right side"))
        if step.reps:
            parts.append(self.tr("Rep {rep} of {reps}").format(rep=step.rep, reps=step.reps))
        if step.sets > 1:
            parts.append(self.tr("Set {set} of {sets}").format(set=step.set, sets=step.sets))
        return " · ".join(parts)

    def show_countdown(self, seconds: int) -> None:
        self.countdown.setText(str(seconds))

    def show_progress(self, fraction: float, seconds_left: float) -> None:
        self.progress.setValue(round(fraction * 1000))
        self.time_left.setText(self.tr("{time} left").format(time=format_clock(seconds_left)))

    def show_state(self, state: str) -> None:
        paused = state == State.PAUSED.value
        self._paused = paused
        if paused:
            self.figure.pause()
        else:
            self.figure.resume()
        text = self.tr("Resume") if paused else self.tr("Pause")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)
        self.status.setText(self.tr("Paused — press Space to carry on.") if paused else "")

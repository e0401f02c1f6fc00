"""Connects the session driver to a speaker: cues go out, 'spoken' reports come back.

The cue clock (the session machine) decides when a cue starts; the speaker only reports
when it has finished, so a step that waits for its instruction can begin its timed part.
Muting swaps in a silent speaker that keeps the same rhythm. Countdown beeps mark the
last seconds of a get-ready or a rest, on a player of their own so they never cut a cue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from backrelief_gui.core.plan import Plan, Step, StepKind
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.speech.player import CuePlayer
from backrelief_gui.speech.speaker import Speaker

BEEP_SECONDS = (3, 2, 1)
BEEPING_STEPS = (StepKind.GET_READY, StepKind.REST)


def plan_cues(plan: Plan) -> list[str]:
    """Every text a session of ``plan`` may say, in the order it will need them."""
    texts = []
    for step in plan.steps:
        texts.append(step.cue)
        texts.extend(text for _, text in step.marks)
    return texts


class SpeechLink(QObject):
    """Routes the driver's cues to whichever speaker is current (voice or silent)."""

    def __init__(
        self,
        driver: SessionDriver,
        voice: Speaker,
        silent: Speaker,
        beeper: CuePlayer | None = None,
        beep: Path | None = None,
    ) -> None:
        super().__init__(driver)
        self._driver = driver
        self._voice = voice
        self._silent = silent
        self._muted = False
        self._beeper = beeper
        self._beep = beep
        self.beeps = beeper is not None and beep is not None
        self._step_kind: StepKind | None = None
        self._first_tick = True
        self.beeps_played = 0
        driver.cue_requested.connect(self._on_cue)
        driver.step_started.connect(self._on_step_started)
        driver.countdown.connect(self._on_countdown)
        driver.speech_cancelled.connect(self._on_cancel)
        driver.session_started.connect(self.prepare)
        for speaker in (voice, silent):
            speaker.finished.connect(self._on_finished)

    @property
    def speaker(self) -> Speaker:
        return self._silent if self._muted else self._voice

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Switch at once: what is being said stops, and the rest follows in silence."""
        if muted == self._muted:
            return
        self.speaker.cancel()
        self._muted = muted

    def prepare(self, plan: Plan) -> None:
        self._voice.prepare(plan_cues(plan))

    def _on_cue(self, index: int, text: str) -> None:
        self.speaker.say(index, text)

    def _on_cancel(self) -> None:
        self._voice.cancel()
        self._silent.cancel()

    def _on_finished(self, index: int) -> None:
        if self.sender() is self.speaker:
            self._driver.cue_spoken(index)

    def _on_step_started(self, _index: int, step: Step) -> None:
        self._step_kind = step.kind
        self._first_tick = True
        if step.kind in BEEPING_STEPS and self.beeps and not self._muted and self._beeper:
            self._beeper.warm_up()  # its beeps come in this step's last seconds

    def _on_countdown(self, seconds: int) -> None:
        first, self._first_tick = self._first_tick, False
        if first or seconds not in BEEP_SECONDS or self._step_kind not in BEEPING_STEPS:
            return
        if self.beeps and not self._muted and self._beeper and self._beep:
            self._beeper.play(seconds, self._beep)
            self.beeps_played += 1

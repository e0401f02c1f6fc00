"""Connects the session driver to a speaker: cues go out, 'spoken' reports come back.

The cue clock (the session machine) decides when a cue starts; the speaker only reports
when it has finished, so a step that waits for its instruction can begin its timed part.
Muting swaps in a silent speaker that keeps the same rhythm.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from backrelief_gui.core.plan import Plan
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.speech.speaker import Speaker


def plan_cues(plan: Plan) -> list[str]:
    """Every text a session of ``plan`` may say, in the order it will need them."""
    texts = []
    for step in plan.steps:
        texts.append(step.cue)
        texts.extend(text for _, text in step.marks)
    return texts


class SpeechLink(QObject):
    """Routes the driver's cues to whichever speaker is current (voice or silent)."""

    def __init__(self, driver: SessionDriver, voice: Speaker, silent: Speaker) -> None:
        super().__init__(driver)
        self._driver = driver
        self._voice = voice
        self._silent = silent
        self._muted = False
        self._prepared: list[str] = []
        driver.cue_requested.connect(self._on_cue)
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

    def prepare_texts(self, texts: Iterable[str]) -> None:
        self._voice.prepare(texts)

    def _on_cue(self, index: int, text: str) -> None:
        self.speaker.say(index, text)

    def _on_cancel(self) -> None:
        self._voice.cancel()
        self._silent.cancel()

    def _on_finished(self, index: int) -> None:
        if self.sender() is self.speaker:
            self._driver.cue_spoken(index)

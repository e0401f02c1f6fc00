"""The driver and a speaker together: speech-synchronised steps, cancelling, muting.

The speaker here is a test double whose cues end only when the test says so: it stands in
for the sound card this machine does not have, so slow and hung voices can be staged.
"""

from __future__ import annotations

import pytest

from backrelief_gui.core.catalogue import Dose, Routine
from backrelief_gui.core.plan import StepKind, compile_plan
from backrelief_gui.core.session import State
from backrelief_gui.qt.driver import SessionDriver
from backrelief_gui.qt.speech_link import SpeechLink, plan_cues
from backrelief_gui.speech.speaker import Speaker
from tests.core.conftest import make_hold


class ScriptedSpeaker(Speaker):
    """Says nothing; a cue ends when the test calls :meth:`end`."""

    def __init__(self) -> None:
        super().__init__()
        self.said: list[tuple[int, str]] = []
        self.cancels = 0
        self.prepared: list[str] = []
        self.current: tuple[int, str] | None = None

    def prepare(self, texts):
        self.prepared.extend(texts)

    def say(self, cue_id: int, text: str) -> None:
        self.said.append((cue_id, text))
        self.current = (cue_id, text)

    def cancel(self) -> None:
        self.cancels += 1
        self.current = None

    def end(self) -> None:
        cue_id, _ = self.current
        self.current = None
        self.finished.emit(cue_id)


SPEED = 1000.0  # a session second passes in a real millisecond


class FakeClock:
    """Real time stands still; ``at(s)`` moves the session to ``s`` seconds."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def at(self, session_seconds: float) -> None:
        self.now = session_seconds / SPEED


@pytest.fixture
def rig(qtbot, library):
    clock = FakeClock()
    driver = SessionDriver(clock=clock, speed=SPEED, wait_for_speech=True)
    voice, silent = ScriptedSpeaker(), ScriptedSpeaker()
    link = SpeechLink(driver, voice, silent)
    routine = Routine("r", "R", "d", (make_hold(reps=2, hold=10),))
    plan = compile_plan(routine, Dose.STANDARD, library.phrases)
    yield driver, clock, voice, silent, link, plan
    driver.stop()


def test_every_cue_is_prepared_when_a_session_starts(rig):
    driver, _, voice, _, _, plan = rig
    driver.begin(plan)
    assert voice.prepared == plan_cues(plan)
    assert "3" in voice.prepared  # the spoken count before a release


def test_a_slow_voice_delays_the_timed_hold(qtbot, rig):
    driver, clock, voice, _, _, plan = rig
    driver.begin(plan)
    assert voice.said[-1] == (0, plan.steps[0].cue)
    clock.at(12.0)  # far past the announcement's estimate, but the voice is still talking
    checks = driver.rechecks
    qtbot.waitUntil(lambda: driver.rechecks > checks, timeout=3000)
    assert driver.machine.index == 0
    voice.end()
    assert driver.machine.index == 1  # spoken at last: the step ends


def test_a_hung_voice_hits_the_ceiling(qtbot, rig):
    driver, clock, voice, _, _, plan = rig
    driver.begin(plan)
    clock.at(plan.steps[0].spoken.ceiling)
    qtbot.waitUntil(lambda: driver.machine.index == 1, timeout=3000)
    assert voice.said[-1][0] == 1  # the next cue was said: the session went on


def test_pause_mid_cue_cuts_it_and_resume_says_it_again(rig):
    driver, clock, voice, _, _, plan = rig
    driver.begin(plan)
    clock.at(1.0)
    driver.pause()
    assert voice.cancels >= 1 and voice.current is None
    clock.at(50.0)
    driver.resume()
    assert voice.said[-1] == (0, plan.steps[0].cue)  # what to do, once more
    assert driver.machine.index == 0


def test_a_stale_report_after_next_is_ignored(rig):
    driver, _, voice, _, _, plan = rig
    driver.begin(plan)
    driver.next_step()  # the announcement is cut; the get-ready step begins
    assert voice.cancels >= 1
    voice.finished.emit(0)  # a late report about the cut cue
    assert driver.machine.index == 1
    assert driver.machine.step.kind is StepKind.GET_READY


def test_muting_switches_to_the_silent_speaker_at_once(rig):
    driver, _, voice, silent, link, plan = rig
    driver.begin(plan)
    link.set_muted(True)
    assert voice.current is None  # what was being said stopped
    driver.next_step()
    assert silent.said[-1] == (1, plan.steps[1].cue)
    voice.finished.emit(1)  # the voice no longer counts
    silent.end()
    link.set_muted(False)
    driver.next_step()
    assert voice.said[-1] == (2, plan.steps[2].cue)
    assert driver.state is State.RUNNING


class CountingPlayer:
    """Stands in for the beep's sound output (no sound card here): counts what it plays."""

    def __init__(self) -> None:
        self.played: list[int] = []
        self.warmed = 0

    def warm_up(self) -> None:
        self.warmed += 1

    def play(self, token, path) -> None:
        self.played.append(token)


def test_beeps_mark_the_last_seconds_of_get_ready(qtbot, library, tmp_path):
    clock = FakeClock()
    driver = SessionDriver(clock=clock, speed=SPEED)
    player = CountingPlayer()
    link = SpeechLink(driver, ScriptedSpeaker(), ScriptedSpeaker(), player, tmp_path / "b.wav")
    routine = Routine("r", "R", "d", (make_hold(reps=1, hold=10),))
    plan = compile_plan(routine, Dose.STANDARD, library.phrases)
    ticks = []
    driver.countdown.connect(ticks.append)
    driver.begin(plan)
    get_ready = plan.steps[1]
    for second in range(int(get_ready.duration)):  # through the get-ready, second by second
        clock.at(get_ready.start + second)
        qtbot.waitUntil(lambda n=second: len(ticks) > n, timeout=3000)
    assert ticks[:5] == [5, 4, 3, 2, 1]
    assert player.played == [3, 2, 1]
    assert player.warmed >= 1  # the beeps' sound output was opened as the get-ready began
    link.set_muted(True)  # muted: no beeps either
    clock.at(plan.steps[-1].start)
    qtbot.waitUntil(lambda: driver.state is State.FINISHED, timeout=3000)
    assert link.beeps_played == 3

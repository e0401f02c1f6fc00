"""The UI thread keeps serving while a long cue is synthesised and played for real.

The cue is written by eSpeak NG in the speech worker's thread and played by a real
player process into a real PulseAudio server (a null sink), so nothing is faked here.
"""

from __future__ import annotations

import itertools
import shutil
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from backrelief_gui.speech.engine import VoiceSettings
from backrelief_gui.speech.player import find_player
from backrelief_gui.speech.speaker import VoiceSpeaker

LONG_CUE = (
    "Sit on a chair with your feet flat on the floor and your hands behind your head, "
    "then lean back slowly and let your upper back arch over the top of the chair back; "
    "stay there, breathing calmly, and come back to neutral when the time is up."
)
MAX_GAP_MS = 20.0


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="eSpeak NG is not installed")
def test_no_long_gap_while_a_long_cue_is_made_and_played(
    qtbot, pulse_server, monkeypatch, tmp_path
):
    for name, value in pulse_server.env().items():
        monkeypatch.setenv(name, value)  # the player process goes to the test's server
    speaker = VoiceSpeaker(tmp_path / "cues", VoiceSettings(), find_player())
    try:
        qtbot.waitSignal(speaker.ready, timeout=30_000).wait()
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(2)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        heartbeat.start()
        with qtbot.waitSignal(speaker.finished, timeout=60_000):
            speaker.say(1, LONG_CUE)  # not prepared: synthesis happens now, in the worker
        heartbeat.stop()
    finally:
        speaker.shutdown()
    gaps_ms = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(beats)]
    assert (beats[-1] - beats[0]) > 5  # the cue really was long, and really played
    assert max(gaps_ms) < MAX_GAP_MS, f"largest gap {max(gaps_ms):.1f} ms"

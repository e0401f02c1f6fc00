"""Cutting a cue really silences it: heard through a real sound server, not assumed."""

from __future__ import annotations

import shutil

import pytest

from backrelief_gui.speech.engine import VoiceSettings
from backrelief_gui.speech.player import find_player
from backrelief_gui.speech.speaker import VoiceSpeaker
from tests.speech.audio import SILENCE_FLOOR, window_rms

LONG_CUE = (
    "Come down onto your hands and knees, with your hands under your shoulders and your "
    "knees under your hips, and let your breathing set the pace of every movement."
)
RATE = 22050


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="eSpeak NG is not installed")
def test_cancel_mid_cue_stops_the_sound(qtbot, pulse_server, monkeypatch, tmp_path):
    for name, value in pulse_server.env().items():
        monkeypatch.setenv(name, value)
    speaker = VoiceSpeaker(tmp_path / "cues", VoiceSettings(), find_player())
    try:
        qtbot.waitSignal(speaker.ready, timeout=30_000).wait()
        speaker.prepare([LONG_CUE])
        recording = pulse_server.record(tmp_path / "heard.raw")
        with qtbot.waitSignal(speaker.started, timeout=30_000):
            speaker.say(1, LONG_CUE)
        qtbot.waitUntil(lambda: recording.seconds() > 1.5, timeout=30_000)
        cut_at = recording.seconds()  # where the recording stood when the cue was cut
        with qtbot.assertNotEmitted(speaker.finished, wait=0):
            speaker.cancel()
        qtbot.waitUntil(lambda: recording.seconds() > cut_at + 1.5, timeout=30_000)
    finally:
        speaker.shutdown()
    heard = recording.stop()
    levels = window_rms(heard, RATE, 20)
    before = levels[int((cut_at - 1.0) * 50) : int(cut_at * 50)]
    after = levels[int((cut_at + 0.3) * 50) : int((cut_at + 1.4) * 50)]
    assert max(before) > 10 * SILENCE_FLOOR  # the cue was really sounding
    assert max(after) < SILENCE_FLOOR  # and 300 ms after the cut, nothing at all

"""Speakers and the player: real processes and real synthesis, no sound card needed.

Where a test needs a "player", it runs a real program that exits at once (``true``),
fails (``false``) or lasts as long as asked (``sleep``): the playing edge, without audio.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backrelief_gui.core.plan import estimate_speech_seconds
from backrelief_gui.speech.engine import VoiceSettings
from backrelief_gui.speech.player import ProcessPlayer
from backrelief_gui.speech.speaker import SilentSpeaker, VoiceSpeaker
from backrelief_gui.speech.worker import cue_file

TRUE, FALSE, SLEEP = ("true",), ("false",), ("sleep",)


class TestSilentSpeaker:
    def test_a_cue_lasts_its_reading_time(self, qtbot):
        speaker = SilentSpeaker(time_scale=100.0)
        text = "Pull your shoulder blades back and together."
        with qtbot.waitSignal(speaker.finished, timeout=2000) as done:
            speaker.say(7, text)
            assert speaker.busy
        assert done.args == [7]
        assert estimate_speech_seconds(text) > 1  # so the wait above was a real one

    def test_cancel_means_no_finished_report(self, qtbot):
        speaker = SilentSpeaker(time_scale=1000.0)
        speaker.say(1, "Hold for ten seconds.")
        speaker.cancel()
        with qtbot.assertNotEmitted(speaker.finished, wait=50):
            pass
        assert not speaker.busy


class TestProcessPlayer:
    def test_a_cue_that_plays_to_its_end(self, qtbot, tmp_path):
        player = ProcessPlayer((TRUE,))
        with qtbot.waitSignals([player.started, player.finished], timeout=5000):
            player.play(3, tmp_path / "cue.wav")

    def test_stop_silences_at_once_and_reports_nothing(self, qtbot):
        player = ProcessPlayer((SLEEP,))
        with qtbot.waitSignal(player.started, timeout=5000):
            player.play(1, Path("30"))  # `sleep 30`: a cue that would last half a minute
        with qtbot.assertNotEmitted(player.finished, wait=100):
            player.stop()
        assert player.description == "sleep"

    def test_a_new_cue_replaces_the_one_playing(self, qtbot):
        player = ProcessPlayer((SLEEP,))
        player.play(1, Path("30"))
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            player.play(2, Path("0"))
        assert done.args == [2]

    def test_a_failing_player_gives_way_to_the_next(self, qtbot):
        player = ProcessPlayer((FALSE, TRUE))
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            player.play(5, Path("cue.wav"))
        assert done.args == [5] and player.description == "true"

    def test_when_every_player_fails_the_reason_is_given(self, qtbot):
        player = ProcessPlayer((FALSE, ("no-such-player-here",)))
        with qtbot.waitSignal(player.failed, timeout=5000) as failure:
            player.play(9, Path("cue.wav"))
        assert failure.args[0] == 9 and "no-such-player-here" in failure.args[1]


needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="eSpeak NG is not installed"
)


@pytest.fixture
def voice_speaker(qtbot, tmp_path):
    made = []

    def make(player):
        speaker = VoiceSpeaker(tmp_path / "cues", VoiceSettings(), player)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.shutdown()


@needs_espeak
class TestVoiceSpeaker:
    def test_the_self_test_names_the_voice(self, qtbot, voice_speaker):
        speaker = voice_speaker(ProcessPlayer((TRUE,)))
        with qtbot.waitSignal(speaker.ready, timeout=30_000) as ready:
            pass
        assert "English" in ready.args[0]

    def test_prepared_cues_are_written_ahead(self, qtbot, voice_speaker, tmp_path):
        speaker = voice_speaker(ProcessPlayer((TRUE,)))
        texts = ["Get ready.", "Hold for ten seconds.", "And relax."]
        speaker.prepare(texts)
        files = [cue_file(tmp_path / "cues", text, VoiceSettings()) for text in texts]
        qtbot.waitUntil(lambda: all(path.exists() for path in files), timeout=30_000)
        assert all(path.stat().st_size > 10_000 for path in files)

    def test_a_cue_is_played_and_reported(self, qtbot, voice_speaker):
        speaker = voice_speaker(ProcessPlayer((TRUE,)))
        qtbot.waitSignal(speaker.ready, timeout=30_000).wait()
        with qtbot.waitSignal(speaker.finished, timeout=30_000) as done:
            speaker.say(4, "A cue written on demand.")
        assert done.args == [4]

    def test_cancel_stops_a_cue_mid_way(self, qtbot, voice_speaker):
        speaker = voice_speaker(ProcessPlayer((SLEEP,)))
        qtbot.waitSignal(speaker.ready, timeout=30_000).wait()
        with qtbot.waitSignal(speaker.started, timeout=30_000):
            speaker.say(1, "Ready.")  # the self-test wrote this one: it plays at once
        with qtbot.assertNotEmitted(speaker.finished, wait=100):
            speaker.cancel()

    def test_no_sound_means_one_plain_message_and_silent_timing(self, qtbot, voice_speaker):
        speaker = voice_speaker(ProcessPlayer((FALSE,)))
        qtbot.waitSignal(speaker.ready, timeout=30_000).wait()
        with qtbot.waitSignal(speaker.problem, timeout=30_000) as problem:
            speaker.say(2, "Ready.")
        assert "not be played" in problem.args[0] and "sound device" in problem.args[0]
        with qtbot.waitSignal(speaker.finished, timeout=30_000) as done:
            pass  # the cue still ends, after its reading time
        assert done.args == [2]
        with qtbot.assertNotEmitted(speaker.problem, wait=50):
            speaker.say(3, "Ready.")  # told once, not at every cue

    def test_no_player_at_all_is_reported(self, qtbot, voice_speaker):
        with qtbot.waitSignal(voice_speaker(None).problem, timeout=5000) as problem:
            pass
        assert "alsa-utils" in problem.args[0]


def test_a_missing_espeak_library_is_explained_with_the_fix(qtbot, voice_speaker, monkeypatch):
    """This machine has eSpeak NG, so its absence is staged where pyttsx3 reports it."""
    import pyttsx3

    def no_library(*_args, **_kwargs):
        raise RuntimeError("could not initialize espeak")

    monkeypatch.setattr(pyttsx3, "Engine", no_library)
    monkeypatch.setattr("sys.platform", "linux")
    speaker = voice_speaker(ProcessPlayer((TRUE,)))
    with qtbot.waitSignal(speaker.problem, timeout=30_000) as problem:
        pass
    assert "sudo apt-get install espeak-ng" in problem.args[0]
    assert "not spoken" in problem.args[0]
    with qtbot.waitSignal(speaker.finished, timeout=30_000):
        speaker.say(1, "Get ready.")  # silent, but the session keeps its rhythm

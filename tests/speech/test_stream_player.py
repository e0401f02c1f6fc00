"""The stream player: one long-lived raw-PCM process per player, each cue written to it.

The first tests stand a shell's ``cat`` in for the stream (it takes frames and plays
nothing), to check timing and failures without a sound server; the others play into a
private PulseAudio null sink through ``pacat`` and judge what its monitor recorded.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess

from backrelief_gui.speech import player as player_module
from backrelief_gui.speech.player import (
    CONNECT_ALLOWANCE_MS,
    STREAM_COMMANDS,
    ProcessPlayer,
    StreamCommand,
    StreamPlayer,
    find_player,
    read_pcm,
)
from tests.speech.audio import (
    samples_from_bytes,
    silence,
    sine,
    utterances,
    window_rms,
    write_wav,
)
from tests.speech.pulse import RATE

FORMATS = STREAM_COMMANDS[0].formats
LATENCY_MS = 20
#: Takes frames forever and plays nothing; ``{rate}`` lands in ``$0``, ignored.
CAT = StreamCommand(("sh", "-c", "exec cat > /dev/null", "{rate}"), FORMATS, LATENCY_MS)
EXITS = StreamCommand(("false",), FORMATS, LATENCY_MS)
MISSING = StreamCommand(("no-such-stream-player",), FORMATS, LATENCY_MS)
TRUE, FALSE = ("true",), ("false",)


def tone_file(path: Path, seconds: float, *, lead: float = 0.0, rate: int = RATE, **kw) -> Path:
    write_wav(path, silence(lead, rate) + sine(seconds, rate, **kw), rate)
    return path


def running(player: StreamPlayer) -> list[QProcess]:
    return [
        process
        for process in player.findChildren(QProcess)
        if process.state() == QProcess.ProcessState.Running
    ]


@pytest.fixture
def players():
    """Stream players made by a test, closed after it so no process outlives it."""
    made: list[StreamPlayer] = []

    def make(*commands: StreamCommand, fallback=None) -> StreamPlayer:
        player = StreamPlayer(commands, fallback)
        made.append(player)
        return player

    yield make
    for player in made:
        player.close()


class TestStreamWithoutSound:
    def test_finished_comes_the_frames_length_after_they_are_written(
        self, qtbot, players, tmp_path
    ):
        player = players(CAT)
        player.warm_up()
        qtbot.waitUntil(lambda: bool(running(player)), timeout=5000)
        cue = tone_file(tmp_path / "cue.wav", 0.4)
        with qtbot.waitSignal(player.started, timeout=0):  # already emitted by play()
            player.play(3, cue)
        written = time.monotonic()
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            pass
        assert done.args == [3]
        assert 0.4 + LATENCY_MS / 1000 <= time.monotonic() - written < 0.4 + 0.3
        assert player.description == "sh"

    def test_stop_reports_nothing_and_opens_a_fresh_stream(self, qtbot, players, tmp_path):
        player = players(CAT)
        with qtbot.waitSignal(player.started, timeout=5000):
            player.play(1, tone_file(tmp_path / "long.wav", 5.0))
        (first,) = running(player)
        cut = first.processId()
        with qtbot.assertNotEmitted(player.finished, wait=200):
            player.stop()
        qtbot.waitUntil(lambda: len(running(player)) == 1, timeout=5000)
        assert running(player)[0].processId() != cut  # the cut one is gone, a new one waits
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            player.play(2, tone_file(tmp_path / "short.wav", 0.1))
        assert done.args == [2]

    def test_a_stop_between_cues_keeps_the_stream(self, qtbot, players, tmp_path):
        player = players(CAT)
        with qtbot.waitSignal(player.finished, timeout=5000):
            player.play(1, tone_file(tmp_path / "cue.wav", 0.1))
        (stream,) = running(player)
        player.stop()  # what the speaker does before every cue
        with qtbot.waitSignal(player.finished, timeout=5000):
            player.play(2, tone_file(tmp_path / "cue.wav", 0.1))
        assert running(player) == [stream]

    def test_a_new_cue_replaces_the_one_playing(self, qtbot, players, tmp_path):
        player = players(CAT)
        player.play(1, tone_file(tmp_path / "long.wav", 5.0))
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            player.play(2, tone_file(tmp_path / "short.wav", 0.1))
        assert done.args == [2]

    def test_another_format_reopens_the_stream_in_it(self, qtbot, players, tmp_path):
        player = players(CAT)
        with qtbot.waitSignal(player.finished, timeout=5000):
            player.play(1, tone_file(tmp_path / "speech.wav", 0.1))
        with qtbot.waitSignal(player.finished, timeout=5000):
            player.play(2, tone_file(tmp_path / "other.wav", 0.1, rate=16000))
        (stream,) = running(player)
        assert "16000" in stream.arguments()

    def test_an_idle_stream_is_closed(self, qtbot, monkeypatch, players, tmp_path):
        monkeypatch.setattr(player_module, "IDLE_CLOSE_MS", 300)
        player = players(CAT)
        with qtbot.waitSignal(player.finished, timeout=5000):
            player.play(1, tone_file(tmp_path / "cue.wav", 0.1))
        assert running(player)
        qtbot.waitUntil(lambda: not running(player), timeout=5000)
        with qtbot.waitSignal(player.finished, timeout=5000):  # and opened again for a cue
            player.play(2, tone_file(tmp_path / "cue.wav", 0.1))

    def test_a_stream_that_cannot_start_gives_way_to_the_fallback(self, qtbot, players, tmp_path):
        player = players(MISSING, fallback=ProcessPlayer((TRUE,)))
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            player.play(5, tone_file(tmp_path / "cue.wav", 0.1))
        assert done.args == [5] and player.description == "true"

    def test_a_stream_that_exits_gives_way_to_the_next(self, qtbot, players, tmp_path):
        player = players(EXITS, CAT, fallback=ProcessPlayer((FALSE,)))
        with qtbot.waitSignal(player.finished, timeout=5000) as done:
            player.play(6, tone_file(tmp_path / "cue.wav", 0.1))
        assert done.args == [6] and player.description == "sh"

    def test_without_a_fallback_the_reason_is_given(self, qtbot, players, tmp_path):
        player = players(EXITS, MISSING)
        with qtbot.waitSignal(player.failed, timeout=5000) as failure:
            player.play(9, tone_file(tmp_path / "cue.wav", 0.1))
        assert failure.args[0] == 9 and "no-such-stream-player" in failure.args[1]

    def test_a_stream_that_dies_after_working_is_opened_again(self, qtbot, players, tmp_path):
        player = players(CAT, fallback=ProcessPlayer((FALSE,)))
        with qtbot.waitSignal(player.finished, timeout=5000):
            player.play(1, tone_file(tmp_path / "cue.wav", 0.1))
        (stream,) = running(player)
        os.kill(stream.processId(), signal.SIGKILL)  # as if the sound server went away
        qtbot.waitUntil(lambda: not running(player), timeout=5000)
        with (
            qtbot.assertNotEmitted(player.failed, wait=0),
            qtbot.waitSignal(player.finished, timeout=5000) as done,
        ):
            player.play(2, tone_file(tmp_path / "cue.wav", 0.1))
        assert done.args == [2] and player.description == "sh"

    def test_a_file_that_cannot_be_read_is_reported(self, qtbot, players, tmp_path):
        broken = tmp_path / "broken.wav"
        broken.write_bytes(b"not a wav file")
        player = players(CAT)
        with qtbot.waitSignal(player.failed, timeout=5000) as failure:
            player.play(4, broken)
        assert failure.args[0] == 4 and "broken.wav" in failure.args[1]
        fallen = players(CAT, fallback=ProcessPlayer((TRUE,)))
        with qtbot.waitSignal(fallen.finished, timeout=5000):  # the file player may read it
            fallen.play(4, broken)

    def test_close_ends_every_process(self, qtbot, players, tmp_path):
        player = players(CAT)
        with qtbot.waitSignal(player.started, timeout=5000):
            player.play(1, tone_file(tmp_path / "long.wav", 5.0))
        with qtbot.assertNotEmitted(player.finished, wait=100):
            player.close()
        assert not running(player)


class TestLeadingSilence:
    def test_it_is_left_out(self, tmp_path):
        pcm = read_pcm(tone_file(tmp_path / "cue.wav", 0.2, lead=0.05))
        assert pcm.skipped == pytest.approx(0.05 * RATE, abs=2)
        assert pcm.seconds == pytest.approx(0.2, abs=0.001)
        assert max(abs(s) for s in samples_from_bytes(pcm.frames[:4])) > 0

    def test_a_silent_file_keeps_its_length(self, tmp_path):
        path = tmp_path / "quiet.wav"
        write_wav(path, silence(0.3, RATE), RATE)
        pcm = read_pcm(path)
        assert pcm.skipped == 0 and pcm.seconds == pytest.approx(0.3, abs=0.001)


def test_find_player_streams_where_it_can(monkeypatch):
    def which(name: str) -> str | None:
        return f"/usr/bin/{name}" if name in ("pacat", "paplay") else None

    monkeypatch.setattr(player_module.shutil, "which", which)
    chosen = find_player()
    assert isinstance(chosen, StreamPlayer) and chosen.description == "pacat"
    chosen.close()
    monkeypatch.setattr(player_module.shutil, "which", lambda n: "/bin/x" if n == "aplay" else None)
    assert isinstance(find_player(), ProcessPlayer)


# -- into a real sound server ---------------------------------------------------------

needs_pacat = pytest.mark.skipif(shutil.which("pacat") is None, reason="pacat is not installed")
PACAT = STREAM_COMMANDS[0]


@pytest.fixture
def pulse_env(pulse_server, monkeypatch):
    """Every player process started from now on plays into the test's server."""
    for name, value in pulse_server.env().items():
        monkeypatch.setenv(name, value)
    return pulse_server


def heard_tones(recording) -> list[tuple[float, float]]:
    """Each tone heard, as (start, end) seconds: split at any silence of 10 ms or more."""
    return utterances(recording.stop(), RATE, window_ms=5, min_gap_ms=10, min_len_ms=20)


@needs_pacat
def test_cues_in_turn_are_heard_whole_in_order_and_apart(qtbot, players, pulse_env, tmp_path):
    """Each cue is played when the one before reports finished, as a session does. Had
    finished come before a cue's last frame was played, the next cue's frames would have
    joined it in the stream without a gap, and the two would be heard as one."""
    lengths = (0.3, 0.6, 0.45)
    files = [
        tone_file(tmp_path / f"{n}.wav", seconds, lead=0.02, frequency=300 + 200 * n)
        for n, seconds in enumerate(lengths)
    ]
    player = players(PACAT)  # not warmed up: the first cue also opens the stream
    recording = pulse_env.record(tmp_path / "heard.raw")
    recording.wait_for(0.3)
    for token, path in enumerate(files):
        with qtbot.waitSignal(player.finished, timeout=10_000) as done:
            player.play(token, path)
        assert done.args == [token]
    recording.wait_for(recording.seconds() + 0.3)
    heard = heard_tones(recording)
    assert [end - start for start, end in heard] == pytest.approx(lengths, abs=0.015)
    gaps = [later[0] - earlier[1] for earlier, later in itertools.pairwise(heard)]
    # Apart, and promptly after: within what finished allows for, plus 50 ms.
    promptly = (PACAT.latency_ms + CONNECT_ALLOWANCE_MS) / 1000 + 0.05
    assert all(0.005 <= gap < promptly for gap in gaps), gaps


@needs_pacat
def test_stop_silences_at_once_and_the_next_cue_still_plays(qtbot, players, pulse_env, tmp_path):
    player = players(PACAT)
    recording = pulse_env.record(tmp_path / "heard.raw")
    player.warm_up()
    qtbot.waitUntil(lambda: bool(running(player)), timeout=5000)
    recording.wait_for(0.3)
    played_at = recording.seconds()
    with qtbot.waitSignal(player.started, timeout=5000):
        player.play(1, tone_file(tmp_path / "long.wav", 3.0))
    qtbot.waitUntil(lambda: recording.seconds() > played_at + 0.8, timeout=10_000)
    cut_at = recording.seconds()  # where the recording stood when the cue was cut
    with qtbot.assertNotEmitted(player.finished, wait=0):
        player.stop()
    qtbot.waitUntil(lambda: recording.seconds() > cut_at + 0.5, timeout=10_000)
    resumed_at = recording.seconds()
    with qtbot.waitSignal(player.finished, timeout=10_000):
        player.play(2, tone_file(tmp_path / "short.wav", 0.3, frequency=660))
    recording.wait_for(recording.seconds() + 0.2)
    (first_start, first_end), (second_start, second_end) = heard_tones(recording)
    # The recording lags the sink by its own latency, so these bounds are generous.
    assert played_at <= first_start and first_end < cut_at + 0.1
    assert resumed_at <= second_start < resumed_at + 0.1
    assert second_end - second_start == pytest.approx(0.3, abs=0.015)


@needs_pacat
def test_two_players_are_heard_together(qtbot, players, pulse_env, tmp_path):
    """The voice and the countdown beeper each have a stream; the server mixes them."""
    voice, beeper = players(PACAT), players(PACAT)
    ended: list[int] = []
    voice.finished.connect(ended.append)
    recording = pulse_env.record(tmp_path / "heard.raw")
    recording.wait_for(0.3)
    played_at = recording.seconds()
    with qtbot.waitSignal(voice.started, timeout=5000):
        voice.play(1, tone_file(tmp_path / "voice.wav", 1.2, frequency=440, amplitude=0.3))
    qtbot.waitUntil(lambda: recording.seconds() > played_at + 0.4, timeout=10_000)
    with qtbot.waitSignal(beeper.finished, timeout=10_000):
        beeper.play(7, tone_file(tmp_path / "beep.wav", 0.3, frequency=1000, amplitude=0.3))
    qtbot.waitUntil(lambda: ended == [1], timeout=10_000)
    recording.wait_for(recording.seconds() + 0.2)
    samples = recording.stop()
    ((start, end),) = utterances(samples, RATE, window_ms=5, min_gap_ms=10, min_len_ms=20)
    assert end - start == pytest.approx(1.2, abs=0.015)  # the beep did not cut the voice
    levels = window_rms(samples[round(start * RATE) : round(end * RATE)], RATE, 20)
    alone = sorted(levels)[len(levels) // 2]
    together = [level for level in levels if level > 1.25 * alone]
    assert 12 <= len(together) <= 17  # 0.3 s of 20 ms windows with both tones


@needs_pacat
def test_with_no_server_to_stream_to_the_file_player_plays(qtbot, players, pulse_env, tmp_path):
    nowhere = StreamCommand(
        (*PACAT.arguments, "--server=unix:/nonexistent/backrelief"), FORMATS, LATENCY_MS
    )
    player = players(nowhere, fallback=ProcessPlayer((("paplay",),)))
    recording = pulse_env.record(tmp_path / "heard.raw")
    recording.wait_for(0.3)
    with qtbot.waitSignal(player.finished, timeout=10_000) as done:
        player.play(3, tone_file(tmp_path / "cue.wav", 0.4))
    assert done.args == [3] and player.description == "paplay"
    recording.wait_for(recording.seconds() + 0.2)
    ((start, end),) = heard_tones(recording)
    assert end - start == pytest.approx(0.4, abs=0.015)

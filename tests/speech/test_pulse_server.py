"""The private PulseAudio server really carries what players play, so recordings can be trusted.

Later speech tests judge the app by what this server records; these tests prove the
recording holds the played file, whole, in order, at its own length, and that the
players the app uses (``aplay`` through ALSA's pulse plugin, and ``paplay``) reach it.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.speech.audio import read_wav, rms, utterances
from tests.speech.pulse import RATE, SINK, PulseServer

PLAYERS = [("aplay", "-q"), ("paplay",)]


def speak_to_file(path: Path, text: str) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (Debian: apt-get install espeak-ng)")
    subprocess.run(["espeak-ng", "-w", str(path), text], check=True, timeout=30)
    return path


def speech_span(path: Path) -> float:
    """Seconds from the first to the last sound in a file (eSpeak pads both ends)."""
    samples, rate = read_wav(path)
    found = utterances(samples, rate)
    assert len(found) == 1, found
    return found[0][1] - found[0][0]


def play(pulse: PulseServer, player: tuple[str, ...], path: Path) -> None:
    if shutil.which(player[0]) is None:
        pytest.skip(f"{player[0]} is not installed")
    subprocess.run([*player, str(path)], env=pulse.env(), check=True, timeout=30)


@pytest.fixture
def hold_wav(tmp_path) -> Path:
    return speak_to_file(tmp_path / "hold.wav", "Hold for ten seconds")


@pytest.mark.parametrize("player", PLAYERS, ids=lambda player: player[0])
def test_a_played_file_is_recorded_whole_as_one_utterance(pulse_server, hold_wav, player):
    asked = time.monotonic()
    recording = pulse_server.record(hold_wav.with_name("recorded.raw"))
    assert time.monotonic() - asked < 1.0  # audio flows at once (the null sink's norewinds)
    recording.wait_for(0.3)  # some silence first, so a lost start would show
    launched_at = recording.seconds()

    play(pulse_server, player, hold_wav)
    recording.wait_for(recording.seconds() + 0.5)  # and silence after, so does a lost end
    samples = recording.stop()

    heard = utterances(samples, RATE)
    file_samples, file_rate = read_wav(hold_wav)
    file_seconds = len(file_samples) / file_rate
    assert len(heard) == 1, heard
    start, end = heard[0]
    assert end - start == pytest.approx(file_seconds, abs=0.5)
    assert end - start == pytest.approx(speech_span(hold_wav), abs=0.1)  # nothing cut off
    assert launched_at - 0.05 <= start <= launched_at + 1.0  # heard when played, promptly
    ((file_start, file_end),) = utterances(file_samples, file_rate)
    played = rms(file_samples[round(file_start * file_rate) : round(file_end * file_rate)])
    assert rms(samples[round(start * RATE) : round(end * RATE)]) == pytest.approx(played, rel=0.2)


def test_two_files_played_in_turn_are_recorded_as_two_utterances_in_order(pulse_server, tmp_path):
    long = speak_to_file(tmp_path / "long.wav", "Hold for ten seconds")
    short = speak_to_file(tmp_path / "short.wav", "Relax")
    long_span, short_span = speech_span(long), speech_span(short)
    assert long_span - short_span > 0.4  # different enough to tell apart
    recording = pulse_server.record(tmp_path / "recorded.raw")

    play(pulse_server, ("aplay", "-q"), long)
    play(pulse_server, ("aplay", "-q"), short)
    recording.wait_for(recording.seconds() + 0.5)
    heard = utterances(recording.stop(), RATE)

    assert len(heard) == 2, heard
    (first_start, first_end), (second_start, second_end) = heard
    assert first_end - first_start == pytest.approx(long_span, abs=0.1)
    assert second_end - second_start == pytest.approx(short_span, abs=0.1)
    assert second_start > first_end


def test_clients_reach_only_the_private_server(pulse_server):
    info = subprocess.run(
        ["pactl", "info"],
        env={**pulse_server.env(), "LC_ALL": "C"},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )

    assert info.returncode == 0, info.stderr
    assert f"Server String: {pulse_server.server}" in info.stdout
    assert f"Default Sink: {SINK}" in info.stdout
    assert pulse_server.server.startswith(f"unix:{pulse_server.directory}")


def test_stop_ends_the_server_and_may_be_repeated(tmp_path):
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed")
    server = PulseServer(tmp_path / "pulse")
    try:
        server.start()
        recording = server.record(tmp_path / "recorded.raw")

        server.stop()
        server.stop()
    finally:
        server.stop()  # the server must not outlive a failed test

    assert recording.process.poll() is not None
    info = subprocess.run(
        ["pactl", "-s", server.server, "info"],
        env=server.env(),
        capture_output=True,
        timeout=10,
        check=False,
    )
    assert info.returncode != 0

"""The audio helpers measure known synthetic signals correctly, so speech tests can trust them."""

from __future__ import annotations

import math
import random
import wave
from array import array

import pytest

from tests.speech.audio import (
    SILENCE_FLOOR,
    peak,
    read_raw,
    read_wav,
    rms,
    samples_from_bytes,
    silence,
    sine,
    utterances,
    write_wav,
)

WINDOW = 0.02  # the default analysis window, in seconds


def build(parts: list[tuple[str, float]], rate: int, amplitude: float = 0.5) -> array:
    """Tone and silence pieces in order: ('tone', seconds) or ('gap', seconds)."""
    signal = array("h")
    for kind, seconds in parts:
        signal.extend(
            sine(seconds, rate, amplitude=amplitude) if kind == "tone" else silence(seconds, rate)
        )
    return signal


def expected(parts: list[tuple[str, float]]) -> list[tuple[float, float]]:
    """Where each tone begins and ends in ``build(parts)``."""
    spans, clock = [], 0.0
    for kind, seconds in parts:
        if kind == "tone":
            spans.append((clock, clock + seconds))
        clock += seconds
    return spans


def assert_spans(found: list[tuple[float, float]], wanted: list[tuple[float, float]]) -> None:
    assert len(found) == len(wanted), found
    for (start, end), (want_start, want_end) in zip(found, wanted, strict=True):
        assert start == pytest.approx(want_start, abs=WINDOW + 1e-9), found
        assert end == pytest.approx(want_end, abs=WINDOW + 1e-9), found


# Odd boundaries (not multiples of the window) so rounding to windows is really exercised.
THREE_WORDS = [
    ("gap", 0.213),
    ("tone", 0.5),
    ("gap", 0.4),
    ("tone", 0.317),
    ("gap", 0.61),
    ("tone", 0.83),
    ("gap", 0.3),
]


@pytest.mark.parametrize("rate", [8000, 22050, 44100])
def test_bursts_separated_by_silences_are_found_with_their_boundaries(rate):
    signal = build(THREE_WORDS, rate)

    assert_spans(utterances(signal, rate), expected(THREE_WORDS))


def test_level_does_not_matter_only_the_shape():
    quiet = build(THREE_WORDS, 22050, amplitude=0.02)  # RMS ~460, far below a voice

    assert_spans(utterances(quiet, 22050), expected(THREE_WORDS))


def test_pauses_shorter_than_the_minimum_gap_stay_inside_one_utterance():
    parts = [("gap", 0.1), ("tone", 0.3), ("gap", 0.12), ("tone", 0.3), ("gap", 0.2)]

    assert_spans(utterances(build(parts, 22050), 22050), [(0.1, 0.82)])
    assert len(utterances(build(parts, 22050), 22050, min_gap_ms=100)) == 2


@pytest.mark.parametrize(("gap", "count"), [(0.26, 2), (0.22, 1)])
def test_the_minimum_gap_decides_between_one_utterance_and_two(gap, count):
    parts = [("tone", 0.3), ("gap", gap), ("tone", 0.3)]

    found = utterances(build(parts, 22050), 22050, min_gap_ms=250)

    assert len(found) == count, found
    if count == 2:
        assert_spans(found, expected(parts))


def test_clicks_shorter_than_the_minimum_length_are_dropped():
    parts = [("gap", 0.3), ("tone", 0.04), ("gap", 0.5), ("tone", 0.4), ("gap", 0.3)]

    assert_spans(utterances(build(parts, 22050), 22050), [(0.84, 1.24)])


def test_a_much_quieter_burst_next_to_a_loud_one_counts_as_silence():
    rate = 22050
    signal = sine(0.5, rate, amplitude=0.8) + silence(0.5, rate)
    signal += sine(0.5, rate, amplitude=0.02)  # under a tenth of the loud burst's level

    assert_spans(utterances(signal, rate), [(0.0, 0.5)])
    assert len(utterances(signal, rate, threshold=0.01)) == 2


def test_pure_silence_and_faint_hiss_yield_nothing():
    rate = 22050
    rng = random.Random(7)
    hiss = array("h", (rng.randint(-60, 60) for _ in range(rate * 2)))

    assert utterances(silence(2.0, rate), rate) == []
    assert rms(hiss) < SILENCE_FLOOR
    assert utterances(hiss, rate) == []
    assert utterances(array("h"), rate) == []


def test_rms_and_peak_of_a_sine():
    tone = sine(1.0, 22050, amplitude=0.5)

    assert rms(tone) == pytest.approx(0.5 * 32767 / math.sqrt(2), rel=0.001)
    assert peak(tone) == pytest.approx(0.5 * 32767, abs=1)
    assert peak(array("h", [3, -9, 4])) == 9
    assert rms(array("h", [3, -4])) == pytest.approx(math.sqrt(12.5))
    assert rms(array("h")) == 0.0
    assert peak(array("h")) == 0


def test_wav_round_trip_keeps_samples_and_rate(tmp_path):
    tone = sine(0.25, 16000, amplitude=0.3)
    write_wav(tmp_path / "tone.wav", tone, 16000)

    samples, rate = read_wav(tmp_path / "tone.wav")

    assert rate == 16000
    assert samples == tone


def test_stereo_is_averaged_to_mono(tmp_path):
    left, right = [1000, -2000, 300, 7], [3000, 2000, -301, 8]
    interleaved = array("h", [v for pair in zip(left, right, strict=True) for v in pair])
    with wave.open(str(tmp_path / "stereo.wav"), "wb") as audio:
        audio.setnchannels(2)
        audio.setsampwidth(2)
        audio.setframerate(22050)
        audio.writeframes(interleaved.tobytes())

    samples, rate = read_wav(tmp_path / "stereo.wav")

    assert rate == 22050
    assert list(samples) == [2000, 0, 0, 8]  # 7.5 rounds to even


def test_other_sample_widths_and_non_wav_files_are_refused(tmp_path):
    with wave.open(str(tmp_path / "eight.wav"), "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(1)
        audio.setframerate(8000)
        audio.writeframes(bytes(800))
    (tmp_path / "text.wav").write_text("not audio at all")

    with pytest.raises(ValueError, match="16-bit"):
        read_wav(tmp_path / "eight.wav")
    with pytest.raises((wave.Error, EOFError)):
        read_wav(tmp_path / "text.wav")


def test_raw_streams_are_little_endian_signed(tmp_path):
    (tmp_path / "stream.raw").write_bytes(b"\x01\x00\xff\xff\x00\x80\x07")  # odd byte at end

    assert list(read_raw(tmp_path / "stream.raw")) == [1, -1, -32768]
    assert list(samples_from_bytes(b"")) == []

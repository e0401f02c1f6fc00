"""Pure-Python analysis of 16-bit PCM audio, so speech tests can check what was heard.

Only the standard library is used (``wave``, ``array``, ``math``): the tests must run
wherever the app runs, without numpy. Samples are ``array('h')`` of mono 16-bit values.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path

#: Full scale of a signed 16-bit sample.
FULL_SCALE = 32767

#: Below this window RMS nothing counts as sound: about -50 dBFS, far above the dither
#: or rounding noise of a silent stream, far below any voice played at a usable volume.
SILENCE_FLOOR = 100.0


def samples_from_bytes(data: bytes) -> array[int]:
    """Little-endian signed 16-bit bytes (s16le) as samples; a trailing odd byte is dropped."""
    samples = array("h")
    samples.frombytes(data[: len(data) - len(data) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def read_raw(path: Path | str) -> array[int]:
    """A raw s16le mono stream, as ``parec --raw`` writes it."""
    return samples_from_bytes(Path(path).read_bytes())


def read_wav(path: Path | str) -> tuple[array[int], int]:
    """The samples and rate of a 16-bit WAV file, channels averaged to mono.

    Raises ``wave.Error`` for a file that is not a valid WAV and ``ValueError`` for a
    sample width other than 16 bits, so a broken file fails loudly rather than measuring 0.
    """
    with wave.open(str(path), "rb") as audio:
        if audio.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit samples, got {audio.getsampwidth() * 8}")
        channels = audio.getnchannels()
        rate = audio.getframerate()
        interleaved = samples_from_bytes(audio.readframes(audio.getnframes()))
    if channels == 1:
        return interleaved, rate
    mono = array(
        "h",
        (
            round(sum(interleaved[i : i + channels]) / channels)
            for i in range(0, len(interleaved) - channels + 1, channels)
        ),
    )
    return mono, rate


def write_wav(path: Path | str, samples: Sequence[int], rate: int) -> None:
    """Write mono 16-bit samples, to make known signals for the tests."""
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(rate)
        audio.writeframes(data.tobytes())


def sine(
    seconds: float, rate: int, *, frequency: float = 440.0, amplitude: float = 0.5
) -> array[int]:
    """A tone of ``amplitude`` (a fraction of full scale): a stand-in for a spoken word."""
    count = round(seconds * rate)
    scale = amplitude * FULL_SCALE
    step = 2.0 * math.pi * frequency / rate
    return array("h", (round(scale * math.sin(step * i)) for i in range(count)))


def silence(seconds: float, rate: int) -> array[int]:
    return array("h", bytes(2 * round(seconds * rate)))


def rms(samples: Sequence[int]) -> float:
    """Root mean square of the samples (0.0 for none): how loud a stretch is on average."""
    if not samples:
        return 0.0
    return math.sqrt(math.fsum(s * s for s in samples) / len(samples))


def peak(samples: Sequence[int]) -> int:
    """The largest absolute sample (0 for none)."""
    return max((abs(s) for s in samples), default=0)


def window_rms(samples: Sequence[int], rate: int, window_ms: float = 20) -> list[float]:
    """RMS of consecutive windows of ``window_ms``; a short last window is dropped."""
    size = max(1, round(rate * window_ms / 1000))
    return [rms(samples[i : i + size]) for i in range(0, len(samples) - size + 1, size)]


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank; 0.0 for none)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def utterances(
    samples: Sequence[int],
    rate: int,
    *,
    window_ms: float = 20,
    threshold: float = 0.1,
    floor: float = SILENCE_FLOOR,
    min_gap_ms: float = 250,
    min_len_ms: float = 80,
) -> list[tuple[float, float]]:
    """Stretches of sound as (start, end) seconds, split where silence lasts ``min_gap_ms``.

    A window is sound when its RMS reaches ``threshold`` times the 95th-percentile window
    RMS (so the level of the voice does not matter) and at least ``floor`` (so silence, or
    a faint hiss, yields nothing). Pauses between words are shorter than ``min_gap_ms``
    and stay inside one utterance; clicks shorter than ``min_len_ms`` are dropped.
    Boundaries are exact to one window.
    """
    levels = window_rms(samples, rate, window_ms)
    if not levels:
        return []
    cut = max(threshold * percentile(levels, 0.95), floor)
    window_s = window_ms / 1000
    min_gap = max(1, math.ceil(min_gap_ms / window_ms))
    runs: list[list[int]] = []  # [first, last] loud window of each utterance
    for index, level in enumerate(levels):
        if level < cut:
            continue
        if runs and index - runs[-1][1] - 1 < min_gap:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    return [
        (round(first * window_s, 6), round((last + 1) * window_s, 6))
        for first, last in runs
        if (last + 1 - first) * window_ms >= min_len_ms
    ]

"""A short beep for the last seconds of a get-ready or a rest, made once as a WAV file."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

RATE = 22050
PITCH = 880.0  # A5: clear without being shrill
LENGTH = 0.12  # seconds
VOLUME = 0.35  # of full scale


def beep_file(cache: Path) -> Path:
    """The beep's WAV file in ``cache``, written the first time it is asked for."""
    path = cache / "beep-880.wav"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    count = int(RATE * LENGTH)
    fade = int(RATE * 0.01)  # 10 ms in and out, so the beep does not click
    samples = array.array("h")
    for n in range(count):
        envelope = min(1.0, n / fade, (count - n) / fade)
        value = VOLUME * envelope * math.sin(2 * math.pi * PITCH * n / RATE)
        samples.append(round(value * 32767))
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(RATE)
        audio.writeframes(samples.tobytes())
    partial.replace(path)
    return path

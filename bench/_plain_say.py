"""Plain pyttsx3 say + runAndWait, the baseline of ``bench/cue_latency.py`` (run by it).

    python bench/_plain_say.py < request.json

A process of its own because pyttsx3's eSpeak driver is one per process (one synthesis
callback, one eSpeak instance): in the bench's process it would share the app's engine.
The request is ``{"texts": [...], "gap": seconds}``. The voice, rate and volume are the
app's defaults, so both say the same audio and its leading silence can be subtracted
alike. After one unrecorded warm-up (see ``main``), each text prints a line
``PLAIN {"text", "called", "spawned", "returned"}`` with ``time.monotonic()`` readings
(``spawned``: when the driver called ``os.system`` to start ``aplay``), which the
bench maps onto its recording (CLOCK_MONOTONIC is shared by every process).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

import pyttsx3  # type: ignore[import-untyped]

from backrelief_gui.speech.engine import Pyttsx3Engine, VoiceSettings

WARM_UP_SECONDS = 2.0
SPAWNS: list[float] = []
REAL_SYSTEM = os.system


def stamped_system(command: Any) -> int:
    """``os.system`` as before, noting when it was called: the eSpeak driver plays each
    synthesised utterance with ``os.system("aplay ...")``, so this splits the delay into
    synthesis (call to here) and playback start (here to sound)."""
    SPAWNS.append(time.monotonic())
    return REAL_SYSTEM(command)


def say(engine: Any, text: str) -> tuple[float, float]:
    """The plain way: queue the text and block until eSpeak's ``aplay`` has played it."""
    called = time.monotonic()
    engine.say(text)
    engine.runAndWait()
    return called, time.monotonic()


def main() -> int:
    request = json.load(sys.stdin)
    settings = VoiceSettings()
    # The app's engine only picks the voice id (an English one, as the app does). It is
    # made first and kept: each eSpeak driver takes the process's one synthesis callback
    # when it is made and clears it when collected, and the plain engine needs it.
    app_engine = Pyttsx3Engine()
    voice = settings.voice or app_engine.default_voice()
    engine = pyttsx3.init()
    engine.setProperty("voice", voice)
    engine.setProperty("rate", settings.rate)
    engine.setProperty("volume", settings.volume)
    # Warm-up. The first runAndWait of a process returns before its sound, which eSpeak's
    # driver then plays in the background (seen here: "Ready." played 0.4 s later and held
    # the next say up for 0.35 s), so wait that out before measuring.
    say(engine, "Ready.")
    time.sleep(WARM_UP_SECONDS)
    os.system = stamped_system
    for text in request["texts"]:
        time.sleep(float(request["gap"]))
        SPAWNS.clear()
        called, returned = say(engine, text)
        spawned = SPAWNS[0] if SPAWNS else None
        record = {"text": text, "called": called, "returned": returned, "spawned": spawned}
        print("PLAIN " + json.dumps(record), flush=True)
    del app_engine
    return 0


if __name__ == "__main__":
    sys.exit(main())

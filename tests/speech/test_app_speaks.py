"""The real app, started as a process, speaks a routine into a real sound server.

A private PulseAudio server with a null sink stands in for the speakers; what the app
plays is recorded from the sink's monitor. Each expected cue's own audio (the file the
app synthesised, from its cache) is then found in the recording by the shape of its
loudness over time, in order, one after another, none overlapping the next.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys

import pytest

from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.plan import compile_plan
from backrelief_gui.core.session import Say, SessionMachine, State
from backrelief_gui.speech.engine import VoiceSettings
from backrelief_gui.speech.worker import cue_file
from tests.speech.audio import read_wav, window_rms

WINDOW_MS = 10
RECORD_SECONDS = 24.0
MIN_CUES = 8  # announce, get ready, a rep, its hold, 3, 2, 1, the release
OVERLAP_TOLERANCE_MS = 30


def spoken_order(library) -> list[str]:
    """Every text the desk break says, in order (timing does not change the order)."""
    plan = compile_plan(library.routines["desk-break"], Dose.GENTLE, library.phrases)
    machine = SessionMachine(plan)
    texts = [e.text for e in machine.start(0.0) if isinstance(e, Say)]
    while machine.state is State.RUNNING:
        texts += [e.text for e in machine.advance(machine.next_wakeup()) if isinstance(e, Say)]
    return texts


def correlation(a: list[float], b: list[float]) -> float:
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    da = [x - mean_a for x in a]
    db = [y - mean_b for y in b]
    denominator = (sum(x * x for x in da) * sum(y * y for y in db)) ** 0.5
    return sum(x * y for x, y in zip(da, db, strict=True)) / denominator if denominator else 0.0


def find_cue(recording: list[float], cue: list[float], start: int, span: int) -> tuple[int, float]:
    """The offset (in windows) from ``start`` where ``cue`` best fits, and how well."""
    best = (start, -1.0)
    last = min(len(recording) - len(cue), start + span)
    for offset in range(start, last + 1):
        score = correlation(cue, recording[offset : offset + len(cue)])
        if score > best[1]:
            best = (offset, score)
    return best


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="eSpeak NG is not installed")
def test_the_app_speaks_the_cues_in_order_without_overlap(pulse_server, tmp_path, library):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        json.dumps({"safety_acknowledged": True, "ask_pain": False})
    )
    recording = pulse_server.record(tmp_path / "heard.raw")
    env = {**pulse_server.env(), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "backrelief_gui",
            "--data-dir",
            str(data),
            "--start",
            "desk-break",
            "--notify-ready",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout.readline().strip() == "ready"
        recording.wait_for(RECORD_SECONDS, timeout=RECORD_SECONDS + 30)
    finally:
        app.send_signal(signal.SIGTERM)
        _, errors = app.communicate(timeout=30)
    heard = recording.stop()
    assert app.returncode == 0, errors
    assert "Cues will be shown but not spoken" not in errors

    rate = 22050
    heard_env = window_rms(heard, rate, WINDOW_MS)
    position, found = 0, []
    for text in spoken_order(library):
        audio = cue_file(data / "cache" / "cues", text, VoiceSettings())
        if not audio.exists():
            break  # not reached within the recording
        samples, file_rate = read_wav(audio)
        assert file_rate == rate
        cue_env = window_rms(samples, rate, WINDOW_MS)
        if position + len(cue_env) > len(heard_env):
            break
        offset, score = find_cue(heard_env, cue_env, position, span=int(9000 / WINDOW_MS))
        if score < 0.85:
            break
        found.append((text, offset * WINDOW_MS, (offset + len(cue_env)) * WINDOW_MS, score))
        position = offset + len(cue_env) - OVERLAP_TOLERANCE_MS // WINDOW_MS
    summary = "\n".join(f"{s:6d}-{e:6d} ms  {c:.2f}  {t}" for t, s, e, c in found)
    assert len(found) >= MIN_CUES, f"only these cues were heard in order:\n{summary}"
    for (_, _, end, _), (_, start, _, _) in itertools.pairwise(found):
        assert start >= end - OVERLAP_TOLERANCE_MS, f"two cues overlap:\n{summary}"
    assert os.path.getsize(tmp_path / "heard.raw") > rate * 2 * 10

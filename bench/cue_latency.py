"""Cue latency at real speed: each cue's request to its sound at a sink, vs plain pyttsx3.

Run (from the repository root, with the venv's Python; nothing else heavy meanwhile)::

    /tmp/venv/bin/python bench/cue_latency.py --json /tmp/cue_latency.json

By default the whole ``desk-break`` routine (gentle) runs, about 4.5 min, followed by
about 1 min of floors and baseline; ``--seconds N`` stops the session after N s;
``--json FILE`` also saves every measurement, ``--save-audio WAV`` the recording.
Needs pulseaudio, pulseaudio-utils,
alsa-utils, libasound2-plugins and eSpeak NG; Qt runs on its offscreen platform.

Sound: a private PulseAudio server with a null sink (``tests.speech.pulse.PulseServer``
in a temporary directory). The process environment is set from ``server.env()`` before
any player exists, so the app's player processes and pyttsx3's ``aplay`` (through ALSA's
pulse plugin) both play into it. ``parec --latency-msec=5`` records the sink's monitor
into a pipe; a thread reads it and stamps every chunk with ``time.monotonic()`` as it
arrives. Mapping: sample ``n`` is at ``t0 + n * period + ahead``. ``t0 + n * period`` is
the lower envelope of the arrivals (the earliest chunk of every 2 s, least delayed by the
GIL, fitted with a line: the null sink's clock runs about +100 ppm against
CLOCK_MONOTONIC, 6 ms a minute); ``ahead`` is the sink's configured latency read with
``pactl`` (5 ms, set by parec's request): the sink renders each block, and the monitor
hears it, that long before its place in the sink's schedule, and that place is when the
sound would be heard. So a time here is when a card run on the sink's schedule would play
the sample; the fit's residuals (printed, about 0.1 ms) and the sink's block (a new
stream waits up to 5 ms for the next one, as it would on a card) are the uncertainty.
At 10 ms blocks the earliest arrivals strayed 6.6 ms (median) above the fitted line, at
5 ms 0.5 ms, so the recorder asks for 5 ms; finer than that, cues were lost to it.

Session: built as ``app.SessionServices`` builds it: ``SessionDriver(speed=1,
wait_for_speech=True)``, a ``SilentSpeaker``, ``VoiceSpeaker(cache, VoiceSettings(),
find_player())`` and a ``SpeechLink``, but without the countdown beeper (its beeps would
be taken for cue onsets). The cue cache starts empty, as on a first run: cues are made
by ``SpeechLink.prepare`` when the session starts, and the first cue is synthesised on
demand. The bench's slot is connected to ``cue_requested`` BEFORE the SpeechLink exists,
so it runs first and stamps the request before the speaker acts.

Onset: the first 5 ms window after the request whose RMS reaches 100 (about -50 dBFS;
the null sink's silence is digital zero), refined to its first sample of magnitude 100.
Raw latency is onset minus request; the corrected one subtracts the cue WAV's own leading
silence (``worker.cue_file``), found the same way, or as much of it as was played: the
stream player leaves out the silent frames before the first sample of magnitude 16
(``player.read_pcm``), so its cues, and the frames the stream floor writes, are
corrected by the rest only (the same sound, so the same method). At 100 % volume the sink
gets the file's samples unchanged (the table counts the cues whose recorded onset
matches their file sample for sample). Cues are skipped when no sound starts before the
next request or pause (cut), or when the previous cue is still sounding at the request
(ambiguous onset).

Pause: on the last announcement the run reaches (the second one in the full routine),
the bench calls ``driver.pause()`` ``--pauses`` times at a loud moment about 0.5 s into
the announcement and ``driver.resume()`` 1 s later (resuming says the announcement
again). The moment is chosen from the announcement's WAV, made before the session for
that purpose, so no analysis runs on the GUI thread while the session does. Silence is
the first point after the pause from which the sink stays below the threshold for
200 ms; a pause that fell in a word gap is not counted.

Floors and baseline, after the session in the same recording, on the cached WAVs of ~30
distinct cues: when the app streams (``pacat``), the stream command opened beforehand
with ``subprocess.Popen`` and each file's frames written to its stdin (``os.write`` from
a thread, as read by ``player.read_pcm``), then the same command killed (SIGKILL) that
far into the announcement as the pauses come, a fresh one for each; the app's per-cue
file player (``paplay``, what the stream player falls back to), started with
``subprocess.Popen`` on each file, as information (without a stream, it is the floor,
and it is the one killed); plain pyttsx3 (``say`` + ``runAndWait`` in the child
``bench/_plain_say.py``, with the app's voice, rate and volume) on the same texts; its
eSpeak driver synthesises the whole utterance, writes a WAV and plays it with ``aplay``.
UI: a 2 ms PreciseTimer heartbeat on the GUI thread for the whole session; its floor is
the same heartbeat with the speaker ready and no session, for ``--idle-seconds``.
Performance is measured only here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _stats import percentile

if TYPE_CHECKING:
    from backrelief_gui.core.plan import Plan
    from backrelief_gui.speech.player import StreamCommand
    from tests.speech.pulse import PulseServer

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # for tests.speech.pulse, the private sound server
PLAIN_CHILD = Path(__file__).with_name("_plain_say.py")

RATE = 22050  # the test sink's rate (tests.speech.pulse.RATE), mono s16le
WINDOW = round(RATE * 0.005)  # 5 ms analysis windows
THRESHOLD = 100.0  # window RMS and sample magnitude that count as sound (about -50 dBFS)
QUIET_HOLD_S = 0.2  # silence must last this long to count as "stopped"
RECORDER_LATENCY_MS = 5
HEARTBEAT_MS = 2
PAUSED_S = 1.0
PAUSE_INTO_S = 0.5  # about this far into the announcement, at a loud moment
SAMPLE_TEXTS = 30
FLOOR_GAP_S = 0.3

LATENCY_P95_TARGET_MS = 100.0
SILENCE_TARGET_MS = 100.0
RATIO_TARGET = 5.0
GAP_TARGET_MS = 20.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--seconds",
        type=float,
        help="stop the session after this many seconds (default: the whole routine)",
    )
    parser.add_argument(
        "--pauses", type=int, default=5, help="pauses during an announcement (default 5)"
    )
    parser.add_argument(
        "--idle-seconds",
        type=float,
        default=5.0,
        help="idle heartbeat floor before the session (default 5)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    parser.add_argument(
        "--save-audio",
        type=Path,
        metavar="WAV",
        help="also save the recording (sample n was at t0 + n * period, both in the JSON)",
    )
    args = parser.parse_args(argv)
    if args.seconds is not None and args.seconds <= 0:
        parser.error("--seconds must be positive")
    if args.pauses < 0 or args.idle_seconds <= 0:
        parser.error("--pauses must be at least 0 and --idle-seconds positive")
    return args


# -- statistics ---------------------------------------------------------------------------


def describe(values: list[float]) -> dict[str, float]:
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "median_ms": statistics.median(values),
        "p95_ms": percentile(values, 95),
        "p99_ms": percentile(values, 99),
        "max_ms": max(values),
        "min_ms": min(values),
    }


# -- the recording --------------------------------------------------------------------------


def window_rms(samples: array[int], start: int) -> float:
    chunk = samples[max(0, start) : max(0, start + WINDOW)]
    if not chunk:
        return 0.0
    return math.sqrt(math.fsum(s * s for s in chunk) / len(chunk))


def first_sound(samples: array[int], start: int, stop: int) -> int | None:
    """The first sample of sound in ``[start, stop)``: the first loud 5 ms window, refined
    to its first loud sample (looking back one window for the rising edge)."""
    start = max(0, start)
    stop = min(stop, len(samples))
    for k in range(start, stop, WINDOW):
        if window_rms(samples, k) >= THRESHOLD:
            for j in range(max(start, k - WINDOW), min(k + WINDOW, len(samples))):
                if abs(samples[j]) >= THRESHOLD:
                    return j
            return k
    return None


def sounding(samples: array[int], end: int, span: int = WINDOW) -> bool:
    """Whether sound is heard in the ``span`` samples before ``end``."""
    return any(abs(s) >= THRESHOLD for s in samples[max(0, end - span) : max(0, end)])


def silence_from(samples: array[int], start: int) -> int | None:
    """The sample from which the sound stays below the threshold for ``QUIET_HOLD_S``,
    searching from ``start``; may lie before ``start`` when it was already quiet there."""
    hold = math.ceil(QUIET_HOLD_S * RATE / WINDOW)
    quiet_since: int | None = None
    quiet_windows = 0
    for k in range(max(0, start), len(samples) - WINDOW + 1, WINDOW):
        if window_rms(samples, k) >= THRESHOLD:
            quiet_since, quiet_windows = None, 0
            continue
        if quiet_since is None:
            quiet_since = k
        quiet_windows += 1
        if quiet_windows >= hold:
            low = max(0, quiet_since - 2 * WINDOW)
            for j in range(quiet_since + WINDOW - 1, low - 1, -1):
                if abs(samples[j]) >= THRESHOLD:
                    return j + 1
            return low
    return None


@dataclass
class Timeline:
    """The recording and its mapping to ``time.monotonic()``."""

    samples: array[int]
    t0: float  # monotonic time of sample 0
    period: float  # monotonic seconds per sample (the sink's clock, fitted)
    ahead_ms: float  # how far ahead of its schedule the sink renders (its latency)
    chunks: int
    rate_error_ppm: float  # the sink's sample clock against CLOCK_MONOTONIC
    bucket_residual_ms: dict[str, float]  # earliest arrival per 2 s above the line
    arrival_above_ms: dict[str, float]  # every chunk's arrival above the line

    def index(self, moment: float) -> int:
        return round((moment - self.t0) / self.period)

    def time(self, index: int) -> float:
        return self.t0 + index * self.period


def fit_clock(stamps: list[tuple[float, int]]) -> tuple[float, float, list[float]]:
    """The lower envelope of chunk arrivals as a line ``t0 + n * period``.

    The earliest arrival in each 2 s of samples is the chunk least delayed (by the reader
    thread waiting for the GIL, say); a least-squares line through those, refitted on its
    lower half twice, then lowered onto the earliest one, maps samples to times. A line,
    not a constant: the null sink's clock was seen running about 100 ppm fast (3 ms a
    minute). Returns t0, the period and each bucket's residual above the line in ms.
    """
    bucket = 2 * RATE
    earliest: dict[int, tuple[int, float]] = {}
    for arrival, size in stamps:
        n = size // 2
        key = n // bucket
        if key not in earliest or arrival - n / RATE < earliest[key][1] - earliest[key][0] / RATE:
            earliest[key] = (n, arrival)
    points = list(earliest.values())
    kept = points
    t0, period = points[0][1] - points[0][0] / RATE, 1 / RATE
    for _ in range(3):
        if len(kept) >= 2:
            mean_n = statistics.fmean(n for n, _ in kept)
            mean_t = statistics.fmean(t for _, t in kept)
            spread = math.fsum((n - mean_n) ** 2 for n, _ in kept)
            if spread > 0:
                period = math.fsum((n - mean_n) * (t - mean_t) for n, t in kept) / spread
            t0 = mean_t - period * mean_n
        residuals = [t - (t0 + period * n) for n, t in points]
        middle = statistics.median(residuals)
        kept = [p for p, r in zip(points, residuals, strict=True) if r <= middle] or points
    lowest = min(t - (t0 + period * n) for n, t in points)
    t0 += lowest
    return t0, period, [(t - (t0 + period * n)) * 1e3 for n, t in points]


def sink_latency(server: PulseServer) -> float:
    """The test sink's configured latency in seconds: how far ahead it renders."""
    from tests.speech.pulse import SINK

    listing = subprocess.run(
        ["pactl", "-s", server.server, "list", "sinks"],
        env=server.env(),
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    ).stdout
    inside = False
    for line in listing.splitlines():
        text = line.strip()
        if text.startswith("Name:"):
            inside = text.split(":", 1)[1].strip() == SINK
        elif inside and text.startswith("Latency:") and "configured" in text:
            return int(text.rsplit("configured", 1)[1].split()[0]) / 1e6
    sys.exit(f"cue_latency.py: pactl did not report the sink's latency:\n{listing}")


class MonitorRecorder:
    """``parec`` on the sink's monitor into a pipe, each chunk stamped as it arrives."""

    def __init__(self, server: PulseServer, log: Path) -> None:
        from tests.speech.pulse import MONITOR
        from tests.speech.pulse import RATE as SINK_RATE

        if SINK_RATE != RATE:
            raise RuntimeError(f"the test sink runs at {SINK_RATE} Hz, the bench expects {RATE}")
        self._server = server
        self.sink_latency_s: list[float] = []  # the sink's configured latency, start and end
        self._log = log.open("wb")
        self._process = subprocess.Popen(
            [
                "parec",
                "-s",
                server.server,
                "-d",
                MONITOR,
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--raw",
                f"--latency-msec={RECORDER_LATENCY_MS}",
            ],
            env=server.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        # A list of chunks, not one growing bytearray: copying megabytes on a resize would
        # hold the GIL, and so the GUI thread, for milliseconds.
        self._chunks: list[bytes] = []
        self._size = 0
        # Each chunk's arrival and the bytes so far, in arrays rather than a list of tuples:
        # the recorder then makes no objects the garbage collector tracks, so it never
        # sets off a full collection, which would stop the GUI thread it measures.
        self._arrivals = array("d")
        self._sizes = array("q")
        self._thread = threading.Thread(target=self._read, name="recorder", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        """Stamp on arrival: the stamp is taken as soon as ``os.read`` returns."""
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while True:
            chunk = os.read(fd, 65536)
            arrival = time.monotonic()
            if not chunk:
                return
            self._chunks.append(chunk)
            self._size += len(chunk)
            self._arrivals.append(arrival)
            self._sizes.append(self._size)

    def wait_for_audio(self, seconds: float = 0.2, timeout: float = 10.0) -> None:
        """Return once the monitor is flowing, so nothing played later can be missed."""
        deadline = time.monotonic() + timeout
        while self._size < seconds * RATE * 2:
            if self._process.poll() is not None or time.monotonic() > deadline:
                sys.exit("cue_latency.py: parec recorded nothing from the test sink")
            time.sleep(0.01)  # an external recorder, no Qt loop involved yet
        self.sink_latency_s = [sink_latency(self._server)]

    def stop(self) -> Timeline:
        """End parec (SIGINT flushes it) and map the recording onto the monotonic clock."""
        self.sink_latency_s.append(sink_latency(self._server))
        self._process.send_signal(signal.SIGINT)
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=5)
        self._thread.join(timeout=5)
        self._log.close()
        from tests.speech.audio import samples_from_bytes

        samples = samples_from_bytes(b"".join(self._chunks))
        stamps = list(zip(self._arrivals, self._sizes, strict=True))
        t0, period, residuals = fit_clock(stamps)
        above = [(arrival - t0 - period * (size // 2)) * 1e3 for arrival, size in stamps]
        # The sink renders (and the monitor hears) each block one latency ahead of its
        # place in the sink's schedule; that place is when the sound would be heard.
        ahead = max(self.sink_latency_s)
        return Timeline(
            samples,
            t0 + ahead,
            period,
            ahead * 1e3,
            len(stamps),
            (1 / (period * RATE) - 1) * 1e6,
            {"median_ms": statistics.median(residuals), "max_ms": max(residuals)},
            {"median_ms": statistics.median(above), "p99_ms": percentile(above, 99)},
        )


# -- the session ----------------------------------------------------------------------------


@dataclass
class Request:
    index: int
    kind: str
    text: str
    at: float  # monotonic, stamped first thing in the slot
    prepared: bool  # the cue's file existed at the request
    resumed: bool  # said again by driver.resume()
    player_started: float | None = None  # the player's started for this cue, if it came


@dataclass
class Pause:
    at: float  # monotonic, just before driver.pause()
    request_at: float  # the announcement request it interrupted


@dataclass
class SessionLog:
    """Everything stamped while the session ran."""

    requests: list[Request] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    beats: list[float] = field(default_factory=list)
    idle_beats: list[float] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0
    state: str = ""
    player: str = ""
    voice: str = ""
    pause_step: int | None = None
    pause_into_s: float = PAUSE_INTO_S
    problems: list[str] = field(default_factory=list)
    collections: list[tuple[float, float, int, str]] = field(default_factory=list)


class GcWatch:
    """Python's garbage collections during the session (start, end, generation, thread),
    to tell a collection from the app's own work when a heartbeat gap stands out."""

    def __init__(self, log: SessionLog) -> None:
        self._log = log
        self._started = 0.0

    def __enter__(self) -> GcWatch:
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.monotonic()
        if phase == "start":
            self._started = now
        else:
            thread = threading.current_thread().name
            self._log.collections.append((self._started, now, info["generation"], thread))


def loud_moment(wav: Path) -> float:
    """A moment about PAUSE_INTO_S into ``wav`` where the voice is loud on both sides, so a
    pause there finds sound to stop (not a gap between words)."""
    from tests.speech.audio import read_wav

    samples, _ = read_wav(wav)
    best, best_score = PAUSE_INTO_S, -1.0
    for step in range(40):
        moment = PAUSE_INTO_S - 0.05 + step * 0.005
        centre = round(moment * RATE)
        score = min(
            window_rms(samples, k) for k in range(centre - 8 * WINDOW, centre + 12 * WINDOW, WINDOW)
        )
        if score > best_score:
            best, best_score = moment, score
    return best


class SessionBench:
    """The app's session pieces, wired as ``app.SessionServices`` wires them, plus stamps.

    The bench's own slot on ``cue_requested`` is connected before the SpeechLink exists,
    so it stamps each request before the speaker acts on it; it also drives the pauses.
    """

    def __init__(self, plan: Plan, cache: Path, args: argparse.Namespace) -> None:
        from backrelief_gui.core.plan import StepKind
        from backrelief_gui.qt.driver import SessionDriver
        from backrelief_gui.qt.speech_link import SpeechLink
        from backrelief_gui.speech.engine import VoiceSettings
        from backrelief_gui.speech.player import find_player
        from backrelief_gui.speech.speaker import SilentSpeaker, VoiceSpeaker

        self.plan = plan
        self.cache = cache
        self.args = args
        self.log = SessionLog()
        self.settings = VoiceSettings()
        self.driver = SessionDriver(speed=1.0, wait_for_speech=True)
        silent = SilentSpeaker(time_scale=1.0, parent=self.driver)
        player = find_player()
        if player is None:
            sys.exit("cue_latency.py: find_player() found no player command")
        self.log.player = player.description
        self.voice = VoiceSpeaker(cache, self.settings, player)
        self.voice.problem.connect(self.log.problems.append)
        self.limit = args.seconds if args.seconds is not None else plan.total_duration
        announcements = [i for i, s in enumerate(plan.steps) if s.kind is StepKind.ANNOUNCE]
        reachable = [i for i in announcements if plan.steps[i].start + 10 <= self.limit]
        self.log.pause_step = (reachable or announcements)[-1] if args.pauses else None
        self._pauses_left = args.pauses
        self._pause_pending = False
        self._resuming = False
        self._beats: list[float] = []
        # First: the request is stamped before the SpeechLink (connected next) says it.
        self.driver.cue_requested.connect(self._on_cue)
        SpeechLink(self.driver, self.voice, silent)  # parented to the driver; no beeper
        self.voice.started.connect(self._on_player_started)

    def later(self, seconds: float, action: Callable[[], None]) -> None:
        """A precise single shot (QTimer.singleShot's default timer may be coarse)."""
        from PySide6.QtCore import Qt, QTimer

        timer = QTimer(self.driver)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(action)
        timer.timeout.connect(timer.deleteLater)
        timer.start(max(0, round(seconds * 1000)))

    def wait_until_ready(self) -> None:
        """The voice's self-test passed (the app enables the voice then, too)."""
        from PySide6.QtCore import QEventLoop

        ready: list[str] = []
        loop = QEventLoop()
        self.voice.ready.connect(ready.append)
        self.voice.ready.connect(loop.quit)
        self.voice.problem.connect(loop.quit)
        self.later(60.0, loop.quit)
        loop.exec()
        if not ready:
            sys.exit(f"cue_latency.py: the voice did not start: {self.log.problems or 'timeout'}")
        self.log.voice = ready[0]

    def heartbeat(self, seconds: float | None) -> list[float]:
        """Run the event loop with a 2 ms heartbeat: ``seconds`` idle, or (None) the session."""
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        from backrelief_gui.core.session import State, Summary

        loop = QEventLoop()
        beats: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(HEARTBEAT_MS)
        timer.timeout.connect(lambda: beats.append(time.monotonic()))
        finish_index = len(self.plan.steps) - 1

        def on_ended(summary: Summary) -> None:
            self.log.state = summary.state.value
            # Finished: the closing cue is still to be heard (on_spoken ends the wait).
            self.later(15.0 if summary.state is State.FINISHED else 0.5, loop.quit)

        def on_spoken(cue_id: int) -> None:
            if cue_id == finish_index and self.driver.state is State.FINISHED:
                self.later(0.3, loop.quit)

        beats.append(time.monotonic())
        timer.start()
        if seconds is not None:
            self.later(seconds, loop.quit)
        else:
            self.driver.session_ended.connect(on_ended)
            self.voice.finished.connect(on_spoken)
            if self.args.seconds is not None:
                self.later(self.args.seconds, self.driver.stop)
            self.later(self.limit + 180.0, loop.quit)  # a hung session ends the bench
            self.log.started = time.monotonic()
            self.driver.begin(self.plan)
        loop.exec()
        self.log.ended = time.monotonic()
        timer.stop()
        return beats

    def run(self) -> SessionLog:
        """Idle floor, then the session at real speed; everything stamped in the log."""
        self.wait_until_ready()
        self.choose_pause_moment()
        print(f"idle heartbeat floor, {self.args.idle_seconds:g} s ...", flush=True)
        self.log.idle_beats = self.heartbeat(self.args.idle_seconds)
        print(
            f"session: '{self.plan.routine.id}' ({self.plan.dose.value}), speed 1, planned "
            f"{self.plan.total_duration:.0f} s, player {self.log.player}, "
            f"voice {self.log.voice} ...",
            flush=True,
        )
        with GcWatch(self.log):
            self.log.beats = self.heartbeat(None)
        self.driver.stop()
        self.voice.shutdown()
        return self.log

    # -- slots --------------------------------------------------------------------------

    def _on_cue(self, index: int, text: str) -> None:
        from backrelief_gui.speech.worker import cue_file

        at = time.monotonic()  # first thing: this slot runs before the SpeechLink's
        audio = cue_file(self.cache, text, self.settings)
        prepared = audio.exists()
        kind = self.plan.steps[index].kind.value
        self.log.requests.append(Request(index, kind, text, at, prepared, self._resuming))
        if index != self.log.pause_step or self._pauses_left <= 0 or self._pause_pending:
            return
        self._pause_pending = True
        self.later(self.log.pause_into_s - (time.monotonic() - at), self._pause)

    def choose_pause_moment(self) -> None:
        """Pick the loud moment to pause at from the announcement's WAV, before the session
        (so no analysis runs on the GUI thread during it). When the pause step is the
        session's first cue it is not made ahead (that cue is measured as made on
        demand), and the pauses come PAUSE_INTO_S after the request instead."""
        from PySide6.QtCore import QEventLoop

        from backrelief_gui.speech.worker import cue_file

        step = self.log.pause_step
        if step is None or step == 0:
            return
        audio = cue_file(self.cache, self.plan.steps[step].cue, self.settings)
        self.voice.prepare([self.plan.steps[step].cue])
        loop = QEventLoop()
        deadline = time.monotonic() + 10
        while not audio.exists() and time.monotonic() < deadline:
            self.later(0.02, loop.quit)
            loop.exec()
        if audio.exists():
            self.log.pause_into_s = loud_moment(audio)

    def _pause(self) -> None:
        from backrelief_gui.core.session import State

        machine = self.driver.machine
        if (
            self.driver.state is not State.RUNNING
            or machine is None
            or machine.index != self.log.pause_step
        ):
            self._pause_pending = False
            return
        self.log.pauses.append(Pause(time.monotonic(), self.log.requests[-1].at))
        self.driver.pause()
        self._pauses_left -= 1
        self.later(PAUSED_S, self._resume)

    def _resume(self) -> None:
        self._pause_pending = False
        self._resuming = True  # resuming says the step's cue again
        self.driver.resume()
        self._resuming = False

    def _on_player_started(self, cue_id: int) -> None:
        at = time.monotonic()
        for request in reversed(self.log.requests):
            if request.index == cue_id:
                if request.player_started is None:
                    request.player_started = at
                return


# -- floors and baseline ------------------------------------------------------------------


def file_player(name: str) -> tuple[str, ...]:
    """The one-process-a-cue command: the app's player, or the first one its stream
    player would fall back to."""
    from backrelief_gui.speech.player import COMMANDS

    for command in COMMANDS:
        if command[0] == name:
            return command
    for command in COMMANDS:
        if shutil.which(command[0]):
            return command
    raise SystemExit(f"cue_latency.py: no player command found for {name!r}")


def stream_command(name: str) -> StreamCommand | None:
    """The stream player's command behind ``CuePlayer.description``, if it streams."""
    from backrelief_gui.speech.player import STREAM_COMMANDS

    return next((command for command in STREAM_COMMANDS if command.program == name), None)


def open_stream(stream: StreamCommand) -> subprocess.Popen[bytes]:
    """The stream process, as the app opens it, connected and idle when this returns."""
    from backrelief_gui.speech.player import SPEECH_FORMAT

    process = subprocess.Popen(stream.command(SPEECH_FORMAT), stdin=subprocess.PIPE)
    time.sleep(FLOOR_GAP_S + 0.5)
    return process


def feed(process: subprocess.Popen[bytes], frames: bytes) -> threading.Thread:
    """Write ``frames`` from a thread: a pipe takes 64 KiB, a long cue blocks the writer."""

    def write() -> None:
        assert process.stdin is not None
        rest = memoryview(frames)
        with contextlib.suppress(OSError):  # the process was killed mid-cue
            while rest:
                rest = rest[os.write(process.stdin.fileno(), rest) :]

    thread = threading.Thread(target=write, name="feed", daemon=True)
    thread.start()
    return thread


def stream_writes(stream: StreamCommand, wavs: list[Path]) -> list[tuple[str, float, float]]:
    """Each file's frames (less their leading silence, as the app writes them) written to
    one stream process opened beforehand: (file, before the write, after its length)."""
    from backrelief_gui.speech.player import read_pcm

    process = open_stream(stream)
    runs = []
    try:
        for wav in wavs:
            pcm = read_pcm(wav)
            time.sleep(FLOOR_GAP_S)
            called = time.monotonic()
            feed(process, pcm.frames).join()
            time.sleep(max(0.0, called + pcm.seconds + 0.05 - time.monotonic()))
            runs.append((str(wav), called, called + pcm.seconds))
    finally:
        process.kill()
        process.wait()
    return runs


def stream_kills(
    stream: StreamCommand, wav: Path, into: float, count: int
) -> list[tuple[float, float]]:
    """A stream process killed ``into`` seconds after the file's frames were written to
    it, as the app's stop does: (kill, write) times."""
    from backrelief_gui.speech.player import read_pcm

    frames = read_pcm(wav).frames
    kills = []
    for _ in range(count):
        process = open_stream(stream)
        written = time.monotonic()
        writer = feed(process, frames)
        time.sleep(max(0.0, into - (time.monotonic() - written)))
        kills.append((time.monotonic(), written))
        process.kill()
        process.wait()
        writer.join()
    time.sleep(QUIET_HOLD_S + FLOOR_GAP_S)  # the last one's silence, before anything else
    return kills


def bare_starts(command: tuple[str, ...], wavs: list[Path]) -> list[tuple[str, float, float]]:
    """The player on its own: (file, before Popen, after exit) for each file."""
    runs = []
    for wav in wavs:
        time.sleep(FLOOR_GAP_S)
        called = time.monotonic()
        subprocess.run([*command, str(wav)], check=False, stdin=subprocess.DEVNULL)
        runs.append((str(wav), called, time.monotonic()))
    return runs


def bare_kills(
    command: tuple[str, ...], wav: Path, into: float, count: int
) -> list[tuple[float, float]]:
    """The player on its own, killed ``into`` seconds after it starts: (kill, start) times."""
    kills = []
    for _ in range(count):
        time.sleep(FLOOR_GAP_S)
        started = time.monotonic()
        process = subprocess.Popen([*command, str(wav)], stdin=subprocess.DEVNULL)
        time.sleep(max(0.0, into - (time.monotonic() - started)))
        kills.append((time.monotonic(), started))
        process.kill()
        process.wait()
    time.sleep(QUIET_HOLD_S + FLOOR_GAP_S)  # the last one's silence, before anything else
    return kills


def plain_pyttsx3(texts: list[str]) -> list[dict[str, Any]]:
    """pyttsx3's own say + runAndWait, in a child process (see ``bench/_plain_say.py``)."""
    result = subprocess.run(
        [sys.executable, str(PLAIN_CHILD)],
        input=json.dumps({"texts": texts, "gap": FLOOR_GAP_S + 0.1}),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=REPO,
    )
    records = [json.loads(line[6:]) for line in result.stdout.splitlines() if line[:6] == "PLAIN "]
    if result.returncode != 0 or len(records) != len(texts):
        sys.exit(
            f"cue_latency.py: plain pyttsx3 failed (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return records


# -- analysis -------------------------------------------------------------------------------


@dataclass
class Lead:
    """A cue file's leading silence and its first samples of sound."""

    samples: int
    start: array[int]
    skipped: int  # of the silence, what the stream player leaves out (its read_pcm)

    @property
    def ms(self) -> float:
        return self.samples / RATE * 1e3

    @property
    def streamed_ms(self) -> float:
        """The silence still played when the stream player writes the file's frames."""
        return (self.samples - self.skipped) / RATE * 1e3


class Leads:
    """Leading silence of each cue's WAV, read once."""

    def __init__(self, cache: Path) -> None:
        from backrelief_gui.speech.engine import VoiceSettings

        self._cache = cache
        self._settings = VoiceSettings()
        self._known: dict[str, Lead | None] = {}

    def path(self, text: str) -> Path:
        from backrelief_gui.speech.worker import cue_file

        return cue_file(self._cache, text, self._settings)

    def get(self, text: str) -> Lead | None:
        if text not in self._known:
            from backrelief_gui.speech.player import read_pcm
            from tests.speech.audio import read_wav

            path = self.path(text)
            lead = None
            if path.exists():
                samples, rate = read_wav(path)
                if rate != RATE:
                    raise SystemExit(f"cue_latency.py: {path} is {rate} Hz, not {RATE}")
                first = first_sound(samples, 0, len(samples))
                if first is not None:
                    skipped = read_pcm(path).skipped
                    lead = Lead(first, samples[first : first + 200], min(skipped, first))
            self._known[text] = lead
        return self._known[text]


@dataclass
class Onset:
    """One request (or call) and the sound it led to."""

    label: str
    text: str
    at_s: float  # seconds after the session start (or the recording's start)
    status: str  # ok, cut, over-sound, unheard
    raw_ms: float | None = None
    lead_ms: float | None = None
    corrected_ms: float | None = None
    matches_wav: bool | None = None
    player_started_ms: float | None = None  # the player's start (plain: aplay's os.system)
    call_ms: float | None = None  # how long the call took (plain pyttsx3: the whole cue)
    prepared: bool | None = None
    resumed: bool | None = None


def onset(
    timeline: Timeline,
    leads: Leads,
    label: str,
    text: str,
    at: float,
    until: float,
    origin: float,
    streamed: bool = False,
) -> Onset:
    """The sound after ``at`` (before ``until``), raw and less the WAV's leading silence:
    all of it, or (``streamed``) the part the stream player still writes."""
    samples = timeline.samples
    start, stop = timeline.index(at), timeline.index(until)
    result = Onset(label, text, at - origin, "ok")
    if sounding(samples, start, 2 * WINDOW):
        result.status = "over-sound"
        return result
    found = first_sound(samples, start, stop)
    if found is None:
        result.status = "cut"
        return result
    result.raw_ms = (timeline.time(found) - at) * 1e3
    lead = leads.get(text)
    if lead is not None:
        result.lead_ms = lead.streamed_ms if streamed else lead.ms
        result.corrected_ms = result.raw_ms - result.lead_ms
        heard = samples[found : found + len(lead.start)]
        result.matches_wav = len(heard) == len(lead.start) and all(
            abs(a - b) <= 2 for a, b in zip(heard, lead.start, strict=True)
        )
    return result


def analyse_session(
    log: SessionLog, timeline: Timeline, leads: Leads, streamed: bool
) -> list[Onset]:
    """Each request's onset, searched up to the next request, pause or the end."""
    boundaries = sorted([r.at for r in log.requests] + [p.at for p in log.pauses] + [log.ended])
    results = []
    for request in log.requests:
        until = next(b for b in boundaries if b > request.at)
        result = onset(
            timeline,
            leads,
            f"{request.index}:{request.kind}",
            request.text,
            request.at,
            until,
            log.started,
            streamed,
        )
        result.prepared, result.resumed = request.prepared, request.resumed
        if request.player_started is not None:
            result.player_started_ms = (request.player_started - request.at) * 1e3
        results.append(result)
    return results


@dataclass
class Silence:
    at_s: float  # seconds after the session start
    into_s: float  # how far into the heard announcement the pause came
    sounding: bool  # sound was heard just before the pause
    delay_ms: float | None  # pause to lasting silence


def analyse_stops(
    timeline: Timeline, stops: list[tuple[float, float]], origin: float
) -> list[Silence]:
    """For each (pause or kill, its cue's request or start): how long the sound went on."""
    samples = timeline.samples
    results = []
    for at, since in stops:
        index = timeline.index(at)
        heard = sounding(samples, index, 2 * WINDOW)
        quiet = silence_from(samples, index)
        delay = (timeline.time(quiet) - at) * 1e3 if quiet is not None else None
        begun = first_sound(samples, timeline.index(since), index)
        into = (at - timeline.time(begun)) if begun is not None else float("nan")
        results.append(Silence(at - origin, into, heard, delay))
    return results


def heartbeat_gaps(beats: list[float]) -> list[float]:
    return [(b - a) * 1e3 for a, b in itertools.pairwise(beats)]


def largest_gaps(beats: list[float], log: SessionLog, count: int = 10) -> list[dict[str, Any]]:
    """Where the longest heartbeat gaps fell, with the cue request nearest to each and
    the garbage collections that ran within them."""
    gaps = sorted(
        ((b - a, a) for a, b in itertools.pairwise(beats)),
        reverse=True,
    )[:count]
    found = []
    for gap, at in gaps:
        near = min(log.requests, key=lambda r: abs(r.at - at), default=None)
        found.append(
            {
                "gap_ms": gap * 1e3,
                "at_s": at - log.started,
                "nearest_request": f"{near.index}:{near.kind}" if near else None,
                "request_offset_ms": (at - near.at) * 1e3 if near else None,
                "collections": [
                    {"generation": g, "ms": (end - start) * 1e3, "thread": thread}
                    for start, end, g, thread in log.collections
                    if start < at + gap and end > at
                ],
            }
        )
    return found


# -- report ---------------------------------------------------------------------------------


def pass_fail(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def row(title: str, stats: dict[str, float]) -> str:
    cells = [f"{stats['count']:>6}"]
    for key in ("median_ms", "p95_ms", "p99_ms", "max_ms"):
        cells.append(f"{stats[key]:9.1f}" if key in stats else f"{'n/a':>9}")
    return f"{title:46}" + "".join(cells)


def sample_texts(plan: Plan, leads: Leads) -> list[str]:
    """About thirty distinct cues of the routine, spread over it, whose files exist."""
    from backrelief_gui.qt.speech_link import plan_cues

    distinct = [t for t in dict.fromkeys(plan_cues(plan)) if t and "{" not in t and leads.get(t)]
    if len(distinct) <= SAMPLE_TEXTS:
        return distinct
    step = (len(distinct) - 1) / (SAMPLE_TEXTS - 1)
    return [distinct[round(i * step)] for i in range(SAMPLE_TEXTS)]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from tests.speech.pulse import PulseServer, available

    reason = available()
    if reason is not None:
        sys.exit(f"cue_latency.py: no PulseAudio server can run here: {reason}")
    with tempfile.TemporaryDirectory(prefix="br-cue-") as temp:
        server = PulseServer(Path(temp) / "pulse")
        server.start()
        try:
            # Before any player exists, so every QProcess and aplay reaches this server.
            os.environ.update(server.env())
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            from PySide6.QtWidgets import QApplication

            app = QApplication(sys.argv[:1])
            recorder = MonitorRecorder(server, Path(temp) / "parec.log")
            recorder.wait_for_audio()
            results = measure(args, Path(temp) / "cues", recorder)
            app.quit()
        finally:
            server.stop()
    summary = summarise(results)
    print_report(results, summary)
    if args.json:
        save_json(args.json, args, results, summary)
    return 0


def measure(args: argparse.Namespace, cache: Path, recorder: MonitorRecorder) -> dict[str, Any]:
    """Session, floors and baseline on one recording; the analysed results."""
    from backrelief_gui.core.bundled import bundled_resources
    from backrelief_gui.core.catalogue import Dose
    from backrelief_gui.core.loading import load_library
    from backrelief_gui.core.plan import compile_plan

    library = load_library(bundled_resources())
    plan = compile_plan(library.routines["desk-break"], Dose.GENTLE, library.phrases)
    log = SessionBench(plan, cache, args).run()

    leads = Leads(cache)
    texts = sample_texts(plan, leads)
    stream = stream_command(log.player)
    command = file_player(log.player)
    stream_starts = []
    if stream is not None:
        print(
            f"floor: frames written to an open {stream.program}, {len(texts)} cues ...", flush=True
        )
        stream_starts = stream_writes(stream, [leads.path(t) for t in texts])
    print(f"floor: bare {' '.join(command)}, {len(texts)} cues ...", flush=True)
    starts = bare_starts(command, [leads.path(t) for t in texts])
    aplay = ("aplay", "-q")  # what pyttsx3 plays with, for comparison
    aplay_starts = []
    if command != aplay and shutil.which("aplay"):
        print("floor: bare aplay -q, the same cues ...", flush=True)
        aplay_starts = bare_starts(aplay, [leads.path(t) for t in texts])
    kill_text = plan.steps[log.pause_step].cue if log.pause_step is not None else texts[-1]
    kill_count = max(1, args.pauses)
    print(f"floor: {stream.program if stream else command[0]} killed mid-cue ...", flush=True)
    if stream is not None:
        kills = stream_kills(stream, leads.path(kill_text), log.pause_into_s, kill_count)
    else:
        kills = bare_kills(command, leads.path(kill_text), log.pause_into_s, kill_count)
    print(f"baseline: plain pyttsx3 say + runAndWait, {len(texts)} cues ...", flush=True)
    plain = plain_pyttsx3(texts)
    time.sleep(FLOOR_GAP_S)
    timeline = recorder.stop()
    if args.save_audio:
        from tests.speech.audio import write_wav

        write_wav(args.save_audio, timeline.samples, RATE)

    cues = analyse_session(log, timeline, leads, stream is not None)
    streamed = [
        onset(timeline, leads, "stream", text, called, ended, log.started, streamed=True)
        for text, (_, called, ended) in zip(texts, stream_starts, strict=False)
    ]
    bare = [
        onset(timeline, leads, "bare", text, called, ended, log.started)
        for text, (_, called, ended) in zip(texts, starts, strict=True)
    ]
    bare_aplay = [
        onset(timeline, leads, "bare aplay", text, called, ended, log.started)
        for text, (_, called, ended) in zip(texts, aplay_starts, strict=False)
    ]
    plains = []
    for record in plain:
        called, returned = record["called"], record["returned"]
        result = onset(timeline, leads, "plain", record["text"], called, returned, log.started)
        result.call_ms = (returned - called) * 1e3
        if record.get("spawned") is not None:
            result.player_started_ms = (record["spawned"] - called) * 1e3
        plains.append(result)
    pauses = analyse_stops(timeline, [(p.at, p.request_at) for p in log.pauses], log.started)
    kill_stops = analyse_stops(timeline, kills, log.started)
    return {
        "plan": plan,
        "log": log,
        "timeline": timeline,
        "cues": cues,
        "stream": streamed,
        "stream_program": stream.program if stream else None,
        "file_player": command[0],
        "bare": bare,
        "bare_aplay": bare_aplay,
        "plain": plains,
        "pauses": pauses,
        "kills": kill_stops,
    }


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """The statistics of every row, the ratio and the verdicts."""
    log: SessionLog = results["log"]
    cues: list[Onset] = results["cues"]
    plain: list[Onset] = results["plain"]
    pauses: list[Silence] = results["pauses"]
    kills: list[Silence] = results["kills"]
    measured = [c for c in cues if c.status == "ok" and c.corrected_ms is not None]
    first = cues[0] if cues and cues[0].corrected_ms is not None else None

    def pick(items: list[Onset], key: str) -> list[float]:
        return [getattr(c, key) for c in items if getattr(c, key) is not None]

    def stopped(items: list[Silence]) -> list[float]:
        return [s.delay_ms for s in items if s.sounding and s.delay_ms is not None]

    stats = {
        "cues_raw": describe(pick(measured, "raw_ms")),
        "cues_corrected": describe(pick(measured, "corrected_ms")),
        "cues_prepared": describe(pick([c for c in measured if c.prepared], "corrected_ms")),
        "cues_on_demand": describe(pick([c for c in measured if not c.prepared], "corrected_ms")),
        "cues_resumed": describe(pick([c for c in measured if c.resumed], "corrected_ms")),
        "first_cue": describe(pick([first] if first else [], "corrected_ms")),
        "player_started": describe(pick(measured, "player_started_ms")),
        "stream_corrected": describe(pick(results["stream"], "corrected_ms")),
        "bare_corrected": describe(pick(results["bare"], "corrected_ms")),
        "bare_aplay_corrected": describe(pick(results["bare_aplay"], "corrected_ms")),
        "plain_raw": describe(pick(plain, "raw_ms")),
        "plain_corrected": describe(pick(plain, "corrected_ms")),
        "plain_blocks": describe(pick(plain, "call_ms")),
        "plain_spawned": describe(pick(plain, "player_started_ms")),
        "pause_silence": describe(stopped(pauses)),
        "kill_silence": describe(stopped(kills)),
        "heartbeat_session": describe(heartbeat_gaps(log.beats)),
        "heartbeat_idle": describe(heartbeat_gaps(log.idle_beats)),
    }
    nan = float("nan")
    app_median = stats["cues_corrected"].get("median_ms", nan)
    ratio = stats["plain_corrected"].get("median_ms", nan) / app_median
    raw_ratio = stats["plain_raw"].get("median_ms", nan) / stats["cues_raw"].get("median_ms", nan)
    verdict = {
        "latency_p95": stats["cues_corrected"].get("p95_ms", nan) <= LATENCY_P95_TARGET_MS,
        "pause_silence": stats["pause_silence"].get("max_ms", nan) <= SILENCE_TARGET_MS,
        "ratio": ratio >= RATIO_TARGET,
        "ui_gap": stats["heartbeat_session"].get("max_ms", nan) <= GAP_TARGET_MS,
    }
    return {
        "stats": stats,
        "first": first,
        "measured": measured,
        "ratio": ratio,
        "raw_ratio": raw_ratio,
        "verdict": verdict,
    }


def print_report(results: dict[str, Any], summary: dict[str, Any]) -> None:
    """The table, each figure beside its floor, then the targets."""
    from PySide6 import __version__ as pyside_version

    plan: Plan = results["plan"]
    log: SessionLog = results["log"]
    timeline: Timeline = results["timeline"]
    cues: list[Onset] = results["cues"]
    plain: list[Onset] = results["plain"]
    pauses: list[Silence] = results["pauses"]
    stats: dict[str, dict[str, float]] = summary["stats"]
    measured: list[Onset] = summary["measured"]
    first: Onset | None = summary["first"]
    verdict: dict[str, bool] = summary["verdict"]
    stream: str | None = results["stream_program"]
    bare = f"bare {results['file_player']} via Popen, corrected"
    nan = float("nan")

    print()
    print(
        f"Cue latency, request -> sound at the sink (ms), '{plan.routine.id}' ({plan.dose.value}),"
        f" speed 1, {log.ended - log.started:.0f} s ({log.state or 'ended'}), player "
        f"{log.player}, voice {log.voice}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}"
    )
    header = f"{'':46}{'count':>6}{'median':>9}{'p95':>9}{'p99':>9}{'max':>9}"
    print(header)
    print("-" * len(header))
    rows = (
        ("app cues, raw", stats["cues_raw"]),
        ("app cues, corrected (- lead silence played)", stats["cues_corrected"]),
        ("  prepared ahead (file cached at request)", stats["cues_prepared"]),
        ("  synthesised on demand", stats["cues_on_demand"]),
        ("  said again on resume", stats["cues_resumed"]),
        ("  first cue of the session", stats["first_cue"]),
        ("  request -> player started / frames written", stats["player_started"]),
        *(
            [
                (f"floor: frames written to an open {stream}", stats["stream_corrected"]),
                (
                    f"  bare {results['file_player']} via Popen (one process a cue)",
                    stats["bare_corrected"],
                ),
            ]
            if stream
            else [(f"floor: {bare}", stats["bare_corrected"])]
        ),
        ("  bare aplay -q via Popen (pyttsx3's player)", stats["bare_aplay_corrected"]),
        ("baseline: plain pyttsx3 say+runAndWait, raw", stats["plain_raw"]),
        ("baseline: plain pyttsx3, corrected", stats["plain_corrected"]),
        ("  call -> os.system('aplay') (synthesis)", stats["plain_spawned"]),
        ("  (its call blocks the caller for)", stats["plain_blocks"]),
        ("silence after driver.pause()", stats["pause_silence"]),
        (
            f"floor: silence after killing {f'an open {stream}' if stream else log.player}",
            stats["kill_silence"],
        ),
        (f"UI heartbeat gap ({HEARTBEAT_MS} ms timer), session", stats["heartbeat_session"]),
        ("floor: UI heartbeat gap, idle", stats["heartbeat_idle"]),
    )
    for title, values in rows:
        print(row(title, values))
    print("-" * len(header))
    skipped = {s: sum(1 for c in cues if c.status == s) for s in ("cut", "over-sound")}
    matched = sum(1 for c in measured if c.matches_wav)
    print(
        f"cues requested {len(cues)}, measured {len(measured)}, skipped: cut before sound "
        f"{skipped['cut']}, over a sounding cue {skipped['over-sound']}; onset matches the WAV "
        f"sample for sample in {matched}/{len(measured)}"
    )
    if first is not None:
        print(
            f"first cue: {'prepared' if first.prepared else 'synthesised on demand'}, raw "
            f"{first.raw_ms or nan:.1f} ms, lead silence {first.lead_ms or 0:.1f} ms"
        )
    in_gap = sum(1 for p in pauses if not p.sounding)
    heard = sum(1 for p in plain if p.raw_ms is not None)
    print(
        f"pauses {len(pauses)} on step {log.pause_step} at ~{log.pause_into_s:.2f} s into the "
        f"announcement (heard {', '.join(f'{p.into_s:.2f}' for p in pauses)} s), in a word gap "
        f"{in_gap}; plain pyttsx3 heard in the recording {heard}/{len(plain)}"
    )
    print(
        f"recording: {timeline.chunks} chunks; sink renders {timeline.ahead_ms:.2f} ms ahead "
        f"(pactl, added to the fitted line); sink clock {timeline.rate_error_ppm:+.0f} ppm vs "
        f"monotonic (fitted); earliest arrival per 2 s above the fitted line median "
        f"{timeline.bucket_residual_ms['median_ms']:.2f} ms, max "
        f"{timeline.bucket_residual_ms['max_ms']:.2f} ms; every chunk median "
        f"{timeline.arrival_above_ms['median_ms']:.1f} ms, p99 "
        f"{timeline.arrival_above_ms['p99_ms']:.1f} ms"
    )
    stops = [x.delay_ms for x in [*pauses, *results["kills"]] if x.delay_ms is not None]
    if stops:
        print(
            f"mapping check: the earliest silence after a pause or kill came {min(stops):.1f} ms "
            "after it (a mapping running early would put silence before the kill)"
        )
    if log.problems:
        print(f"speaker problems: {'; '.join(log.problems)}")
    print(
        f"cue latency p95 {stats['cues_corrected'].get('p95_ms', nan):7.1f} ms (raw "
        f"{stats['cues_raw'].get('p95_ms', nan):.1f})   target <= {LATENCY_P95_TARGET_MS:.0f} ms"
        f"   {pass_fail(verdict['latency_p95'])}"
    )
    print(
        f"pause to silence max {stats['pause_silence'].get('max_ms', nan):7.1f} ms   target <= "
        f"{SILENCE_TARGET_MS:.0f} ms   {pass_fail(verdict['pause_silence'])}"
    )
    print(
        f"plain/app medians {summary['ratio']:7.1f}x (raw {summary['raw_ratio']:.1f}x)   "
        f"target >= {RATIO_TARGET:.0f}x   {pass_fail(verdict['ratio'])}"
    )
    print(
        f"UI gap max {stats['heartbeat_session'].get('max_ms', nan):7.1f} ms (p99 "
        f"{stats['heartbeat_session'].get('p99_ms', nan):.1f})   target <= "
        f"{GAP_TARGET_MS:.0f} ms   {pass_fail(verdict['ui_gap'])}"
    )


def save_json(
    path: Path, args: argparse.Namespace, results: dict[str, Any], summary: dict[str, Any]
) -> None:
    """Everything: settings, mapping, statistics, verdicts and every single measurement."""
    from PySide6 import __version__ as pyside_version

    plan: Plan = results["plan"]
    log: SessionLog = results["log"]
    timeline: Timeline = results["timeline"]
    first: Onset | None = summary["first"]
    record = {
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "routine": plan.routine.id,
        "dose": plan.dose.value,
        "seconds": args.seconds,
        "session_seconds": log.ended - log.started,
        "session_state": log.state,
        "player": log.player,
        "voice": log.voice,
        "threshold_rms": THRESHOLD,
        "window_ms": WINDOW / RATE * 1e3,
        "recording": {
            "chunks": timeline.chunks,
            "t0_monotonic": timeline.t0,
            "period_s": timeline.period,
            "session_started_monotonic": log.started,
            "sink_clock_ppm": timeline.rate_error_ppm,
            "bucket_residual": timeline.bucket_residual_ms,
            "arrival_above_line": timeline.arrival_above_ms,
            "recorder_latency_ms": RECORDER_LATENCY_MS,
            "sink_ahead_ms": timeline.ahead_ms,
        },
        "stats": summary["stats"],
        "first_cue": asdict(first) if first else None,
        "pause_step": log.pause_step,
        "pause_into_s": log.pause_into_s,
        "ratio_plain_app_medians": summary["ratio"],
        "ratio_plain_app_medians_raw": summary["raw_ratio"],
        "targets": {
            "latency_p95_max_ms": LATENCY_P95_TARGET_MS,
            "pause_silence_max_ms": SILENCE_TARGET_MS,
            "ratio_min": RATIO_TARGET,
            "ui_gap_max_ms": GAP_TARGET_MS,
        },
        "pass": summary["verdict"],
        "cues": [asdict(c) for c in results["cues"]],
        "stream_program": results["stream_program"],
        "stream_writes": [asdict(c) for c in results["stream"]],
        "file_player": results["file_player"],
        "bare_player": [asdict(c) for c in results["bare"]],
        "bare_aplay": [asdict(c) for c in results["bare_aplay"]],
        "plain_pyttsx3": [asdict(c) for c in results["plain"]],
        "pauses": [asdict(p) for p in results["pauses"]],
        "bare_kills": [asdict(k) for k in results["kills"]],
        "largest_gaps": largest_gaps(log.beats, log),
        "speaker_problems": log.problems,
    }
    path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    print(f"saved to {path}")


if __name__ == "__main__":
    sys.exit(main())

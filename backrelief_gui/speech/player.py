"""Plays cue audio files, one at a time, and stops them at once.

Where a sound server runs (PulseAudio, or PipeWire), :class:`StreamPlayer` keeps one
``pacat`` (or ``pw-cat``) process open and writes each cue's PCM frames to its standard
input, so a cue reaches the server in a few milliseconds instead of waiting for a new
player process to start and connect (about 15 ms). It opens the stream when it is first
needed and closes it after half a minute without a cue, because an open stream keeps the
sound server (and the card) awake. Stopping kills the process, which makes the server
drop what it holds, and opens a fresh one for the next cue.

Otherwise, and whenever the stream cannot be had, each cue is a small player process
(``paplay``, ``pw-play``, ``aplay`` or ``afplay``) run through QProcess, so starting and
ending are reported on the event loop and killing the process silences the cue
immediately. Plain ALSA keeps that way: a long-lived ``aplay`` would hold the card, and it
reads its input in whole periods, so a cue's last part would wait for the next cue.
Windows plays through ``winsound`` asynchronously. No Qt Multimedia is needed, which
keeps the install small.
"""

from __future__ import annotations

import shutil
import sys
import time
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Qt, QTimer, Signal

#: Player commands in order of preference; the file name is appended. A sound server's
#: own player talks to the server directly; ALSA's aplay reaches it through a plugin
#: (bench/cue_latency.py measured both at about 15 ms to sound), and serves systems
#: without a sound server.
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("paplay",),
    ("pw-play",),
    ("aplay", "-q"),
    ("afplay",),
)


class PcmFormat(NamedTuple):
    """How a sound file's frames are laid out: what a raw stream is opened with."""

    rate: int
    channels: int
    width: int  # bytes a sample

    @property
    def frame_bytes(self) -> int:
        return self.channels * self.width


#: eSpeak NG's output, and the countdown beep's: a stream opened ahead takes this format.
SPEECH_FORMAT = PcmFormat(22050, 1, 2)


@dataclass(frozen=True)
class StreamCommand:
    """A program that plays raw PCM read from its standard input, until it is ended.

    ``arguments`` start with the program; ``{rate}``, ``{channels}`` and ``{format}`` are
    filled in for each stream, ``formats`` spelling each WAV sample width (1 to 4 bytes)
    the program's way. ``latency_ms`` is the buffer asked of the server: frames written
    have been heard their own length plus that long later.
    """

    arguments: tuple[str, ...]
    formats: tuple[tuple[int, str], ...]
    latency_ms: int

    @property
    def program(self) -> str:
        return self.arguments[0]

    def command(self, pcm: PcmFormat) -> list[str]:
        name = dict(self.formats)[pcm.width]
        return [
            argument.format(rate=pcm.rate, channels=pcm.channels, format=name)
            for argument in self.arguments
        ]


#: The stream's buffer. It does not delay a cue: frames written to a stream that has run
#: dry are played at the server's next turn. A smaller one would make PulseAudio run the
#: whole card at a shorter latency (a quarter of it), waking the server more often (20 ms
#: did: 200 times a second against 80) and the stream more exposed to a busy CPU.
STREAM_LATENCY_MS = 50

#: Stream players in order of preference. ``pacat`` reaches PulseAudio, and PipeWire
#: through its pulse server; ``pw-cat`` serves PipeWire without it.
STREAM_COMMANDS: tuple[StreamCommand, ...] = (
    StreamCommand(
        (
            "pacat",
            "--playback",
            "--raw",
            "--client-name=BackRelief",
            "--format={format}",
            "--rate={rate}",
            "--channels={channels}",
            f"--latency-msec={STREAM_LATENCY_MS}",
        ),
        ((1, "u8"), (2, "s16le"), (3, "s24le"), (4, "s32le")),
        STREAM_LATENCY_MS,
    ),
    StreamCommand(
        (
            "pw-cat",
            "--playback",
            "--format={format}",
            "--rate={rate}",
            "--channels={channels}",
            f"--latency={STREAM_LATENCY_MS}ms",
            "-",
        ),
        ((1, "u8"), (2, "s16"), (3, "s24"), (4, "s32")),
        STREAM_LATENCY_MS,
    ),
)

#: A sample this small (about -66 dBFS) is silence.
SILENT_LEVEL = 16
#: Without a cue for this long an open stream is closed, so the sound server (and the
#: card) can rest; the bundled routines' cues are never further apart than 20 s.
IDLE_CLOSE_MS = 30_000
#: A stream process needs some milliseconds after it starts to reach the server, so the
#: end of a cue written that early is awaited up to this much longer.
CONNECT_ALLOWANCE_MS = 50


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes() / float(audio.getframerate())


@dataclass(frozen=True)
class Pcm:
    """A sound file's frames as a stream takes them, its leading silence left out."""

    format: PcmFormat
    frames: bytes
    skipped: int  # silent frames left out at the start

    @property
    def seconds(self) -> float:
        return len(self.frames) / self.format.frame_bytes / self.format.rate


def read_pcm(path: Path) -> Pcm:
    """A WAV file's frames; raises OSError, EOFError or ``wave.Error`` for a bad file."""
    with wave.open(str(path), "rb") as audio:
        pcm = PcmFormat(audio.getframerate(), audio.getnchannels(), audio.getsampwidth())
        frames = audio.readframes(audio.getnframes())
    skipped = leading_silence(frames, pcm)
    return Pcm(pcm, frames[skipped * pcm.frame_bytes :], skipped)


def leading_silence(frames: bytes, pcm: PcmFormat) -> int:
    """How many frames come before the first sound, in 16-bit audio (0 for other widths).

    eSpeak NG opens a cue with about 12 ms of silence; left out, the words come sooner.
    """
    if pcm.width != 2:
        return 0
    samples = array("h")
    samples.frombytes(frames[: len(frames) - len(frames) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    for index, value in enumerate(samples):
        if abs(value) >= SILENT_LEVEL:
            return index // pcm.channels
    return 0  # silence throughout: played as it is, so it keeps its length


class CuePlayer(QObject):
    """Plays one file at a time; ``play`` and ``stop`` cut whatever is playing.

    Signals:
        started(int): the audio of this token began.
        finished(int): the audio of this token ended by itself.
        failed(int, str): this token could not be played, and why.
    """

    started = Signal(int)
    finished = Signal(int)
    failed = Signal(int, str)

    def play(self, token: int, path: Path) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def warm_up(self) -> None:
        """A cue will come soon: get the output ready (a player with nothing to ready
        ignores it)."""

    def close(self) -> None:
        """Stop, and let go of the sound output until the next ``play``."""
        self.stop()

    @property
    def description(self) -> str:
        return type(self).__name__


class ProcessPlayer(CuePlayer):
    """One short-lived player process per cue.

    Given several commands, it starts with the first; when one fails (``paplay`` with no
    sound server running, say) it retries the same cue with the next, and keeps the one
    that worked. Only when all have failed does it report ``failed``.
    """

    def __init__(
        self, commands: tuple[tuple[str, ...], ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if not commands:
            raise ValueError("a player needs at least one command")
        self._commands = list(commands)
        self._process: QProcess | None = None
        self._tokens: dict[QProcess, int] = {}  # each running process and the cue it plays
        self._path: Path | None = None
        self._proven = False  # a cue has played to its end with the current command

    @property
    def _command(self) -> tuple[str, ...]:
        return self._commands[0]

    @property
    def description(self) -> str:
        return self._command[0]

    def play(self, token: int, path: Path) -> None:
        self.stop()
        self._path = path
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments([*self._command[1:], str(path)])
        # Bound methods, not lambdas: Qt drops them if this player is destroyed first.
        process.started.connect(self._on_started)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._tokens[process] = token
        self._process = process
        process.start()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # instant silence; its finished signal is ignored below

    def _on_started(self) -> None:
        process = self.sender()
        if process is self._process:
            self.started.emit(self._tokens[process])

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if not isinstance(process, QProcess):
            return
        token = self._tokens.pop(process, 0)
        process.deleteLater()
        if process is not self._process:
            return  # stopped or replaced: nobody waits for it
        self._process = None
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._proven = True
            self.finished.emit(token)
        else:
            output = bytes(process.readAllStandardError().data()).decode(errors="replace")
            exited = QCoreApplication.translate("CuePlayer", "{player} exited with {code}")
            self._try_next(
                token, output.strip() or exited.format(player=self._command[0], code=code)
            )

    def _on_error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if error != QProcess.ProcessError.FailedToStart or not isinstance(process, QProcess):
            return
        token = self._tokens.pop(process, 0)
        process.deleteLater()
        if process is self._process:
            self._process = None
            failed = QCoreApplication.translate("CuePlayer", "{player} could not be started")
            self._try_next(token, failed.format(player=self._command[0]))

    def _try_next(self, token: int, problem: str) -> None:
        if self._proven or len(self._commands) == 1 or self._path is None:
            self.failed.emit(token, problem)
            return
        self._commands.pop(0)
        self.play(token, self._path)


class WinsoundPlayer(CuePlayer):
    """Windows: asynchronous PlaySound, with the file's own length marking its end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        import winsound  # type: ignore[import-not-found]

        self._winsound = winsound
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.finished.emit(self._token))
        self._token = 0

    def play(self, token: int, path: Path) -> None:
        self.stop()
        self._token = token
        flags = self._winsound.SND_FILENAME | self._winsound.SND_ASYNC
        self._winsound.PlaySound(str(path), flags | self._winsound.SND_NODEFAULT)
        self.started.emit(token)
        self._timer.start(round(wav_seconds(path) * 1000))

    def stop(self) -> None:
        self._timer.stop()
        self._winsound.PlaySound(None, self._winsound.SND_PURGE)


class StreamPlayer(CuePlayer):
    """One long-lived raw-PCM player process; each cue's frames are written to it.

    Starting a player process and connecting it to the sound server is most of what a
    cue waited for; with the stream already open, the frames reach the server at once.
    The commands are tried in order: when a stream cannot be started, or its process
    ends by itself (no sound server, say), the next is tried; when none is left, the
    ``fallback`` player plays every cue from then on, or without one ``failed`` is
    reported. A stream that has played a cue to its end and then dies (the server was
    restarted) is opened again once first. A cue being played when its stream failed is
    played again from its start.

    The process goes on running after a cue, so ``finished`` is timed instead: the
    frames' length plus the stream's latency after they were written.
    """

    def __init__(
        self,
        commands: Sequence[StreamCommand],
        fallback: CuePlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not commands:
            raise ValueError("a stream player needs at least one command")
        self._commands = list(commands)
        self._fallback = fallback
        if fallback is not None:
            fallback.setParent(self)
            fallback.started.connect(self.started)
            fallback.finished.connect(self.finished)
            fallback.failed.connect(self.failed)
        self._given_up: str | None = None  # why streams are no longer tried
        self._process: QProcess | None = None
        self._format = SPEECH_FORMAT  # the open stream's, or the next one's
        self._started_at: float | None = None  # when the open process started
        self._proven = False  # a cue has played to its end on the open process
        self._cue: tuple[int, Path] | None = None  # the cue being played, until it ends
        self._waiting: Pcm | None = None  # its frames, while the process is starting
        self._done = QTimer(self)
        self._done.setSingleShot(True)
        self._done.setTimerType(Qt.TimerType.PreciseTimer)
        self._done.timeout.connect(self._on_done)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CLOSE_MS)
        self._idle.timeout.connect(self._close)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def description(self) -> str:
        if self._given_up is not None and self._fallback is not None:
            return self._fallback.description
        return self._commands[0].program

    def warm_up(self) -> None:
        if self._given_up is None and self._process is None:
            self._open(self._format)

    def play(self, token: int, path: Path) -> None:
        self.stop()
        if self._given_up is not None:
            self._play_elsewhere(token, path, self._given_up)
            return
        try:
            pcm = read_pcm(path)
        except (OSError, EOFError, wave.Error) as error:
            unreadable = QCoreApplication.translate(
                "CuePlayer", "{file} could not be read: {reason}"
            )
            self._play_elsewhere(token, path, unreadable.format(file=path.name, reason=error))
            return
        self._cue = (token, path)
        if self._process is None or pcm.format != self._format:
            self._close()
            self._open(pcm.format)
        process = self._process
        if process is not None and process.state() == QProcess.ProcessState.Running:
            self._write(process, pcm)
        else:
            self._waiting = pcm  # written once the process has started

    def stop(self) -> None:
        if self._fallback is not None:
            self._fallback.stop()
        self._cue = None
        self._waiting = None
        if self._done.isActive():  # frames are sounding: they go with their stream
            self._done.stop()
            self._close()
            self._open(self._format)  # so the next cue starts at once again

    def close(self) -> None:
        """End the stream now, and every process this player started."""
        if self._fallback is not None:
            self._fallback.close()  # first, so its own kill is not taken for a failure
        self._cue = None
        self._waiting = None
        self._done.stop()
        self._close()
        for process in self.findChildren(QProcess):
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(1000)  # reaped now: none outlives the player

    # -- the stream --------------------------------------------------------------------

    def _open(self, pcm: PcmFormat) -> None:
        command = self._commands[0].command(pcm)
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        # Bound methods, not lambdas: Qt drops them if this player is destroyed first.
        process.started.connect(self._on_started)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._format = pcm
        self._started_at = None
        self._proven = False
        self._idle.start()
        process.start()

    def _close(self) -> None:
        process, self._process = self._process, None
        self._idle.stop()
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # the server drops what the stream holds; finished is ignored

    def _write(self, process: QProcess, pcm: Pcm) -> None:
        if self._cue is None:
            return
        self._waiting = None
        self._idle.stop()
        process.write(pcm.frames)
        process.waitForBytesWritten(0)  # into the pipe now, not at the loop's next turn
        latency = self._commands[0].latency_ms
        started_at = self._started_at if self._started_at is not None else time.monotonic()
        allowance = max(0.0, CONNECT_ALLOWANCE_MS - (time.monotonic() - started_at) * 1000)
        self._done.start(round(pcm.seconds * 1000 + latency + allowance))
        self.started.emit(self._cue[0])

    def _on_started(self) -> None:
        process = self.sender()
        if process is not self._process or not isinstance(process, QProcess):
            return
        self._started_at = time.monotonic()
        if self._waiting is not None:
            self._write(process, self._waiting)

    def _on_done(self) -> None:
        if self._cue is None:
            return
        token, self._cue = self._cue[0], None
        self._proven = True
        self._idle.start()
        self.finished.emit(token)

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if not isinstance(process, QProcess):
            return
        process.deleteLater()
        if process is not self._process:
            return  # ended on purpose
        self._process = None
        output = bytes(process.readAllStandardError().data()).decode(errors="replace")
        exited = QCoreApplication.translate("CuePlayer", "{player} exited with {code}")
        self._lost(output.strip() or exited.format(player=process.program(), code=code))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if error != QProcess.ProcessError.FailedToStart or not isinstance(process, QProcess):
            return
        process.deleteLater()
        if process is self._process:
            self._process = None
            failed = QCoreApplication.translate("CuePlayer", "{player} could not be started")
            self._lost(failed.format(player=process.program()))

    def _lost(self, problem: str) -> None:
        """The stream's process ended by itself: open it again, try the next, or give up."""
        cue = self._cue
        self._cue = None
        self._waiting = None
        self._done.stop()
        self._idle.stop()
        if self._proven:
            self._proven = False  # it worked before: the same command once more
        elif len(self._commands) > 1:
            self._commands.pop(0)
        else:
            self._given_up = problem
        if cue is not None:
            self.play(*cue)

    def _play_elsewhere(self, token: int, path: Path, problem: str) -> None:
        if self._fallback is not None:
            self._fallback.play(token, path)
        else:
            self.failed.emit(token, problem)


def find_player(parent: QObject | None = None) -> CuePlayer | None:
    """The best player this system has, or None (the speaker then stays silent).

    A stream player where ``pacat`` or ``pw-cat`` is found, falling back to one process a
    cue with the same programs' file players (or ``aplay``) if the stream cannot be had.
    """
    if sys.platform == "win32":
        return WinsoundPlayer(parent)
    available = tuple(command for command in COMMANDS if shutil.which(command[0]))
    fallback = ProcessPlayer(available, parent) if available else None
    streams = tuple(command for command in STREAM_COMMANDS if shutil.which(command.program))
    return StreamPlayer(streams, fallback, parent) if streams else fallback

"""Plays cue audio files, one at a time, and stops them at once.

On Linux and macOS each cue is a small player process (``aplay``, ``paplay`` or
``afplay``) run through QProcess, so starting and ending are reported on the event loop
and killing the process silences the cue immediately. Windows plays through ``winsound``
asynchronously. No Qt Multimedia is needed, which keeps the install small.
"""

from __future__ import annotations

import shutil
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

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


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes() / float(audio.getframerate())


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


def find_player(parent: QObject | None = None) -> CuePlayer | None:
    """The best player this system has, or None (the speaker then stays silent)."""
    if sys.platform == "win32":
        return WinsoundPlayer(parent)
    available = tuple(command for command in COMMANDS if shutil.which(command[0]))
    return ProcessPlayer(available, parent) if available else None

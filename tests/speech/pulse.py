"""A real PulseAudio server with a null sink, private to one test, to hear what was played.

Speech tests need to know that sound really left the app, on machines (CI, containers)
that have no sound card. A null sink takes the audio like a card would, and its monitor
source lets :meth:`PulseServer.record` capture exactly what was played.

The server is isolated from any user session: its own socket, runtime, home and config
directories under the test's temporary directory, no default script, no D-Bus session
(it only warns), and clients told not to autospawn another server. As root, pulseaudio
in user mode (``--system=no``) only warns, so no extra flag is needed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from array import array
from pathlib import Path

from tests.speech.audio import read_raw

SINK = "backrelief_test"
MONITOR = f"{SINK}.monitor"
RATE = 22050
BYTES_PER_SECOND = RATE * 2  # s16le mono

#: Where Debian, Ubuntu and Fedora keep ALSA's top-level configuration.
ALSA_CONF = Path("/usr/share/alsa/alsa.conf")

# ``norewinds=1`` matters: by default the null sink renders 2 s blocks ahead, so its
# monitor delivers nothing for the first 2 s of a recording, and a sound played before
# that first block arrives loses its start (seen here: 0.1-0.4 s of a cue, and all the
# silence before it). Without rewinds the sink works in 50 ms blocks.
SERVER_SCRIPT = f"""\
load-module module-null-sink sink_name={SINK} rate={RATE} channels=1 norewinds=1
set-default-sink {SINK}
load-module module-native-protocol-unix socket={{socket}} auth-anonymous=1
"""
# ``auth-anonymous=1``: clients need no cookie (they do not share the server's home);
# the socket lives in the test's own directory, so no one else finds it.

# ALSA's ``default`` device pinned to PulseAudio, so ``aplay`` reaches this server
# whatever the system's "use pulse if it is running" hook decides.
ALSA_SCRIPT = """\
pcm.!default { type pulse }
ctl.!default { type pulse }
"""


class PulseError(RuntimeError):
    """The server or a client did not do what was asked; the message holds the log."""


def available() -> str | None:
    """Why a server cannot be run here, or None when it can."""
    missing = [tool for tool in ("pulseaudio", "pactl", "parec") if shutil.which(tool) is None]
    if missing:
        listed = ", ".join(missing)
        return f"{listed} not installed (Debian: apt-get install pulseaudio pulseaudio-utils)"
    return None


class Recording:
    """``parec`` capturing the null sink's monitor to a raw s16le mono file."""

    def __init__(self, process: subprocess.Popen[bytes], path: Path, log: Path) -> None:
        self.process = process
        self.path = path
        self._log = log

    def seconds(self) -> float:
        """How much has been captured so far: the recording's clock, read from its size."""
        try:
            return self.path.stat().st_size / BYTES_PER_SECOND
        except FileNotFoundError:
            return 0.0

    def wait_for(self, seconds: float, timeout: float = 10.0) -> None:
        """Block until at least ``seconds`` are captured (the monitor runs in real time)."""
        deadline = time.monotonic() + timeout
        while self.seconds() < seconds:
            if self.process.poll() is not None:
                raise PulseError(f"parec ended early: {self._log.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                raise PulseError(f"only {self.seconds():.2f} s of {seconds:.2f} s recorded")
            time.sleep(0.01)  # polling an external recorder's file, not a Qt event

    def stop(self) -> array[int]:
        """End the capture (SIGINT lets parec write what it holds) and return the samples."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        return read_raw(self.path)


class PulseServer:
    """One pulseaudio process serving a null sink on a private socket."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.socket = directory / "native"
        self.server = f"unix:{self.socket}"
        self.log = directory / "pulseaudio.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._recordings: list[Recording] = []

    def start(self, attempts: int = 100) -> None:
        """Start the server and return once it answers and has the null sink."""
        for name in ("home", "run", "config", "state"):
            (self.directory / name).mkdir(parents=True, exist_ok=True)
        os.chmod(self.directory / "run", 0o700)  # private, as an XDG runtime dir must be
        script = self.directory / "server.pa"
        script.write_text(SERVER_SCRIPT.format(socket=self.socket))
        (self.directory / "client.conf").write_text(
            f"autospawn = no\ndefault-server = {self.server}\n"
        )
        (self.directory / "asound.conf").write_text(ALSA_SCRIPT)
        command = [
            "pulseaudio",
            "-n",  # no default script: only the modules above
            "-F",
            str(script),
            "--daemonize=no",
            "--use-pid-file=no",
            "--system=no",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--realtime=no",
            "--high-priority=no",
            f"--log-target=file:{self.log}",
            "--log-level=info",
        ]
        # Should the test run be killed, the server dies with it rather than linger.
        if shutil.which("setpriv") is not None:
            command = ["setpriv", "--pdeathsig", "TERM", *command]
        self._process = subprocess.Popen(
            command,
            env=self._server_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl+C in the test run reaches pytest, not the server
        )
        for _ in range(attempts):
            if self._process.poll() is not None:
                raise PulseError(
                    f"pulseaudio exited with {self._process.returncode}:\n{self._log()}"
                )
            if self.socket.exists() and f"Default Sink: {SINK}" in self._info():
                return
            time.sleep(0.05)  # waiting for an external server to come up
        self.stop()
        raise PulseError(f"pulseaudio did not answer on {self.server}:\n{self._log()}")

    def env(self) -> dict[str, str]:
        """This process's environment, with every sound client pointed at this server.

        Covers PulseAudio clients (``paplay``, ``parec``) and ALSA ones (``aplay``, through
        the pulse plugin of libasound2-plugins), and stops clients autospawning a server.
        """
        env = dict(os.environ)
        env.update(
            PULSE_SERVER=self.server,
            PULSE_SINK=SINK,
            PULSE_CLIENTCONFIG=str(self.directory / "client.conf"),
        )
        env.pop("PULSE_SOURCE", None)
        if ALSA_CONF.exists():
            env["ALSA_CONFIG_PATH"] = f"{ALSA_CONF}:{self.directory / 'asound.conf'}"
        return env

    def record(self, path: Path, timeout: float = 10.0) -> Recording:
        """Capture everything the null sink plays to ``path`` until the handle is stopped.

        Returns once audio is flowing, so nothing played afterwards can be missed.
        """
        log = path.with_suffix(".parec.log")
        with path.open("wb") as output, log.open("wb") as errors:
            process = subprocess.Popen(
                [
                    "parec",
                    "-s",
                    self.server,
                    "-d",
                    MONITOR,
                    "--format=s16le",
                    f"--rate={RATE}",
                    "--channels=1",
                    "--raw",
                    "--latency-msec=20",  # small chunks: the file grows in real time
                ],
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=errors,
            )
        recording = Recording(process, path, log)
        self._recordings.append(recording)
        recording.wait_for(0.02, timeout)
        return recording

    def stop(self) -> None:
        """End every recording and the server; safe to call twice."""
        for recording in self._recordings:
            recording.stop()
        self._recordings.clear()
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def __enter__(self) -> PulseServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _server_env(self) -> dict[str, str]:
        """A bare environment: nothing from a desktop session may leak into the server."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.directory / "home"),
            "XDG_RUNTIME_DIR": str(self.directory / "run"),
            "XDG_CONFIG_HOME": str(self.directory / "config"),
            "XDG_STATE_HOME": str(self.directory / "state"),
            "PULSE_CLIENTCONFIG": str(self.directory / "client.conf"),
        }
        if "LANG" in os.environ:
            env["LANG"] = os.environ["LANG"]
        return env

    def _info(self) -> str:
        try:
            result = subprocess.run(
                ["pactl", "-s", self.server, "info"],
                env={**self.env(), "LC_ALL": "C"},  # the labels read below are translated
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ""
        return result.stdout

    def _log(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except FileNotFoundError:
            return "(no log written)"

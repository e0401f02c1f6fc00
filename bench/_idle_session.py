"""A private, throwaway desktop for one program start in ``bench/idle_tray.py``.

Each start gets its own Xvfb (the display number chosen by Xvfb itself through
``-displayfd``), two private D-Bus buses (``dbus-daemon --session --nofork``: one as the
session bus, one standing in for the system bus, which Safe Eyes insists on), optionally
an XEmbed tray host (``trayer``, waited for through the tray selection), and a fresh HOME
with its own XDG folders, so every program starts with its defaults. Every process is
started in a new session (its own process group) and the bench makes itself a child
subreaper, so that daemons started on the programs' behalf (D-Bus activation double-forks
at-spi-bus-launcher, dconf-service, ...) are re-parented to the bench rather than to init:
``close`` can then find and end all of them, by process group and then by pid.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from _idle_proc import all_stats, descendants, read_stat
from _idle_x11 import wait_for_tray

PR_SET_CHILD_SUBREAPER = 36
START_TIMEOUT_S = 15.0
GRACE_S = 5.0
SCREEN = "1280x800x24"
TRAY_COMMAND = [
    "trayer",
    "--edge",
    "top",
    "--align",
    "right",
    "--widthtype",
    "request",
    "--height",
    "24",
]


class SessionError(RuntimeError):
    """The private desktop could not be set up."""


def become_subreaper() -> None:
    """Orphans of the processes started here come back to this process, not to init."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while tearing down, so a second Ctrl-C cannot cut it short."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _read_line(fd: int, timeout: float, what: str) -> str:
    """One line written by a child to the pipe ``fd`` (its display number, bus address)."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise SessionError(f"{what} did not start within {timeout:.0f} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise SessionError(f"{what} exited before it was ready")
        data += chunk
    return data.decode().strip()


class Session:
    """Xvfb, the two buses, the tray host and HOME for one program start."""

    def __init__(self, folder: Path, tray: str, pycache: Path) -> None:
        self.folder = folder
        self.tray = tray
        self.pycache = pycache
        self.env: dict[str, str] = {}
        self.display = ""
        self.started: list[tuple[str, subprocess.Popen[bytes]]] = []
        self._logs: list[IO[bytes]] = []

    # -- start ---------------------------------------------------------------------------

    def start(self) -> None:
        home = self.folder / "home"
        runtime = self.folder / "runtime"
        for path in (home / ".config", home / ".local/share", home / ".cache", runtime):
            path.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        env = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "xcb",
            # Python programs keep their compiled bytecode here, never in the repository.
            "PYTHONPYCACHEPREFIX": str(self.pycache),
        }
        self.display = self._start_xvfb(env)
        env["DISPLAY"] = self.display
        env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus("session bus", env)
        env["DBUS_SYSTEM_BUS_ADDRESS"] = self._start_bus("system bus", env)
        self.env = env
        if self.tray == "trayer":
            self.spawn("trayer", TRAY_COMMAND)
            if not wait_for_tray(self.display, START_TIMEOUT_S):
                raise SessionError(f"trayer took no tray selection within {START_TIMEOUT_S} s")

    def spawn(
        self,
        name: str,
        command: list[str],
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        pass_fds: tuple[int, ...] = (),
    ) -> subprocess.Popen[bytes]:
        """Start ``command`` in a new session, its output in ``<folder>/<name>.log``."""
        log = (self.folder / f"{name.replace(' ', '-')}.log").open("ab")
        self._logs.append(log)
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.env if env is None else env,
            cwd=cwd,
            pass_fds=pass_fds,
            start_new_session=True,
        )
        self.started.append((name, process))
        return process

    def _start_xvfb(self, env: dict[str, str]) -> str:
        read_end, write_end = os.pipe()
        try:
            command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN]
            self.spawn("Xvfb", [*command, "-nolisten", "tcp"], env=env, pass_fds=(write_end,))
            os.close(write_end)
            write_end = -1
            return ":" + _read_line(read_end, START_TIMEOUT_S, "Xvfb")
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)

    def _start_bus(self, name: str, env: dict[str, str]) -> str:
        read_end, write_end = os.pipe()
        try:
            command = ["dbus-daemon", "--session", "--nofork", "--nopidfile"]
            command.append(f"--print-address={write_end}")
            self.spawn(name, command, env=env, pass_fds=(write_end,))
            os.close(write_end)
            write_end = -1
            return _read_line(read_end, START_TIMEOUT_S, f"dbus-daemon ({name})")
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)

    # -- what is running -----------------------------------------------------------------

    def infrastructure_pids(self, stats: dict) -> set[int]:
        """Xvfb, the tray host (with anything below it) and the two bus daemons themselves."""
        pids: set[int] = set()
        for name, process in self.started:
            if name in ("Xvfb", "trayer"):
                pids.update(descendants(process.pid, stats))
            elif name in ("session bus", "system bus"):
                pids.add(process.pid)
        return pids

    # -- end -----------------------------------------------------------------------------

    def close(self) -> None:
        """End everything started for this session: the program first, Xvfb last."""
        with signals_held():
            for _, process in reversed(self.started):
                _end_group(process)
            _sweep(os.getpid())
            for log in self._logs:
                log.close()
            self._logs.clear()


def _signal_group(pgid: int, sig: int) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the process group, SIGKILL after the grace time; reap the leader.

    The group is signalled only while its leader is alive and not yet reaped, so that its
    id cannot have been reused; what the group leaves behind is killed by pid in ``_sweep``.
    """
    if process.poll() is None:
        _signal_group(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=GRACE_S)
        except subprocess.TimeoutExpired:
            _signal_group(process.pid, signal.SIGKILL)
            process.wait()


def _kill_if_ours(pid: int, ours: set[int]) -> None:
    """SIGKILL ``pid`` through a pidfd, once sure it is still the process found below us."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        stat = read_stat(pid)  # read after the pidfd is held: it is this very process
        if stat is not None and stat.ppid in ours:
            with suppress(ProcessLookupError):
                signal.pidfd_send_signal(handle, signal.SIGKILL)
    finally:
        os.close(handle)


def sweep_orphans() -> None:
    """Kill whatever is still below the bench (re-parented daemons) and reap it."""
    with signals_held():
        _sweep(os.getpid())


def _sweep(own: int) -> None:
    for _ in range(100):
        stats = all_stats()
        leftovers = descendants(own, stats, include_root=False)
        if not leftovers:
            return
        ours = {own, *leftovers}
        for pid in leftovers:
            _kill_if_ours(pid, ours)
        # Only direct children can be reaped; their orphans come back here for the next pass.
        for pid in leftovers:
            if stats[pid].ppid == own:
                with suppress(ChildProcessError):
                    os.waitpid(pid, 0)

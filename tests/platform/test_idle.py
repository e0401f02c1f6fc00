"""Idle time, against a real X server (Xvfb), real input (xdotool) and a real D-Bus daemon.

The X server, its screen saver extension and the input are all real. On D-Bus the bus is
real (a private ``dbus-daemon``), and the desktop services are stand-ins: a small QtDBus
program in another process that answers GNOME's and freedesktop's methods from a table.
Windows and macOS cannot run here: only their arithmetic and parsing are tested.

The helpers at the top are shared with test_presence.py.
"""

from __future__ import annotations

import itertools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backrelief_gui.platform import idle
from backrelief_gui.platform.idle import (
    DBusIdleSource,
    X11IdleSource,
    XDisplay,
    parse_hid_idle_seconds,
    screen_locked,
    windows_idle_ms,
)

REPO = Path(__file__).resolve().parents[2]
START_S = 30  # a bound on a helper's start-up (Qt's import, a server), not a synchronisation sleep
WAIT_MS = 10_000  # a bound on waiting for an external process to act
QUICK_S = 1.5  # far above the 250 ms D-Bus timeout, far below anything a user would notice

needs_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and D-Bus")


DEBIAN_PACKAGES = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "openbox": "openbox",
    "dbus-daemon": "dbus-daemon",
    "gsettings": "libglib2.0-bin",
    "glib-compile-schemas": "libglib2.0-bin",
}


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        packages = sorted({DEBIAN_PACKAGES[p] for p in missing})
        pytest.skip(f"{', '.join(missing)} absent (Debian: {', '.join(packages)})")


def require_xss() -> None:
    if idle.load_library("libXss.so.1", "Xss") is None:
        pytest.skip("libXss absent (Debian: libxss1)")


def read_line(stream, timeout_s: float = START_S) -> str:
    """One line from a helper's unbuffered pipe, waiting at most ``timeout_s`` for it.

    Unbuffered (``bufsize=0``), so no line can wait in Python's buffer unseen by select.
    """
    ready, _, _ = select.select([stream], [], [], timeout_s)
    if not ready:
        pytest.fail(f"no answer from a helper process within {timeout_s} s")
    return stream.readline().decode().strip()


def stop(process: subprocess.Popen) -> None:
    """End a helper; SIGTERM first, so that a server removes its socket and lock files."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait(timeout=START_S)


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without any desktop the test machine may have, plus ``extra``."""
    desktop = (
        "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DBUS_SESSION_BUS_ADDRESS",
        "XDG_RUNTIME_DIR", "GSETTINGS_BACKEND", "GSETTINGS_SCHEMA_DIR",
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in desktop}
    env.update(extra)
    return env


class Xvfb:
    """A virtual X server on a free display number, which it picks itself (-displayfd).

    ``-noreset``: an X server forgets every property and atom when its last client leaves,
    and the tests' clients (xdotool, a probe) come and go between steps.
    """

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-noreset",
             "-screen", "0", "640x480x24"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_end)
        with os.fdopen(read_end, "rb", buffering=0) as numbers:
            self.display = ":" + read_line(numbers)  # written once it accepts clients

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(DISPLAY=self.display, **extra)

    def run(self, *command: str) -> None:
        subprocess.run(command, env=self.env(), check=True, timeout=START_S)

    def stop(self) -> None:
        stop(self.process)


@pytest.fixture
def xvfb():
    require("Xvfb")
    server = Xvfb()
    yield server
    server.stop()


class SessionBus:
    """A private D-Bus session bus; nothing else on the machine is on it."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1",
             f"--address=unix:path={folder / 'bus'}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
        )  # fmt: skip
        self.address = read_line(self.process.stdout)  # printed once it listens

    def stop(self) -> None:
        stop(self.process)
        self.process.stdout.close()


@pytest.fixture
def session_bus(tmp_path):
    require("dbus-daemon")
    bus = SessionBus(tmp_path)
    yield bus
    bus.stop()


_connection_names = itertools.count()


@pytest.fixture
def bus(qapp, session_bus):
    """This process's connection to the private bus (never the machine's session bus)."""
    from PySide6.QtDBus import QDBusConnection

    name = f"backrelief-test-{next(_connection_names)}"
    connection = QDBusConnection.connectToBus(session_bus.address, name)
    assert connection.isConnected(), connection.lastError().message()
    yield connection
    QDBusConnection.disconnectFromBus(name)


# A stand-in desktop service. Each object answers "interface.Member" or "property Name"
# from its table; anything else gets Qt's "unknown method" error. A JSON line on stdin
# changes an answer; the program says "ok" once the change is in place.
SERVICE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtDBus import QDBusConnection, QDBusVariant, QDBusVirtualObject

class Service(QDBusVirtualObject):
    def __init__(self, answers):
        super().__init__()
        self.answers = answers

    def introspect(self, path):
        return ""

    def handleMessage(self, message, connection):
        if message.interface() == "org.freedesktop.DBus.Properties":
            key, wrap = "property " + message.arguments()[1], QDBusVariant
        else:
            key, wrap = message.interface() + "." + message.member(), lambda value: value
        if key not in self.answers:
            return False
        reply = message.createReply()
        reply.setArguments([wrap(self.answers[key])])
        return connection.send(reply)

def update():
    line = sys.stdin.readline()
    if not line:
        app.quit()
        return
    change = json.loads(line)
    objects[change["path"]].answers[change["key"]] = change["value"]
    print("ok", flush=True)

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "service")
objects = {}
for spec in json.loads(sys.argv[2]):
    objects[spec["path"]] = Service(spec["answers"])
    assert bus.registerVirtualObject(spec["path"], objects[spec["path"]])
    assert bus.registerService(spec["name"]), spec["name"]
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(update)
print("ready", flush=True)
app.exec()
"""

MUTTER = "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core"
SCREENSAVER = "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"
GNOME_SCREENSAVER = "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"
NOTIFICATIONS = "org.freedesktop.Notifications", "/org/freedesktop/Notifications"


class FakeService:
    """The stand-in in its own process; ``services`` maps (name, path) to answers."""

    def __init__(self, address: str, services: dict[tuple[str, str], dict]) -> None:
        spec = [{"name": n, "path": p, "answers": a} for (n, p), a in services.items()]
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVICE, address, json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
            env=clean_env(QT_QPA_PLATFORM="offscreen"),
            cwd=REPO,
        )
        assert read_line(self.process.stdout) == "ready"

    def set(self, path: str, key: str, value) -> None:
        line = json.dumps({"path": path, "key": key, "value": value}) + "\n"
        self.process.stdin.write(line.encode())
        self.process.stdin.flush()
        assert read_line(self.process.stdout) == "ok"

    def stop(self) -> None:
        stop(self.process)
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def services(session_bus):
    started: list[FakeService] = []

    def start(services):
        started.append(FakeService(session_bus.address, services))
        return started[-1]

    yield start
    for service in started:
        service.stop()


def timed(call):
    start = time.monotonic()
    result = call()
    return result, time.monotonic() - start


# --- X11: the screen saver extension of a real X server ----------------------------------


@needs_linux
def test_idle_time_grows_while_nothing_happens_and_drops_after_input(qtbot, xvfb):
    require("xdotool")
    require_xss()
    source = X11IdleSource.open(xvfb.display)
    assert source is not None, "Xvfb has the MIT-SCREEN-SAVER extension"
    try:
        assert source.description == "X11 screen saver extension"
        first = source.idle_seconds()
        assert first is not None
        assert first >= 0
        # Nobody touches this X server: its idle time must pass 1 s more, on its own.
        qtbot.waitUntil(lambda: source.idle_seconds() >= first + 1.0, timeout=WAIT_MS)
        before = source.idle_seconds()

        xvfb.run("xdotool", "mousemove", "17", "23")  # XTEST: input as the server sees it

        qtbot.waitUntil(lambda: source.idle_seconds() < 0.5, timeout=WAIT_MS)
        assert source.idle_seconds() < before
    finally:
        source.close()


@needs_linux
def test_no_x_server_means_no_x11_source(xvfb, monkeypatch):
    xvfb.stop()
    result, elapsed = timed(lambda: X11IdleSource.open(xvfb.display))
    assert result is None
    assert elapsed < QUICK_S
    monkeypatch.delenv("DISPLAY", raising=False)
    assert X11IdleSource.open() is None
    assert XDisplay.open() is None


@needs_linux
def test_a_missing_screen_saver_library_means_no_x11_source(xvfb, monkeypatch):
    real = idle.load_library
    monkeypatch.setattr(
        idle, "load_library", lambda so, name: None if name == "Xss" else real(so, name)
    )
    assert X11IdleSource.open(xvfb.display) is None


LOST_SERVER = """
import sys
from backrelief_gui.platform.idle import X11IdleSource
source = X11IdleSource.open(sys.argv[1])
print(source.idle_seconds() is not None, flush=True)
sys.stdin.readline()  # the test stops the X server now
print(source.idle_seconds(), source.idle_seconds(), flush=True)
source.close()
print("still running", flush=True)
"""


@needs_linux
def test_an_x_server_that_goes_away_gives_none_and_does_not_end_the_process(xvfb):
    require_xss()
    # Xlib's default is to exit() the process when its server goes: this must not.
    child = subprocess.Popen(
        [sys.executable, "-c", LOST_SERVER, xvfb.display],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        cwd=REPO,
    )
    try:
        assert read_line(child.stdout) == "True"
        xvfb.stop()
        child.stdin.write(b"go\n")
        child.stdin.flush()
        assert read_line(child.stdout) == "None None"
        assert read_line(child.stdout) == "still running"
        assert child.wait(timeout=START_S) == 0
    finally:
        stop(child)
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()


# --- D-Bus: a real bus, stand-in desktop services ----------------------------------------


@needs_linux
def test_gnome_idle_monitor_is_asked_first_and_answers_in_milliseconds(bus, services):
    services(
        {
            MUTTER: {"org.gnome.Mutter.IdleMonitor.GetIdletime": 93_500},
            SCREENSAVER: {"org.freedesktop.ScreenSaver.GetSessionIdleTime": 7},
        }
    )
    source = DBusIdleSource.open(bus)
    assert source is not None
    assert source.description == "GNOME idle monitor (D-Bus)"
    assert source.idle_seconds() == pytest.approx(93.5)


@needs_linux
def test_freedesktop_screen_saver_answers_in_seconds(bus, services):
    service = services({SCREENSAVER: {"org.freedesktop.ScreenSaver.GetSessionIdleTime": 42}})
    source = DBusIdleSource.open(bus)
    assert source is not None
    assert source.description == "freedesktop screen saver (D-Bus)"
    assert source.idle_seconds() == 42.0
    service.set(SCREENSAVER[1], "org.freedesktop.ScreenSaver.GetSessionIdleTime", 3)
    assert source.idle_seconds() == 3.0  # asked anew each time, never cached


@needs_linux
def test_a_service_that_answers_nonsense_is_not_a_source(bus, services):
    services({MUTTER: {"org.gnome.Mutter.IdleMonitor.GetIdletime": "soon"}})
    assert DBusIdleSource.open(bus) is None


@needs_linux
def test_no_idle_service_on_the_bus_is_no_source_and_is_quick(bus):
    result, elapsed = timed(lambda: DBusIdleSource.open(bus))
    assert result is None
    assert elapsed < QUICK_S


@needs_linux
def test_a_service_that_stops_answering_costs_one_short_timeout(bus, services):
    service = services({MUTTER: {"org.gnome.Mutter.IdleMonitor.GetIdletime": 1000}})
    source = DBusIdleSource.open(bus)
    assert source is not None
    os.kill(service.process.pid, signal.SIGSTOP)  # on the bus, holding its name, silent
    try:
        result, elapsed = timed(source.idle_seconds)
    finally:
        os.kill(service.process.pid, signal.SIGCONT)
    assert result is None
    assert 0.2 <= elapsed < QUICK_S  # the 250 ms timeout, not D-Bus's default 25 s
    assert source.idle_seconds() == 1.0  # and it answers again once the service does


@needs_linux
def test_screen_locked_follows_the_screen_saver(bus, services):
    service = services({SCREENSAVER: {"org.freedesktop.ScreenSaver.GetActive": False}})
    assert screen_locked(bus) is False
    service.set(SCREENSAVER[1], "org.freedesktop.ScreenSaver.GetActive", True)
    assert screen_locked(bus) is True


@needs_linux
def test_screen_locked_asks_gnome_when_freedesktop_is_missing(bus, services):
    service = services({GNOME_SCREENSAVER: {"org.gnome.ScreenSaver.GetActive": True}})
    assert screen_locked(bus) is True
    service.set(GNOME_SCREENSAVER[1], "org.gnome.ScreenSaver.GetActive", False)
    assert screen_locked(bus) is False


@needs_linux
def test_screen_locked_passes_over_an_answer_that_is_not_yes_or_no(bus, services):
    services({SCREENSAVER: {"org.freedesktop.ScreenSaver.GetActive": "locked"}})
    assert screen_locked(bus) is None


@needs_linux
def test_screen_locked_is_unknown_without_a_screen_saver(bus):
    result, elapsed = timed(lambda: screen_locked(bus))
    assert result is None
    assert elapsed < QUICK_S


# --- the choice, as the app makes it: a fresh process and its environment -----------------

PROBE = """
import json
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from backrelief_gui.platform.idle import find_idle_source, screen_locked, session_bus
source = find_idle_source()
print(json.dumps({
    "source": source and source.description,
    "idle": source and source.idle_seconds(),
    "locked": screen_locked(),
    "bus": session_bus() is not None,
}))
"""


def run_probe(code: str, env: dict[str, str]) -> str:
    """Run ``code`` in a fresh Python (offscreen) with ``env``; its standard output."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(env, QT_QPA_PLATFORM="offscreen"),
        cwd=REPO,
        timeout=START_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def probe(env: dict[str, str]) -> dict:
    return json.loads(run_probe(PROBE, env))


@needs_linux
def test_an_x11_session_uses_the_x_server(xvfb, tmp_path):
    require_xss()
    answer = probe(xvfb.env(XDG_RUNTIME_DIR=str(tmp_path)))
    assert answer["source"] == "X11 screen saver extension"
    assert answer["idle"] >= 0
    assert answer["bus"] is False  # none announced, so none is started (no autolaunch)


@needs_linux
def test_a_wayland_session_asks_d_bus_not_xwayland(xvfb, session_bus, services, tmp_path):
    services({MUTTER: {"org.gnome.Mutter.IdleMonitor.GetIdletime": 61_000}})
    services({SCREENSAVER: {"org.freedesktop.ScreenSaver.GetActive": True}})
    env = xvfb.env(
        XDG_SESSION_TYPE="wayland",
        WAYLAND_DISPLAY="wayland-0",
        DBUS_SESSION_BUS_ADDRESS=session_bus.address,
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    answer = probe(env)
    assert answer == {
        "source": "GNOME idle monitor (D-Bus)",
        "idle": 61.0,
        "locked": True,
        "bus": True,
    }


@needs_linux
def test_a_wayland_session_without_an_idle_service_has_no_source(xvfb, session_bus, tmp_path):
    # The X server (standing in for XWayland) would answer, and must not be asked.
    env = xvfb.env(
        XDG_SESSION_TYPE="wayland",
        DBUS_SESSION_BUS_ADDRESS=session_bus.address,
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    assert probe(env) == {"source": None, "idle": None, "locked": None, "bus": True}


@needs_linux
def test_nothing_to_ask_means_no_source(tmp_path):
    answer = probe(clean_env(XDG_RUNTIME_DIR=str(tmp_path)))
    assert answer == {"source": None, "idle": None, "locked": None, "bus": False}


@needs_linux
def test_the_bus_in_the_runtime_folder_is_found(session_bus, services, tmp_path):
    # Where DBUS_SESSION_BUS_ADDRESS is unset, the bus is $XDG_RUNTIME_DIR/bus, as here.
    services({SCREENSAVER: {"org.freedesktop.ScreenSaver.GetSessionIdleTime": 5}})
    answer = probe(clean_env(XDG_RUNTIME_DIR=str(tmp_path)))
    assert answer["source"] == "freedesktop screen saver (D-Bus)"
    assert answer["idle"] == 5.0


def test_importing_the_modules_does_not_import_qt():
    code = (
        "import sys, backrelief_gui.platform.idle, backrelief_gui.platform.presence;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.strip() == "[]"


# --- Windows and macOS: only their arithmetic and parsing can run here --------------------


def test_windows_idle_time_survives_the_tick_count_wrapping():
    assert windows_idle_ms(10_000, 4_000) == 6_000
    # GetTickCount64 went past 2**32; the last input's 32-bit count wrapped before it.
    assert windows_idle_ms(2**32 + 500, 2**32 - 1_500) == 2_000


def test_macos_hid_idle_time_is_read_from_ioreg():
    output = """
    | +-o IOHIDSystem  <class IOHIDSystem, id 0x100000465, registered, matched, active>
    |   {
    |     "HIDIdleTimeDelta" = 1
    |     "HIDIdleTime" = 2500000000
    |     "HIDParameters" = {"HIDClickTime"=500000000}
    |   }
    """
    assert parse_hid_idle_seconds(output) == 2.5
    assert parse_hid_idle_seconds("no such key") is None

"""Holding reminders off: a real X server and window manager, a real bus, real gsettings.

Full screen is tested twice. With Openbox, everything is real: a Qt window on Xvfb asks the
window manager for full screen, and Openbox sets _NET_ACTIVE_WINDOW and _NET_WM_STATE.
Without a window manager, the test sets those properties by hand (XChangeProperty, as a
window manager does), to reach cases a window manager does not produce on demand: several
states at once, an active window that no longer exists. Do-not-disturb asks a stand-in
notification server on a private bus, and ``gsettings`` itself, with a schema and settings
file of the test's own.

Windows' answers cannot be produced here: only the decision on them is tested, with the
system call replaced.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import pytest

from backrelief_gui.platform import presence
from backrelief_gui.platform.idle import XDisplay
from backrelief_gui.platform.presence import (
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN,
    do_not_disturb,
    gnome_banners_hidden,
    notifications_inhibited,
    user_is_presenting,
    x11_fullscreen_active,
)
from tests.platform import test_idle as shared
from tests.platform.test_idle import (
    NOTIFICATIONS,
    QUICK_S,
    REPO,
    START_S,
    WAIT_MS,
    clean_env,
    needs_linux,
    read_line,
    require,
    stop,
    timed,
)

# The same servers as test_idle.py: a fixture is found by its name in the module.
xvfb, session_bus, bus, services = shared.xvfb, shared.session_bus, shared.bus, shared.services

# A Qt window on the X server; a line on stdin switches it to full screen and back.
WINDOW = """
import sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.setWindowTitle("BackRelief presence test")
window.resize(200, 150)
window.show()

def command():
    line = sys.stdin.readline().strip()
    if line == "full":
        window.showFullScreen()
    elif line == "normal":
        window.showNormal()
    else:
        app.quit()

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
print(int(window.winId()), flush=True)
app.exec()
"""


class Window:
    """The window above, in its own process."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", WINDOW],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
            # A bus that is not there: Qt's accessibility would otherwise autolaunch one.
            env=dict(env, QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS="unix:path=/none"),
            cwd=REPO,
        )
        self.id = int(read_line(self.process.stdout))

    def send(self, command: str) -> None:
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        stop(self.process)
        self.process.stdin.close()
        self.process.stdout.close()


def active_window(display_name: str) -> int | None:
    with XDisplay.open(display_name) as display:
        active = display.cardinals(display.root, display.atom("_NET_ACTIVE_WINDOW"), limit=1)
    return active[0] if active else None


@pytest.fixture
def openbox(xvfb, tmp_path, qtbot):
    """Openbox on the Xvfb display, with no settings but its defaults."""
    require("openbox")
    process = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=xvfb.env(XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def managing() -> bool:
        with XDisplay.open(xvfb.display) as display:
            check = display.atom("_NET_SUPPORTING_WM_CHECK")
            return bool(check and display.cardinals(display.root, check))

    qtbot.waitUntil(managing, timeout=WAIT_MS)  # Openbox has taken the screen over
    yield xvfb
    stop(process)


@pytest.fixture
def window(openbox, qtbot):
    started = Window(openbox.env())
    # Openbox gives a new window the focus, and names it active.
    qtbot.waitUntil(lambda: active_window(openbox.display) == started.id, timeout=WAIT_MS)
    yield started
    started.stop()


# --- full screen, with a real window manager ---------------------------------------------


@needs_linux
def test_an_ordinary_active_window_is_not_presenting(window, openbox, monkeypatch):
    assert x11_fullscreen_active(openbox.display) is False
    monkeypatch.setenv("DISPLAY", openbox.display)
    assert user_is_presenting() is False


@needs_linux
def test_a_full_screen_active_window_is_presenting(window, openbox, qtbot, monkeypatch):
    monkeypatch.setenv("DISPLAY", openbox.display)
    window.send("full")
    qtbot.waitUntil(lambda: x11_fullscreen_active(openbox.display), timeout=WAIT_MS)
    assert user_is_presenting() is True

    window.send("normal")
    qtbot.waitUntil(lambda: not x11_fullscreen_active(openbox.display), timeout=WAIT_MS)
    assert user_is_presenting() is False


# --- full screen, with the properties set by hand (no window manager) ---------------------


XA_ATOM, XA_WINDOW = 4, 33  # predefined atoms: the types EWMH gives these properties


def set_root_property(display_name: str, name: str, kind: int, values: list[int | str]) -> None:
    """Set a 32-bit list on the root window, as a window manager does (XChangeProperty).

    Atom names among ``values`` are turned into atoms, made if need be.
    """
    with XDisplay.open(display_name) as display:
        xlib = display.xlib
        xlib.XChangeProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int,
            ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
        ]  # fmt: skip

        def atom(value: int | str) -> int:
            if isinstance(value, int):
                return value
            return xlib.XInternAtom(display.pointer, value.encode(), 0)

        # Format 32 goes to Xlib as C longs, whatever their width.
        data = (ctypes.c_ulong * len(values))(*map(atom, values))
        xlib.XChangeProperty(
            display.pointer, display.root, atom(name), kind, 32, 0, data, len(values)
        )  # mode 0: replace


@needs_linux
def test_without_a_window_manager_nothing_is_presenting(xvfb):
    result, elapsed = timed(lambda: x11_fullscreen_active(xvfb.display))
    assert result is False
    assert elapsed < QUICK_S


@needs_linux
def test_the_properties_are_read_as_the_window_manager_sets_them(xvfb):
    with XDisplay.open(xvfb.display) as display:
        root = display.root
    # By hand: the root window itself plays the active window.
    set_root_property(xvfb.display, "_NET_ACTIVE_WINDOW", XA_WINDOW, [root])
    above, full = "_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN"
    set_root_property(xvfb.display, "_NET_WM_STATE", XA_ATOM, [above, "_NET_WM_STATE_STICKY"])
    assert x11_fullscreen_active(xvfb.display) is False
    set_root_property(xvfb.display, "_NET_WM_STATE", XA_ATOM, [above, "_NET_WM_STATE_STICKY", full])
    assert x11_fullscreen_active(xvfb.display) is True  # the third of three
    set_root_property(xvfb.display, "_NET_WM_STATE", XA_ATOM, [])
    assert x11_fullscreen_active(xvfb.display) is False
    set_root_property(xvfb.display, "_NET_WM_STATE", XA_ATOM, [full])
    assert x11_fullscreen_active(xvfb.display) is True
    set_root_property(xvfb.display, "_NET_ACTIVE_WINDOW", XA_WINDOW, [0])  # none is active
    assert x11_fullscreen_active(xvfb.display) is False


GONE_WINDOW = """
import sys
from backrelief_gui.platform.presence import x11_fullscreen_active
print(x11_fullscreen_active(sys.argv[1]), x11_fullscreen_active(sys.argv[1]), flush=True)
"""


@needs_linux
def test_an_active_window_that_no_longer_exists_is_not_presenting(xvfb):
    # Reading a gone window's property is an X error, on which Xlib's default handler ends
    # the process; so this runs in a child, whose exit status tells.
    set_root_property(xvfb.display, "_NET_WM_STATE", XA_ATOM, ["_NET_WM_STATE_FULLSCREEN"])
    set_root_property(xvfb.display, "_NET_ACTIVE_WINDOW", XA_WINDOW, [0x3FF_FFF7])  # no such
    done = subprocess.run(
        [sys.executable, "-c", GONE_WINDOW, xvfb.display],
        capture_output=True,
        text=True,
        env=xvfb.env(),
        cwd=REPO,
        timeout=START_S,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "False False\n", "")


@needs_linux
def test_without_an_x_server_nothing_is_presenting(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    assert user_is_presenting() is False
    assert x11_fullscreen_active(":4095") is False  # a display no server has


def test_a_failure_inside_is_a_no_not_an_exception(monkeypatch):
    def broken(*_args):
        raise OSError("the library fell over")

    for name in ("x11_fullscreen_active", "notifications_inhibited", "gnome_banners_hidden"):
        monkeypatch.setattr(presence, name, broken)
    monkeypatch.setattr(presence, "windows_notification_state", broken)
    assert user_is_presenting() is False
    assert do_not_disturb() is False
    monkeypatch.setattr(presence.sys, "platform", "win32")
    assert user_is_presenting() is False
    assert do_not_disturb() is False


# --- do-not-disturb on D-Bus --------------------------------------------------------------


@needs_linux
def test_the_notification_servers_inhibited_property_is_read(bus, services):
    server = services({NOTIFICATIONS: {"property Inhibited": False}})
    assert notifications_inhibited(bus) is False
    server.set(NOTIFICATIONS[1], "property Inhibited", True)
    assert notifications_inhibited(bus) is True


@needs_linux
def test_a_server_without_the_property_says_nothing(bus, services):
    services({NOTIFICATIONS: {"org.freedesktop.Notifications.GetCapabilities": ["body"]}})
    assert notifications_inhibited(bus) is None


@needs_linux
def test_no_notification_server_says_nothing_quickly(bus):
    result, elapsed = timed(lambda: notifications_inhibited(bus))
    assert result is None
    assert elapsed < QUICK_S


# --- do-not-disturb in GNOME's settings, through gsettings itself --------------------------

SCHEMA = """<schemalist>
  <schema id="org.gnome.desktop.notifications" path="/org/gnome/desktop/notifications/">
    <key name="show-banners" type="b"><default>true</default></key>
  </schema>
</schemalist>
"""


@pytest.fixture
def gsettings(tmp_path, monkeypatch):
    """GNOME's notification schema (its one key) and a settings file, both the test's own."""
    require("gsettings", "glib-compile-schemas")
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "org.gnome.desktop.notifications.gschema.xml").write_text(SCHEMA)
    subprocess.run(["glib-compile-schemas", str(schemas)], check=True, timeout=START_S)
    monkeypatch.setenv("GSETTINGS_SCHEMA_DIR", str(schemas))
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")  # a file, not the user's dconf
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def set_banners(shown: bool) -> None:
        key = ["org.gnome.desktop.notifications", "show-banners", str(shown).lower()]
        subprocess.run(["gsettings", "set", *key], check=True, timeout=START_S)

    return set_banners


@needs_linux
def test_gnome_banners_switched_off_is_do_not_disturb(gsettings):
    assert gnome_banners_hidden() is False  # the default
    gsettings(False)
    assert gnome_banners_hidden() is True
    gsettings(True)
    assert gnome_banners_hidden() is False


@needs_linux
def test_without_gnomes_schema_there_is_no_answer(gsettings, tmp_path, monkeypatch):
    monkeypatch.setenv("GSETTINGS_SCHEMA_DIR", str(tmp_path))  # no compiled schemas here
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "nowhere"))
    assert gnome_banners_hidden() is None


def test_without_gsettings_there_is_no_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert gnome_banners_hidden() is None


# --- do_not_disturb() as the app calls it: a fresh process and its environment ------------

PROBE = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from backrelief_gui.platform.presence import do_not_disturb, user_is_presenting
print(do_not_disturb(), user_is_presenting())
"""


def probe(env: dict[str, str]) -> str:
    return shared.run_probe(PROBE, env).strip()


@needs_linux
def test_do_not_disturb_asks_the_session_bus(session_bus, services, gsettings, tmp_path):
    server = services({NOTIFICATIONS: {"property Inhibited": False}})
    env = clean_env(DBUS_SESSION_BUS_ADDRESS=session_bus.address, XDG_RUNTIME_DIR=str(tmp_path))
    env |= {k: v for k, v in os.environ.items() if k.startswith("GSETTINGS")}  # defaults
    assert probe(env) == "False False"
    server.set(NOTIFICATIONS[1], "property Inhibited", True)
    assert probe(env) == "True False"


@needs_linux
def test_do_not_disturb_falls_back_to_gnomes_setting(gsettings, tmp_path):
    gsettings(False)  # into the settings file
    schemas = str(tmp_path / "schemas")
    env = clean_env(XDG_RUNTIME_DIR=str(tmp_path), GSETTINGS_SCHEMA_DIR=schemas)  # no bus
    assert probe(dict(env, GSETTINGS_BACKEND="memory")) == "False False"  # defaults only
    assert probe(dict(env, GSETTINGS_BACKEND="keyfile")) == "True False"  # the file


# --- Windows: the decision on SHQueryUserNotificationState's answer ----------------------


@pytest.mark.parametrize(
    ("state", "presenting", "quiet"),
    [
        (QUNS_NOT_PRESENT, False, False),
        (QUNS_BUSY, True, False),
        (QUNS_RUNNING_D3D_FULL_SCREEN, True, False),
        (QUNS_PRESENTATION_MODE, True, False),
        (QUNS_ACCEPTS_NOTIFICATIONS, False, False),
        (QUNS_QUIET_TIME, False, True),
        (None, False, False),
    ],
)
def test_windows_notification_states(monkeypatch, state, presenting, quiet):
    monkeypatch.setattr(presence.sys, "platform", "win32")
    monkeypatch.setattr(presence, "windows_notification_state", lambda: state)
    assert user_is_presenting() is presenting
    assert do_not_disturb() is quiet


def test_macos_never_holds_reminders_back(monkeypatch):
    monkeypatch.setattr(presence.sys, "platform", "darwin")
    monkeypatch.setattr(presence, "x11_fullscreen_active", lambda: True)
    assert user_is_presenting() is False
    assert do_not_disturb() is False

"""Whether a reminder should hold off: the user is presenting, or asked for quiet.

Two questions, asked when a reminder is due: :func:`user_is_presenting` (the active window
is full screen, or the system says a presentation or full-screen game is on) and
:func:`do_not_disturb` (the desktop's do-not-disturb switch). Both answer False whenever
they cannot tell, and never raise: a reminder that shows when it could have waited is
better than one that never shows.

Linux asks X11 (through :class:`~backrelief_gui.platform.idle.XDisplay`) and D-Bus; on a
Wayland session only X11 programs' windows can be seen, so a full-screen Wayland window goes
unnoticed. Windows asks SHQueryUserNotificationState; macOS offers no public way to ask,
so there both answers are False. Only the Linux paths are tested.
"""

from __future__ import annotations

import ctypes
import functools
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from backrelief_gui.platform.idle import (
    SUBPROCESS_TIMEOUT_S,
    XDisplay,
    dbus_property,
    session_bus,
)

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

# SHQueryUserNotificationState's answers (QUERY_USER_NOTIFICATION_STATE, shellapi.h).
QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7
PRESENTING_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})


def _false_on_error(question: Callable[[], bool]) -> Callable[[], bool]:
    """No exception leaves these questions: a failure to tell is a "no"."""

    @functools.wraps(question)
    def asked() -> bool:
        try:
            return bool(question())
        except Exception:
            return False

    return asked


@_false_on_error
def user_is_presenting() -> bool:
    """True while the active window is full screen or a presentation mode is on."""
    if sys.platform == "win32":
        return windows_notification_state() in PRESENTING_STATES
    if sys.platform == "darwin":
        return False
    return x11_fullscreen_active()


@_false_on_error
def do_not_disturb() -> bool:
    """True while the desktop's do-not-disturb (quiet hours, focus) is on."""
    if sys.platform == "win32":
        return windows_notification_state() == QUNS_QUIET_TIME
    if sys.platform == "darwin":
        return False
    return bool(notifications_inhibited()) or bool(gnome_banners_hidden())


def x11_fullscreen_active(display_name: str | None = None) -> bool:
    """Whether the window manager's active window has _NET_WM_STATE_FULLSCREEN.

    Needs an EWMH window manager (every common one): it names the active window in the
    root window's _NET_ACTIVE_WINDOW. A window that closes in between is read as "no".
    """
    display = XDisplay.open(display_name)
    if display is None:
        return False
    with display:
        names = ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
        active_atom, state_atom, fullscreen = (display.atom(name) for name in names)
        if not (active_atom and state_atom and fullscreen):
            return False  # no window manager has ever named them
        active = display.cardinals(display.root, active_atom, limit=1)
        if not active or not active[0]:  # unset, unreadable, or None: nothing is active
            return False
        return fullscreen in (display.cardinals(active[0], state_atom) or [])


def notifications_inhibited(bus: QDBusConnection | None = None) -> bool | None:
    """The notification server's "Inhibited" property, on while do-not-disturb is (KDE
    Plasma's server offers it); None where the server or the property is missing."""
    bus = bus if bus is not None else session_bus()
    if bus is None:
        return None
    name = "org.freedesktop.Notifications"
    value = dbus_property(bus, name, "/org/freedesktop/Notifications", name, "Inhibited")
    return value if isinstance(value, bool) else None


def gnome_banners_hidden() -> bool | None:
    """GNOME's do-not-disturb switch: ``show-banners`` off. None without GNOME's settings."""
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return None
    try:
        done = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
            capture_output=True,
            text=True,
            timeout=SUBPROCESS_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    answer = done.stdout.strip() if done.returncode == 0 else ""
    return {"false": True, "true": False}.get(answer)


def windows_notification_state() -> int | None:
    """SHQueryUserNotificationState's QUNS_ value, or None if it fails."""
    state = ctypes.c_int()
    shell32 = ctypes.WinDLL("shell32")  # type: ignore[attr-defined]
    if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:  # S_OK
        return None
    return state.value

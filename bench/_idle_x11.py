"""Wait, without polling, until a system tray manager owns ``_NET_SYSTEM_TRAY_S<screen>``.

For ``bench/idle_tray.py``: the programs are started only once the tray host is ready, so
each finds the tray at once. Uses libX11 through ctypes (no extra Python package): check
the selection owner; if there is none, block on the X connection until the next event on
the root window (a tray manager announces itself with a MANAGER client message there,
as the freedesktop system tray spec asks) and check again.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import time

STRUCTURE_NOTIFY_MASK = 1 << 17
X_EVENT_SIZE = 24 * 8  # sizeof(XEvent): 24 longs


def _libx11() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDefaultScreen.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetSelectionOwner.restype = ctypes.c_ulong
    lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    return lib


def wait_for_tray(display: str, timeout: float) -> bool:
    """True once a tray manager owns the selection on ``display``; False after ``timeout``."""
    x11 = _libx11()
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        screen = x11.XDefaultScreen(connection)
        selection = x11.XInternAtom(connection, f"_NET_SYSTEM_TRAY_S{screen}".encode(), 0)
        root = x11.XDefaultRootWindow(connection)
        x11.XSelectInput(connection, root, STRUCTURE_NOTIFY_MASK)
        x11.XFlush(connection)
        event = ctypes.create_string_buffer(X_EVENT_SIZE)
        fd = x11.XConnectionNumber(connection)
        deadline = time.monotonic() + timeout
        while x11.XGetSelectionOwner(connection, selection) == 0:
            if x11.XPending(connection):  # events read along with the reply
                while x11.XPending(connection):
                    x11.XNextEvent(connection, event)
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            select.select([fd], [], [], remaining)
            while x11.XPending(connection):
                x11.XNextEvent(connection, event)
        return True
    finally:
        x11.XCloseDisplay(connection)

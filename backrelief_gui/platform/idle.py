"""How long the user has been away from keyboard and mouse, so time away counts as a break.

One source per desktop, chosen once by :func:`find_idle_source`: X11's screen saver
extension, GNOME's or the freedesktop idle time over D-Bus, Windows' last input time,
macOS's HID idle time. The caller asks about once a minute; nothing here polls or starts a
thread, and every question has a short bound (an X round trip; 250 ms on D-Bus). Where no
source works the answer is None, and reminders run on time alone. Use a source from the
thread that opened it.

X11 and D-Bus are reached without new dependencies: Xlib through ctypes, D-Bus through
Qt's QtDBus, imported only when a D-Bus source is tried so this module imports fast.
:mod:`backrelief_gui.platform.presence` borrows :class:`XDisplay` and :func:`dbus_call`.

Only the X11 and D-Bus sources are tested (the tests run on Linux); the Windows and macOS
sources are kept small instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

DBUS_TIMEOUT_MS = 250  # a desktop service that takes longer is treated as absent
SUBPROCESS_TIMEOUT_S = 0.5


class IdleSource(ABC):
    """Tells how long ago the user last touched keyboard or mouse."""

    description: str = "idle time"

    @abstractmethod
    def idle_seconds(self) -> float | None:
        """Seconds since the last input; None when it cannot be told right now."""

    def close(self) -> None:  # noqa: B027  (most sources hold nothing)
        """Let go of what the source holds (a display connection)."""


def find_idle_source() -> IdleSource | None:
    """The first source that answers on this desktop, or None when none does.

    Call it once the application object exists: D-Bus sources need it.
    """
    for open_source in _candidates():
        with contextlib.suppress(Exception):  # a broken source is only a missing one
            source = open_source()
            if source is not None:
                return source
    return None


def _candidates() -> list[Callable[[], IdleSource | None]]:
    if sys.platform == "win32":
        return [WindowsIdleSource.open]
    if sys.platform == "darwin":
        return [MacIdleSource.open]
    if wayland_session():
        # XWayland's screen saver counter only sees input into X11 windows: it would
        # count work in every other window as time away. Better no answer than that.
        return [DBusIdleSource.open]
    return [X11IdleSource.open, DBusIdleSource.open]


def wayland_session() -> bool:
    session = os.environ.get("XDG_SESSION_TYPE", "")
    return session == "wayland" or (bool(os.environ.get("WAYLAND_DISPLAY")) and session != "x11")


# --- Xlib through ctypes ------------------------------------------------------------------

_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_X_IO_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
_X_EXIT_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
_X_SUCCESS = 0
_ANY_PROPERTY_TYPE = 0


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    return 0


def _ignore_x_io_error(_display: int | None) -> int:
    return 0  # Xlib then calls the display's exit handler, which here does not exit


_IGNORE_X_ERROR = _X_ERROR_HANDLER(_ignore_x_error)
_IGNORE_X_IO_ERROR = _X_IO_ERROR_HANDLER(_ignore_x_io_error)
_LOST_DISPLAYS: list[XDisplay] = []


def load_library(soname: str, short_name: str) -> ctypes.CDLL | None:
    """A C library by its usual file name, else wherever the system says it is."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        pass
    found = ctypes.util.find_library(short_name)  # slow (it runs ldconfig): only as fallback
    if found is None:
        return None
    try:
        return ctypes.CDLL(found)
    except OSError:
        return None


def _declare_xlib(xlib: ctypes.CDLL) -> ctypes.CDLL:
    """Argument and result types, without which ctypes would cut 64-bit pointers to int."""
    display, window, atom = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong
    xlib.XOpenDisplay.argtypes, xlib.XOpenDisplay.restype = [ctypes.c_char_p], display
    xlib.XCloseDisplay.argtypes, xlib.XCloseDisplay.restype = [display], ctypes.c_int
    xlib.XDefaultRootWindow.argtypes, xlib.XDefaultRootWindow.restype = [display], window
    xlib.XInternAtom.argtypes = [display, ctypes.c_char_p, ctypes.c_int]
    xlib.XInternAtom.restype = atom
    xlib.XSync.argtypes, xlib.XSync.restype = [display, ctypes.c_int], ctypes.c_int
    xlib.XFree.argtypes, xlib.XFree.restype = [ctypes.c_void_p], ctypes.c_int
    for set_handler in (xlib.XSetErrorHandler, xlib.XSetIOErrorHandler):
        set_handler.argtypes, set_handler.restype = [ctypes.c_void_p], ctypes.c_void_p
    xlib.XGetWindowProperty.argtypes = [
        display, window, atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, atom,
        ctypes.POINTER(atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
    ]  # fmt: skip
    xlib.XGetWindowProperty.restype = ctypes.c_int
    with contextlib.suppress(AttributeError):  # libX11 1.7 and later
        xlib.XSetIOErrorExitHandler.argtypes = [display, _X_EXIT_HANDLER, ctypes.c_void_p]
        xlib.XSetIOErrorExitHandler.restype = None
    return xlib


_xlib: ctypes.CDLL | None = None


def _load_xlib() -> ctypes.CDLL | None:
    global _xlib  # noqa: PLW0603  (loaded once, on first use)
    if _xlib is None:
        library = load_library("libX11.so.6", "X11")
        _xlib = _declare_xlib(library) if library is not None else None
    return _xlib


class XDisplay:
    """One connection to an X server, through Xlib loaded with ctypes.

    Xlib's defaults end the process on an X error (a window that vanished between two
    questions) and when the server goes away. Here errors are ignored while our own
    requests run, and a lost server only marks the connection dead (libX11 1.7+).
    Use it from one thread.
    """

    def __init__(self, xlib: ctypes.CDLL, pointer: int) -> None:
        self.xlib = xlib
        self.pointer: int | None = pointer
        self.lost = False
        self._exit_handler = _X_EXIT_HANDLER(self._on_connection_lost)  # kept alive here
        with contextlib.suppress(AttributeError):
            xlib.XSetIOErrorExitHandler(pointer, self._exit_handler, None)

    @classmethod
    def open(cls, name: str | None = None) -> XDisplay | None:
        """A connection to ``name`` (default: $DISPLAY), or None without Xlib or server."""
        xlib = _load_xlib()
        if xlib is None or not (name or os.environ.get("DISPLAY")):
            return None
        pointer = xlib.XOpenDisplay(name.encode() if name else None)
        return cls(xlib, pointer) if pointer else None

    def _on_connection_lost(self, _display: int | None, _data: int | None) -> None:
        # Returning instead of exiting. Xlib may still hold the handler: keep it alive.
        self.lost = True
        _LOST_DISPLAYS.append(self)

    @property
    def usable(self) -> bool:
        return self.pointer is not None and not self.lost

    @property
    def root(self) -> int:
        return int(self.xlib.XDefaultRootWindow(self.pointer))

    @contextlib.contextmanager
    def _handlers_swapped(self) -> Iterator[None]:
        """Xlib's error handlers are global: ours only while our own requests run."""
        xlib = self.xlib
        previous = xlib.XSetErrorHandler(ctypes.cast(_IGNORE_X_ERROR, ctypes.c_void_p))
        previous_io = xlib.XSetIOErrorHandler(ctypes.cast(_IGNORE_X_IO_ERROR, ctypes.c_void_p))
        try:
            yield
        finally:
            xlib.XSetIOErrorHandler(previous_io)
            xlib.XSetErrorHandler(previous)

    @contextlib.contextmanager
    def errors_ignored(self) -> Iterator[None]:
        """Run requests with X errors and a lost server ignored (see the class)."""
        with self._handlers_swapped():
            yield
            if self.usable:
                self.xlib.XSync(self.pointer, 0)  # our errors arrive before the old handler

    def atom(self, name: str) -> int:
        """The atom called ``name``, or 0 if no client has ever made it."""
        if not self.usable:
            return 0
        with self.errors_ignored():
            atom = self.xlib.XInternAtom(self.pointer, name.encode("ascii"), 1)
        return int(atom) if self.usable else 0

    def cardinals(self, window: int, atom: int, limit: int = 64) -> list[int] | None:
        """A 32-bit list property of ``window`` ([] if unset), or None if it cannot be read."""
        if not self.usable:
            return None
        kind, size = ctypes.c_ulong(), ctypes.c_int()
        count, remaining = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        with self.errors_ignored():
            status = self.xlib.XGetWindowProperty(
                self.pointer, window, atom, 0, limit, 0, _ANY_PROPERTY_TYPE,
                ctypes.byref(kind), ctypes.byref(size), ctypes.byref(count),
                ctypes.byref(remaining), ctypes.byref(data),
            )  # fmt: skip
        if status != _X_SUCCESS or self.lost:
            return None
        try:
            if size.value != 32 or not data:
                return []
            # Xlib hands 32-bit items back as C longs, 64 bits wide on 64-bit systems.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            if data:
                self.xlib.XFree(data)

    def close(self) -> None:
        if self.pointer is not None and not self.lost:  # a lost one is left, not touched
            with self._handlers_swapped():
                self.xlib.XCloseDisplay(self.pointer)
        self.pointer = None

    def __del__(self) -> None:
        self.close()

    def __enter__(self) -> XDisplay:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    ]


def _load_xss() -> ctypes.CDLL | None:
    xss = load_library("libXss.so.1", "Xss")
    if xss is None:
        return None
    info = ctypes.POINTER(_XScreenSaverInfo)
    xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p] + [ctypes.POINTER(ctypes.c_int)] * 2
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverAllocInfo.argtypes, xss.XScreenSaverAllocInfo.restype = [], info
    xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong, info]
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    return xss


class X11IdleSource(IdleSource):
    """The X server's own count of time since the last input (MIT-SCREEN-SAVER).

    The display is opened once and kept; each question is one round trip to the server.
    """

    description = "X11 screen saver extension"

    def __init__(self, display: XDisplay, xss: ctypes.CDLL, info: Any) -> None:
        self._display = display
        self._xss = xss
        self._info = info

    @classmethod
    def open(cls, display_name: str | None = None) -> X11IdleSource | None:
        """A source on ``display_name`` (default: $DISPLAY), or None if it cannot answer."""
        xss = _load_xss()
        display = XDisplay.open(display_name) if xss is not None else None
        if xss is None or display is None:
            return None
        unused = ctypes.c_int(), ctypes.c_int()
        with display.errors_ignored():
            present = xss.XScreenSaverQueryExtension(display.pointer, *map(ctypes.byref, unused))
        info = xss.XScreenSaverAllocInfo() if present and display.usable else None
        if not info:
            display.close()
            return None
        source = cls(display, xss, info)
        if source.idle_seconds() is None:
            source.close()
            return None
        return source

    def idle_seconds(self) -> float | None:
        display = self._display
        if not display.usable or not self._info:
            return None
        with display.errors_ignored():
            ok = self._xss.XScreenSaverQueryInfo(display.pointer, display.root, self._info)
        if not ok or not display.usable:
            return None
        return self._info.contents.idle / 1000

    def close(self) -> None:
        if self._info:
            self._display.xlib.XFree(self._info)
            self._info = None
        self._display.close()


# --- D-Bus through QtDBus -----------------------------------------------------------------


def session_bus() -> QDBusConnection | None:
    """The session bus, if there is one; never starts a bus just to ask it something.

    QtDBus wants the application object first, and libdbus would otherwise "autolaunch" a
    bus daemon when none is announced.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    announced = os.environ.get("DBUS_SESSION_BUS_ADDRESS") or (
        runtime and Path(runtime, "bus").exists()
    )
    if not announced:
        return None
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return None
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def dbus_call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    member: str,
    *args: Any,
    timeout_ms: int = DBUS_TIMEOUT_MS,
) -> list[Any] | None:
    """Call a method and wait at most ``timeout_ms``; its answers, or None on any failure.

    The call does not start a service that is not running (no D-Bus activation) and does
    not run the event loop while it waits, so no other code runs in between.
    """
    from PySide6.QtDBus import QDBus, QDBusMessage, QDBusVariant

    message = QDBusMessage.createMethodCall(service, path, interface, member)
    if args:
        message.setArguments(list(args))
    message.setAutoStartService(False)
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return [a.variant() if isinstance(a, QDBusVariant) else a for a in reply.arguments()]


def dbus_property(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str
) -> Any | None:
    """One property through org.freedesktop.DBus.Properties.Get, or None."""
    answer = dbus_call(
        bus, service, path, "org.freedesktop.DBus.Properties", "Get", interface, name
    )
    return answer[0] if answer else None


class _IdleMethod(NamedTuple):
    description: str
    service: str
    path: str
    member: str
    seconds_per_unit: float


# GNOME answers in milliseconds. The freedesktop method answers in seconds from
# gnome-screensaver and xfce4-screensaver; KDE's answers in milliseconds, but only on X11,
# where the X11 source is tried first.
IDLE_METHODS = (
    _IdleMethod(
        "GNOME idle monitor (D-Bus)",
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "GetIdletime",
        0.001,
    ),
    _IdleMethod(
        "freedesktop screen saver (D-Bus)",
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "GetSessionIdleTime",
        1.0,
    ),
)


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return None
    return float(value)


class DBusIdleSource(IdleSource):
    """A desktop service's idle time over D-Bus: the way to ask on Wayland."""

    def __init__(self, bus: QDBusConnection, method: _IdleMethod) -> None:
        self._bus = bus
        self._method = method
        self.description = method.description

    @classmethod
    def open(cls, bus: QDBusConnection | None = None) -> DBusIdleSource | None:
        """A source on the first service that answers on ``bus`` (default: the session)."""
        bus = bus if bus is not None else session_bus()
        if bus is None:
            return None
        for method in IDLE_METHODS:
            source = cls(bus, method)
            if source.idle_seconds() is not None:
                return source
        return None

    def idle_seconds(self) -> float | None:
        method = self._method
        answer = dbus_call(self._bus, method.service, method.path, method.service, method.member)
        value = _as_number(answer[0]) if answer else None
        return value * method.seconds_per_unit if value is not None else None


def screen_locked(bus: QDBusConnection | None = None) -> bool | None:
    """Whether the screen locker is on, from the freedesktop or GNOME screen saver; None if
    neither answers."""
    bus = bus if bus is not None else session_bus()
    if bus is None:
        return None
    for service, path in (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ):
        answer = dbus_call(bus, service, path, service, "GetActive")
        if answer and isinstance(answer[0], bool):
            return answer[0]
    return None


# --- Windows and macOS (not exercised by the tests) -----------------------------------------


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("size", ctypes.c_uint), ("time", ctypes.c_uint32)]


def windows_idle_ms(now_ms: int, last_input_ms: int) -> int:
    """Milliseconds between two tick counts; the last input's is 32 bits and wraps at
    49.7 days, so the difference is taken modulo 2**32."""
    return (now_ms - last_input_ms) & 0xFFFFFFFF


class WindowsIdleSource(IdleSource):
    """GetLastInputInfo: the session's last keyboard or mouse input, in tick counts."""

    description = "Windows last input time"

    def __init__(self) -> None:
        self._user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
        self._kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int
        self._kernel32.GetTickCount64.argtypes = []
        self._kernel32.GetTickCount64.restype = ctypes.c_uint64

    @classmethod
    def open(cls) -> WindowsIdleSource | None:
        source = cls()
        return source if source.idle_seconds() is not None else None

    def idle_seconds(self) -> float | None:
        info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return windows_idle_ms(self._kernel32.GetTickCount64(), info.time) / 1000


_HID_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


def parse_hid_idle_seconds(ioreg_output: str) -> float | None:
    """HIDIdleTime (nanoseconds) from ``ioreg -c IOHIDSystem``'s output, in seconds."""
    found = _HID_IDLE.search(ioreg_output)
    return int(found.group(1)) / 1e9 if found else None


class MacIdleSource(IdleSource):
    """macOS's HID idle time, read with ``ioreg`` (a short process, once a minute)."""

    description = "macOS HID idle time"

    def __init__(self, ioreg: str) -> None:
        self._ioreg = ioreg

    @classmethod
    def open(cls) -> MacIdleSource | None:
        ioreg = shutil.which("ioreg")
        source = cls(ioreg) if ioreg else None
        return source if source is not None and source.idle_seconds() is not None else None

    def idle_seconds(self) -> float | None:
        try:
            done = subprocess.run(
                [self._ioreg, "-c", "IOHIDSystem"],
                capture_output=True,
                text=True,
                timeout=SUBPROCESS_TIMEOUT_S * 4,  # ioreg prints the whole HID tree
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return parse_hid_idle_seconds(done.stdout) if done.returncode == 0 else None

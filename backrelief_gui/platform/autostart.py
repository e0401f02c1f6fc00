"""Start BackRelief when the user logs in: one backend per operating system, chosen here.

Linux and the BSDs get an XDG autostart entry, Windows the per-user ``Run`` key, macOS a
LaunchAgent; anything else gets a backend that says the feature is missing, so a settings
page can hide the switch. Only the XDG backend is tested (the tests run on Linux).
"""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path

from backrelief_gui.core.i18n import translate

APP_NAME = "BackRelief"
DESKTOP_FILE = "backrelief.desktop"
LAUNCH_AGENT_LABEL = "org.backrelief.app"
COMMENT = "Guides your upper back exercises and reminds you to take breaks"


class AutostartError(OSError):
    """Starting at login could not be switched on or off; the message says why, in words."""


class AutostartBackend(ABC):
    """How one operating system starts a program at login."""

    supported = True

    @abstractmethod
    def is_enabled(self) -> bool: ...

    @abstractmethod
    def enable(self, command: Sequence[str]) -> None: ...

    @abstractmethod
    def disable(self) -> None: ...


def backend_for(platform: str = sys.platform) -> AutostartBackend:
    """The backend for ``platform`` (a ``sys.platform`` value): the one place that chooses."""
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return LaunchAgent()
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        return XdgAutostart()
    return NoAutostart()


def autostart_supported() -> bool:
    return backend_for().supported


def autostart_enabled() -> bool:
    """Whether BackRelief is set to start at login (False where it cannot be)."""
    return backend_for().is_enabled()


def set_autostart(enabled: bool, command: Sequence[str]) -> None:
    """Start ``command`` at login, or stop doing so; raises :class:`AutostartError`."""
    backend = backend_for()
    if enabled:
        if not command:
            raise ValueError("the command to start at login is empty")
        backend.enable(command)
    else:
        backend.disable()


def launch_command() -> list[str]:
    """The command that starts this BackRelief: the bundle's program, or Python and the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if sys.platform == "win32":  # pythonw opens no console window at login
        windowed = python.with_name("pythonw.exe")
        if windowed.exists():
            python = windowed
    return [str(python), "-m", "backrelief_gui"]


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a reader sees the old file or the new, never half."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        text = translate(
            "autostart",
            "Could not set {app} to start at login: the folder {folder} cannot be written "
            "({reason}).",
        )
        raise AutostartError(
            text.format(app=APP_NAME, folder=path.parent, reason=_reason(error))
        ) from error
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        text = translate(
            "autostart",
            "Could not set {app} to start at login: {file} cannot be written ({reason}).",
        )
        raise AutostartError(text.format(app=APP_NAME, file=path, reason=_reason(error))) from error


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        text = translate(
            "autostart",
            "Could not stop {app} starting at login: {file} cannot be removed ({reason}). "
            "Removing that file by hand does the same.",
        )
        raise AutostartError(text.format(app=APP_NAME, file=path, reason=_reason(error))) from error


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


# --- Linux and the BSDs ------------------------------------------------------------------

# The desktop entry specification's reserved characters: an argument holding one is quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def _exec_argument(argument: str) -> str:
    if argument and not _RESERVED.intersection(argument):
        quoted = argument
    else:
        escaped = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
        quoted = f'"{escaped}"'
    return quoted.replace("%", "%%")  # a lone % would start a field code


def desktop_exec(command: Sequence[str]) -> str:
    """``command`` as the value of a desktop entry's ``Exec`` key.

    Two layers, as the specification has it: each argument is quoted for the command line,
    then the whole line is escaped as a string value (so one backslash becomes four).
    """
    if "=" in command[0]:
        text = translate(
            "autostart",
            "Could not set {app} to start at login: its program path {program} contains '=', "
            "which a desktop entry cannot hold.",
        )
        raise AutostartError(text.format(app=APP_NAME, program=command[0]))
    line = " ".join(_exec_argument(argument) for argument in command)
    for raw, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        line = line.replace(raw, escaped)
    return line


def xdg_autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart``; the variable counts only if it is an absolute path."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart"


class XdgAutostart(AutostartBackend):
    """A desktop entry in the XDG autostart folder, which GNOME, KDE, Xfce and others read."""

    @property
    def path(self) -> Path:
        return xdg_autostart_dir() / DESKTOP_FILE

    def is_enabled(self) -> bool:
        """True if the entry is there and the user has not switched it off in their desktop."""
        entry = configparser.ConfigParser(interpolation=None, strict=False)
        entry.optionxform = str  # type: ignore[assignment,method-assign]
        try:
            if not entry.read(self.path, encoding="utf-8"):
                return False
            values = entry["Desktop Entry"]
        except (OSError, configparser.Error, KeyError, UnicodeDecodeError):
            return False
        return (
            values.get("Hidden", "false").strip() != "true"
            and values.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
        )

    def enable(self, command: Sequence[str]) -> None:
        text = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Version=1.0\n"
            f"Name={APP_NAME}\n"
            f"Comment={COMMENT}\n"
            f"Exec={desktop_exec(command)}\n"
            "Terminal=false\n"
            "StartupNotify=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        _write_atomically(self.path, text.encode("utf-8"))

    def disable(self) -> None:
        _remove(self.path)


# --- Windows -----------------------------------------------------------------------------

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class WindowsRunKey(AutostartBackend):
    """A ``BackRelief`` value under HKCU's ``Run`` key, which Explorer runs at login.

    Written to Microsoft's documentation and not tested: this project's tests run on Linux.
    Task Manager's "disable" (the separate ``StartupApproved`` key) is not read.
    """

    def is_enabled(self) -> bool:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True

    def enable(self, command: Sequence[str]) -> None:
        import winreg

        try:
            with winreg.CreateKeyEx(
                winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
            ) as key:
                line = subprocess.list2cmdline(command)
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, line)
        except OSError as error:
            text = translate(
                "autostart",
                "Could not set {app} to start at login: the registry key {key} cannot be "
                "written ({reason}).",
            )
            where = f"HKEY_CURRENT_USER\\{RUN_KEY}"
            raise AutostartError(
                text.format(app=APP_NAME, key=where, reason=_reason(error))
            ) from error

    def disable(self) -> None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            return
        except OSError as error:
            text = translate(
                "autostart",
                "Could not stop {app} starting at login: the registry value {app} under {key} "
                "cannot be removed ({reason}).",
            )
            where = f"HKEY_CURRENT_USER\\{RUN_KEY}"
            raise AutostartError(
                text.format(app=APP_NAME, key=where, reason=_reason(error))
            ) from error


# --- macOS -------------------------------------------------------------------------------


class LaunchAgent(AutostartBackend):
    """A per-user LaunchAgent with ``RunAtLoad``, which launchd starts at login.

    Written to Apple's documentation and not tested: this project's tests run on Linux.
    It takes effect from the next login; nothing is loaded into launchd now.
    """

    @property
    def path(self) -> Path:
        return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _write_atomically(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        _remove(self.path)


# --- anything else -----------------------------------------------------------------------


class NoAutostart(AutostartBackend):
    """The fallback where no way to start at login is known: off, and it says so."""

    supported = False

    def is_enabled(self) -> bool:
        return False

    def enable(self, command: Sequence[str]) -> None:
        text = translate(
            "autostart", "Starting {app} at login is not available on this system ({system})."
        )
        raise AutostartError(text.format(app=APP_NAME, system=sys.platform))

    def disable(self) -> None:
        return

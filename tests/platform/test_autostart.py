"""Starting at login, on Linux: the XDG autostart entry, checked by GLib and the validator.

The Windows and macOS backends are not exercised here; only the choice of backend is.
"""

from __future__ import annotations

import configparser
import json
import os
import queue
import shutil
import subprocess
import sys
import threading

import pytest

from backrelief_gui.platform.autostart import (
    AutostartError,
    LaunchAgent,
    NoAutostart,
    WindowsRunKey,
    XdgAutostart,
    autostart_enabled,
    autostart_supported,
    backend_for,
    desktop_exec,
    launch_command,
    set_autostart,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG backend is the one tested"
)

# Every character the desktop entry specification treats specially, and some it does not.
AWKWARD = ["two words", 'say "hi"', "$HOME", "`id`", "50%", "back\\slash", "it's", "Grüße", ""]


@pytest.fixture
def config(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def entry_file(config):
    return config / "autostart" / "backrelief.desktop"


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    assert parser.read(path, encoding="utf-8") == [str(path)]
    return parser["Desktop Entry"]


def test_enabling_writes_a_desktop_entry(config):
    set_autostart(True, ["/usr/bin/backrelief", "--mute"])
    entry = read_entry(entry_file(config))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "BackRelief"
    assert entry["Exec"] == "/usr/bin/backrelief --mute"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Comment"]
    assert autostart_enabled()


def test_a_path_with_spaces_is_quoted(config):
    set_autostart(True, ["/opt/Back Relief/bin/python", "-m", "backrelief_gui"])
    assert read_entry(entry_file(config))["Exec"] == (
        '"/opt/Back Relief/bin/python" -m backrelief_gui'
    )


def test_reserved_characters_are_quoted_then_escaped():
    # Quoting escapes " ` $ \ with a backslash; the string layer then doubles every backslash.
    assert desktop_exec(["/bin/prog", *AWKWARD]) == (
        r'/bin/prog "two words" "say \\"hi\\"" "\\$HOME" "\\`id\\`" 50%% '
        r'"back\\\\slash" "it'
        "'"
        r's" Grüße ""'
    )


def test_a_program_path_with_an_equals_sign_is_refused():
    with pytest.raises(AutostartError, match="contains '='"):
        desktop_exec(["/opt/a=b/backrelief"])


def test_disabling_removes_the_entry(config):
    set_autostart(True, ["backrelief"])
    set_autostart(False, ["backrelief"])
    assert not entry_file(config).exists()
    assert not autostart_enabled()
    set_autostart(False, [])  # already off: nothing to do, no error


def test_enabled_follows_the_file_and_the_desktops_own_switch(config):
    assert not autostart_enabled()
    set_autostart(True, ["backrelief"])
    assert autostart_enabled()
    path = entry_file(config)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Autostart-enabled=true", "Autostart-enabled=false"), "utf-8")
    assert not autostart_enabled()  # switched off in GNOME's startup applications
    path.write_text(text + "Hidden=true\n", encoding="utf-8")
    assert not autostart_enabled()
    path.write_text("not a desktop entry", encoding="utf-8")
    assert not autostart_enabled()


def test_enabling_twice_replaces_the_entry(config):
    set_autostart(True, ["old"])
    set_autostart(True, ["new"])
    assert read_entry(entry_file(config))["Exec"] == "new"
    assert [p.name for p in entry_file(config).parent.iterdir()] == ["backrelief.desktop"]


def test_without_xdg_config_home_the_entry_goes_under_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    for value in (None, "", "relative/config"):  # the spec ignores an empty or relative value
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        set_autostart(True, ["backrelief"])
        assert (tmp_path / ".config" / "autostart" / "backrelief.desktop").is_file()
        set_autostart(False, [])


def test_a_blocked_config_folder_raises_a_clear_error(config):
    config.mkdir()
    (config / "autostart").write_text("a file where the folder should be")
    with pytest.raises(AutostartError) as caught:
        set_autostart(True, ["backrelief"])
    message = str(caught.value)
    assert message.startswith("Could not set BackRelief to start at login")
    assert str(config / "autostart") in message
    assert isinstance(caught.value, OSError)
    assert not autostart_enabled()


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_config_folder_raises_a_clear_error(config):
    (config / "autostart").mkdir(parents=True)
    (config / "autostart").chmod(0o500)
    try:
        with pytest.raises(AutostartError, match="cannot be written"):
            set_autostart(True, ["backrelief"])
    finally:
        (config / "autostart").chmod(0o700)


def test_an_entry_that_cannot_be_removed_raises_a_clear_error(config):
    (entry_file(config) / "in the way").mkdir(parents=True)  # a folder by the entry's name
    with pytest.raises(AutostartError, match="Could not stop BackRelief starting at login"):
        set_autostart(False, [])


def test_an_empty_command_is_a_programming_error(config):
    with pytest.raises(ValueError, match="empty"):
        set_autostart(True, [])


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_the_entry_passes_desktop_file_validate(config):
    set_autostart(True, ["/opt/Back Relief/python", *AWKWARD])
    done = subprocess.run(
        ["desktop-file-validate", str(entry_file(config))],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "", done.stdout  # no warnings or hints either


DUMP_ARGV = "import json, sys; print(json.dumps(sys.argv[1:]), flush=True)\n"


@pytest.mark.skipif(not shutil.which("gio"), reason="gio (libglib2.0-bin) absent")
def test_glib_launches_the_entry_with_the_exact_arguments(config, tmp_path):
    """GLib, which GNOME's session uses, reads the Exec line and runs it: the real parser."""
    script = tmp_path / "a folder with spaces & $igns" / "dump argv.py"
    script.parent.mkdir()
    script.write_text(DUMP_ARGV, encoding="utf-8")
    set_autostart(True, [sys.executable, str(script), *AWKWARD])
    launcher = subprocess.Popen(
        ["gio", "launch", str(entry_file(config))],
        stdout=subprocess.PIPE,  # the launched program inherits it, so its output comes here
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(launcher.stdout.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=30)  # a bound on the launch, not a synchronisation sleep
    except queue.Empty:
        launcher.kill()
        pytest.fail(f"gio launch printed nothing: {launcher.stderr.read()}")
    finally:
        launcher.wait(timeout=30)
        launcher.stdout.close()
        launcher.stderr.close()
    assert json.loads(line) == AWKWARD


def test_launch_command_starts_this_backrelief(tmp_path):
    done = subprocess.run(
        [*launch_command(), "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=dict(os.environ, BACKRELIEF_DATA_DIR=str(tmp_path)),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("BackRelief ")


def test_each_platform_gets_its_backend():
    assert isinstance(backend_for("linux"), XdgAutostart)
    assert isinstance(backend_for("freebsd14"), XdgAutostart)
    assert isinstance(backend_for("win32"), WindowsRunKey)
    assert isinstance(backend_for("darwin"), LaunchAgent)
    fallback = backend_for("emscripten")
    assert isinstance(fallback, NoAutostart)
    assert not fallback.supported
    assert not fallback.is_enabled()
    fallback.disable()
    with pytest.raises(AutostartError, match="not available on this system"):
        fallback.enable(["backrelief"])
    assert autostart_supported()

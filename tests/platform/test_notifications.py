"""Desktop notifications against a real server: dunst, on a private bus and X display.

Nothing here touches the user's session. Each test gets its own dbus-daemon whose
configuration lists no service files, so nothing is started on demand (the dunst package
installs one, which would otherwise start a dunst on the wrong display). dunst runs on an
Xvfb display of its own. dunst is built on GDBus, which refuses a call whose argument
types differ from the spec, so every notification it accepts also proves the types.

What dunst received is read back from its own report (``dunst -print``). Actions are
chosen for real: dunst's context menu (``dunstctl context``) hands the actions to a
"dmenu" program, here a script of the test's that picks the line of one id and key.
"""

from __future__ import annotations

import os
import queue
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import time as dt_time

import pytest
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from backrelief_gui.platform.notifications import (
    CALL_TIMEOUT_MS,
    INTERFACE,
    PATH,
    CloseReason,
    DesktopNotifier,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the freedesktop notification server"
)

START_WAIT_S = 10  # a bound on a helper's start-up or answer, not a synchronisation sleep
WAIT_MS = 5000
PACKAGES = {
    "dbus-daemon": "dbus-daemon",
    "dbus-send": "dbus-bin",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "Xvfb": "xvfb",
}

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# One line per field in dunst's report; no duplicates merged, so each test sees its own.
DUNST_CONFIG = """[global]
    dmenu = "{picker}"
    format = "%s %b"
    stack_duplicates = false
    show_indicators = false
"""

# Stands in for dmenu: dunst writes one line per action, "#label (summary) [id,key]".
PICKER = """#!/bin/sh
cat > "{menu}"
grep -F -m 1 -e "$(cat "{choice}")" "{menu}"
"""

# A server of the test's, for what dunst does not do: it shows no buttons ("body"), or
# answers nonsense ("confused"), or, like GNOME Shell, broadcasts every answer to every
# client ("broadcast"; dunst sends each client only its own), or is an impostor that only
# sends the signals ("spoof"). Its slots and signals are typed: Qt then sends the spec's
# "u", which plain Python ints would not be.
FAKE_SERVER = """
import os
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection

MODE = sys.argv[2]
CAPABILITIES = ["body"] if MODE == "body" else ["actions", "body"]

@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Server(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self):
        super().__init__()
        self.last_id = 0
        self.pending = ""

    @Slot(result="QVariantList" if MODE == "confused" else "QStringList")
    def GetCapabilities(self):
        print("GetCapabilities", flush=True)
        return CAPABILITIES

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        self.last_id += 1
        print("Notify", summary, flush=True)
        return self.last_id

    def obey(self):
        self.pending += os.read(sys.stdin.fileno(), 4096).decode()
        *lines, self.pending = self.pending.split("\\n")
        for line in lines:
            command, notification_id, value = line.split()
            if command == "action":
                self.ActionInvoked.emit(int(notification_id), value)
            else:
                self.NotificationClosed.emit(int(notification_id), int(value))

app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "server")
server = Server()
option = QDBusConnection.RegisterOption
exported = option.ExportAllSlots | option.ExportAllSignals
assert bus.registerObject("/org/freedesktop/Notifications", server, exported)
if MODE != "spoof":  # an impostor: the interface, the path, not the name
    assert bus.registerService("org.freedesktop.Notifications")
commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
commands.activated.connect(server.obey)
print("ready", flush=True)
app.exec()
"""

ACTIONS = [("start", "Start now"), ("later", "Later, in 5 min")]


def require(*tools):
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        packages = " ".join(sorted({PACKAGES[tool] for tool in missing}))
        pytest.skip(f"needs {', '.join(missing)} (Debian: apt-get install {packages})")


class Output:
    """A helper process whose output lines are read with a bound on the wait."""

    def __init__(self, argv, env=None, stderr=subprocess.DEVNULL):
        self.process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))

    def line(self):
        try:
            return self._lines.get(timeout=START_WAIT_S)
        except queue.Empty:
            pytest.fail(f"no output from {self.process.args[0]}")

    def tell(self, line):
        self.process.stdin.write(f"{line}\n")
        self.process.stdin.flush()

    def signal(self, number):
        os.kill(self.process.pid, number)

    def stop(self):
        if self.process.poll() is None:
            self.signal(signal.SIGCONT)  # a stopped process cannot act on SIGTERM
            self.process.terminate()
            try:
                self.process.wait(timeout=START_WAIT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=START_WAIT_S)


def read_line(fd, timeout_s):
    """One line from a pipe, or None if none came within ``timeout_s``."""
    data = b""
    deadline = time.monotonic() + timeout_s
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
        if not ready or not (chunk := os.read(fd, 64)):
            return None
        data += chunk
    return data.decode().strip()


@pytest.fixture(scope="module")
def display():
    """A private X display: dunst draws its notifications there."""
    require("Xvfb")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "800x600x24"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = read_line(read_end, START_WAIT_S)
    os.close(read_end)
    try:
        assert number, "Xvfb did not report its display"
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=START_WAIT_S)


@pytest.fixture
def bus_daemon(tmp_path):
    """A private session bus that starts nothing on demand."""
    require("dbus-daemon")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=tmp_path), encoding="utf-8")
    daemon = Output(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"])
    daemon.address = daemon.line()
    yield daemon
    daemon.stop()


@pytest.fixture
def bus_address(bus_daemon):
    return bus_daemon.address


@pytest.fixture
def connect(qapp, bus_address):
    """Connections to the private bus: sessionBus() would read the real session's address."""
    names = []

    def make(address=bus_address):
        names.append(f"backrelief-test-{uuid.uuid4().hex}")
        return QDBusConnection.connectToBus(address, names[-1])

    yield make
    for name in names:
        QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def notifiers(connect):
    made = []

    def make():
        made.append(DesktopNotifier(connect()))
        return made[-1]

    yield make
    made.clear()


@pytest.fixture
def notifier(notifiers):
    return notifiers()


@pytest.fixture
def fake_server(bus_address):
    servers = []

    def start(mode):
        servers.append(Output([sys.executable, "-c", FAKE_SERVER, bus_address, mode]))
        assert servers[-1].line() == "ready"
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


class Dunst:
    """dunst on the private bus and display, with its report and its menu at hand."""

    def __init__(self, folder, bus_address, display, qtbot):
        require("dunst", "dunstctl", "dbus-send")
        self.qtbot = qtbot
        self.env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address, DISPLAY=display)
        self.menu_file = folder / "menu"
        self.choice_file = folder / "choice"
        self.choice_file.write_text("[no choice]", encoding="utf-8")
        picker = folder / "picker"
        picker.write_text(
            PICKER.format(menu=self.menu_file, choice=self.choice_file), encoding="utf-8"
        )
        picker.chmod(0o755)
        self.config = folder / "dunstrc"
        self.config.write_text(DUNST_CONFIG.format(picker=picker), encoding="utf-8")
        self.log = folder / "dunst.log"
        self.output: Output | None = None

    def start(self):
        with self.log.open("a", encoding="utf-8") as log:
            self.output = Output(
                ["dunst", "-config", str(self.config), "-print"], env=self.env, stderr=log
            )
        # Bounded polling on the external daemon: ready once dunstctl reaches it.
        self.qtbot.waitUntil(self._answers, timeout=START_WAIT_S * 1000)

    def _answers(self):
        assert self.output.process.poll() is None, self.log.read_text(encoding="utf-8")
        done = subprocess.run(["dunstctl", "debug"], env=self.env, capture_output=True, check=False)
        return done.returncode == 0

    def ctl(self, *args):
        done = subprocess.run(
            ["dunstctl", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=START_WAIT_S,
            check=True,
        )
        return done.stdout.strip()

    def displayed(self):
        return int(self.ctl("count", "displayed"))

    def received(self):
        """The next notification dunst reported on its standard output, field by field."""
        while self.output.line() != "{":
            pass
        fields, actions = {}, None
        while (line := self.output.line()) != "}":
            text = line.strip()
            if actions is not None and text == "}":
                fields["actions"], actions = actions, None
            elif actions is not None:
                key, label = re.fullmatch(r'"(.*)": "(.*)"', text).groups()
                actions[key] = label
            elif text == "actions: {":
                actions = {}
            elif text == "actions: {}":
                fields["actions"] = {}
            elif line.startswith("\t") and ": " in text:
                key, value = text.split(": ", 1)
                fields[key] = value.strip("'")
        return fields

    def choose(self, notification_id, key):
        """Have the next context menu pick this action, as a user would."""
        self.choice_file.write_text(f"[{notification_id},{key}]", encoding="utf-8")

    def menu(self):
        return self.menu_file.read_text(encoding="utf-8").splitlines()

    def stop(self):
        if self.output is not None:
            self.output.stop()


@pytest.fixture
def dunst_off(tmp_path, bus_address, display, qtbot):
    """dunst ready to start: the test says when."""
    server = Dunst(tmp_path, bus_address, display, qtbot)
    yield server
    server.stop()


@pytest.fixture
def dunst(dunst_off):
    dunst_off.start()
    return dunst_off


# --- no server -----------------------------------------------------------------------------


def test_without_a_server_the_answer_is_no_and_at_once(notifier):
    started = time.monotonic()
    assert not notifier.available()
    assert time.monotonic() - started < CALL_TIMEOUT_MS / 1000  # the bus said so; no timeout
    assert "No notification server answered" in notifier.problem
    assert not notifier.supports_actions
    assert notifier.notify("Time for a break", "Stand up", ACTIONS) is None
    assert notifier.notify("Time for a break", "Stand up") is None


def test_without_a_bus_the_answer_is_no(qapp, tmp_path):
    name = f"backrelief-test-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        notifier = DesktopNotifier(bus)
        assert not notifier.available()
        assert "There is no D-Bus session bus" in notifier.problem
        assert notifier.notify("Time for a break", "Stand up") is None
        assert not notifier.close(1)
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_bad_arguments_are_refused_before_anything_is_sent(notifier):
    with pytest.raises(ValueError, match="replaces"):
        notifier.notify("Break", "Stand up", replaces=-1)
    with pytest.raises(ValueError, match="replaces"):
        notifier.notify("Break", "Stand up", replaces=2**32)
    with pytest.raises(ValueError, match="key and a label"):
        notifier.notify("Break", "Stand up", [("start", "")])


def test_a_server_without_buttons_is_not_asked_to_show_them(notifier, fake_server):
    server = fake_server("body")
    assert notifier.available(), notifier.problem
    assert not notifier.supports_actions
    assert notifier.notify("Time for a break", "Stand up", ACTIONS) is None
    assert notifier.problem == "The notification server cannot show buttons."
    assert notifier.notify("Drink some water", "") == 1  # no buttons asked for: fine
    assert server.line() == "GetCapabilities"  # asked once, and the answer kept
    assert server.line() == "Notify Drink some water"


def test_a_confused_server_counts_as_none(notifier, fake_server):
    fake_server("confused")
    assert not notifier.available()
    assert notifier.problem == "The notification server answered 'av'."
    assert notifier.notify("Time for a break", "Stand up") is None


def test_answers_to_other_clients_are_not_passed_on(notifier, fake_server, qtbot):
    """A broadcasting server's signals reach every client; only our ids are ours.

    The server sends its signals in order, and Qt passes them on in order, so a signal for
    another's notification, had it got through, would be heard before ours.
    """
    server = fake_server("broadcast")
    ours = notifier.notify("Time for a break", "Stand up", ACTIONS)
    assert ours == 1
    heard = []
    notifier.action_invoked.connect(lambda *args: heard.append(("action", *args)))
    notifier.closed.connect(lambda *args: heard.append(("closed", *args)))
    with qtbot.waitSignal(notifier.closed, timeout=WAIT_MS):
        for command in ["action 7 start", "closed 7 2", "action 1 later", "closed 1 2"]:
            server.tell(command)
    assert heard == [("action", ours, "later"), ("closed", ours, CloseReason.DISMISSED)]


class Listener(QObject):
    """Hears a signal on a connection, whoever sent it."""

    heard = Signal()

    @Slot(QDBusMessage)
    def hear(self, _message):
        self.heard.emit()


def test_answers_from_anyone_but_the_server_are_ignored(connect, fake_server, qtbot):
    """Any client may send the spec's signals; only the server's count.

    The impostor's signal reaches this connection first (the listener proves it), so it
    would be heard before the server's, had it got through.
    """
    server, impostor = fake_server("broadcast"), fake_server("spoof")
    bus = connect()
    notifier = DesktopNotifier(bus)
    ours = notifier.notify("Time for a break", "Stand up", ACTIONS)
    assert ours == 1
    heard = []
    notifier.action_invoked.connect(lambda *args: heard.append(("action", *args)))
    notifier.closed.connect(lambda *args: heard.append(("closed", *args)))
    listener = Listener()
    assert bus.connect("", PATH, INTERFACE, "ActionInvoked", listener, SLOT("hear(QDBusMessage)"))
    with qtbot.waitSignal(listener.heard, timeout=WAIT_MS):
        impostor.tell(f"action {ours} start")
    with qtbot.waitSignal(notifier.closed, timeout=WAIT_MS):
        impostor.tell(f"closed {ours} 2")
        server.tell(f"closed {ours} 3")
    assert heard == [("closed", ours, CloseReason.CLOSED_BY_CALL)]


def test_a_hung_bus_costs_half_a_second_not_a_freeze(bus_daemon, connect, fake_server):
    """Qt's own calls (such as looking up a name's owner) would wait 25 seconds here."""
    fake_server("body")
    known = DesktopNotifier(connect())
    assert known.available()  # the first notification is still to come
    bus = connect()
    bus_daemon.signal(signal.SIGSTOP)  # alive, holding the sockets, not answering
    try:
        started = time.monotonic()
        assert known.notify("Drink some water", "") is None
        assert "did not take Notify" in known.problem
        assert time.monotonic() - started < 3

        started = time.monotonic()
        fresh = DesktopNotifier(bus)
        assert not fresh.available()
        assert fresh.notify("Drink some water", "") is None
        assert "No notification server answered" in fresh.problem
        assert time.monotonic() - started < 3
    finally:
        bus_daemon.signal(signal.SIGCONT)


# --- dunst ---------------------------------------------------------------------------------


def test_dunst_is_found_and_shows_buttons(dunst, notifier):
    assert notifier.available()
    assert notifier.supports_actions
    assert notifier.problem is None


def test_a_notification_reaches_dunst_with_every_field(dunst, notifier):
    notification_id = notifier.notify("Time for a break", "Stand up, Grüße 背中", ACTIONS)
    assert isinstance(notification_id, int)
    assert notification_id > 0
    received = dunst.received()
    assert received["id"] == str(notification_id)
    assert received["summary"] == "Time for a break"
    assert received["body"] == "Stand up, Grüße 背中"
    assert received["appname"] == "BackRelief"
    assert received["icon"] == "backrelief"
    assert received["desktop_entry"] == "io.github.backrelief.BackRelief"
    assert received["category"] == "presence"
    assert received["urgency"] == "NORMAL"
    assert received["timeout"] == "0"  # stays until answered
    assert received["actions"] == dict(ACTIONS)
    # Bounded polling on the external daemon: it shows what it received on its next turn.
    dunst.qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)


def test_a_time_limit_reaches_dunst(dunst, notifier):
    assert notifier.notify("Drink some water", "", timeout_ms=4000)
    received = dunst.received()
    assert received["timeout"] == "4000"
    assert received["actions"] == {}


def test_replacing_updates_the_same_notification(dunst, notifier):
    first = notifier.notify("Break in 5 minutes", "", ACTIONS)
    assert dunst.received()["summary"] == "Break in 5 minutes"
    assert notifier.notify("Break in 1 minute", "", ACTIONS, replaces=first) == first
    received = dunst.received()
    assert received["id"] == str(first)
    assert received["summary"] == "Break in 1 minute"


def test_the_chosen_action_comes_back_with_its_key(dunst, notifier, qtbot):
    notification_id = notifier.notify("Time for a break", "Stand up", ACTIONS)
    dunst.choose(notification_id, "later")
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS) as blocker:
        dunst.ctl("context")
    assert blocker.args == [notification_id, "later"]
    assert sorted(dunst.menu()) == [  # the labels and keys dunst offered the user
        f"#Later, in 5 min (Time for a break) [{notification_id},later]",
        f"#Start now (Time for a break) [{notification_id},start]",
    ]


def test_close_takes_it_down_and_closed_follows(dunst, notifier, qtbot):
    notification_id = notifier.notify("Time for a break", "Stand up", ACTIONS)
    # Bounded polling on the external daemon, as above.
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.closed, timeout=WAIT_MS) as blocker:
        assert notifier.close(notification_id)
    assert blocker.args == [notification_id, CloseReason.CLOSED_BY_CALL]
    assert dunst.displayed() == 0
    assert not notifier.close(notification_id)  # gone, so no longer ours to close


def test_two_clients_each_get_their_own_answers(dunst, notifiers, qtbot):
    """dunst sends each answer to the client that asked; see the broadcasting server too."""
    mine, other = notifiers(), notifiers()
    heard = []
    mine.action_invoked.connect(lambda *args: heard.append(("action", *args)))
    mine.closed.connect(lambda *args: heard.append(("closed", *args)))
    theirs = other.notify("Other", "Not ours", [("go", "Go")])
    ours = mine.notify("Mine", "Ours", [("go", "Go")])
    assert theirs != ours

    dunst.choose(theirs, "go")
    with qtbot.waitSignal(other.action_invoked, timeout=WAIT_MS):
        dunst.ctl("context")
    dunst.choose(ours, "go")
    with qtbot.waitSignal(mine.action_invoked, timeout=WAIT_MS):
        dunst.ctl("context")
    assert not mine.close(theirs)  # not ours to close
    with qtbot.waitSignal(other.closed, timeout=WAIT_MS):
        assert other.close(theirs)
    with qtbot.waitSignal(mine.closed, timeout=WAIT_MS):
        assert mine.close(ours)
    assert heard == [("action", ours, "go"), ("closed", ours, CloseReason.CLOSED_BY_CALL)]


def test_the_answer_is_kept_so_a_busy_server_is_not_asked_again(dunst, notifier):
    assert notifier.available()
    dunst.output.signal(signal.SIGSTOP)  # would not answer now
    try:
        started = time.monotonic()
        assert notifier.supports_actions
        assert time.monotonic() - started < 0.1
    finally:
        dunst.output.signal(signal.SIGCONT)


def test_a_hung_server_costs_half_a_second_not_a_freeze(dunst, notifiers):
    known = notifiers()
    assert known.available()
    dunst.output.signal(signal.SIGSTOP)  # alive, owning the name, not answering
    try:
        started = time.monotonic()
        assert not notifiers().available()
        assert 0.8 * CALL_TIMEOUT_MS / 1000 <= time.monotonic() - started < 3

        started = time.monotonic()
        assert known.notify("Time for a break", "Stand up", ACTIONS) is None
        assert 0.8 * CALL_TIMEOUT_MS / 1000 <= time.monotonic() - started < 3
        assert "did not take Notify" in known.problem
    finally:
        dunst.output.signal(signal.SIGCONT)


def test_a_server_that_starts_later_is_found(dunst_off, notifier, qtbot):
    assert not notifier.available()
    dunst_off.start()
    # Failures are kept for RETRY_AFTER_S; only the bus's news of a new owner clears them.
    qtbot.waitUntil(notifier.available, timeout=WAIT_MS)
    assert notifier.notify("Time for a break", "Stand up", ACTIONS)


def test_a_server_that_dies_closes_what_it_showed(dunst, notifier, qtbot):
    notification_id = notifier.notify("Time for a break", "Stand up", ACTIONS)
    assert notification_id
    with qtbot.waitSignal(notifier.closed, timeout=WAIT_MS) as blocker:
        dunst.output.signal(signal.SIGKILL)  # a crash: dunst says nothing on its way out
    assert blocker.args == [notification_id, CloseReason.UNDEFINED]
    assert not notifier.available()
    assert notifier.notify("Time for a break", "Stand up", ACTIONS) is None


# --- a reminder, end to end ----------------------------------------------------------------


def test_a_due_reminder_reaches_dunst_and_its_answer_starts_the_break(dunst, notifier, qtbot):
    """The reminder service (time 900 times faster) and the presenter, with the real dunst."""
    from backrelief_gui.core.break_schedule import BreakSettings
    from backrelief_gui.qt.reminder_service import ReminderService, ScaledClock
    from backrelief_gui.ui.reminder_presenter import ReminderPresenter

    always = BreakSettings(
        interval_minutes=15,
        working_days=frozenset(range(7)),
        work_start=dt_time(0, 0),
        work_end=dt_time(23, 59),
    )
    service = ReminderService(always, ScaledClock(900.0))
    presenter = ReminderPresenter(service, notifier)
    with qtbot.waitSignal(service.reminder_due, timeout=10_000):
        service.set_enabled(True)
    try:
        received = dunst.received()
        assert received["summary"] == "Time for a break"
        assert set(received["actions"]) == {"start", "snooze", "skip"}
        dunst.choose(int(received["id"]), "start")
        with qtbot.waitSignal(presenter.start_desk_break, timeout=WAIT_MS):
            dunst.ctl("context")
        # Bounded polling on the external daemon: the answered reminder is taken down.
        qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    finally:
        service.set_enabled(False)

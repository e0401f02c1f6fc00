"""One instance per data folder: in this process, and with real processes that crash.

The lock is the only judge of who is first; these tests kill a first process with SIGKILL
and stop one with SIGSTOP, so a stale lock or a forward that waits forever would show.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtNetwork import QLocalServer

from backrelief_gui.platform.single_instance import (
    LOCK_NAME,
    MessageBuffer,
    MessageError,
    SingleInstance,
    encode_message,
    server_name,
)

ARGUMENTS = ["--start", "neck and shoulders", "Grüße, 背中", "", 'a "quoted"\nline', "50%"]
CHILD_WAIT_S = 30  # a bound on a child's start-up (Qt's import), not a synchronisation sleep

FIRST = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from backrelief_gui.platform.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
if not instance.acquire():
    print("not first", flush=True)
    sys.exit(3)
instance.message_received.connect(lambda argv: print(json.dumps(argv), flush=True))
if sys.argv[2:] == ["with-child"]:  # like the sound player the app starts
    import subprocess
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                             close_fds=False)
    print(child.pid, flush=True)
print("first", flush=True)
app.exec()
"""

# Like the app's own start: no QCoreApplication yet when it finds it is second.
SECOND = """
import sys
from pathlib import Path
from backrelief_gui.platform.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
if instance.acquire():
    print("first", flush=True)
    sys.exit(3)
ok = instance.forward(sys.argv[3:], timeout_ms=int(sys.argv[2]))
print("forwarded" if ok else "no answer", instance.holder_pid(), flush=True)
"""


@pytest.fixture
def instances(tmp_path):
    made: list[SingleInstance] = []

    def make(folder=tmp_path / "data"):
        instance = SingleInstance(folder)
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.release()


def forward_in_thread(instance, argv, timeout_ms=5000):
    """forward() blocks; here the first lives on this thread's event loop, so send from another."""
    executor = ThreadPoolExecutor(max_workers=1)
    future = executor.submit(instance.forward, argv, timeout_ms)
    executor.shutdown(wait=False)
    return future


# --- the framing, on its own -------------------------------------------------------------


def test_a_message_is_read_whatever_the_chunks():
    data = encode_message(ARGUMENTS) + encode_message(["second"])
    for size in range(1, len(data) + 1):
        buffer = MessageBuffer()
        received = []
        for start in range(0, len(data), size):
            received += buffer.feed(data[start : start + size])
        assert received == [ARGUMENTS, ["second"]]


@pytest.mark.parametrize("line", [b"not json\n", b'{"argv": [1]}\n', b"[]\n", b"\xff\n"])
def test_garbage_is_refused(line):
    with pytest.raises(MessageError):
        MessageBuffer().feed(line)


def test_an_endless_line_is_refused():
    with pytest.raises(MessageError, match="longer than"):
        MessageBuffer(limit=10).feed(b'{"argv": ["' + b"x" * 20)


# --- two instances in this process -------------------------------------------------------


def test_the_second_cannot_acquire_and_forwards_the_exact_arguments(qtbot, instances):
    first, second = instances(), instances()
    assert first.acquire()
    assert first.problem is None
    assert not second.acquire()
    assert not second.holds_lock
    with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
        sent = forward_in_thread(second, ARGUMENTS)
    assert blocker.args == [ARGUMENTS]
    assert sent.result(timeout=5)
    assert second.holder_pid() == os.getpid()


def test_several_forwards_in_turn(qtbot, instances):
    first, second = instances(), instances()
    assert first.acquire()
    for n in range(3):
        with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
            sent = forward_in_thread(second, [str(n)])
        assert blocker.args == [[str(n)]]
        assert sent.result(timeout=5)


def test_different_data_folders_are_independent(qtbot, instances, tmp_path):
    one, other = instances(tmp_path / "one"), instances(tmp_path / "other")
    assert server_name(tmp_path / "one") != server_name(tmp_path / "other")
    assert one.acquire()
    assert other.acquire()
    with qtbot.waitSignal(other.message_received, timeout=5000) as blocker:
        sent = forward_in_thread(instances(tmp_path / "other"), ["to other"])
    assert blocker.args == [["to other"]]
    assert sent.result(timeout=5)


def test_the_same_folder_by_another_spelling_is_the_same_instance(instances, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "data")
    assert server_name(tmp_path / "link") == server_name(tmp_path / "data" / ".." / "data")
    assert instances(tmp_path / "data").acquire()
    assert not instances(tmp_path / "link").acquire()


def test_forward_with_nobody_listening_returns_false(instances):
    assert instances().forward(["hello"], timeout_ms=200) is False


def test_a_first_that_listens_late_still_gets_what_a_second_sent_before(qtbot, instances):
    """The app shows its window before it listens; a second meanwhile keeps retrying."""
    first, second = instances(), instances()
    assert first.acquire(listen=False)
    assert not second.acquire()
    assert second.forward(["too soon"], timeout_ms=200) is False  # nobody listens yet
    sent = forward_in_thread(second, ["early"], timeout_ms=10_000)
    with qtbot.waitSignal(first.message_received, timeout=10_000) as blocker:
        first.listen()
    assert blocker.args == [["early"]]
    assert sent.result(timeout=10)


def test_a_first_that_does_not_answer_is_reported_not_waited_for(instances):
    """The first's event loop is not running (this thread is busy in forward): a hang."""
    first, second = instances(), instances()
    assert first.acquire()
    assert second.forward(["hello"], timeout_ms=300) is False


def test_garbage_on_the_socket_is_dropped_and_the_server_carries_on(qtbot, instances):
    from PySide6.QtNetwork import QLocalSocket

    first = instances()
    assert first.acquire()
    intruder = QLocalSocket()
    with qtbot.waitSignal(intruder.disconnected, timeout=5000):
        intruder.connectToServer(first.server_name)
        intruder.write(b"rm -rf /\n")
    with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
        sent = forward_in_thread(instances(), ["still here"])
    assert blocker.args == [["still here"]]
    assert sent.result(timeout=5)


def test_release_lets_the_next_one_in(instances):
    first, second = instances(), instances()
    assert first.acquire()
    first.release()
    assert second.acquire()


def test_an_unusable_folder_runs_unguarded_and_says_so(instances, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    instance = instances(blocked / "data")
    assert instance.acquire()
    assert not instance.holds_lock
    assert "Running without that check" in instance.problem


# --- real processes ----------------------------------------------------------------------


class Child:
    """A helper process whose output lines are read with a bound on the wait."""

    def __init__(self, script, *args):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
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
            return self._lines.get(timeout=CHILD_WAIT_S)
        except queue.Empty:
            self.process.kill()
            pytest.fail(f"no output from the child; stderr: {self.process.stderr.read()}")

    def kill(self):
        if self.process.returncode is None:
            self.process.kill()
            self.process.wait(timeout=CHILD_WAIT_S)
            self.process.stderr.close()


def run_second(data_dir, argv, timeout_ms=5000):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SECOND, str(data_dir), str(timeout_ms), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=CHILD_WAIT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no Qt warnings in a process without an application
    return done.stdout.strip()


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data dir ü"
    yield folder
    QLocalServer.removeServer(server_name(folder))  # a killed first leaves its socket file


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_real_processes_forward_and_a_killed_first_leaves_no_stale_lock(data_dir):
    first = Child(FIRST, data_dir, "with-child")
    grandchild = int(first.line())  # outlives the first: it must not keep the lock alive
    try:
        assert first.line() == "first"
        assert run_second(data_dir, ARGUMENTS) == f"forwarded {first.process.pid}"
        assert json.loads(first.line()) == ARGUMENTS
        first.kill()
        assert first.process.returncode == -signal.SIGKILL
        assert (data_dir / LOCK_NAME).exists()  # the file stays; only the lock went with it
        os.kill(grandchild, 0)  # still alive, and still the lock must be free

        third = Child(FIRST, data_dir)
        try:
            assert third.line() == "first"  # at once: no stale lock, no timeout to wait out
            assert run_second(data_dir, ["again"]) == f"forwarded {third.process.pid}"
            assert json.loads(third.line()) == ["again"]  # the dead first's socket replaced
        finally:
            third.kill()
    finally:
        first.kill()
        with contextlib.suppress(ProcessLookupError):
            os.kill(grandchild, signal.SIGKILL)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP is POSIX")
def test_a_hung_first_process_is_reported_within_the_timeout(data_dir):
    first = Child(FIRST, data_dir)
    try:
        assert first.line() == "first"
        os.kill(first.process.pid, signal.SIGSTOP)  # alive, holding the lock, not answering
        assert run_second(data_dir, ["hello"], timeout_ms=500) == (f"no answer {first.process.pid}")
    finally:
        first.kill()

"""One BackRelief per data folder: a lock file decides who is first; a local socket only forwards.

The first process takes an exclusive lock on ``backrelief.lock`` in the data folder and
holds it while it lives. The operating system drops the lock when the process ends, however
it ends, so a crash never leaves a stale lock behind. The first also listens on a local
socket (a Unix socket; a named pipe on Windows) named after the data folder, so two data
folders are two independent instances. A later process cannot take the lock and sends its
arguments down the socket instead. The first answers ``ok`` once it has handed them on, so
a first process that hangs is told apart from one that listens.

The wire format is one JSON object per line, ``{"argv": [...]}``; JSON escapes newlines,
so an argument may hold any text.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from backrelief_gui.core.i18n import translate

if TYPE_CHECKING:
    # Imported where used: the first window is shown before the socket is opened.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "backrelief.lock"
ACK = b"ok\n"
MAX_MESSAGE_BYTES = 1 << 20  # far beyond any command line; a bound on a confused client
_CONNECT_RETRY_S = 0.05
_WAIT_SLICE_MS = 10


class MessageError(ValueError):
    """Bytes on the socket that are not a forwarded argument list."""


def encode_message(argv: Sequence[str]) -> bytes:
    return json.dumps({"argv": list(argv)}).encode("ascii") + b"\n"


def decode_message(line: bytes) -> list[str]:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MessageError(f"not a JSON line: {error}") from None
    argv = message.get("argv") if isinstance(message, dict) else None
    if not isinstance(argv, list) or not all(isinstance(arg, str) for arg in argv):
        raise MessageError('expected {"argv": [strings]}')
    return argv


class MessageBuffer:
    """Gathers a connection's bytes as they arrive and cuts them into argument lists."""

    def __init__(self, limit: int = MAX_MESSAGE_BYTES) -> None:
        self._pending = bytearray()
        self._limit = limit

    def feed(self, data: bytes) -> list[list[str]]:
        """The messages that ``data`` completes; raises :class:`MessageError` on garbage."""
        self._pending += data
        messages = []
        while (end := self._pending.find(b"\n")) >= 0:
            line = bytes(self._pending[:end])
            del self._pending[: end + 1]
            messages.append(decode_message(line))
        if len(self._pending) > self._limit:
            raise MessageError(f"a message longer than {self._limit} bytes")
        return messages


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per user and data folder, short enough for any OS."""
    import hashlib  # here, not at the top: it loads OpenSSL, which the first window can wait for

    folder = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    key = f"{_user_key()}\0{folder}".encode()
    return "backrelief-" + hashlib.sha256(key).hexdigest()[:24]


def _user_key() -> str:
    # Unix sockets share /tmp between users; the name must not collide across them.
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "")


def _try_lock(fd: int) -> bool:
    """Lock ``fd`` exclusively without waiting; False if another holder has it.

    ``flock`` rather than ``lockf``: its lock belongs to the open file, not the process,
    so a second open in the same process is refused too, as a second process would be.
    Any other failure (a file system without locks) is raised.
    """
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:  # the file opened, so the byte is taken
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _remaining_ms(deadline: float) -> int:
    return int((deadline - time.monotonic()) * 1000)


def _wait(socket: QLocalSocket, wait: Callable[[int], bool], deadline: float) -> bool:
    """Call one of the socket's ``waitFor...`` methods until it succeeds or time is up.

    PySide keeps the interpreter lock inside ``waitFor...``, so one long wait would stall
    every other Python thread; short slices let them run in between.
    """
    from PySide6.QtNetwork import QLocalSocket

    while (remaining := _remaining_ms(deadline)) > 0:
        if wait(min(remaining, _WAIT_SLICE_MS)):
            return True
        if socket.error() != QLocalSocket.LocalSocketError.SocketTimeoutError:
            return False
    return False


class SingleInstance(QObject):
    """Decides whether this process is the first for a data folder, and links the two.

    The first calls :meth:`acquire` (True) and listens for :attr:`message_received`; a
    later process gets False and calls :meth:`forward` with its arguments. Reading happens
    on the event loop as bytes arrive; nothing here waits on the UI thread.

    If the lock cannot be checked at all (an unwritable folder, a file system without
    locks), :meth:`acquire` still returns True so the app runs, unguarded, and
    :attr:`problem` says why in plain words.

    Signals:
        message_received(list): a later process forwarded these arguments.
    """

    message_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock_path = self.data_dir / LOCK_NAME
        # Put in words when read: the lock is taken before the language is installed.
        self._problem: Callable[[], str] | None = None
        self._fd: int | None = None
        self._server: QLocalServer | None = None

    @functools.cached_property
    def server_name(self) -> str:
        return server_name(self.data_dir)

    @property
    def problem(self) -> str | None:
        """Something worth telling the user, in their language, or None."""
        return None if self._problem is None else self._problem()

    @property
    def holds_lock(self) -> bool:
        return self._fd is not None

    def acquire(self, listen: bool = True) -> bool:
        """Take the lock; False if another process has it.

        Once the lock is ours, it also starts listening, unless ``listen`` is False: then
        :meth:`listen` does it later. A later process retries for a while, so the first may
        show its window before it opens the socket.
        """
        if self._fd is not None:
            return True
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # os.open's descriptors are not inherited, so a child (a sound player) can
            # never keep the lock alive after this process has gone.
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            file, reason = self.lock_path, error.strerror or str(error)
            self._problem = lambda: translate(
                "single instance",
                "Could not check for another running BackRelief ({file}: {reason}). Running "
                "without that check.",
            ).format(file=file, reason=reason)
            return True
        try:
            locked = _try_lock(fd)
        except OSError as error:
            os.close(fd)
            file, reason = self.lock_path, error.strerror or str(error)
            self._problem = lambda: translate(
                "single instance",
                "Could not lock {file} ({reason}); another BackRelief may be running on the "
                "same data folder.",
            ).format(file=file, reason=reason)
            return True
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        if sys.platform != "win32":  # for people and for holder_pid; Windows locks reads
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Open the socket later processes forward their arguments to (once, lock held)."""
        if self._fd is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket by this name is a dead first process's leftover.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            reason = server.errorString()
            self._problem = lambda: translate(
                "single instance",
                "Another BackRelief started later will not be able to reach this one ({reason}).",
            ).format(reason=reason)
            server.deleteLater()
            return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def holder_pid(self) -> int | None:
        """The process id the first wrote into the lock file, if it can be read."""
        try:
            return int(self.lock_path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            buffer = MessageBuffer()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._on_ready_read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            self._on_ready_read(socket, buffer)  # bytes may have come before the connect

    def _on_ready_read(self, socket: QLocalSocket, buffer: MessageBuffer) -> None:
        from PySide6.QtNetwork import QLocalSocket

        data = socket.readAll().data()
        if not data:
            return
        try:
            messages = buffer.feed(bytes(data))
        except MessageError:
            socket.abort()
            socket.deleteLater()
            return
        for argv in messages:
            self.message_received.emit(argv)
            if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
                socket.write(ACK)
                socket.flush()  # into the kernel now, without waiting: the sender is waiting

    def forward(self, argv: Sequence[str], timeout_ms: int = 2000) -> bool:
        """Send ``argv`` to the first process; True once it has acknowledged them.

        False (never an exception) if nobody answers within ``timeout_ms``: no first
        process, or one that hangs. This blocks, so call it before the event loop runs, or
        from another thread.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        try:
            return self._send(socket, encode_message(argv), deadline)
        finally:
            socket.abort()

    def _send(self, socket: QLocalSocket, message: bytes, deadline: float) -> bool:
        if not self._connect(socket, deadline):
            return False
        socket.write(message)
        while socket.bytesToWrite() > 0:
            if not _wait(socket, socket.waitForBytesWritten, deadline):
                return False
        reply = b""
        while not reply.endswith(b"\n"):
            if socket.bytesAvailable() == 0 and not _wait(
                socket, socket.waitForReadyRead, deadline
            ):
                return False
            reply += bytes(socket.readAll().data())
        return reply == ACK

    def _connect(self, socket: QLocalSocket, deadline: float) -> bool:
        """Connect, retrying while the first may still be a moment from listening."""
        from PySide6.QtNetwork import QLocalSocket

        retry = (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        while True:
            socket.connectToServer(self.server_name)
            if _wait(socket, socket.waitForConnected, deadline):
                return True
            if socket.error() not in retry or _remaining_ms(deadline) <= _CONNECT_RETRY_S * 1000:
                return False
            socket.abort()
            time.sleep(_CONNECT_RETRY_S)

    def release(self) -> None:
        """Stop listening and let the lock go (the file stays: removing it would race)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

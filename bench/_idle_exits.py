"""The final counters of every task that ends, from the kernel's taskstats (for idle_tray.py).

/proc shows only the threads and processes alive when it is read: a child that starts and
ends between two readings (Safe Eyes runs ``xprintidle`` every 2 s), or a short-lived
thread, would be missed. Registered for the exits on every CPU, the kernel sends one
taskstats record per ending task (thread), with its context switches and run time; the
bench drains them after each reading of /proc and adds those that belong to a measured
tree. Needs CAP_NET_ADMIN (root) and a kernel with CONFIG_TASKSTATS; without them the
bench says so and carries on with /proc alone.
"""

from __future__ import annotations

import errno
import os
import socket
import struct
from dataclasses import dataclass
from pathlib import Path

NETLINK_GENERIC = 16
GENL_ID_CTRL = 0x10
CTRL_CMD_GETFAMILY = 3
CTRL_ATTR_FAMILY_ID = 1
CTRL_ATTR_FAMILY_NAME = 2
NLM_F_REQUEST = 0x1
NLM_F_ACK = 0x4
NLMSG_ERROR = 0x2
TASKSTATS_CMD_GET = 1
TASKSTATS_GENL_VERSION = 1
TASKSTATS_CMD_ATTR_REGISTER_CPUMASK = 3
TASKSTATS_CMD_ATTR_DEREGISTER_CPUMASK = 4
TASKSTATS_TYPE_PID = 1
TASKSTATS_TYPE_STATS = 3
TASKSTATS_TYPE_AGGR_PID = 4
SO_RCVBUFFORCE = 33
RECEIVE_BUFFER = 32 * 1024 * 1024

# Offsets in struct taskstats (linux/taskstats.h; the struct only ever grows at its end).
OFFSET_RUN_REAL_TOTAL = 64  # __u64 ns on a CPU
OFFSET_COMM = 80  # char[32]
OFFSET_PID = 128  # __u32 (the thread id)
OFFSET_PPID = 132  # __u32 (the parent's process id)
OFFSET_NVCSW = 272  # __u64
OFFSET_NIVCSW = 280  # __u64
OFFSET_TGID = 368  # __u32, since taskstats version 13
TGID_VERSION = 13


@dataclass(frozen=True)
class TaskExit:
    tid: int
    tgid: int  # 0 if the kernel's taskstats is older than version 13
    ppid: int
    comm: str
    voluntary: int
    nonvoluntary: int
    runtime_ns: int


def _attribute(kind: int, payload: bytes) -> bytes:
    length = 4 + len(payload)
    return struct.pack("HH", length, kind) + payload + b"\0" * (-length % 4)


def _attributes(data: bytes) -> dict[int, bytes]:
    found: dict[int, bytes] = {}
    offset = 0
    while offset + 4 <= len(data):
        length, kind = struct.unpack_from("HH", data, offset)
        if length < 4:
            break
        found[kind & 0x3FFF] = data[offset + 4 : offset + length]
        offset += length + (-length % 4)
    return found


def _messages(data: bytes) -> list[tuple[int, bytes]]:
    messages = []
    offset = 0
    while offset + 16 <= len(data):
        length, kind = struct.unpack_from("IH", data, offset)
        if length < 16:
            break
        messages.append((kind, data[offset + 16 : offset + length]))
        offset += length + (-length % 4)
    return messages


def parse_stats(stats: bytes) -> TaskExit:
    version = struct.unpack_from("H", stats, 0)[0]
    tgid = 0
    if version >= TGID_VERSION and len(stats) >= OFFSET_TGID + 4:
        tgid = struct.unpack_from("I", stats, OFFSET_TGID)[0]
    return TaskExit(
        tid=struct.unpack_from("I", stats, OFFSET_PID)[0],
        tgid=tgid,
        ppid=struct.unpack_from("I", stats, OFFSET_PPID)[0],
        comm=stats[OFFSET_COMM : OFFSET_COMM + 32].split(b"\0", 1)[0].decode(errors="replace"),
        voluntary=struct.unpack_from("Q", stats, OFFSET_NVCSW)[0],
        nonvoluntary=struct.unpack_from("Q", stats, OFFSET_NIVCSW)[0],
        runtime_ns=struct.unpack_from("Q", stats, OFFSET_RUN_REAL_TOTAL)[0],
    )


class ExitListener:
    """Receives a TaskExit for every task that ends on the machine, until closed."""

    def __init__(self) -> None:
        self.lost = False  # the receive buffer overflowed: some exits were dropped
        self._sequence = 0
        self._cpus = Path("/sys/devices/system/cpu/possible").read_text().strip()
        self._socket = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_GENERIC)
        try:
            try:
                self._socket.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, RECEIVE_BUFFER)
            except PermissionError:
                self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
            self._socket.bind((0, 0))
            self._family = self._family_id(b"TASKSTATS")
            self._command(TASKSTATS_CMD_ATTR_REGISTER_CPUMASK)
        except BaseException:
            self._socket.close()
            raise
        self._socket.setblocking(False)

    def _request(self, family: int, command: int, version: int, attribute: bytes) -> bytes:
        self._sequence += 1
        body = struct.pack("BBH", command, version, 0) + attribute
        header = struct.pack(
            "IHHII", 16 + len(body), family, NLM_F_REQUEST | NLM_F_ACK, self._sequence, 0
        )
        self._socket.send(header + body)
        while True:
            for kind, payload in _messages(self._socket.recv(65536)):
                if kind == NLMSG_ERROR:
                    code = struct.unpack_from("i", payload, 0)[0]
                    if code:
                        raise OSError(-code, os.strerror(-code))
                    return b""
                if kind == family:
                    return payload

    def _family_id(self, name: bytes) -> int:
        reply = self._request(
            GENL_ID_CTRL, CTRL_CMD_GETFAMILY, 1, _attribute(CTRL_ATTR_FAMILY_NAME, name + b"\0")
        )
        attributes = _attributes(reply[4:])
        if CTRL_ATTR_FAMILY_ID not in attributes:
            raise OSError(errno.ENOENT, "no TASKSTATS generic netlink family")
        return struct.unpack_from("H", attributes[CTRL_ATTR_FAMILY_ID])[0]

    def _command(self, which: int) -> None:
        attribute = _attribute(which, self._cpus.encode() + b"\0")
        self._request(self._family, TASKSTATS_CMD_GET, TASKSTATS_GENL_VERSION, attribute)

    def drain(self) -> list[TaskExit]:
        """Every exit received since the last drain (never blocks)."""
        exits: list[TaskExit] = []
        while True:
            try:
                data = self._socket.recv(1 << 20)
            except BlockingIOError:
                return exits
            except OSError as error:
                if error.errno == errno.ENOBUFS:
                    self.lost = True
                    continue
                raise
            for kind, payload in _messages(data):
                if kind != self._family:
                    continue
                for attr_kind, nested in _attributes(payload[4:]).items():
                    if attr_kind != TASKSTATS_TYPE_AGGR_PID:
                        continue  # the per-process aggregate repeats the per-thread records
                    inner = _attributes(nested)
                    if TASKSTATS_TYPE_STATS in inner:
                        exits.append(parse_stats(inner[TASKSTATS_TYPE_STATS]))

    def close(self) -> None:
        try:
            self._socket.setblocking(True)
            self._command(TASKSTATS_CMD_ATTR_DEREGISTER_CPUMASK)
        except OSError:
            pass
        finally:
            self._socket.close()


def open_listener() -> tuple[ExitListener | None, str | None]:
    """A listener, or None and why there is none."""
    try:
        return ExitListener(), None
    except OSError as error:
        return None, f"taskstats exit records unavailable ({error.strerror or error})"

"""Reading /proc for ``bench/idle_tray.py``: process trees, CPU time, context switches, memory.

Linux only. Nothing here writes to /proc or signals anything; reading another process's
/proc files does not wake it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _idle_exits import TaskExit

PROC = Path("/proc")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None


@dataclass(frozen=True)
class Stat:
    """The fields of /proc/PID/stat that the bench uses."""

    pid: int
    comm: str
    ppid: int
    pgid: int
    ticks: int  # utime + stime + cutime + cstime, in clock ticks


def read_stat(pid: int) -> Stat | None:
    text = _read(PROC / str(pid) / "stat")
    if text is None:
        return None
    # The name is in parentheses and may itself hold spaces and parentheses.
    head, _, rest = text.rpartition(")")
    comm = head.partition("(")[2]
    fields = rest.split()
    # fields[0] is field 3 (state): ppid is field 4, pgrp 5, utime 14 ... cstime 17.
    ticks = sum(int(value) for value in fields[11:15])
    return Stat(pid=pid, comm=comm, ppid=int(fields[1]), pgid=int(fields[2]), ticks=ticks)


def all_stats() -> dict[int, Stat]:
    stats: dict[int, Stat] = {}
    for entry in os.scandir(PROC):
        if entry.name.isdigit():
            stat = read_stat(int(entry.name))
            if stat is not None:
                stats[stat.pid] = stat
    return stats


def descendants(root: int, stats: dict[int, Stat], include_root: bool = True) -> list[int]:
    """``root`` (if alive and asked for) and every process below it, parents first."""
    children: dict[int, list[int]] = {}
    for stat in stats.values():
        children.setdefault(stat.ppid, []).append(stat.pid)
    found = [root] if include_root and root in stats else []
    queue = list(children.get(root, []))
    while queue:
        pid = queue.pop(0)
        found.append(pid)
        queue.extend(children.get(pid, []))
    return found


@dataclass(frozen=True)
class ThreadCounters:
    process: str  # the process's name (comm)
    thread: str  # the thread's name (/proc/PID/task/TID/comm)
    voluntary: int
    nonvoluntary: int
    runtime_ns: int  # time on a CPU, /proc/PID/task/TID/schedstat


def read_threads(pid: int, process: str) -> dict[tuple[int, int], ThreadCounters]:
    """Counters of each live thread of ``pid``, keyed by (pid, tid)."""
    threads: dict[tuple[int, int], ThreadCounters] = {}
    try:
        tids = [int(e.name) for e in os.scandir(PROC / str(pid) / "task") if e.name.isdigit()]
    except (FileNotFoundError, ProcessLookupError):
        return threads
    for tid in tids:
        task = PROC / str(pid) / "task" / str(tid)
        status, comm, schedstat = (
            _read(task / "status"),
            _read(task / "comm"),
            _read(task / "schedstat"),
        )
        if status is None or comm is None:
            continue
        counts = {"voluntary_ctxt_switches": 0, "nonvoluntary_ctxt_switches": 0}
        for line in status.splitlines():
            name, _, value = line.partition(":")
            if name in counts:
                counts[name] = int(value)
        runtime = int(schedstat.split()[0]) if schedstat else 0
        threads[(pid, tid)] = ThreadCounters(
            process=process,
            thread=comm.strip(),
            voluntary=counts["voluntary_ctxt_switches"],
            nonvoluntary=counts["nonvoluntary_ctxt_switches"],
            runtime_ns=runtime,
        )
    return threads


def read_memory_kib(pid: int) -> tuple[int, int]:
    """Rss and Pss of ``pid`` in KiB, from /proc/PID/smaps_rollup ((0, 0) if it is gone)."""
    text = _read(PROC / str(pid) / "smaps_rollup")
    values = {"Rss": 0, "Pss": 0}
    for line in (text or "").splitlines():
        name, _, rest = line.partition(":")
        if name in values:
            values[name] = int(rest.split()[0])
    return values["Rss"], values["Pss"]


@dataclass
class TreeSample:
    """One reading of a process tree."""

    pids: list[int]
    names: dict[int, str]
    ticks: int  # summed over the live processes (their reaped children included)
    threads: dict[tuple[int, int], ThreadCounters]
    at: float  # time.monotonic() when read


def sample_pids(pids: list[int], stats: dict[int, Stat]) -> TreeSample:
    """Read the counters of ``pids`` (as found in ``stats``, one scan of /proc)."""
    at = time.monotonic()
    pids = [pid for pid in pids if pid in stats]
    threads: dict[tuple[int, int], ThreadCounters] = {}
    for pid in pids:
        threads.update(read_threads(pid, stats[pid].comm))
    return TreeSample(
        pids=pids,
        names={pid: stats[pid].comm for pid in pids},
        ticks=sum(stats[pid].ticks for pid in pids),
        threads=threads,
        at=at,
    )


@dataclass
class ThreadTally:
    """Counts over the window for one thread (from its first to its last reading)."""

    process: str
    thread: str
    pid: int
    tid: int
    voluntary: int = 0
    nonvoluntary: int = 0
    runtime_ns: int = 0
    started_in_window: bool = False
    ended_in_window: bool = False
    woke_by: list[float] = field(default_factory=list)  # samples that found its count risen


class WindowTally:
    """Context switches and CPU time of a tree over a window, from repeated samples.

    Each sample may come with the exit records (``_idle_exits.TaskExit``) drained just after
    it. A thread's count runs from its value in the first sample (0 for a thread born
    later) to its value in the last sample, or else to its exit record, or else to its
    last reading. An exit record belongs to the tree when its process was in this sample
    or the one before, or when its parent was (a child that started and ended between two
    samples); without exit records such a child or thread is missed, though its CPU time
    still reaches its parent's cutime/cstime, and so the ticks, once it is reaped.
    """

    def __init__(self, first: TreeSample, exits: list[TaskExit] | None = None) -> None:
        self.first = first
        self.last = first
        self.threads: dict[tuple[int, int], ThreadTally] = {}
        self.processes_started: set[int] = set()
        self._base = dict(first.threads)
        self._latest = dict(first.threads)
        self._ended: dict[tuple[int, int], ThreadCounters] = {}
        self._names = dict(first.names)
        self._tgid = {tid: pid for pid, tid in first.threads}
        self._woke: dict[tuple[int, int], list[float]] = {}
        self._absorb(exits or [], set(first.pids))

    def add(self, sample: TreeSample, exits: list[TaskExit] | None = None) -> None:
        previous = set(self.last.pids)
        first = set(self.first.pids)
        self.processes_started.update(p for p in sample.pids if p not in first)
        for key, counters in sample.threads.items():
            before = self._latest.get(key)
            done = before.voluntary + before.nonvoluntary if before else 0
            if counters.voluntary + counters.nonvoluntary > done:
                self._woke.setdefault(key, []).append(sample.at)
        self._latest.update(sample.threads)
        self._names.update(sample.names)
        self._tgid.update({tid: pid for pid, tid in sample.threads})
        self.last = sample
        self._absorb(exits or [], previous | set(sample.pids), sample.at)

    def _absorb(self, exits: list[TaskExit], ours: set[int], at: float | None = None) -> None:
        pending = list(exits)
        changed = True
        while changed:  # a child's record comes before its parent's: go round until done
            changed = False
            for record in list(pending):
                tgid = record.tgid or self._tgid.get(record.tid, record.tid)
                if tgid not in ours and record.ppid not in ours:
                    continue
                if tgid not in ours:  # a child born and ended between two samples
                    ours.add(tgid)
                    self.processes_started.add(tgid)
                if record.tid == tgid:
                    self._names.setdefault(tgid, record.comm)
                key = (tgid, record.tid)
                seen = self._latest.get(key)
                done = seen.voluntary + seen.nonvoluntary if seen else 0
                if at is not None and record.voluntary + record.nonvoluntary > done:
                    woke = self._woke.setdefault(key, [])
                    if not woke or woke[-1] != at:
                        woke.append(at)
                self._ended[key] = ThreadCounters(
                    process=self._names.get(tgid, record.comm),
                    thread=record.comm,
                    voluntary=record.voluntary,
                    nonvoluntary=record.nonvoluntary,
                    runtime_ns=record.runtime_ns,
                )
                pending.remove(record)
                changed = True

    def finish(self) -> None:
        live = self.last.threads
        self.threads = {}
        for key in list(self._latest) + [k for k in self._ended if k not in self._latest]:
            final = live.get(key) or self._ended.get(key) or self._latest[key]
            if key not in live and key in self._ended and key in self._latest:
                # Seen alive, then ended: the exit record's switch counts are final, but its
                # run time is tick-sampled; the last schedstat reading is the exact one.
                final = replace(final, runtime_ns=self._latest[key].runtime_ns)
            base = self._base.get(key)
            self.threads[key] = ThreadTally(
                process=self._names.get(key[0], final.process),
                thread=final.thread,
                pid=key[0],
                tid=key[1],
                voluntary=final.voluntary - (base.voluntary if base else 0),
                nonvoluntary=final.nonvoluntary - (base.nonvoluntary if base else 0),
                runtime_ns=final.runtime_ns - (base.runtime_ns if base else 0),
                started_in_window=base is None,
                ended_in_window=key not in live,
                woke_by=self._woke.get(key, []),
            )

    @property
    def ticks(self) -> int:
        return self.last.ticks - self.first.ticks

    @property
    def voluntary(self) -> int:
        return sum(t.voluntary for t in self.threads.values())

    @property
    def nonvoluntary(self) -> int:
        return sum(t.nonvoluntary for t in self.threads.values())

    @property
    def runtime_ns(self) -> int:
        return sum(t.runtime_ns for t in self.threads.values())

"""Idle cost after start, in the tray: BackRelief vs Workrave, Safe Eyes and a bare window.

Run (from the repository root, with the venv's Python, as root so that the kernel's
taskstats can be read; nothing else heavy meanwhile)::

    /tmp/venv/bin/python bench/idle_tray.py --json /tmp/idle.json

Needs Debian's ``xvfb``, ``dbus-daemon``, ``trayer``, ``workrave`` and ``safeeyes``; a
missing peer, or a BackRelief without ``--background``, is reported as not measured and
the others are measured all the same. ``--seconds`` sets the window (default 60),
``--runs`` the starts of each program (default 5; medians are reported), ``--settle`` the
wait after start (default 5 s), ``--programs`` a subset, ``--tray none`` runs without a
tray host, ``--json FILE`` also saves the results.

Each start of each program gets a private desktop of its own (``bench/_idle_session.py``):
a fresh Xvfb (one per program start, its display number picked by Xvfb), a private D-Bus
session bus and a second private bus given as the system bus (``dbus-daemon --session
--nofork``; Safe Eyes will not start without a system bus), the XEmbed tray host
``trayer``, waited for through the tray selection (no window manager: none of the four
needs one), and a throwaway HOME and XDG folders, so each program starts with its
defaults; the environment is the same for all four. The programs: a bare PySide6 window
(``bench/_idle_bare.py``: a QWidget shown, then ``exec``; the floor), ``workrave``,
``safeeyes`` and ``python -m backrelief_gui --data-dir DIR --background`` (a fresh data
folder with the safety note acknowledged). The order rotates from one run to the next.

After the settle time, the program's process tree (it and its descendants) is read
every ``--sample`` seconds over the window, without waking it. CPU: utime + stime (and
cutime + cstime, so that children reaped inside the window count) from /proc/PID/stat,
summed over the tree, as % of one core (10 ms resolution: one tick in 60 s is 0.017 %);
alongside, the nanosecond run time of the threads from /proc/PID/task/*/schedstat.
Wake-ups: voluntary + nonvoluntary context switches from /proc/PID/task/*/status, summed
over every thread of the tree, per second and per minute, with a per-thread breakdown by
/proc/PID/task/*/comm. Threads and children that end inside the window (Safe Eyes runs
``xprintidle`` every 2 s) are counted from the kernel's taskstats exit records
(``bench/_idle_exits.py``), which /proc no longer shows. Memory: Rss and Pss from
/proc/PID/smaps_rollup summed over the tree at the end. Processes started on a program's
behalf through its private session bus (at-spi-bus-launcher, dconf-service, ...) are
not part of its tree; they are reported apart as helpers. Everything is ended by process
group after each start, and on Ctrl-C. Performance is measured only here, never in the
unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from _idle_exits import ExitListener, open_listener
from _idle_proc import (
    CLOCK_TICKS,
    WindowTally,
    all_stats,
    descendants,
    read_memory_kib,
    sample_pids,
)
from _idle_session import Session, SessionError, become_subreaper, sweep_orphans

REPO = Path(__file__).resolve().parent.parent
BARE = Path(__file__).with_name("_idle_bare.py")
KINDS = ("bare", "workrave", "safe-eyes", "backrelief")
TITLES = {
    "bare": "bare PySide6 window (floor)",
    "workrave": "Workrave",
    "safe-eyes": "Safe Eyes",
    "backrelief": "BackRelief --background",
}
# Safe Eyes takes any Python process with a "safeeyes" argument for a running Safe Eyes
# (and then quits), so the bench's own name for it is "safe-eyes".
EXECUTABLES = {"workrave": "workrave", "safe-eyes": "safeeyes"}
CPU_TARGET_PERCENT = 0.0005  # shown with three decimals: 0.000 %
WAKEUPS_TARGET_PER_MIN = 1.0  # beyond the floor's
MIN_SECONDS = 60.0
MIB = 1024.0


@dataclass
class Measurement:
    kind: str
    run: int
    measured: bool
    reason: str | None = None
    display: str = ""
    seconds: float = 0.0  # the window as it really lasted
    cpu_ticks: int = 0
    cpu_percent: float = 0.0  # utime+stime(+cutime+cstime) ticks, % of one core
    cpu_percent_ns: float = 0.0  # summed schedstat run time of the threads, % of one core
    voluntary: int = 0
    nonvoluntary: int = 0
    switches_per_s: float = 0.0
    switches_per_min: float = 0.0
    rss_mib: float = 0.0
    pss_mib: float = 0.0
    processes: list[str] = field(default_factory=list)
    processes_started_in_window: int = 0
    threads: list[dict[str, object]] = field(default_factory=list)
    helpers: dict[str, object] = field(default_factory=dict)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--seconds", type=float, default=60.0, help="measurement window (default 60)"
    )
    parser.add_argument("--runs", type=int, default=5, help="starts of each program (default 5)")
    parser.add_argument(
        "--settle", type=float, default=5.0, help="wait after start before measuring (default 5)"
    )
    parser.add_argument(
        "--sample", type=float, default=1.0, help="read /proc every this many s (default 1)"
    )
    parser.add_argument(
        "--programs",
        nargs="+",
        choices=KINDS,
        default=list(KINDS),
        metavar="NAME",
        help=f"a subset of {', '.join(KINDS)} (default all)",
    )
    parser.add_argument(
        "--tray",
        choices=("trayer", "none"),
        default="trayer",
        help="trayer: an XEmbed tray host on each display (default); none: no tray at all",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.seconds <= 0 or args.settle < 0 or args.sample <= 0:
        parser.error("--runs must be at least 1, --seconds and --sample above 0, --settle >= 0")
    args.programs = [k for k in KINDS if k in args.programs]
    return args


def command_for(kind: str, data_dir: Path) -> list[str]:
    if kind == "bare":
        return [sys.executable, str(BARE)]
    if kind == "backrelief":
        return [sys.executable, "-m", "backrelief_gui", "--data-dir", str(data_dir), "--background"]
    return [EXECUTABLES[kind]]


def unavailable(kind: str) -> str | None:
    """Why ``kind`` cannot be started at all here, or None."""
    executable = EXECUTABLES.get(kind)
    if executable and shutil.which(executable) is None:
        return f"{executable} is not installed (apt-get install {executable})"
    if kind == "backrelief":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        try:
            result = subprocess.run(
                [sys.executable, "-m", "backrelief_gui", "--help"],
                check=False,
                capture_output=True,
                text=True,
                cwd=REPO,
                env=env,
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            return "`python -m backrelief_gui --help` did not return within 60 s"
        if result.returncode != 0:
            return f"`python -m backrelief_gui --help` failed: {result.stderr.strip()[-300:]}"
        if "--background" not in result.stdout:
            return "`python -m backrelief_gui` has no --background option yet (not in its --help)"
    return None


def missing_tools(tray: str) -> list[str]:
    tools = {"Xvfb": "xvfb", "dbus-daemon": "dbus-daemon"}
    if tray == "trayer":
        tools["trayer"] = "trayer"
    return [
        f"{tool} (apt-get install {pkg})" for tool, pkg in tools.items() if not shutil.which(tool)
    ]


def log_tail(path: Path, lines: int = 6) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return ""
    tail = [line for line in text.splitlines() if line.strip()][-lines:]
    return "\n".join("      | " + line for line in tail)


def thread_rows(tally: WindowTally, seconds: float, launched: float) -> list[dict[str, object]]:
    """Per-thread counts, each thread named by process, thread name and its ordinal.

    Threads that both started and ended inside the window (short-lived children, say)
    are added up into one row per process and thread name, with ordinal 0. ``woke_by``
    lists the samples (in seconds since the program was started) that found the thread's
    count risen: it woke at least once in the ``--sample`` seconds before each.
    """
    order: dict[int, int] = {}
    for pid in tally.first.pids + tally.last.pids:
        order.setdefault(pid, len(order))
    rows: list[dict[str, object]] = []
    seen: dict[tuple[str, str], int] = {}
    brief: dict[tuple[str, str], dict[str, object]] = {}
    for key in sorted(
        tally.threads, key=lambda k: (order.get(k[0], len(order)), k[0], k[1] != k[0], k[1])
    ):
        t = tally.threads[key]
        if t.started_in_window and t.ended_in_window:
            row = brief.setdefault(
                (t.process, t.thread),
                {"process": t.process, "thread": t.thread, "ordinal": 0, "tasks": 0, "main": False}
                | dict.fromkeys(("voluntary", "nonvoluntary", "cpu_ms"), 0),
            )
            row["tasks"] = int(row["tasks"]) + 1
            row["main"] = bool(row["main"]) or t.pid == t.tid
            row["voluntary"] = int(row["voluntary"]) + t.voluntary
            row["nonvoluntary"] = int(row["nonvoluntary"]) + t.nonvoluntary
            row["cpu_ms"] = float(row["cpu_ms"]) + t.runtime_ns / 1e6
            continue
        ordinal = seen.get((t.process, t.thread), 0) + 1
        seen[(t.process, t.thread)] = ordinal
        rows.append(
            {
                "process": t.process,
                "thread": t.thread,
                "ordinal": ordinal,
                "tasks": 1,
                "main": t.pid == t.tid,
                "voluntary": t.voluntary,
                "nonvoluntary": t.nonvoluntary,
                "cpu_ms": t.runtime_ns / 1e6,
                "started_in_window": t.started_in_window,
                "ended_in_window": t.ended_in_window,
                "woke_by": [round(at - launched, 1) for at in t.woke_by],
            }
        )
    rows.extend(brief.values())
    for row in rows:
        switches = int(row["voluntary"]) + int(row["nonvoluntary"])
        row["switches_per_min"] = switches * 60 / seconds
    return rows


def memory_mib(pids: list[int]) -> tuple[float, float]:
    rss = pss = 0
    for pid in pids:
        r, p = read_memory_kib(pid)
        rss, pss = rss + r, pss + p
    return rss / MIB, pss / MIB


class ProgramExitedError(Exception):
    """The program ended before the end of the window."""


@dataclass
class Watch:
    """The program's tree and its helpers, read over the window."""

    program: subprocess.Popen[bytes]
    session: Session
    before: set[int]  # what ran below the bench before the program started
    exits: ExitListener | None

    def groups(self, stats: dict) -> tuple[list[int], list[int]]:
        """The program's tree, and what else runs below the bench since it started."""
        tree = descendants(self.program.pid, stats)
        skip = set(tree) | self.session.infrastructure_pids(stats) | self.before
        own = descendants(os.getpid(), stats, include_root=False)
        return tree, [pid for pid in own if pid not in skip]

    def run(self, seconds: float, every: float) -> tuple[WindowTally, WindowTally, float]:
        if self.exits is not None:
            self.exits.drain()  # the exits before the window are none of its business
        stats = all_stats()
        started = now = time.monotonic()
        tree, helpers = self.groups(stats)
        ended = self.exits.drain() if self.exits is not None else []
        main = WindowTally(sample_pids(tree, stats), ended)
        side = WindowTally(sample_pids(helpers, stats), ended)
        end = started + seconds
        step = 0
        while now < end:
            step += 1
            due = min(started + step * every, end)
            time.sleep(max(0.0, due - time.monotonic()))  # the measurement window itself
            now = time.monotonic()
            stats = all_stats()
            if self.program.poll() is not None:
                raise ProgramExitedError(
                    f"exited with code {self.program.returncode} in the window"
                )
            tree, helpers = self.groups(stats)
            ended = self.exits.drain() if self.exits is not None else []
            main.add(sample_pids(tree, stats), ended)
            side.add(sample_pids(helpers, stats), ended)
            now = max(now, due)
        main.finish()
        side.finish()
        return main, side, now - started


def measured(kind: str, run: int, display: str, launched: float, tallies: tuple) -> Measurement:
    main, side, seconds = tallies
    rss, pss = memory_mib(main.last.pids)
    helper_rss, helper_pss = memory_mib(side.last.pids)
    switches = main.voluntary + main.nonvoluntary
    return Measurement(
        kind=kind,
        run=run,
        measured=True,
        display=display,
        seconds=seconds,
        cpu_ticks=main.ticks,
        cpu_percent=main.ticks / CLOCK_TICKS / seconds * 100,
        cpu_percent_ns=main.runtime_ns / 1e9 / seconds * 100,
        voluntary=main.voluntary,
        nonvoluntary=main.nonvoluntary,
        switches_per_s=switches / seconds,
        switches_per_min=switches * 60 / seconds,
        rss_mib=rss,
        pss_mib=pss,
        processes=[main.last.names[p] for p in main.last.pids],
        processes_started_in_window=len(main.processes_started),
        threads=thread_rows(main, seconds, launched),
        helpers={
            "processes": sorted(side.last.names.values()),
            "cpu_percent": side.ticks / CLOCK_TICKS / seconds * 100,
            "switches_per_s": (side.voluntary + side.nonvoluntary) / seconds,
            "rss_mib": helper_rss,
            "pss_mib": helper_pss,
        },
    )


def measure_start(
    kind: str, run: int, args: argparse.Namespace, temp: Path, exits: ExitListener | None
) -> Measurement:
    """Start ``kind`` on a private desktop, let it settle, then watch it over the window."""
    folder = temp / f"run{run}-{kind}"
    folder.mkdir()
    session = Session(folder, args.tray, temp / "pycache")

    def failed(why: str) -> Measurement:
        tail = log_tail(folder / f"{kind}.log")
        if kind == "safe-eyes":
            why += " (Safe Eyes quits at once if another Safe Eyes runs on the machine)"
        return Measurement(kind, run, False, why + ("\n" + tail if tail else ""))

    try:
        session.start()
        before = set(descendants(os.getpid(), all_stats(), include_root=False))
        data_dir = folder / "data"
        data_dir.mkdir()
        # A known state for every start, as bench/startup.py has it: no safety note.
        (data_dir / "settings.json").write_text('{"safety_acknowledged": true}', encoding="utf-8")
        launched = time.monotonic()
        program = session.spawn(kind, command_for(kind, data_dir), cwd=REPO)
        try:
            code = program.wait(timeout=args.settle)
            return failed(f"exited with code {code} within the {args.settle:g} s settle time")
        except subprocess.TimeoutExpired:
            pass
        watch = Watch(program, session, before, exits)
        tallies = watch.run(args.seconds, args.sample)
        return measured(kind, run, session.display, launched, tallies)
    except ProgramExitedError as error:
        return failed(str(error))
    except SessionError as error:
        return Measurement(kind, run, False, f"the private desktop failed: {error}")
    finally:
        session.close()


def measure(
    args: argparse.Namespace, skipped: dict[str, str], exits: ExitListener | None
) -> list[Measurement]:
    kinds = [k for k in args.programs if k not in skipped]
    results: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="backrelief-idle-") as temp:
        for run in range(1, args.runs + 1):
            shift = (run - 1) % len(kinds) if kinds else 0
            for kind in kinds[shift:] + kinds[:shift]:
                result = measure_start(kind, run, args, Path(temp), exits)
                results.append(result)
                if result.measured:
                    print(
                        f"  run {run}  {TITLES[kind]:28} CPU {result.cpu_percent:6.3f} %  "
                        f"{result.switches_per_s:7.2f} switches/s  "
                        f"RSS {result.rss_mib:6.1f}  PSS {result.pss_mib:6.1f} MiB",
                        flush=True,
                    )
                else:
                    print(f"  run {run}  {TITLES[kind]:28} not measured: {result.reason}")
    return results


FIGURES = (
    ("CPU % (ticks)", "cpu_percent", "{:.3f}"),
    ("CPU % (ns)", "cpu_percent_ns", "{:.4f}"),
    ("switches/s", "switches_per_s", "{:.2f}"),
    ("switches/min", "switches_per_min", "{:.1f}"),
    ("RSS MiB", "rss_mib", "{:.1f}"),
    ("PSS MiB", "pss_mib", "{:.1f}"),
)
HELPER_FIGURES = ("cpu_percent", "switches_per_s", "rss_mib", "pss_mib")


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def summarise(results: list[Measurement]) -> dict[str, dict[str, object]]:
    """For each program: median, min and max of each figure over its measured starts."""
    table: dict[str, dict[str, object]] = {}
    for kind in KINDS:
        done = [r for r in results if r.kind == kind and r.measured]
        if not done:
            continue
        entry: dict[str, object] = {"runs": len(done)}
        for _, name, _ in FIGURES:
            entry[name] = spread([getattr(r, name) for r in done])
        entry["helpers"] = {
            name: spread([float(r.helpers[name]) for r in done]) for name in HELPER_FIGURES
        }
        entry["helper_processes"] = sorted({p for r in done for p in r.helpers["processes"]})
        entry["processes_started_in_window"] = spread(
            [float(r.processes_started_in_window) for r in done]
        )
        entry["threads"] = summarise_threads(done)
        table[kind] = entry
    return table


def summarise_threads(done: list[Measurement]) -> list[dict[str, object]]:
    """Median per thread (process, name, ordinal) over the starts; absent counts as 0."""
    keys: list[tuple[str, str, int]] = []
    per_run: list[dict[tuple[str, str, int], dict[str, object]]] = []
    for result in done:
        rows = {(str(t["process"]), str(t["thread"]), int(t["ordinal"])): t for t in result.threads}
        per_run.append(rows)
        keys.extend(k for k in rows if k not in keys)
    summary = []
    for key in keys:
        rows = [run.get(key) for run in per_run]
        summary.append(
            {
                "process": key[0],
                "thread": key[1],
                "ordinal": key[2],
                "runs_seen": sum(1 for r in rows if r is not None),
                "tasks": statistics.median(float(r["tasks"]) if r else 0.0 for r in rows),
                "switches_per_min": statistics.median(
                    float(r["switches_per_min"]) if r else 0.0 for r in rows
                ),
                "cpu_ms": statistics.median(float(r["cpu_ms"]) if r else 0.0 for r in rows),
            }
        )
    return summary


def verdicts(table: dict[str, dict[str, object]]) -> dict[str, object]:
    def median(kind: str, name: str) -> float | None:
        entry = table.get(kind)
        return None if entry is None else float(entry[name]["median"])  # type: ignore[index]

    app_cpu = median("backrelief", "cpu_percent")
    app_wakeups = median("backrelief", "switches_per_min")
    floor_wakeups = median("bare", "switches_per_min")
    app_pss = median("backrelief", "pss_mib")
    peer_pss = median("safe-eyes", "pss_mib")
    result: dict[str, object] = {}
    if app_cpu is not None:
        result["cpu_percent"] = app_cpu
        result["cpu_pass"] = app_cpu < CPU_TARGET_PERCENT
    if app_wakeups is not None and floor_wakeups is not None:
        extra = app_wakeups - floor_wakeups
        result["wakeups_beyond_floor_per_min"] = extra
        result["wakeups_pass"] = extra <= WAKEUPS_TARGET_PER_MIN
    if app_pss is not None and peer_pss is not None:
        result["pss_below_safeeyes_mib"] = peer_pss - app_pss
        result["pss_pass"] = app_pss < peer_pss
    return result


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    try:
        found["pyside6"] = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        found["pyside6"] = metadata.version("PySide6")
    for package in ("workrave", "safeeyes", "xvfb", "trayer"):
        try:
            out = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            out = "not installed"
        found[package] = out
    return found


def print_table(args: argparse.Namespace, table: dict, reasons: dict[str, str]) -> None:
    header = f"{'program':30}" + "".join(f"{title:>14}" for title, _, _ in FIGURES)
    print(header)
    print("-" * len(header))
    for kind in args.programs:
        entry = table.get(kind)
        if entry is None:
            why = reasons.get(kind, "not measured").split("\n", 1)[0]
            print(f"{TITLES[kind]:30}  could not be measured: {why}")
            continue
        cells = "".join(f"{fmt.format(entry[name]['median']):>14}" for _, name, fmt in FIGURES)
        runs = entry["runs"]
        note = "" if runs == args.runs else f"  ({runs}/{args.runs} starts)"
        print(f"{TITLES[kind]:30}{cells}{note}")
    print("-" * len(header))


def print_helpers(args: argparse.Namespace, table: dict) -> None:
    print()
    print("Started on each program's behalf through its private session bus (not above):")
    for kind in args.programs:
        entry = table.get(kind)
        if entry is None:
            continue
        helpers = entry["helpers"]
        names = ", ".join(entry["helper_processes"]) or "none"
        print(
            f"  {TITLES[kind]:28} CPU {helpers['cpu_percent']['median']:.3f} %  "
            f"{helpers['switches_per_s']['median']:.2f} switches/s  "
            f"PSS {helpers['pss_mib']['median']:.1f} MiB  ({names})"
        )


def print_threads(kind: str, entry: dict, first_run: int, first_run_rows: list[dict]) -> None:
    print()
    print(f"Per thread, {TITLES[kind]} (median over starts):")
    print(f"  {'process':18}{'thread':22}{'switches/min':>14}{'CPU ms':>10}{'seen':>8}")
    print(f"  {'':40}{'':>14}{'(window)':>10}")
    for row in entry["threads"]:
        if row["ordinal"] == 0:
            name = f"{row['thread']} x{row['tasks']:g} (ended)"
        else:
            name = row["thread"] + (f" #{row['ordinal']}" if row["ordinal"] > 1 else "")
        print(
            f"  {row['process']:18}{name:22}{row['switches_per_min']:14.1f}"
            f"{row['cpu_ms']:10.2f}{row['runs_seen']:>5}/{entry['runs']}"
        )
    started = entry["processes_started_in_window"]["median"]
    print(f"  processes started in the window: {started:g} (median)")
    for row in first_run_rows:
        woke = row.get("woke_by") or []
        if woke:
            shown = ", ".join(f"{at:g}" for at in woke[:12]) + (", ..." if len(woke) > 12 else "")
            name = row["thread"] + (f" #{row['ordinal']}" if row["ordinal"] > 1 else "")
            print(f"  {name} woke by {shown} s after start (run {first_run})")


def print_targets(result: dict, reasons: dict[str, str]) -> None:
    print()
    if "cpu_pass" not in result:
        print("BackRelief could not be measured: targets not checked")
        print("  reason: " + reasons.get("backrelief", "not measured"))
        return
    ok = {True: "PASS", False: "FAIL"}
    print(
        f"BackRelief CPU               {result['cpu_percent']:7.3f} % of a core   "
        f"target 0.000 %            {ok[bool(result['cpu_pass'])]}"
    )
    if "wakeups_pass" in result:
        extra = float(result["wakeups_beyond_floor_per_min"])
        print(
            f"BackRelief wake-ups - floor  {extra:+7.1f} /min        "
            f"target <= {WAKEUPS_TARGET_PER_MIN:g} /min          {ok[bool(result['wakeups_pass'])]}"
        )
    if "pss_pass" in result:
        extra = -float(result["pss_below_safeeyes_mib"])
        print(
            f"BackRelief PSS - Safe Eyes   {extra:+7.1f} MiB         "
            f"target below Safe Eyes    {ok[bool(result['pss_pass'])]}"
        )


def print_report(
    args: argparse.Namespace,
    results: list[Measurement],
    table: dict,
    result: dict[str, object],
    reasons: dict[str, str],
    found: dict[str, str],
) -> None:
    print()
    print(
        f"Idle cost after start: median of {args.runs} start(s) each, {args.seconds:g} s window "
        f"after {args.settle:g} s settle; one Xvfb per start, tray host: {args.tray}"
    )
    print(
        f"Python {found['python']}, PySide6 {found['pyside6']}, Workrave {found['workrave']}, "
        f"Safe Eyes {found['safeeyes']}; {os.cpu_count()} CPUs, {CLOCK_TICKS} ticks/s"
    )
    print_table(args, table, reasons)
    if table:
        print_helpers(args, table)
    for kind in ("bare", "backrelief"):
        if kind in table and kind in args.programs:
            first = next(r for r in results if r.kind == kind and r.measured)
            print_threads(kind, table[kind], first.run, first.threads)
    if "backrelief" in args.programs:
        print_targets(result, reasons)


def interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def save_json(path: Path, args: argparse.Namespace, results: list[Measurement], **extra) -> None:
    path.write_text(
        json.dumps(
            {
                "seconds": args.seconds,
                "settle": args.settle,
                "sample": args.sample,
                "runs_requested": args.runs,
                "tray": args.tray,
                "xvfb": "one per program start",
                "cpus": os.cpu_count(),
                "clock_ticks_per_s": CLOCK_TICKS,
                **extra,
                "runs": [asdict(r) for r in results],
                "targets": {
                    "cpu_percent_below": CPU_TARGET_PERCENT,
                    "wakeups_beyond_floor_per_min_max": WAKEUPS_TARGET_PER_MIN,
                    "pss_below": "safe-eyes",
                },
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"saved to {path}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = missing_tools(args.tray)
    if missing:
        sys.exit("idle_tray.py: missing " + ", ".join(missing))
    become_subreaper()
    # Ctrl-C, SIGTERM and a closed terminal all end the run cleanly (even where SIGINT was
    # inherited as ignored, as for a background job).
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, interrupt)
    reasons: dict[str, str] = {}
    for kind in args.programs:
        why = unavailable(kind)
        if why:
            reasons[kind] = why
            print(f"{TITLES[kind]}: could not be measured: {why}")
    exits, no_exits = open_listener()
    print(
        f"{args.runs} run(s) of {', '.join(k for k in args.programs if k not in reasons)}: "
        f"{args.settle:g} s settle + {args.seconds:g} s window each, tray host {args.tray}; "
        + (no_exits or "tasks ending in the window counted from taskstats"),
        flush=True,
    )
    try:
        results = measure(args, dict(reasons), exits)
    except KeyboardInterrupt:
        print("\ninterrupted: everything started has been ended", file=sys.stderr)
        return 130
    finally:
        sweep_orphans()  # nothing should be left; this makes sure
        if exits is not None:
            exits.close()
    for r in results:
        if not r.measured and r.kind not in reasons:
            reasons[r.kind] = r.reason or "not measured"
    table = summarise(results)
    result = verdicts(table)
    found = versions()
    print_report(args, results, table, result, reasons, found)
    exit_records = no_exits or "taskstats"
    if exits is not None and exits.lost:
        exit_records = "taskstats, but some records were lost (receive buffer overflow)"
        print(f"note: {exit_records}: ended threads may be undercounted")
    if args.seconds < MIN_SECONDS:
        print(f"note: a window shorter than the {MIN_SECONDS:.0f} s the measurement calls for")
    if args.json:
        save_json(
            args.json,
            args,
            results,
            versions=found,
            exit_records=exit_records,
            not_measured=reasons,
            summary=table,
            result=result,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

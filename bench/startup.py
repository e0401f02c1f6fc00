"""Start-up time to the first painted window, and memory after start: the app vs a bare window.

Run (from the repository root, with the venv's Python)::

    xvfb-run -a /tmp/venv/bin/python bench/startup.py --runs 5 --json /tmp/startup.json

Under a real X server, run it without ``xvfb-run``; without ``$DISPLAY`` the script re-runs
itself under ``xvfb-run -a``; ``--platform offscreen``
uses Qt's offscreen platform instead. ``--json FILE`` also saves the results.

Each run is a fresh process started here, alternating the app and the bare window (the
order swapped every pair, after one unrecorded warm-up pair). The time runs from just
before ``subprocess.Popen`` to the end of the window's first paint, as the child reports it
in wall-clock time (``bench/_startup_child.py`` hooks ``QApplication.exec``, nothing else).
Memory is the child's Rss and Pss from /proc/self/smaps_rollup at that moment ("shown")
and one second later ("settled"). The floor, measured in the same run, is a bare PySide6
window of the same shape: a list and a stack in a splitter under a bar with two combo
boxes and a button. By default the children keep compiled bytecode in a private
``PYTHONPYCACHEPREFIX`` (filled by the warm-up), as an installed app has it, so that
``PYTHONDONTWRITEBYTECODE`` in the environment does not make them recompile the app's
modules on every start; ``--bytecode as-is`` keeps the environment's behaviour.
Both children share one private D-Bus session bus started for the run, as every desktop
session has one: without it, the first use of D-Bus (Qt's accessibility bridge, for one)
makes libdbus launch a bus of its own, a cost no desktop pays. ``--bus none`` leaves
``DBUS_SESSION_BUS_ADDRESS`` as it is.
Performance is measured only here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from _display import ensure_display

CHILD = Path(__file__).with_name("_startup_child.py")
REPO = Path(__file__).resolve().parent.parent
KINDS = ("bare", "app")
TIME_RATIO_TARGET = 1.2
PSS_EXTRA_TARGET_MIB = 15.0
RUN_TIMEOUT_S = 60.0


@dataclass
class Run:
    kind: str
    seconds: float  # Popen to the end of the first paint
    expose_seconds: float | None  # Popen to the first Expose event
    rss_shown_mib: float
    pss_shown_mib: float
    rss_settled_mib: float
    pss_settled_mib: float


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each kind (default 5)")
    parser.add_argument(
        "--warmup", type=int, default=1, help="unrecorded warm-up pairs first (default 1)"
    )
    parser.add_argument(
        "--platform",
        choices=("xcb", "offscreen"),
        default="xcb",
        help="xcb: $DISPLAY, or Xvfb via xvfb-run when unset (default); offscreen: no X",
    )
    parser.add_argument(
        "--bytecode",
        choices=("cached", "as-is"),
        default="cached",
        help="cached: the children keep compiled bytecode in a temporary PYTHONPYCACHEPREFIX, "
        "filled by the warm-up, as an installed app has it (default); as-is: the "
        "environment's own setting (PYTHONDONTWRITEBYTECODE may recompile every start)",
    )
    parser.add_argument(
        "--bus",
        choices=("private", "none"),
        default="private",
        help="private: a D-Bus session bus of the run's own, as on a desktop (default); "
        "none: the environment's",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    if args.bytecode == "cached" and args.warmup < 1:
        parser.error("--bytecode cached needs at least one --warmup pair to fill the cache")
    return args


def one_run(kind: str, data_dir: Path, env: dict[str, str]) -> Run:
    """Start one child and time it from just before Popen to its reported first paint."""
    command = [sys.executable, str(CHILD), kind]
    if kind == "app":
        # A known state for every run: no safety note, the default routine and dose.
        (data_dir / "settings.json").write_text('{"safety_acknowledged": true}', encoding="utf-8")
        command += ["--data-dir", str(data_dir)]
    started = time.time()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO
    )
    try:
        out, err = child.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
    records = [json.loads(line[6:]) for line in out.splitlines() if line.startswith("BENCH ")]
    by_event = {(r["event"], r.get("at")): r for r in records}
    shown = by_event.get(("shown", None))
    at_shown = by_event.get(("memory", "shown"))
    settled = by_event.get(("memory", "settled"))
    if child.returncode != 0 or not (shown and at_shown and settled):
        sys.exit(f"startup.py: the {kind} child failed (exit {child.returncode}):\n{out}\n{err}")
    expose = shown.get("expose")
    return Run(
        kind=kind,
        seconds=shown["time"] - started,
        expose_seconds=expose - started if expose is not None else None,
        rss_shown_mib=at_shown["rss"] / 1024,
        pss_shown_mib=at_shown["pss"] / 1024,
        rss_settled_mib=settled["rss"] / 1024,
        pss_settled_mib=settled["pss"] / 1024,
    )


def child_environment(qt_platform: str, bytecode_cache: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = qt_platform
    if bytecode_cache is not None:
        # Compiled once (in the warm-up) into a private cache, never into the repository.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.pop("PYTHONDEVMODE", None)
    return env


@contextlib.contextmanager
def session_bus(wanted: str) -> Iterator[str | None]:
    """A private ``dbus-daemon --session`` for the run, and its address; None if not wanted."""
    if wanted == "none":
        yield None
        return
    if shutil.which("dbus-daemon") is None:
        sys.exit("startup.py: no dbus-daemon (apt-get install dbus-daemon), or use --bus none")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        if not address:
            sys.exit("startup.py: dbus-daemon gave no address")
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def measure(args: argparse.Namespace) -> list[Run]:
    runs: list[Run] = []
    with (
        tempfile.TemporaryDirectory(prefix="backrelief-bench-") as temp,
        session_bus(args.bus) as bus,
    ):
        data_dir = Path(temp) / "data"
        data_dir.mkdir()
        cache = Path(temp) / "pycache" if args.bytecode == "cached" else None
        env = child_environment(args.platform, cache)
        if bus is not None:
            env["DBUS_SESSION_BUS_ADDRESS"] = bus
        for pair in range(args.warmup + args.runs):
            order = KINDS if pair % 2 == 0 else KINDS[::-1]
            for kind in order:
                run = one_run(kind, data_dir, env)
                warm = pair < args.warmup
                label = "warm-up" if warm else f"run {pair - args.warmup + 1}"
                print(
                    f"  {label:8} {kind:4}  {run.seconds:6.3f} s  "
                    f"PSS {run.pss_settled_mib:6.1f} MiB",
                    flush=True,
                )
                if not warm:
                    runs.append(run)
    return runs


FIGURES = (
    ("time to first paint (s)", "seconds", "{:.3f}"),
    ("  of which to first Expose (s)", "expose_seconds", "{:.3f}"),
    ("RSS when shown (MiB)", "rss_shown_mib", "{:.1f}"),
    ("PSS when shown (MiB)", "pss_shown_mib", "{:.1f}"),
    ("RSS 1 s later (MiB)", "rss_settled_mib", "{:.1f}"),
    ("PSS 1 s later (MiB)", "pss_settled_mib", "{:.1f}"),
)


def summarise(runs: list[Run]) -> dict[str, dict[str, dict[str, float]]]:
    """For each kind and figure: median, min and max over the runs."""
    table: dict[str, dict[str, dict[str, float]]] = {}
    for kind in KINDS:
        table[kind] = {}
        for _, field, _ in FIGURES:
            values = [getattr(r, field) for r in runs if r.kind == kind]
            values = [v for v in values if v is not None]
            if values:
                table[kind][field] = {
                    "median": statistics.median(values),
                    "min": min(values),
                    "max": max(values),
                }
    return table


def paired_ratio(runs: list[Run]) -> float:
    """The median of app/bare within each back-to-back pair: a cross-check that a slow
    spell of the machine, which both halves of a pair share, does not sway."""
    ratios = []
    for first, second in zip(runs[::2], runs[1::2], strict=True):
        app, bare = (first, second) if first.kind == "app" else (second, first)
        ratios.append(app.seconds / bare.seconds)
    return statistics.median(ratios)


def verdicts(
    table: dict[str, dict[str, dict[str, float]]], runs: list[Run]
) -> dict[str, float | bool]:
    bare, app = table["bare"], table["app"]
    ratio = app["seconds"]["median"] / bare["seconds"]["median"]
    pss_extra_shown = app["pss_shown_mib"]["median"] - bare["pss_shown_mib"]["median"]
    pss_extra = app["pss_settled_mib"]["median"] - bare["pss_settled_mib"]["median"]
    return {
        "time_ratio": ratio,
        "time_ratio_paired": paired_ratio(runs),
        "time_pass": ratio <= TIME_RATIO_TARGET,
        "pss_extra_shown_mib": pss_extra_shown,
        "pss_extra_settled_mib": pss_extra,
        "pss_pass": max(pss_extra, pss_extra_shown) <= PSS_EXTRA_TARGET_MIB,
    }


def pyside_version() -> str:
    try:
        return metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        return metadata.version("PySide6")


def print_report(args: argparse.Namespace, table: dict, result: dict, runs: int) -> None:
    display = os.environ.get("DISPLAY", "-") if args.platform == "xcb" else "-"
    print()
    print(
        f"Start-up, {runs} runs each (median (min-max)), QPA {args.platform}, "
        f"bytecode {args.bytecode}, session bus {args.bus}, "
        f"DISPLAY {display}, Python {platform.python_version()}, PySide6 {pyside_version()}"
    )
    header = f"{'':32}{'bare (floor)':>24}{'app':>24}"
    print(header)
    print("-" * len(header))
    for title, field, fmt in FIGURES:
        cells = []
        for kind in KINDS:
            stats = table[kind].get(field)
            if stats is None:
                cells.append(f"{'n/a':>24}")
                continue
            spread = f"{fmt.format(stats['min'])}-{fmt.format(stats['max'])}"
            cells.append(f"{fmt.format(stats['median']):>9} ({spread:>12})")
        print(f"{title:32}" + "".join(f"{c:>24}" for c in cells))
    print("-" * len(header))
    ok = {True: "PASS", False: "FAIL"}
    print(
        f"time app/bare      {result['time_ratio']:5.2f}x   "
        f"target <= {TIME_RATIO_TARGET:.1f}x           {ok[bool(result['time_pass'])]}"
    )
    print(f"  (median of the {runs} pairs' own ratios: {result['time_ratio_paired']:.2f}x)")
    print(
        f"PSS app - bare   {result['pss_extra_settled_mib']:+7.1f} MiB "
        f"(when shown {result['pss_extra_shown_mib']:+.1f})  "
        f"target <= +{PSS_EXTRA_TARGET_MIB:.0f} MiB   {ok[bool(result['pss_pass'])]}"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ensure_display(args.platform, __file__)
    print(
        f"{args.warmup} warm-up pair(s), then {args.runs} runs each, alternating "
        f"(QPA {args.platform}, bytecode {args.bytecode}, session bus {args.bus})",
        flush=True,
    )
    runs = measure(args)
    table = summarise(runs)
    result = verdicts(table, runs)
    print_report(args, table, result, args.runs)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "platform": args.platform,
                    "bytecode": args.bytecode,
                    "bus": args.bus,
                    "display": os.environ.get("DISPLAY"),
                    "python": platform.python_version(),
                    "pyside6": pyside_version(),
                    "runs": [asdict(r) for r in runs],
                    "summary": table,
                    "targets": {
                        "time_ratio_max": TIME_RATIO_TARGET,
                        "pss_extra_max_mib": PSS_EXTRA_TARGET_MIB,
                    },
                    "result": result,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        print(f"saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Work to the first painted window, counted in instructions: the app vs a bare window.

Run (from the repository root, with the venv's Python; needs ``valgrind``)::

    xvfb-run -a .venv/bin/python bench/startup_instructions.py

Wall-clock start-up times on a shared machine swing by a third from run to run
(``bench/startup.py`` shows it), which hides changes of a few per cent. Valgrind's
callgrind counts the instructions a process executes in user space, which hardly varies
from run to run, so this is the figure to compare two versions of the code by. It leaves
out what the clock sees and the count does not: the kernel's work (reading files, mapping
libraries) and waiting for the X server.

Each child is ``bench/_startup_child.py``, as in ``bench/startup.py``, with
``BENCH_STOP_AT_PAINT=1`` so it ends right after the first paint; both run with the same
environment (a private session bus, compiled bytecode cached by a first, uncounted run).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _display import ensure_display
from startup import CHILD, KINDS, REPO, TIME_RATIO_TARGET, child_environment, session_bus

COUNT = re.compile(r"Collected\s*:\s*(\d+)")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument("--bus", choices=("private", "none"), default="private")
    return parser.parse_args(argv)


def child_command(kind: str, data_dir: Path) -> list[str]:
    command = [sys.executable, str(CHILD), kind]
    if kind == "app":
        (data_dir / "settings.json").write_text('{"safety_acknowledged": true}', encoding="utf-8")
        command += ["--data-dir", str(data_dir)]
    return command


def instructions(kind: str, data_dir: Path, env: dict[str, str], out: Path) -> int:
    """The user-space instructions one child executes up to the end of its first paint."""
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out / (kind + '.callgrind')}",
        *child_command(kind, data_dir),
    ]
    done = subprocess.run(command, check=False, env=env, cwd=REPO, capture_output=True, text=True)
    found = COUNT.search(done.stderr)
    if done.returncode != 0 or found is None or '"shown"' not in done.stdout:
        sys.exit(f"startup_instructions.py: the {kind} child failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if shutil.which("valgrind") is None:
        sys.exit("startup_instructions.py: no valgrind (apt-get install valgrind)")
    ensure_display(args.platform, __file__)
    counts: dict[str, int] = {}
    with (
        tempfile.TemporaryDirectory(prefix="backrelief-bench-") as temp,
        session_bus(args.bus) as bus,
    ):
        data_dir = Path(temp) / "data"
        data_dir.mkdir()
        env = child_environment(args.platform, Path(temp) / "pycache")
        env["BENCH_STOP_AT_PAINT"] = "1"
        if bus is not None:
            env["DBUS_SESSION_BUS_ADDRESS"] = bus
        for kind in KINDS:  # once unmeasured, to compile and cache the bytecode
            subprocess.run(
                child_command(kind, data_dir), env=env, cwd=REPO, check=True, capture_output=True
            )
        for kind in KINDS:
            counts[kind] = instructions(kind, data_dir, env, Path(temp))
            print(f"  {kind:4}  {counts[kind] / 1e6:8.1f} M instructions", flush=True)
    ratio = counts["app"] / counts["bare"]
    verdict = "PASS" if ratio <= TIME_RATIO_TARGET else "FAIL"
    print(
        f"instructions to the first paint, app/bare: {ratio:.3f}x "
        f"(+{(counts['app'] - counts['bare']) / 1e6:.1f} M)   "
        f"target <= {TIME_RATIO_TARGET:.1f}x   {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

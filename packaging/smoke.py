"""Smoke checks and start-up timing for a built BackRelief (used by packaging/build.sh).

    python packaging/smoke.py window [--voice] [--bundle DIR] -- COMMAND...
    python packaging/smoke.py startup --runs 5 --frozen EXE --python PYTHON

``window`` starts a real window in a fresh data folder and passes when: the app prints
'ready'; Qt loaded its SVG icon engine (else every figure is blank); with --voice, the
cues of a started desk break were synthesised to WAV files and handed to the player; the
player ran without the bundle's LD_LIBRARY_PATH (see rthook_child_environment.py); no
Python traceback reached stderr; SIGTERM ends it with exit code 0.

``startup`` times launch-to-'ready' of the frozen app and of ``PYTHON -m backrelief_gui``
from the source tree, alternating the two after one untimed warm-up each, and prints the
median (min-max) of each. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 60.0
EXIT_TIMEOUT_S = 20.0
VOICE_TIMEOUT_S = 30.0

# A stand-in for paplay that records the environment it was given, so the check needs no
# sound server and can see what the app passes to the programs it starts.
FAKE_PLAYER = """#!/bin/sh
env > "$BACKRELIEF_SMOKE_DIR/player-env.$$"
exit 0
"""
# And for pacat, which the app keeps open and writes each cue to: it takes what comes.
FAKE_STREAM = """#!/bin/sh
env > "$BACKRELIEF_SMOKE_DIR/player-env.$$"
exec cat > /dev/null
"""


class SmokeError(Exception):
    pass


class Launched:
    """A running app whose stdout is read line by line and whose stderr goes to a file."""

    def __init__(self, command: list[str], env: dict[str, str], stderr: Path) -> None:
        self.started = time.perf_counter()
        self._stderr = stderr.open("wb")
        self.process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,  # so `python -m backrelief_gui` runs this checkout
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        self._selector = selectors.DefaultSelector()
        assert self.process.stdout is not None
        self._selector.register(self.process.stdout, selectors.EVENT_READ)
        self.output: list[str] = []

    def wait_for_ready(self) -> float:
        """Seconds from launch to the 'ready' line."""
        assert self.process.stdout is not None
        deadline = self.started + READY_TIMEOUT_S
        while time.perf_counter() < deadline:
            if not self._selector.select(timeout=max(0.0, deadline - time.perf_counter())):
                break
            line = self.process.stdout.readline()
            if not line:
                raise SmokeError(f"the app ended before 'ready' (exit {self.process.wait()})")
            self.output.append(line.decode(errors="replace").rstrip())
            if self.output[-1] == "ready":
                return time.perf_counter() - self.started
        raise SmokeError(f"no 'ready' within {READY_TIMEOUT_S:.0f} s")

    def terminate(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=EXIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise SmokeError(f"SIGTERM did not end the app within {EXIT_TIMEOUT_S:.0f} s") from None

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._selector.close()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self._stderr.close()


def _environment(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BACKRELIEF_DATA_DIR"] = str(data_dir)
    env.update(extra or {})
    return env


def _seed_settings(data_dir: Path) -> None:
    """Skip what waits for a person: the first-run safety note and the pain questions."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = {"safety_acknowledged": True, "ask_pain": False}
    (data_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def _wait_for(what: str, found: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if found():
            return
        time.sleep(0.2)
    raise SmokeError(f"{what} within {timeout:.0f} s")


def check_window(command: list[str], voice: bool, bundle: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="backrelief-smoke-") as scratch:
        work = Path(scratch)
        data_dir = work / "data"
        _seed_settings(data_dir)
        fake_bin = work / "bin"
        fake_bin.mkdir()
        for name, script in (("paplay", FAKE_PLAYER), ("pacat", FAKE_STREAM)):
            player = fake_bin / name
            player.write_text(script, encoding="utf-8")
            player.chmod(0o755)
        env = _environment(
            data_dir,
            {
                "PATH": f"{fake_bin}{os.pathsep}{os.environ.get('PATH', '')}",
                "BACKRELIEF_SMOKE_DIR": str(work),
                "QT_DEBUG_PLUGINS": "1",  # so the log shows which plugins loaded
            },
        )
        arguments = ["--notify-ready"] + (["--start", "desk-break"] if voice else ["--mute"])
        stderr = work / "stderr.txt"
        app = Launched([*command, *arguments], env, stderr)
        try:
            seconds = app.wait_for_ready()
            print(f"  window up, 'ready' after {seconds:.2f} s")
            if voice:
                cues = data_dir / "cache" / "cues"
                _wait_for(
                    "no cue synthesised to a WAV file (is espeak-ng installed?)",
                    lambda: any(p.stat().st_size > 44 for p in cues.glob("*.wav")),
                    VOICE_TIMEOUT_S,
                )
                print(f"  voice: {len(list(cues.glob('*.wav')))} cues synthesised")
                _wait_for(
                    "the player was never started",
                    lambda: any(work.glob("player-env.*")),
                    VOICE_TIMEOUT_S,
                )
            code = app.terminate()
        finally:
            app.close()
        log = stderr.read_text(encoding="utf-8", errors="replace")
        if "Traceback (most recent call last)" in log:
            raise SmokeError(f"a Python error reached stderr:\n{log[-4000:]}")
        if code != 0:
            raise SmokeError(f"exit code {code} after SIGTERM, expected 0:\n{log[-4000:]}")
        print("  SIGTERM: exit code 0")
        if not any("qsvgicon" in line and "loaded library" in line for line in log.splitlines()):
            raise SmokeError("Qt never loaded its SVG icon engine, so figures would be blank")
        print("  SVG icon engine loaded")
        if voice and bundle is not None:
            for dump in work.glob("player-env.*"):
                for line in dump.read_text(encoding="utf-8").splitlines():
                    if line.startswith("LD_LIBRARY_PATH=") and str(bundle) in line:
                        raise SmokeError(f"the player inherited the bundle's {line}")
            print("  player started without the bundle's libraries on LD_LIBRARY_PATH")


def measure_startup(runs: int, frozen: Path, python: Path) -> None:
    variants = {
        "built app": [str(frozen)],
        "from source": [str(python), "-m", "backrelief_gui"],
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="backrelief-startup-") as scratch:
        work = Path(scratch)

        def once(name: str) -> float:
            data_dir = work / name.replace(" ", "-")
            env = _environment(data_dir)
            app = Launched([*variants[name], "--notify-ready", "--mute"], env, work / "stderr")
            try:
                seconds = app.wait_for_ready()
                if app.terminate() != 0:
                    raise SmokeError(f"{name}: non-zero exit after SIGTERM")
                return seconds
            finally:
                app.close()

        for name in variants:  # warm the disk cache and each data folder's parsed routines
            _seed_settings(work / name.replace(" ", "-"))
            once(name)
        for _ in range(runs):
            for name in variants:
                times[name].append(once(name))
    for name, values in times.items():
        print(
            f"  {name:<12} time to 'ready', median of {runs}: {statistics.median(values):.3f} s"
            f" (min {min(values):.3f}, max {max(values):.3f})"
        )
    ratio = statistics.median(times["built app"]) / statistics.median(times["from source"])
    print(f"  built app / from source: {ratio:.2f} x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    commands = parser.add_subparsers(dest="what", required=True)
    window = commands.add_parser("window", help="start a real window and check it")
    window.add_argument("--voice", action="store_true", help="also check the spoken cues")
    window.add_argument("--bundle", type=Path, help="the bundle folder (checks the player env)")
    window.add_argument("command", nargs="+", help="how to start the app")
    startup = commands.add_parser("startup", help="time the start-up, built vs source")
    startup.add_argument("--runs", type=int, default=5)
    startup.add_argument("--frozen", type=Path, required=True)
    startup.add_argument("--python", type=Path, required=True)
    args = parser.parse_args()
    try:
        if args.what == "window":
            check_window(args.command, args.voice, args.bundle)
        else:
            measure_startup(args.runs, args.frozen, args.python)
    except SmokeError as error:
        print(f"smoke: FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Timer accuracy on the real clock: step and countdown onsets of a real session vs the plan.

Run (from the repository root, with the venv's Python; nothing else heavy meanwhile)::

    /tmp/venv/bin/python bench/timer_accuracy.py --seconds 75 --json /tmp/timer.json

``--platform xcb`` runs under $DISPLAY (or re-runs itself under ``xvfb-run -a``) instead of
Qt's offscreen platform; ``--json FILE`` also saves the results.

The ``full`` routine at the gentle dose runs through ``SessionDriver`` at speed 1, in a real
``MainWindow`` shown offscreen and built as ``docs/make_screenshots.py`` builds it, so the
widgets update as they do in the app. The bench's own slots are connected to the driver
before the window is built, so they run first on each signal and stamp ``time.monotonic()``
at emission. The session start is the driver's first clock reading in ``begin`` (the
driver is given a clock that records its readings); step ``i`` is due at that start plus
``plan.steps[i].start`` (``wait_for_speech`` is off, so steps last their planned length),
and the countdown tick showing ``N`` seconds in a step is due at the step's start plus its
duration minus ``N`` (the first tick at the step's start). The floor, in the same process
once the session is over: a bare single-shot ``Qt.TimerType.PreciseTimer`` re-armed for
absolute times 1 s apart with the driver's rule (``delay = ceil((target - now) * 1000)`` ms,
an early firing only re-arms), for as many firings as the driver's timer had. (Linux
lets a poll/epoll wait end up to 0.1% of its timeout late, so the driver's longer waits,
e.g. 4.5 s through a spoken step, can land a few ms later than this 1 s floor.)
Performance is measured only here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from _display import ensure_display
from _stats import percentile

if TYPE_CHECKING:
    from backrelief_gui.core.plan import Step

STEP_P99_TARGET_MS = 15.0
DRIFT_TARGET_MS = 20.0
MIN_SECONDS = 60.0
FLOOR_INTERVAL_S = 1.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--seconds", type=float, default=75.0, help="how long the session runs (default 75)"
    )
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="offscreen (default), or xcb: $DISPLAY, or Xvfb via xvfb-run when unset",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    args = parser.parse_args(argv)
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    return args


class RecordingClock:
    """``time.monotonic`` that remembers its first reading after :meth:`mark`."""

    def __init__(self) -> None:
        self._armed = False
        self.first_after_mark: float | None = None

    def mark(self) -> None:
        self._armed = True
        self.first_after_mark = None

    def __call__(self) -> float:
        now = time.monotonic()
        if self._armed:
            self._armed = False
            self.first_after_mark = now
        return now


@dataclass
class Onset:
    kind: str  # "step" or "tick"
    step: int  # plan index
    seconds_left: int | None  # for ticks
    planned: float  # seconds after the session start
    error_ms: float  # actual - planned


@dataclass
class Recorder:
    """Stamps each step_started and countdown emission with ``time.monotonic()``."""

    stamps: list[tuple[str, int, float]] = field(default_factory=list)  # (kind, value, t)

    def on_step(self, index: int, _step: object) -> None:
        self.stamps.append(("step", index, time.monotonic()))

    def on_tick(self, seconds: int) -> None:
        self.stamps.append(("tick", seconds, time.monotonic()))


def onsets(recorder: Recorder, steps: tuple[Step, ...], first: int, start: float) -> list[Onset]:
    """Pair each stamp with its planned time (seconds from ``start``, the session start)."""
    origin = steps[first].start
    result: list[Onset] = []
    current = first
    for kind, value, stamp in recorder.stamps:
        if kind == "step":
            current = value
            planned = steps[value].start - origin
            result.append(Onset("step", value, None, planned, (stamp - start - planned) * 1e3))
        else:
            step = steps[current]
            step_start = step.start - origin
            planned = max(step_start, step_start + step.duration - value)
            result.append(Onset("tick", current, value, planned, (stamp - start - planned) * 1e3))
    return result


def describe(errors_ms: list[float]) -> dict[str, float]:
    if not errors_ms:
        return {"count": 0}
    return {
        "count": len(errors_ms),
        "median_ms": statistics.median(errors_ms),
        "p99_ms": percentile(errors_ms, 99),
        "max_ms": max(errors_ms),
        "min_ms": min(errors_ms),
    }


def run_session(seconds: float) -> dict[str, object]:
    """Run the full routine (gentle) for ``seconds`` in a shown MainWindow; return onsets."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from backrelief_gui.core.bundled import bundled_resources
    from backrelief_gui.core.catalogue import Dose
    from backrelief_gui.core.loading import load_library
    from backrelief_gui.qt.driver import SessionDriver
    from backrelief_gui.storage.settings import Settings, SettingsStore
    from backrelief_gui.ui.figures import Figures
    from backrelief_gui.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    clock = RecordingClock()
    driver = SessionDriver(clock=clock, speed=1.0)
    recorder = Recorder()
    # Connected before the window exists, so these run before the window's own slots.
    driver.step_started.connect(recorder.on_step)
    driver.countdown.connect(recorder.on_tick)
    with tempfile.TemporaryDirectory(prefix="backrelief-bench-") as temp:
        store = SettingsStore(Path(temp) / "settings.json")
        settings = Settings(
            routine="full", dose=Dose.GENTLE.value, safety_acknowledged=True, ask_pain=False
        )
        resources = bundled_resources()
        window = MainWindow(
            load_library(resources), lambda: driver, Figures(resources), settings, store
        )
        window.show()
        settle = QEventLoop()
        QTimer.singleShot(1000, settle.quit)  # let the first paint and lazy loads finish
        settle.exec()

        clock.mark()
        window.start_routine(0)
        start = clock.first_after_mark
        plan = driver.machine.plan if driver.machine else None
        if start is None or plan is None:
            sys.exit("timer_accuracy.py: the session did not start")
        first = plan.exercise_start(0)
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        firings = driver.rechecks
        driver.stop()
        window.close()
        app.processEvents()
    return {
        "onsets": onsets(recorder, plan.steps, first, start),
        "firings": firings,
        "routine": plan.routine.id,
        "dose": plan.dose.value,
        "planned_total_s": plan.total_duration,
    }


def run_floor(count: int) -> list[float]:
    """A bare precise single-shot QTimer aimed at absolute times 1 s apart; lateness in ms."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    lateness: list[float] = []
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    target = time.monotonic() + FLOOR_INTERVAL_S

    def rearm() -> None:
        timer.start(max(0, math.ceil((target - time.monotonic()) * 1000)))

    def fired() -> None:
        nonlocal target
        now = time.monotonic()
        if now < target:  # early: only re-arm, as the driver does
            rearm()
            return
        lateness.append((now - target) * 1e3)
        if len(lateness) >= count:
            loop.quit()
            return
        target += FLOOR_INTERVAL_S
        rearm()

    timer.timeout.connect(fired)
    rearm()
    loop.exec()
    return lateness


def pass_fail(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def fmt(stats: dict[str, float], key: str) -> str:
    return f"{stats[key]:8.2f}" if key in stats else f"{'n/a':>8}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ensure_display(args.platform, __file__)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    print(
        f"session: full routine, gentle, speed 1, {args.seconds:g} s (QPA {args.platform}) ...",
        flush=True,
    )
    session = run_session(args.seconds)
    found: list[Onset] = session["onsets"]  # type: ignore[assignment]
    firings: int = session["firings"]  # type: ignore[assignment]
    print(f"floor: bare PreciseTimer, {firings} firings 1 s apart ...", flush=True)
    floor = run_floor(firings)
    app.quit()

    steps = [o for o in found if o.kind == "step"]
    later_steps = [o.error_ms for o in steps[1:]]  # the first step defines the start
    ticks = [o.error_ms for o in found if o.kind == "tick"]
    step_stats, tick_stats, floor_stats = describe(later_steps), describe(ticks), describe(floor)
    drift_ms = steps[-1].error_ms if len(steps) > 1 else float("nan")
    last_planned = steps[-1].planned if steps else 0.0
    p99 = step_stats.get("p99_ms", float("inf"))
    step_ok = p99 <= STEP_P99_TARGET_MS
    drift_ok = abs(drift_ms) <= DRIFT_TARGET_MS

    print()
    print(
        f"Timer accuracy, onset error = actual - planned (ms), {args.seconds:g} s of "
        f"'{session['routine']}' ({session['dose']}), QPA {args.platform}, "
        f"Python {platform.python_version()}, PySide6 {pyside_version}"
    )
    header = f"{'':34}{'count':>6}{'median':>9}{'p99':>9}{'max':>9}"
    print(header)
    print("-" * len(header))
    rows = (
        ("step onsets (after the first)", step_stats),
        ("countdown ticks", tick_stats),
        ("floor: bare PreciseTimer, 1 s", floor_stats),
    )
    for title, stats in rows:
        print(
            f"{title:34}{stats['count']:>6}{fmt(stats, 'median_ms'):>9}"
            f"{fmt(stats, 'p99_ms'):>9}{fmt(stats, 'max_ms'):>9}"
        )
    print("-" * len(header))
    print(
        f"driver timer firings {firings}; last step onset at {last_planned:.1f} s "
        f"(step {steps[-1].step if steps else '-'})"
    )
    print(
        f"step onset p99   {p99:7.2f} ms   target <= {STEP_P99_TARGET_MS:.0f} ms   "
        f"{pass_fail(step_ok)}"
    )
    print(
        f"end-to-end drift {drift_ms:+7.2f} ms   target <= {DRIFT_TARGET_MS:.0f} ms   "
        f"{pass_fail(drift_ok)}"
    )
    if args.seconds < MIN_SECONDS:
        print(f"note: shorter than the {MIN_SECONDS:.0f} s the measurement calls for")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "platform": args.platform,
                    "python": platform.python_version(),
                    "pyside6": pyside_version,
                    "seconds": args.seconds,
                    "routine": session["routine"],
                    "dose": session["dose"],
                    "driver_firings": firings,
                    "steps": step_stats,
                    "ticks": tick_stats,
                    "floor": floor_stats,
                    "drift_ms": drift_ms,
                    "targets": {
                        "step_p99_max_ms": STEP_P99_TARGET_MS,
                        "drift_max_ms": DRIFT_TARGET_MS,
                    },
                    "pass": {"step_p99": step_ok, "drift": drift_ok},
                    "onsets": [asdict(o) for o in found],
                    "floor_lateness_ms": floor,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
        print(f"saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

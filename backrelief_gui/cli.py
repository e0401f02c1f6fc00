"""The command line: options, and the commands that need no window.

Nothing here imports Qt, so ``--version`` and ``--list-routines`` answer at once and
argument errors are reported before a window could appear.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NamedTuple, TextIO

from backrelief_gui import __version__
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.loading import Library, load_library
from backrelief_gui.core.parsed_cache import ParsedCache
from backrelief_gui.core.text import format_duration
from backrelief_gui.paths import (
    DATA_DIR_VARIABLE,
    cache_dir,
    resolve_data_dir,
    user_routines_dir,
)

MAX_SPEED = 10_000.0
USAGE_ERROR = 2


class Options(NamedTuple):
    start: str | None
    list_routines: bool
    data_dir: Path
    speed: float
    dose: Dose | None
    notify_ready: bool = False
    mute: bool = False
    background: bool = False


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= MAX_SPEED:
        raise argparse.ArgumentTypeError(f"expected a factor above 0 and at most {MAX_SPEED:g}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backrelief",
        description="A hands-free coach for upper back exercises.",
        epilog=f"The data folder can also be set with the {DATA_DIR_VARIABLE} variable.",
    )
    parser.add_argument(
        "--start", metavar="ROUTINE", help="start a routine at once (an id from --list-routines)"
    )
    parser.add_argument(
        "--list-routines",
        action="store_true",
        help="print each routine's id, name and length, then exit",
    )
    parser.add_argument(
        "--dose",
        choices=[d.value for d in Dose],
        help="gentle (the low end of each range) or standard",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep settings and history in DIR instead of the usual place",
    )
    parser.add_argument(
        "--speed",
        type=_speed,
        default=1.0,
        metavar="FACTOR",
        help="run time FACTOR times faster, for demonstrations (default 1)",
    )
    parser.add_argument("--mute", action="store_true", help="start with the voice off")
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray with break reminders on, without opening the window",
    )
    parser.add_argument(
        "--notify-ready",
        action="store_true",
        help="print 'ready' once the window is up (for scripts and tests)",
    )
    parser.add_argument("--version", action="version", version=f"BackRelief {__version__}")
    return parser


def parse_options(argv: list[str]) -> Options:
    """Parse ``argv``; a wrong argument exits with a message and code 2."""
    args = build_parser().parse_args(argv)
    return Options(
        start=args.start,
        list_routines=args.list_routines,
        data_dir=resolve_data_dir(args.data_dir),
        speed=args.speed,
        dose=Dose(args.dose) if args.dose else None,
        notify_ready=args.notify_ready,
        mute=args.mute,
        background=args.background,
    )


def load_user_library(data_dir: Path, errors: TextIO = sys.stderr) -> Library:
    """The shipped routines plus the user's; problems with user files go to ``errors``."""
    cache = ParsedCache(cache_dir(data_dir) / "routines.json")
    library = load_library(bundled_resources(), user_routines_dir(data_dir), cache.read)
    cache.save()
    for problem in library.problems:
        print(f"backrelief: skipped a routine file: {problem}", file=errors)
    return library


def list_routines(library: Library, dose: Dose, out: TextIO) -> None:
    from backrelief_gui.core.plan import compile_plan

    for routine in library.routines.values():
        total = compile_plan(routine, dose, library.phrases).total_duration
        print(f"{routine.id}\t{routine.name}\t{format_duration(total)}", file=out)


def unknown_routine_message(library: Library, routine_id: str) -> str:
    known = ", ".join(library.routines)
    return f"backrelief: there is no routine '{routine_id}'. Known routines: {known}."

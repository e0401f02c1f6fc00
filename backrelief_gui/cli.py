"""The command line: options, and the commands that need no window.

Nothing here imports Qt, so ``--version``, ``--list-routines`` and ``--import`` answer at
once and argument errors are reported before a window could appear.
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
    import_file: Path | None = None  # --import: check and save it, with no window
    open_file: Path | None = None  # a routine file opened from a file manager


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
    parser.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help="check a routine file and add it to your routines, without opening the window",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.toml",
        help="a routine file to look at and import in the window (as a file manager opens it)",
    )
    parser.add_argument("--version", action="version", version=f"BackRelief {__version__}")
    return parser


def parse_options(argv: list[str]) -> Options:
    """Parse ``argv``; a wrong argument exits with a message and code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.file is not None and not args.file.lower().endswith(".toml"):
        parser.error(f"'{args.file}' is not a routine file: expected a name ending in .toml")
    return Options(
        start=args.start,
        list_routines=args.list_routines,
        data_dir=resolve_data_dir(args.data_dir),
        speed=args.speed,
        dose=Dose(args.dose) if args.dose else None,
        notify_ready=args.notify_ready,
        mute=args.mute,
        background=args.background,
        import_file=Path(args.import_file) if args.import_file else None,
        open_file=Path(args.file).absolute() if args.file else None,
    )


def with_absolute_file(argv: list[str]) -> list[str]:
    """``argv`` with its routine file made absolute, for a BackRelief started elsewhere.

    The first BackRelief, which receives a later launch's arguments, has its own working
    folder, where a relative file name would point somewhere else.
    """
    args, _unknown = build_parser().parse_known_args(argv)
    if args.file is None or Path(args.file).is_absolute():
        return argv
    position = len(argv) - 1 - argv[::-1].index(args.file)  # positionals come last
    return [*argv[:position], str(Path(args.file).absolute()), *argv[position + 1 :]]


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


def import_routine_file(
    library: Library, data_dir: Path, path: Path, out: TextIO, errors: TextIO
) -> int:
    """``--import``: check ``path`` and save it among the user's routines.

    Returns the exit code: 0 once saved (or when the same routine is already there), 2
    with every problem on ``errors``, one a line, and nothing written.
    """
    from backrelief_gui.core.routine_import import check_routine_file
    from backrelief_gui.storage.user_routines import RoutineStorageError, UserRoutines

    store = UserRoutines(user_routines_dir(data_dir))
    check = check_routine_file(path, library.exercises, library.routines, store.ids_on_disk())
    if check.same_as is not None:
        print(f"You already have this routine: {check.same_as}. Nothing was changed.", file=out)
        return 0
    if check.routine is None or check.problems:
        count = check.problem_count
        print(
            f"backrelief: {path} was not imported; "
            f"{count} problem{'' if count == 1 else 's'} to fix first:",
            file=errors,
        )
        for problem in check.problems:
            print(f"  {problem}", file=errors)
        if check.unlisted:
            print(f"  … and {check.unlisted} more", file=errors)
        return USAGE_ERROR
    try:
        saved = store.save(check.routine)
    except RoutineStorageError as error:
        print(f"backrelief: {error}", file=errors)
        return 1
    routine = check.routine
    print(f"Imported the routine '{routine.id}': {routine.name}", file=out)
    if check.renamed_from is not None:
        print(
            f"(You already have a routine '{check.renamed_from}', so this one has a new id.)",
            file=out,
        )
    print(f"Saved as {saved}. Start it with: backrelief --start {routine.id}", file=out)
    return 0


def unknown_routine_message(library: Library, routine_id: str) -> str:
    known = ", ".join(library.routines)
    return f"backrelief: there is no routine '{routine_id}'. Known routines: {known}."

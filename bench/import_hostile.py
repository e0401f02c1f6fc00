"""How long an import takes to refuse each hostile routine file, beside reading a good one.

Run (from the repository root, with the venv's Python)::

    /tmp/venv/bin/python bench/import_hostile.py --repeats 7

Each file of ``tests/core/import_corpus/`` is checked with
``core.routine_import.check_routine_file`` (read, parse, validate, place: everything an
import does before it asks the user), ``--repeats`` times after one unrecorded warm-up,
and the median and max are printed. Beside them, measured in the same run:

- the floor: the same call on a valid routine as a person writes it (six exercises in
  the full form, about 1 KB), and on the largest valid routine (30 exercises, every
  field set);
- a 50 MB file, refused by its size alone;
- files made here at just under the 256 KB cap, the worst a file can do once its size
  has been checked: 10,000 exercise ids padded with a comment, thousands of
  ``[[exercise]]`` tables each with two bad values (every one reported), and a dotted
  key of 120,000 parts (refused by the line scan before it is parsed);
- what the dot scan saves: tomllib alone on the corpus's 5,001-part dotted key.

The UI checks files on a worker thread whenever this can exceed ~50 ms, which the worst
rows show it does. The 1-minute load average is printed: other work on the machine shows
in every figure. Performance is measured only here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backrelief_gui.core.bundled import bundled_resources  # noqa: E402
from backrelief_gui.core.catalogue import Routine  # noqa: E402
from backrelief_gui.core.loading import ENTRY_BOUNDS, Library, load_library  # noqa: E402
from backrelief_gui.core.routine_import import (  # noqa: E402
    MAX_FILE_BYTES,
    check_routine_file,
)

CORPUS = ROOT / "tests" / "core" / "import_corpus"
HEAD = 'format = 1\nid = "{id}"\nname = "{name}"\ndescription = "Made by the benchmark."\n'

EVERYDAY = HEAD.format(id="everyday", name="Everyday") + "".join(
    f'\n[[exercise]]\nid = "{exercise_id}"\nreps = 8\n'
    for exercise_id in (
        "shoulder-blade-squeeze",
        "cat-cow",
        "thoracic-extension",
        "wall-angels",
        "seated-row",
        "childs-pose",
    )
)


def largest_valid() -> str:
    """30 exercises, each with every field it may have."""
    hold = (
        '\n[[exercise]]\nid = "childs-pose"\nreps = 3\nsets = 2\nhold_seconds = 30\n'
        "rest_seconds = 20\nper_side = true\n"
    )
    paced = (
        '\n[[exercise]]\nid = "wall-angels"\nreps = 12\nsets = 2\ntempo_seconds = 7.5\n'
        "rest_seconds = 20\nper_side = true\n"
    )
    return HEAD.format(id="largest", name="Largest") + (hold + paced) * 15


def fill_to_cap(head: str, unit: str, tail: str = "") -> str:
    count = (MAX_FILE_BYTES - 64 - len(head) - len(tail)) // len(unit)
    return head + unit * count + tail


def made_here() -> dict[str, str]:
    ids = HEAD.format(id="ids", name="Ids") + "exercises = [" + '"cat-cow",' * 10_000 + "]\n"
    padding = "# " + "-" * (MAX_FILE_BYTES - len(ids) - 64) + "\n"
    return {
        "10,000 ids, padded to the cap": ids + padding,
        "[[exercise]] tables with 2 bad values each, to the cap": fill_to_cap(
            HEAD.format(id="tables", name="Tables"),
            '[[exercise]]\nid = "cat-cow"\nreps = 100\nhold_seconds = 3\n',
        ),
        "a 120,000-part dotted key, to the cap": "a" + ".a" * 120_000 + " = 1\n",
    }


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    action()  # warm-up, unrecorded
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def row(label: str, size: int, samples: list[float], outcome: str) -> str:
    median, worst = statistics.median(samples) * 1000, max(samples) * 1000
    return f"| {label} | {size:,} | {median:.2f} | {worst:.2f} | {outcome} |"


def check_file(library: Library, path: Path) -> Callable[[], object]:
    routines: dict[str, Routine] = dict(library.routines)
    return lambda: check_routine_file(path, library.exercises, routines)


def outcome(library: Library, path: Path) -> str:
    result = check_routine_file(path, library.exercises, dict(library.routines))
    if result.ok:
        return "accepted"
    first = result.problems[0].problem
    first = first if len(first) <= 60 else first[:57] + "..."
    return f"refused, {result.problem_count} problem(s): {first}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    library = load_library(bundled_resources())
    assert all(f"{key} = " in largest_valid() for key in ENTRY_BOUNDS)  # every field is in it
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print("| file | bytes | median ms | max ms | outcome |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        floors = {
            "floor: an everyday routine": EVERYDAY,
            "floor: 30 exercises, every field": largest_valid(),
        }
        for label, text in {**floors, **made_here()}.items():
            path = folder / f"{len(label)}.toml"
            path.write_text(text, encoding="utf-8")
            samples = timed(check_file(library, path), args.repeats)
            print(row(label, path.stat().st_size, samples, outcome(library, path)))
        huge = folder / "fifty-megabytes.toml"
        with huge.open("wb") as handle:  # sparse: its size is all that is looked at
            handle.truncate(50 * 1024 * 1024)
        samples = timed(check_file(library, huge), args.repeats)
        print(row("50 MB (sparse)", huge.stat().st_size, samples, outcome(library, huge)))
        for path in sorted(CORPUS.glob("*.toml")):
            samples = timed(check_file(library, path), args.repeats)
            print(row(path.name, path.stat().st_size, samples, outcome(library, path)))
    dotted = (CORPUS / "deep-dotted-key.toml").read_text(encoding="utf-8")
    samples = timed(lambda: tomllib.loads(dotted), max(1, args.repeats // 3))
    print(
        row("(tomllib alone on deep-dotted-key.toml)", len(dotted), samples, "what the scan saves")
    )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

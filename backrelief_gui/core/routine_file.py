"""Writing a routine back to its TOML file, in the same documented format it is read from.

``tomllib`` only reads, and a routine holds nothing but ids, text, whole numbers,
numbers and true/false, so writing it by hand keeps the file tidy for a person to edit:
only what the routine changes about each exercise is written.
"""

from __future__ import annotations

import json

from backrelief_gui.core.catalogue import Entry, Routine
from backrelief_gui.core.loading import FORMAT_VERSION

HEADER = "# A BackRelief routine. The format is described in FORMAT.md, beside the app's data."


def _string(text: str) -> str:
    # A JSON string is a valid TOML basic string: the same quotes and escapes.
    return json.dumps(text, ensure_ascii=False)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _entry_lines(entry: Entry) -> list[str]:
    lines = ["[[exercise]]", f"id = {_string(entry.exercise)}"]
    for key in ("reps", "sets", "hold_seconds", "tempo_seconds", "rest_seconds"):
        value = getattr(entry, key)
        if value is not None:
            lines.append(f"{key} = {_number(value)}")
    if entry.per_side:
        lines.append("per_side = true")
    return lines


def routine_to_toml(routine: Routine) -> str:
    """The routine as a file that :func:`~.loading.parse_routine` reads back unchanged."""
    lines = [
        HEADER,
        f"format = {FORMAT_VERSION}",
        f"id = {_string(routine.id)}",
        f"name = {_string(routine.name)}",
        f"description = {_string(routine.description)}",
    ]
    for position in range(len(routine.exercises)):
        lines.append("")
        lines.extend(_entry_lines(routine.entry(position)))
    return "\n".join(lines) + "\n"

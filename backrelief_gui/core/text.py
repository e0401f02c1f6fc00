"""Durations written for people."""

from __future__ import annotations

import math


def format_duration(seconds: float) -> str:
    """'45 s', '4 min 14 s' or '1 h 02 min': how long something takes, roughly."""
    total = max(0, round(seconds))
    if total < 60:
        return f"{total} s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def format_clock(seconds: float) -> str:
    """'4:05': time left, as a clock shows it (rounded up, so 0:00 means done)."""
    total = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"

"""Durations written for people."""

from __future__ import annotations

import math

from backrelief_gui.core.i18n import translate


def format_duration(seconds: float) -> str:
    """'45 s', '4 min 14 s' or '1 h 02 min': how long something takes, roughly."""
    total = max(0, round(seconds))
    if total < 60:
        return translate("durations", "{seconds} s").format(seconds=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if not secs:
            return translate("durations", "{minutes} min").format(minutes=minutes)
        text = translate("durations", "{minutes} min {seconds:02d} s")
        return text.format(minutes=minutes, seconds=secs)
    hours, minutes = divmod(minutes, 60)
    return translate("durations", "{hours} h {minutes:02d} min").format(
        hours=hours, minutes=minutes
    )


def minutes_text(minutes: int) -> str:
    """'1 minute', '30 minutes': a whole number of minutes, in words."""
    if minutes == 1:
        return translate("durations", "1 minute")
    return translate("durations", "%n minutes", "", minutes)


def format_clock(seconds: float) -> str:
    """'4:05': time left, as a clock shows it (rounded up, so 0:00 means done)."""
    total = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"

"""The two positions an exercise's figure can show, shared by the widget and its choreography.

A module of its own, free of Qt and of the plan, so the first window can name a pose
without loading either.
"""

from __future__ import annotations

from enum import StrEnum

SETTLE_SECONDS = 0.3  # catching up when a spoken cue ended before its estimate


class Pose(StrEnum):
    """The two drawings of an exercise."""

    START = "start"
    END = "end"

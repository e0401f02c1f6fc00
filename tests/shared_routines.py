"""Routine files the import tests share: one a physiotherapist might send, and the corpus."""

from __future__ import annotations

from pathlib import Path

#: The hostile and malformed files every import path must refuse (see its README).
CORPUS = Path(__file__).parent / "core" / "import_corpus"

#: A valid full-form routine using each kind of per-exercise setting.
SHARED = """format = 1
id = "shoulder-care"
name = "Shoulder care"
description = "Squeezes and slow angels."

[[exercise]]
id = "shoulder-blade-squeeze"
reps = 12
hold_seconds = 8

[[exercise]]
id = "wall-angels"
tempo_seconds = 8
per_side = true
"""

"""Where BackRelief keeps the user's files."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "BACKRELIEF_DATA_DIR"


def resolve_data_dir(option: str | None) -> Path:
    """The data folder: ``--data-dir``, else ``$BACKRELIEF_DATA_DIR``, else the platform's."""
    chosen = option or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("BackRelief", appauthor=False))


def user_routines_dir(data_dir: Path) -> Path:
    return data_dir / "routines"


def cache_dir(data_dir: Path) -> Path:
    """Things that can be made again: parsed routines, synthesised cues."""
    return data_dir / "cache"


def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.json"

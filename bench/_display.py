"""Shared by the benchmarks: make sure a real X server is there when one is asked for."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def ensure_display(qt_platform: str, script: str) -> None:
    """With the xcb platform and no X server, re-run ``script`` under ``xvfb-run -a``."""
    if qt_platform != "xcb" or os.environ.get("DISPLAY"):
        return
    xvfb_run = shutil.which("xvfb-run")
    name = Path(script).name
    if xvfb_run is None:
        sys.exit(f"{name}: no $DISPLAY and no xvfb-run; use --platform offscreen")
    print("no $DISPLAY: re-running under xvfb-run -a", flush=True)
    path = str(Path(script).resolve())
    os.execv(xvfb_run, [xvfb_run, "-a", sys.executable, path, *sys.argv[1:]])

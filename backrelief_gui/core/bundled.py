"""Where the files shipped with the app are, in a wheel, a source checkout or a bundle."""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path


def bundled_resources() -> Traversable:
    """The shipped ``resources`` folder.

    An installed wheel carries it as the ``backrelief_gui.resources`` package; a plain
    source checkout has it at the top of the tree, beside the package.
    """
    try:
        return importlib.resources.files("backrelief_gui.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "resources"

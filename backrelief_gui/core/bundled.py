"""Where the files shipped with the app are, in a wheel, a source checkout or a bundle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def bundled_resources() -> Traversable:
    """The shipped ``resources`` folder.

    An installed wheel, like the packaged bundle, carries it inside the package as
    ``backrelief_gui/resources``; a source checkout (also installed in editable mode) has
    it at the top of the tree, beside the package. Both are plain folders, found without
    ``importlib.resources``, whose import would cost the first window several
    milliseconds; it is the answer only where the package is not on disk (a zip file).
    """
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "resources", package.parent / "resources"):
        if folder.is_dir():
            return folder
    import importlib.resources

    return importlib.resources.files("backrelief_gui.resources")

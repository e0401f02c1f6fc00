"""Spares the start-up PySide's look at the source of every module imported after it.

To support its optional ``from __feature__ import snake_case`` syntax, PySide checks each
module named in an import statement once, by reading the module's whole source file and
searching it for "PySide6". Modules loaded before PySide are checked at their next import
statement, so a window's first ``from typing import ...`` reads all 3,500 lines of
``typing.py``; before BackRelief's first window that came to 20,000 lines of the standard
library. No module BackRelief loads opts in to those features, so each is recorded here
as PySide's own check would record it: as not switching features.

The table is PySide's own (``PySide6.support.feature``), not a documented interface; if
it is not there, nothing is done and PySide checks modules as before.
"""

from __future__ import annotations

import sys

#: PySide's value for "this module does not switch features".
NOT_SWITCHING = -1


def skip_feature_scans() -> int:
    """Record every module loaded so far as not switching features; how many were added."""
    try:
        from PySide6.support import feature

        table = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return 0
    if not isinstance(table, dict):
        return 0
    added = 0
    for name in list(sys.modules):
        if name not in table:
            table[name] = NOT_SWITCHING
            added += 1
    return added

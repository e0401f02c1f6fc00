"""Writing a file whole or not at all: write beside it, then rename it into place.

The new content goes to a temporary file in the destination's own folder (so the rename
stays on one file system), and only once it is complete does it replace the destination,
in one step. A failure part way leaves the old file, or no file, where it was: never half
of one, and never the temporary file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` whole.

    The folder is made if need be, and the temporary file already exists (empty, readable
    and writable by the owner only) under a hidden name such as ``.report.pdf.x1y2.tmp``.
    Write it completely inside the ``with`` block, and close anything still holding it
    before the block ends. If the block finishes, the file is renamed over ``path``
    (atomically, with :func:`os.replace`); if it raises, ``path`` is left as it was. Either
    way nothing is left behind: the temporary file, and any SQLite journal beside it, is
    removed (see :func:`remove_with_journals`). ``OSError`` from making the folder, the
    temporary file or the rename reaches the caller.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        remove_with_journals(temporary)


def remove_with_journals(path: Path) -> None:
    """Delete ``path`` and the journal, WAL and shared-memory files SQLite may keep beside it.

    Files that are not there are no error, so this is safe to call on a path that was
    already renamed away or never written.
    """
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

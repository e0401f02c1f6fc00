"""Writing a routine to a file the user chose, to share it or keep it elsewhere.

Routines in the app's own folder are saved by :mod:`.user_routines`; this is the export
side. The file is written whole or not at all, so a failed export never leaves a broken
file where an earlier good one was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from backrelief_gui.core.catalogue import Routine
from backrelief_gui.core.i18n import translate
from backrelief_gui.core.routine_file import routine_to_toml
from backrelief_gui.storage.atomic import replacing

#: The ending that tells a file manager a file is a BackRelief routine (packaging/linux's
#: MIME type claims it), while the file stays plain TOML for any editor.
ROUTINE_SUFFIX = ".backrelief.toml"


def export_file_name(routine: Routine) -> str:
    """The file name an export suggests, such as ``morning.backrelief.toml``."""
    return f"{routine.id}{ROUTINE_SUFFIX}"


def write_routine_file(routine: Routine, path: Path) -> None:
    """Write ``routine`` in the documented format to ``path``.

    ``OSError`` if it cannot be; :func:`failure_reason` says why in words.
    """
    text = routine_to_toml(routine)
    with replacing(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
        os.chmod(temporary, SHARED_MODE)  # the temporary file is private to its owner


#: A routine is meant to be passed on: readable by others, like any document.
SHARED_MODE = 0o644


def failure_reason(error: OSError) -> str:
    """Why a file could not be written, in words rather than an error number."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("routine files", "BackRelief is not allowed to write there")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("routine files", "the disk is full")
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return translate("routine files", "something that is not a folder is in the way")
    return str(error.strerror or error)

"""PyInstaller runtime hook: give the programs BackRelief starts the system's libraries.

On Linux the bootloader points LD_LIBRARY_PATH at the bundle so that the bundled Qt finds
its libraries. Children inherit it, so paplay, aplay, pw-play and gsettings would load the
bundle's (older) copies of libdbus, libglib and friends instead of their own, and can fail
on another distribution. The dynamic loader read the variable when this process started,
so restoring the user's value here changes only what children see.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)

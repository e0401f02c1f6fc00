"""The installed Qt binding survives the number of signals a session emits."""

from __future__ import annotations

import subprocess
import sys

EMITS = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    ticked = Signal(int)

app = QCoreApplication([])
emitter = Emitter()
for second in range(2000):
    emitter.ticked.emit(second)
print("clean exit")
"""


def test_many_emits_then_a_clean_exit():
    """PySide6 6.12.0 aborted at exit after a few hundred emits; a session makes thousands."""
    done = subprocess.run(
        [sys.executable, "-c", EMITS],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "clean exit" in done.stdout

"""The floor of ``bench/idle_tray.py``: a bare PySide6 window that shows itself and idles.

python bench/_idle_bare.py
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare window")
    window.resize(400, 300)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

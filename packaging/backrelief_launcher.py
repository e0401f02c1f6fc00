"""Entry point of the frozen app: the same as ``python -m backrelief_gui``.

It lives here rather than using backrelief_gui/__main__.py directly because PyInstaller puts
the entry script's folder on the import path, and backrelief_gui/platform would then hide
the standard library's ``platform`` module.
"""

from backrelief_gui.app import main

raise SystemExit(main())

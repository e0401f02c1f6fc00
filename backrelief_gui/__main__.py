"""Allows ``python -m backrelief_gui``."""

from backrelief_gui.app import main

raise SystemExit(main())

"""The core is pure Python: it imports no Qt, and neither do the command-line answers."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import backrelief_gui.core

CORE = Path(backrelief_gui.core.__file__).parent

WITHOUT_QT = """
import sys
sys.modules["PySide6"] = None  # any attempt to import Qt now fails
import importlib, pkgutil, io
import backrelief_gui.core
for module in pkgutil.iter_modules(backrelief_gui.core.__path__):
    importlib.import_module(f"backrelief_gui.core.{module.name}")
from backrelief_gui import cli
out = io.StringIO()
cli.list_routines(cli.load_user_library(cli.resolve_data_dir(None)), "gentle", out)
print(out.getvalue())
"""


def test_core_and_cli_run_with_qt_unavailable(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={"BACKRELIEF_DATA_DIR": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert "desk-break" in done.stdout


def test_no_core_module_names_qt():
    for module in pkgutil.iter_modules([str(CORE)]):
        tree = ast.parse((CORE / f"{module.name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not [n for n in names if n.startswith(("PySide6", "shiboken"))], module.name

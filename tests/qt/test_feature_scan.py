"""PySide reads the source of each module an import statement names, once, unless the
module is already in its table; the app fills the table for what is loaded at start."""

from __future__ import annotations

import importlib
import linecache
import sys

import PySide6.QtCore  # noqa: F401 (PySide's import watch is in place from here on)
from PySide6.support import feature

from backrelief_gui.qt.feature_scan import NOT_SWITCHING, skip_feature_scans

NAME = "loaded_before_pyside_xyz"


def _loaded_as_before_pyside(tmp_path, monkeypatch):
    (tmp_path / f"{NAME}.py").write_text("VALUE = 1\n" * 50, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module(NAME)
    feature.pyside_feature_dict.pop(NAME, None)  # as a module loaded before PySide is


def _sources_read(monkeypatch) -> list[str]:
    read: list[str] = []
    update = linecache.updatecache

    def reading(filename, *args, **kwargs):
        read.append(filename)
        return update(filename, *args, **kwargs)

    monkeypatch.setattr(linecache, "updatecache", reading)
    linecache.clearcache()
    return read


def test_without_the_table_filled_an_import_statement_reads_the_whole_source(tmp_path, monkeypatch):
    """What the start-up is spared: the proof that PySide does read it."""
    _loaded_as_before_pyside(tmp_path, monkeypatch)
    read = _sources_read(monkeypatch)
    exec(f"import {NAME}", {})  # an import statement, which PySide watches
    assert any(name.endswith(f"{NAME}.py") for name in read)
    sys.modules.pop(NAME, None)


def test_a_module_loaded_before_is_recorded_without_its_source_being_read(tmp_path, monkeypatch):
    _loaded_as_before_pyside(tmp_path, monkeypatch)
    assert skip_feature_scans() >= 1
    assert feature.pyside_feature_dict[NAME] == NOT_SWITCHING
    read = _sources_read(monkeypatch)
    exec(f"import {NAME}", {})
    assert not any(name.endswith(f"{NAME}.py") for name in read)
    assert skip_feature_scans() == 0  # nothing left to record
    sys.modules.pop(NAME, None)

"""packaging/bundle_rules.py: the Qt modules and files the PyInstaller bundle keeps.

The build itself is too slow for the test suite (packaging/build.sh checks it); these
tests keep the rules in step with the code they serve.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_rules", ROOT / "packaging" / "bundle_rules.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = load_rules()


def test_used_qt_modules_are_exactly_those_the_app_imports():
    imported = set()
    for source in (ROOT / "backrelief_gui").rglob("*.py"):
        imported.update(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text("utf-8")))
    assert imported == set(rules.USED_QT_MODULES), (
        "a Qt module was added or dropped: update USED_QT_MODULES and UNUSED_QT_MODULES"
    )


def test_no_qt_module_is_both_used_and_excluded():
    assert not set(rules.USED_QT_MODULES) & set(rules.UNUSED_QT_MODULES)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6\\plugins\\iconengines\\qsvgicon.dll",
        "backrelief_gui/resources/icons/backrelief.svg",
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libstdc++.so.6",  # only the top-level system copy is dropped
        "PySide6/Qt/translations/qtbase_fr.qm",  # Qt's buttons in French
        "PySide6\\translations\\qtbase_fr.qm",
        "backrelief_gui/resources/i18n/backrelief_fr.qm",
    ],
)
def test_kept(path):
    assert not rules.is_dropped(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/translations/qtbase_de.qm",  # a language BackRelief does not show
        "PySide6/Qt/translations/qt_fr.qm",  # only includes qtbase_fr and unused modules
        "PySide6/Qt/translations/qtdeclarative_fr.qm",
        "PySide6\\translations\\qt_help_fr.qm",
        "libstdc++.so.6",
        "libgcc_s.so.1",
    ],
)
def test_dropped(path):
    assert rules.is_dropped(path)


def test_qt_translations_are_kept_for_exactly_the_languages_the_app_shows():
    from backrelief_gui.core.i18n import LANGUAGES, SOURCE_LANGUAGE

    assert set(rules.TRANSLATED_LANGUAGES) == set(LANGUAGES) - {SOURCE_LANGUAGE}
    for language in LANGUAGES:
        kept = not rules.is_dropped(f"PySide6/Qt/translations/qtbase_{language}.qm")
        assert kept == (language != SOURCE_LANGUAGE), language


def test_missing_required_names_what_is_absent():
    present = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    ]
    assert rules.missing_required(present) == ["*/plugins/iconengines/*qsvgicon*"]
    assert rules.missing_required([*present, "PySide6/Qt/plugins/iconengines/libqsvgicon.so"]) == []


def test_no_required_file_is_dropped():
    for pattern in rules.REQUIRED_LINUX_FILES:
        example = pattern.replace("*/", "PySide6/Qt/", 1).replace("*", "lib", 1).replace("*", ".so")
        assert not rules.is_dropped(example), example

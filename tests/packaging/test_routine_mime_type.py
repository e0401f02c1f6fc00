"""The routine file type: a shared-mime-info package that claims *.backrelief.toml only.

Installed into a scratch XDG data folder beside the system's freedesktop.org database, as
a package would be, then asked of Qt's own MIME database in a fresh process.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backrelief_gui.storage.routine_store import ROUTINE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.backrelief.BackRelief"
MIME_PACKAGE = ROOT / "packaging" / "linux" / f"{APP_ID}.xml"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
ROUTINE_TYPE = "application/x-backrelief-routine"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
SYSTEM_TYPES = Path("/usr/share/mime/packages/freedesktop.org.xml")

QUERY = """
import sys
from PySide6.QtCore import QMimeDatabase
database = QMimeDatabase()
for name in sys.argv[1:]:
    print(database.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension).name())
"""


def test_the_package_claims_only_routine_files():
    root = ET.parse(MIME_PACKAGE).getroot()
    (mime_type,) = root.findall("m:mime-type", NS)
    assert mime_type.get("type") == ROUTINE_TYPE
    globs = [glob.get("pattern") for glob in mime_type.findall("m:glob", NS)]
    assert globs == [f"*{ROUTINE_SUFFIX}"]  # the name export suggests, never every .toml
    assert mime_type.find("m:sub-class-of", NS).get("type") == "application/toml"


def test_the_desktop_entry_opens_that_type_with_a_file():
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["MimeType"].split(";") == [ROUTINE_TYPE, ""]
    assert entry["Exec"].endswith(" %f")  # one file: the app imports one routine at a time


@pytest.mark.skipif(
    not (shutil.which("update-mime-database") and SYSTEM_TYPES.is_file()),
    reason="shared-mime-info absent",
)
def test_installed_it_names_routine_files_and_leaves_other_toml_alone(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(SYSTEM_TYPES, packages)
    shutil.copy(MIME_PACKAGE, packages)
    subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True
    )
    done = subprocess.run(
        [sys.executable, "-c", QUERY, f"upper-back{ROUTINE_SUFFIX}", "pyproject.toml"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "XDG_DATA_DIRS": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [ROUTINE_TYPE, "application/toml"]

"""The Linux desktop integration in packaging/linux: desktop entry, AppStream, icons."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backrelief_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.backrelief.BackRelief"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
HICOLOR = LINUX / "icons" / "hicolor"
ICON_NAME = "backrelief"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

needs_desktop_file_utils = pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent"
)
needs_appstream = pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def command_name() -> str:
    """The command a plain install puts on PATH (pyproject's gui-scripts)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    (name,) = project["gui-scripts"]
    return name


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk, which must come first."""
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert head[12:16] == b"IHDR", f"{path} has no IHDR chunk first"
    return struct.unpack(">II", head[16:24])


@needs_desktop_file_utils
def test_desktop_entry_is_valid():
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    # Not even a hint: they mean a category or key some menus would misplace.
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@needs_appstream
def test_metainfo_is_valid():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@needs_appstream
def test_installed_tree_links_metainfo_desktop_entry_and_icons(tmp_path):
    """Laid out as a package installs them, AppStream finds the launchable entry."""
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    done = subprocess.run(
        ["appstreamcli", "validate-tree", "--no-net", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_exists_as_png_of_its_size(size):
    icon = HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
    assert icon.is_file(), icon
    assert png_size(icon) == (size, size)


def test_scalable_icon_is_the_apps_own():
    scalable = HICOLOR / "scalable" / "apps" / f"{ICON_NAME}.svg"
    shipped = ROOT / "resources" / "icons" / "backrelief.svg"
    assert scalable.read_bytes() == shipped.read_bytes(), (
        "run packaging/linux/render_icons.py after changing the app icon"
    )


def test_icon_theme_has_no_stray_sizes():
    folders = {p.name for p in HICOLOR.iterdir() if p.is_dir()}
    assert folders == {f"{s}x{s}" for s in ICON_SIZES} | {"scalable"}


def test_desktop_entry_names_the_icon_and_the_installed_command():
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == ICON_NAME
    # %f: a routine file opened from a file manager (see test_routine_mime_type.py)
    assert shlex.split(entry["Exec"]) == [command_name(), "%f"]


def test_desktop_actions_start_routines_the_app_knows(tmp_path):
    entry = desktop_entry()
    actions = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    assert actions == ["start-routine", "desk-break"]
    started = {}
    for action in actions:
        argv = shlex.split(entry[f"Desktop Action {action}"]["Exec"])
        assert argv[0] == command_name() and argv[1] == "--start" and len(argv) == 3, argv
        started[action] = argv[2]
    assert started == {"start-routine": "full", "desk-break": "desk-break"}

    done = subprocess.run(
        [sys.executable, "-m", "backrelief_gui", "--list-routines"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "BACKRELIEF_DATA_DIR": str(tmp_path)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    known = {line.split("\t", 1)[0] for line in done.stdout.splitlines()}
    assert set(started.values()) <= known, (started, known)


def test_metainfo_agrees_with_the_app_and_the_desktop_entry():
    root = metainfo()
    assert root.findtext("id") == DESKTOP.stem
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == command_name()
    versions = [release.get("version") for release in root.iter("release")]
    assert versions and versions[0] == __version__, "the newest release comes first"
    assert root.findtext("developer/name") == "BackRelief team"
    assert root.find("content_rating") is not None


def test_metainfo_screenshots_are_files_in_docs():
    images = [image.text or "" for image in metainfo().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        assert re.search(r"/docs/screenshots/[\w.-]+\.png$", url), url
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_flatpak_manifest_matches_the_app_id_and_installs_existing_files():
    text = FLATPAK.read_text("utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(rf"^command: {command_name()}$", text, re.MULTILINE)
    assert re.search(rf"^rename-icon: {ICON_NAME}$", text, re.MULTILINE)
    installed = re.findall(r"\b(packaging/linux/[\w./${}-]+)", text)
    assert installed
    for path in installed:
        for size in ICON_SIZES if "${size}" in path else (None,):
            concrete = path.replace("${size}", str(size))
            assert (ROOT / concrete).is_file(), concrete

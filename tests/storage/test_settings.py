"""Settings on a real file: defaults, round trips, damage set aside, unwritable folders."""

from __future__ import annotations

import json
import os

import pytest

from backrelief_gui.storage.settings import Settings, SettingsStore


def test_a_missing_file_means_defaults(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    assert store.problem is None


def test_round_trip(tmp_path):
    store = SettingsStore(tmp_path / "deep" / "settings.json")
    chosen = Settings(routine="desk-break", dose="standard", safety_acknowledged=True)
    assert store.save(chosen)
    assert SettingsStore(store.path).load() == chosen


def test_unknown_and_mistyped_values_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"routine": 7, "dose": "standard", "colour": "red"}))
    assert SettingsStore(path).load() == Settings(dose="standard")


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2]"])
def test_a_damaged_file_is_set_aside_and_named(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(path)
    assert store.load() == Settings()
    aside = list(tmp_path.glob("settings-damaged-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == content  # nothing lost
    assert str(aside[0]) in store.problem and "defaults are used" in store.problem


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_keeps_settings_for_the_run(tmp_path):
    tmp_path.chmod(0o500)
    try:
        store = SettingsStore(tmp_path / "settings.json")
        assert not store.save(Settings(safety_acknowledged=True))
        assert "could not be saved" in store.problem
    finally:
        tmp_path.chmod(0o700)


def test_a_folder_in_the_way_is_reported(tmp_path):
    """A file where the data folder should be: saving fails with a message, no exception."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    store = SettingsStore(blocker / "settings.json")
    assert not store.save(Settings())
    assert str(blocker) in store.problem

"""The parsed-routine cache: same results as parsing, and never stale."""

from __future__ import annotations

import os

import pytest

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.loading import CatalogueError, load_library, read_toml
from backrelief_gui.core.parsed_cache import ParsedCache

ROUTINE = """format = 1
id = "mine"
name = "{name}"
description = "d"
exercises = ["cat-cow"]
"""


def test_a_warm_cache_gives_the_same_library_without_parsing(tmp_path):
    path = tmp_path / "cache.json"
    cold = ParsedCache(path)
    parsed = load_library(bundled_resources(), read=cold.read)
    cold.save()
    assert cold.misses == 4  # exercises, phrases and two routines
    warm = ParsedCache(path)
    cached = load_library(bundled_resources(), read=warm.read)
    assert warm.misses == 0
    assert cached == parsed


def test_a_changed_file_is_parsed_again(tmp_path):
    routine = tmp_path / "mine.toml"
    routine.write_text(ROUTINE.format(name="First"))
    cache = ParsedCache(tmp_path / "cache.json")
    assert cache.read(routine)["name"] == "First"
    cache.save()
    routine.write_text(ROUTINE.format(name="Second, longer"))
    os.utime(routine, ns=(1, 1))  # a different time as well as a different size
    again = ParsedCache(tmp_path / "cache.json")
    assert again.read(routine)["name"] == "Second, longer"
    assert again.misses == 1


def test_a_broken_file_is_never_cached(tmp_path):
    routine = tmp_path / "mine.toml"
    routine.write_text("format = 1\nid = [")
    cache = ParsedCache(tmp_path / "cache.json")
    for _ in range(2):
        with pytest.raises(CatalogueError, match="not valid TOML"):
            cache.read(routine)
    assert cache.misses == 2


@pytest.mark.parametrize("content", ["{damaged", '{"format": 99, "entries": {}}', "[]"])
def test_a_damaged_cache_is_ignored(tmp_path, content):
    path = tmp_path / "cache.json"
    path.write_text(content)
    cache = ParsedCache(path)
    source = bundled_resources() / "phrases.toml"
    assert cache.read(source) == read_toml(source)
    cache.save()
    assert ParsedCache(path).read(source) == read_toml(source)


def test_dates_are_parsed_each_time(tmp_path):
    dated = tmp_path / "dated.toml"
    dated.write_text("when = 2026-01-01\n")
    cache = ParsedCache(tmp_path / "cache.json")
    cache.read(dated)
    cache.save()
    assert not (tmp_path / "cache.json").exists()


def test_an_unwritable_cache_is_harmless(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where a folder should be")
    cache = ParsedCache(blocker / "routines.json")
    load_library(bundled_resources(), read=cache.read)
    cache.save()  # no exception: the next start parses again
    assert blocker.read_text() == "a file where a folder should be"

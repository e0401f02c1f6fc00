"""Shared fixtures: the shipped library, and Qt set to run without a screen."""

from __future__ import annotations

import os

import pytest

# Widgets render offscreen in tests; set before any Qt import creates the application.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.loading import Library, load_library


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(bundled_resources())

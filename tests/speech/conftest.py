"""Fixtures for speech tests: a real PulseAudio server to play cues into and record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.speech.pulse import PulseServer, available


@pytest.fixture
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """A private pulseaudio with a null sink, stopped after the test whatever happens."""
    reason = available()
    if reason is not None:
        pytest.skip(f"no PulseAudio server can run here: {reason}")
    # A short directory: a unix socket path may not exceed 107 bytes, and pytest's
    # tmp_path for a long test name can come close.
    directory = Path(tmp_path_factory.mktemp("pulse", numbered=True))
    server = PulseServer(directory)
    try:
        server.start()
        yield server
    finally:
        server.stop()

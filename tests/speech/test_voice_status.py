"""The main window's voice status names the voice really speaking, in the user's language.

In French, with no voice chosen, eSpeak NG's French voice speaks, and the status says so
in French; choosing another voice in the settings changes the status, and going back to
"no voice chosen" names the French voice again: never an English one it does not use.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from backrelief_gui.app import SessionServices
from backrelief_gui.cli import Options
from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.translation import translated_library
from backrelief_gui.paths import settings_file
from backrelief_gui.qt.language import install_language, qt_translate
from backrelief_gui.speech.engine import VoiceSettings
from backrelief_gui.storage.settings import Settings, SettingsStore
from backrelief_gui.ui.figures import Figures
from backrelief_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="eSpeak NG is not installed"
)


@pytest.fixture
def french_app(qtbot, tmp_path, library) -> Iterator[tuple[MainWindow, list[SessionServices]]]:
    """The window and its session services, in French, speaking at real speed."""
    language = install_language(bundled_resources(), "fr")
    data = tmp_path / "data"
    store = SettingsStore(settings_file(data))
    settings = Settings(safety_acknowledged=True, ask_pain=False, welcome_done=True)
    assert store.save(settings)
    options = Options(None, False, data, 1.0, None)
    made: list[SessionServices] = []

    def make_driver():
        made.append(SessionServices(window, options, settings, store, "fr"))
        return made[-1].driver

    window = MainWindow(
        translated_library(library, qt_translate),
        make_driver,
        Figures(bundled_resources()),
        settings,
        store,
    )
    qtbot.addWidget(window)
    window.show()
    window.driver  # noqa: B018 (the services: the voice starts)
    try:
        yield window, made
    finally:
        for services in made:
            services.shutdown()
        language.remove()


def _status(window: MainWindow) -> str:
    label = window.findChild(type(window.notice), "voiceStatus")
    return label.text() if label is not None else ""


def test_the_voice_status_names_the_french_voice_and_follows_a_change(qtbot, french_app):
    window, made = french_app
    qtbot.waitUntil(window.voice_button.isEnabled, timeout=20_000)  # the engine is ready
    assert _status(window) == "Voix\u00a0: French (France)"

    services = made[0]
    english = next(v for v in services._voice.voices if v.id.endswith("/en"))
    services.apply_voice_settings(VoiceSettings(english.id), False, True)
    assert _status(window) == f"Voix\u00a0: {english.name}"

    services.apply_voice_settings(VoiceSettings(), False, True)
    assert _status(window) == "Voix\u00a0: French (France)"

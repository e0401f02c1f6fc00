"""Every cue of the full routine, in French, becomes real speech from eSpeak NG's French voice.

The French catalogue is installed as the app installs it, the library translated, and
each cue of both doses (hold marks included) written to a file by the engine with no
voice chosen, which for French must be eSpeak NG's French one. Each file is measured:
sound, not silence, and about as long as the session plans for it.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from backrelief_gui.core.bundled import bundled_resources
from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.loading import load_library
from backrelief_gui.core.plan import compile_plan, estimate_speech_seconds
from backrelief_gui.core.translation import translated_library
from backrelief_gui.qt.speech_link import plan_cues
from backrelief_gui.speech.engine import Pyttsx3Engine, SpeechUnavailableError, VoiceSettings
from tests.speech.audio import peak, read_wav, rms, utterances
from tests.speech.test_cue_synthesis import AUDIBLE_RMS


def french_cues() -> list[str]:
    """Every distinct French cue of the full routine at every dose, in order of first use
    (needs the application, for Qt's translators)."""
    from backrelief_gui.qt.language import install_language, qt_translate

    language = install_language(bundled_resources(), "fr")
    try:
        library = translated_library(load_library(bundled_resources()), qt_translate)
        texts = [
            text
            for dose in Dose
            for text in plan_cues(compile_plan(library.routines["full"], dose, library.phrases))
        ]
    finally:
        language.remove()
    return list(dict.fromkeys(text for text in texts if text.strip()))


@pytest.fixture(scope="module")
def cues(qapp) -> list[str]:
    return french_cues()


@pytest.fixture(scope="module")
def engine(qapp) -> Iterator[Pyttsx3Engine]:
    """One engine speaking French with no voice chosen, as a French user starts out."""
    try:
        engine = Pyttsx3Engine("fr")
    except SpeechUnavailableError as error:
        pytest.skip(f"no text-to-speech engine on this machine: {error}")
    engine.apply(VoiceSettings())
    yield engine
    engine.apply(VoiceSettings())  # leave eSpeak's shared state as other tests expect


@pytest.fixture(scope="module")
def spoken(engine, cues, tmp_path_factory) -> list[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("french-cues")
    files = []
    for number, text in enumerate(cues):
        target = folder / f"{number:03d}.wav"
        engine.synthesise(text, target)
        files.append((text, target))
    return files


def test_the_cues_are_french_and_cover_the_routine(cues):
    """Guards the measurements below: they must be about the real French cues."""
    assert len(cues) > 40
    joined = " ".join(cues)
    for word in ("Préparez-vous.", "Répétition 1 sur 10.", "Tenez", "Reposez-vous", "Bravo"):
        assert word in joined
    assert any(len(text.split()) > 15 for text in cues)
    assert not [text for text in cues if text.startswith(("Get ready", "Rep ", "Take a rest"))]


def test_the_voice_used_is_espeak_ngs_french_one(engine, tmp_path):
    chosen = engine.default_voice()
    voice = next(voice for voice in engine.voices() if voice.id == chosen)
    assert voice.languages and voice.languages[0].startswith("fr"), voice
    engine.synthesise("Préparez-vous.", tmp_path / "cue.wav")  # pyttsx3 applies a voice here
    assert engine._engine.getProperty("voice") == chosen


def test_every_french_cue_is_audible_speech_of_plausible_length(spoken):
    problems = []
    for text, path in spoken:
        with wave.open(str(path), "rb") as audio:
            assert (audio.getnchannels(), audio.getsampwidth()) == (1, 2), path
        samples, rate = read_wav(path)
        seconds = len(samples) / rate
        estimate = estimate_speech_seconds(text)
        speech = utterances(samples, rate)
        checks = {
            "shorter than 0.25 s": seconds > 0.25,
            f"{seconds:.2f} s against an estimate of {estimate} s": (
                0.4 * estimate <= seconds <= 2.5 * estimate
            ),
            "too quiet": rms(samples) > AUDIBLE_RMS and peak(samples) > 8 * AUDIBLE_RMS,
            # eSpeak NG ends each file with about 0.3 s of quiet: a word of its own
            # ("trois") is half silence, a sentence mostly speech.
            "mostly silence": bool(speech)
            and sum(end - start for start, end in speech)
            > (0.15 if len(text.split()) == 1 else 0.5 * seconds),
        }
        problems += [f"{text!r}: {what}" for what, ok in checks.items() if not ok]
    assert not problems, "\n".join(problems)


def test_french_sounds_different_from_english(engine, tmp_path):
    """The same digits said by the French voice are not the English recording: a cache
    shared between languages would have played 'three' in a French session."""
    english = Pyttsx3Engine("en")
    english.apply(VoiceSettings())
    english.synthesise("3", tmp_path / "en.wav")
    engine.apply(VoiceSettings())
    engine.synthesise("3", tmp_path / "fr.wav")
    assert (tmp_path / "en.wav").read_bytes() != (tmp_path / "fr.wav").read_bytes()

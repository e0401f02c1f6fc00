"""Every cue of the full routine becomes real, audible speech with eSpeak NG, and is cached.

The session times spoken steps by ``estimate_speech_seconds``; these tests check the real
voice says each cue in a length close to that, and that nothing comes out silent, so a
cue can never be shown on screen while the speaker says nothing.
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
from backrelief_gui.speech.engine import Pyttsx3Engine, SpeechUnavailableError, VoiceSettings
from backrelief_gui.speech.worker import SynthWorker, cue_file
from tests.speech.audio import peak, read_wav, rms, silence, utterances, write_wav

#: Window RMS of eSpeak NG at full volume is ~2500-3500; silence is 0.
AUDIBLE_RMS = 800


def full_routine_cues() -> list[str]:
    """Every distinct cue text of the full routine at every dose, in order of first use."""
    library = load_library(bundled_resources())
    texts = (
        step.cue
        for dose in Dose
        for step in compile_plan(library.routines["full"], dose, library.phrases).steps
    )
    return list(dict.fromkeys(text for text in texts if text.strip()))


CUES = full_routine_cues()


@pytest.fixture(scope="module")
def shared_engine() -> Pyttsx3Engine:
    """Keeps one pyttsx3 engine alive for the module, as the app keeps one per worker.

    The tests skip only where pyttsx3 cannot start at all (``pyttsx3.init()`` raises,
    which happens without the eSpeak NG library).
    """
    try:
        return Pyttsx3Engine()
    except SpeechUnavailableError as error:
        pytest.skip(f"no text-to-speech engine on this machine: {error}")


@pytest.fixture
def engine(shared_engine) -> Pyttsx3Engine:
    """A fresh wrapper around the shared pyttsx3 engine, set to the default voice.

    pyttsx3 hands every wrapper the same engine; a wrapper only re-applies settings it did
    not apply itself, so a long-lived one could speak at a rate another test left behind.
    """
    del shared_engine
    engine = Pyttsx3Engine()
    engine.apply(VoiceSettings())
    return engine


@pytest.fixture(scope="module")
def audio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cues")


def test_the_routine_has_the_cues_these_tests_expect():
    """Guards the parametrisation below: an empty or one-dose list would prove little."""
    gentle = set(full_routine_cues_for(Dose.GENTLE))
    standard = set(full_routine_cues_for(Dose.STANDARD))

    assert set(CUES) == gentle | standard
    assert standard - gentle, "the standard dose should add cues (more reps)"
    assert len(CUES) == len(set(CUES))
    assert {"Get ready.", "And relax."} <= set(CUES)
    assert any(len(text.split()) > 15 for text in CUES)


def full_routine_cues_for(dose: Dose) -> list[str]:
    library = load_library(bundled_resources())
    plan = compile_plan(library.routines["full"], dose, library.phrases)
    return [step.cue for step in plan.steps if step.cue.strip()]


@pytest.mark.parametrize("text", CUES, ids=lambda text: text[:40])
def test_each_cue_is_synthesised_to_audible_speech_of_plausible_length(engine, audio_dir, text):
    target = audio_dir / f"{CUES.index(text):03d}.wav"

    engine.synthesise(text, target)

    with wave.open(str(target), "rb") as audio:
        assert audio.getnchannels() == 1
        assert audio.getsampwidth() == 2
        assert audio.getcomptype() == "NONE"
        assert 8000 <= audio.getframerate() <= 48000
    samples, rate = read_wav(target)
    seconds = len(samples) / rate
    estimate = estimate_speech_seconds(text)
    assert seconds > 0.25
    assert 0.4 * estimate <= seconds <= 2.5 * estimate, (seconds, estimate)
    assert rms(samples) > AUDIBLE_RMS
    assert peak(samples) > 8 * AUDIBLE_RMS
    spoken = utterances(samples, rate)
    assert spoken, "no speech found in the file"
    assert sum(end - start for start, end in spoken) > 0.5 * seconds, spoken
    if len(text.split()) <= 3:
        assert len(spoken) == 1, spoken


def test_a_slower_rate_says_the_same_words_for_longer(engine, tmp_path):
    text = "Hold for 10 seconds."
    lengths = {}
    for rate in (110, 250):
        engine.apply(VoiceSettings(rate=rate))
        engine.synthesise(text, tmp_path / f"{rate}.wav")
        samples, sample_rate = read_wav(tmp_path / f"{rate}.wav")
        lengths[rate] = len(samples) / sample_rate

    assert lengths[110] > 1.5 * lengths[250], lengths


def test_a_cue_that_comes_out_empty_is_asked_for_again(engine, tmp_path):
    """eSpeak NG now and then ends a cue at once with no audio (seen on a loaded machine,
    about one cue in a few hundred) and cannot be made to on demand; here the engine's
    first answer goes astray instead, which leaves the same empty result behind."""
    asked = []
    save_to_file = engine._engine.save_to_file

    def first_answer_lost(text, filename):
        asked.append(text)
        save_to_file(text, filename if len(asked) > 1 else f"{filename}.astray")

    engine._engine.save_to_file = first_answer_lost
    engine.synthesise("Get ready.", tmp_path / "cue.wav")

    assert asked == ["Get ready.", "Get ready."]
    samples, rate = read_wav(tmp_path / "cue.wav")
    assert utterances(samples, rate)


# -- the cache --------------------------------------------------------------------------


def test_cue_files_differ_by_text_voice_rate_and_volume(tmp_path):
    base = VoiceSettings("gmw/en", 170, 1.0)
    path = cue_file(tmp_path, "Get ready.", base)
    others = [
        cue_file(tmp_path, "And relax.", base),
        cue_file(tmp_path, "Get ready", base),
        cue_file(tmp_path, "Get ready.", VoiceSettings("gmw/en-US", 170, 1.0)),
        cue_file(tmp_path, "Get ready.", VoiceSettings("", 170, 1.0)),
        cue_file(tmp_path, "Get ready.", VoiceSettings("gmw/en", 171, 1.0)),
        cue_file(tmp_path, "Get ready.", VoiceSettings("gmw/en", 170, 0.5)),
    ]

    assert len({path, *others}) == 1 + len(others)
    assert all(p.parent == tmp_path and p.suffix == ".wav" for p in [path, *others])


def test_cue_files_are_the_same_for_the_same_words_and_voice(tmp_path):
    first = cue_file(tmp_path, "Hold for 5 seconds.", VoiceSettings("gmw/en", 170, 1.0))
    again = cue_file(tmp_path, "Hold for 5 seconds.", VoiceSettings("gmw/en", 170, 1.0))

    assert first == again
    elsewhere = cue_file(tmp_path / "other", "Hold for 5 seconds.", VoiceSettings("gmw/en"))
    assert elsewhere == tmp_path / "other" / first.name  # a cache can be moved


@pytest.fixture
def worker(engine, tmp_path, qtbot) -> Iterator[SynthWorker]:
    """A synthesis worker run on the test's thread: its slots are called directly.

    It starts its own engine; asking for ``engine`` only skips where there is none.
    """
    del engine
    worker = SynthWorker(tmp_path / "cache", VoiceSettings())
    with qtbot.waitSignal(worker.ready, timeout=10_000):
        worker.start()
    yield worker
    worker.deleteLater()


def test_the_worker_writes_each_cue_where_cue_file_says(worker, tmp_path, qtbot):
    text = "Now squeeze."

    with qtbot.waitSignal(worker.synthesised, timeout=10_000) as done:
        worker.enqueue([text], False)

    expected = cue_file(tmp_path / "cache", text, VoiceSettings())
    assert done.args == [text, str(expected)]
    samples, rate = read_wav(expected)
    assert len(utterances(samples, rate)) == 1


def test_the_worker_reuses_a_cached_cue_instead_of_synthesising_again(worker, tmp_path, qtbot):
    text = "And relax."
    cached = cue_file(tmp_path / "cache", text, VoiceSettings())
    with qtbot.waitSignal(worker.synthesised, timeout=10_000):
        worker.enqueue([text], False)
    # Replace the speech with a marker: if the worker synthesised again, speech would return.
    write_wav(cached, silence(0.5, 22050), 22050)

    with qtbot.waitSignal(worker.synthesised, timeout=10_000) as done:
        worker.enqueue([text], True)

    assert done.args == [text, str(cached)]
    samples, rate = read_wav(cached)
    assert utterances(samples, rate) == []
    assert len(samples) == 11025


def test_a_new_voice_gets_its_own_cue_file(worker, tmp_path, qtbot):
    text = "Get ready."
    slow = VoiceSettings(rate=120)
    with qtbot.waitSignal(worker.synthesised, timeout=10_000) as normal:
        worker.enqueue([text], False)
    worker.set_voice(slow)

    with qtbot.waitSignal(worker.synthesised, timeout=10_000) as changed:
        worker.enqueue([text], False)

    assert changed.args[1] == str(cue_file(tmp_path / "cache", text, slow))
    assert changed.args[1] != normal.args[1]
    first, _ = read_wav(normal.args[1])
    second, _ = read_wav(changed.args[1])
    assert len(second) > len(first)  # really said more slowly, not a copy

"""The text-to-speech engine (pyttsx3), used from one worker thread only.

pyttsx3's eSpeak driver synthesises a whole utterance and then plays it with a blocking
``aplay``, so it cannot be interrupted. Instead, each cue is synthesised to a WAV file
here (``save_to_file``, a few milliseconds a cue with eSpeak NG) and played by
:mod:`.player`, which can stop at once.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backrelief_gui.core.i18n import translate


class SpeechUnavailableError(RuntimeError):
    """No voice can be had here; the message says why and how to fix it, in plain words."""


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class VoiceSettings:
    """What the user chose: a voice id ('' for the usual voice of the app's language),
    rate, volume."""

    voice: str = ""
    rate: int = 170  # words per minute
    volume: float = 1.0

    def key(self) -> str:
        return f"{self.voice}|{self.rate}|{self.volume:.2f}"


def install_hint() -> str:
    """How to get a voice on this system, in the user's language."""
    if sys.platform.startswith("linux"):
        return translate(
            "speech", "Install eSpeak NG (on Debian or Ubuntu: sudo apt-get install espeak-ng)."
        )
    if sys.platform == "win32":
        return translate(
            "speech",
            "Check that a Windows voice is installed under Settings › Time & language › Speech.",
        )
    return translate("speech", "Check the system's spoken content settings.")


# eSpeak NG keeps one state per process (one voice, one rate, one synthesis callback)
# however many pyttsx3 engines exist. Every use goes through this lock, and an engine
# makes that state its own again before it speaks, so two engines never cross wires.
_ESPEAK_LOCK = threading.Lock()
_espeak_owner: list[object] = [None]
_UTTERANCE_TIMEOUT_S = 30.0  # a cue takes milliseconds to write, seconds to say aloud
_SYNTHESIS_ATTEMPTS = 3
_WAV_HEADER_BYTES = 44  # a file no longer than its header holds no sound


class Pyttsx3Engine:
    """One pyttsx3 engine: lists voices and writes cues to WAV files.

    ``language`` ('en', 'fr') picks the voice used while the user has chosen none.
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language
        try:
            import pyttsx3
        except ImportError as error:  # a broken install rather than a missing system part
            raise SpeechUnavailableError(
                translate("speech", "The speech module is missing ({error}).").format(error=error)
            ) from None
        try:
            # A fresh Engine, not pyttsx3.init(): init() hands back any engine still alive in
            # the process, even one a finished worker thread left mid-loop.
            with _ESPEAK_LOCK:
                self._engine: Any = pyttsx3.Engine()
                _espeak_owner[0] = self
        except (RuntimeError, OSError, ImportError, KeyError) as error:
            raise SpeechUnavailableError(
                translate(
                    "speech", "No text-to-speech engine could start ({error}). {hint}"
                ).format(error=error, hint=install_hint())
            ) from None
        _quieten_driver(self._engine)
        self._utterance_done = threading.Event()
        self._engine.connect("finished-utterance", lambda **_: self._utterance_done.set())
        self._applied: VoiceSettings | None = None
        self._wanted = VoiceSettings()

    def voices(self) -> list[Voice]:
        found = []
        for voice in self._engine.getProperty("voices") or []:
            languages = tuple(_language_text(lang) for lang in (voice.languages or []))
            found.append(Voice(str(voice.id), str(voice.name or voice.id), languages))
        return found

    def default_voice(self) -> str:
        """A voice of the app's language; for English, eSpeak NG's British one when there
        is one (it lists Afrikaans first), as before there were other languages."""
        voices = self.voices()
        if self.language != "en":
            return voice_for_language(voices, self.language) or self._english(voices)
        return self._english(voices)

    @staticmethod
    def _english(voices: list[Voice]) -> str:
        for preferred in ("en-gb", "en", "en-us"):
            for voice in voices:
                if preferred in voice.languages or voice.id.endswith(f"/{preferred}"):
                    return voice.id
        english = [v for v in voices if "english" in v.name.lower()]
        return english[0].id if english else (voices[0].id if voices else "")

    def apply(self, settings: VoiceSettings) -> None:
        self._wanted = settings
        with _ESPEAK_LOCK:
            self._claim()

    def _claim(self) -> None:
        """Make eSpeak's process-wide state this engine's, with its voice (lock held)."""
        driver = self._espeak_driver()
        if driver is not None and _espeak_owner[0] is not self:
            from pyttsx3.drivers import _espeak

            _espeak.SetSynthCallback(driver._onSynth)
            _espeak_owner[0] = self
            self._applied = None  # another engine may have changed the voice or rate
        if self._wanted != self._applied:
            settings = self._wanted
            self._engine.setProperty("voice", settings.voice or self.default_voice())
            self._engine.setProperty("rate", settings.rate)
            self._engine.setProperty("volume", settings.volume)
            self._wait_for_espeak()
            self._applied = settings

    def synthesise(self, text: str, target: Path) -> None:
        """Write ``text`` as speech to the WAV file ``target`` (blocking, a few ms).

        Now and then, on a busy machine, eSpeak NG ends a cue at once with no audio at
        all; asked again, it speaks. So an empty result is tried again before it counts
        as a failure.
        """
        partial = target.with_suffix(".part.wav")
        for _attempt in range(_SYNTHESIS_ATTEMPTS):
            with _ESPEAK_LOCK:
                self._claim()
                self._engine.save_to_file(text, str(partial))
                self._run_to_the_end(text)
            if partial.exists() and partial.stat().st_size > _WAV_HEADER_BYTES:
                partial.replace(target)
                return
        raise OSError(f"the engine wrote no audio for {text!r}")

    def _espeak_driver(self) -> Any:
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        return driver if type(driver).__module__.endswith(".espeak") else None

    def _run_to_the_end(self, text: str) -> None:
        """Run the engine until the utterance is really over (lock held).

        pyttsx3's eSpeak driver ends its loop as soon as it has *started* the synthesis,
        so runAndWait returns while eSpeak's own thread is still at work; the end is
        known only from the driver's "finished-utterance" report, written after the file.
        """
        self._utterance_done.clear()
        self._engine.runAndWait()
        if self._espeak_driver() is None:
            return  # other drivers do finish inside runAndWait
        if not self._utterance_done.wait(timeout=_UTTERANCE_TIMEOUT_S):
            raise OSError(f"the engine did not finish {text!r} in {_UTTERANCE_TIMEOUT_S} s")
        self._wait_for_espeak()

    def _wait_for_espeak(self) -> None:
        """eSpeak works through its commands on a thread of its own: wait until it has
        (otherwise a rate change can be applied a cue too late)."""
        if self._espeak_driver() is not None:
            from pyttsx3.drivers import _espeak

            _espeak.Synchronize()

    def speak_directly(self, text: str) -> None:
        """The engine's own blocking playback: the fallback when files cannot be written."""
        with _ESPEAK_LOCK:
            self._claim()
            driver = self._espeak_driver()
            if driver is not None:
                driver._save_file = None  # eSpeak's driver would otherwise write a file again
            self._engine.say(text)
            self._run_to_the_end(text)


def voice_for_language(voices: list[Voice], language: str) -> str:
    """The id of the voice that best speaks ``language`` ('fr'), or '' if none does.

    The language's own country first (eSpeak NG's 'fr-fr' before 'fr-be' or 'fr-ch'),
    then any variant of it.
    """
    for preferred in (f"{language}-{language}", language):
        for voice in voices:
            if preferred in voice.languages or voice.id.endswith(f"/{preferred}"):
                return voice.id
    for voice in voices:
        if any(spoken.split("-")[0] == language for spoken in voice.languages):
            return voice.id
    return ""


def _language_text(language: object) -> str:
    if isinstance(language, bytes):
        language = language.decode("utf-8", "replace").lstrip("\x05\x00\x01")
    return str(language).strip().lower()


def _quieten_driver(engine: Any) -> None:
    """pyttsx3's eSpeak driver prints 'Audio saved to …' for every file; silence only that."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    module = sys.modules.get(type(driver).__module__) if driver is not None else None
    if module is not None and module.__name__.endswith(".espeak"):
        module.print = lambda *args, **kwargs: None  # type: ignore[attr-defined]


class MacSayEngine:
    """macOS: the system's ``say`` command writes each cue to a WAV file.

    pyttsx3's macOS driver can hang or quit a Qt app, so it is kept out of the process;
    ``say`` gives the same voices from a separate, short-lived process.
    """

    def __init__(self, language: str = "en") -> None:
        import shutil

        if shutil.which("say") is None:
            raise SpeechUnavailableError(
                translate("speech", "The 'say' command is missing. {hint}").format(
                    hint=install_hint()
                )
            )
        self._settings = VoiceSettings()
        self.language = language

    def voices(self) -> list[Voice]:
        import subprocess

        listing = subprocess.run(
            ["say", "-v", "?"], capture_output=True, text=True, check=False, timeout=10
        ).stdout
        found = []
        for line in listing.splitlines():
            name, _, rest = line.partition("  ")
            language = rest.split("#")[0].strip().lower().replace("_", "-")
            if name.strip():
                found.append(Voice(name.strip(), name.strip(), (language,)))
        return found

    def default_voice(self) -> str:
        """The system's own choice, unless the app speaks another language than English."""
        return "" if self.language == "en" else voice_for_language(self.voices(), self.language)

    def apply(self, settings: VoiceSettings) -> None:
        self._settings = settings

    def synthesise(self, text: str, target: Path) -> None:
        import subprocess

        command = ["say", "-o", str(target), "--file-format=WAVE", "--data-format=LEI16@22050"]
        command += ["-r", str(self._settings.rate)]
        voice = self._settings.voice or self.default_voice()
        if voice:
            command += ["-v", voice]
        try:
            subprocess.run([*command, text], check=True, timeout=30, capture_output=True)
        except subprocess.SubprocessError as error:
            raise OSError(f"say could not write the cue ({error})") from None

    def speak_directly(self, text: str) -> None:
        import subprocess

        subprocess.run(["say", text], check=False, timeout=60)


def make_engine(language: str = "en") -> Pyttsx3Engine | MacSayEngine:
    """The engine this system should use (raises SpeechUnavailableError with a fix)."""
    if sys.platform == "darwin":
        return MacSayEngine(language)
    return Pyttsx3Engine(language)

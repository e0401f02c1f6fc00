"""The speech worker: owns the TTS engine in its own thread and writes cues to files.

Requests arrive as queued signals, so the UI thread never waits. The worker handles one
cue per turn of its event loop, which lets an urgent cue (the one due now) overtake a
long batch prepared ahead of a session.
"""

from __future__ import annotations

import hashlib
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from backrelief_gui.core.i18n import translate
from backrelief_gui.speech.engine import (
    MacSayEngine,
    Pyttsx3Engine,
    SpeechUnavailableError,
    VoiceSettings,
    make_engine,
)


def cue_file(cache: Path, text: str, voice: VoiceSettings) -> Path:
    """Where the audio for ``text`` in ``voice`` lives; the same words are made only once."""
    digest = hashlib.sha256(f"{voice.key()}\n{text}".encode()).hexdigest()[:24]
    return cache / f"{digest}.wav"


class SynthWorker(QObject):
    """Lives in a worker thread; every slot runs there.

    Signals:
        ready(str): the engine started; the text names the voice in use.
        voices_found(list): the engine's voices, as :class:`Voice` records.
        unavailable(str): no engine could start; the text says why and how to fix it.
        synthesised(str, str): the text and the file now holding it.
        failed(str, str): the text could not be written to a file, and why.
        spoken(str): the text was said by the engine's own playback (the fallback).
    """

    ready = Signal(str)
    voices_found = Signal(list)
    unavailable = Signal(str)
    synthesised = Signal(str, str)
    failed = Signal(str, str)
    spoken = Signal(str)
    _next = Signal()

    def __init__(self, cache: Path, voice: VoiceSettings, language: str = "en") -> None:
        super().__init__()
        self._cache = cache
        self._voice = voice
        self._language = language  # the voice used while the user has chosen none
        self._engine: Pyttsx3Engine | MacSayEngine | None = None
        self._queue: deque[str] = deque()
        self._scheduled = False
        # One cue per turn of the worker's event loop, through a queued signal: a zero
        # timer started from this thread (QTimer.singleShot) was seen never to fire.
        self._next.connect(self._work_one, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def start(self) -> None:
        """Start the engine and prove it can make sound (a voice self-test)."""
        try:
            self._cache.mkdir(parents=True, exist_ok=True)
            self._engine = make_engine(self._language)
            self._engine.apply(self._voice)
            probe = cue_file(self._cache, "Ready.", self._voice)
            if not probe.exists():
                self._engine.synthesise("Ready.", probe)
        except SpeechUnavailableError as error:
            self._engine = None
            self.unavailable.emit(str(error))
            return
        except OSError as error:
            self._engine = None
            self.unavailable.emit(
                translate("speech", "The voice could not be prepared ({error}).").format(
                    error=error
                )
            )
            return
        voices = self._engine.voices()
        self.voices_found.emit(voices)
        names = {voice.id: voice.name for voice in voices}
        chosen = self._voice.voice or self._engine.default_voice()
        self.ready.emit(names.get(chosen, chosen))

    @Slot(object)
    def set_voice(self, voice: VoiceSettings) -> None:
        self._voice = voice
        self._queue.clear()
        if self._engine is not None:
            self._engine.apply(voice)

    @Slot(list, bool)
    def enqueue(self, texts: list[str], urgent: bool) -> None:
        if urgent:
            self._queue.extendleft(reversed(texts))
        else:
            self._queue.extend(texts)
        self._schedule()

    @Slot(str)
    def speak_directly(self, text: str) -> None:
        """Fallback: the engine's own blocking playback (cannot be interrupted)."""
        if self._engine is not None:
            self._engine.speak_directly(text)
        self.spoken.emit(text)

    def _schedule(self) -> None:
        if not self._scheduled and self._queue:
            self._scheduled = True
            self._next.emit()

    def _work_one(self) -> None:
        self._scheduled = False
        if not self._queue:
            return
        text = self._queue.popleft()
        target = cue_file(self._cache, text, self._voice)
        if target.exists():
            self.synthesised.emit(text, str(target))
        elif self._engine is None:
            self.failed.emit(text, translate("speech", "no speech engine"))
        else:
            try:
                self._engine.synthesise(text, target)
            except Exception as error:  # any engine failure: report it and go on
                self.failed.emit(text, str(error))
            else:
                self.synthesised.emit(text, str(target))
        self._schedule()

"""Speakers: say a session's cues, report when each is done, stop at once when told.

Every speaker has the same small interface, so the session never knows whether it is
heard through eSpeak NG, kept silent (muted, or no engine), or faked in a test.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from backrelief_gui.core.plan import estimate_speech_seconds
from backrelief_gui.speech.engine import Voice, VoiceSettings
from backrelief_gui.speech.player import CuePlayer
from backrelief_gui.speech.worker import SynthWorker, cue_file

PREVIEW_CUE = -1  # the cue id of a voice preview: no session step waits for it


class Speaker(QObject):
    """Says one cue at a time; a new cue or ``cancel`` cuts the one being said.

    Signals:
        started(int): the cue given this id is now being heard.
        finished(int): the cue given this id was said to its end (never after a cancel).
        problem(str): something a person should know about the voice, in plain words.
    """

    started = Signal(int)
    finished = Signal(int)
    problem = Signal(str)

    def prepare(self, texts: Iterable[str]) -> None:
        """Get ready to say these soon (a session's cues are all known in advance)."""

    def say(self, cue_id: int, text: str) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError

    def set_voice(self, voice: VoiceSettings) -> None:
        """Speak in ``voice`` from the next cue on (a speaker without voices ignores it)."""

    def shutdown(self) -> None:
        """Release threads and processes before the app quits."""
        self.cancel()


class SilentSpeaker(Speaker):
    """Says nothing, but takes as long as reading the cue aloud would, so rhythm is kept.

    ``time_scale`` shortens that time for a session run faster than real time.
    """

    def __init__(self, time_scale: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._time_scale = time_scale
        self._cue_id = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.finished.emit(self._cue_id))

    def say(self, cue_id: int, text: str) -> None:
        self._cue_id = cue_id
        self.started.emit(cue_id)
        self._timer.start(round(estimate_speech_seconds(text) / self._time_scale * 1000))

    def cancel(self) -> None:
        self._timer.stop()

    @property
    def busy(self) -> bool:
        return self._timer.isActive()


class VoiceSpeaker(Speaker):
    """Speaks through pyttsx3, with every cue synthesised ahead to a file and played.

    The engine lives in a worker thread; files are played by a :class:`CuePlayer` that
    stops instantly. If playback fails (no sound device, say) the speaker reports it once
    and carries on silently, timing each cue as :class:`SilentSpeaker` does.

    ``language`` is the app's ('en', 'fr'): the voice used while the user has chosen none.
    Its cues are kept apart from English ones, as "3" is said differently.

    Signals:
        ready(str): the engine passed its self-test; the text names the voice.
    """

    ready = Signal(str)

    def __init__(
        self,
        cache: Path,
        voice: VoiceSettings,
        player: CuePlayer | None,
        parent: QObject | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        cache = cache if language == "en" else cache / language
        self._cache = cache
        self._voice = voice
        self._player = player
        self._fallback = SilentSpeaker(parent=self)
        self._fallback.finished.connect(self.finished)
        self._current: tuple[int, str] | None = None  # the cue being said: id and text
        self._playing = False  # its audio has been handed to the player
        self._playable = player is not None
        self._engine_ready = False
        self.voices: list[Voice] = []
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._worker = SynthWorker(cache, voice, language)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.ready.connect(self._on_ready)
        self._worker.voices_found.connect(self._on_voices)
        self._worker.unavailable.connect(self._on_unavailable)
        self._worker.synthesised.connect(self._on_synthesised)
        self._worker.failed.connect(self._on_synthesis_failed)
        self._worker.spoken.connect(self._on_spoken_directly)
        self._request.connect(self._worker.enqueue)
        self._speak_directly.connect(self._worker.speak_directly)
        self._new_voice.connect(self._worker.set_voice)
        if player is not None:
            player.started.connect(self.started)
            player.finished.connect(self._on_played)
            player.failed.connect(self._on_play_failed)
        else:
            self._report_no_player()
        self._thread.start()

    _request = Signal(list, bool)
    _speak_directly = Signal(str)
    _new_voice = Signal(object)

    def set_voice(self, voice: VoiceSettings) -> None:
        self._voice = voice
        self._new_voice.emit(voice)

    def prepare(self, texts: Iterable[str]) -> None:
        unique = list(dict.fromkeys(t for t in texts if t))
        missing = [t for t in unique if not cue_file(self._cache, t, self._voice).exists()]
        if missing:
            self._request.emit(missing, False)
        if unique and self._player is not None and self._playable:
            self._player.warm_up()  # the first cue then finds the sound output open

    def say(self, cue_id: int, text: str) -> None:
        self.cancel()
        self._current = (cue_id, text)
        if not self._playable or not self._engine_ready:
            self._fallback.say(cue_id, text)
            return
        audio = cue_file(self._cache, text, self._voice)
        if audio.exists():
            self._play(cue_id, audio)
        else:
            self._request.emit([text], True)  # played as soon as it is written

    def _play(self, cue_id: int, audio: Path) -> None:
        self._playing = True
        self._player.play(cue_id, audio)  # type: ignore[union-attr]

    def cancel(self) -> None:
        self._current = None
        self._playing = False
        self._fallback.cancel()
        if self._player is not None:
            self._player.stop()

    def shutdown(self) -> None:
        self.cancel()
        if self._player is not None:
            self._player.close()
        self._thread.quit()
        self._thread.wait(2000)

    # -- reports from the worker and the player ---------------------------------------

    def _on_voices(self, voices: list[Voice]) -> None:
        self.voices = voices

    def preview(self, voice: VoiceSettings, text: str) -> None:
        """Say ``text`` in ``voice`` now (the choice is kept: call again to go back)."""
        self.set_voice(voice)
        self.say(PREVIEW_CUE, text)

    def _on_ready(self, voice_name: str) -> None:
        self._engine_ready = True
        self.ready.emit(voice_name)

    def _on_unavailable(self, message: str) -> None:
        self._engine_ready = False
        self.problem.emit(
            self.tr("Cues will be shown but not spoken. {reason}").format(reason=message)
        )

    def _report_no_player(self) -> None:
        self._playable = False
        QTimer.singleShot(0, self._emit_no_player)  # once listeners are connected

    def _emit_no_player(self) -> None:
        self.problem.emit(
            self.tr(
                "Cues will be shown but not spoken: no audio player was found. "
                "Install alsa-utils (on Debian or Ubuntu: sudo apt-get install alsa-utils)."
            )
        )

    def _on_synthesised(self, text: str, path: str) -> None:
        """A file is ready; play it if it is the cue waiting to be said."""
        waiting = self._current
        if waiting is not None and waiting[1] == text and self._playable and not self._playing:
            self._play(waiting[0], Path(path))

    def _on_synthesis_failed(self, text: str, message: str) -> None:
        del message
        if self._current is not None and self._current[1] == text:
            self._speak_directly.emit(text)

    def _on_spoken_directly(self, text: str) -> None:
        if self._current is not None and self._current[1] == text:
            cue_id, _ = self._current
            self._current = None
            self.finished.emit(cue_id)

    def _on_played(self, cue_id: int) -> None:
        if self._current is not None and self._current[0] == cue_id:
            self._current = None
            self.finished.emit(cue_id)

    def _on_play_failed(self, cue_id: int, message: str) -> None:
        self._playable = False
        self.problem.emit(
            self.tr(
                "Cues will be shown but not spoken: the sound could not be played "
                "({reason}). Check that a sound device is connected and not muted."
            ).format(reason=message)
        )
        if self._current is not None and self._current[0] == cue_id:
            self._fallback.say(cue_id, self._current[1])

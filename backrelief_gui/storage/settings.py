"""The user's choices, kept as a small JSON file in the data folder.

A missing file means defaults; a damaged one is set aside with a clear message rather
than stopping the app; a folder that cannot be written keeps the settings for this run.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.i18n import translate
from backrelief_gui.storage.atomic import replacing

DEFAULTS: dict[str, object] = {
    "routine": "full",
    "dose": Dose.GENTLE.value,
    "safety_acknowledged": False,
    "voice": "",  # an engine voice id; empty means the system's English voice
    "rate": 170,  # words per minute
    "volume": 1.0,
    "muted": False,
    "beeps": True,  # short beeps on the last seconds of get-ready and rests
    "ask_pain": True,  # a 0-10 pain score before and after each session
    "pain_high": 7,  # an after-session score this high brings advice
    "pain_rise": 2,  # so does a rise this large over a session
    "weekly_goal": 5,  # days a week with a session
    "reminders": True,  # break reminders from the tray
    "break_minutes": 30,  # work between two breaks
    "micro_pauses": False,  # a 30-second pause every 20 minutes besides the breaks
    "working_days": [0, 1, 2, 3, 4],  # Monday 0 … Sunday 6
    "work_start": "09:00",
    "work_end": "18:00",
    "away_break_minutes": 5,  # this long away from the computer counts as a break
    "spoken_reminders": False,  # say the reminder aloud as well
    "tray_notice_shown": False,  # told once that closing the window keeps the app running
    "progression": False,  # suggest moving an exercise to the standard dose when ready
    "progression_sessions": 6,  # qualifying sessions before a suggestion (core.progression)
    "exercise_doses": {},  # exercise id -> "gentle"/"standard": the user's own dose for it
    "progression_declined": {},  # exercise id -> when (ISO 8601, UTC) "Not now" was said
    "appearance": "system",  # system, light or dark
    "text_scale": 100,  # per cent of the system's text size
    "welcome_done": False,  # the first-start welcome was finished or skipped
    "language": "",  # "en", "fr"; empty follows the system's language
}

#: Settings that map exercise ids to text, and the values each may hold (None: any text).
#: The loader keeps only the entries that fit, so one damaged entry loses nothing else.
_MAPPINGS: dict[str, frozenset[str] | None] = {
    "exercise_doses": frozenset(dose.value for dose in Dose),
    "progression_declined": None,
}


class Settings:
    """The user's choices; a plain class, as it is read before the first window shows."""

    routine: str
    dose: str
    safety_acknowledged: bool
    voice: str
    rate: int
    volume: float
    muted: bool
    beeps: bool
    ask_pain: bool
    pain_high: int
    pain_rise: int
    weekly_goal: int
    reminders: bool
    break_minutes: int
    micro_pauses: bool
    working_days: list[int]
    work_start: str
    work_end: str
    away_break_minutes: int
    spoken_reminders: bool
    tray_notice_shown: bool
    progression: bool
    progression_sessions: int
    exercise_doses: dict[str, str]
    progression_declined: dict[str, str]
    appearance: str
    text_scale: int
    welcome_done: bool
    language: str

    def __init__(self, **values: object) -> None:
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        for name, default in DEFAULTS.items():
            value = values.get(name, default)
            if isinstance(value, list | dict):  # a copy: never shared with DEFAULTS
                value = type(value)(value)
            setattr(self, name, value)

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in DEFAULTS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  (mutable: not a dictionary key)

    def __repr__(self) -> str:
        return f"Settings({self.as_dict()!r})"


def _fitting(mapping: object, allowed: frozenset[str] | None) -> dict[str, str]:
    """The entries of a loaded mapping whose value is text it may hold."""
    if not isinstance(mapping, dict):
        return {}
    return {
        str(key): value
        for key, value in mapping.items()
        if isinstance(value, str) and (allowed is None or value in allowed)
    }


class SettingsStore:
    """Loads and saves :class:`Settings`; ``problem`` says in words what went wrong, if anything."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Put in words when read, not when it happens: the settings are loaded before the
        # language they choose is installed, and the message is shown after.
        self._problem: Callable[[], str] | None = None

    @property
    def problem(self) -> str | None:
        """What went wrong with the file, in the user's language, or None."""
        return None if self._problem is None else self._problem()

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            self._set_aside(error)
            return Settings()
        if not isinstance(raw, dict):
            self._set_aside(ValueError("not a JSON object"))
            return Settings()
        values = {
            name: value
            for name, value in raw.items()
            if name in DEFAULTS and type(value) is type(DEFAULTS[name])
        }
        for name, allowed in _MAPPINGS.items():
            if name in values:
                values[name] = _fitting(values[name], allowed)
        if "welcome_done" not in raw and values.get("safety_acknowledged") is True:
            values["welcome_done"] = True  # used BackRelief before the welcome existed
        return Settings(**values)

    def save(self, settings: Settings) -> bool:
        """Write atomically (a crash mid-write leaves the old file); False if it failed."""
        try:
            with replacing(self.path) as temporary:
                temporary.write_text(json.dumps(settings.as_dict(), indent=2), encoding="utf-8")
        except OSError as error:
            folder, reason = self.path.parent, error.strerror
            self._problem = lambda: translate(
                "settings",
                "Your settings could not be saved to {folder} ({reason}). "
                "They will last until BackRelief closes.",
            ).format(folder=folder, reason=reason)
            return False
        return True

    def _set_aside(self, error: Exception) -> None:
        aside = self.path.with_name(f"settings-damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            os.replace(self.path, aside)
            moved = True
        except OSError:
            moved = False

        def told() -> str:
            if moved:
                where = translate("settings", "It was moved to {file}.").format(file=aside)
            else:
                where = translate("settings", "It was left where it is.")
            text = translate(
                "settings",
                "Your settings file could not be read ({error}), so defaults are used. {where}",
            )
            return text.format(error=error, where=where)

        self._problem = told

"""Parsed routine files kept as JSON, so a normal start needs no TOML parser.

Parsing TOML costs more at start-up than everything else the first window needs from
the catalogue (the parser and the datetime module it imports). Each file's parsed
content is stored with its size and modification time; a file that changed is parsed
again. The cache is a convenience: if it cannot be read or written, files are parsed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from backrelief_gui.core.loading import Source, read_toml

CACHE_FORMAT = 1


class ParsedCache:
    """A JSON file mapping each routine file (path, size, time) to its parsed content."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, object] = {}
        self._changed = False
        self.misses = 0
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(stored, dict) and stored.get("format") == CACHE_FORMAT:
            entries = stored.get("entries")
            self._entries = entries if isinstance(entries, dict) else {}

    def read(self, source: Source) -> dict[str, object]:
        """The parsed content of ``source``, from the cache when the file is unchanged."""
        key = _key(source)
        cached = self._entries.get(key) if key else None
        if isinstance(cached, dict):
            return cached
        self.misses += 1
        parsed = read_toml(source)
        if key and _json_safe(parsed):
            self._entries[key] = parsed
            self._changed = True
        return parsed

    def save(self) -> None:
        """Write the cache if anything was parsed; a failure only means parsing next time."""
        if not self._changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            text = json.dumps({"format": CACHE_FORMAT, "entries": self._entries})
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            return
        self._changed = False


def _key(source: Source) -> str | None:
    if not isinstance(source, Path):
        try:
            source = Path(str(source))
        except TypeError:
            return None
    try:
        status = source.stat()
    except OSError:
        return None
    return f"{source.resolve()}|{status.st_size}|{status.st_mtime_ns}"


def _json_safe(value: object) -> bool:
    """TOML dates and times have no JSON form; such a file is simply parsed each time."""
    if isinstance(value, dict):
        return all(_json_safe(item) for item in value.values())
    if isinstance(value, list):
        return all(_json_safe(item) for item in value)
    return isinstance(value, str | int | float | bool)

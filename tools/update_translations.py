"""Regenerate the translation catalogues from the sources, and compile them.

    python tools/update_translations.py                 update every catalogue, compile .qm
    python tools/update_translations.py --new de        start a catalogue for German
    python tools/update_translations.py --todo fr       unfinished entries of French, as JSON
    python tools/update_translations.py --apply fr t.json  fill in translations from JSON
    python tools/update_translations.py --check         fail if a catalogue is out of date

One catalogue per language, ``resources/i18n/backrelief_<lang>.ts``, holds two kinds of
text: the interface's, found in ``backrelief_gui/**.py`` by Qt's ``lupdate``
(``self.tr``, ``QCoreApplication.translate`` and the core's ``translate`` hook), and the
data files' (exercises, phrases, built-in routines, the Learn page), listed by
:func:`backrelief_gui.core.translation.data_messages`, and the figures' titles (what a
screen reader says for each drawing), listed by
:func:`backrelief_gui.ui.figures.figure_titles`. Translations already made are kept; a
text no longer in the sources is kept as "vanished" (ignored when compiled), so
its translation is there again if the text comes back. Each catalogue is compiled with
``lrelease`` to a ``.qm`` beside it, which the app loads (and which a wheel ships).

A text with ``%n`` is a count: it gets one translation per plural form of the language.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, against this source tree

from backrelief_gui.core.i18n import SOURCE_LANGUAGE  # noqa: E402
from backrelief_gui.core.learn import LEARN_FILE, load_learn  # noqa: E402
from backrelief_gui.core.loading import load_library  # noqa: E402
from backrelief_gui.core.translation import data_messages  # noqa: E402

PACKAGE = ROOT / "backrelief_gui"
RESOURCES = ROOT / "resources"
I18N = RESOURCES / "i18n"
PREFIX = "backrelief_"
#: Plural forms per language, in Qt's order (see QTranslator's numerus rules).
PLURAL_FORMS = {"fr": 2, "de": 2, "es": 2, "it": 2, "nl": 2, "pt": 2}

FINISHED, UNFINISHED, VANISHED = "finished", "unfinished", "vanished"


@dataclass(frozen=True)
class Message:
    """One text to translate, where it comes from, and its translation if there is one."""

    context: str
    source: str
    comment: str = ""  # Qt's disambiguation: part of the lookup key
    note: str = ""  # for the translator only (extracomment)
    files: tuple[str, ...] = ()
    translation: tuple[str, ...] = ()  # one text, or one per plural form
    status: str = UNFINISHED

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def numerus(self) -> bool:
        return "%n" in self.source


@dataclass
class Catalogue:
    language: str
    messages: list[Message] = field(default_factory=list)

    def by_key(self) -> dict[tuple[str, str, str], Message]:
        return {message.key: message for message in self.messages}


# -- finding the texts -------------------------------------------------------------------


def qt_tool(name: str) -> list[str]:
    """The command of Qt's ``lupdate`` or ``lrelease``, as shipped in PySide6's wheel."""
    import PySide6

    binary = Path(PySide6.__file__).parent / (f"{name}.exe" if os.name == "nt" else name)
    if binary.is_file():
        return [str(binary)]
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships {name}).")
    return [wrapper]


def code_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def extract_code(sources: list[Path] | None = None) -> list[Message]:
    """The interface's texts, as lupdate finds them in the Python sources."""
    files = code_sources() if sources is None else sources
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "code.ts"
        command = [*qt_tool("lupdate"), "-silent", "-locations", "absolute", *map(str, files)]
        done = subprocess.run(
            [*command, "-ts", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not target.exists():
            raise RuntimeError(f"lupdate failed: {done.stderr or done.stdout}")
        catalogue = read_ts(target)
    # lupdate reads a "#:" comment as a note to the translator; this code base writes
    # those to document attributes, so they are dropped rather than shown out of place.
    return [
        replace(message, note="", translation=(), status=UNFINISHED)
        for message in catalogue.messages
    ]


def extract_data(resources: Path = RESOURCES) -> list[Message]:
    """The data files' texts: exercises, phrases, built-in routines, the Learn page."""
    library = load_library(resources)
    learn_file = resources / LEARN_FILE
    learn = load_learn(learn_file) if learn_file.is_file() else None
    from backrelief_gui.ui.figures import FIGURES_CONTEXT, figure_titles

    figures = [
        Message(FIGURES_CONTEXT, title, note=_FIGURE_NOTE, files=(f"resources/{file}",))
        for file, title in figure_titles(resources)
    ]
    return [
        Message(item.context, item.source, note=item.note, files=(f"resources/{item.file}",))
        for item in data_messages(library, learn)
    ] + figures


_FIGURE_NOTE = "a drawing of an exercise position, said by screen readers"


def extract() -> list[Message]:
    """Every text the app shows or speaks, code first, each once."""
    found: dict[tuple[str, str, str], Message] = {}
    for message in [*extract_code(), *extract_data()]:
        earlier = found.get(message.key)
        if earlier is None:
            found[message.key] = message
        else:
            files = tuple(dict.fromkeys(earlier.files + message.files))
            found[message.key] = replace(earlier, files=files, note=earlier.note or message.note)
    return list(found.values())


# -- reading and writing catalogues ------------------------------------------------------


def read_ts(path: Path, base: Path | None = ROOT) -> Catalogue:
    """A .ts file's messages; file names are made relative to ``base`` (None: as written)."""
    root = ET.parse(path).getroot()
    catalogue = Catalogue(root.get("language", ""))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is None:
                texts: tuple[str, ...] = ()
            elif element.get("numerus") == "yes":
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            status = {"unfinished": UNFINISHED, "vanished": VANISHED, "obsolete": VANISHED}
            files = tuple(
                _relative(location.get("filename", ""), path, base)
                for location in element.iter("location")
            )
            catalogue.messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    note=element.findtext("extracomment") or "",
                    files=tuple(dict.fromkeys(files)),
                    translation=texts if any(texts) else (),
                    status=status.get(kind, FINISHED),
                )
            )
    return catalogue


def _relative(filename: str, ts: Path, base: Path | None) -> str:
    if base is None or not filename:
        return filename
    full = (ts.parent / filename).resolve()
    try:
        return full.relative_to(base).as_posix()
    except ValueError:
        return filename


def merge(sources: list[Message], existing: Catalogue) -> Catalogue:
    """The sources, with the translations ``existing`` already has; texts that went away
    stay as vanished, at the end of their context, keeping their translation."""
    known = existing.by_key()
    merged = []
    for message in sources:
        old = known.get(message.key)
        if old is not None and old.translation:
            status = UNFINISHED if old.status == UNFINISHED else FINISHED
            merged.append(replace(message, translation=old.translation, status=status))
        else:
            merged.append(message)
    current = {message.key for message in sources}
    gone = [
        replace(message, status=VANISHED)
        for message in existing.messages
        if message.key not in current and message.translation
    ]
    return Catalogue(existing.language, _grouped(merged + gone))


def _grouped(messages: list[Message]) -> list[Message]:
    """Messages by context, contexts in order of first appearance (a .ts lists them so)."""
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    return [message for group in contexts.values() for message in group]


def render_ts(catalogue: Catalogue, folder: Path = I18N) -> bytes:
    """The .ts file's bytes; file names are written relative to ``folder``, where it lives."""
    root = ET.Element(
        "TS", version="2.1", language=catalogue.language, sourcelanguage=SOURCE_LANGUAGE
    )
    forms = plural_forms(catalogue.language)
    current: ET.Element | None = None
    current_name: str | None = None
    for message in catalogue.messages:
        if message.context != current_name:
            current = ET.SubElement(root, "context")
            ET.SubElement(current, "name").text = message.context
            current_name = message.context
        assert current is not None
        element = ET.SubElement(current, "message")
        if message.numerus:
            element.set("numerus", "yes")
        for file in message.files:
            ET.SubElement(element, "location", filename=os.path.relpath(ROOT / file, folder))
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        if message.note:
            ET.SubElement(element, "extracomment").text = message.note
        translation = ET.SubElement(element, "translation")
        if message.status != FINISHED:
            translation.set("type", message.status)
        if message.numerus:
            texts = list(message.translation) + [""] * (forms - len(message.translation))
            for text in texts[: max(forms, len(message.translation))]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = message.translation[0] if message.translation else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'.encode()


def write_ts(path: Path, catalogue: Catalogue) -> None:
    path.write_bytes(render_ts(catalogue, path.parent))


def plural_forms(language: str) -> int:
    if language not in PLURAL_FORMS:
        raise SystemExit(
            f"How many plural forms has '{language}'? Add it to PLURAL_FORMS in {__file__}."
        )
    return PLURAL_FORMS[language]


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` with lrelease; unfinished and vanished entries are left out."""
    done = subprocess.run(
        [*qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts}: {done.stderr or done.stdout}")


# -- the commands ------------------------------------------------------------------------


def catalogue_path(language: str) -> Path:
    return I18N / f"{PREFIX}{language}.ts"


def languages() -> list[str]:
    return sorted(path.stem.removeprefix(PREFIX) for path in I18N.glob(f"{PREFIX}*.ts"))


def updated(language: str, sources: list[Message]) -> Catalogue:
    path = catalogue_path(language)
    existing = read_ts(path) if path.exists() else Catalogue(language)
    existing.language = language
    return merge(sources, existing)


def unfinished(catalogue: Catalogue) -> list[Message]:
    return [message for message in catalogue.messages if message.status == UNFINISHED]


def update(language_list: list[str]) -> None:
    sources = extract()
    for language in language_list:
        path = catalogue_path(language)
        catalogue = updated(language, sources)
        write_ts(path, catalogue)
        compile_qm(path, path.with_suffix(".qm"))
        todo = len(unfinished(catalogue))
        print(f"{path.relative_to(ROOT)}: {len(sources)} texts, {todo} still to translate")


def print_todo(language: str) -> None:
    """The unfinished entries as JSON, ready to be filled in and given to --apply."""
    entries = [
        {
            "context": message.context,
            "source": message.source,
            **({"comment": message.comment} if message.comment else {}),
            **({"note": message.note} if message.note else {}),
            "translation": [""] * plural_forms(language) if message.numerus else "",
        }
        for message in unfinished(updated(language, extract()))
    ]
    print(json.dumps(entries, ensure_ascii=False, indent=2))


def apply(language: str, answers: Path) -> None:
    """Write the translations of a JSON list (as --todo prints it) into the catalogue."""
    path = catalogue_path(language)
    catalogue = read_ts(path)
    given = {
        (entry["context"], entry["source"], entry.get("comment", "")): entry["translation"]
        for entry in json.loads(answers.read_text(encoding="utf-8"))
    }
    filled = 0
    for index, message in enumerate(catalogue.messages):
        text = given.pop(message.key, None)
        if not text:
            continue
        texts = tuple(text) if isinstance(text, list) else (text,)
        catalogue.messages[index] = replace(message, translation=texts, status=FINISHED)
        filled += 1
    if given:
        unknown = "\n".join(f"  {context}: {source!r}" for context, source, _ in given)
        raise SystemExit(f"Not in {path.name} (run the update first?):\n{unknown}")
    write_ts(path, catalogue)
    compile_qm(path, path.with_suffix(".qm"))
    print(f"{path.relative_to(ROOT)}: {filled} translations written")


def check(language_list: list[str]) -> int:
    """0 when every catalogue and .qm matches the sources; else say what is out of date."""
    sources = extract()
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for language in language_list:
            path = catalogue_path(language)
            if render_ts(updated(language, sources), path.parent) != path.read_bytes():
                stale.append(path.name)
            fresh = Path(folder) / path.name
            compile_qm(path, fresh.with_suffix(".qm"))
            if fresh.with_suffix(".qm").read_bytes() != path.with_suffix(".qm").read_bytes():
                stale.append(path.with_suffix(".qm").name)
    for name in stale:
        print(f"{name} is out of date: run python tools/update_translations.py")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--new", metavar="LANG", help="start a catalogue for a new language")
    group.add_argument("--todo", metavar="LANG", help="print the unfinished entries as JSON")
    group.add_argument("--apply", nargs=2, metavar=("LANG", "JSON"), help="fill translations")
    group.add_argument("--check", action="store_true", help="fail if anything is out of date")
    args = parser.parse_args(argv)
    if args.todo:
        print_todo(args.todo)
    elif args.apply:
        apply(args.apply[0], Path(args.apply[1]))
    elif args.check:
        return check(languages())
    elif args.new:
        plural_forms(args.new)  # known before anything is written
        catalogue_path(args.new).parent.mkdir(parents=True, exist_ok=True)
        write_ts(catalogue_path(args.new), Catalogue(args.new))
        update([args.new])
    else:
        update(languages())
    return 0


if __name__ == "__main__":
    sys.exit(main())

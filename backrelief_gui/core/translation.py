"""The catalogue's own words (exercises, phrases, built-in routines, the Learn page) in
the user's language.

The data files stay English; their texts are looked up in the same Qt catalogue as the
interface's, under contexts such as ``exercise/wall-angels``, ``phrases`` and
``routine/full``. One walk over the data serves both sides: the app translates with it
(:func:`translated_library`), and the extraction script lists what needs translating
with it (:func:`data_messages`), so the two can never disagree about which texts exist.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from backrelief_gui.core.catalogue import (
    PHRASE_FIELDS,
    Exercise,
    HoldCues,
    Phrases,
    Routine,
)
from backrelief_gui.core.learn import LearnText, Point, Section
from backrelief_gui.core.loading import Library

#: context, English text -> the text in the user's language (the English when none).
Translate = Callable[[str, str], str]

PHRASES_CONTEXT = "phrases"
LEARN_CONTEXT = "learn"


def exercise_context(exercise_id: str) -> str:
    return f"exercise/{exercise_id}"


def routine_context(routine_id: str) -> str:
    return f"routine/{routine_id}"


class DataMessage(NamedTuple):
    """One text of the data files to translate; ``note`` tells the translator what it is."""

    context: str
    source: str
    note: str
    file: str


# Every text goes through one ``visit(context, text, note, file)``, which returns the text
# to use in its place: a translation, or the text itself once it has been written down.
_Visit = Callable[[str, str, str, str], str]

EXERCISES_FILE = "exercises.toml"
PHRASES_FILE = "phrases.toml"
LEARN_FILE = "learn.toml"


def translated_library(library: Library, translate: Translate) -> Library:
    """A copy of ``library`` with every shown or spoken text in the user's language.

    Numbers, ids and doses are untouched. User routines keep their own names, which the
    user wrote; their exercises come from the catalogue and are translated. A phrase
    whose translation lost or gained a ``{placeholder}`` stays English, so a faulty
    catalogue can never break a session.
    """
    return _walk_library(library, lambda context, text, _note, _file: translate(context, text))


def translated_learn(learn: LearnText, translate: Translate) -> LearnText:
    """A copy of the Learn page's words in the user's language."""
    return _walk_learn(learn, lambda context, text, _note, _file: translate(context, text))


def data_messages(library: Library, learn: LearnText | None = None) -> list[DataMessage]:
    """Every distinct text of the built-in data, in file order, for the catalogue."""
    found: dict[tuple[str, str], DataMessage] = {}

    def note_down(context: str, text: str, note: str, file: str) -> str:
        found.setdefault((context, text), DataMessage(context, text, note, file))
        return text

    builtin = library._replace(
        routines={key: routine for key, routine in library.routines.items() if routine.builtin}
    )
    _walk_library(builtin, note_down)
    if learn is not None:
        _walk_learn(learn, note_down)
    return list(found.values())


def template_fields(template: str) -> set[str]:
    """The ``{placeholders}`` of a format template, with any format spec: {'seconds:02d'}."""
    fields = set()
    try:
        for _literal, name, spec, _conversion in string.Formatter().parse(template):
            if name is not None:
                fields.add(f"{name}:{spec}" if spec else name)
    except ValueError:
        fields.add("<unbalanced braces>")
    return fields


# -- the walk ------------------------------------------------------------------------------


def _walk_library(library: Library, visit: _Visit) -> Library:
    exercises = {
        key: _walk_exercise(exercise, visit) for key, exercise in library.exercises.items()
    }
    return Library(
        exercises,
        _walk_phrases(library.phrases, visit),
        {key: _walk_routine(routine, visit) for key, routine in library.routines.items()},
        list(library.problems),
    )


def _walk_exercise(exercise: Exercise, visit: _Visit) -> Exercise:
    context = exercise_context(exercise.id)

    def text(value: str, note: str) -> str:
        return visit(context, value, note, EXERCISES_FILE)

    # In the file's order, so the catalogue reads like the file.
    name = text(exercise.name, "the exercise's name")
    purpose = text(exercise.purpose, "what it does for the back, one sentence")
    equipment = text(exercise.equipment, "what is needed, shown in the list")
    setup = text(exercise.setup, "getting into position; spoken after the name")
    movement = text(exercise.movement, "one repetition, shown on screen")
    tips = tuple(text(tip, "a tip") for tip in exercise.tips)
    hold = exercise.hold
    if hold is not None:
        hold = HoldCues(
            text(hold.cue, "spoken at the start of each hold"),
            text(hold.label, "shown during the hold: a few words"),
            text(hold.release, "spoken when the hold ends"),
        )
    phases = tuple(
        phase._replace(
            label=text(phase.label, f"phase {number}: shown on screen, a few words"),
            cue=text(phase.cue, f"phase {number}: spoken at its start, a few words"),
        )
        for number, phase in enumerate(exercise.phases, start=1)
    )
    return exercise._replace(
        name=name,
        purpose=purpose,
        equipment=equipment,
        setup=setup,
        movement=movement,
        tips=tips,
        hold=hold,
        phases=phases,
    )


def _walk_phrases(phrases: Phrases, visit: _Visit) -> Phrases:
    sections: dict[str, dict[str, str]] = {}
    for section, templates in (("labels", phrases.labels), ("cues", phrases.cues)):
        kind = "shown above the countdown" if section == "labels" else "spoken"
        sections[section] = {}
        for key, template in templates.items():
            allowed = sorted(PHRASE_FIELDS[section].get(key, ()))
            keep = ", ".join("{" + name + "}" for name in allowed) or "no placeholders"
            note = f"{section}.{key}, {kind}; keep {keep}"
            translated = visit(PHRASES_CONTEXT, template, note, PHRASES_FILE)
            same = template_fields(translated) == template_fields(template)
            sections[section][key] = translated if same else template
    return Phrases(labels=sections["labels"], cues=sections["cues"])


def _walk_routine(routine: Routine, visit: _Visit) -> Routine:
    exercises = tuple(_walk_exercise(exercise, visit) for exercise in routine.exercises)
    if not routine.builtin:  # the user's own words
        return routine._replace(exercises=exercises)
    context = routine_context(routine.id)
    file = f"routines/{routine.id}.toml"
    return routine._replace(
        name=visit(context, routine.name, "the routine's name, short", file),
        description=visit(context, routine.description, "the routine in one sentence", file),
        exercises=exercises,
    )


def _walk_learn(learn: LearnText, visit: _Visit) -> LearnText:
    def text(value: str, note: str) -> str:
        return visit(LEARN_CONTEXT, value, note, LEARN_FILE)

    def section(part: Section, name: str) -> Section:
        heading = text(part.heading, f"{name}: heading")
        intro = text(part.intro, f"{name}: intro")
        points = tuple(
            Point(
                point.id,
                text(point.title, f"{name}: the title of '{point.id}', a few words"),
                text(point.text, f"{name}: the paragraph of '{point.id}'"),
            )
            for point in part.points
        )
        return Section(heading, intro, points)

    title = text(learn.title, "the page's title")
    intro = text(learn.intro, "the page's opening paragraph")
    return replace(
        learn,
        title=title,
        intro=intro,
        causes=section(learn.causes, "causes"),
        tips=section(learn.tips, "tips"),
        safety_heading=text(learn.safety_heading, "heading of the safety note"),
    )

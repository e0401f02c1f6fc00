"""Gentle progression: which exercises are ready to move from the gentle to the standard dose.

Pure functions of the history, the routine and the user's choices, so the rule can be
tried on any history and the window only asks, shows and saves. Nothing here changes a
dose: the user confirms every move.

**The rule**, conservative on purpose. An exercise of the routine is suggested when, in
the sessions of the last :data:`RECENT_DAYS` days that included it (newest first), at
least ``needed`` *qualifying* sessions come before any session in which pain rose:

- a session **qualifies** when it was completed, every row of the exercise in it was
  completed at the gentle dose, and both pain scores were given with the score after no
  higher than the score before;
- a session that included the exercise (a repetition of it done) and in which **pain
  rose** (after higher than before) ends the count: only sessions after it count;
- a session **without both scores** neither counts nor ends the count: nothing is known
  about it, so it cannot speak for more;
- rows without a known dose (written before BackRelief kept it) or at a dose the routine
  set itself (``custom``) do not count, and neither do standard ones;
- after the user says "Not now" (or moves the exercise back), only sessions started
  after that moment count, so the same suggestion needs ``needed`` fresh sessions.

An exercise is never suggested when the user already chose a dose for it, when the
routine's entry sets its own reps, sets or hold, or when its standard dose is no more
than its gentle one (the catalogue's top is as far as it goes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from backrelief_gui.core.catalogue import Dose, Entry, Exercise, Routine
from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.core.i18n import translate

DEFAULT_SESSIONS = 6
MIN_SESSIONS = 3  # fewer says too little about how an exercise sits with the back
MAX_SESSIONS = 20
RECENT_DAYS = 60  # after a longer gap, the gentle dose is the right place to start again
CUSTOM_DOSE = "custom"  # recorded for an exercise whose routine entry sets its own dose


class Suggestion(NamedTuple):
    """One exercise that is ready for the standard dose, and why."""

    exercise_id: str
    exercise_name: str
    sessions: int  # qualifying sessions found
    reason: str  # e.g. "6 sessions of Wall Angels at the gentle dose with no rise in pain"
    gentle: str  # the prescription now, as the exercise list shows it
    standard: str  # the prescription it would move to


def sets_own_dose(entry: Entry) -> bool:
    """Whether a routine entry fixes the dose itself, so gentle and standard do not apply."""
    return entry.reps is not None or entry.sets is not None or entry.hold_seconds is not None


def recorded_dose(entry: Entry, dose: Dose) -> str:
    """What the history keeps as the dose an exercise was done at."""
    return CUSTOM_DOSE if sets_own_dose(entry) else dose.value


def recent_since(now: datetime) -> datetime:
    """The oldest session start that can count: read the history from here on."""
    return now - timedelta(days=RECENT_DAYS)


def declined_times(raw: Mapping[str, object]) -> dict[str, datetime]:
    """When each suggestion was last turned down, from the settings (ISO 8601 text).

    An unreadable or zone-less time is left out: that exercise is treated as never
    declined, which at worst asks once more.
    """
    times = {}
    for exercise, text in raw.items():
        if not isinstance(text, str):
            continue
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            continue
        if moment.tzinfo is not None:
            times[exercise] = moment
    return times


def ready_for_more(
    sessions: Iterable[SessionRecord],
    exercises: Iterable[ExerciseRecord],
    routine: Routine,
    *,
    needed: int,
    exercise_doses: Mapping[str, Dose],
    declined: Mapping[str, datetime],
    now: datetime,
) -> list[Suggestion]:
    """The routine's exercises ready for the standard dose, in routine order."""
    needed = min(max(needed, MIN_SESSIONS), MAX_SESSIONS)
    since = recent_since(now)
    newest_first = sorted(
        (session for session in sessions if session.started_utc >= since),
        key=lambda session: (session.started_utc, session.id),
        reverse=True,
    )
    rows: dict[tuple[int, str], list[ExerciseRecord]] = defaultdict(list)
    for row in exercises:
        rows[(row.session_id, row.exercise_id)].append(row)
    found = []
    seen = set()
    for position, exercise in enumerate(routine.exercises):
        if exercise.id in seen:
            continue
        seen.add(exercise.id)
        if not _may_move(exercise, routine.entry(position), exercise_doses):
            continue
        count = _qualifying_run(exercise.id, newest_first, rows, declined.get(exercise.id))
        if count >= needed:
            found.append(_suggestion(exercise, count))
    return found


def _may_move(exercise: Exercise, entry: Entry, exercise_doses: Mapping[str, Dose]) -> bool:
    if exercise.id in exercise_doses or sets_own_dose(entry):
        return False
    dosed = [exercise.reps, exercise.sets]
    if exercise.hold_seconds is not None:
        dosed.append(exercise.hold_seconds)
    return any(value.standard > value.gentle for value in dosed)


def _qualifying_run(
    exercise_id: str,
    newest_first: Sequence[SessionRecord],
    rows: Mapping[tuple[int, str], list[ExerciseRecord]],
    declined: datetime | None,
) -> int:
    """Qualifying sessions, newest first, back to a rise in pain or the last 'Not now'."""
    count = 0
    for session in newest_first:
        if declined is not None and session.started_utc <= declined:
            break
        done = rows.get((session.id, exercise_id))
        if not done:
            continue
        if _pain_rose(session) and any(row.done_reps > 0 for row in done):
            break
        if _qualifies(session, done):
            count += 1
    return count


def _pain_rose(session: SessionRecord) -> bool:
    before, after = session.pain_before, session.pain_after
    return before is not None and after is not None and after > before


def _qualifies(session: SessionRecord, done: Sequence[ExerciseRecord]) -> bool:
    before, after = session.pain_before, session.pain_after
    return (
        session.status is SessionStatus.COMPLETED
        and before is not None
        and after is not None
        and after <= before
        and all(row.outcome is Outcome.COMPLETED and row.dose == Dose.GENTLE.value for row in done)
    )


def _suggestion(exercise: Exercise, count: int) -> Suggestion:
    return Suggestion(
        exercise.id,
        exercise.name,
        count,
        translate(
            "progression",
            "%n sessions of {name} at the gentle dose with no rise in pain",
            "",
            count,
        ).format(name=exercise.name),
        exercise.dose_summary(Dose.GENTLE),
        exercise.dose_summary(Dose.STANDARD),
    )

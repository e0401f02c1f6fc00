"""Gentle progression on histories built in code: when an exercise is ready for more, and
every reason it is not.

The catalogue is the shipped one (Wall Angels: 10 reps gentle, 15 standard; Shoulder
Blade Squeeze: hold 5 s gentle, 10 s standard), so the suggestions read as the user
would see them.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from backrelief_gui.core.catalogue import Dose, Entry, Routine, chosen_doses
from backrelief_gui.core.history_model import (
    ExerciseRecord,
    Outcome,
    SessionRecord,
    SessionStatus,
)
from backrelief_gui.core.progression import (
    CUSTOM_DOSE,
    MIN_SESSIONS,
    RECENT_DAYS,
    declined_times,
    ready_for_more,
    recorded_dose,
    sets_own_dose,
)
from tests.core.conftest import make_paced

NOW = datetime(2026, 5, 20, 18, 0, tzinfo=UTC)
ANGELS = "wall-angels"
SQUEEZE = "shoulder-blade-squeeze"


class History:
    """Sessions and their exercise rows, added oldest first, one a day by default."""

    def __init__(self) -> None:
        self.sessions: list[SessionRecord] = []
        self.rows: list[ExerciseRecord] = []
        self._next_id = 1

    def add(
        self,
        days_ago: float,
        *,
        pain: tuple[int | None, int | None] = (4, 3),
        status: SessionStatus = SessionStatus.COMPLETED,
        exercises: tuple[str, ...] = (ANGELS,),
        dose: str | None = "gentle",
        outcome: Outcome = Outcome.COMPLETED,
        done: int = 10,
    ) -> SessionRecord:
        started = NOW - timedelta(days=days_ago)
        session = SessionRecord(
            self._next_id,
            "full",
            "Full routine",
            "gentle",
            started,
            60,
            started + timedelta(minutes=10),
            status,
            600.0,
            580.0,
            pain[0],
            pain[1],
            "",
        )
        self._next_id += 1
        self.sessions.append(session)
        for position, exercise in enumerate(exercises):
            self.rows.append(
                ExerciseRecord(
                    session.id,
                    position,
                    exercise,
                    exercise.replace("-", " ").title(),
                    10,
                    done,
                    1,
                    None,
                    outcome,
                    started + timedelta(minutes=position + 1),
                    dose,
                )
            )
        return session

    def good(self, count: int, *, start: float, **kwargs: object) -> None:
        """``count`` qualifying sessions, one a day, the newest ``start`` days ago."""
        for n in range(count):
            self.add(start + count - 1 - n, **kwargs)

    def copy(self) -> History:
        twin = History()
        twin.sessions, twin.rows, twin._next_id = (
            list(self.sessions),
            list(self.rows),
            self._next_id,
        )
        return twin


@pytest.fixture
def routine(library) -> Routine:
    return library.routines["full"]


def suggested(history, routine, *, needed=6, doses=None, declined=None, now=NOW):
    found = ready_for_more(
        history.sessions,
        history.rows,
        routine,
        needed=needed,
        exercise_doses=doses or {},
        declined=declined or {},
        now=now,
    )
    return [suggestion.exercise_id for suggestion in found]


# -- ready ------------------------------------------------------------------------------


@pytest.mark.parametrize("needed", [3, 6, 10])
def test_enough_qualifying_sessions_suggest_the_standard_dose(routine, needed):
    history = History()
    history.good(needed, start=1)
    assert suggested(history, routine, needed=needed) == [ANGELS]


@pytest.mark.parametrize("needed", [3, 6, 10])
def test_one_session_short_suggests_nothing(routine, needed):
    history = History()
    history.good(needed - 1, start=1)
    assert suggested(history, routine, needed=needed) == []


def test_the_suggestion_says_why_and_what_changes(routine):
    history = History()
    history.good(6, start=1)
    (suggestion,) = ready_for_more(
        history.sessions,
        history.rows,
        routine,
        needed=6,
        exercise_doses={},
        declined={},
        now=NOW,
    )
    assert suggestion.exercise_name == "Wall Angels"
    assert suggestion.reason == "6 sessions of Wall Angels at the gentle dose with no rise in pain"
    assert (suggestion.gentle, suggestion.standard) == ("10 reps", "15 reps")
    assert suggestion.sessions == 6


def test_pain_that_stays_the_same_counts(routine):
    history = History()
    history.good(6, start=1, pain=(5, 5))
    assert suggested(history, routine) == [ANGELS]


def test_each_exercise_is_judged_on_its_own_sessions(routine):
    history = History()
    history.good(6, start=1, exercises=(SQUEEZE, ANGELS))
    history.good(2, start=10, exercises=("cat-cow",))
    assert suggested(history, routine) == [SQUEEZE, ANGELS]  # in routine order


# -- pain -------------------------------------------------------------------------------


@pytest.mark.parametrize("where", range(6))
def test_one_rise_in_pain_among_the_last_six_suggests_nothing(routine, where):
    history = History()
    history.good(6, start=7)  # six good ones before: enough, until the rise
    for day in range(6, 0, -1):
        history.add(day, pain=(3, 4) if day == 6 - where else (4, 3))
    assert len([s for s in history.sessions if s.pain_after > s.pain_before]) == 1
    assert suggested(history, routine) == []


def test_after_a_rise_the_count_starts_again(routine):
    history = History()
    history.good(10, start=20)
    history.add(15, pain=(2, 6))
    history.good(5, start=1)
    assert suggested(history, routine) == []
    history.add(0.5)
    assert suggested(history, routine) == [ANGELS]


def test_a_rise_in_a_session_without_the_exercise_does_not_count_against_it(routine):
    history = History()
    history.good(3, start=10)
    history.add(8, pain=(2, 7), exercises=(SQUEEZE,))
    history.good(3, start=1)
    assert suggested(history, routine) == [ANGELS]


def test_a_rise_in_a_session_where_it_was_skipped_does_not_count_against_it(routine):
    history = History()
    history.good(3, start=10)
    history.add(8, pain=(2, 7), outcome=Outcome.SKIPPED, done=0)
    history.good(3, start=1)
    assert suggested(history, routine) == [ANGELS]


def test_a_rise_in_a_stopped_session_where_it_was_done_ends_the_count(routine):
    history = History()
    history.good(6, start=10)
    history.add(3, pain=(2, 5), status=SessionStatus.STOPPED, outcome=Outcome.PARTIAL, done=4)
    history.good(5, start=1)
    assert suggested(history, routine) == []


# -- what does not count ------------------------------------------------------------


@pytest.mark.parametrize("pain", [(None, None), (4, None), (None, 2)])
def test_sessions_without_both_scores_do_not_count(routine, pain):
    history = History()
    history.good(5, start=20)
    history.good(10, start=1, pain=pain)
    assert suggested(history, routine) == []


@pytest.mark.parametrize("pain", [(None, None), (4, None), (None, 9)])
def test_sessions_without_both_scores_do_not_end_the_count_either(routine, pain):
    history = History()
    history.good(3, start=10)
    history.add(8, pain=pain)
    history.good(3, start=1)
    assert suggested(history, routine) == [ANGELS]


@pytest.mark.parametrize(
    "spoilt",
    [
        {"status": SessionStatus.STOPPED},
        {"status": SessionStatus.INTERRUPTED},
        {"status": SessionStatus.RUNNING},
        {"outcome": Outcome.PARTIAL, "done": 6},
        {"outcome": Outcome.SKIPPED, "done": 0},
        {"dose": "standard"},
        {"dose": None},  # a row from before the history kept the dose
        {"dose": CUSTOM_DOSE},
    ],
)
def test_sessions_not_done_completely_at_the_gentle_dose_do_not_count(routine, spoilt):
    history = History()
    history.good(5, start=10)
    history.good(4, start=1, **spoilt)
    assert suggested(history, routine) == []
    history.add(0.5)  # one more real one makes six
    assert suggested(history, routine) == [ANGELS]


@pytest.mark.parametrize(("oldest", "ready"), [(RECENT_DAYS + 5, False), (RECENT_DAYS - 1, True)])
def test_sessions_older_than_the_recent_window_do_not_count(routine, oldest, ready):
    history = History()
    history.good(5, start=oldest - 4)  # the oldest of them ``oldest`` days ago
    history.good(1, start=1)
    assert suggested(history, routine) == ([ANGELS] if ready else [])


def test_an_exercise_done_twice_in_a_session_must_be_done_completely_both_times(library):
    angels = library.exercises[ANGELS]
    twice = Routine("twice", "Twice", "d", (angels, angels))
    history = History()
    history.good(6, start=1, exercises=(ANGELS, ANGELS))
    assert suggested(history, twice) == [ANGELS]  # one suggestion, not two
    history.rows[-1] = history.rows[-1]._replace(outcome=Outcome.PARTIAL)
    assert suggested(history, twice) == []


# -- never suggested ----------------------------------------------------------------


@pytest.mark.parametrize("dose", [Dose.STANDARD, Dose.GENTLE])
def test_an_exercise_the_user_already_moved_is_not_suggested(routine, dose):
    history = History()
    history.good(12, start=1, exercises=(SQUEEZE, ANGELS))
    assert suggested(history, routine, doses={ANGELS: dose}) == [SQUEEZE]


@pytest.mark.parametrize(
    "entry",
    [
        Entry(ANGELS, reps=12),
        Entry(ANGELS, sets=2),
        Entry(SQUEEZE, hold_seconds=8),
    ],
)
def test_an_entry_that_sets_its_own_dose_is_not_suggested(library, entry):
    exercise = library.exercises[entry.exercise]
    own = Routine("own", "Own", "d", (entry.applied_to(exercise),), (entry,), builtin=False)
    plain = Routine("plain", "Plain", "d", (exercise,))
    history = History()
    history.good(8, start=1, exercises=(entry.exercise,))
    assert suggested(history, plain) == [entry.exercise]
    assert suggested(history, own) == []


def test_an_entry_that_only_paces_or_rests_may_still_be_suggested(library):
    entry = Entry(ANGELS, tempo_seconds=8.0, rest_seconds=30, per_side=False)
    exercise = library.exercises[ANGELS]
    paced = Routine("paced", "Paced", "d", (entry.applied_to(exercise),), (entry,))
    history = History()
    history.good(6, start=1)
    assert suggested(history, paced) == [ANGELS]


def test_an_exercise_already_at_the_top_of_its_range_is_not_suggested():
    flat = make_paced("flat", reps=8)  # gentle and standard alike: nowhere to go
    history = History()
    history.good(8, start=1, exercises=("flat",))
    assert suggested(history, Routine("r", "R", "d", (flat,))) == []


# -- "Not now" ----------------------------------------------------------------------


def test_a_declined_suggestion_waits_for_as_many_fresh_sessions(routine):
    history = History()
    history.good(6, start=20)
    declined_at = NOW - timedelta(days=10)
    declined = {ANGELS: declined_at}
    assert suggested(history, routine) == [ANGELS]
    assert suggested(history, routine, declined=declined) == []
    history.good(5, start=2)
    assert suggested(history, routine, declined=declined) == []
    history.add(1)
    assert suggested(history, routine, declined=declined) == [ANGELS]


def test_declining_one_exercise_leaves_the_others(routine):
    history = History()
    history.good(6, start=1, exercises=(SQUEEZE, ANGELS))
    assert suggested(history, routine, declined={ANGELS: NOW}) == [SQUEEZE]


# -- the number of sessions ---------------------------------------------------------


@pytest.mark.parametrize("needed", [-4, 0, 1, 2])
def test_too_few_sessions_asked_for_is_raised_to_the_minimum(routine, needed):
    history = History()
    history.good(MIN_SESSIONS - 1, start=1)
    assert suggested(history, routine, needed=needed) == []
    history.add(0.5)
    assert suggested(history, routine, needed=needed) == [ANGELS]


# -- many generated histories -------------------------------------------------------

VARIANTS = [
    {},
    {},
    {"pain": (5, 5)},
    {"pain": (None, None)},
    {"pain": (3, 5)},
    {"pain": (6, 2)},
    {"status": SessionStatus.STOPPED, "outcome": Outcome.PARTIAL, "done": 3},
    {"dose": "standard"},
    {"dose": None},
    {"exercises": (SQUEEZE,)},
    {"exercises": (SQUEEZE, ANGELS)},
]


def random_history(seed: int) -> History:
    chance = random.Random(seed)
    history = History()
    days = sorted(chance.uniform(0.5, RECENT_DAYS + 10) for _ in range(chance.randint(0, 25)))
    for day in reversed(days):
        history.add(day, **chance.choice(VARIANTS))
    return history


@pytest.mark.parametrize("seed", range(60))
def test_generated_histories_obey_the_rule(routine, seed):
    needed = 3 + seed % 4
    history = random_history(seed)
    before = suggested(history, routine, needed=needed)
    # The order the records come in makes no difference.
    shuffled = History()
    shuffled.sessions = random.Random(seed).sample(history.sessions, len(history.sessions))
    shuffled.rows = list(reversed(history.rows))
    assert suggested(shuffled, routine, needed=needed) == before
    # Needing one session more never suggests more; declining now takes everything away.
    assert set(suggested(history, routine, needed=needed + 1)) <= set(before)
    everything = {SQUEEZE: NOW, ANGELS: NOW}
    assert suggested(history, routine, needed=needed, declined=everything) == []
    # A rise in pain in the newest session with the exercises takes any suggestion away ...
    risen = history.copy()
    risen.add(0.3, pain=(2, 3), exercises=(SQUEEZE, ANGELS))
    assert suggested(risen, routine, needed=needed) == []
    # ... one good session fewer than needed after it is not enough, and one more brings
    # both back.
    for n in range(needed - 1):
        risen.add(0.25 - n * 0.02, exercises=(SQUEEZE, ANGELS))
    assert suggested(risen, routine, needed=needed) == []
    risen.add(0.1, exercises=(SQUEEZE, ANGELS))
    assert suggested(risen, routine, needed=needed) == [SQUEEZE, ANGELS]
    # Moving one of them leaves only the other.
    assert suggested(risen, routine, needed=needed, doses={SQUEEZE: Dose.STANDARD}) == [ANGELS]


# -- helpers for the settings and the recorder --------------------------------------


def test_chosen_doses_keep_only_real_doses():
    raw = {ANGELS: "standard", SQUEEZE: "gentle", "cat-cow": "extreme", "seated-row": 3}
    assert chosen_doses(raw) == {ANGELS: Dose.STANDARD, SQUEEZE: Dose.GENTLE}


def test_declined_times_keep_only_readable_times_with_a_zone():
    raw = {
        ANGELS: "2026-05-01T10:00:00+00:00",
        SQUEEZE: "yesterday",
        "cat-cow": "2026-05-01T10:00:00",  # no zone: cannot be compared safely
        "seated-row": 17,
    }
    assert declined_times(raw) == {ANGELS: datetime(2026, 5, 1, 10, tzinfo=UTC)}


@pytest.mark.parametrize(
    ("entry", "dose", "recorded"),
    [
        (Entry(ANGELS), Dose.GENTLE, "gentle"),
        (Entry(ANGELS), Dose.STANDARD, "standard"),
        (Entry(ANGELS, reps=12), Dose.GENTLE, CUSTOM_DOSE),
        (Entry(SQUEEZE, hold_seconds=7), Dose.STANDARD, CUSTOM_DOSE),
        (Entry(ANGELS, sets=2), Dose.GENTLE, CUSTOM_DOSE),
        (Entry(ANGELS, tempo_seconds=6.0, rest_seconds=20, per_side=True), Dose.GENTLE, "gentle"),
    ],
)
def test_the_dose_recorded_for_an_exercise(entry, dose, recorded):
    assert recorded_dose(entry, dose) == recorded
    assert sets_own_dose(entry) is (recorded == CUSTOM_DOSE)

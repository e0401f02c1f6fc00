"""The draft routine: edits keep the safe limits, the total is the plan's, undo walks back."""

from __future__ import annotations

import pytest

from backrelief_gui.core.catalogue import Dose, Entry
from backrelief_gui.core.loading import ENTRY_BOUNDS, parse_routine
from backrelief_gui.core.plan import Pacing, compile_plan
from backrelief_gui.core.routine_draft import (
    DEFAULT_DESCRIPTION,
    MAX_EXERCISES,
    Change,
    ChangeHistory,
    Draft,
    DraftError,
    editable_fields,
    entry_summary,
    programme_range,
    programmed_value,
    slug,
    total_seconds,
    unique_id,
)
from backrelief_gui.core.routine_file import routine_to_toml


def tomllib_loads(text: str) -> dict[str, object]:
    import tomllib

    return tomllib.loads(text)


@pytest.fixture
def exercises(library):
    return library.exercises


@pytest.fixture
def morning() -> Draft:
    return Draft("morning", "Morning", "Loosen up.").adding("cat-cow").adding("wall-angels")


# -- edits ------------------------------------------------------------------------------


def test_adding_removing_and_moving_keep_the_order_asked_for():
    draft = Draft("d", "D")
    for exercise in ("cat-cow", "wall-angels", "childs-pose", "seated-row"):
        draft = draft.adding(exercise)
    assert [e.exercise for e in draft.entries] == [
        "cat-cow", "wall-angels", "childs-pose", "seated-row",
    ]  # fmt: skip
    moved = draft.moving(3, 0)
    assert [e.exercise for e in moved.entries] == [
        "seated-row", "cat-cow", "wall-angels", "childs-pose",
    ]  # fmt: skip
    assert [e.exercise for e in moved.moving(0, 3).entries] == [e.exercise for e in draft.entries]
    assert [e.exercise for e in draft.removing(1).entries] == [
        "cat-cow", "childs-pose", "seated-row",
    ]  # fmt: skip
    assert draft.adding("cat-cow", position=0).entries[0] == Entry("cat-cow")
    assert draft.entries[0] == Entry("cat-cow")  # edits never change the draft they start from


def test_positions_outside_the_routine_are_refused(morning):
    with pytest.raises(DraftError, match="no exercise number 3"):
        morning.removing(2)
    with pytest.raises(DraftError):
        morning.moving(0, 2)


def test_a_routine_holds_at_most_thirty_exercises():
    draft = Draft("long", "Long")
    for _ in range(MAX_EXERCISES):
        draft = draft.adding("cat-cow")
    with pytest.raises(DraftError, match="at most 30"):
        draft.adding("cat-cow")


@pytest.mark.parametrize("field", ["reps", "sets", "rest_seconds", "tempo_seconds"])
def test_each_value_stays_within_the_safe_limits(morning, exercises, field):
    cat_cow = exercises["cat-cow"]
    low, high = ENTRY_BOUNDS[field]
    assert getattr(morning.with_value(0, field, low, cat_cow).entries[0], field) == low
    assert getattr(morning.with_value(0, field, high, cat_cow).entries[0], field) == high
    for outside in (low - 1, high + 1):
        with pytest.raises(DraftError, match=f"from {low:g} to {high:g}"):
            morning.with_value(0, field, outside, cat_cow)


def test_none_puts_a_value_back_to_the_programme(morning, exercises):
    changed = morning.with_value(0, "reps", 12, exercises["cat-cow"])
    assert changed.entries[0].reps == 12
    assert changed.with_value(0, "reps", None, exercises["cat-cow"]).entries[0] == Entry("cat-cow")


def test_a_hold_has_no_tempo_and_a_paced_movement_no_hold(exercises):
    draft = Draft("d", "D").adding("shoulder-blade-squeeze").adding("cat-cow")
    squeeze, cat_cow = exercises["shoulder-blade-squeeze"], exercises["cat-cow"]
    assert draft.with_value(0, "hold_seconds", 8, squeeze).entries[0].hold_seconds == 8
    assert draft.with_value(1, "tempo_seconds", 7.5, cat_cow).entries[1].tempo_seconds == 7.5
    with pytest.raises(DraftError, match="no tempo"):
        draft.with_value(0, "tempo_seconds", 5, squeeze)
    with pytest.raises(DraftError, match="no hold"):
        draft.with_value(1, "hold_seconds", 5, cat_cow)
    assert "tempo_seconds" not in editable_fields(squeeze)
    assert "hold_seconds" not in editable_fields(cat_cow)


def test_whole_number_fields_are_stored_as_whole_numbers(morning, exercises):
    entry = morning.with_value(0, "reps", 12.0, exercises["cat-cow"]).entries[0]
    assert entry.reps == 12 and isinstance(entry.reps, int)


def test_each_side_is_set_per_entry(morning):
    assert morning.with_per_side(1, True).entries == (
        Entry("cat-cow"),
        Entry("wall-angels", per_side=True),
    )


# -- what the draft becomes -----------------------------------------------------------------


def test_the_routine_it_makes_survives_the_file_format(morning, exercises):
    built = (
        morning.with_value(0, "reps", 12, exercises["cat-cow"])
        .with_value(1, "tempo_seconds", 8.5, exercises["wall-angels"])
        .with_value(1, "rest_seconds", 25, exercises["wall-angels"])
        .with_per_side(1, True)
    )
    routine = built.routine(exercises)
    assert not routine.builtin
    assert routine.exercises[0].reps.at(Dose.GENTLE) == 12
    text = routine_to_toml(routine)
    again = parse_routine(tomllib_loads(text), "morning.toml", exercises, builtin=False)
    assert again == routine
    assert Draft.of(again) == built


def test_a_blank_description_gets_a_plain_default(exercises):
    routine = Draft("d", "  Mine ", "  ").adding("cat-cow").routine(exercises)
    assert routine.name == "Mine"
    assert routine.description == DEFAULT_DESCRIPTION


def test_what_keeps_a_draft_from_being_saved():
    assert Draft("d", " ").adding("cat-cow").save_problem() == "Give the routine a name."
    assert Draft("d", "Mine").save_problem() == "Add at least one exercise."
    assert "characters" in (Draft("d", "x" * 401).adding("cat-cow").save_problem() or "")
    assert Draft("d", "Mine").adding("cat-cow").save_problem() is None


@pytest.mark.parametrize("dose", list(Dose))
def test_total_duration_is_the_plans(morning, library, dose):
    pacing = Pacing(tempo=1.5)
    expected = compile_plan(morning.routine(library.exercises), dose, library.phrases, pacing)
    total = total_seconds(morning, library.exercises, library.phrases, dose, pacing)
    assert total == expected.total_duration > 0


def test_total_duration_follows_the_reps(morning, library):
    before = total_seconds(morning, library.exercises, library.phrases, Dose.GENTLE)
    more = morning.with_value(0, "reps", 20, library.exercises["cat-cow"])
    after = total_seconds(more, library.exercises, library.phrases, Dose.GENTLE)
    assert after - before == pytest.approx(10 * 6.0)  # ten more cat-cows of 6 s each
    assert total_seconds(Draft("e", "Empty"), library.exercises, library.phrases, Dose.GENTLE) == 0


# -- what is shown beside each field ------------------------------------------------------


def test_programme_ranges_read_gentle_then_standard(exercises):
    assert programme_range(exercises["cat-cow"], "reps") == "programme: 10–15"
    assert programme_range(exercises["shoulder-blade-squeeze"], "reps") == "programme: 10"
    assert programme_range(exercises["shoulder-blade-squeeze"], "hold_seconds") == (
        "programme: 5–10 s"
    )
    assert programme_range(exercises["cat-cow"], "tempo_seconds") == "programme: 6 s"
    assert programme_range(exercises["cat-cow"], "tempo_seconds", Pacing(tempo=1.5)) == (
        "programme: 9 s"
    )
    assert "10 s" in programme_range(exercises["cat-cow"], "rest_seconds")


def test_as_programmed_follows_the_dose(exercises):
    assert programmed_value(exercises["cat-cow"], "reps", Dose.GENTLE) == 10
    assert programmed_value(exercises["cat-cow"], "reps", Dose.STANDARD) == 15
    assert programmed_value(exercises["childs-pose"], "hold_seconds", Dose.STANDARD) == 30
    assert programmed_value(exercises["cat-cow"], "rest_seconds", Dose.GENTLE) is None


def test_entry_summary_says_what_the_routine_changes(exercises):
    entry = Entry("wall-angels", reps=12, tempo_seconds=7.5, per_side=True, rest_seconds=20)
    assert entry_summary(entry, exercises["wall-angels"], Dose.GENTLE) == (
        "12 reps · 7.5 s a rep · each side · rest 20 s"
    )
    assert entry_summary(Entry("childs-pose"), exercises["childs-pose"], Dose.STANDARD) == (
        "3 reps, hold 30 s"
    )


# -- ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Morning stretch", "morning-stretch"),
        ("  Café -- 2 ", "cafe-2"),
        ("Müller's Desk Break!", "muller-s-desk-break"),
        ("漢字", "routine"),
        ("x" * 80, "x" * 40),
    ],
)
def test_slugs_are_valid_ids(name, expected):
    assert slug(name) == expected


def test_unique_ids_never_take_one_in_use():
    assert unique_id("Full", {"desk-break"}) == "full"
    assert unique_id("Full", {"full"}) == "full-2"
    assert unique_id("Full", {"full", "full-2", "full-3"}) == "full-4"


# -- undo ---------------------------------------------------------------------------------


def _change(before: Draft | None, after: Draft | None, key: str = "") -> Change:
    return Change("change", "r", before, after, key)


def test_undo_and_redo_walk_the_changes_in_order():
    history = ChangeHistory()
    one, two, three = (Draft("r", name) for name in ("One", "Two", "Three"))
    history.record(_change(None, one))
    history.record(_change(one, two))
    history.record(_change(two, three))
    assert history.undo().before == two
    assert history.undo().before == one
    assert history.redo().after == two
    assert history.undo_label == "change" and history.redo_label == "change"
    history.record(_change(two, three))  # a new change drops what was undone
    assert history.redo() is None
    assert history.undo().before == two
    assert history.undo().before == one
    assert history.undo().before is None
    assert history.undo() is None and history.undo_label is None


def test_a_run_of_like_changes_is_one_step_until_sealed():
    history = ChangeHistory()
    drafts = [Draft("r", f"v{n}") for n in range(5)]
    history.record(_change(drafts[0], drafts[1], "0:reps"))
    history.record(_change(drafts[1], drafts[2], "0:reps"))
    history.seal()
    history.record(_change(drafts[2], drafts[3], "0:reps"))
    history.record(_change(drafts[3], drafts[4], "0:sets"))
    assert history.undo() == _change(drafts[3], drafts[4], "0:sets")
    assert history.undo() == _change(drafts[2], drafts[3], "0:reps")
    assert history.undo() == _change(drafts[0], drafts[2], "0:reps")  # the first two, merged


def test_undoing_stops_a_later_change_merging_into_an_undone_one():
    history = ChangeHistory()
    a, b, c = Draft("r", "a"), Draft("r", "b"), Draft("r", "c")
    history.record(_change(a, b, "name"))
    history.undo()
    history.record(_change(a, c, "name"))
    assert history.undo() == _change(a, c, "name")
    assert history.undo() is None


def test_the_history_is_bounded_and_knows_its_ids():
    history = ChangeHistory(limit=3)
    for number in range(5):
        history.record(Change("c", f"r{number}", None, Draft(f"r{number}", "x")))
    assert history.routine_ids() == {"r2", "r3", "r4"}
    assert [history.undo() is not None for _ in range(4)] == [True, True, True, False]

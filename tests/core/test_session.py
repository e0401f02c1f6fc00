"""The session machine, driven by a fake clock: every transition, to the millisecond."""

from __future__ import annotations

import pytest

from backrelief_gui.core.catalogue import Dose, Routine
from backrelief_gui.core.plan import Plan, StepKind, compile_plan
from backrelief_gui.core.session import (
    CancelSpeech,
    Countdown,
    ExerciseEnded,
    Say,
    SessionEnded,
    SessionMachine,
    State,
    StateChanged,
    StepStarted,
)
from tests.core.conftest import make_hold

T0 = 1000.0  # monotonic clocks start anywhere


def kinds(effects):
    return [type(e).__name__ for e in effects]


@pytest.fixture
def plan(small_routine, library) -> Plan:
    return compile_plan(small_routine, Dose.STANDARD, library.phrases)


def index_of(plan: Plan, kind: StepKind, nth: int = 0) -> int:
    return [i for i, s in enumerate(plan.steps) if s.kind is kind][nth]


def run_to(machine: SessionMachine, index: int, now: float) -> float:
    """Follow the machine's own wakeups until it reaches step ``index``; return the time."""
    while machine.index < index:
        now = machine.next_wakeup()
        machine.advance(now)
    return now


def test_start_enters_the_first_step_and_says_its_cue(plan):
    machine = SessionMachine(plan)
    effects = machine.start(T0)
    assert machine.state is State.RUNNING
    assert effects[:3] == [
        StateChanged(State.RUNNING),
        StepStarted(0, plan.steps[0]),
        Say(0, plan.steps[0].cue),
    ]
    assert machine.next_wakeup() == T0 + plan.steps[0].duration


def test_events_out_of_turn_do_nothing(plan):
    machine = SessionMachine(plan)
    for event in (
        machine.pause,
        machine.resume,
        machine.next_step,
        machine.previous_step,
        machine.skip_exercise,
        machine.stop,
        machine.advance,
    ):
        assert event(T0) == []
    assert machine.state is State.IDLE and machine.next_wakeup() is None
    machine.start(T0)
    assert machine.start(T0 + 1) == [] and machine.resume(T0 + 1) == []


def test_whole_session_ends_exactly_at_the_planned_total(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    ended = []
    now = T0
    while machine.state is State.RUNNING:
        now = machine.next_wakeup()
        ended += [e for e in machine.advance(now) if isinstance(e, SessionEnded)]
    assert machine.state is State.FINISHED
    assert now == pytest.approx(T0 + plan.total_duration, abs=1e-9)
    summary = ended[0].summary
    assert [(r.reps_done, r.reps_planned) for r in summary.results] == [(2, 2), (2, 2)]
    assert summary.active_seconds == pytest.approx(plan.total_duration, abs=1e-9)


def test_late_wakeups_do_not_drift(plan):
    """A step begins at the previous deadline, however late the wakeup that noticed it."""
    machine = SessionMachine(plan)
    machine.start(T0)
    first = plan.steps[0].duration
    machine.advance(T0 + first + 0.3)  # noticed 300 ms late
    assert machine.index == 1
    assert machine.deadline() == pytest.approx(T0 + first + plan.steps[1].duration, abs=1e-9)


def test_a_long_stall_catches_up_and_says_only_the_current_cue(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    target = index_of(plan, StepKind.HOLD, 1)
    effects = machine.advance(T0 + plan.steps[target].start + 0.5)
    assert machine.index == target
    assert [e.index for e in effects if isinstance(e, Say)] == [target]
    started = [e.index for e in effects if isinstance(e, StepStarted)]
    assert started == list(range(1, target + 1))


def test_countdown_ticks_on_every_whole_second_of_a_hold(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    hold = index_of(plan, StepKind.HOLD)
    now = run_to(machine, hold, T0)
    ticks = []
    while machine.index == hold:
        ticks.append(
            (
                round(now - T0 - plan.steps[hold].start, 6),
                [
                    e.seconds_left
                    for e in machine.advance(now)
                    if isinstance(e, Countdown) and e.index == hold
                ],
            )
        )
        now = machine.next_wakeup()
    assert ticks[0] == (0.0, [])  # the first value came with the step itself
    assert [t for t, _ in ticks] == [float(s) for s in range(11)]  # 10.0 ends the hold
    assert [v for _, values in ticks[1:] for v in values] == list(range(9, 0, -1))


def test_entering_a_counting_step_shows_its_full_length(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    effects = machine.advance(T0 + plan.steps[0].duration)
    assert Countdown(1, 5) in effects  # get ready: 5 seconds


def test_pause_mid_hold_keeps_the_remaining_time_to_the_millisecond(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    hold = index_of(plan, StepKind.HOLD)
    run_to(machine, hold, T0)
    middle = T0 + plan.steps[hold].start + 3.7
    machine.advance(middle)
    before = machine.remaining(middle)
    assert machine.pause(middle) == [CancelSpeech(), StateChanged(State.PAUSED)]
    assert machine.next_wakeup() is None
    assert machine.remaining(middle + 500) == pytest.approx(before, abs=1e-3)
    effects = machine.resume(middle + 600)
    assert Say(hold, plan.steps[hold].cue) in effects  # resume repeats what to do
    assert machine.remaining(middle + 600) == pytest.approx(6.3, abs=1e-3)
    assert machine.deadline() == pytest.approx(middle + 600 + 6.3, abs=1e-3)
    machine.advance(middle + 600 + 6.3 - 0.001)
    assert machine.index == hold
    machine.advance(middle + 600 + 6.3)
    assert machine.index == hold + 1


def test_paused_time_is_not_active_time(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    machine.pause(T0 + 2)
    machine.resume(T0 + 102)
    assert machine.active_seconds(T0 + 103) == pytest.approx(3)
    machine.stop(T0 + 104)
    assert machine.summary().active_seconds == pytest.approx(4)


def test_next_and_previous_move_one_step_from_now(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    effects = machine.next_step(T0 + 1)
    assert effects[0] == CancelSpeech() and StepStarted(1, plan.steps[1]) in effects
    assert machine.deadline() == pytest.approx(T0 + 1 + plan.steps[1].duration)
    machine.previous_step(T0 + 2)
    assert machine.index == 0
    assert machine.deadline() == pytest.approx(T0 + 2 + plan.steps[0].duration)


def test_previous_at_the_first_step_restarts_it(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    effects = machine.previous_step(T0 + 1.5)
    assert machine.index == 0 and StepStarted(0, plan.steps[0]) in effects
    assert machine.remaining(T0 + 1.5) == pytest.approx(plan.steps[0].duration)


def test_next_at_the_last_step_finishes(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    last = len(plan.steps) - 2  # the final move; FINISH follows it
    machine.advance(T0 + plan.steps[last].start)
    assert machine.index == last
    effects = machine.next_step(T0 + plan.steps[last].start + 0.5)
    assert machine.state is State.FINISHED
    assert StateChanged(State.FINISHED) in effects
    assert next(e for e in effects if isinstance(e, SessionEnded)).summary.results[1].completed


def test_navigation_while_paused_stays_paused(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    machine.pause(T0 + 1)
    effects = machine.next_step(T0 + 5)
    assert machine.state is State.PAUSED and machine.index == 1
    assert not [e for e in effects if isinstance(e, Say)]
    machine.resume(T0 + 20)
    assert machine.deadline() == pytest.approx(T0 + 20 + plan.steps[1].duration)


def test_skip_exercise_goes_to_the_next_announcement(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    hold = index_of(plan, StepKind.HOLD)
    run_to(machine, hold, T0)
    machine.skip_exercise(T0 + 50)
    assert machine.index == index_of(plan, StepKind.ANNOUNCE, 1)
    machine.skip_exercise(T0 + 51)
    assert machine.state is State.FINISHED
    results = machine.summary().results
    assert [(r.reps_done, r.completed) for r in results] == [(0, False), (0, False)]


def test_stop_ends_with_what_was_done(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    second_cue = index_of(plan, StepKind.CUE, 1)
    now = run_to(machine, second_cue, T0)
    effects = machine.stop(now + 1)
    assert effects[:2] == [CancelSpeech(), StateChanged(State.STOPPED)]
    summary = effects[-1].summary
    assert summary.state is State.STOPPED
    assert [r.reps_done for r in summary.results] == [1, 0]
    assert machine.next_wakeup() is None and machine.stop(now + 2) == []


def test_starting_from_a_later_exercise(plan):
    machine = SessionMachine(plan)
    second = plan.exercise_start(1)
    machine.start(T0, second)
    assert machine.step.kind is StepKind.ANNOUNCE and machine.step.exercise == 1
    assert machine.progress(T0) == 0
    machine.previous_step(T0 + 1)
    assert machine.index == second  # never back before where the session began
    assert [r.exercise.id for r in machine.summary().results] == ["angels"]


def test_progress_runs_from_zero_to_one(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    halfway = T0 + plan.total_duration / 2
    machine.advance(halfway)
    assert machine.progress(halfway) == pytest.approx(0.5, abs=1e-6)
    machine.advance(T0 + plan.total_duration)
    assert machine.progress(T0 + plan.total_duration) == 1.0


class TestWaitingForSpeech:
    @pytest.fixture
    def machine(self, library) -> SessionMachine:
        routine = Routine("r", "R", "d", (make_hold(reps=1),))
        return SessionMachine(
            compile_plan(routine, Dose.GENTLE, library.phrases), wait_for_speech=True
        )

    def test_a_spoken_step_waits_for_its_cue(self, machine):
        machine.start(T0)
        bounds = machine.step.spoken
        assert machine.next_wakeup() == T0 + bounds.ceiling
        machine.advance(T0 + machine.step.duration + 1)
        assert machine.index == 0  # the estimate alone does not end it
        machine.cue_spoken(T0 + 6.0, 0)
        assert machine.index == 1

    def test_the_floor_holds_a_quick_cue(self, machine):
        machine.start(T0)
        floor = machine.step.spoken.floor
        assert machine.cue_spoken(T0 + 0.5, 0) == []
        assert machine.next_wakeup() == T0 + floor

    def test_the_ceiling_ends_a_cue_that_never_finishes(self, machine):
        machine.start(T0)
        machine.advance(T0 + machine.step.spoken.ceiling)
        assert machine.index == 1

    def test_a_stale_report_is_ignored(self, machine):
        machine.start(T0)
        machine.next_step(T0 + 1)
        assert machine.cue_spoken(T0 + 2, 0) == []
        assert machine.index == 1


def test_a_long_hold_says_halfway_and_counts_down(library):
    routine = Routine("r", "R", "d", (make_hold(reps=1, hold=30),))
    plan = compile_plan(routine, Dose.STANDARD, library.phrases)
    machine = SessionMachine(plan)
    machine.start(T0)
    hold = index_of(plan, StepKind.HOLD)
    now = run_to(machine, hold, T0)
    spoken = []
    while machine.index == hold:
        now = machine.next_wakeup()
        left = round(machine.deadline() - now)
        spoken += [(left, e.text) for e in machine.advance(now) if isinstance(e, Say)]
    halfway, count = library.phrases.cue("halfway"), library.phrases.cue
    assert spoken[:4] == [
        (15, halfway),
        (3, count("count", seconds=3)),
        (2, count("count", seconds=2)),
        (1, count("count", seconds=1)),
    ]
    assert spoken[4:] == [(0, plan.steps[hold + 1].cue)]  # then the release, on time


def test_short_holds_have_no_halfway_mark(plan):
    hold = next(step for step in plan.steps if step.kind is StepKind.HOLD)
    assert hold.duration == 10
    assert [left for left, _ in hold.marks] == [3, 2, 1]


def test_the_finish_cue_says_how_many_repetitions_were_done(plan):
    machine = SessionMachine(plan)
    effects = machine.start(T0)
    while machine.state is State.RUNNING:
        effects = machine.advance(machine.next_wakeup())
    finish = [e.text for e in effects if isinstance(e, Say)]
    assert len(finish) == 1 and "4 repetitions" in finish[0] and "{reps}" not in finish[0]


def ended_exercises(effects):
    return [
        (e.position, e.result.reps_done, e.result.outcome)
        for e in effects
        if isinstance(e, ExerciseEnded)
    ]


def test_each_exercise_is_reported_as_the_session_moves_past_it(plan):
    machine = SessionMachine(plan)
    seen = ended_exercises(machine.start(T0))
    rest = index_of(plan, StepKind.REST)
    while machine.state is State.RUNNING:
        now = machine.next_wakeup()
        effects = machine.advance(now)
        if ended_exercises(effects) and not seen:
            assert machine.index == rest  # reported when its last repetition is done
        seen += ended_exercises(effects)
    assert seen == [(0, 2, "completed"), (1, 2, "completed")]


def test_skipped_and_stopped_exercises_are_reported_too(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    assert ended_exercises(machine.skip_exercise(T0 + 1)) == [(0, 0, "skipped")]
    now = run_to(machine, index_of(plan, StepKind.MOVE, 2), T0 + 1)  # into the second rep
    assert ended_exercises(machine.stop(now + 0.5)) == [(1, 1, "partial")]


def test_going_back_reports_nothing_until_the_exercise_is_left_again(plan):
    machine = SessionMachine(plan)
    machine.start(T0)
    announce = index_of(plan, StepKind.ANNOUNCE, 1)
    now = run_to(machine, announce, T0)
    assert ended_exercises(machine.previous_step(now)) == []  # back into the rest
    assert ended_exercises(machine.previous_step(now)) == []  # back into exercise 0
    assert ended_exercises(machine.next_step(now)) == [(0, 2, "completed")]

"""The Qt driver: one single-shot timer, re-armed for the machine's next wakeup.

The clock is fake and time is compressed (speed), so each timer waits only milliseconds
of real time while the machine sees whole seconds pass.
"""

from __future__ import annotations

import math

import pytest

from backrelief_gui.core.catalogue import Dose
from backrelief_gui.core.plan import StepKind, compile_plan
from backrelief_gui.core.session import State
from backrelief_gui.qt.driver import SessionDriver


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def plan(library):
    return compile_plan(library.routines["desk-break"], Dose.GENTLE, library.phrases)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def driver(qtbot, clock):
    driver = SessionDriver(clock=clock, speed=1000.0)
    yield driver
    driver.stop()
    assert not driver.timer_active, "a stopped session must leave no timer running"


def test_speed_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        SessionDriver(speed=0)


def test_timer_is_armed_for_the_next_wakeup(driver, plan):
    driver.begin(plan)
    assert driver.timer_active
    expected_ms = math.ceil(plan.steps[0].duration / driver.speed * 1000)
    assert driver.timer_interval_ms == expected_ms


def test_an_early_timer_only_prompts_a_recheck(qtbot, driver, plan):
    """The fake clock stays put, so every firing is early: nothing may move on."""
    started = []
    driver.step_started.connect(lambda index, _step: started.append(index))
    driver.begin(plan)
    qtbot.waitUntil(lambda: driver.rechecks >= 3, timeout=2000)
    assert started == [0]
    assert driver.timer_active


def test_a_late_timer_moves_on_without_drift(qtbot, driver, clock, plan):
    driver.begin(plan)
    first = plan.steps[0].duration
    clock.now += (first + 0.25) / driver.speed  # the session's clock passes the deadline by 0.25 s
    with qtbot.waitSignal(driver.step_started, timeout=2000) as blocker:
        pass
    assert blocker.args[0] == 1
    machine = driver.machine
    assert machine.deadline() == pytest.approx(first + plan.steps[1].duration, abs=1e-6)


def test_countdown_signals_follow_the_session_clock(qtbot, driver, clock, plan):
    seen = []
    driver.countdown.connect(seen.append)
    driver.begin(plan)
    get_ready = plan.steps[1]
    assert get_ready.kind is StepKind.GET_READY
    for session_time in (plan.steps[0].duration, plan.steps[1].start + 1, plan.steps[1].start + 2):
        clock.now = 500.0 + session_time / driver.speed
        count = len(seen)
        qtbot.waitUntil(lambda count=count: len(seen) > count, timeout=2000)
    assert seen == [5, 4, 3]


def test_pause_disarms_and_resume_rearms(driver, clock, plan):
    states = []
    driver.state_changed.connect(states.append)
    driver.begin(plan)
    driver.pause()
    assert not driver.timer_active and driver.state is State.PAUSED
    clock.now += 100
    driver.resume()
    assert driver.timer_active
    assert driver.remaining() == pytest.approx(plan.steps[0].duration)
    assert states == ["running", "paused", "running"]


def test_toggle_pause_and_intents_reach_the_machine(driver, plan):
    driver.begin(plan)
    driver.toggle_pause()
    assert driver.state is State.PAUSED
    driver.toggle_pause()
    assert driver.state is State.RUNNING
    driver.next_step()
    assert driver.machine.index == 1
    driver.previous_step()
    assert driver.machine.index == 0
    driver.skip_exercise()
    assert driver.machine.step.exercise == 1


def test_speech_reports_end_waiting_steps(qtbot, driver, plan):
    driver.begin(plan, wait_for_speech=True)
    cues = []
    driver.cue_requested.connect(lambda index, text: cues.append(index))
    driver.cue_spoken(0)  # at once: the floor still holds the step
    assert driver.machine.index == 0
    assert driver.timer_interval_ms == math.ceil(plan.steps[0].spoken.floor / driver.speed * 1000)


def test_a_whole_routine_runs_to_the_end_at_high_speed(qtbot, plan):
    driver = SessionDriver(speed=2000.0)
    started = []
    driver.step_started.connect(lambda index, _step: started.append(index))
    with qtbot.waitSignal(driver.session_ended, timeout=10_000) as ended:
        driver.begin(plan)
    assert started == list(range(len(plan.steps)))
    assert ended.args[0].state is State.FINISHED
    assert not driver.timer_active

"""The whole desk-break routine through the real main window, time compressed 500 times.

At every step the test reads what the session view shows and compares it with the step
the driver announced; at the end it reads the finished screen.
"""

from __future__ import annotations

import time

from backrelief_gui.core.plan import StepKind
from backrelief_gui.core.session import State

SPEED = 500.0  # 4 minutes of routine in about half a second


def test_desk_break_from_start_to_finish(qtbot, make_window, library):
    window = make_window(routine="desk-break", speed=SPEED, clock=time.monotonic)
    view = window.session_view
    seen = []

    def record(_index, step):
        seen.append(
            (
                step,
                view.exercise_name.text(),
                view.phase.text(),
                view.counters.text(),
                view.instruction.text(),
                view.countdown.text(),
            )
        )

    window.driver.step_started.connect(record)
    ticks = []
    window.driver.countdown.connect(lambda seconds: ticks.append((seconds, view.countdown.text())))
    with qtbot.waitSignal(window.driver.session_ended, timeout=20_000):
        window.start_button.click()

    plan = window.driver.machine.plan
    assert [step for step, *_ in seen] == list(plan.steps)
    routine = library.routines["desk-break"]
    for step, name, phase, counters, instruction, countdown in seen[:-1]:
        assert name == routine.exercises[step.exercise].name
        assert phase == step.phase and instruction == step.instruction
        assert countdown == ("" if step.counts_down else "…")
        if step.kind in (StepKind.CUE, StepKind.HOLD, StepKind.RELEASE):
            assert counters == f"Rep {step.rep} of {step.reps}"
    phases = [phase for step, _, phase, *_ in seen if step.exercise == 0]
    assert phases[:5] == [
        "Get into position",
        "Get ready",
        "Squeeze and hold",
        "Squeeze and hold",
        "Release",
    ]
    assert "Rest — next: Thoracic Extension Stretch" in [phase for _, _, phase, *_ in seen]
    # Every countdown value reached the big number as it was announced.
    assert ticks and all(str(seconds) == shown for seconds, shown in ticks)
    holds = [step for step in plan.steps if step.kind is StepKind.HOLD]
    assert sum(1 for seconds, _ in ticks if seconds == 1) >= len(holds)

    assert window.driver.state is State.FINISHED
    assert window.pages.currentWidget() is window.summary_view
    assert window.summary_view.title.text() == "Well done!"
    details = window.summary_view.details.text()
    assert "Shoulder Blade Squeeze: 10 of 10 repetitions" in details
    assert "Thoracic Extension Stretch: 5 of 5 repetitions" in details
    assert view.progress.value() == 1000
    assert window.start_button.isEnabled() and window.routine_picker.isEnabled()

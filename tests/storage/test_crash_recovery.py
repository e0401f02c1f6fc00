"""The real app, killed mid-routine with SIGKILL, loses only the exercise in progress.

Run as a process with time compressed 20 times, on its own data folder; the history file
it leaves behind is then opened by a second run of the app, as a user would.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from backrelief_gui.storage.history import HISTORY_FILE

SPEED = "20"  # the desk break's first exercise ends after about 7 real seconds


def start_app(data, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "backrelief_gui", "--data-dir", str(data), "--notify-ready", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert app.stdout.readline().strip() == "ready", app.stderr.read()
    return app


def rows(path, query):
    with sqlite3.connect(path) as db:
        return db.execute(query).fetchall()


def wait_for_rows(path, query, timeout=60.0):
    """Poll the app's file from outside (a separate process: no Qt event to wait on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and (found := rows(path, query)):
            return found
        time.sleep(0.05)
    raise AssertionError(f"nothing matched {query!r} within {timeout} s")


def test_sigkill_mid_routine_keeps_finished_exercises(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        json.dumps({"safety_acknowledged": True, "ask_pain": False})
    )
    history = data / HISTORY_FILE
    app = start_app(data, "--start", "desk-break", "--speed", SPEED)
    try:
        wait_for_rows(history, "SELECT position FROM session_exercise")  # the first is done
    finally:
        app.send_signal(signal.SIGKILL)  # no chance to tidy up
        app.communicate(timeout=30)
    assert app.returncode == -signal.SIGKILL
    assert rows(history, "SELECT status FROM session") == [("running",)]

    again = start_app(data)  # the next start finds the session the crash left open
    again.send_signal(signal.SIGTERM)
    _, errors = again.communicate(timeout=30)
    assert again.returncode == 0, errors

    sessions = rows(history, "SELECT routine_id, status, ended_utc IS NOT NULL FROM session")
    assert sessions == [("desk-break", "interrupted", 1)]
    exercises = rows(
        history,
        "SELECT position, exercise_id, done_reps, planned_reps, outcome"
        " FROM session_exercise ORDER BY position",
    )
    assert exercises[0] == (0, "shoulder-blade-squeeze", 10, 10, "completed")
    assert len(exercises) == 1  # the one in progress is the only thing lost

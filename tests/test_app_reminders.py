"""The real app as processes: one BackRelief per data folder, reminding on time.

Each app runs offscreen with time compressed 900 times (a 15-minute break interval lasts
one real second) on a data folder of its own, and is watched from outside through its
history file.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta

from backrelief_gui.storage.history import HISTORY_FILE

SPEED = "900"
# No desktop to ask about idle time, full screen or notifications: reminders on time alone
# (an idle X server, scaled 900 times, would look like a user long away).
DESKTOP = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")


def app_environment():
    env = {name: value for name, value in os.environ.items() if name not in DESKTOP}
    return {**env, "QT_QPA_PLATFORM": "offscreen"}


ALWAYS_AT_WORK = {
    "safety_acknowledged": True,
    "ask_pain": False,
    "break_minutes": 15,
    "working_days": [0, 1, 2, 3, 4, 5, 6],
    "work_start": "00:00",
    "work_end": "23:59",
}


def run(data, *args, timeout=30):
    return subprocess.run(
        [sys.executable, "-m", "backrelief_gui", "--data-dir", str(data), *args],
        env=app_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start(data, *args):
    app = subprocess.Popen(
        [sys.executable, "-m", "backrelief_gui", "--data-dir", str(data), "--notify-ready", *args],
        env=app_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert app.stdout.readline().strip() == "ready", app.stderr.read()
    return app


def stop(app):
    app.send_signal(signal.SIGTERM)
    _, errors = app.communicate(timeout=30)
    assert app.returncode == 0, errors
    return errors


def rows(path, query):
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return db.execute(query).fetchall()


def wait_for(path, query, count, timeout=60.0):
    """Poll the app's file from outside (another process: no Qt event to wait on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = rows(path, query)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} rows for {query!r} within {timeout} s")


def data_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps(ALWAYS_AT_WORK), encoding="utf-8")
    return data


def test_a_second_launch_hands_over_and_only_the_first_reminds(tmp_path):
    data = data_folder(tmp_path)
    first = start(data, "--background", "--speed", SPEED)
    try:
        second = run(data, "--background", "--speed", SPEED)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        due = wait_for(data / HISTORY_FILE, "SELECT due_utc FROM break_reminder", 4)
    finally:
        errors = stop(first)
    assert "Traceback" not in errors
    moments = [datetime.fromisoformat(text) for (text,) in due]
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    # One process, one count: reminders one interval apart (another would fall between).
    assert all(gap >= timedelta(minutes=15) for gap in gaps), gaps
    answers = rows(data / HISTORY_FILE, "SELECT response FROM break_reminder")
    assert set(answers) == {("missed",)}  # nobody answered; the last one at quit


def test_a_routine_asked_for_by_a_second_launch_runs_in_the_first(tmp_path):
    data = data_folder(tmp_path)
    first = start(data, "--background", "--speed", SPEED)
    try:
        second = run(data, "--start", "desk-break")
        assert second.returncode == 0, second.stderr
        sessions = wait_for(
            data / HISTORY_FILE, "SELECT routine_id FROM session WHERE status = 'completed'", 1
        )
    finally:
        stop(first)
    assert sessions == [("desk-break",)]

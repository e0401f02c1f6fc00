"""The command line, run as a real process: answers, errors and exit codes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from backrelief_gui import __version__
from backrelief_gui.core.plan import compile_plan
from backrelief_gui.core.text import format_duration

GOOD_ROUTINE = """format = 1
id = "shoulders"
name = "Just shoulders"
description = "The squeeze alone."
exercises = ["shoulder-blade-squeeze"]
"""


def run(*args, data_dir, timeout=60, **env):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "backrelief_gui", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=environment,
    )


def test_list_routines_gives_id_name_and_length(tmp_path, library):
    done = run("--list-routines", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    expected = [
        [
            routine.id,
            routine.name,
            format_duration(compile_plan(routine, "gentle", library.phrases).total_duration),
        ]
        for routine in library.routines.values()
    ]
    assert rows == expected


def test_list_routines_at_the_standard_dose_is_longer(tmp_path):
    gentle = run("--list-routines", data_dir=tmp_path).stdout
    standard = run("--list-routines", "--dose", "standard", data_dir=tmp_path).stdout
    assert gentle != standard and len(standard.splitlines()) == len(gentle.splitlines())


def test_user_routines_are_listed_and_bad_ones_named(tmp_path):
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "shoulders.toml").write_text(GOOD_ROUTINE)
    (routines / "broken.toml").write_text('format = 1\nid = "broken"\nexercises = [')
    done = run("--list-routines", data_dir=tmp_path)
    assert done.returncode == 0
    assert "shoulders\tJust shoulders\t" in done.stdout
    assert "broken.toml" in done.stderr and "not valid TOML" in done.stderr


def test_data_dir_from_the_environment(tmp_path):
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "shoulders.toml").write_text(GOOD_ROUTINE)
    environment = {**os.environ, "BACKRELIEF_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "backrelief_gui", "--list-routines"],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert "shoulders" in done.stdout


def test_unknown_routine_is_a_clear_error(tmp_path):
    done = run("--start", "yoga", data_dir=tmp_path)
    assert done.returncode == 2
    assert "no routine 'yoga'" in done.stderr and "desk-break" in done.stderr
    assert not (tmp_path / "settings.json").exists()  # no window was opened


@pytest.mark.parametrize(
    "args",
    [
        ["--speed", "fast"],
        ["--speed", "0"],
        ["--speed", "-2"],
        ["--dose", "heavy"],
        ["--frobnicate"],
    ],
)
def test_wrong_arguments_exit_with_code_2(tmp_path, args):
    done = run(*args, data_dir=tmp_path)
    assert done.returncode == 2
    assert "usage: backrelief" in done.stderr and "error:" in done.stderr


def test_version(tmp_path):
    done = run("--version", data_dir=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"BackRelief {__version__}"


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_a_session_ends_it_cleanly(tmp_path, how):
    (tmp_path / "settings.json").write_text('{"safety_acknowledged": true, "ask_pain": false}')
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "backrelief_gui",
            "--data-dir",
            str(tmp_path),
            "--start",
            "desk-break",
            "--speed",
            "20",
            "--notify-ready",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout.readline().strip() == "ready"  # blocks until the window is up
    process.send_signal(how)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err

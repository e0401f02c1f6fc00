"""The reminder settings as saved in the settings file, read back into the schedule's."""

from __future__ import annotations

from datetime import time

from backrelief_gui.core.break_schedule import BreakSettings
from backrelief_gui.storage.break_prefs import break_settings, store_break_settings
from backrelief_gui.storage.settings import Settings, SettingsStore


def test_the_defaults_are_a_break_every_half_hour_on_weekdays():
    chosen, problem = break_settings(Settings())
    assert problem is None
    assert chosen == BreakSettings()


def test_choices_survive_a_save_and_a_reload(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    settings = Settings()
    chosen = BreakSettings(
        interval_minutes=45,
        micro_pauses=True,
        working_days=frozenset({0, 2, 5}),
        work_start=time(7, 30),
        work_end=time(15, 45),
        away_break_minutes=10,
    )
    store_break_settings(settings, chosen)
    assert store.save(settings)

    assert break_settings(store.load()) == (chosen, None)


def test_a_hand_edited_value_the_schedule_refuses_falls_back_with_a_reason(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"break_minutes": 5}', encoding="utf-8")

    chosen, problem = break_settings(SettingsStore(path).load())

    assert chosen == BreakSettings()
    assert "15 to 90" in problem


def test_an_unreadable_time_of_day_is_named():
    chosen, problem = break_settings(Settings(work_end="six o'clock"))
    assert chosen == BreakSettings()
    assert "six o'clock" in problem


def test_settings_do_not_share_their_lists():
    first, second = Settings(), Settings()
    first.working_days.append(6)
    assert second.working_days == [0, 1, 2, 3, 4]

"""Break reminders in the history file: recorded, answered, and counted per local day."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from backrelief_gui.core.history_model import ReminderDay, SessionStatus
from backrelief_gui.storage.history import REMINDER_RESPONSES, open_history

CET = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))


def at(day: int, hour: int, minute: int = 0, zone: timezone = CET) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=zone)


def remind(store, due: datetime, response: str | None = None, late: int = 0) -> int:
    reminder = store.record_reminder(due, due + timedelta(seconds=late))
    if response is not None:
        store.answer_reminder(reminder, response)
    return reminder


def test_a_reminder_round_trips_through_the_file(store):
    due = at(13, 10, 30)
    session = store.begin_session("desk-break", "Desk", "short", 240, due, 60)
    reminder = store.record_reminder(due, due + timedelta(seconds=2))
    store.answer_reminder(reminder, "snoozed")
    store.answer_reminder(reminder, "started", session)  # snoozed, then taken
    store.close()

    db = sqlite3.connect(store.path)
    row = db.execute(
        "SELECT due_utc, utc_offset_minutes, shown_utc, response, session_id"
        " FROM break_reminder WHERE id = ?",
        (reminder,),
    ).fetchone()
    db.close()
    # Stored as the session table stores times: UTC text, the local offset beside it.
    assert row == (
        "2025-03-13T09:30:00.000000Z",
        60,
        "2025-03-13T09:30:02.000000Z",
        "started",
        session,
    )
    reopened = open_history(store.path.parent).store
    try:
        assert reopened.reminder_days() == [ReminderDay(date(2025, 3, 13), 1, 1)]
    finally:
        reopened.close()


def test_each_reminder_gets_its_own_id(store):
    first = store.record_reminder(at(13, 10), at(13, 10))
    second = store.record_reminder(at(13, 11), at(13, 11))
    assert first > 0 and second > 0 and first != second


def test_reminders_are_counted_on_the_day_the_user_saw_them(store):
    remind(store, at(12, 9), "started")
    remind(store, at(12, 11), "skipped")
    remind(store, at(12, 23, 50), "started", late=20 * 60)  # seen at 00:10 on the 13th
    remind(store, at(13, 14), "dismissed")
    remind(store, at(13, 15))  # shown, not answered yet
    # 21:30 in New York on the 13th is 02:30 UTC on the 14th: still the 13th there.
    remind(store, at(13, 21, 30, NEW_YORK), "started")
    assert store.reminder_days() == [
        ReminderDay(date(2025, 3, 12), 2, 1),
        ReminderDay(date(2025, 3, 13), 4, 2),
    ]


def test_a_day_of_unanswered_reminders_took_no_break(store):
    remind(store, at(14, 9))
    remind(store, at(14, 10), "snoozed")
    assert store.reminder_days() == [ReminderDay(date(2025, 3, 14), 2, 0)]


def test_reminder_days_since_a_moment(store):
    remind(store, at(3, 9), "started")
    remind(store, at(10, 9), "started")
    remind(store, at(10, 10), "missed")
    assert store.reminder_days(datetime(2025, 3, 9, tzinfo=UTC)) == [
        ReminderDay(date(2025, 3, 10), 2, 1)
    ]


def test_a_session_deleted_leaves_the_reminder_and_its_answer(store):
    session = store.begin_session("desk-break", "Desk", "short", 240, at(13, 10), 60)
    store.end_session(session, SessionStatus.COMPLETED, at(13, 10, 4), 240)
    reminder = remind(store, at(13, 10))
    store.answer_reminder(reminder, "started", session)
    with store._db:
        store._db.execute("DELETE FROM session WHERE id = ?", (session,))
    assert store.reminder_days() == [ReminderDay(date(2025, 3, 13), 1, 1)]


@pytest.mark.parametrize("response", sorted(REMINDER_RESPONSES))
def test_every_known_response_is_accepted_by_the_file(store, response):
    reminder = remind(store, at(13, 10), response)
    started = 1 if response == "started" else 0
    assert store.reminder_days() == [ReminderDay(date(2025, 3, 13), 1, started)]
    assert reminder


def test_an_unknown_response_is_refused_before_anything_is_written(store):
    reminder = remind(store, at(13, 10), "snoozed")
    with pytest.raises(ValueError, match=r"'taken'.*expected one of dismissed, missed"):
        store.answer_reminder(reminder, "taken")
    response = store._db.execute("SELECT response FROM break_reminder").fetchone()[0]
    assert response == "snoozed"


def test_a_time_without_a_zone_is_refused(store):
    naive = datetime(2025, 3, 13, 10, 0)
    with pytest.raises(ValueError, match="no time zone"):
        store.record_reminder(naive, at(13, 10))
    with pytest.raises(ValueError, match="no time zone"):
        store.record_reminder(at(13, 10), naive)
    assert store.reminder_days() == []

"""The one-page PDF report on real SQLite files written through the store."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest

from backrelief_gui.core.history_model import SessionStatus
from backrelief_gui.storage.history import HistoryStore
from backrelief_gui.storage.report import REPORT_TITLE, write_report
from tests.storage.conftest import exercise_record, sample_history

TODAY = date(2025, 4, 16)


def _pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", path.read_bytes()))


def _fill_a_lot(store: HistoryStore) -> None:
    """Eight weeks of daily sessions, thirty exercises and long notes: more than fits."""
    for day in range(60):
        start = datetime(2025, 2, 15, 8, tzinfo=UTC) + timedelta(days=day)
        sid = store.begin_session("r", "Long routine", "standard", 900, start, 60, day % 11)
        for position in range(day % 30, day % 30 + 5):
            store.record_exercise(
                exercise_record(sid, position, name=f"Exercise number {position} with a long name")
            )
        store.end_session(sid, SessionStatus.COMPLETED, start + timedelta(minutes=15), 900)
        store.set_pain(sid, after=max(0, day % 11 - 2))
        store.set_note(sid, f"Note {day}: " + "quite a long observation, " * 30)


def _nothing(store: HistoryStore) -> None:
    pass


@pytest.mark.parametrize("fill", [sample_history, _fill_a_lot, _nothing])
def test_the_report_is_one_pdf_page(qapp, store, tmp_path, fill):
    fill(store)
    path = tmp_path / "report.pdf"
    write_report(store, path, TODAY, weekly_goal=5)
    assert path.read_bytes().startswith(b"%PDF")
    assert _pages(path) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["report.pdf"]
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "20", str(path), str(tmp_path / "page")], check=True
        )
        assert [p.name for p in tmp_path.glob("page*.png")] == ["page-1.png"]


def test_the_report_text_is_there_and_plain(qapp, store, tmp_path):
    sample_history(store)
    path = tmp_path / "report.pdf"
    write_report(store, path, TODAY, weekly_goal=5)
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert REPORT_TITLE in text
    assert "Desk break" in text and "Chin tucks" in text
    assert "<b>html</b>" in text  # a note is drawn as typed, never read as markup

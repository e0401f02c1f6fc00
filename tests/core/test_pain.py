"""Advice from pain scores: only when the score after is high or clearly higher."""

from __future__ import annotations

import pytest

from backrelief_gui.core.pain import pain_advice


@pytest.mark.parametrize(
    ("before", "after"), [(None, None), (5, None), (3, 4), (6, 6), (None, 6), (8, 6)]
)
def test_no_advice_when_nothing_is_worrying(before, after):
    assert pain_advice(before, after) is None


def test_a_clear_rise_gets_advice_to_ease_off():
    advice = pain_advice(2, 4)
    assert "more than before" in advice and "physiotherapist" in advice


def test_a_high_score_gets_advice_even_without_a_before_score():
    advice = pain_advice(None, 7)
    assert "high" in advice and "gentle dose" in advice


def test_thresholds_are_the_users_to_set():
    assert pain_advice(2, 4, rise=3) is None
    assert pain_advice(None, 5, high=5) is not None

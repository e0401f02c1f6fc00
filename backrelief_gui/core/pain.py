"""Plain advice from pain scores: local, gentle, never an alarm."""

from __future__ import annotations

from backrelief_gui.core.i18n import translate

PAIN_HIGH = 7  # an after-session score at or above this is high
PAIN_RISE = 2  # a rise of at least this much over the session is clear


def pain_advice(
    before: int | None, after: int | None, high: int = PAIN_HIGH, rise: int = PAIN_RISE
) -> str | None:
    """What to tell the user after a session, or None when the scores give no concern."""
    if after is None:
        return None
    rose = before is not None and after - before >= rise
    if after < high and not rose:
        return None
    if rose:
        return translate(
            "pain",
            "Your back hurts more than before this session. Ease off: try the gentle dose, "
            "move only as far as is comfortable, and skip any exercise that makes it worse. "
            "If the pain stays like this or keeps coming back, see a physiotherapist or a "
            "doctor.",
        )
    return translate(
        "pain",
        "Your pain is high after this session. Ease off: try the gentle dose, move only as "
        "far as is comfortable, and skip any exercise that makes it worse. If the pain stays "
        "like this or keeps coming back, see a physiotherapist or a doctor.",
    )

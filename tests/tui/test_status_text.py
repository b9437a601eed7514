"""The status line's text, as a pure function: no app is started."""

from __future__ import annotations

from typing import Any

from tests.story import story_articles, story_comparison
from tui.core.review import ItemRef, ReviewState
from tui.screens.comparison.outline import Outline, compared
from tui.screens.comparison.status_text import StatusText, status_text


def _story() -> Outline:
    comparison = story_comparison()
    return compared(story_articles(), comparison.alignment, ReviewState(), comparison)


def _status(
    review: ReviewState | None = None, *, view: str = "aligned", **kwargs: Any
) -> StatusText:
    outline = _story()
    return status_text(
        articles=3,
        view=view,
        alignment=outline.alignment,
        facts=outline.facts,
        rows=outline.rows,
        review=review or ReviewState(),
        **kwargs,
    )


def test_while_aligning_the_line_says_so_and_is_busy() -> None:
    text = status_text(articles=3, view="aligned", alignment=None)
    line = "3 articles · aligning… · aligned view"
    assert text == StatusText(line, line, busy=True)


def test_a_failed_comparison_is_not_busy() -> None:
    text = status_text(articles=1, view="reading", alignment=None, failed=True)
    line = "1 article · alignment failed · reading view"
    assert text == StatusText(line, line)


def test_the_counts_of_the_comparison_long_and_short() -> None:
    text = _status()
    assert text.long == (
        "3 articles · 3 groups · 3 unique · 1 number differs, 1 compatible · "
        "3 spelling variants · reviewed 0/6 · 0 flagged · aligned view"
    )
    assert text.short == "3 art · 3 grp · 3 uniq · ≠1 ≈1 · Aa 3 · ✓ 0/6 · ⚑ 0 · aligned"
    assert not text.busy


def test_review_progress_and_flags_count() -> None:
    review = ReviewState().toggle_reviewed(ItemRef.group("G1")).toggle_flagged(ItemRef.group("G2"))
    text = _status(review, view="reading")
    assert "reviewed 1/6 · 1 flagged · reading view" in text.long
    assert text.short.endswith("✓ 1/6 · ⚑ 1 · reading")


def test_notes_end_both_wordings_and_autosave_off_is_a_badge() -> None:
    text = _status(notes=1, autosave_off=True)
    assert text.long.endswith("aligned view · 1 note")
    assert text.short.endswith("aligned · 1 note")
    assert text.badges == ("autosave OFF",) and _status(notes=1).badges == ()
    assert _status(notes=2).long.endswith("aligned view · 2 notes")

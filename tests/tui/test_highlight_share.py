"""Quiet by default: on the seeds, few words carry a mark, and one key marks them all.

The share is counted over every row of the aligned view, each paragraph seen in
the light of its row's group, as the screen draws it: a word carries a mark
when a word-level span (an unshared word, a figure, a spelling variant)
covers part of it.  The muted context is not a mark.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import analysed, build_app, seed_articles
from tui.core.compare import compare
from tui.core.review import ReviewState
from tui.core.worddiff import WORD
from tui.screens.comparison.outline import Outline, compared
from tui.widgets.aligned_grid import AlignedGrid

MARKS = {"unshared", "number-agree", "number-compatible", "number-differ", "spelling"}


@pytest.fixture(scope="module")
def seeds_outline() -> Outline:
    articles = seed_articles()
    comparison = compare(articles)
    return compared(articles, comparison.alignment, ReviewState(), comparison)


def marked_share(outline: Outline) -> float:
    highlighter = outline.highlighter
    assert highlighter is not None
    words = marked = 0
    for row in outline.rows:
        group = row.group.id if row.group is not None else None
        for pid in row.paragraphs:
            text = highlighter.paragraphs[pid].text
            spans = [s for s in highlighter.spans(pid, group) if s.kind in MARKS]
            for m in WORD.finditer(text):
                words += 1
                marked += any(s.start < m.end() and m.start() < s.end for s in spans)
    return marked / words


def test_at_most_fifteen_percent_of_the_seeds_words_are_marked(seeds_outline: Outline) -> None:
    assert seeds_outline.highlighter is not None and seeds_outline.highlighter.quiet
    quiet = marked_share(seeds_outline)
    seeds_outline.highlighter.quiet = False
    try:
        full = marked_share(seeds_outline)
    finally:
        seeds_outline.highlighter.quiet = True
    assert 0.03 < quiet <= 0.15, quiet
    assert full > 1.5 * quiet, (quiet, full)


async def test_the_marks_key_toggles_every_word_and_back() -> None:
    app = build_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await analysed(pilot)
        grid = screen.query_one(AlignedGrid)
        assert grid.highlighter is not None and grid.highlighter.quiet
        await pilot.press("M")
        assert grid.highlighter is not None and not grid.highlighter.quiet
        # the mode outlives a rebuild (a review change makes new rows)
        await pilot.press("space")
        await pilot.pause()
        assert grid.highlighter is not None and not grid.highlighter.quiet
        await pilot.press("M")
        assert grid.highlighter is not None and grid.highlighter.quiet

"""The comparison laid out for the views: the rows, and where each paragraph is.

Everything here follows from the articles, the engine's comparison and the
reader's corrections, and is rebuilt as a whole when one of them changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.core.align import Alignment
from tui.core.differences import Facts, collect_facts
from tui.core.highlights import Highlighter
from tui.core.model import Article
from tui.core.review import ReviewState, apply_corrections
from tui.core.rows import Row, aligned_rows, article_rows

if TYPE_CHECKING:
    from tui.core.compare import Comparison

Stop = tuple[int, int, int]
"""(row, article, paragraph within the cell): a place the aligned cursor can be."""


@dataclass(frozen=True, slots=True, eq=False)
class Outline:
    """The rows of the aligned view and what the views look up in them."""

    rows: tuple[Row, ...]
    rows_of: Mapping[str, tuple[int, ...]]
    """The rows that hold each paragraph (one in several groups is in several rows)."""
    stops: tuple[Stop, ...]
    """Every place in the rows of a paragraph that shows a difference, in order."""
    alignment: Alignment | None = None
    """The alignment with the reader's corrections; None until the comparison is done."""
    facts: Facts = field(default_factory=Facts)
    highlighter: Highlighter | None = None


def _indexed(
    rows: tuple[Row, ...],
    facts: Facts,
    alignment: Alignment | None = None,
    highlighter: Highlighter | None = None,
) -> Outline:
    rows_of: dict[str, list[int]] = {}
    for r, row in enumerate(rows):
        for pid in row.paragraphs:
            rows_of.setdefault(pid, []).append(r)
    places = facts.places
    stops = tuple(
        (r, ai, k)
        for r, row in enumerate(rows)
        for ai, cell in enumerate(row.cells)
        for k, pid in enumerate(cell)
        if pid in places
    )
    return Outline(
        rows,
        {pid: tuple(found) for pid, found in rows_of.items()},
        stops,
        alignment,
        facts,
        highlighter,
    )


def reading_order(articles: Sequence[Article]) -> Outline:
    """Before the comparison: every paragraph in its article's order."""
    return _indexed(article_rows(articles), Facts())


def compared(
    articles: Sequence[Article], engine: Alignment, review: ReviewState, found: Comparison
) -> Outline:
    """The engine's alignment with the reader's corrections, and the names and numbers
    of ``found`` (the comparison, or its redo after corrections) on top."""
    alignment = apply_corrections(engine, review, articles)
    facts = collect_facts(
        articles,
        alignment,
        entities=found.entities,
        word_variants=found.word_variants,
        quantities=found.quantities,
    )
    highlighter = Highlighter(articles, alignment, facts)
    return _indexed(aligned_rows(articles, alignment), facts, alignment, highlighter)

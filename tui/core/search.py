"""Find a phrase in every article: case, quotes and dashes do not matter.

Beyond the literal text (``exact``), a search also finds what the engine knows
is the same thing written another way: every spelling of a name or word it
matches (``Razvozhayev`` finds Razvozhaev and Razvoshayev) and every form of a
figure (``24`` finds "two dozen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.core.model import Article
from tui.core.names import Entity, WordVariant
from tui.core.quantities import Quantity
from tui.core.text import fold_text

__all__ = ["Match", "find_matches"]


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence; offsets relative to the paragraph text."""

    paragraph: str
    start: int
    end: int


def _pattern(query: str, *, words: bool = False) -> re.Pattern[str] | None:
    needle = " ".join(fold_text(query).split())
    if not needle:
        return None
    # Any run of white space in the query matches any run in the text.
    body = r"\s+".join(re.escape(part) for part in needle.split(" "))
    return re.compile(rf"\b{body}\b" if words else body, re.I)


def _figure(query: str) -> float | None:
    """The query as a number ("24", "1,200", "3.5"), or None."""
    text = query.strip().replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def _variant_places(
    query: str,
    named: Iterable[Entity | WordVariant],
    quantities: Sequence[Quantity],
) -> list[tuple[str, int, int]]:
    """The mentions of every name or word the query is a spelling of (whole words),
    and of every figure with the query's value."""
    places: list[tuple[str, int, int]] = []
    words = _pattern(query, words=True)
    if words is not None:
        for thing in named:
            if any(words.search(fold_text(s)) for s in thing.spellings):
                places.extend((m.paragraph, m.start, m.end) for m in thing.mentions)
    value = _figure(query)
    if value is not None:
        places.extend(
            (m.paragraph, m.start, m.end)
            for q in quantities
            for m in q.mentions
            if m.value == value
        )
    return places


def find_matches(
    articles: Sequence[Article],
    query: str,
    *,
    exact: bool = True,
    entities: Sequence[Entity] = (),
    word_variants: Sequence[WordVariant] = (),
    quantities: Sequence[Quantity] = (),
) -> tuple[Match, ...]:
    """Every occurrence of ``query`` in ``articles``, in article and reading order.

    The query is literal text (no patterns).  Curly and straight quotes, the
    dashes, and letter case are treated alike; offsets are those of the
    original paragraph text.  Unless ``exact``, the mentions of the
    ``entities`` and ``word_variants`` the query spells, and of the
    ``quantities``' figures of the query's value, are matches too (an
    overlap with an earlier match is dropped).
    """
    pattern = _pattern(query)
    if pattern is None:
        return ()
    order = {p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs}
    places = [
        (p.id, m.start(), m.end())
        for a in articles
        for p in a.paragraphs
        for m in pattern.finditer(fold_text(p.text))
        if m.end() > m.start()
    ]
    if not exact:
        places += _variant_places(query, [*entities, *word_variants], quantities)
    matches: list[Match] = []
    for pid, start, end in sorted(
        {p for p in places if p[0] in order}, key=lambda p: (order[p[0]], p[1], -p[2])
    ):
        last = matches[-1] if matches else None
        if last is not None and last.paragraph == pid and start < last.end:
            continue  # inside (or across) the match before
        matches.append(Match(pid, start, end))
    return tuple(matches)

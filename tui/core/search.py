"""Find a phrase in every article: case, quotes and dashes do not matter."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model import Article
from tui.core.text import fold_text

__all__ = ["Match", "find_matches"]


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence; offsets relative to the paragraph text."""

    paragraph: str
    start: int
    end: int


def find_matches(articles: Sequence[Article], query: str) -> tuple[Match, ...]:
    """Every occurrence of ``query`` in ``articles``, in article and reading order.

    The query is literal text (no patterns).  Curly and straight quotes, the
    dashes, and letter case are treated alike; offsets are those of the
    original paragraph text.
    """
    needle = " ".join(fold_text(query).split())
    if not needle:
        return ()
    # Any run of white space in the query matches any run in the text.
    pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split(" ")), re.I)
    return tuple(
        Match(p.id, m.start(), m.end())
        for a in articles
        for p in a.paragraphs
        for m in pattern.finditer(fold_text(p.text))
        if m.end() > m.start()
    )

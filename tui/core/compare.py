"""One call that runs the whole engine on a set of articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.align import Alignment, AlignSettings, align
from tui.core.model import Article


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the screen and the reports show about a set of articles."""

    articles: tuple[Article, ...]
    alignment: Alignment


def compare(articles: Sequence[Article], *, settings: AlignSettings | None = None) -> Comparison:
    """Align ``articles``; names and numbers are found across them."""
    arts = tuple(articles)
    return Comparison(arts, align(arts, settings=settings))

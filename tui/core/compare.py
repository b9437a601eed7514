"""One call that runs the whole engine on a set of articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.align import Alignment, align
from tui.core.model import Article
from tui.core.names import Entity, WordVariant, find_entities, find_word_variants
from tui.core.quantities import Quantity, link_quantities
from tui.core.settings import AlignSettings


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the screen and the reports show about a set of articles."""

    articles: tuple[Article, ...]
    alignment: Alignment
    entities: tuple[Entity, ...] = ()
    word_variants: tuple[WordVariant, ...] = ()
    quantities: tuple[Quantity, ...] = ()


def compare(articles: Sequence[Article], *, settings: AlignSettings | None = None) -> Comparison:
    """Align ``articles``, then find their names, spellings and quantities."""
    arts = tuple(articles)
    alignment = align(arts, settings=settings)
    return with_alignment(arts, alignment)


def with_alignment(articles: Sequence[Article], alignment: Alignment) -> Comparison:
    """The comparison for a given alignment (after manual corrections, say)."""
    arts = tuple(articles)
    pairs = alignment.aligned_pairs()
    groups = [list(g.paragraphs) for g in alignment.groups]
    return Comparison(
        articles=arts,
        alignment=alignment,
        entities=tuple(find_entities(arts, aligned=pairs)),
        word_variants=tuple(find_word_variants(arts, aligned=pairs)),
        quantities=tuple(link_quantities(arts, groups=groups)),
    )

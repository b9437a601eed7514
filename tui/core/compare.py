"""One call that runs the whole engine on a set of articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.align import Alignment, align
from tui.core.model import Article
from tui.core.names import Entity, WordVariant, find_entities, find_word_variants
from tui.core.quantities import Quantity, link_quantities
from tui.core.settings import DEFAULT, Settings


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the screen and the reports show about a set of articles."""

    articles: tuple[Article, ...]
    alignment: Alignment
    entities: tuple[Entity, ...] = ()
    word_variants: tuple[WordVariant, ...] = ()
    quantities: tuple[Quantity, ...] = ()


def compare(articles: Sequence[Article], *, settings: Settings | None = None) -> Comparison:
    """Align ``articles``, then find their names, spellings and quantities.

    ``settings`` holds every threshold of the engine (default: the tested preset)."""
    cfg = settings or DEFAULT
    arts = tuple(articles)
    alignment = align(arts, settings=cfg.align, numbers=cfg.numbers)
    return with_alignment(arts, alignment, settings=cfg)


def with_alignment(
    articles: Sequence[Article], alignment: Alignment, *, settings: Settings | None = None
) -> Comparison:
    """The comparison for a given alignment (after manual corrections, say)."""
    cfg = settings or DEFAULT
    arts = tuple(articles)
    pairs = alignment.aligned_pairs()
    groups = [list(g.paragraphs) for g in alignment.groups]
    return Comparison(
        articles=arts,
        alignment=alignment,
        entities=tuple(find_entities(arts, aligned=pairs, settings=cfg.names)),
        word_variants=tuple(find_word_variants(arts, aligned=pairs, settings=cfg.names)),
        quantities=tuple(link_quantities(arts, groups=groups, settings=cfg.numbers)),
    )

"""Helpers for the names tests: entities of small articles, and who owns a mention."""

from __future__ import annotations

from collections.abc import Sequence

from tests.core.articles import articles
from tui.core.model import ParagraphKind
from tui.core.names import Entity, find_entities


def entities(
    *bodies: Sequence[str | tuple[str, ParagraphKind]],
    aligned: set[tuple[str, str]] | None = None,
) -> list[Entity]:
    """The entities of one article per body, with ``aligned`` paragraph pairs."""
    return find_entities(articles(*bodies), aligned=aligned or set())


def owner(ents: Sequence[Entity], text: str) -> Entity:
    """The entity one of whose mentions reads ``text``."""
    found = [e for e in ents if any(m.text == text for m in e.mentions)]
    assert len(found) == 1, (text, [e.name for e in ents])
    return found[0]


def together(ents: Sequence[Entity], a: str, b: str) -> bool:
    """Do the mentions ``a`` and ``b`` belong to one entity?"""
    return owner(ents, a) is owner(ents, b)

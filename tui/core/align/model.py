"""What an alignment is made of: clauses, the links between them, groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core.model import Article, article_of


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence: its paragraph and its offsets into the paragraph text."""

    paragraph: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SentenceLink:
    """Two sentences of different paragraphs that state the same thing."""

    a: SentenceRef
    b: SentenceRef
    score: float
    shared: tuple[str, ...] = ()
    """The terms both sentences share, each as written in ``a``."""


@dataclass(frozen=True, slots=True)
class Group:
    """Paragraphs, from two or more articles, that report the same facts."""

    id: str
    paragraphs: tuple[str, ...]
    score: float
    """Mean similarity of the sentence links inside the group, 0..1."""
    sentences: tuple[SentenceRef, ...]
    """The sentences that make up the claim, in article order."""
    links: tuple[SentenceLink, ...]
    """The strongest link of each sentence to a sentence of another article."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of :func:`~tui.core.align.align`."""

    groups: tuple[Group, ...]
    unique: tuple[str, ...]
    """Content paragraphs that no other article matches."""
    _by_paragraph: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, groups: Sequence[Group], articles: Sequence[Article]) -> Alignment:
        """The alignment made of ``groups``; content paragraphs in none of them are unique."""
        by_paragraph: dict[str, list[int]] = defaultdict(list)
        for gi, g in enumerate(groups):
            for pid in g.paragraphs:
                by_paragraph[pid].append(gi)
        unique = tuple(
            p.id
            for a in articles
            for p in a.paragraphs
            if p.is_content and p.id not in by_paragraph and p.text.strip()
        )
        return cls(tuple(groups), unique, {k: tuple(v) for k, v in by_paragraph.items()})

    def groups_of(self, paragraph_id: str) -> tuple[Group, ...]:
        """The groups a paragraph belongs to (several when it reports several facts)."""
        return tuple(self.groups[i] for i in self._by_paragraph.get(paragraph_id, ()))

    def aligned_pairs(self) -> set[tuple[str, str]]:
        """Every pair of paragraphs of different articles that share a group (sorted ids)."""
        pairs: set[tuple[str, str]] = set()
        for g in self.groups:
            ps = sorted(g.paragraphs)
            for i, a in enumerate(ps):
                for b in ps[i + 1 :]:
                    if article_of(a) != article_of(b):
                        pairs.add((a, b))
        return pairs

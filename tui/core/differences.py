"""What differs between the articles, and where to show it.

From the names, numbers and alignment of a comparison, :func:`collect_facts`
builds

* the **marks** of each paragraph: every number that more than one place
  reports (with its verdict: the places agree, differ, or are compatible)
  and every name or word the articles spell in more than one way;
* a **note** per number and per spelling that says what each outlet wrote;
* the list of **differences** a reviewer walks through: numbers that differ,
  numbers that are only compatible, spelling variants, and the claims only
  one outlet reports.

The entities, spelling variants and quantities are those of a
:class:`~tui.core.compare.Comparison` (:mod:`tui.core.names`,
:mod:`tui.core.quantities`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from tui.core.align import Alignment
from tui.core.model import Article, article_of
from tui.core.names import Entity, NameMention, WordVariant
from tui.core.quantities import NumberMention, Quantity

__all__ = [
    "DIFFERENCE_KINDS",
    "Difference",
    "DifferenceFilter",
    "DifferenceKind",
    "Facts",
    "Mark",
    "MarkKind",
    "Place",
    "collect_facts",
]

MarkKind = Literal["number-agree", "number-compatible", "number-differ", "spelling"]
DifferenceKind = Literal["number", "spelling", "unique"]

#: Each kind of difference, in the list's order, with its name in a filter.
DIFFERENCE_KINDS: dict[DifferenceKind, str] = {
    "number": "numbers",
    "spelling": "spellings",
    "unique": "only here",
}

_NOTE_ORDER: tuple[MarkKind, ...] = (
    "number-differ",
    "number-compatible",
    "spelling",
    "number-agree",
)
_VERDICT_MARK: dict[str, MarkKind] = {
    "agree": "number-agree",
    "compatible": "number-compatible",
    "differ": "number-differ",
}


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted stretch of a paragraph; offsets relative to the paragraph text."""

    start: int
    end: int
    kind: MarkKind
    source: str
    """The key of the note that explains it (a quantity or spelling id)."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a difference shows: a paragraph and a stretch of it."""

    paragraph: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Difference:
    """One entry of the differences list."""

    kind: DifferenceKind
    key: str
    label: str
    """One line for the list ("kamikaze drones struck: 30 / 32")."""
    note: str
    """What each outlet reports ("B 30, 32")."""
    places: tuple[Place, ...]
    verdict: str = ""


@dataclass(frozen=True, slots=True)
class DifferenceFilter:
    """Which differences the list shows: of one kind, in one article (None: any)."""

    kind: DifferenceKind | None = None
    article: str | None = None

    def keeps(self, difference: Difference) -> bool:
        if self.kind is not None and difference.kind != self.kind:
            return False
        return self.article is None or any(
            article_of(p.paragraph) == self.article for p in difference.places
        )

    def apply(self, differences: Iterable[Difference]) -> tuple[Difference, ...]:
        return tuple(d for d in differences if self.keeps(d))

    def next_kind(self, differences: Sequence[Difference]) -> DifferenceFilter:
        """The filter on the next kind the differences have (after the last: any)."""
        kinds = [k for k in DIFFERENCE_KINDS if any(d.kind == k for d in differences)]
        return replace(self, kind=_after(kinds, self.kind))

    def next_article(self, differences: Sequence[Difference]) -> DifferenceFilter:
        """The filter on the next article with a difference (after the last: any)."""
        found = {article_of(p.paragraph) for d in differences for p in d.places}
        articles = sorted(found, key=lambda a: (len(a), a))
        return replace(self, article=_after(articles, self.article))

    def describe(self, shown: int, total: int) -> str:
        """ "numbers · B · 4 of 17"; "" without a filter."""
        parts = [DIFFERENCE_KINDS[self.kind]] if self.kind is not None else []
        if self.article is not None:
            parts.append(self.article)
        if not parts:
            return ""
        return " · ".join([*parts, f"{shown} of {total}"])


_T = TypeVar("_T", bound=str)


def _after(options: Sequence[_T], current: _T | None) -> _T | None:
    """The option after ``current`` (None: the first); None after the last."""
    if current is None:
        return options[0] if options else None
    i = options.index(current) + 1 if current in options else len(options)
    return options[i] if i < len(options) else None


@dataclass(frozen=True, slots=True)
class Facts:
    """Marks, notes and differences of one comparison."""

    marks: Mapping[str, tuple[Mark, ...]] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    differences: tuple[Difference, ...] = ()

    def marks_of(self, paragraph: str) -> tuple[Mark, ...]:
        return self.marks.get(paragraph, ())

    def notes_of(self, paragraphs: Iterable[str]) -> list[str]:
        """The notes of every mark in ``paragraphs``, each once: numbers that differ
        first, then compatible ones, spellings, and numbers that agree."""
        marks = [m for p in paragraphs for m in self.marks_of(p)]
        rank = {kind: i for i, kind in enumerate(_NOTE_ORDER)}
        marks.sort(key=lambda m: rank[m.kind])  # stable: reading order within a kind
        keys = dict.fromkeys(m.source for m in marks)
        return [self.notes[k] for k in keys if k in self.notes]

    def count(self, kind: DifferenceKind, verdict: str | None = None) -> int:
        return sum(
            1
            for d in self.differences
            if d.kind == kind and (verdict is None or d.verdict == verdict)
        )

    @property
    def places(self) -> frozenset[str]:
        """Every paragraph that shows a difference."""
        return frozenset(p.paragraph for d in self.differences for p in d.places)

    def places_of(self, kind: DifferenceKind) -> frozenset[str]:
        """Every paragraph that shows a difference of ``kind``."""
        return frozenset(p.paragraph for d in self.differences if d.kind == kind for p in d.places)


Mention = NameMention | NumberMention


def _wording(m: Mention) -> str:
    """The mention as written, with its hedge ("at least 24")."""
    qualifier = m.qualifier if isinstance(m, NumberMention) else None
    if qualifier and qualifier.lower() not in m.text.lower():
        return f"{qualifier.lower()} {m.text}"
    return m.text


def _by_article(mentions: Iterable[Mention], order: Mapping[str, int]) -> str:
    """ "A 24, two dozen · B 24": each article's distinct wordings, in article order."""
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    for m in mentions:
        wording = _wording(m)
        texts[article_of(m.paragraph)].setdefault(wording.casefold(), wording)
    return " · ".join(
        f"{a} {', '.join(texts[a].values())}" for a in sorted(texts, key=lambda a: order.get(a, 99))
    )


def _distinct(items: Iterable[str]) -> list[str]:
    """``items`` without repeats, letter case aside; first spelling kept."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


def _places(mentions: Iterable[Mention], where: Mapping[str, tuple[int, int]]) -> tuple[Place, ...]:
    known = [m for m in mentions if m.paragraph in where]
    known.sort(key=lambda m: (where[m.paragraph], m.start))
    return tuple(Place(m.paragraph, m.start, m.end) for m in known)


def collect_facts(
    articles: Sequence[Article],
    alignment: Alignment,
    *,
    entities: Sequence[Entity] = (),
    word_variants: Sequence[WordVariant] = (),
    quantities: Sequence[Quantity] = (),
    snippet: int = 70,
) -> Facts:
    """Marks, notes and the list of differences (see the module docstring)."""
    order = {a.id: i for i, a in enumerate(articles)}
    where = {p.id: (i, p.index) for i, a in enumerate(articles) for p in a.paragraphs}
    marks: dict[str, list[Mark]] = defaultdict(list)
    notes: dict[str, str] = {}
    numbers: list[Difference] = []
    spellings: list[Difference] = []

    for q in quantities:
        kind = _VERDICT_MARK.get(q.verdict)
        if kind is None:
            continue
        key = f"number:{q.id}"
        note = _by_article(q.mentions, order)
        notes[key] = f"{q.quantity} ({q.verdict}): {note}"
        for m in q.mentions:
            marks[m.paragraph].append(Mark(m.start, m.end, kind, key))
        if q.verdict != "agree":
            values = " / ".join(_distinct(_wording(m) for m in q.mentions))
            numbers.append(
                Difference(
                    "number",
                    key,
                    f"{q.quantity}: {values}",
                    note,
                    _places(q.mentions, where),
                    q.verdict,
                )
            )

    named: list[tuple[str, str, tuple[str, ...], Sequence[NameMention]]] = []
    named.extend((f"name:{e.id}", e.name, e.spellings, e.mentions) for e in entities)
    named.extend((f"word:{w.key}", w.key, w.spellings, w.mentions) for w in word_variants)
    for key, name, spelled, names in named:
        if len(spelled) < 2:
            continue
        note = _by_article(names, order)
        notes[key] = f"{name} is spelled {len(spelled)} ways: {note}"
        for n in names:
            marks[n.paragraph].append(Mark(n.start, n.end, "spelling", key))
        spellings.append(
            Difference(
                "spelling", key, f"{name}: {' / '.join(spelled)}", note, _places(names, where)
            )
        )

    paragraphs = {p.id: p for a in articles for p in a.paragraphs}
    unique: list[Difference] = []
    for pid in alignment.unique:
        paragraph = paragraphs.get(pid)
        if paragraph is None or paragraph.kind == "heading":
            continue
        text = " ".join(paragraph.text.split())
        if len(text) > snippet:
            text = text[: snippet - 1].rstrip() + "…"
        unique.append(
            Difference(
                "unique",
                f"unique:{pid}",
                f"{pid} {text}",
                f"only {paragraph.article} reports {pid}",
                (Place(pid, 0, len(paragraph.text)),),
            )
        )

    numbers.sort(key=lambda d: d.verdict != "differ")  # differ first; stable otherwise
    sorted_marks = {
        pid: tuple(sorted(ms, key=lambda m: (m.start, m.end))) for pid, ms in marks.items()
    }
    return Facts(sorted_marks, notes, (*numbers, *spellings, *unique))

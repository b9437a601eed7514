"""From clusters of clauses to groups of paragraphs.

Each cluster that spans two or more articles becomes a group: the
paragraphs holding its clauses, with the strongest link of each clause to
a clause of another article as the evidence.  Two groups of exactly the
same paragraphs are one; a paragraph that repeats another joins it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from tui.core.align.model import Group, SentenceLink, SentenceRef
from tui.core.align.units import Unit
from tui.core.model import Article


def build_group(
    members: Sequence[int], units: Sequence[Unit], sim: Callable[[int, int], float]
) -> Group:
    """The (unnumbered) group of the clauses ``members``, in unit order."""
    links = _best_links(members, units, sim)
    score = sum(link.score for link in links) / len(links) if links else 0.0
    paragraphs = tuple(dict.fromkeys(units[u].paragraph.id for u in members))
    sentences = tuple(_ref(units[u]) for u in members)
    return Group("", paragraphs, round(score, 4), sentences, links)


def _ref(unit: Unit) -> SentenceRef:
    return SentenceRef(unit.paragraph.id, unit.start, unit.end)


def _best_links(
    members: Sequence[int], units: Sequence[Unit], sim: Callable[[int, int], float]
) -> tuple[SentenceLink, ...]:
    """The strongest link of each member to a member of another article."""
    links: dict[tuple[int, int], SentenceLink] = {}
    for u in members:
        best: tuple[float, int] | None = None
        for v in members:
            if units[v].paragraph.article == units[u].paragraph.article:
                continue
            s = sim(u, v)
            if s > 0 and (best is None or s > best[0]):
                best = (s, v)
        if best is None:
            continue
        a, b = sorted((u, best[1]))
        if (a, b) in links:
            continue
        ua, ub = units[a], units[b]
        shared = [ua.terms[t] for t in ua.terms if t in ub.terms]
        links[(a, b)] = SentenceLink(_ref(ua), _ref(ub), round(best[0], 4), tuple(shared))
    return tuple(links.values())


def merge_identical(groups: list[Group]) -> list[Group]:
    """Two claims found in exactly the same paragraphs are one group with both claims' links."""
    by_members: dict[frozenset[str], Group] = {}
    for g in groups:
        key = frozenset(g.paragraphs)
        seen = by_members.get(key)
        if seen is None:
            by_members[key] = g
            continue
        sentences = tuple(dict.fromkeys(seen.sentences + g.sentences))
        links = tuple(dict.fromkeys(seen.links + g.links))
        score = round(sum(k.score for k in links) / len(links), 4) if links else seen.score
        by_members[key] = Group(seen.id, seen.paragraphs, score, sentences, links)
    return list(by_members.values())


def attach_repeats(groups: list[Group], articles: Sequence[Article]) -> list[Group]:
    """A paragraph that repeats an earlier one belongs wherever the original does."""
    repeats: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        for p in a.paragraphs:
            if p.repeat_of is not None:
                repeats[p.repeat_of].append(p.id)
    if not repeats:
        return groups
    out = []
    for g in groups:
        extra = [r for pid in g.paragraphs for r in repeats.get(pid, ())]
        out.append(
            Group(g.id, g.paragraphs + tuple(extra), g.score, g.sentences, g.links) if extra else g
        )
    return out


def numbered(groups: list[Group], articles: Sequence[Article]) -> tuple[Group, ...]:
    """The groups in reading order (of their first paragraph), numbered G1, G2..."""
    order = {p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs}
    ordered = sorted(groups, key=lambda g: min(order[p] for p in g.paragraphs))
    return tuple(
        Group(f"G{i + 1}", g.paragraphs, g.score, g.sentences, g.links)
        for i, g in enumerate(ordered)
    )

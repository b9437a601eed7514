"""Parallel sentences: when two sentences of different articles already share
a linked quantity, their other equal values link too ("ten cruise missiles
... three unmanned motorboats" / "10 cruise missiles ... three drones"),
unless they say they count different things ("eight crew" / "eight
Americans", "two teachers" / "2 pilots")."""

from __future__ import annotations

from collections import Counter, defaultdict

from tui.core.quantities.passes.evidence import (
    frames_conflict,
    roles_conflict,
    scopes_conflict,
)
from tui.core.quantities.passes.state import COUNTABLE, Item, Links

_Sentence = tuple[str, int]  # paragraph id, sentence index


def link_parallel(links: Links) -> None:
    """Sentences that share a linked quantity (same counted noun, two articles):
    their other equal values, each alone of its value in its sentence, are one
    quantity too."""
    find = links.clusters.find
    counted = [it for it in links.items if it.m.kind in COUNTABLE and not it.info.vague]
    by_sentence: dict[_Sentence, list[Item]] = defaultdict(list)
    for it in counted:
        by_sentence[(it.paragraph, it.info.sentence)].append(it)
    # the quantities that two articles report with the same noun
    arts: dict[tuple[int, str], set[str]] = defaultdict(set)
    for it in counted:
        if it.info.noun:
            arts[(find(it.index), it.info.noun)].add(it.article)
    anchors = {key for key, a in arts.items() if len(a) > 1}
    buckets: dict[tuple[int, str, str, float], list[Item]] = defaultdict(list)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        roots = {(find(it.index), it.info.noun) for it in members if it.info.noun} & anchors
        if not roots:
            continue
        counts = Counter((it.m.kind, it.m.value) for it in members)
        for it in members:
            if counts[(it.m.kind, it.m.value)] == 1:
                for root, noun in roots:
                    buckets[(root, noun, it.m.kind, it.m.value)].append(it)
    for bucket in buckets.values():
        if len({it.article for it in bucket}) > 1:
            first = bucket[0].info
            for it in bucket[1:]:
                if not (
                    frames_conflict(first, it.info)
                    or scopes_conflict(first, it.info)
                    or roles_conflict(first, it.info)
                ):
                    links.join(bucket[0].index, it.index)

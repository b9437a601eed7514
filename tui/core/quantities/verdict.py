"""Every linked quantity gets a verdict: ``agree`` (one value, one hedge),
``compatible`` (the hedges cover each other: "at least 24" and "24") or
``differ``; and a label that says what is counted."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from tui.core.quantities.model import NumberMention, Quantity, Verdict
from tui.core.quantities.passes.state import Item, Links


def verdict(mentions: Sequence[NumberMention]) -> Verdict:
    """One value and one hedge agree; ranges that overlap are compatible."""
    values = {m.value for m in mentions}
    hedges = {m.qualifier for m in mentions}
    if len(values) == 1 and len(hedges) == 1:
        return "agree"
    low = max(m.low for m in mentions)
    high = min(m.high for m in mentions)
    return "compatible" if low <= high else "differ"


def quantities(links: Links) -> list[Quantity]:
    """The clusters of two or more mentions as quantities, in reading order."""
    clusters: dict[int, list[Item]] = defaultdict(list)
    for it in links.items:
        clusters[links.clusters.find(it.index)].append(it)
    out: list[tuple[tuple[int, int, int], Quantity]] = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda it: it.order)
        mentions = tuple(it.m for it in members)
        kinds = Counter(m.kind for m in mentions)
        kind = kinds.most_common(1)[0][0]
        if kind in ("date", "weekday"):
            label = "date"
        elif kind == "time":
            label = "time"
        else:
            labels = Counter(it.info.label for it in members if it.info.label)
            label = _best_label(labels, members)
        said: Verdict = "agree" if kind in ("date", "weekday", "time") else verdict(mentions)
        out.append((members[0].order, Quantity("", label, said, mentions, kind)))
    out.sort(key=lambda pair: pair[0])
    return [replace(q, id=f"N{i + 1}") for i, (_, q) in enumerate(out)]


def _best_label(labels: Counter[str], members: Iterable[Item]) -> str:
    if not labels:
        return next((it.m.unit for it in members if it.m.unit), "number")
    best = max(labels.values())
    # the most frequent; among equals, the one with a state ("ships damaged")
    tied = [lab for lab, c in labels.items() if c == best]
    return max(tied, key=lambda lab: (len(lab.split()), -list(labels).index(lab)))

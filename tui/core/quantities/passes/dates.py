"""Dates with the same resolved day are one quantity anywhere in the
comparison; equal times only in aligned paragraphs."""

from __future__ import annotations

from collections import defaultdict

from tui.core.quantities.passes.state import Item, Links


def link_dates(links: Links) -> None:
    union = links.clusters.union
    by_value: dict[tuple[str, float], list[Item]] = defaultdict(list)
    times: dict[float, list[Item]] = defaultdict(list)
    for it in links.items:
        if it.m.kind in ("date", "weekday"):
            by_value[(it.m.kind, it.m.value)].append(it)
        elif it.m.kind == "time":
            times[it.m.value].append(it)
    for bucket in by_value.values():
        for other in bucket[1:]:
            union(bucket[0].index, other.index)
    for bucket in times.values():
        for a_i, a in enumerate(bucket):
            for b in bucket[a_i + 1 :]:
                if links.aligned(a, b):
                    union(a.index, b.index)

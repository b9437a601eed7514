"""Dates with the same resolved day are one quantity anywhere in the
comparison; equal times in aligned paragraphs; and the times of one event
across reports: the first time each report gives in a sentence that shares
a word of what happened ("collapsed at 7:40 am" / "collapsed at 8:40 am");
likewise the months of one event, given without a day ("the trial began in
March" / "the trial started in April")."""

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
    _link_event_times([it for it in links.items if it.m.kind == "time"], links)
    _link_event_times([it for it in links.items if _month_only(it)], links)


def _month_only(it: Item) -> bool:
    """A month without a day ("in March", "April 2012"), the month of an event."""
    parts = it.info.date
    return it.m.kind == "date" and parts is not None and parts.month is not None and not parts.day


def _link_event_times(times: list[Item], links: Links) -> None:
    """Times of two reports whose sentences share a word of what happened are
    the time of one event: the pairs sharing most words first, equal times
    before different ones, one time per report."""
    find = links.clusters.find
    pairs = [
        (-len(a.info.context & b.info.context), a.m.value != b.m.value, a.order, b.order, a, b)
        for i, a in enumerate(times)
        for b in times[i + 1 :]
        if a.article != b.article and not a.info.context.isdisjoint(b.info.context)
    ]
    pairs.sort(key=lambda pair: pair[:4])
    for *_, a, b in pairs:
        ra, rb = find(a.index), find(b.index)
        if ra == rb or not links.articles[ra].isdisjoint(links.articles[rb]):
            continue
        links.clusters.union(a.index, b.index)

"""Equal values of one counted thing.

Equal values with the same counted noun (or the same state: "24 people
injured" / "two dozen injured") link when their paragraphs are aligned or
their clauses share a content word, and no conflicting names stand around
them; equal values with different nouns ("two naval vessels" / "two ships")
link only when the same verb governs both ("damaged") in aligned paragraphs
or one article.
"""

from __future__ import annotations

from collections import defaultdict

from tui.core.quantities.passes.evidence import (
    frames_conflict,
    names_conflict,
    same_sentence,
    scopes_conflict,
    states_conflict,
    unit_match,
)
from tui.core.quantities.passes.state import COUNTABLE, Item, Links


def link_equal(links: Links) -> None:
    buckets: dict[tuple[str, float, str], list[Item]] = defaultdict(list)
    for it in links.items:
        if it.m.kind in COUNTABLE and not it.info.vague:
            currency = it.m.unit.split(" ")[0] if it.m.kind == "money" else ""
            buckets[(it.m.kind, it.m.value, currency)].append(it)
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        # a link needs the same noun, the same state or a shared verb
        keyed: dict[tuple[str, str], list[Item]] = defaultdict(list)
        for it in bucket:
            if it.info.noun:
                keyed[("noun", it.info.noun)].append(it)
            if it.info.state:
                keyed[("state", it.info.state)].append(it)
            if it.info.outcome:
                keyed[("outcome", it.info.outcome)].append(it)
            for pred in it.info.preds:
                keyed[("pred", pred)].append(it)
        for lst in keyed.values():
            _link_list(lst, links)


def _link_list(lst: list[Item], links: Links) -> None:
    """Link the items of ``lst`` (equal values that share a noun, state or verb):
    each item is tried against one cluster after another, and joins each
    cluster that one of its members accepts it into."""
    find = links.clusters.find
    clusters: dict[int, list[Item]] = {}
    for b in lst:
        rb = find(b.index)
        for r in list(clusters):
            members = clusters.get(r)
            if members is None or find(r) == rb:
                continue
            for a in members:
                if (
                    not same_sentence(a, b)
                    and _equal_ok(a, b, links.aligned(a, b))
                    and links.join(a.index, b.index)
                ):
                    rb_members = clusters.pop(rb, [])
                    del clusters[r]
                    rb = find(b.index)
                    clusters[rb] = members + rb_members
                    break
        clusters.setdefault(rb, []).append(b)


def _equal_ok(a: Item, b: Item, is_aligned: bool) -> bool:
    """May two mentions of one value be the same quantity?"""
    ia, ib = a.info, b.info
    same_article = a.article == b.article
    if states_conflict(ia, ib) or frames_conflict(ia, ib) or scopes_conflict(ia, ib):
        return False
    if unit_match(ia, ib):
        if is_aligned:
            return True
        if same_article and (ia.anaphoric or ib.anaphoric) and ia.noun:
            return True  # "all three drones" after "three drones"
        support = bool(ia.context & ib.context) or bool(ia.preds & ib.preds)
        return support and not names_conflict(ia, ib)
    if ia.noun and ib.noun and ia.preds & ib.preds:
        # different nouns for one thing ("vessels" / "ships"): the same verb governs both
        return is_aligned or (same_article and not names_conflict(ia, ib))
    return False

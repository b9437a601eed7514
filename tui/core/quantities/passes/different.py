"""Different values of one counted thing: the discrepancies.

Different values link only for the same counted noun, of the same order of
magnitude, with supporting context (aligned paragraphs, or shared modifiers
within an article), never when the two values are each already confirmed by
another outlet as separate quantities, and never with a partitive ("seven of
the missiles") of the same article.  A part ("138 of them", and its value
elsewhere in that article) links only with a part.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from tui.core.quantities.passes.evidence import (
    frames_conflict,
    names_conflict,
    same_sentence,
    states_conflict,
)
from tui.core.quantities.passes.frames import lead_frame
from tui.core.quantities.passes.state import Item, Links
from tui.core.settings import NumberSettings

#: A possible discrepancy: rank, closeness, the two mentions' places in reading
#: order and their indices (the lower index first).  Plain values only: there
#: are many, and the garbage collector need not look into them.
_Candidate = tuple[int, float, tuple[int, int, int], tuple[int, int, int], int, int]

#: A counted thing with more mentions than this (a live blog, not a news
#: report, whose counted things have a few dozen at most) is paired through one
#: mention per quantity, article and value (:func:`_representatives`): its cost
#: then grows with the distinct values, at the price of scoring only the first
#: of equal mentions that earlier passes already made one quantity.
DENSE_BUCKET = 200


def link_different(links: Links) -> None:
    items, find = links.items, links.clusters.find
    # what is counted: what happened to the people, else the noun
    by_noun: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for it in items:
        if it.m.kind == "money" and not (it.info.noun or it.info.outcome):
            by_noun[("money", it.m.unit)].append(it)  # "$4.2 million" / "$2.4 million"
        elif it.m.kind in ("count", "percent", "money", "duration") and (
            it.info.noun or it.info.outcome
        ):
            what = f"outcome:{it.info.outcome}" if it.info.outcome else it.info.noun
            by_noun[(it.m.kind, what)].append(it)
    parts = _parts(items)
    candidates: list[_Candidate] = []
    for bucket in by_noun.values():
        if len(bucket) >= 2:
            candidates.extend(_candidates(bucket, links, parts))
    # by rank, closeness, then reading order (unique: the indices never decide)
    candidates.sort()
    for *_, ia, ib in candidates:
        ra, rb = find(ia), find(ib)
        if ra == rb:
            continue
        a, b = items[ia], items[ib]
        arts_a, arts_b = links.articles[ra], links.articles[rb]
        # both values already confirmed by two outlets each: two quantities
        if len(arts_a) > 1 and len(arts_b) > 1:
            continue
        # across outlets, one value per outlet and quantity
        if a.article != b.article and (b.article in arts_a or a.article in arts_b):
            continue
        links.join(a.index, b.index)


def _parts(items: list[Item]) -> set[int]:
    """The mentions that count a part: a partitive ("138 of them"), and any
    figure of its article with that value (the headline's "138 passengers"
    are those 138, not the 167 on board)."""
    partitive = {(it.article, it.m.value) for it in items if it.info.partitive}
    return {it.index for it in items if (it.article, it.m.value) in partitive}


def _candidates(bucket: list[Item], links: Links, parts: set[int]) -> list[_Candidate]:
    """The pairs of one counted thing that may be one quantity with different
    values, scored.

    Only pairs that :func:`_score` can accept are scored: a vague value and a
    value in its range, or two exact values at most ``max_ratio`` apart
    (sorted, so each value meets only those above it up to that ratio), with
    some support (aligned paragraphs, a shared modifier or context word).
    """
    roots = {it.index: links.clusters.find(it.index) for it in bucket}
    if len(bucket) > DENSE_BUCKET:
        bucket = _representatives(bucket, roots, parts)
    out: list[_Candidate] = []
    for a, near in _partners(bucket, links.settings.max_ratio):
        root = roots[a.index]
        value = a.m.value
        vague_a = a.info.vague
        modifiers = a.info.modifiers
        context = a.info.context
        for b in near:
            if roots[b.index] == root:
                continue  # already one quantity
            if (a.index in parts) != (b.index in parts):
                continue  # a part of the people is no other count of them all
            if b.m.value == value and not (vague_a or b.info.vague):
                continue  # an equal value is no discrepancy
            is_aligned = links.aligned(a, b)
            if (
                not is_aligned
                and modifiers.isdisjoint(b.info.modifiers)
                and context.isdisjoint(b.info.context)
            ):
                continue  # nothing supports it
            score = _score(a, b, is_aligned, links.settings)
            if score is not None:
                first, second = (a, b) if a.index < b.index else (b, a)
                rank, closeness = score
                out.append((rank, closeness, first.order, second.order, first.index, second.index))
    return out


def _representatives(bucket: list[Item], roots: dict[int, int], parts: set[int]) -> list[Item]:
    """One mention (the first in reading order) for each quantity so far, article,
    value and kind of value: the pairs to score then grow with the distinct
    values, not with the product of the mentions (a live blog's thousands of
    tolls repeat a few hundred values)."""
    first: dict[tuple[int, str, float, bool, bool], Item] = {}
    for it in sorted(bucket, key=lambda it: it.order):
        key = (roots[it.index], it.article, it.m.value, it.info.vague, it.index in parts)
        first.setdefault(key, it)
    return list(first.values())


def _partners(bucket: list[Item], max_ratio: float) -> list[tuple[Item, list[Item]]]:
    """Each mention with the later ones whose values it may differ from: for a
    vague value, those whose ranges overlap its own; for an exact one, the
    exact values from its own size up to ``max_ratio`` times it."""
    partners: list[tuple[Item, list[Item]]] = []
    vague = [it for it in bucket if it.info.vague]
    if vague:
        others = [it for it in bucket if not it.info.vague]
        for x, a in enumerate(vague):
            low, high = a.m.low, a.m.high
            near = [b for b in vague[x + 1 :] if low <= b.m.high and b.m.low <= high]
            near += [b for b in others if low <= b.m.high and b.m.low <= high]
            partners.append((a, near))
    exact = sorted(
        (it for it in bucket if not it.info.vague and it.m.value != 0),
        key=lambda it: abs(it.m.value),
    )
    sizes = [abs(it.m.value) for it in exact]
    for x, a in enumerate(exact):
        # the same test as _score's: the larger at most max_ratio times the smaller
        top = bisect_right(sizes, sizes[x] * max_ratio, x + 1)
        partners.append((a, exact[x + 1 : top]))
    return partners


def _score(
    a: Item, b: Item, is_aligned: bool, settings: NumberSettings
) -> tuple[int, float] | None:
    """How surely two different values are one quantity: (rank, closeness),
    lower first; None when they are not."""
    ia, ib = a.info, b.info
    if same_sentence(a, b):
        return None
    same_article = a.article == b.article
    if same_article and (ia.partitive or ib.partitive):
        return None  # "seven of the missiles" is a part of the ten, not another count
    if states_conflict(ia, ib) or frames_conflict(ia, ib):
        return None  # "killed" and "injured" are different counts
    if ia.scope != ib.scope:
        return None  # the dead in one town are a part of the toll, not another toll
    if a.article == b.article and (lead_frame(a) or lead_frame(b)):
        return None  # one report's two tolls or magnitudes: an update, or two events
    if ia.noun and ib.noun and ia.noun != ib.noun:
        return None  # "soldiers killed" and "civilians killed" are different counts
    closeness = _closeness(a, b, settings.max_ratio)
    if closeness is None:
        return None
    if is_aligned:
        return 0, closeness
    shared_modifiers = not ia.modifiers.isdisjoint(ib.modifiers)
    if same_article:
        if shared_modifiers and not names_conflict(ia, ib):
            return 1, closeness
        return None
    shared_context = ia.context & ib.context
    enough = shared_modifiers or len(shared_context) >= settings.min_shared_context
    if enough and shared_context and not names_conflict(ia, ib):
        return 2, closeness
    return None


def _closeness(a: Item, b: Item, max_ratio: float) -> float | None:
    """How far apart two values are, as a share of the larger (0 for a vague
    value and a value in its range); None when they cannot be one quantity."""
    if a.info.vague or b.info.vague:
        if not (a.m.low <= b.m.high and b.m.low <= a.m.high):
            return None
        return 0.0
    lo, hi = abs(a.m.value), abs(b.m.value)
    if hi < lo:
        lo, hi = hi, lo
    if lo == 0 or hi > lo * max_ratio:
        return None  # not the same order of magnitude
    return (hi - lo) / hi

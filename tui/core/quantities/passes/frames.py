"""Figures linked by what they count, across outlets, aligned or not.

Figures of one frame ("killed", "injured", "magnitude", a length ...), one
kind of value and one scope (the whole, or a part: "children", "Canadians",
the dead "in Turkey") are one quantity when

* their values are equal (a measurement: equal once converted, to the
  precision each is written with: "72 km" and "45 miles"), in two articles or
  two sentences; or
* each is the first figure its article gives for that frame and scope: a
  report leads with its toll, so the leads of two reports are one quantity
  however far their values lie apart (a toll rises between reports), while
  the figures further down (a toll for one town, an earlier toll, a
  historical one) link only on equal values.

A figure for one place is a part, not the whole, when its article also gives
a larger figure of the same frame for no one place ("912 people have perished
in Turkey alone" beside "more than 1,500 dead").  Within one article, equal
figures put in different places stay apart.  Leads link only for frames that
say what the figure is (people killed, injured ...; a magnitude; a length):
"ten missiles" fired and "seven" shot down are one frame, two quantities.
"""

from __future__ import annotations

from collections import defaultdict

from tui.core.lexicon.frames import (
    FRAME_OVERLAPS,
    MEASURE_FRAMES,
    SUBJECT_SCOPE,
    TOLL_FRAMES,
    UPDATE_VERBS,
)
from tui.core.quantities.passes.state import Item, Links
from tui.core.quantities.units import precision
from tui.core.text import stem

#: The kinds of figure a frame is read for.
FRAMED: frozenset[str] = frozenset(("count", "measure", "percent"))

_Key = tuple[str, str, str]

#: Stems of the verbs that say a toll has grown.
UPDATE_STEMS = frozenset(stem(w) for w in UPDATE_VERBS)  # frame, kind (and dimension), scope


def link_frames(links: Links) -> None:
    items = [
        it
        for it in links.items
        if it.info.frame and it.m.kind in FRAMED and not it.info.vague and it.m.value
    ]
    scopes = _scopes(items, links)
    buckets: dict[_Key, list[Item]] = defaultdict(list)
    for it in items:
        kind = f"measure:{it.m.dimension}" if it.m.kind == "measure" else it.m.kind
        buckets[(it.info.frame, kind, scopes[it.index])].append(it)
    for key, bucket in buckets.items():
        if len(bucket) < 2:
            continue
        _link_equal(bucket, bucket, links)
        if lead_frame(bucket[0]):
            _link_leads(bucket, links, toll=key[0] in TOLL_FRAMES)
    for pair in FRAME_OVERLAPS:
        first, second = sorted(pair)
        for (frame, kind, scope), bucket in buckets.items():
            if frame == first:
                other = buckets.get((second, kind, scope))
                if other:
                    _link_equal(bucket, other, links)


def lead_frame(it: Item) -> bool:
    """Does the figure's frame say what it is, so that the leads of two reports
    in it are one quantity (people killed, injured ...; a magnitude; a length)?
    The figures of one named subject too (the votes for one candidate).
    Not how many were aboard: a passenger count beside a count of everyone on
    board is another figure, not an update."""
    frame = it.info.frame
    if it.info.scope.startswith(SUBJECT_SCOPE):
        return True  # the votes for one named candidate, counted at different times
    return frame in TOLL_FRAMES or frame in MEASURE_FRAMES or it.m.kind == "measure"


def _scopes(items: list[Item], links: Links) -> dict[int, str]:
    """Each figure's scope: its own (a part of the people named by its noun),
    else the one place its sentence puts it in when its article gives a larger
    figure of the frame for no one place (the whole), or when some article
    gives different figures of the frame for that place and another (the dead
    in Turkey and the dead in Syria; not 137 dead "in Beirut" and the same 137
    "in Lebanon"); "" for the whole."""
    wholes: dict[tuple[str, str], float] = defaultdict(float)
    places: dict[tuple[str, str], dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    for it in items:
        place = _place(it)
        if place:
            if not it.info.scope:
                places[(it.article, it.info.frame)][next(iter(place))].add(it.m.value)
        else:
            key = (it.article, it.info.frame)
            wholes[key] = max(wholes[key], it.m.value)
    split = {
        (frame, place)
        for (_, frame), named in places.items()
        for place, values in named.items()
        if any(other != values for other in named.values())
    }
    out: dict[int, str] = {}
    for it in items:
        place = _place(it)
        if it.info.scope:
            out[it.index] = it.info.scope
        elif place and (
            it.m.value < wholes.get((it.article, it.info.frame), 0.0)
            or (it.info.frame, next(iter(place))) in split
        ):
            out[it.index] = scope = f"in:{next(iter(place))}"
            links.set_scope(it.index, scope)  # later passes see it
        else:
            out[it.index] = ""
    return out


def _place(it: Item) -> frozenset[str]:
    """The one place a figure is put in; none for none or several ("in Turkey and Syria")."""
    return it.info.places if len(it.info.places) == 1 else frozenset()


def _link_equal(bucket: list[Item], others: list[Item], links: Links) -> None:
    """Equal values, in two articles or two sentences, are one quantity."""
    by_value: dict[float, list[Item]] = defaultdict(list)
    for it in others:
        by_value[_rounded(it)].append(it)
    for a in bucket:
        for b in _equal_candidates(a, by_value):
            if a.index != b.index and not _same_sentence(a, b) and _equal(a, b):
                if not _other_places(a, b):
                    links.join(a.index, b.index)


def _equal_candidates(a: Item, by_value: dict[float, list[Item]]) -> list[Item]:
    if a.m.kind != "measure":
        return by_value.get(_rounded(a), [])
    return [b for group in by_value.values() for b in group]


def _rounded(it: Item) -> float:
    return it.m.value if it.m.si_value is None else round(it.m.si_value)


def _equal(a: Item, b: Item) -> bool:
    """The same value; for measurements, the same once converted, to the
    precision of the coarser figure ("2,300 feet" is "700 m")."""
    ma, mb = a.m, b.m
    if ma.si_value is None or mb.si_value is None:
        return ma.value == mb.value
    step = max(_si_step(a), _si_step(b))
    return abs(ma.si_value - mb.si_value) <= step / 2


def _si_step(it: Item) -> float:
    """The step of the figure's last written digit, in SI units."""
    m = it.m
    if m.si_value is None or not m.value or not m.text[:1].isdigit():
        return 0.0
    return precision(m.text) * m.si_value / m.value


def _other_places(a: Item, b: Item) -> bool:
    """Two figures of one article put in different places ("two killed in
    Kharkiv" / "two killed in Odesa")."""
    pa, pb = a.info.places, b.info.places
    return a.article == b.article and bool(pa) and bool(pb) and pa.isdisjoint(pb)


def _same_sentence(a: Item, b: Item) -> bool:
    return a.paragraph == b.paragraph and a.info.sentence == b.info.sentence


def _link_leads(bucket: list[Item], links: Links, *, toll: bool) -> None:
    """Each article's first figure of the bucket, and the figures equal to it,
    are one quantity across articles: within ``toll_max_ratio`` of the next
    lead for a toll (tolls rise between reports), within ``max_ratio`` for
    anything else."""
    leads: dict[str, Item] = {}
    historical = _historical(links)
    for it in sorted(bucket, key=lambda it: it.order):
        if (it.paragraph, it.info.sentence) not in historical:
            leads.setdefault(it.article, it)
    if toll:
        _link_updates(bucket, leads, links, historical)
    if len(leads) < 2:
        return
    ordered = sorted(leads.values(), key=_value)
    cfg = links.settings
    max_ratio = cfg.toll_max_ratio if toll else cfg.max_ratio
    for a, b in zip(ordered, ordered[1:], strict=False):
        if _within(a, b, max_ratio):
            links.join(a.index, b.index)


def _historical(links: Links) -> set[tuple[str, int]]:
    """The sentences that give a bare year ("In 2013, ..."): their figures are
    of an earlier event, never a report's lead."""
    return {
        (it.paragraph, it.info.sentence)
        for it in links.items
        if it.m.kind == "date" and _bare_year(it)
    }


def _bare_year(it: Item) -> bool:
    """ "In 2013": a year and no day (not "March 22", year-less)."""
    parts = it.info.date
    return parts is not None and parts.year is not None and parts.month is None


def _link_updates(
    bucket: list[Item], leads: dict[str, Item], links: Links, historical: set[tuple[str, int]]
) -> None:
    """A toll its report says has risen, larger than the report's lead ("the
    toll has risen to 92"), is that toll updated; not in a sentence that
    gives a year (a toll of an earlier event)."""
    for it in bucket:
        lead = leads.get(it.article)
        if lead is not None and (
            it.m.value > lead.m.value
            and not it.info.preds.isdisjoint(UPDATE_STEMS)
            and (it.paragraph, it.info.sentence) not in historical
        ):
            links.join(lead.index, it.index)


def _within(a: Item, b: Item, max_ratio: float) -> bool:
    lo, hi = sorted((abs(_value(a)), abs(_value(b))))
    return lo > 0 and hi <= lo * max_ratio


def _value(it: Item) -> float:
    return it.m.value if it.m.si_value is None else it.m.si_value

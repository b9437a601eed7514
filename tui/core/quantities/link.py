"""Linking: the same quantity across outlets and within one article.

Every mention of every content paragraph is collected (weekdays and year-less
dates resolved against the latest full date the article gives, else the
latest in the comparison), then the passes of :data:`PASSES` link them, most
certain evidence first, and each cluster of two or more mentions becomes a
:class:`~tui.core.quantities.model.Quantity` with a verdict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from tui.core._gc import gc_paused
from tui.core.model import Article, Paragraph, article_of
from tui.core.quantities.dates import full_date, reference_date
from tui.core.quantities.found import Found
from tui.core.quantities.model import Quantity
from tui.core.quantities.passes.dates import link_dates
from tui.core.quantities.passes.different import link_different
from tui.core.quantities.passes.equal import link_equal
from tui.core.quantities.passes.frames import link_frames
from tui.core.quantities.passes.parallel import link_parallel
from tui.core.quantities.passes.state import Item, Links
from tui.core.quantities.scan import resolve_found, scan
from tui.core.quantities.verdict import quantities
from tui.core.settings import NumberSettings

#: No alignment group: the paragraph was aligned with none.
_NONE: frozenset[int] = frozenset()

#: The passes, in the order they run.
PASSES: tuple[tuple[str, Callable[[Links], None]], ...] = (
    ("dates", link_dates),
    ("equal", link_equal),
    ("frames", link_frames),
    ("parallel", link_parallel),
    ("different", link_different),
)


@gc_paused
def link_quantities(
    articles: Sequence[Article],
    *,
    groups: Sequence[Sequence[str]] = (),
    settings: NumberSettings | None = None,
) -> list[Quantity]:
    """Link mentions of the same quantity across ``articles`` and give each a verdict.

    ``groups`` are the alignment groups (paragraph ids that report the same
    facts; a group may hold several paragraphs of one article).  Only
    quantities mentioned in two or more places are returned.
    """
    cfg = settings or NumberSettings()
    items, latest = _collect(articles, _paragraph_groups(groups), cfg)
    if not items:
        return []
    links = Links(items, cfg, as_of=_as_of(items, latest))
    for _name, link in PASSES:
        link(links)
    return quantities(links)


@gc_paused
def frame_links(
    articles: Sequence[Article], *, settings: NumberSettings | None = None
) -> set[tuple[str, str]]:
    """The paragraph pairs of different articles whose figures are linked by
    what they count, without any alignment: evidence for the alignment.

    Each pair ``(a, b)`` (paragraph ids, ``a < b``) holds two mentions of one
    quantity that the frame pass (same frame, kind and scope: equal values, or
    each report's lead figure; see :mod:`.passes.frames`) or the event-time
    pass linked: "kills at least 296" in one headline and "the death toll rose
    to 632" in another body paragraph.  Dates are left out: one day is named
    in many paragraphs that report different facts.
    """
    cfg = settings or NumberSettings()
    items, latest = _collect(articles, {}, cfg)
    links = Links(items, cfg, as_of=_as_of(items, latest))
    link_dates(links)
    link_frames(links)
    members: dict[int, set[str]] = defaultdict(set)
    for it in items:
        if it.info.frame or it.m.kind == "time":
            members[links.clusters.find(it.index)].add(it.paragraph)
    out: set[tuple[str, str]] = set()
    for paragraphs in members.values():
        for a, b in combinations(sorted(paragraphs), 2):
            if article_of(a) != article_of(b):
                out.add((a, b))
    return out


def _as_of(items: Sequence[Item], latest: dict[str, date]) -> dict[str, str]:
    """The date each article reports as of: the latest full day it names,
    weekdays and year-less dates resolved ("on Saturday")."""
    out = dict(latest)
    for it in items:
        day = full_date(it.info.date) if it.m.kind == "date" else None
        if day is not None and (it.article not in out or day > out[it.article]):
            out[it.article] = day
    return {aid: day.isoformat() for aid, day in out.items()}


def _paragraph_groups(groups: Sequence[Sequence[str]]) -> dict[str, frozenset[int]]:
    """Each paragraph id with the indices of the alignment groups it is in."""
    sets: dict[str, set[int]] = defaultdict(set)
    for gi, g in enumerate(groups):
        for pid in g:
            sets[pid].add(gi)
    return {pid: frozenset(gs) for pid, gs in sets.items()}


@dataclass(frozen=True, slots=True)
class _Scanned:
    """The mentions of one content paragraph."""

    article: int
    """The index of its article."""
    index: int
    """Its index in the article."""
    paragraph: Paragraph
    found: list[Found]


def _collect(
    articles: Sequence[Article], groups: dict[str, frozenset[int]], settings: NumberSettings
) -> tuple[list[Item], dict[str, date]]:
    """Every mention of every content paragraph, dates resolved; and the latest
    full date of each article that gives one."""
    scanned: list[list[_Scanned]] = []
    latest: dict[str, date] = {}  # the latest full date of each article
    for ai, article in enumerate(articles):
        rows: list[_Scanned] = []
        for pi, p in enumerate(article.paragraphs):
            if p.repeat_of is not None:
                continue
            found = scan(p.text, p.id, settings=settings)
            for d in filter(None, (full_date(f.info.date) for f in found)):
                if article.id not in latest or d > latest[article.id]:
                    latest[article.id] = d
            if p.kind != "metadata":
                rows.append(_Scanned(ai, pi, p, found))
        scanned.append(rows)
    overall = max(latest.values(), default=None)
    items: list[Item] = []
    for article, rows in zip(articles, scanned, strict=True):
        ref = reference_date(latest.get(article.id), overall, gap_days=settings.historical_gap_days)
        for row in rows:
            pid = row.paragraph.id
            for f in row.found:
                if ref is not None:
                    f = resolve_found(f, ref, settings=settings)
                order = (row.article, row.index, f.mention.start)
                item = Item(
                    len(items), f.mention, f.info, article.id, pid, order, groups.get(pid, _NONE)
                )
                items.append(item)
    return items, latest

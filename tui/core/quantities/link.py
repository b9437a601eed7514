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

from tui.core._gc import gc_paused
from tui.core.model import Article, Paragraph
from tui.core.quantities.dates import full_date, reference_date
from tui.core.quantities.found import Found
from tui.core.quantities.model import Quantity
from tui.core.quantities.passes.dates import link_dates
from tui.core.quantities.passes.different import link_different
from tui.core.quantities.passes.equal import link_equal
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
    items = _collect(articles, _paragraph_groups(groups), cfg)
    if not items:
        return []
    links = Links(items, cfg)
    for _name, link in PASSES:
        link(links)
    return quantities(links)


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
) -> list[Item]:
    """Every mention of every content paragraph, dates resolved."""
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
    return items

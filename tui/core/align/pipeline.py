"""The alignment, step by step: units, weights, candidate pairs, claims, groups."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core._gc import gc_paused
from tui.core.align.clustering import (
    average_linkage,
    extra_members,
    merge_events,
    spans_articles,
)
from tui.core.align.groups import attach_repeats, build_group, merge_identical, numbered
from tui.core.align.model import Alignment, Group
from tui.core.align.similarity import idf, similarities
from tui.core.align.units import build_units
from tui.core.model import Article
from tui.core.settings import AlignSettings


@gc_paused
def align(articles: Sequence[Article], *, settings: AlignSettings | None = None) -> Alignment:
    """Align the paragraphs of ``articles`` into groups that report the same facts."""
    cfg = settings or AlignSettings()
    n_articles = len(articles)
    units = build_units(articles, settings=cfg)
    weights = idf(units, settings=cfg)
    sims = similarities(units, weights, n_articles=n_articles, settings=cfg)
    claims = average_linkage(len(units), sims, threshold=cfg.claim_threshold)
    clusters = merge_events(claims, units, weights, n_articles=n_articles, settings=cfg)

    def sim(a: int, b: int) -> float:
        return sims.get((a, b) if a < b else (b, a), 0.0)

    # multi-fact clauses (headlines, leads, captions): also join every other
    # group whose pooled wording they match
    extra = extra_members(clusters, units, weights, sims, settings=cfg)

    groups: list[Group] = []
    for ci, members in enumerate(clusters):
        all_units = sorted(set(members) | extra.get(ci, set()))
        if not spans_articles(all_units, units):
            continue
        groups.append(build_group(all_units, units, sim))

    groups = attach_repeats(merge_identical(groups), articles)
    return Alignment.of(numbered(groups, articles), articles)

"""The alignment, step by step: units, weights, candidate pairs, claims, groups,
then the pair model over every pair of paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.core._gc import gc_paused
from tui.core.align.clustering import (
    average_linkage,
    extra_members,
    merge_events,
    spans_articles,
)
from tui.core.align.groups import attach_repeats, build_group, merge_identical, numbered
from tui.core.align.model import Alignment, Group, SentenceLink, SentenceRef
from tui.core.align.pairs import (
    Pair,
    PairEvidence,
    best_clauses,
    clique_cover,
    cross_pair_count,
    pair_evidence,
    predicted_pairs,
    strongest,
)
from tui.core.align.similarity import idf, similarities
from tui.core.align.units import Unit, build_units
from tui.core.model import Article, article_of
from tui.core.quantities import frame_links
from tui.core.settings import AlignSettings, NumberSettings


@dataclass(frozen=True, slots=True)
class Claims:
    """Steps 1-4: the clause clusters, with what the pair model needs of them."""

    groups: list[Group]
    units: list[Unit]
    weights: dict[str, float]
    sims: dict[tuple[int, int], float]
    sim: Callable[[int, int], float]

    def pairs(self) -> set[Pair]:
        out: set[Pair] = set()
        for g in self.groups:
            out |= _cross_pairs(g.paragraphs)
        return out


def _cross_pairs(paragraphs: Sequence[str]) -> set[Pair]:
    ps = sorted(set(paragraphs))
    return {(a, b) for i, a in enumerate(ps) for b in ps[i + 1 :] if article_of(a) != article_of(b)}


def claims(articles: Sequence[Article], cfg: AlignSettings) -> Claims:
    """Clauses clustered into claims, claims about one event merged, then grouped."""
    n_articles = len(articles)
    units = build_units(articles, settings=cfg)
    weights = idf(units, settings=cfg)
    sims = similarities(units, weights, n_articles=n_articles, settings=cfg)
    clusters = average_linkage(len(units), sims, threshold=cfg.claim_threshold)
    clusters = merge_events(clusters, units, weights, n_articles=n_articles, settings=cfg)

    def sim(a: int, b: int) -> float:
        return sims.get((a, b) if a < b else (b, a), 0.0)

    # multi-fact clauses (headlines, leads, captions): also join every other
    # group whose pooled wording they match
    extra = extra_members(clusters, units, weights, sims, settings=cfg)
    groups: list[Group] = []
    for ci, members in enumerate(clusters):
        all_units = sorted(set(members) | extra.get(ci, set()))
        if spans_articles(all_units, units):
            groups.append(build_group(all_units, units, sim))
    return Claims(groups, units, weights, sims, sim)


def evidence(
    articles: Sequence[Article], cfg: AlignSettings, numbers: NumberSettings | None = None
) -> list[PairEvidence]:
    """The pair model's evidence for every cross-article pair (for fitting its weights)."""
    found = claims(articles, cfg)
    best = best_clauses(found.units, found.sims)
    figures = frame_links(articles, settings=numbers)
    return pair_evidence(found.units, found.weights, found.pairs(), best, figures, settings=cfg)


def _link(found: Claims, u: int, v: int, score: float) -> SentenceLink:
    ua, ub = found.units[u], found.units[v]
    shared = tuple(ua.terms[t] for t in ua.terms if t in ub.terms)
    return SentenceLink(_ref(ua), _ref(ub), round(score, 4), shared)


def _ref(unit: Unit) -> SentenceRef:
    return SentenceRef(unit.paragraph.id, unit.start, unit.end)


def _pair_groups(
    found: Claims, edges: dict[Pair, float], best: dict[Pair, tuple[float, int, int]]
) -> list[Group]:
    """Claims whose pairs the model keeps, then cliques that cover its other pairs.

    A clique's evidence is the most alike clauses of each of its pairs."""
    kept: list[Group] = []
    covered: set[Pair] = set()
    for g in found.groups:
        inside = _cross_pairs(g.paragraphs)
        if inside <= edges.keys():
            kept.append(g)
            covered |= inside
    units_of: dict[str, list[Unit]] = {}
    for unit in found.units:
        units_of.setdefault(unit.paragraph.id, []).append(unit)
    for members in clique_cover(edges, covered=covered):
        inside = _cross_pairs(members)
        links = tuple(_link(found, b[1], b[2], b[0]) for p in sorted(inside) if (b := best.get(p)))
        sentences = tuple(_ref(u) for pid in members for u in units_of[pid])
        score = sum(edges.get(p, 0.0) for p in inside) / len(inside)
        kept.append(Group("", tuple(members), round(score, 4), sentences, links))
    return kept


@gc_paused
def align(
    articles: Sequence[Article],
    *,
    settings: AlignSettings | None = None,
    numbers: NumberSettings | None = None,
) -> Alignment:
    """Align the paragraphs of ``articles`` into groups that report the same facts.

    ``numbers`` configures the figures whose links are evidence for the pair model."""
    cfg = settings or AlignSettings()
    found = claims(articles, cfg)
    groups = found.groups
    if (
        cfg.pair_model
        and cross_pair_count(articles) <= cfg.pair_max_pairs
        and sum(len(a.paragraphs) for a in articles) <= cfg.pair_max_paragraphs
    ):
        best = best_clauses(found.units, found.sims)
        figures = frame_links(articles, settings=numbers)
        found_evidence = pair_evidence(
            found.units, found.weights, found.pairs(), best, figures, settings=cfg
        )
        edges = predicted_pairs(
            found_evidence,
            weights=cfg.pair_weights,
            threshold=cfg.pair_threshold,
            min_cosine=cfg.pair_min_cosine,
            keep=found.pairs() if cfg.keep_claims else frozenset(),
        )
        groups = _pair_groups(found, strongest(edges, top_k=cfg.pair_top_k), best)
    groups = attach_repeats(merge_identical(groups), articles)
    return Alignment.of(numbered(groups, articles), articles)

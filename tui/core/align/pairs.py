"""Step 5, paragraph pairs: the evidence that two paragraphs share a fact.

Clause clustering (steps 1-4) finds claims worded alike.  Coverage of one
event also shares facts in other words, in other places and in figures, so
every pair of paragraphs from different articles is weighed on several kinds
of evidence at once (:data:`FEATURES`):

- ``cosine``: the cosine of their weighted content terms, pooled from their
  clauses (event vocabulary is folded there: "killed" meets "death toll");
- ``frames``: how many quantity frames both give a figure for (the dead, the
  injured, the missing, a magnitude...);
- ``names``: the capitalised names both use, compared on their consonant
  skeleton ("Rouhani" / "Rohani"), each weighted by 1 / the number of
  paragraphs that use it;
- ``claim``: whether clause clustering put them in one claim;
- ``lead``: whether both stand among the first paragraphs of their articles
  (news puts its main facts first);
- ``position``: how early both stand, as ``1 / (1 + i + j)``;
- ``clause``: the similarity of their most alike clauses (one shared fact in
  two long paragraphs leaves their pooled cosine low);
- ``figures``: whether figures of theirs count one quantity (the same frame
  and scope: "kills at least 296" and "the death toll rose to 632"), as
  :func:`tui.core.quantities.frame_links` links them without any alignment.

A logistic model turns the evidence into the probability that the two
paragraphs report a common fact.  Its weights are fitted on the development
corpus (``python -m tui.eval --fit``; every quoted figure is fitted
leave-one-event-out) and live in :class:`tui.core.settings.AlignSettings`.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from tui.core.align.similarity import zipf
from tui.core.align.units import Unit
from tui.core.lexicon.demonyms import DEMONYM_SUFFIX_RE
from tui.core.model import Article, Paragraph, article_of
from tui.core.quantities.frames import paragraph_frames
from tui.core.settings import AlignSettings
from tui.core.text import STOPWORDS
from tui.core.text.translit import consonant_key, fold_ascii

Pair = tuple[str, str]
"""Two paragraph ids of different articles, the smaller first."""

FEATURES = ("bias", "cosine", "frames", "names", "claim", "lead", "position", "clause", "figures")
"""The evidence, in the order of :attr:`AlignSettings.pair_weights`."""

_CAPITALISED_RE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:['-][A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """What one paragraph brings to the comparison of pairs."""

    paragraph: Paragraph
    vector: dict[str, float]
    """Weighted content terms, of length 1."""
    frames: frozenset[str]
    names: frozenset[str]


@dataclass(frozen=True, slots=True)
class PairEvidence:
    """Two paragraphs of different articles and the evidence that they share a fact."""

    pair: Pair
    features: tuple[float, ...]


def _name_keys(text: str, min_length: int, max_zipf: float) -> frozenset[str]:
    """The consonant keys of the capitalised words of ``text`` that are names: not
    everyday English words ("Armed", "Home") and not nationality words."""
    keys = set()
    for word in _CAPITALISED_RE.findall(fold_ascii(text)):
        low = word.lower()
        if (
            len(word) >= min_length
            and low not in STOPWORDS
            and zipf(low) < max_zipf
            and not DEMONYM_SUFFIX_RE.search(low)
        ):
            key = consonant_key(word)
            if len(key) >= 2:
                keys.add(key[:4])
    return frozenset(keys)


def _vector(units: Iterable[Unit], weights: Mapping[str, float]) -> dict[str, float]:
    counts: dict[str, int] = defaultdict(int)
    for u in units:
        for t in u.terms:
            counts[t] += 1
    raw = {t: (1 + math.log(c)) * weights.get(t, 0.0) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in raw.values()))
    return {t: w / norm for t, w in raw.items() if w} if norm else {}


def _paragraphs(
    units: Sequence[Unit], weights: Mapping[str, float], settings: AlignSettings
) -> list[_Paragraph]:
    by_paragraph: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_paragraph[u.paragraph.id].append(u)
    out = []
    for members in by_paragraph.values():
        p = members[0].paragraph
        out.append(
            _Paragraph(
                p,
                _vector(members, weights),
                paragraph_frames(p.text, window=settings.frame_window),
                _name_keys(p.text, settings.name_min_length, settings.name_max_zipf),
            )
        )
    return out


def _cosines(paras: Sequence[_Paragraph]) -> dict[tuple[int, int], float]:
    """The cosine of every pair of paragraphs of different articles that share a term.

    Each term's postings are split by article and only pairs across articles are
    visited, so a long article (a live blog) against a short one costs what their
    cross pairs cost, not the square of the long one."""
    postings: dict[str, dict[str, list[tuple[int, float]]]] = defaultdict(lambda: defaultdict(list))
    for i, p in enumerate(paras):
        for t, w in p.vector.items():
            postings[t][p.paragraph.article].append((i, w))
    out: dict[tuple[int, int], float] = defaultdict(float)
    for by_article in postings.values():
        if len(by_article) < 2:
            continue
        lists = list(by_article.values())
        for x, first in enumerate(lists):
            for second in lists[x + 1 :]:
                for i, wi in first:
                    for j, wj in second:
                        out[(i, j) if i < j else (j, i)] += wi * wj
    return out


def _cross_indices(paras: Sequence[_Paragraph]) -> Iterable[tuple[int, int]]:
    """Every pair of indices of paragraphs of different articles, smaller first,
    without visiting the pairs inside one article."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(paras):
        by_article[p.paragraph.article].append(i)
    lists = list(by_article.values())
    for x, first in enumerate(lists):
        for second in lists[x + 1 :]:
            for i in first:
                for j in second:
                    yield (i, j) if i < j else (j, i)


def cross_pair_count(articles: Sequence[Article]) -> int:
    """How many pairs of content paragraphs of different articles there are."""
    sizes = [sum(1 for p in a.paragraphs if p.is_content) for a in articles]
    total = sum(sizes)
    return (total * total - sum(s * s for s in sizes)) // 2


def best_clauses(
    units: Sequence[Unit], clause_sims: Mapping[tuple[int, int], float]
) -> dict[Pair, tuple[float, int, int]]:
    """For each pair of paragraphs, their most alike clauses: (similarity, unit, unit),
    the unit of the pair's first paragraph first."""
    best: dict[Pair, tuple[float, int, int]] = {}
    for (u, v), s in clause_sims.items():
        a, b = units[u].paragraph.id, units[v].paragraph.id
        if a == b:
            continue
        pair, first = ((a, b), (s, u, v)) if a < b else ((b, a), (s, v, u))
        if s > best.get(pair, (0.0, 0, 0))[0]:
            best[pair] = first
    return best


def pair_evidence(
    units: Sequence[Unit],
    weights: Mapping[str, float],
    claim_pairs: set[Pair],
    best_clause: Mapping[Pair, tuple[float, int, int]],
    figure_pairs: Collection[Pair],
    *,
    settings: AlignSettings,
) -> list[PairEvidence]:
    """The evidence for every pair of paragraphs (with clauses) of different articles.

    ``best_clause`` holds each pair's most alike clauses (see :func:`best_clauses`)."""
    paras = _paragraphs(units, weights, settings)
    cosines = _cosines(paras)
    name_df: dict[str, int] = defaultdict(int)
    for p in paras:
        for k in p.names:
            name_df[k] += 1
    cap, lead = settings.pair_feature_cap, settings.lead_depth
    out = []
    for i, j in _cross_indices(paras):
        a, b = paras[i], paras[j]
        ia, ib = a.paragraph.index, b.paragraph.index
        pair = (a.paragraph.id, b.paragraph.id)
        if pair[1] < pair[0]:
            pair = (pair[1], pair[0])
        names = sum(1.0 / name_df[k] for k in a.names & b.names)
        features = (
            1.0,
            cosines.get((i, j), 0.0),
            min(float(len(a.frames & b.frames)), cap),
            min(names, cap),
            1.0 if pair in claim_pairs else 0.0,
            1.0 if max(ia, ib) <= lead else 0.0,
            1.0 / (1 + ia + ib),
            best_clause.get(pair, (0.0, 0, 0))[0],
            1.0 if pair in figure_pairs else 0.0,
        )
        out.append(PairEvidence(pair, features))
    return out


def probability(weights: Sequence[float], features: Sequence[float]) -> float:
    """The logistic model's probability for one pair."""
    z = sum(w * x for w, x in zip(weights, features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def predicted_pairs(
    evidence: Iterable[PairEvidence],
    *,
    weights: Sequence[float],
    threshold: float,
    min_cosine: float = 0.0,
    keep: Collection[Pair] = (),
) -> dict[Pair, float]:
    """The pairs whose probability reaches ``threshold`` (or that are in ``keep``),
    each with its probability."""
    out = {}
    for e in evidence:
        p = probability(weights, e.features)
        if (p >= threshold and _has_content(e.features, min_cosine)) or e.pair in keep:
            out[e.pair] = p
    return out


def _has_content(features: Sequence[float], min_cosine: float) -> bool:
    """Some evidence from the text itself: shared wording, a shared frame or name
    (position alone never aligns two paragraphs)."""
    return features[1] >= min_cosine or any(features[i] > 0 for i in (2, 3, 7, 8))


def strongest(edges: Mapping[Pair, float], *, top_k: int) -> dict[Pair, float]:
    """The edges among the ``top_k`` strongest of either paragraph towards each other article."""
    ranked: dict[tuple[str, str], list[tuple[float, Pair]]] = defaultdict(list)
    for (a, b), p in edges.items():
        ranked[(a, article_of(b))].append((p, (a, b)))
        ranked[(b, article_of(a))].append((p, (a, b)))
    keep: set[Pair] = set()
    for lst in ranked.values():
        lst.sort(reverse=True)
        keep.update(pair for _, pair in lst[:top_k])
    return {pair: p for pair, p in edges.items() if pair in keep}


def clique_cover(
    edges: Mapping[Pair, float], *, covered: Iterable[Pair] = ()
) -> list[tuple[str, ...]]:
    """Groups of paragraphs, every cross-article pair of which is in ``edges``,
    that together hold every edge not already ``covered`` (a greedy edge clique cover).

    The strongest uncovered edge seeds a group; the group then takes in, strongest
    first, each paragraph whose pairs with every member are edges (or that shares
    an article with a member: two paragraphs of one article imply no pair).
    """
    neighbours: dict[str, dict[str, float]] = defaultdict(dict)
    by_article: dict[str, set[str]] = defaultdict(set)
    for (a, b), p in edges.items():
        neighbours[a][b] = p
        neighbours[b][a] = p
        by_article[article_of(a)].add(a)
        by_article[article_of(b)].add(b)

    def allowed(member: str) -> set[str]:
        return set(neighbours[member]) | by_article[article_of(member)]

    done = set(covered)
    groups: list[tuple[str, ...]] = []
    for seed in sorted(edges, key=lambda e: (-edges[e], e)):
        if seed in done:
            continue
        members = list(seed)
        pool = (allowed(seed[0]) & allowed(seed[1])) - set(members)
        score = {c: neighbours[c].get(seed[0], 0.0) + neighbours[c].get(seed[1], 0.0) for c in pool}
        while pool:
            best = max(pool, key=lambda c: (score[c], c))
            members.append(best)
            pool &= allowed(best)
            pool.discard(best)
            for c in pool:
                score[c] += neighbours[c].get(best, 0.0)
        for x in members:
            for y in members:
                if x < y and article_of(x) != article_of(y):
                    done.add((x, y))
        groups.append(tuple(members))
    return groups

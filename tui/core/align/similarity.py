"""Steps 2 and 3, weights and candidate pairs: which clauses say something alike.

A term weighs its inverse document frequency across all the clauses being
compared: words every outlet uses in every paragraph ("Ukraine" in a war
story) count little, the rare names and numbers that pin down one fact count
much.  An inverted index over the rarer terms proposes clause pairs that
share something informative; only those are scored (weighted cosine over
shared terms), so the cost grows with the number of plausible pairs, not with
the square of the number of clauses.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from tui.core.align.units import Unit
from tui.core.settings import AlignSettings

Similarities = dict[tuple[int, int], float]
"""Similarity of pairs of units, keyed by their indices (smaller first)."""


def idf(units: Sequence[Unit], *, settings: AlignSettings) -> dict[str, float]:
    """How much a shared term says: rarity in this comparison times rarity in English.

    The comparison alone is too small to know that "major" or "home" are
    everyday words while "shipyard" is not; general English word frequencies
    (wordfreq) supply that prior.  Numbers and names unknown to English keep
    the full weight.
    """
    df: dict[str, int] = defaultdict(int)
    surface: dict[str, str] = {}
    for u in units:
        for t, word in u.terms.items():
            df[t] += 1
            surface.setdefault(t, word)
    n = len(units)
    power = settings.idf_power
    weights = {t: math.log(1 + n / c) ** power for t, c in df.items()}
    if settings.general_prior:
        for t, word in surface.items():
            weights[t] *= _general_rarity(word, settings)
    return weights


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` in general English (wordfreq; 0 for unknown words)."""
    # wordfreq and its English list (about 0.3 s) load on the first comparison,
    # not at import, so the command line and the app's first paint do not wait
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def _general_rarity(word: str, settings: AlignSettings) -> float:
    """1.0 for a word rare in English (or a number), down to ``rarity_floor`` for the commonest."""
    if word[:1].isdigit():
        return 1.0
    frequency = zipf(word)
    if frequency <= 0:
        return 1.0
    scaled = (settings.rarity_zipf_zero - frequency) / settings.rarity_zipf_span
    return max(settings.rarity_floor, min(1.0, scaled))


def proposal_cap(settings: AlignSettings, n_articles: int) -> int:
    """How many clauses (or claims) a term may be in and still propose pairs by itself."""
    return max(settings.candidate_cap_min, settings.candidate_cap * n_articles)


def similarities(
    units: Sequence[Unit],
    weights: dict[str, float],
    *,
    n_articles: int,
    settings: AlignSettings,
) -> Similarities:
    """Weighted cosine for every candidate pair of clauses of different paragraphs.

    Candidates come from an inverted index over the terms that are rare in
    this comparison: a term found in more clauses than a few per article (a
    fact restated in every outlet, or a word the whole story uses) proposes
    no pairs by itself, though it still counts in the score of a pair that
    rarer terms proposed.  That keeps the number of scored pairs close to
    linear in the input.  Pairs below ``settings.min_link`` are left out.
    """
    w2 = {t: w * w for t, w in weights.items()}
    for u in units:
        u.norm = math.sqrt(sum(w2[t] for t in u.terms))
    postings: dict[str, list[int]] = defaultdict(list)
    for u in units:
        for t in u.terms:
            postings[t].append(u.index)
    cap = proposal_cap(settings, n_articles)
    common = {t for t, post in postings.items() if len(post) > cap}
    common_terms = [[t for t in u.terms if t in common] for u in units]
    dot: dict[tuple[int, int], float] = defaultdict(float)
    for t, post in postings.items():
        if len(post) < 2 or t in common:
            continue
        w = w2[t]
        for i, a in enumerate(post):
            pa = units[a].paragraph.id
            for b in post[i + 1 :]:
                if units[b].paragraph.id != pa:
                    dot[(a, b)] += w
    sims: Similarities = {}
    for (a, b), partial in dot.items():
        ua, ub = units[a], units[b]
        if not (ua.norm and ub.norm):
            continue
        terms_b = ub.terms
        full = partial + sum(w2[t] for t in common_terms[a] if t in terms_b)
        s = full / (ua.norm * ub.norm)
        if s >= settings.min_link:
            sims[(a, b)] = s
    return sims

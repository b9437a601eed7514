"""Step 4, claims: clauses clustered into claims, claims into events.

Clauses are clustered with average linkage: two clusters merge only when
their clauses are, on average, similar enough, so one loose link cannot
chain unrelated facts together the way single linkage (connected
components) does.  Claims about one event then join by their pooled
wording, and a clause that reports several facts (a headline, a summary
lead) also joins every other claim it matches as well as that claim's own
members match each other.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from tui.core.align.similarity import Similarities, proposal_cap
from tui.core.align.units import Unit
from tui.core.settings import AlignSettings

Vector = dict[str, float]

# A heap entry whose similarity differs from the clusters' current average by
# more than this is stale (one of its clusters has grown since it was pushed).
_STALE = 1e-12


def average_linkage(n: int, sims: Similarities, *, threshold: float) -> list[list[int]]:
    """Agglomerative clustering with average linkage over a sparse similarity graph.

    Pairs without an edge count as similarity 0, so a merge needs enough
    links between the two clusters, not just one.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    link_sum: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), s in sims.items():
        link_sum[a][b] = s
        link_sum[b][a] = s
    heap: list[tuple[float, int, int]] = [
        (-s, a, b) for (a, b), s in sims.items() if s >= threshold
    ]
    heapq.heapify(heap)
    alive = set(range(n))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in alive or b not in alive:
            continue
        current = link_sum[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + neg) > _STALE:
            continue  # stale entry
        # merge the smaller cluster into the larger
        if len(members[a]) < len(members[b]):
            a, b = b, a
        members[a].extend(members.pop(b))
        alive.discard(b)
        for c, s in link_sum.pop(b).items():
            if c == a:
                continue
            del link_sum[c][b]
            total = link_sum[a].get(c, 0.0) + s
            link_sum[a][c] = total
            link_sum[c][a] = total
        link_sum[a].pop(b, None)
        size_a = len(members[a])
        for c, total in link_sum[a].items():
            avg = total / (size_a * len(members[c]))
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(a, c), max(a, c)) if a < c else (-avg, c, a))
    return [m for m in members.values()]


def spans_articles(members: Iterable[int], units: Sequence[Unit]) -> bool:
    """Whether the clauses ``members`` come from two or more articles."""
    return len({units[u].paragraph.article for u in members}) >= 2


def _centroid(members: Iterable[int], units: Sequence[Unit], idf: dict[str, float]) -> Vector:
    """The pooled, normalised wording of ``members``."""
    v: dict[str, float] = defaultdict(float)
    for u in members:
        for t in units[u].terms:
            v[t] += idf[t]
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def _unit_vector(u: Unit, idf: dict[str, float]) -> Vector:
    norm = math.sqrt(sum(idf[t] ** 2 for t in u.terms)) or 1.0
    return {t: idf[t] / norm for t in u.terms}


def _dot(small: Vector, large: Vector) -> float:
    return sum(w * large.get(t, 0.0) for t, w in small.items())


def merge_events(
    claims: list[list[int]],
    units: Sequence[Unit],
    idf: dict[str, float],
    *,
    n_articles: int,
    settings: AlignSettings,
) -> list[list[int]]:
    """Group claims that report on one event, by the combined wording of each claim.

    A claim's wording pools every outlet's words for it ("missile" and
    "rocket", "ablaze" and "fire"), so two claims about the same strike share
    far more than any two of their single sentences do.  Claims merge at
    ``settings.event_threshold`` (average linkage over the pooled wordings).
    """
    multi = [c for c in claims if spans_articles(c, units)]
    single = [c for c in claims if not spans_articles(c, units)]
    vectors = [_centroid(c, units, idf) for c in multi]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for t in v:
            postings[t].append(i)
    dots: dict[tuple[int, int], float] = defaultdict(float)
    cap = proposal_cap(settings, n_articles)
    for t, post in postings.items():
        if len(post) > cap:
            continue  # a word the whole story uses proposes no merge by itself
        for x, i in enumerate(post):
            wi = vectors[i][t]
            for j in post[x + 1 :]:
                dots[(i, j)] += wi * vectors[j][t]
    events = average_linkage(len(multi), dict(dots), threshold=settings.event_threshold)
    return [[u for ci in event for u in multi[ci]] for event in events] + single


def extra_members(
    clusters: list[list[int]],
    units: Sequence[Unit],
    idf: dict[str, float],
    sims: Similarities,
    *,
    settings: AlignSettings,
) -> dict[int, set[int]]:
    """Units that also belong to a group other than their own.

    A unit joins a group when it links directly (at ``settings.join_direct``)
    to a clause of another outlet in that group, and its cosine to the
    group's pooled wording reaches ``settings.join_threshold`` and
    ``settings.join_relative`` times the typical cosine of the group's own
    members.
    """
    extra: dict[int, set[int]] = defaultdict(set)
    cluster_of = {u: ci for ci, members in enumerate(clusters) for u in members}
    multi = {ci for ci, c in enumerate(clusters) if spans_articles(c, units)}
    proposals: dict[int, set[int]] = defaultdict(set)
    for (a, b), s in sims.items():
        if s < settings.join_direct or units[a].paragraph.article == units[b].paragraph.article:
            continue
        for u, v in ((a, b), (b, a)):
            ci = cluster_of[v]
            if ci in multi and ci != cluster_of[u]:
                proposals[ci].add(u)
    vectors: dict[int, Vector] = {}

    def vector(u: int) -> Vector:
        if u not in vectors:
            vectors[u] = _unit_vector(units[u], idf)
        return vectors[u]

    for ci, candidates in proposals.items():
        centroid = _centroid(clusters[ci], units, idf)
        own = [_dot(vector(m), centroid) for m in clusters[ci]]
        floor = max(settings.join_threshold, settings.join_relative * sum(own) / len(own))
        for u in candidates:
            if _dot(vector(u), centroid) >= floor:
                extra[ci].add(u)
    return extra

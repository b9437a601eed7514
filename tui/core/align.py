"""Which paragraphs of N articles report the same facts.

The method, in four steps:

1. **Units.** Every content paragraph is split into sentences.  A sentence is
   represented by its content terms: stems of non-function words after
   spelling folding (so "Razvozhayev"/"Razvoshayev" and "armoured"/"armored"
   are one term) and numbers normalised to their value ("ten" and "10" are
   one term, "two dozen" is 24).
2. **Weights.** A term weighs its inverse document frequency across all the
   sentences being compared: words every outlet uses in every paragraph
   ("Ukraine" in a war story) count little, the rare names and numbers that
   pin down one fact count much.
3. **Candidates and links.** An inverted index over the rarer terms proposes
   sentence pairs that share something informative; only those are scored
   (weighted cosine over shared terms), so the cost grows with the number of
   plausible pairs, not with the square of the number of sentences.
4. **Claims.** Sentences are clustered with average linkage: two clusters
   merge only when their sentences are, on average, similar enough, so one
   loose link cannot chain unrelated facts together the way single linkage
   (connected components) does.  A sentence that reports several facts
   (a headline, a summary lead) also joins every other claim it matches as
   well as that claim's own members match each other.  Each claim that
   spans two or more articles becomes a group: the paragraphs holding its
   sentences, with the sentence links that justify it.

A paragraph that reports several facts therefore belongs to several groups;
that is what many-to-many coverage is.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

from tui.core._gc import gc_paused
from tui.core.model import Article, Paragraph, article_of
from tui.core.normalize import STOPWORDS, WORD_RE, sentence_spans, spelling_key, stem
from tui.core.numbers import MULTIPLIERS, NUMBER_WORDS
from tui.core.settings import AlignSettings

__all__ = [
    "AlignSettings",
    "Alignment",
    "Group",
    "SentenceLink",
    "SentenceRef",
    "align",
]


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence: its paragraph and its offsets into the paragraph text."""

    paragraph: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SentenceLink:
    """Two sentences of different paragraphs that state the same thing."""

    a: SentenceRef
    b: SentenceRef
    score: float
    shared: tuple[str, ...] = ()
    """The words both sentences share (as written in ``a``), most telling first."""


@dataclass(frozen=True, slots=True)
class Group:
    """Paragraphs, from two or more articles, that report the same facts."""

    id: str
    paragraphs: tuple[str, ...]
    score: float
    """Mean similarity of the sentence links inside the group, 0..1."""
    sentences: tuple[SentenceRef, ...]
    """The sentences that make up the claim, in article order."""
    links: tuple[SentenceLink, ...]
    """The strongest link of each sentence to a sentence of another article."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of :func:`align`."""

    groups: tuple[Group, ...]
    unique: tuple[str, ...]
    """Content paragraphs that no other article matches."""
    _by_paragraph: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, groups: Sequence[Group], articles: Sequence[Article]) -> Alignment:
        """The alignment made of ``groups``; content paragraphs in none of them are unique."""
        by_paragraph: dict[str, list[int]] = defaultdict(list)
        for gi, g in enumerate(groups):
            for pid in g.paragraphs:
                by_paragraph[pid].append(gi)
        unique = tuple(
            p.id
            for a in articles
            for p in a.paragraphs
            if p.is_content and p.id not in by_paragraph and p.text.strip()
        )
        return cls(tuple(groups), unique, {k: tuple(v) for k, v in by_paragraph.items()})

    def groups_of(self, paragraph_id: str) -> tuple[Group, ...]:
        """The groups a paragraph belongs to (several when it reports several facts)."""
        return tuple(self.groups[i] for i in self._by_paragraph.get(paragraph_id, ()))

    def aligned_pairs(self) -> set[tuple[str, str]]:
        """Every pair of paragraphs of different articles that share a group (sorted ids)."""
        pairs: set[tuple[str, str]] = set()
        for g in self.groups:
            ps = sorted(g.paragraphs)
            for i, a in enumerate(ps):
                for b in ps[i + 1 :]:
                    if article_of(a) != article_of(b):
                        pairs.add((a, b))
        return pairs


# --------------------------------------------------------------------------- units


@dataclass(slots=True)
class _Unit:
    """A sentence being aligned."""

    index: int
    paragraph: Paragraph
    start: int
    end: int
    terms: dict[str, str]  # term -> surface form (first seen)
    norm: float = 0.0


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for m in names.split()
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "Sept. 13, 2023", "13 September 2023", "2023-09-13": one date term each,
# so a dateline's digits do not pass for quantities.
_DATE_RE = re.compile(
    rf"\b(?:(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})"
    rf"|(?P<mn2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn3>{_MONTH_RE})\b\.?(?:,?\s+(?P<y3>\d{{4}}))?)",
    re.IGNORECASE,
)


def _date_terms(text: str) -> tuple[str, dict[str, str]]:
    """Replace dates by spaces (offsets kept) and return them as ``@month-day`` terms."""
    found: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        if m.group("y1"):
            month, day = int(m.group("m1")), int(m.group("d1"))
        elif m.group("mn2"):
            month, day = _MONTHS[m.group("mn2").lower()], int(m.group("d2"))
        else:
            month, day = _MONTHS[m.group("mn3").lower()], int(m.group("d3"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group()
        found.setdefault(f"@{month:02d}-{day:02d}", m.group())
        return " " * len(m.group())

    return _DATE_RE.sub(repl, text), found


def _terms(text: str) -> dict[str, str]:
    """Content terms of a sentence: term -> the word as written."""
    text, terms = _date_terms(text)
    tokens = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    prev: str | None = None
    prev_end: int | None = None
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        low = word.lower()
        if low.endswith(("'s", "\u2019s")):
            low = low[:-2]
        value: float | None = None
        if low[0].isdigit():
            try:
                value = float(low.replace(",", ""))
            except ValueError:
                value = None
        elif low in NUMBER_WORDS:
            value = NUMBER_WORDS[low]
        if value is not None:
            # "two dozen", "3 million": a multiplier word right after the number
            if i + 1 < len(tokens) and tokens[i + 1][0].lower() in MULTIPLIERS:
                value *= MULTIPLIERS[tokens[i + 1][0].lower()]
                i += 1
            if value == 1 and low in ("one",):
                i += 1
                continue  # "one of the ..." is rarely a count worth anchoring on
            term = f"#{value:g}"
            terms.setdefault(term, word)
            if value >= 100 and ("," in word or not 1800 <= value <= 2100):  # not a year
                # "2,012", "2,000" and "2,100" dead: one figure as it was updated
                terms.setdefault(f"~{_leading_digit(value)}", word)
        elif low not in STOPWORDS and len(low) > 1:
            key = spelling_key(stem(low))
            terms.setdefault(key, word)
            if prev is not None and prev_end is not None and _adjacent(text, prev_end, start):
                terms.setdefault(prev + "_" + key, word)
            prev, prev_end = key, end
            i += 1
            continue
        prev, prev_end = None, None
        i += 1
    return terms


def _leading_digit(value: float) -> str:
    """The value rounded to one significant digit: 2,012 and 2,100 give "2e+03"."""
    return f"{value:.0e}"


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 2 and gap.strip(" -\u2013") == ""


# Clause boundaries inside a sentence: punctuation that joins clauses, and the
# conjunctions that open a new one.  A headline such as "Putin-Kim meeting
# marred by missile strike on Sevastopol" or a lead that sums up two events
# is then two units, each of which can join the claim it reports.
_CLAUSE_RE = re.compile(
    r"[,;:\u2014\u2013]\s+|\s+(?:and|but|while|as|after|before|where|which|who|whereas)\s+"
)


def _clauses(text: str, *, min_terms: int = 4) -> list[tuple[int, int, dict[str, str]]]:
    """Clauses of ``text`` with their terms: ``(start, end, terms)``.

    Sentences are cut at clause boundaries (never inside a date); a fragment
    with fewer than ``min_terms`` content words stays with its neighbour.
    """
    out: list[tuple[int, int, dict[str, str]]] = []
    for s, e in sentence_spans(text):
        dates = [(m.start(), m.end()) for m in _DATE_RE.finditer(text, s, e)]
        cuts = [s]
        for m in _CLAUSE_RE.finditer(text, s, e):
            if not any(ds < m.start() < de for ds, de in dates):
                cuts.append(m.end())
        cuts.append(e)
        merged: list[tuple[int, int, dict[str, str]]] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            terms = _terms(text[a:b])
            if merged and (_unigrams(merged[-1][2]) < min_terms or _unigrams(terms) < min_terms):
                start, _, previous = merged[-1]
                merged[-1] = (start, b, {**terms, **previous})
            else:
                merged.append((a, b, terms))
        for a, b, terms in merged:
            while a < b and not text[a].isalnum() and text[a] not in "\"'\u201c\u2018(":
                a += 1
            out.append((a, b, terms))
    return out


def _unigrams(terms: dict[str, str]) -> int:
    return sum(1 for t in terms if "_" not in t)


def clause_spans(text: str, *, min_terms: int = 4) -> list[tuple[int, int]]:
    """Sentences of ``text`` cut into clauses of at least ``min_terms`` content words.

    A headline such as "Kim and Putin meet for talks, drones attack Odesa,
    Ukraine strikes Sevastopol" is three clauses, each of which can join the
    claim it reports.
    """
    return [(a, b) for a, b, _ in _clauses(text, min_terms=min_terms)]


def _units(articles: Sequence[Article]) -> list[_Unit]:
    units: list[_Unit] = []
    for article in articles:
        for p in article.paragraphs:
            if not p.is_content:
                continue
            for start, end, terms in _clauses(p.text):
                if terms:
                    units.append(_Unit(len(units), p, start, end, terms))
    return units


# --------------------------------------------------------------------------- scoring


def _idf(units: Sequence[_Unit], *, general: bool, power: float = 1.0) -> dict[str, float]:
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
    weights = {t: math.log(1 + n / c) ** power for t, c in df.items()}
    if general:
        for t, word in surface.items():
            weights[t] *= _general_rarity(word)
    return weights


zipf_frequency("the", "en")  # load the word list at import, not on the first comparison


@lru_cache(maxsize=65536)
def _general_rarity(word: str) -> float:
    """1.0 for a word rare in English (or a number), down to 0.25 for the commonest."""
    if word[:1].isdigit():
        return 1.0
    zipf = zipf_frequency(word.lower(), "en")
    if zipf <= 0:
        return 1.0
    return max(0.25, min(1.0, (7.0 - zipf) / 3.5))


def _similarities(
    units: Sequence[_Unit],
    idf: dict[str, float],
    *,
    min_score: float,
    n_articles: int,
    per_article_cap: int,
) -> dict[tuple[int, int], float]:
    """Weighted cosine for every candidate pair of clauses of different paragraphs.

    Candidates come from an inverted index over the terms that are rare in
    this comparison: a term found in more clauses than a few per article (a
    fact restated in every outlet, or a word the whole story uses) proposes
    no pairs by itself, though it still counts in the score of a pair that
    rarer terms proposed.  That keeps the number of scored pairs close to
    linear in the input.
    """
    w2 = {t: w * w for t, w in idf.items()}
    for u in units:
        u.norm = math.sqrt(sum(w2[t] for t in u.terms))
    postings: dict[str, list[int]] = defaultdict(list)
    for u in units:
        for t in u.terms:
            postings[t].append(u.index)
    cap = max(24, per_article_cap * n_articles)
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
    sims: dict[tuple[int, int], float] = {}
    for (a, b), partial in dot.items():
        ua, ub = units[a], units[b]
        if not (ua.norm and ub.norm):
            continue
        terms_b = ub.terms
        full = partial + sum(w2[t] for t in common_terms[a] if t in terms_b)
        s = full / (ua.norm * ub.norm)
        if s >= min_score:
            sims[(a, b)] = s
    return sims


# --------------------------------------------------------------------------- clustering


def _average_linkage(
    n: int, sims: dict[tuple[int, int], float], *, threshold: float
) -> list[list[int]]:
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
        if abs(current + neg) > 1e-12:
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


# --------------------------------------------------------------------------- public


@gc_paused
def align(articles: Sequence[Article], *, settings: AlignSettings | None = None) -> Alignment:
    """Align the paragraphs of ``articles`` into groups that report the same facts."""
    cfg = settings or AlignSettings()
    units = _units(articles)
    idf = _idf(units, general=cfg.general_prior, power=cfg.idf_power)
    sims = _similarities(
        units,
        idf,
        min_score=cfg.min_link,
        n_articles=len(articles),
        per_article_cap=cfg.candidate_cap,
    )
    claims = _average_linkage(len(units), sims, threshold=cfg.claim_threshold)
    clusters = _merge_events(
        claims,
        units,
        idf,
        threshold=cfg.event_threshold,
        n_articles=len(articles),
        per_article_cap=cfg.candidate_cap,
    )

    def sim(a: int, b: int) -> float:
        return sims.get((a, b) if a < b else (b, a), 0.0)

    # multi-fact clauses (headlines, leads, captions): also join every other
    # group whose pooled wording they match
    extra = _extra_members(
        clusters,
        units,
        idf,
        sims,
        threshold=cfg.join_threshold,
        relative=cfg.join_relative,
        direct_threshold=cfg.join_direct,
    )

    groups: list[Group] = []
    for ci, members in enumerate(clusters):
        all_units = sorted(set(members) | extra.get(ci, set()))
        arts = {units[u].paragraph.article for u in all_units}
        if len(arts) < 2:
            continue
        links = _best_links(all_units, units, sim)
        score = sum(link.score for link in links) / len(links) if links else 0.0
        paragraphs = _ordered_unique(units[u].paragraph.id for u in all_units)
        sentences = tuple(
            SentenceRef(units[u].paragraph.id, units[u].start, units[u].end) for u in all_units
        )
        groups.append(Group("", paragraphs, round(score, 4), sentences, links))

    groups = _attach_repeats(_merge_identical(groups), articles)
    order = {p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs}
    groups.sort(key=lambda g: min(order[p] for p in g.paragraphs))
    numbered = tuple(
        Group(f"G{i + 1}", g.paragraphs, g.score, g.sentences, g.links)
        for i, g in enumerate(groups)
    )
    return Alignment.of(numbered, articles)


def _unit_vector(u: _Unit, idf: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(idf[t] ** 2 for t in u.terms)) or 1.0
    return {t: idf[t] / norm for t in u.terms}


def _centroid(
    members: Iterable[int], units: Sequence[_Unit], idf: dict[str, float]
) -> dict[str, float]:
    v: dict[str, float] = defaultdict(float)
    for u in members:
        for t in units[u].terms:
            v[t] += idf[t]
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def _extra_members(
    clusters: list[list[int]],
    units: Sequence[_Unit],
    idf: dict[str, float],
    sims: dict[tuple[int, int], float],
    *,
    threshold: float,
    relative: float,
    direct_threshold: float,
) -> dict[int, set[int]]:
    """Units that also belong to a group other than their own.

    A unit joins a group when it links directly (at ``direct_threshold``) to
    a clause of another outlet in that group, and its cosine to the group's
    pooled wording reaches ``threshold`` and ``relative`` times the typical
    cosine of the group's own members.
    """
    extra: dict[int, set[int]] = defaultdict(set)
    cluster_of = {u: ci for ci, members in enumerate(clusters) for u in members}
    multi = {
        ci for ci, c in enumerate(clusters) if len({units[u].paragraph.article for u in c}) >= 2
    }
    proposals: dict[int, set[int]] = defaultdict(set)
    for (a, b), s in sims.items():
        if s < direct_threshold or units[a].paragraph.article == units[b].paragraph.article:
            continue
        for u, v in ((a, b), (b, a)):
            ci = cluster_of[v]
            if ci in multi and ci != cluster_of[u]:
                proposals[ci].add(u)
    vectors: dict[int, dict[str, float]] = {}

    def vector(u: int) -> dict[str, float]:
        if u not in vectors:
            vectors[u] = _unit_vector(units[u], idf)
        return vectors[u]

    for ci, candidates in proposals.items():
        centroid = _centroid(clusters[ci], units, idf)
        own = [_dot(vector(m), centroid) for m in clusters[ci]]
        floor = max(threshold, relative * sum(own) / len(own))
        for u in candidates:
            if _dot(vector(u), centroid) >= floor:
                extra[ci].add(u)
    return extra


def _dot(small: dict[str, float], large: dict[str, float]) -> float:
    return sum(w * large.get(t, 0.0) for t, w in small.items())


def _merge_events(
    claims: list[list[int]],
    units: Sequence[_Unit],
    idf: dict[str, float],
    *,
    threshold: float,
    n_articles: int,
    per_article_cap: int,
) -> list[list[int]]:
    """Group claims that report on one event, by the combined wording of each claim.

    A claim's wording pools every outlet's words for it ("missile" and
    "rocket", "ablaze" and "fire"), so two claims about the same strike share
    far more than any two of their single sentences do.
    """
    multi = [c for c in claims if len({units[u].paragraph.article for u in c}) >= 2]
    single = [c for c in claims if len({units[u].paragraph.article for u in c}) < 2]
    vectors: list[dict[str, float]] = []
    for c in multi:
        v: dict[str, float] = defaultdict(float)
        for u in c:
            for t in units[u].terms:
                v[t] += idf[t]
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    postings: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for t in v:
            postings[t].append(i)
    dots: dict[tuple[int, int], float] = defaultdict(float)
    cap = max(24, per_article_cap * n_articles)
    for t, post in postings.items():
        if len(post) > cap:
            continue  # a word the whole story uses proposes no merge by itself
        for x, i in enumerate(post):
            wi = vectors[i][t]
            for j in post[x + 1 :]:
                dots[(i, j)] += wi * vectors[j][t]
    events = _average_linkage(len(multi), dict(dots), threshold=threshold)
    return [[u for ci in event for u in multi[ci]] for event in events] + single


def _ordered_unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _best_links(
    members: Sequence[int],
    units: Sequence[_Unit],
    sim: object,
) -> tuple[SentenceLink, ...]:
    assert callable(sim)
    links: dict[tuple[int, int], SentenceLink] = {}
    for u in members:
        best: tuple[float, int] | None = None
        for v in members:
            if units[v].paragraph.article == units[u].paragraph.article:
                continue
            s = sim(u, v)
            if s > 0 and (best is None or s > best[0]):
                best = (s, v)
        if best is None:
            continue
        a, b = sorted((u, best[1]))
        if (a, b) in links:
            continue
        ua, ub = units[a], units[b]
        shared = [ua.terms[t] for t in ua.terms if t in ub.terms]
        links[(a, b)] = SentenceLink(
            SentenceRef(ua.paragraph.id, ua.start, ua.end),
            SentenceRef(ub.paragraph.id, ub.start, ub.end),
            round(best[0], 4),
            tuple(shared),
        )
    return tuple(links.values())


def _merge_identical(groups: list[Group]) -> list[Group]:
    """Two claims found in exactly the same paragraphs are one group with both claims' links."""
    by_members: dict[frozenset[str], Group] = {}
    for g in groups:
        key = frozenset(g.paragraphs)
        seen = by_members.get(key)
        if seen is None:
            by_members[key] = g
            continue
        sentences = tuple(dict.fromkeys(seen.sentences + g.sentences))
        links = tuple(dict.fromkeys(seen.links + g.links))
        score = round(sum(k.score for k in links) / len(links), 4) if links else seen.score
        by_members[key] = Group(seen.id, seen.paragraphs, score, sentences, links)
    return list(by_members.values())


def _attach_repeats(groups: list[Group], articles: Sequence[Article]) -> list[Group]:
    """A paragraph that repeats an earlier one belongs wherever the original does."""
    repeats: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        for p in a.paragraphs:
            if p.repeat_of is not None:
                repeats[p.repeat_of].append(p.id)
    if not repeats:
        return groups
    out = []
    for g in groups:
        extra = [r for pid in g.paragraphs for r in repeats.get(pid, ())]
        out.append(
            Group(g.id, g.paragraphs + tuple(extra), g.score, g.sentences, g.links) if extra else g
        )
    return out

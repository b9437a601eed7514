"""Hedges: "at least 24", "about 50", "50-plus", "30 minutes or more", and the
range of values they allow."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.lexicon.numbers import HEDGES, POST_HEDGES, HedgeBound
from tui.core.quantities.model import INF
from tui.core.quantities.rules.state import Analysis
from tui.core.quantities.tokens import Tok, adjacent

_MAX_HEDGE = max(len(k) for k in HEDGES)
_HEDGE_ENDS = frozenset(k[-1] for k in HEDGES)
_POST_HEDGE_STARTS = frozenset(k[0] for k in POST_HEDGES)


@dataclass(frozen=True, slots=True)
class _Hedge:
    words: str
    """The hedge as written ("at least", "or more", "+")."""
    bound: HedgeBound
    edge: int
    """The index of its first token (before the number) or last (after it)."""


def hedges(s: Analysis) -> None:
    """The hedges before and after the number; the counted thing starts after both."""
    toks = s.toks
    first = s.p.first
    while first > 0 and toks[first - 1].start >= s.start:
        first -= 1
    before = _hedge_before(toks, first)
    after = _hedge_after(toks, s.p.last)
    s.hedge_first = first if before is None else before.edge
    s.last = s.p.last if after is None else after.edge
    if before is not None:
        s.qualifier, s.bound = before.words, before.bound
    if after is not None:
        s.qualifier = after.words if s.qualifier is None else f"{s.qualifier} … {after.words}"
        s.bound = s.bound or after.bound
    s.j = max(s.p.unit_start, s.last + 1)


def value_range(s: Analysis) -> None:
    """The least and greatest value: a vague plural's own range, else the hedge's."""
    p = s.p
    if p.vague is not None:
        s.low, s.high = p.vague
        s.qualifier = p.vague_words if s.qualifier is None else f"{s.qualifier} {p.vague_words}"
        s.info.vague = True
    else:
        s.low, s.high = bounds(s, p.value, s.bound)


def trailing_hedge(s: Analysis) -> None:
    """A hedge after the thing counted: "30 minutes or more"."""
    toks, j = s.toks, s.j
    if s.qualifier is None and not s.info.vague and j + 1 < len(toks):
        key = (toks[j].lower, toks[j + 1].lower)
        if key in POST_HEDGES:
            s.qualifier = f"{toks[j].text} {toks[j + 1].text}"
            s.low, s.high = bounds(s, s.p.value, POST_HEDGES[key])
            s.own.update((j, j + 1))


def bounds(s: Analysis, value: float, bound: HedgeBound | None) -> tuple[float, float]:
    """The values a hedge of kind ``bound`` allows around ``value``."""
    if bound is None:
        return value, value
    if bound == "min":
        return value, INF
    if bound == "max":
        return 0.0, value
    width = max(s.settings.approx_min_width, abs(value) * s.settings.approx_share)
    if bound == "below":
        return value - width, value
    return value - width, value + width


def _hedge_before(toks: list[Tok], i: int) -> _Hedge | None:
    """The hedge that ends right before ``toks[i]``."""
    if i == 0 or toks[i - 1].lower not in _HEDGE_ENDS:
        return None  # most numbers: no hedge ends before them
    words: list[Tok] = []
    k = i - 1
    while k >= 0 and len(words) < _MAX_HEDGE and toks[k].kind == "w":
        words.insert(0, toks[k])
        k -= 1
    for size in range(len(words), 0, -1):
        key = tuple(w.lower for w in words[-size:])
        if key in HEDGES:
            return _Hedge(" ".join(w.text for w in words[-size:]), HEDGES[key], i - size)
    return None


def _hedge_after(toks: list[Tok], j: int) -> _Hedge | None:
    """A hedge right after the number ending at ``toks[j]``."""
    n = len(toks)
    if j + 1 < n and toks[j + 1].text == "+" and adjacent(toks[j], toks[j + 1]):
        return _Hedge("+", "min", j + 1)
    k = j + 1
    if k < n and toks[k].text == "-" and adjacent(toks[j], toks[k]):
        k += 1
    if k >= n or toks[k].lower not in _POST_HEDGE_STARTS:
        return None  # most numbers: no hedge follows them
    for size in (2, 1):
        key = tuple(t.lower for t in toks[k : k + size])
        if len(key) == size and key in POST_HEDGES:
            if size == 1 and k == j + 1:
                continue  # "plus"/"odd" only hyphenated: "50-plus", "30-odd"
            words = " ".join(t.text for t in toks[k : k + size])
            return _Hedge(words, POST_HEDGES[key], k + size - 1)
    return None

"""The clause around a number: its other content words and the names it mentions."""

from __future__ import annotations

from functools import lru_cache

from tui.core.lexicon.calendar import MONTHS, WEEKDAYS
from tui.core.lexicon.demonyms import DEMONYM_SUFFIX_RE
from tui.core.lexicon.numbers import ALL_NUMBER_WORDS, HEDGES, POST_HEDGES, REPORTING_VERBS
from tui.core.quantities.found import frozen
from tui.core.quantities.rules.state import Analysis
from tui.core.text import STOPWORDS, stem, strip_possessive

#: Stems of the reporting verbs: they contribute nothing to what is counted.
REPORTING = frozenset(stem(w) for w in REPORTING_VERBS)

_HEDGE_WORDS = frozenset(w for key in HEDGES for w in key) | frozenset(
    w for key in POST_HEDGES for w in key
)
_NOT_CONTEXT = STOPWORDS | ALL_NUMBER_WORDS | _HEDGE_WORDS


def context(s: Analysis) -> None:
    """What is counted, for display, and the clause's words beyond the mention."""
    if not s.info.label:
        s.info.label = s.unit
    fill_context(s, s.hedge_first, max(s.j, s.last + 1), s.own)


def fill_context(s: Analysis, first: int, stop: int, own: set[int]) -> None:
    """Fill in the clause's other content words and the names it mentions: the
    words outside ``toks[first:stop]`` and ``own``."""
    toks, folded, min_length = s.toks, s.folded, s.settings.min_context_length
    ctx: set[str] = set()
    names: set[str] = set()
    # a capital that opens the sentence says nothing about a name
    k0 = toks[0].start - 1 if toks else -1
    while k0 >= 0 and folded[k0] in " \t\"'([":
        k0 -= 1
    opening = k0 < 0 or folded[k0] in ".!?:;\n"
    for k, t in enumerate(toks):
        if t.kind != "w":
            continue
        initial, opening = opening, False
        if first <= k < stop or k in own:
            continue
        word_context, name = _context_word(t.text, min_length)
        if name is not None and not initial:
            names.add(name)
        if word_context is not None:
            ctx.add(word_context)
    s.info.context = frozen(ctx)
    s.info.names = frozen(names)


@lru_cache(maxsize=65536)
def _context_word(word: str, min_length: int) -> tuple[str | None, str | None]:
    """What a word (as written) gives the context of its clause: its stem, unless
    it is a function, number, hedge or reporting word; and the name it may be
    (lowercased), if capitalised and no date word or nationality."""
    lw = word.lower()
    if lw in _NOT_CONTEXT or len(lw) < min_length:
        return None, None
    name = None
    if (
        word[:1].isupper()
        and lw not in WEEKDAYS
        and lw not in MONTHS
        and not DEMONYM_SUFFIX_RE.search(lw)
    ):
        name = strip_possessive(lw)
    s = stem(lw)
    return (None if s in REPORTING else s), name

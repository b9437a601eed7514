"""Nouns before the number: an index ("day 567", "page 4") or a measure
("magnitude 6.8"); either says all there is to say about the mention."""

from __future__ import annotations

from tui.core.lexicon.numbers import INDEX_NOUNS, MEASURE_NOUNS
from tui.core.quantities.frames import frame_of_word
from tui.core.quantities.rules.context import fill_context
from tui.core.quantities.rules.state import Analysis
from tui.core.quantities.tokens import Tok
from tui.core.text import stem


def _noun_before(s: Analysis) -> Tok | None:
    return s.toks[s.hedge_first - 1] if s.hedge_first > 0 else None


def measure_before(s: Analysis) -> bool:
    """ "magnitude 6.8", "category 4": the noun before is what is measured."""
    prev = _noun_before(s)
    if s.kind != "count" or prev is None or prev.lower not in MEASURE_NOUNS:
        return False
    _named_by(s, prev)
    return True


def index_before(s: Analysis) -> bool:
    """ "day 567", "page 4": the number is an index, an ordinal."""
    prev = _noun_before(s)
    if s.kind != "count" or prev is None or prev.lower not in INDEX_NOUNS or s.info.vague:
        return False
    s.kind = "ordinal"
    _named_by(s, prev)
    return True


def _named_by(s: Analysis, noun: Tok) -> None:
    s.info.noun = stem(noun.lower)
    s.info.frame = frame_of_word(noun.lower) or ""
    s.info.label = s.unit = noun.lower
    fill_context(s, s.hedge_first - 1, s.last + 1, set())

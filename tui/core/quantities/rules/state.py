"""The state the analysis rules share: one parsed number in its clause.

The rules (:data:`tui.core.quantities.analyse.RULES`) read the parsed number
and its clause's tokens, and fill in the mention's span, hedge, range and
unit, and the :class:`~tui.core.quantities.found.Info` the linking weighs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.lexicon.numbers import HedgeBound
from tui.core.quantities.found import Info
from tui.core.quantities.model import INF, NumberKind
from tui.core.quantities.parse import Parsed
from tui.core.quantities.tokens import Tok
from tui.core.settings import NumberSettings


@dataclass(slots=True)
class Analysis:
    """One parsed number in its clause, and what the rules have found so far."""

    p: Parsed
    toks: list[Tok]
    """The tokens of the number's clause."""
    folded: str
    """The folded paragraph text the tokens point into."""
    settings: NumberSettings
    start: int = 0
    """Where the mention starts and ends in the paragraph."""
    end: int = 0
    kind: NumberKind = "count"
    qualifier: str | None = None
    bound: HedgeBound | None = None
    """How the hedge bounds the value."""
    low: float = -INF
    high: float = INF
    unit: str = ""
    hedge_first: int = 0
    """The index of the first token of the number with its hedge."""
    last: int = 0
    """The index of the last token of the number with its hedge."""
    j: int = 0
    """The next token to read after the number (the counted thing, then beyond)."""
    measure: str = ""
    """The word joined to the number by a hyphen: "4.5-hour", "6.8-magnitude"."""
    unit_words: list[Tok] = field(default_factory=list)
    """The words that name the counted thing."""
    own: set[int] = field(default_factory=set)
    """The token indices that belong to the mention: no context of it."""
    head: int = -1
    """The index in :attr:`unit_words` of the counted noun, -1 for none."""
    state_tok: Tok | None = None
    """The participle that says what state the counted things are in."""
    pre: str = ""
    """The verb before the number, lowercase."""
    dimension: str = ""
    """For a measurement: what its unit measures ("length")."""
    si_value: float | None = None
    """For a measurement: its value in SI units."""
    info: Info = field(default_factory=Info)

"""Where the mention starts and ends; a bare year is a date and needs no more."""

from __future__ import annotations

from tui.core.lexicon.numbers import CURRENCY_SYMBOLS, DOLLAR_PREFIXES
from tui.core.quantities.dates import DateParts
from tui.core.quantities.rules.state import Analysis
from tui.core.quantities.tokens import adjacent


def span(s: Analysis) -> None:
    """The number's own tokens, with the currency before it ("$5m", "US$5")."""
    p, toks = s.p, s.toks
    s.start, s.end = toks[p.first].start, toks[p.last].end
    s.kind = p.kind
    if s.kind == "money" and p.first > 0 and toks[p.first - 1].text in CURRENCY_SYMBOLS:
        s.start = toks[p.first - 1].start
        if (
            p.first > 1
            and adjacent(toks[p.first - 2], toks[p.first - 1])
            and toks[p.first - 2].lower in DOLLAR_PREFIXES
        ):
            s.start = toks[p.first - 2].start


def year(s: Analysis) -> bool:
    """A bare year ("in 2014") is a date: no hedge, no unit."""
    if s.kind != "date":
        return False
    s.info.date = DateParts(int(s.p.value), None, None)
    return True

"""The analysis of one parsed number in its clause: a named, ordered list of
rules sharing one :class:`~tui.core.quantities.rules.state.Analysis`.

In order: the mention's span; a bare year stops there; the hedges and the
range of values they allow; a noun before the number that measures or
indexes it stops there; else the thing counted after it (a hyphened measure,
a partitive, the noun phrase, its head noun and state), the verb before the
number and the outcome it names, measures and durations, a unit of measure, a
hedge after the thing counted, the clause's context words and names, an
outcome the clause names when the number has no noun of its own, and last the
figure's frame (what it counts), scope and places.

A new rule is a function in :mod:`tui.core.quantities.rules` and a line in
:data:`RULES`; a rule that returns True has completed the mention.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.core.quantities.found import Found
from tui.core.quantities.model import NumberMention
from tui.core.quantities.parse import Parsed
from tui.core.quantities.rules import before, context, counted, frame, hedges, span, verbs
from tui.core.quantities.rules.state import Analysis
from tui.core.quantities.tokens import Tok
from tui.core.settings import NumberSettings

Rule = Callable[[Analysis], "bool | None"]

#: The rules, in the order they run.
RULES: tuple[tuple[str, Rule], ...] = (
    ("span", span.span),
    ("year", span.year),
    ("hedges", hedges.hedges),
    ("range", hedges.value_range),
    ("measure_before", before.measure_before),
    ("index_before", before.index_before),
    ("measure_suffix", counted.measure_suffix),
    ("partitive", counted.partitive),
    ("unit_words", counted.unit_words),
    ("head", counted.head),
    ("noun", counted.noun),
    ("label", counted.label),
    ("verb_before", verbs.verb_before),
    ("outcome", verbs.outcome),
    ("measure_noun", counted.measure_noun),
    ("duration", counted.duration),
    ("measurement", frame.measurement),
    ("trailing_hedge", hedges.trailing_hedge),
    ("context", context.context),
    ("outcome_from_context", verbs.outcome_from_context),
    ("frame", frame.frame),
)


def analyse(
    p: Parsed,
    toks: list[Tok],
    folded: str,
    text: str,
    paragraph: str,
    *,
    settings: NumberSettings,
) -> Found:
    """Hedge, counted thing and context of a parsed number; ``toks`` is its clause."""
    s = Analysis(p, toks, folded, settings)
    for _name, rule in RULES:
        if rule(s):
            break
    start, end = s.start, s.end
    m = NumberMention(
        paragraph,
        text[start:end],
        start,
        end,
        p.value,
        s.kind,
        s.qualifier,
        s.unit,
        s.low,
        s.high,
        frame=s.info.frame,
        dimension=s.dimension,
        si_value=s.si_value,
    )
    return Found(m, s.info)

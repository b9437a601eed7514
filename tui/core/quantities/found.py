"""What the scanner knows about a mention beyond its value: the evidence the
linking weighs (the counted noun, its state, the verbs and names around it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.core.quantities.dates import DateParts
from tui.core.quantities.model import NumberMention


@dataclass(slots=True)
class Info:
    """What link_quantities needs to know about a mention beyond its value."""

    noun: str = ""  # stem of the counted noun ("missil")
    state: str = ""  # stem of the state it is in ("injur")
    outcome: str = ""  # what happened to the people counted: "dead", "hurt" ...
    modifiers: frozenset[str] = frozenset()  # stems of the noun's modifiers ("cruis")
    preds: frozenset[str] = frozenset()  # stems of the verbs around it
    context: frozenset[str] = frozenset()  # stems of the clause's other content words
    names: frozenset[str] = frozenset()  # capitalised words of the clause, lowercased
    words: frozenset[str] = frozenset()  # every word of the paragraph, lowercased
    sentence: int = 0
    anaphoric: bool = False  # "the three", "all three"
    partitive: bool = False  # "seven of the missiles"
    vague: bool = False  # "dozens", "hundreds of"
    label: str = ""  # what is counted, for display
    date: DateParts | None = None
    frame: str = ""  # what the figure counts: "killed", "injured", "magnitude" ...
    scope: str = ""  # which part of the whole it counts: "children", "canad" ("" the whole)
    places: frozenset[str] = frozenset()  # the places the clause puts it in ("turk")


#: The one empty set that every mention without modifiers, verbs, context or
#: names shares: thousands fewer objects for the garbage collector to follow.
NOTHING: frozenset[str] = frozenset()


def frozen(words: Iterable[str]) -> frozenset[str]:
    """``words`` as a frozen set, the shared :data:`NOTHING` when empty."""
    return frozenset(words) or NOTHING


@dataclass(slots=True)
class Found:
    """A mention as found, with what the linking needs to know about it."""

    mention: NumberMention
    info: Info

"""What the quantity finder returns: a number mention and a linked quantity,
with their JSON form."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

NumberKind = Literal["count", "percent", "money", "ordinal", "duration", "date", "weekday", "time"]
Verdict = Literal["agree", "differ", "compatible"]

INF = math.inf


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number in a paragraph; offsets are relative to the paragraph text."""

    paragraph: str
    text: str
    """The number phrase as written ("two dozen", "24", "Sept. 13, 2023")."""
    start: int
    end: int
    value: float
    """The normalised value: 24 for "two dozen", 20230913 for a date."""
    kind: NumberKind = "count"
    qualifier: str | None = None
    """The hedge around the number ("at least", "about", "up to"), or a vague
    plural's own words ("dozens", "hundreds of")."""
    unit: str = ""
    """The thing counted ("cruise missiles", "people injured"), or the
    currency, or the time unit of a duration."""
    low: float = -INF
    """The least value the mention allows (its hedge taken into account)."""
    high: float = INF
    """The greatest value the mention allows."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "paragraph": self.paragraph,
            "text": self.text,
            "value": _json_number(self.value),
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
        }
        if self.qualifier:
            out["qualifier"] = self.qualifier
        if self.unit:
            out["unit"] = self.unit
        return out


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity reported in more than one place, with its verdict."""

    id: str
    quantity: str
    """What is counted ("people injured"), "date" or "time"."""
    verdict: Verdict
    mentions: tuple[NumberMention, ...]
    kind: NumberKind = "count"

    @property
    def agree(self) -> bool:
        return self.verdict != "differ"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "quantity": self.quantity,
            "agree": self.agree,
            "verdict": self.verdict,
            "kind": self.kind,
            "mentions": [m.to_json() for m in self.mentions],
        }


def _json_number(value: float) -> int | float:
    return int(value) if value == int(value) and abs(value) < 2**53 else value

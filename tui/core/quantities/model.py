"""What the quantity finder returns: a number mention and a linked quantity,
with their JSON form."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

NumberKind = Literal[
    "count", "percent", "money", "ordinal", "duration", "measure", "date", "weekday", "time"
]
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
    frame: str = ""
    """What the figure counts, normalised ("killed", "injured", "aboard",
    "magnitude", "depth", "length" ...), or "" when nothing says."""
    dimension: str = ""
    """For a measurement: "length", "mass", "area", "volume" or "speed"."""
    si_value: float | None = None
    """For a measurement: the value in SI units (metres, kilograms ...)."""
    as_of: str = ""
    """The date its article reports as of (its latest full date, YYYY-MM-DD),
    set when quantities are linked; "" when the article gives none."""

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
        if self.frame:
            out["frame"] = self.frame
        if self.dimension:
            out["dimension"] = self.dimension
        if self.si_value is not None and math.isfinite(self.si_value):
            out["si_value"] = _json_number(self.si_value)
        if self.as_of:
            out["as_of"] = self.as_of
        return out


@dataclass(frozen=True, slots=True)
class Later:
    """The latest figure of a quantity whose reports differ, by the date each
    report gives: an updated toll reads as an update, not a contradiction."""

    value: float
    paragraphs: tuple[str, ...]
    """Where that figure is given."""
    as_of: str
    """The date of the latest reports (YYYY-MM-DD)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "value": _json_number(self.value),
            "paragraphs": list(self.paragraphs),
            "as_of": self.as_of,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity reported in more than one place, with its verdict."""

    id: str
    quantity: str
    """What is counted ("people injured"), "date" or "time"."""
    verdict: Verdict
    mentions: tuple[NumberMention, ...]
    kind: NumberKind = "count"
    frame: str = ""
    """What it counts, normalised ("killed", "injured", "magnitude", "length"),
    or "" when its figures do not say."""
    unit: str = ""
    """Its unit, normalised: "people", an SI unit for a measurement ("m"), a
    currency code, "%", "HH:MM" for a time of day, "date", a duration's unit,
    else the thing counted."""
    later: Later | None = None
    """For differing figures reported on different dates: the latest."""

    @property
    def agree(self) -> bool:
        return self.verdict != "differ"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "quantity": self.quantity,
            "agree": self.agree,
            "verdict": self.verdict,
            "kind": self.kind,
            "mentions": [m.to_json() for m in self.mentions],
        }
        if self.frame:
            out["frame"] = self.frame
        if self.unit:
            out["unit"] = self.unit
        if self.later is not None:
            out["later"] = self.later.to_json()
        return out


def _json_number(value: float) -> int | float:
    """A whole value as an int; any other (fractional, huge, not finite) as it is."""
    return (
        int(value) if math.isfinite(value) and value == int(value) and abs(value) < 2**53 else value
    )

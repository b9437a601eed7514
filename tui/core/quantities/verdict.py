"""Every linked quantity gets a verdict: ``agree`` (one value, one hedge),
``compatible`` (the hedges cover each other: "at least 24" and "24") or
``differ``; and a label that says what is counted."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from tui.core.lexicon.frames import PEOPLE_FRAMES
from tui.core.quantities.model import Later, NumberMention, Quantity, Verdict
from tui.core.quantities.passes.state import Item, Links
from tui.core.quantities.units import SI_UNITS, precision


def time_verdict(mentions: Sequence[NumberMention]) -> Verdict:
    """Times of day agree when they are one time, and differ otherwise."""
    return "agree" if len({m.value for m in mentions}) == 1 else "differ"


def verdict(
    mentions: Sequence[NumberMention], *, vague: bool = False, hedges_reconcile: bool = False
) -> Verdict:
    """One value and one hedge agree; one value with several hedges is
    compatible; different values differ, unless a vague plural ("dozens")
    covers them, or ``hedges_reconcile`` and the hedges' ranges overlap.
    Measurements compare in SI units (:func:`_measure_verdict`)."""
    if all(m.si_value is not None for m in mentions) and len({m.unit for m in mentions}) > 1:
        return _measure_verdict(mentions)
    values = {m.value for m in mentions}
    hedges = {m.qualifier for m in mentions}
    if len(values) == 1:
        return "agree" if len(hedges) == 1 else "compatible"
    if not (hedges_reconcile or vague):
        return "differ"
    low = max(m.low for m in mentions)
    high = min(m.high for m in mentions)
    return "compatible" if low <= high else "differ"


def _measure_verdict(mentions: Sequence[NumberMention]) -> Verdict:
    """Measurements in different units: they agree when each converts to the
    other to the last digit written ("72 km" / "45 miles"), are compatible
    when they do once trailing zeros are read as rounding ("2,300 feet" /
    "700 m"), and differ otherwise."""
    out: Verdict = "agree"
    for a, b in combinations(mentions, 2):
        gap = abs((a.si_value or 0.0) - (b.si_value or 0.0))
        fine = min(_step(a, rounding=False), _step(b, rounding=False))
        coarse = max(_step(a, rounding=True), _step(b, rounding=True))
        if gap > coarse / 2:
            return "differ"
        if gap > fine / 2:
            out = "compatible"
    return out


def _step(m: NumberMention, *, rounding: bool) -> float:
    """The step of the mention's last digit, in SI units."""
    if m.si_value is None or not m.value:
        return 0.0
    return precision(m.text, rounding=rounding) * m.si_value / m.value


def quantities(links: Links) -> list[Quantity]:
    """The clusters of two or more mentions as quantities, in reading order."""
    clusters: dict[int, list[Item]] = defaultdict(list)
    for it in links.items:
        clusters[links.clusters.find(it.index)].append(it)
    out: list[tuple[tuple[int, int, int], Quantity]] = []
    for members in clusters.values():
        if len(members) >= 2:
            members.sort(key=lambda it: it.order)
            out.append((members[0].order, _quantity(members, links)))
    out.sort(key=lambda pair: pair[0])
    return [replace(q, id=f"N{i + 1}") for i, (_, q) in enumerate(out)]


def _quantity(members: list[Item], links: Links) -> Quantity:
    """One cluster as a quantity: label, verdict, frame, unit, and the latest
    figure when they differ."""
    mentions = tuple(replace(it.m, as_of=links.as_of.get(it.article, "")) for it in members)
    kind = Counter(m.kind for m in mentions).most_common(1)[0][0]
    said: Verdict
    if kind in ("date", "weekday"):
        label, said = "date", time_verdict(mentions)
    elif kind == "time":
        label, said = "time", time_verdict(mentions)
    else:
        labels = Counter(it.info.label for it in members if it.info.label)
        label = _best_label(labels, members)
        said = verdict(
            mentions,
            vague=any(it.info.vague for it in members),
            hedges_reconcile=links.settings.hedges_reconcile,
        )
    frames = Counter(m.frame for m in mentions if m.frame)
    frame = frames.most_common(1)[0][0] if frames else ""
    later = _later(mentions) if said == "differ" else None
    return Quantity("", label, said, mentions, kind, frame, _unit(kind, frame, mentions), later)


def _unit(kind: str, frame: str, mentions: Sequence[NumberMention]) -> str:
    """The quantity's unit, normalised (see :attr:`Quantity.unit`)."""
    if kind == "measure":
        dimension = next((m.dimension for m in mentions if m.dimension), "")
        return SI_UNITS.get(dimension, "")
    if kind in ("money", "duration"):
        return Counter(m.unit.split(" ")[0] for m in mentions if m.unit).most_common(1)[0][0]
    fixed = {"percent": "%", "time": "HH:MM", "date": "date", "weekday": "date"}
    if kind in fixed:
        return fixed[kind]
    if frame in PEOPLE_FRAMES:
        return "people"
    units = Counter(m.unit for m in mentions if m.unit)
    return units.most_common(1)[0][0] if units else ""


def _later(mentions: Sequence[NumberMention]) -> Later | None:
    """The figure of the latest-dated reports, when the reports carry at least
    two dates and the latest give one value."""
    dated = [m for m in mentions if m.as_of]
    if len({m.as_of for m in dated}) < 2:
        return None
    latest = max(m.as_of for m in dated)
    newest = [m for m in dated if m.as_of == latest]
    if len({m.value for m in newest}) != 1:
        return None
    paragraphs = tuple(dict.fromkeys(m.paragraph for m in newest))
    return Later(newest[0].value, paragraphs, latest)


def _best_label(labels: Counter[str], members: Iterable[Item]) -> str:
    if not labels:
        return next((it.m.unit for it in members if it.m.unit), "number")
    best = max(labels.values())
    # the most frequent; among equals, the one with a state ("ships damaged")
    tied = [lab for lab, c in labels.items() if c == best]
    return max(tied, key=lambda lab: (len(lab.split()), -list(labels).index(lab)))

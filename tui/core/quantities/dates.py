"""Dates, times and weekdays: found first, since their digits are no counts.

Recognised: "Sept. 13, 2023", "13 September", "2023-09-13", "April 2019",
"in May", "Wednesday", "8:30 a.m.", "7.40am", "19:40", "3 AM" (a bare year, "2014", is found by
the number parser).  Dates are valued YYYYMMDD (YYYYMM for a month, YYYY for
a year); a weekday or a year-less date is resolved against a reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tui.core.lexicon.calendar import MONTHS, WEEKDAYS
from tui.core.lexicon.numbers import TIME_PREPOSITIONS
from tui.core.quantities.model import NumberKind
from tui.core.quantities.tokens import Spans, trie_pattern

#: Full month names: the longest name of each month number.
_FULL_MONTHS = {number: name for name, number in sorted(MONTHS.items(), key=lambda x: len(x[0]))}

# Every pattern starts with a digit or a capital, so the regular expression
# engine can skip ahead quickly; what may stand left of a match is checked in
# Python (see :func:`left_ok`).
_MONTH_RE = r"(?P<mon>" + trie_pattern(name.capitalize() for name in MONTHS) + r")(?![a-z])\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d])"
_YEAR_RE = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
#: (pattern, what must not stand right before a match)
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 2023-09-13
    (re.compile(r"(?P<year>(?:1[89]|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"), "d-"),
    # Sept. 13, 2023 / September 13 / October 1st
    (re.compile(_MONTH_RE + r"\s+" + _DAY_RE + r"(?:,?\s+" + _YEAR_RE + r")?"), "w"),
    # 13 September 2023 / 13th of September
    (re.compile(_DAY_RE + r"\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+" + _YEAR_RE + r")?"), "d.,"),
    # April 2019
    (re.compile(_MONTH_RE + r",?\s+" + _YEAR_RE), "w"),
)
# A month on its own: full names only, and "May"/"March" only after a word
# that introduces a time ("in May"), since they are also verbs.
_MONTH_ALONE_RE = re.compile(
    r"(?P<mon>" + trie_pattern(name.capitalize() for name in _FULL_MONTHS.values()) + r")\b"
)
_TIME_PREPOSITION_RE = re.compile(r"\b(?:" + "|".join(TIME_PREPOSITIONS) + r")[\s-]+$")
_MONTH_PROBE_RE = re.compile(
    r"(?:" + "|".join(sorted({name[:3].capitalize() for name in MONTHS})) + r")"
)
_WEEKDAY_RE = re.compile(r"(?P<wd>" + trie_pattern(name.capitalize() for name in WEEKDAYS) + r")\b")
#: What a date in ISO form (2023-09-13) or a time without a colon (8 a.m., 3pm)
#: must contain: cheap searches that spare the full patterns most paragraphs.
_ISO_DATE_PROBE_RE = re.compile(r"-[01]\d-[0-3]\d")
_TIME_PROBE_RE = re.compile(r"\d\s*[aApP][.mM]")
_TIME_RE = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[aApP]\.\s?[mM]\.|[aApP][mM]\b)"
    r"|(?P<h24>\d{1,2}):(?P<m24>[0-5]\d)(?![\d:])"
)


@dataclass(slots=True)
class DateParts:
    """What a date gives: any of year, month and day, or a weekday (1 = Monday)."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date, time or weekday found in a paragraph (offsets in its text)."""

    start: int
    end: int
    value: float
    kind: NumberKind
    parts: DateParts | None = None


def left_ok(folded: str, pos: int, forbidden: str) -> bool:
    """Is the character before ``pos`` none of ``forbidden`` ("d" digit, "w" letter)?"""
    if pos == 0:
        return True
    c = folded[pos - 1]
    if "d" in forbidden and c.isdigit():
        return False
    if "w" in forbidden and (c.isalnum() or c == "_"):
        return False
    return c not in forbidden.replace("d", "").replace("w", "")


def date_value(parts: DateParts) -> float:
    """YYYYMMDD, YYYYMM for a month, YYYY for a year."""
    y, m, d = parts.year or 0, parts.month or 0, parts.day or 0
    if parts.month is None:
        return float(y)
    if parts.day is None:
        return float(y * 100 + m)
    return float(y * 10000 + m * 100 + d)


def partial_value(parts: DateParts) -> float:
    """The value of a date as written: MMDD or MM without a year."""
    if parts.year is None and parts.month is not None and parts.day is not None:
        return float(parts.month * 100 + parts.day)
    if parts.year is None and parts.month is not None:
        return float(parts.month)
    return date_value(parts)


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (
        29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    )


# --------------------------------------------------------------------------- finding


def find_dates(folded: str, taken: Spans, *, month_window: int) -> list[DateMatch]:
    """The dates, months, weekdays and times of ``folded`` (a folded paragraph),
    each taking its span in ``taken``."""
    has_month = _MONTH_PROBE_RE.search(folded) is not None
    out = _full_dates(folded, taken, has_month)
    if has_month:
        out += _months_alone(folded, taken, month_window)
    if "day" in folded:
        out += _weekdays(folded, taken)
    if ":" in folded or _TIME_PROBE_RE.search(folded) is not None:
        out += _times(folded, taken)
    return out


def _full_dates(folded: str, taken: Spans, has_month: bool) -> list[DateMatch]:
    out: list[DateMatch] = []
    patterns = _DATE_PATTERNS if has_month else _DATE_PATTERNS[:1]
    if _ISO_DATE_PROBE_RE.search(folded) is None:
        patterns = patterns[1:]  # no 2023-09-13 here
    for pattern, forbidden in patterns:
        for m in pattern.finditer(folded):
            if not _open(folded, m, forbidden, taken):
                continue
            gd = m.groupdict()
            month = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["mon"].lower().rstrip(".")]
            day = int(gd["day"]) if gd.get("day") else None
            year = int(gd["year"]) if gd.get("year") else None
            if day is not None and not _valid_day(month, day):
                continue
            parts = DateParts(year, month, day)
            out.append(_take(taken, m, partial_value(parts), "date", parts))
    return out


def _months_alone(folded: str, taken: Spans, window: int) -> list[DateMatch]:
    out: list[DateMatch] = []
    for m in _MONTH_ALONE_RE.finditer(folded):
        mon = m.group("mon")
        if not _open(folded, m, "w", taken):
            continue
        before = folded[max(0, m.start() - window) : m.start()]
        if mon in ("May", "March") and not _TIME_PREPOSITION_RE.search(before):
            continue
        parts = DateParts(None, MONTHS[mon.lower()], None)
        out.append(_take(taken, m, partial_value(parts), "date", parts))
    return out


def _weekdays(folded: str, taken: Spans) -> list[DateMatch]:
    out: list[DateMatch] = []
    for m in _WEEKDAY_RE.finditer(folded):
        if not _open(folded, m, "w", taken):
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        out.append(_take(taken, m, float(wd), "weekday", DateParts(None, None, None, wd)))
    return out


def _times(folded: str, taken: Spans) -> list[DateMatch]:
    out: list[DateMatch] = []
    for m in _TIME_RE.finditer(folded):
        if not _open(folded, m, "d:.,", taken):
            continue
        clock = _clock(m)
        if clock is not None:
            out.append(_take(taken, m, float(clock), "time"))
    return out


def _open(folded: str, m: re.Match[str], forbidden: str, taken: Spans) -> bool:
    """May ``m`` be a mention: nothing ``forbidden`` left of it, its span not taken?"""
    return left_ok(folded, m.start(), forbidden) and taken.free(m.start(), m.end())


def _take(
    taken: Spans, m: re.Match[str], value: float, kind: NumberKind, parts: DateParts | None = None
) -> DateMatch:
    """The match as a mention, its span taken."""
    taken.take(m.start(), m.end())
    return DateMatch(m.start(), m.end(), value, kind, parts)


def _clock(m: re.Match[str]) -> int | None:
    """HHMM on a 24-hour clock, or None for no valid time."""
    if m.group("h24") is not None:
        hour, minute = int(m.group("h24")), int(m.group("m24"))
        if hour > 23:
            return None
    else:
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if not 1 <= hour <= 12:
            return None
        pm = m.group("ap").lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    return hour * 100 + minute


# --------------------------------------------------------------------------- resolving


def resolve(
    parts: DateParts, reference: date, *, future_days: int, future_months: int
) -> DateParts | None:
    """A weekday or a year-less date made a full date: the most recent one on or
    before ``reference`` (roughly: a date a little later stays in its year).
    None for a date that needs nothing, or cannot be resolved."""
    if parts.weekday is not None:
        back = (reference.isoweekday() - parts.weekday) % 7
        day = reference - timedelta(days=back)
        return DateParts(day.year, day.month, day.day)
    if parts.year is not None or parts.month is None:
        return None
    year = reference.year
    if parts.day is not None:
        try:
            candidate = date(year, parts.month, parts.day)
        except ValueError:
            return None
        if (candidate - reference).days > future_days:
            year -= 1
    elif parts.month - reference.month > future_months:
        year -= 1
    return DateParts(year, parts.month, parts.day)


def full_date(parts: DateParts | None) -> date | None:
    """The calendar day of a date that gives year, month and day."""
    if parts is None or parts.weekday is not None:
        return None
    if parts.year is None or parts.month is None or parts.day is None:
        return None
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        return None


def reference_date(own: date | None, overall: date | None, *, gap_days: int) -> date | None:
    """The date weekdays are counted back from: the article's latest full date,
    unless it is far older than the comparison's (a historical date), then that."""
    if own is None:
        return overall
    if overall is not None and (overall - own).days > gap_days:
        return overall
    return own

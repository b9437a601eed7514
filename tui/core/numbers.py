"""Quantities: find the numbers an article reports and link the same quantity
across outlets and within one article.

Finding (:func:`find_numbers`, one paragraph at a time):

* digits with separators and decimals ("1,200", "2.5", "7.0"), scale words and
  suffixes ("2.5 million", "3bn"), percentages ("40%", "40 per cent"), money
  ("$5m"), number words ("ten", "seventy-two", "one hundred and five",
  "a dozen", "two dozen", "four-and-a-half") and vague plurals ("dozens",
  "hundreds of", "tens of thousands of"), which keep a range;
* hedges are kept as the mention's ``qualifier`` ("at least", "about", "up
  to", "nearly", "some", "or more" ...) and turned into the range of values
  the mention allows;
* the thing counted (``unit``): the noun phrase after the number ("30 Iranian
  kamikaze drones" -> "Iranian kamikaze drones"), through a partitive ("seven
  of the missiles") and with the state it is in ("24 people injured");
* dates, times and weekdays are recognised as such, never as counts: "Sept.
  13, 2023", "13 September", "2023-09-13", "April 2019", "in May", "2014",
  "Wednesday", "8:30 a.m.", "3 AM".  Dates are valued YYYYMMDD (YYYYMM for a
  month, YYYY for a year).

Linking (:func:`link_quantities`) works on evidence, most certain first:

1. dates with the same resolved day anywhere in the comparison are one
   quantity (weekdays and year-less dates resolve against a reference date:
   the latest full date the article gives, else the latest in the comparison);
2. equal values with the same counted noun (or the same state: "24 people
   injured" / "two dozen injured") link when their paragraphs are aligned or
   their clauses share a content word, and no conflicting names stand around
   them; equal values with different nouns ("two naval vessels" / "two
   ships") link only when the same verb governs both ("damaged") in aligned
   paragraphs or one article;
3. parallel sentences: when two sentences of different articles already share
   a linked quantity, their other equal values link too ("ten cruise missiles
   ... three unmanned motorboats" / "10 cruise missiles ... three drones");
4. different values link (a discrepancy) only for the same counted noun, of
   the same order of magnitude, with supporting context (aligned paragraphs,
   or shared modifiers within an article), never when the two values are each
   already confirmed by another outlet as separate quantities, and never with
   a partitive ("seven of the missiles") of the same article.

Every linked quantity gets a verdict: ``agree`` (one value, one hedge),
``compatible`` (the hedges cover each other: "at least 24" and "24") or
``differ``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from tui.core._gc import gc_paused
from tui.core.model import Article, Paragraph
from tui.core.normalize import STOPWORDS, fold_text, sentence_spans, stem

__all__ = [
    "NumberKind",
    "NumberMention",
    "Quantity",
    "Verdict",
    "find_numbers",
    "link_quantities",
]

NumberKind = Literal["count", "percent", "money", "ordinal", "duration", "date", "weekday", "time"]
Verdict = Literal["agree", "differ", "compatible"]

_INF = math.inf


# --------------------------------------------------------------------------- data


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
    low: float = -_INF
    """The least value the mention allows (its hedge taken into account)."""
    high: float = _INF
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


# --------------------------------------------------------------------------- lexicon
# General English resources: number words, months, weekdays, hedges.

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

#: Number words and their values, for other parts of the engine that need a
#: plain word-to-value lookup (the alignment's number terms).
NUMBER_WORDS: dict[str, int] = {**_UNITS, **_TENS, "hundred": 100, "dozen": 12}
#: Words that multiply the number before them: "two dozen", "3 million".
MULTIPLIERS: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    **{k: int(v) for k, v in _SCALES.items()},
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
_NUMBER_WORDS = frozenset(
    [*_UNITS, *_TENS, *_SCALES, *_ORDINALS, "hundred", "dozen", "dozens", "half"]
)
#: Vague plurals: (words, least value, greatest value).
_VAGUE: tuple[tuple[tuple[str, ...], float, float], ...] = (
    (("tens", "of", "thousands"), 2e4, 1e5),
    (("hundreds", "of", "thousands"), 2e5, 1e6),
    (("tens", "of", "millions"), 2e7, 1e8),
    (("hundreds", "of", "millions"), 2e8, 1e9),
    (("dozens",), 24, 144),
    (("scores",), 40, 200),
    (("hundreds",), 200, 1000),
    (("thousands",), 2000, 1e4),
    (("millions",), 2e6, 1e7),
    (("billions",), 2e9, 1e10),
)
#: Hedges before a number: words -> how they bound the value.
_VAGUE_BY_FIRST: dict[str, list[tuple[tuple[str, ...], float, float]]] = {}
for _vague in _VAGUE:
    _VAGUE_BY_FIRST.setdefault(_vague[0][0], []).append(_vague)
_HEDGES: dict[tuple[str, ...], str] = {
    ("at", "least"): "min",
    ("no", "fewer", "than"): "min",
    ("no", "less", "than"): "min",
    ("not", "less", "than"): "min",
    ("a", "minimum", "of"): "min",
    ("upwards", "of"): "min",
    ("more", "than"): "min",
    ("over",): "min",
    ("in", "excess", "of"): "min",
    ("well", "over"): "min",
    ("just", "over"): "min",
    ("at", "most"): "max",
    ("up", "to"): "max",
    ("no", "more", "than"): "max",
    ("not", "more", "than"): "max",
    ("as", "many", "as"): "max",
    ("a", "maximum", "of"): "max",
    ("fewer", "than"): "max",
    ("less", "than"): "max",
    ("under",): "max",
    ("just", "under"): "max",
    ("about",): "approx",
    ("around",): "approx",
    ("approximately",): "approx",
    ("approx",): "approx",
    ("roughly",): "approx",
    ("some",): "approx",
    ("an", "estimated"): "approx",
    ("estimated",): "approx",
    ("close", "to"): "approx",
    ("nearly",): "below",
    ("almost",): "below",
    ("just", "shy", "of"): "below",
}
_MAX_HEDGE = max(len(k) for k in _HEDGES)
_HEDGE_ENDS = frozenset(k[-1] for k in _HEDGES)
#: Hedges after a number.
_POST_HEDGES: dict[tuple[str, ...], str] = {
    ("or", "more"): "min",
    ("or", "so"): "approx",
    ("or", "fewer"): "max",
    ("or", "less"): "max",
    ("plus",): "min",
    ("odd",): "approx",
}
_POST_HEDGE_STARTS = frozenset(k[0] for k in _POST_HEDGES)
_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
_TIME_UNITS = {
    "second": "seconds",
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "decade": "decades",
    "century": "centuries",
    "seconds": "seconds",
    "minutes": "minutes",
    "hours": "hours",
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "years": "years",
    "decades": "decades",
    "centuries": "centuries",
}
#: Nouns that number things ("day 567 of the war", "page 4", "No. 5").
_INDEX_NOUNS = frozenset(
    "day week page chapter article section flight route highway room gate level round "
    "phase stage number no platform line exit".split()
)
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "dirham": "MAD",
    "dirhams": "MAD",
    "rupee": "INR",
    "rupees": "INR",
}
_SUFFIX_SCALES = {"bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "mln": 1e6}
_MONEY_SUFFIX_SCALES = {"m": 1e6, "b": 1e9, "k": 1e3}
#: Plural nouns that do not end in -s.
_IRREGULAR_PLURALS = frozenset(
    "people men women children police personnel staff aircraft cattle livestock feet teeth "
    "mice geese sheep fish deer crew militia offspring folk".split()
)
#: Participles that do not end in -ed.
_IRREGULAR_PARTICIPLES = frozenset(
    "shot hit struck hurt dead missing held taken stolen lost built sunk sank fired thrown "
    "seen found left brought caught slain downed burnt burned torn hidden".split()
)
#: Words between a number and its verb that carry no meaning for linking.
_AUXILIARIES = frozenset(
    "was were had has have been being be is are reportedly also later all now still "
    "allegedly initially apparently subsequently".split()
)
#: Words a reporting verb contributes nothing to what is counted.
_REPORTING = frozenset(
    stem(w)
    for w in "said says say reported reports reporting told according claimed claims announced "
    "stated added noted confirmed cited quoted".split()
)
#: Words before a number that do not say what happened to it.
_PRE_SKIP = frozenset(
    "the a an all both some its their his her our with of by for to at on in only just "
    "another further additional total".split()
)
_ANAPHORIC = frozenset("the all both those these".split())
#: Words that start another clause: a verb before them does not govern the number.
_CONJUNCTIONS = frozenset("and or but while as after before when than whereas".split())
#: What happens to people in a disaster or a war: counts in different classes
#: ("killed" / "injured") are different quantities even for the same noun.
_OUTCOMES = {
    stem(w): cls
    for cls, words in (
        ("dead", "killed kills kill dead died die slain perished death deaths fatalities"),
        ("hurt", "injured injures injure wounded wounds hurt injuries"),
        ("hospital", "hospitalised hospitalized treated"),
        ("missing", "missing"),
        ("displaced", "displaced evacuated homeless"),
        ("detained", "arrested detained captured"),
        ("rescued", "rescued saved"),
    )
    for w in words.split()
}
#: Nouns that stand before the number they measure ("magnitude 6.8", "category 4").
_MEASURE_NOUNS = frozenset("magnitude category level force grade".split())
#: Abbreviated units, spelt out ("72 km" is "72 kilometres").
_UNIT_ALIASES = {
    "km": "kilometers",
    "kms": "kilometers",
    "mi": "miles",
    "kg": "kilograms",
    "kgs": "kilograms",
    "lb": "pounds",
    "lbs": "pounds",
    "ft": "feet",
    "cm": "centimeters",
    "mm": "millimeters",
    "ha": "hectares",
    "sq": "square",
    "mph": "miles",
    "kph": "kilometers",
    "hrs": "hours",
    "mins": "minutes",
}
#: Adjectives of nationality ("Russian", "Iranian", "Chinese"): not names of a place.
_DEMONYM_RE = re.compile(r"(?:ian|ean|ese|ish|ican)s?$")


# --------------------------------------------------------------------------- tokens

# Every character is in a token, or a space or underscore between tokens; the
# run of those before each token is matched too, so that ``findall`` (much
# faster than match objects) gives each token's offset by counting.
_TOKEN_RE = re.compile(
    r"([\s_]*)(?:"
    r"(\d+(?:,\d{3})+(?:\.\d+)?"  # 1,200 / 1,200.5
    r"|\d+(?:\.\d+)?)"  # 24 / 2.5
    r"|([^\W\d_]+(?:'[^\W\d_]+)*)"  # words
    r"|([^\w\s]))"  # one punctuation character
)


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    lower: str
    kind: str  # "d" digits, "w" word, "p" punctuation


def _tokens(folded: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    out: list[_Tok] = []
    append = out.append
    pos = start
    for gap, digits, word, punct in _TOKEN_RE.findall(
        folded, start, len(folded) if end is None else end
    ):
        first = pos + len(gap)
        if digits:
            pos = first + len(digits)
            append(_Tok(digits, first, pos, digits, "d"))
        elif word:
            pos = first + len(word)
            # a word starts with a letter, or with a digit that is no decimal ("²")
            c = word[0]
            kind = "w" if c.isalpha() else ("d" if c.isdigit() else "p")
            append(_Tok(word, first, pos, word.lower(), kind))
        else:
            pos = first + len(punct)
            append(_Tok(punct, first, pos, punct.lower(), "p"))
    return out


# --------------------------------------------------------------------------- dates and times

# Every pattern starts with a digit or a capital, so the regular expression
# engine can skip ahead quickly; what may stand left of a match is checked in
# Python (see ``_LEFT_DIGIT``, ``_LEFT_LETTER``).
_MONTH_RE = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
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
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_TIME_PREPOSITION_RE = re.compile(
    r"\b(?:in|since|until|till|by|from|during|before|after|early|late|mid|last|next|this|of"
    r"|through|to)[\s-]+$"
)
_MONTH_PROBE_RE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_WEEKDAY_RE = re.compile(r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: What a date in ISO form (2023-09-13) or a time without a colon (8 a.m., 3pm)
#: must contain: cheap searches that spare the full patterns most paragraphs.
_ISO_DATE_PROBE_RE = re.compile(r"-[01]\d-[0-3]\d")
_TIME_PROBE_RE = re.compile(r"\d\s*[aApP][.mM]")
_TIME_RE = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\s*(?P<ap>[aApP]\.\s?[mM]\.|[aApP][mM]\b)"
    r"|(?P<h24>\d{1,2}):(?P<m24>[0-5]\d)(?![\d:])"
)


def _left_ok(folded: str, pos: int, forbidden: str) -> bool:
    """Is the character before ``pos`` none of ``forbidden`` ("d" digit, "w" letter)?"""
    if pos == 0:
        return True
    c = folded[pos - 1]
    if "d" in forbidden and c.isdigit():
        return False
    if "w" in forbidden and (c.isalnum() or c == "_"):
        return False
    return c not in forbidden.replace("d", "").replace("w", "")


@dataclass(slots=True)
class _DateParts:
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None


def _date_value(parts: _DateParts) -> float:
    y, m, d = parts.year or 0, parts.month or 0, parts.day or 0
    if parts.month is None:
        return float(y)
    if parts.day is None:
        return float(y * 100 + m)
    return float(y * 10000 + m * 100 + d)


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (
        29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    )


# --------------------------------------------------------------------------- scanning


@dataclass(slots=True)
class _Info:
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
    date: _DateParts | None = None


#: The one empty set that every mention without modifiers, verbs, context or
#: names shares: thousands fewer objects for the garbage collector to follow.
_NOTHING: frozenset[str] = frozenset()


def _frozen(words: Iterable[str]) -> frozenset[str]:
    return frozenset(words) or _NOTHING


@dataclass(slots=True)
class _Found:
    mention: NumberMention
    info: _Info


def find_numbers(
    text: str, *, paragraph: str = "", reference: date | None = None
) -> list[NumberMention]:
    """The numbers, dates and times in ``text`` (one paragraph), in reading order.

    ``reference`` resolves weekdays and year-less dates ("Wednesday" -> the
    most recent Wednesday on or before it); without it a weekday keeps kind
    ``"weekday"`` (value 1 = Monday ... 7 = Sunday) and a year-less date the
    value MMDD.
    """
    found = _scan(text, paragraph)
    if reference is not None:
        found = [_resolve(f, reference) for f in found]
    return [f.mention for f in found]


def _scan(text: str, paragraph: str) -> list[_Found]:
    folded = fold_text(text)
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []

    def free(start: int, end: int) -> bool:
        for s, e in taken:
            if end > s and start < e:
                return False
        return True

    def add(start: int, end: int, value: float, kind: NumberKind, info: _Info, **kw: Any) -> None:
        taken.append((start, end))
        m = NumberMention(paragraph, text[start:end], start, end, value, kind, **kw)
        found.append(_Found(m, info))

    # dates, times, weekdays first: their digits are not counts
    has_month = _MONTH_PROBE_RE.search(folded) is not None
    patterns = _DATE_PATTERNS if has_month else _DATE_PATTERNS[:1]
    if _ISO_DATE_PROBE_RE.search(folded) is None:
        patterns = patterns[1:]  # no 2023-09-13 here
    for pattern, forbidden in patterns:
        for m in pattern.finditer(folded):
            if not _left_ok(folded, m.start(), forbidden) or not free(m.start(), m.end()):
                continue
            gd = m.groupdict()
            month = int(gd["mnum"]) if gd.get("mnum") else _MONTHS[gd["mon"].lower().rstrip(".")]
            day = int(gd["day"]) if gd.get("day") else None
            year = int(gd["year"]) if gd.get("year") else None
            if day is not None and not _valid_day(month, day):
                continue
            parts = _DateParts(year, month, day)
            add(m.start(), m.end(), _partial_value(parts), "date", _Info(date=parts))
    for m in _MONTH_ALONE_RE.finditer(folded) if has_month else ():
        mon = m.group("mon")
        if not _left_ok(folded, m.start(), "w") or not free(m.start(), m.end()):
            continue
        before = folded[max(0, m.start() - 12) : m.start()]
        if mon in ("May", "March") and not _TIME_PREPOSITION_RE.search(before):
            continue
        parts = _DateParts(None, _MONTHS[mon.lower()], None)
        add(m.start(), m.end(), _partial_value(parts), "date", _Info(date=parts))
    for m in _WEEKDAY_RE.finditer(folded) if "day" in folded else ():
        if not _left_ok(folded, m.start(), "w") or not free(m.start(), m.end()):
            continue
        wd = _WEEKDAYS[m.group("wd").lower()]
        info = _Info(date=_DateParts(None, None, None, wd))
        add(m.start(), m.end(), float(wd), "weekday", info)
    has_time = ":" in folded or _TIME_PROBE_RE.search(folded) is not None
    for m in _TIME_RE.finditer(folded) if has_time else ():
        if not _left_ok(folded, m.start(), "d:.,") or not free(m.start(), m.end()):
            continue
        if m.group("h24") is not None:
            hour, minute = int(m.group("h24")), int(m.group("m24"))
            if hour > 23:
                continue
        else:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if not 1 <= hour <= 12:
                continue
            pm = m.group("ap").lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
        add(m.start(), m.end(), float(hour * 100 + minute), "time", _Info())

    # counts and the rest: only where a digit or a number word stands
    lower = folded.lower()
    if lower.isascii():
        # the words of the text say which number words to look for
        words = frozenset(_ASCII_WORD_RE.findall(lower))
        starts = _word_starts(lower, words & _NUMBER_START_WORDS)
    else:
        # (?i) also folds a few letters beyond ASCII ("ſ"): the full search
        words = frozenset(_WORD_RE.findall(lower))
        starts = [m.start() for m in _NUMBER_START_RE.finditer(folded)]
    found.extend(_scan_counts(text, folded, paragraph, free, taken, starts))
    found.sort(key=lambda f: f.mention.start)
    for f in found:
        f.info.words = words
    return found


_WORD_RE = re.compile(r"[^\W\d_]+")
_ASCII_WORD_RE = re.compile(r"[A-Za-z]+")  # the same on ASCII text, faster


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, factored by common prefixes
    (much faster than a plain alternation)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_DIGITS_RE = re.compile(r"\d+")
#: Words that can start a number (also capitalised: "Two ships were damaged").
_NUMBER_START_WORDS = frozenset(
    {*_UNITS, *_TENS, *_ORDINALS, "half", "dozen", "hundred", *_SCALES}
    | {words[0] for words, _, _ in _VAGUE}
)
_NUMBER_START_RE = re.compile(r"(?<![^\W_])(?i:" + _trie(_NUMBER_START_WORDS) + r")(?![^\W_])")


def _word_starts(lower: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` stands as a whole word in ``lower`` (ASCII text):
    what :data:`_NUMBER_START_RE` finds, for the words known to be there."""
    out = []
    n = len(lower)
    for w in words:
        size = len(w)
        k = lower.find(w)
        while k >= 0:
            if (k == 0 or not lower[k - 1].isalnum()) and (
                k + size == n or not lower[k + size].isalnum()
            ):
                out.append(k)
            k = lower.find(w, k + 1)
    return out


def _candidates(folded: str, starts: list[int]) -> list[int]:
    """Offsets where a number may start, in order: digits, and the number words
    at ``starts``."""
    out = [
        s for m in _DIGITS_RE.finditer(folded) if (s := m.start()) == 0 or folded[s - 1] not in ".,"
    ]
    if starts:
        out += starts
        out.sort()
    return out


def _scan_counts(
    text: str,
    folded: str,
    paragraph: str,
    free: Callable[[int, int], bool],
    taken: list[tuple[int, int]],
    starts: list[int],
) -> list[_Found]:
    found: list[_Found] = []
    sentences: list[tuple[int, int]] = []
    sentence_starts: list[int] = []
    clauses: list[tuple[int, int]] = []
    clause_starts: list[int] = []
    cache: dict[int, tuple[list[_Tok], list[int]]] = {}
    done = -1
    for pos in _candidates(folded, starts):
        if pos < done or not free(pos, pos + 1):
            continue
        if not sentences:
            sentences = sentence_spans(folded) or [(0, len(folded))]
            sentence_starts = [st for st, _ in sentences]
            clauses = _clause_spans(folded, sentences)
            clause_starts = [st for st, _ in clauses]
        # a number, its hedge and what it counts never cross a clause boundary
        ci = max(0, bisect_right(clause_starts, pos) - 1)
        if ci not in cache:
            cs, ce = clauses[ci] if clauses else (0, len(folded))
            if not cs <= pos < ce:
                cs, ce = 0, len(folded)
            toks = _tokens(folded, cs, ce)
            cache[ci] = (toks, [t.start for t in toks])
        toks, tok_starts = cache[ci]
        i = bisect_left(tok_starts, pos)
        if i >= len(toks) or toks[i].start != pos:
            continue
        # "a dozen", "half a million": the number starts before its scale word
        if toks[i].lower in _SCALES or toks[i].lower in ("dozen", "hundred"):
            if i >= 1 and toks[i - 1].lower in ("a", "an"):
                i -= 1
                if i >= 1 and toks[i - 1].lower == "half":
                    i -= 1
            elif i >= 1 and toks[i - 1].kind in "dw":
                continue  # "two dozen", "2.5 million": found from their start
        parsed = _parse_number(toks, i, folded)
        if parsed is None:
            continue
        done = toks[parsed.last].end
        if not free(toks[parsed.first].start, done):
            continue
        f = _analyse(parsed, toks, folded, text, paragraph)
        if f is not None:
            f.info.sentence = max(0, bisect_right(sentence_starts, pos) - 1)
            found.append(f)
            taken.append((f.mention.start, f.mention.end))
    return found


def _bare(word: str) -> str:
    """A lowercase word without its possessive ("russia's" -> "russia")."""
    return word[:-2] if word.endswith("'s") else word


def _partial_value(parts: _DateParts) -> float:
    if parts.year is None and parts.month is not None and parts.day is not None:
        return float(parts.month * 100 + parts.day)
    if parts.year is None and parts.month is not None:
        return float(parts.month)
    return _date_value(parts)


# A comma or colon not between two digits, a semicolon, a bracket, a quote, a
# dash (spaced if a hyphen).  Written to open with one character class, which
# lets the regular expression engine skip ahead quickly.
_CLAUSE_BREAK_RE = re.compile(
    r"[,:;()\"“”—–\s](?:(?<=[,:])(?:(?<!\d[,:])|(?!\d))|(?<=[;()\"“”—–])|(?<=\s)[-–—]\s)"
)


def _clause_spans(folded: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for s, e in sentences or [(0, len(folded))]:
        pos = s
        for m in _CLAUSE_BREAK_RE.finditer(folded, s, e):
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = m.end()
        if e > pos:
            spans.append((pos, e))
    return spans


@dataclass(slots=True)
class _Parsed:
    first: int  # token index of the number's first token
    last: int  # token index of its last token
    value: float
    kind: NumberKind = "count"
    vague: tuple[float, float] | None = None
    vague_words: str = ""
    currency: str = ""
    unit_start: int = 0  # token index where the counted thing may start


def _adjacent(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


def _parse_number(toks: list[_Tok], i: int, folded: str) -> _Parsed | None:
    t = toks[i]
    n = len(toks)
    if t.kind == "d":
        return _parse_digits(toks, i, folded)
    lw = t.lower
    # vague plurals
    for words, low, high in _VAGUE_BY_FIRST.get(lw, ()):
        if tuple(tok.lower for tok in toks[i : i + len(words)]) == words:
            last = i + len(words) - 1
            after = last + 1
            if after < n and toks[after].lower == "of":
                after += 1
            words_text = _span_text(toks, i, last, folded)
            return _Parsed(
                i, last, low, vague=(low, high), vague_words=words_text, unit_start=after
            )
    if lw in _ORDINALS or _is_compound_ordinal(toks, i):
        return _parse_ordinal_word(toks, i)
    if lw in ("a", "an", "half", "one") or lw in _UNITS or lw in _TENS:
        return _parse_words(toks, i, folded)
    return None


def _span_text(toks: list[_Tok], i: int, j: int, folded: str) -> str:
    return folded[toks[i].start : toks[j].end]


def _is_compound_ordinal(toks: list[_Tok], i: int) -> bool:
    return (
        toks[i].lower in _TENS
        and i + 2 < len(toks)
        and toks[i + 1].text == "-"
        and _adjacent(toks[i], toks[i + 1])
        and toks[i + 2].lower in _ORDINALS
        and _ORDINALS[toks[i + 2].lower] < 10
    )


def _parse_ordinal_word(toks: list[_Tok], i: int) -> _Parsed | None:
    if _is_compound_ordinal(toks, i):
        value = _TENS[toks[i].lower] + _ORDINALS[toks[i + 2].lower]
        last = i + 2
    else:
        value = _ORDINALS[toks[i].lower]
        last = i
    # an ordinal counts something only when a noun follows ("fourth month")
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "w" or nxt.lower in STOPWORDS or nxt.lower in _NUMBER_WORDS:
        return None
    return _Parsed(i, last, float(value), kind="ordinal", unit_start=last + 1)


def _parse_words(toks: list[_Tok], i: int, folded: str) -> _Parsed | None:
    """Number words from ``toks[i]``: "seventy-two", "one hundred and five",
    "a dozen", "two dozen", "half a dozen", "four-and-a-half", "1.5 million"."""
    n = len(toks)

    def word(k: int) -> str:
        return toks[k].lower if k < n and toks[k].kind == "w" else ""

    def hyphen(k: int) -> bool:
        return (
            k + 1 < n
            and toks[k].text == "-"
            and _adjacent(toks[k - 1], toks[k])
            and _adjacent(toks[k], toks[k + 1])
        )

    lw = word(i)
    # "half a dozen", "half a million"
    if lw == "half":
        if word(i + 1) == "a" and word(i + 2) == "dozen":
            return _Parsed(i, i + 2, 6.0, unit_start=i + 3)
        if word(i + 1) == "a" and word(i + 2) in _SCALES:
            return _Parsed(i, i + 2, 0.5 * _SCALES[word(i + 2)], unit_start=i + 3)
        return None
    # "a dozen", "a hundred", "a million"
    if lw in ("a", "an"):
        nxt = word(i + 1)
        if nxt == "dozen":
            return _Parsed(i, i + 1, 12.0, unit_start=i + 2)
        if nxt == "hundred":
            value, last = 100.0, i + 1
        elif nxt in _SCALES:
            value, last = _SCALES[nxt], i + 1
        else:
            return None
        return _Parsed(i, last, value, unit_start=last + 1)

    total = 0.0
    current = 0.0
    last = -1
    k = i
    small_since_scale = False  # a units/teens/tens word since the last hundred/scale
    tens_open = False  # the last word was a tens word ("seventy"), a unit may follow
    while k < n:
        w = word(k)
        if w in _UNITS or w in _TENS:
            v = _UNITS.get(w, _TENS.get(w, 0))
            if small_since_scale and not (tens_open and w in _UNITS and _UNITS[w] < 10):
                break
            current += v
            tens_open = w in _TENS
            small_since_scale = True
            last = k
            k += 1
        elif w == "hundred" and last >= 0 and current and current < 100:
            current *= 100
            small_since_scale = False
            tens_open = False
            last = k
            k += 1
        elif w in _SCALES and last >= 0:
            total += (current or 1) * _SCALES[w]
            current = 0
            small_since_scale = False
            tens_open = False
            last = k
            k += 1
        elif (
            toks[k].text == "-"
            and last == k - 1
            and tens_open
            and hyphen(k)
            and word(k + 1) in _UNITS
        ):
            k += 1  # seventy-two
        elif (
            w == "and"
            and last == k - 1
            and not small_since_scale
            and (word(k + 1) in _UNITS or word(k + 1) in _TENS)
        ):
            k += 1  # one hundred and five
        else:
            break
    if last < 0:
        return None
    value = total + current
    # "four and a half", "four-and-a-half"
    j = last + 1
    seq: list[str] = []
    m = j
    while m < n and len(seq) < 3:
        if toks[m].text == "-" and _adjacent(toks[m - 1], toks[m]):
            m += 1
            continue
        if toks[m].kind != "w":
            break
        seq.append(toks[m].lower)
        m += 1
    if seq == ["and", "a", "half"]:
        value += 0.5
        last = m - 1
        if last + 1 < n and word(last + 1) in _SCALES:
            value *= _SCALES[word(last + 1)]
            last += 1
    # "two dozen" (not "dozens")
    if word(last + 1) == "dozen":
        value *= 12
        last += 1
    if value == 1 and toks[i].lower == "one" and last == i and not _one_counts(toks, i):
        return None
    return _Parsed(i, last, value, unit_start=last + 1)


def _one_counts(toks: list[_Tok], i: int) -> bool:
    """ "one" is a number only before a noun and not after a determiner ("no one")."""
    if i > 0 and toks[i - 1].lower in ("no", "any", "every", "some", "the", "this", "that", "each"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return bool(nxt and nxt.kind == "w" and nxt.lower not in STOPWORDS and nxt.lower != "another")


def _parse_digits(toks: list[_Tok], i: int, folded: str) -> _Parsed | None:
    t = toks[i]
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    # identifiers: "MH17", "Su-25", "G7", "COVID-19"
    if prev is not None and _adjacent(prev, t):
        if prev.kind == "w" or prev.kind == "d":
            return None
        if prev.text == "-" and i > 1 and _adjacent(toks[i - 2], prev) and toks[i - 2].kind in "wd":
            return None
        if prev.text in ".,:/":
            return None
    value = float(t.text.replace(",", ""))
    last = i
    kind: NumberKind = "count"
    currency = ""
    if prev is not None and prev.text in _CURRENCY_SYMBOLS and _adjacent(prev, t):
        currency = _CURRENCY_SYMBOLS[prev.text]
        kind = "money"
        if (
            i > 1
            and toks[i - 2].lower in ("us", "a", "au", "c", "ca", "nz")
            and _adjacent(toks[i - 2], prev)
        ):
            currency = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD"}.get(
                toks[i - 2].lower, "NZD"
            )
    elif prev is not None and prev.lower in ("usd", "eur", "gbp"):
        currency = prev.text.upper()
        kind = "money"
    nxt = toks[last + 1] if last + 1 < n else None
    # ordinal suffix: 1st, 21st, 4th
    if nxt is not None and _adjacent(t, nxt) and nxt.lower in ("st", "nd", "rd", "th"):
        return _Parsed(i, last + 1, value, kind="ordinal", unit_start=last + 2)
    # a letter suffix: 3bn, $5m
    if nxt is not None and _adjacent(t, nxt) and nxt.kind == "w":
        if nxt.lower in _SUFFIX_SCALES:
            value *= _SUFFIX_SCALES[nxt.lower]
            last += 1
        elif currency and nxt.lower in _MONEY_SUFFIX_SCALES:
            value *= _MONEY_SUFFIX_SCALES[nxt.lower]
            last += 1
        else:
            return None  # "5km", "3D", "10x": a measurement or an identifier
    nxt = toks[last + 1] if last + 1 < n else None
    # scale words: 2.5 million
    if nxt is not None and nxt.lower in _SCALES:
        value *= _SCALES[nxt.lower]
        last += 1
    elif nxt is not None and nxt.lower == "hundred":
        value *= 100
        last += 1
    nxt = toks[last + 1] if last + 1 < n else None
    nxt2 = toks[last + 2] if last + 2 < n else None
    if nxt is not None and nxt.text == "%":
        return _Parsed(i, last + 1, value, kind="percent", unit_start=last + 2)
    if nxt is not None and nxt.lower == "percent":
        return _Parsed(i, last + 1, value, kind="percent", unit_start=last + 2)
    if nxt is not None and nxt2 is not None and nxt.lower == "per" and nxt2.lower == "cent":
        return _Parsed(i, last + 2, value, kind="percent", unit_start=last + 3)
    if nxt is not None and nxt.lower in _CURRENCY_WORDS:
        return _Parsed(
            i,
            last + 1,
            value,
            kind="money",
            currency=_CURRENCY_WORDS[nxt.lower],
            unit_start=last + 2,
        )
    if kind == "money":
        return _Parsed(i, last, value, kind="money", currency=currency, unit_start=last + 1)
    # a year: 4 digits, no separators, 1800-2100, not counting a plural noun
    if re.fullmatch(r"(?:1[89]|20)\d\d|2100", t.text) and last == i:
        following = nxt.lower if nxt is not None and nxt.kind == "w" else ""
        if not (following and _is_plural(following) and following not in STOPWORDS):
            return _Parsed(i, last, value, kind="date", unit_start=last + 1)
    return _Parsed(i, last, value, kind=kind, currency=currency, unit_start=last + 1)


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS or w in _UNIT_ALIASES:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s"))


def _is_participle(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PARTICIPLES or (len(w) > 4 and w.endswith("ed"))


def _hedge_before(toks: list[_Tok], i: int) -> tuple[str | None, str | None, int]:
    """The hedge that ends right before ``toks[i]``: (its words, its bound, first token)."""
    if i == 0 or toks[i - 1].lower not in _HEDGE_ENDS:
        return None, None, i  # most numbers: no hedge ends before them
    words: list[_Tok] = []
    k = i - 1
    while k >= 0 and len(words) < _MAX_HEDGE and toks[k].kind == "w":
        words.insert(0, toks[k])
        k -= 1
    for size in range(len(words), 0, -1):
        key = tuple(w.lower for w in words[-size:])
        if key in _HEDGES:
            return " ".join(w.text for w in words[-size:]), _HEDGES[key], i - size
    return None, None, i


def _hedge_after(toks: list[_Tok], j: int) -> tuple[str | None, str | None, int]:
    """A hedge right after the number ending at ``toks[j]``; returns its last token index."""
    n = len(toks)
    if j + 1 < n and toks[j + 1].text == "+" and _adjacent(toks[j], toks[j + 1]):
        return "+", "min", j + 1
    k = j + 1
    if k < n and toks[k].text == "-" and _adjacent(toks[j], toks[k]):
        k += 1
    if k >= n or toks[k].lower not in _POST_HEDGE_STARTS:
        return None, None, j  # most numbers: no hedge follows them
    for size in (2, 1):
        key = tuple(t.lower for t in toks[k : k + size])
        if len(key) == size and key in _POST_HEDGES:
            if size == 1 and k == j + 1:
                continue  # "plus"/"odd" only hyphenated: "50-plus", "30-odd"
            return " ".join(t.text for t in toks[k : k + size]), _POST_HEDGES[key], k + size - 1
    return None, None, j


def _bounds(value: float, bound: str | None) -> tuple[float, float]:
    if bound is None:
        return value, value
    if bound == "min":
        return value, _INF
    if bound == "max":
        return 0.0, value
    width = max(1.0, abs(value) * 0.1)
    if bound == "below":
        return value - width, value
    return value - width, value + width


def _analyse(p: _Parsed, toks: list[_Tok], folded: str, text: str, paragraph: str) -> _Found | None:
    """Hedge, counted thing and context of a parsed number; ``toks`` is its clause."""
    n = len(toks)
    start, end = toks[p.first].start, toks[p.last].end
    kind = p.kind
    if kind == "money" and p.first > 0 and toks[p.first - 1].text in _CURRENCY_SYMBOLS:
        start = toks[p.first - 1].start
        if (
            p.first > 1
            and _adjacent(toks[p.first - 2], toks[p.first - 1])
            and toks[p.first - 2].lower in ("us", "a", "au", "c", "ca", "nz")
        ):
            start = toks[p.first - 2].start
    first = p.first
    while first > 0 and toks[first - 1].start >= start:
        first -= 1
    qualifier, bound, hedge_first = _hedge_before(toks, first)
    post_q, post_bound, last = _hedge_after(toks, p.last)
    if post_q is not None:
        qualifier = post_q if qualifier is None else f"{qualifier} … {post_q}"
        bound = bound or post_bound
    info = _Info()
    if kind == "date":  # a bare year
        parts = _DateParts(int(p.value), None, None)
        info.date = parts
        return _Found(NumberMention(paragraph, text[start:end], start, end, p.value, "date"), info)
    if p.vague is not None:
        low, high = p.vague
        qualifier = p.vague_words if qualifier is None else f"{qualifier} {p.vague_words}"
        info.vague = True
    else:
        low, high = _bounds(p.value, bound)

    # index nouns before the number: "day 567", "page 4"; measures: "magnitude 6.8"
    prev = toks[hedge_first - 1] if hedge_first > 0 else None
    if kind == "count" and prev is not None and prev.lower in _MEASURE_NOUNS:
        info.noun = stem(prev.lower)
        info.label = prev.lower
        _context(info, toks, hedge_first - 1, last + 1, set(), folded)
        m = NumberMention(
            paragraph, text[start:end], start, end, p.value, kind, qualifier, prev.lower, low, high
        )
        return _Found(m, info)
    if kind == "count" and prev is not None and prev.lower in _INDEX_NOUNS and not info.vague:
        kind = "ordinal"
        info.noun = stem(prev.lower)
        info.label = prev.lower
        unit = prev.lower
        _context(info, toks, hedge_first - 1, last + 1, set(), folded)
        m = NumberMention(
            paragraph, text[start:end], start, end, p.value, kind, qualifier, unit, low, high
        )
        return _Found(m, info)

    # the counted thing
    j = max(p.unit_start, last + 1)
    unit_words: list[_Tok] = []
    own: set[int] = set()
    measure = ""
    if (
        j < n
        and toks[j].text == "-"
        and j + 1 < n
        and _adjacent(toks[j - 1], toks[j])
        and _adjacent(toks[j], toks[j + 1])
        and toks[j + 1].kind == "w"
    ):
        measure = toks[j + 1].lower  # "4.5-hour period", "10-day"
        own.update((j, j + 1))
        j += 2
    if j < n and toks[j].lower == "of":
        info.partitive = True
        own.add(j)
        j += 1
        while j < n and toks[j].lower in (
            "the",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
        ):
            own.add(j)
            j += 1
        if j < n and toks[j].lower in ("them", "us", "which", "whom", "those", "these", "it"):
            j = n  # "three of them": the noun is elsewhere
    bracket = False
    while j < n and len(unit_words) < 5:
        t = toks[j]
        if t.text == "[":
            bracket = True
            own.add(j)
            j += 1
            continue
        if t.text == "]":
            bracket = False
            own.add(j)
            j += 1
            continue
        if (
            t.text == "-"
            and unit_words
            and _adjacent(toks[j - 1], t)
            and j + 1 < n
            and _adjacent(t, toks[j + 1])
        ):
            own.add(j)
            j += 1
            continue
        if t.kind != "w" or t.lower in STOPWORDS or t.lower in _NUMBER_WORDS:
            if bracket and t.kind == "w":
                own.add(j)
                j += 1
                continue
            break
        if t.lower in _WEEKDAYS or t.lower in _MONTHS:
            break
        unit_words.append(t)
        own.add(j)
        j += 1
    head = -1
    if p.value != 1 or info.vague:
        head = next((k for k, w in enumerate(unit_words) if _is_plural(w.lower)), -1)
    if head < 0 and unit_words:
        if _is_participle(unit_words[0].lower):
            info.state = stem(unit_words[0].lower)
            info.label = unit_words[0].lower
            unit_words = unit_words[:1]
        else:
            # singular or unmarked: the last word before a participle or -ing
            head = 0
            for k, w in enumerate(unit_words[1:], 1):
                if _is_participle(w.lower) or w.lower.endswith("ing"):
                    break
                head = k
    state_tok: _Tok | None = None
    if head >= 0:
        noun_tok = unit_words[head]
        after = unit_words[head + 1 :]
        unit_words = unit_words[: head + 1]
        info.noun = stem(_UNIT_ALIASES.get(noun_tok.lower, noun_tok.lower))
        info.modifiers = _frozen(stem(w.lower) for w in unit_words[:-1] if w.lower not in STOPWORDS)
        if after and _is_participle(after[0].lower):
            state_tok = after[0]
        elif not after:
            k = j
            while k < n and toks[k].lower in _AUXILIARIES:
                k += 1
            if k < n and toks[k].kind == "w" and _is_participle(toks[k].lower):
                state_tok = toks[k]
                own.add(k)
        if state_tok is not None:
            info.state = stem(state_tok.lower)
        words = [w.text for w in unit_words]
        label_noun = noun_tok.lower
        if len(unit_words) > 1 and unit_words[-2].text[:1].islower():
            label_noun = f"{unit_words[-2].lower} {label_noun}"  # "cruise missiles"
        info.label = label_noun + (f" {state_tok.lower}" if state_tok is not None else "")
        unit = " ".join(words)
    else:
        unit = info.label
    # what happened to it: the verb before the number
    pre = ""
    k = hedge_first - 1
    steps = 0
    while k >= 0 and steps < 4:
        t = toks[k]
        if t.kind != "w":
            break
        if t.lower in _CONJUNCTIONS:
            break
        if t.lower in _PRE_SKIP or t.lower in STOPWORDS or t.lower in _ANAPHORIC:
            if steps == 0 and t.lower in _ANAPHORIC:
                info.anaphoric = True
            k -= 1
            steps += 1
            continue
        if t.text[:1].isupper():
            break
        pre = t.lower
        break
    if not info.state and pre and (_is_participle(pre) or pre.endswith("ing")):
        info.state = stem(pre)
    preds = {stem(pre)} if pre else set()
    if info.state:
        preds.add(info.state)
    info.preds = _frozen(preds - _REPORTING - {""})
    info.outcome = _OUTCOMES.get(info.state, "") or next(
        (_OUTCOMES[x] for x in sorted(info.preds) if x in _OUTCOMES), ""
    )
    if kind == "count" and measure in _MEASURE_NOUNS:
        info.noun = stem(measure)  # "a 6.8-magnitude earthquake"
        info.label = unit = measure
    if kind == "count" and measure in _TIME_UNITS:
        kind = "duration"
        unit = _TIME_UNITS[measure]
        info.noun = stem(unit)
        info.label = unit
    elif kind == "count" and info.noun and unit_words and unit_words[-1].lower in _TIME_UNITS:
        kind = "duration"
        unit = _TIME_UNITS[unit_words[-1].lower]
    elif kind == "money":
        unit = p.currency + (f" {unit}" if unit else "")
    # a hedge after the thing counted: "30 minutes or more"
    if qualifier is None and not info.vague and j + 1 < n:
        key = (toks[j].lower, toks[j + 1].lower)
        if key in _POST_HEDGES:
            qualifier = f"{toks[j].text} {toks[j + 1].text}"
            low, high = _bounds(p.value, _POST_HEDGES[key])
            own.update((j, j + 1))
    if not info.label:
        info.label = unit
    _context(info, toks, hedge_first, max(j, last + 1), own, folded)
    if not info.noun and not info.outcome:
        # "the death toll has risen to 2,012": the clause says what is counted
        found = sorted({_OUTCOMES[w] for w in info.context if w in _OUTCOMES})
        if len(found) == 1:
            info.outcome = found[0]
            info.label = info.label or found[0]
    m = NumberMention(
        paragraph, text[start:end], start, end, p.value, kind, qualifier, unit, low, high
    )
    return _Found(m, info)


def _context(
    info: _Info, toks: list[_Tok], first: int, stop: int, own: set[int], folded: str
) -> None:
    """Fill in the clause's other content words and the names it mentions."""
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
        context, name = _context_word(t.text)
        if name is not None and not initial:
            names.add(name)
        if context is not None:
            ctx.add(context)
    info.context = _frozen(ctx)
    info.names = _frozen(names)


_HEDGE_WORDS = frozenset(w for key in _HEDGES for w in key) | frozenset(
    w for key in _POST_HEDGES for w in key
)
_NOT_CONTEXT = STOPWORDS | _NUMBER_WORDS | _HEDGE_WORDS


@lru_cache(maxsize=65536)
def _context_word(word: str) -> tuple[str | None, str | None]:
    """What a word (as written) gives the context of its clause: its stem, unless
    it is a function, number, hedge or reporting word; and the name it may be
    (lowercased), if capitalised and no date word or nationality."""
    lw = word.lower()
    if lw in _NOT_CONTEXT or len(lw) < 3:
        return None, None
    name = None
    if (
        word[:1].isupper()
        and lw not in _WEEKDAYS
        and lw not in _MONTHS
        and not _DEMONYM_RE.search(lw)
    ):
        name = _bare(lw)
    s = stem(lw)
    return (None if s in _REPORTING else s), name


# --------------------------------------------------------------------------- resolving dates


def _resolve(f: _Found, reference: date) -> _Found:
    """Give weekdays and year-less dates their full YYYYMMDD value."""
    parts = f.info.date
    m = f.mention
    if parts is None:
        return f
    if parts.weekday is not None:
        back = (reference.isoweekday() - parts.weekday) % 7
        day = reference - timedelta(days=back)
        resolved = _DateParts(day.year, day.month, day.day)
    elif parts.year is None and parts.month is not None:
        year = reference.year
        if parts.day is not None:
            try:
                candidate = date(year, parts.month, parts.day)
            except ValueError:
                return f
            if (candidate - reference).days > 183:
                year -= 1
        elif parts.month - reference.month > 6:
            year -= 1
        resolved = _DateParts(year, parts.month, parts.day)
    else:
        return f
    value = _date_value(resolved)
    info = replace(f.info, date=resolved)
    return _Found(replace(m, value=value, kind="date", low=value, high=value), info)


def _full_date(f: _Found) -> date | None:
    parts = f.info.date
    if parts is None or parts.weekday is not None:
        return None
    if parts.year is None or parts.month is None or parts.day is None:
        return None
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- linking


@dataclass(slots=True)
class _Item:
    index: int
    m: NumberMention
    info: _Info
    article: str
    paragraph: str
    order: tuple[int, int, int]  # article, paragraph, offset
    groups: frozenset[int] = frozenset()  # the alignment groups of its paragraph


@dataclass(slots=True)
class _Clusters:
    """Union-find over mentions that remembers each cluster's articles and values."""

    items: list[_Item]
    parent: list[int] = field(default_factory=list)
    articles: list[set[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.items)))
        self.articles = [{it.article} for it in self.items]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.articles[ra]) < len(self.articles[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.articles[ra] |= self.articles[rb]


_Sentence = tuple[str, int]  # paragraph id, sentence index

_COUNTABLE: frozenset[str] = frozenset({"count", "percent", "money", "ordinal", "duration"})


@gc_paused
def link_quantities(
    articles: Sequence[Article], *, groups: Sequence[Sequence[str]] = ()
) -> list[Quantity]:
    """Link mentions of the same quantity across ``articles`` and give each a verdict.

    ``groups`` are the alignment groups (paragraph ids that report the same
    facts; a group may hold several paragraphs of one article).  Only
    quantities mentioned in two or more places are returned.
    """
    items = _collect(articles)
    if not items:
        return []
    sets: dict[str, set[int]] = defaultdict(set)
    for gi, g in enumerate(groups):
        for pid in g:
            sets[pid].add(gi)
    para_groups = {pid: frozenset(gs) for pid, gs in sets.items()}
    for it in items:
        it.groups = para_groups.get(it.paragraph, frozenset())

    def aligned(a: _Item, b: _Item) -> bool:
        return a.paragraph == b.paragraph or not a.groups.isdisjoint(b.groups)

    uf = _Clusters(items)
    _link_dates(items, uf, aligned)
    _link_equal(items, uf, aligned)
    _link_parallel(items, uf)
    _link_different(items, uf, aligned)
    return _quantities(items, uf)


def _collect(articles: Sequence[Article]) -> list[_Item]:
    """Every mention of every content paragraph, dates resolved."""
    per_article: list[tuple[int, Article, list[tuple[int, Paragraph, list[_Found]]]]] = []
    latest: date | None = None
    article_latest: dict[str, date] = {}
    for ai, article in enumerate(articles):
        rows: list[tuple[int, Paragraph, list[_Found]]] = []
        for pi, p in enumerate(article.paragraphs):
            if p.repeat_of is not None:
                continue
            found = _scan(p.text, p.id)
            for f in found:
                d = _full_date(f)
                if d is not None:
                    if article.id not in article_latest or d > article_latest[article.id]:
                        article_latest[article.id] = d
                    if latest is None or d > latest:
                        latest = d
            if p.kind != "metadata":
                rows.append((pi, p, found))
        per_article.append((ai, article, rows))
    items: list[_Item] = []
    for ai, article, rows in per_article:
        ref = _reference(article_latest.get(article.id), latest)
        for pi, p, found in rows:
            for f in found:
                if ref is not None:
                    f = _resolve(f, ref)
                items.append(
                    _Item(
                        len(items), f.mention, f.info, article.id, p.id, (ai, pi, f.mention.start)
                    )
                )
    return items


def _reference(own: date | None, overall: date | None) -> date | None:
    """The date weekdays are counted back from: the article's latest full date,
    unless it is far older than the comparison's (a historical date), then that."""
    if own is None:
        return overall
    if overall is not None and (overall - own).days > 14:
        return overall
    return own


def _link_dates(items: list[_Item], uf: _Clusters, aligned: Any) -> None:
    by_value: dict[tuple[str, float], list[_Item]] = defaultdict(list)
    for it in items:
        if it.m.kind in ("date", "weekday"):
            by_value[(it.m.kind, it.m.value)].append(it)
    for bucket in by_value.values():
        for other in bucket[1:]:
            uf.union(bucket[0].index, other.index)
    times: dict[float, list[_Item]] = defaultdict(list)
    for it in items:
        if it.m.kind == "time":
            times[it.m.value].append(it)
    for bucket in times.values():
        for a_i, a in enumerate(bucket):
            for b in bucket[a_i + 1 :]:
                if aligned(a, b):
                    uf.union(a.index, b.index)


def _same_sentence(a: _Item, b: _Item) -> bool:
    return a.paragraph == b.paragraph and a.info.sentence == b.info.sentence


def _names_conflict(a: _Info, b: _Info) -> bool:
    """Each clause names something (a place, a person) that the other's paragraph
    does not mention at all: likely two different events."""
    if not a.names or not b.names:
        return False
    return not (a.names & b.words) and not (b.names & a.words)


def _states_conflict(a: _Info, b: _Info) -> bool:
    """Both say what happened to the people counted, and it is not the same thing."""
    return bool(a.outcome) and bool(b.outcome) and a.outcome != b.outcome


def _unit_match(a: _Info, b: _Info) -> bool:
    """The same thing counted: one noun, or (a noun missing) one state or outcome
    ("24 people injured" / "two dozen injured"; "2,012 people killed" / "the
    death toll rose to 2,012")."""
    if a.noun and b.noun:
        return a.noun == b.noun
    return (bool(a.state) and a.state == b.state) or (bool(a.outcome) and a.outcome == b.outcome)


def _link_equal(items: list[_Item], uf: _Clusters, aligned: Any) -> None:
    """Equal values of one counted thing."""
    buckets: dict[tuple[str, float, str], list[_Item]] = defaultdict(list)
    for it in items:
        if it.m.kind in _COUNTABLE and not it.info.vague:
            currency = it.m.unit.split(" ")[0] if it.m.kind == "money" else ""
            buckets[(it.m.kind, it.m.value, currency)].append(it)
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        # a link needs the same noun, the same state or a shared verb
        keyed: dict[tuple[str, str], list[_Item]] = defaultdict(list)
        for it in bucket:
            if it.info.noun:
                keyed[("noun", it.info.noun)].append(it)
            if it.info.state:
                keyed[("state", it.info.state)].append(it)
            if it.info.outcome:
                keyed[("outcome", it.info.outcome)].append(it)
            for pred in it.info.preds:
                keyed[("pred", pred)].append(it)
        for lst in keyed.values():
            _link_list(lst, uf, aligned)


def _link_list(lst: list[_Item], uf: _Clusters, aligned: Any) -> None:
    """Link the items of ``lst`` (equal values that share a noun, state or verb):
    each item is tried against one cluster after another, and joins each
    cluster that one of its members accepts it into."""
    clusters: dict[int, list[_Item]] = {}
    for b in lst:
        rb = uf.find(b.index)
        for r in list(clusters):
            members = clusters.get(r)
            if members is None or uf.find(r) == rb:
                continue
            for a in members:
                if not _same_sentence(a, b) and _equal_ok(a, b, aligned(a, b)):
                    uf.union(a.index, b.index)
                    rb_members = clusters.pop(rb, [])
                    del clusters[r]
                    rb = uf.find(b.index)
                    clusters[rb] = members + rb_members
                    break
        clusters.setdefault(rb, []).append(b)


def _equal_ok(a: _Item, b: _Item, is_aligned: bool) -> bool:
    """May two mentions of one value be the same quantity?"""
    ia, ib = a.info, b.info
    same_article = a.article == b.article
    if _states_conflict(ia, ib):
        return False
    if _unit_match(ia, ib):
        if is_aligned:
            return True
        if same_article and (ia.anaphoric or ib.anaphoric) and ia.noun:
            return True  # "all three drones" after "three drones"
        support = bool(ia.context & ib.context) or bool(ia.preds & ib.preds)
        return support and not _names_conflict(ia, ib)
    if ia.noun and ib.noun and ia.preds & ib.preds:
        # different nouns for one thing ("vessels" / "ships"): the same verb governs both
        return is_aligned or (same_article and not _names_conflict(ia, ib))
    return False


def _link_parallel(items: list[_Item], uf: _Clusters) -> None:
    """Sentences that share a linked quantity (same counted noun, two articles):
    their other equal values, each alone of its value in its sentence, are one
    quantity too ("ten cruise missiles ... three unmanned motorboats" /
    "10 cruise missiles ... three drones")."""
    by_sentence: dict[_Sentence, list[_Item]] = defaultdict(list)
    for it in items:
        if it.m.kind in _COUNTABLE and not it.info.vague:
            by_sentence[(it.paragraph, it.info.sentence)].append(it)
    # the quantities that two articles report with the same noun
    arts: dict[tuple[int, str], set[str]] = defaultdict(set)
    for it in items:
        if it.m.kind in _COUNTABLE and not it.info.vague and it.info.noun:
            arts[(uf.find(it.index), it.info.noun)].add(it.article)
    anchors = {key for key, a in arts.items() if len(a) > 1}
    buckets: dict[tuple[int, str, str, float], list[_Item]] = defaultdict(list)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        roots = {(uf.find(it.index), it.info.noun) for it in members if it.info.noun} & anchors
        if not roots:
            continue
        counts = Counter((it.m.kind, it.m.value) for it in members)
        for it in members:
            if counts[(it.m.kind, it.m.value)] == 1:
                for root, noun in roots:
                    buckets[(root, noun, it.m.kind, it.m.value)].append(it)
    for bucket in buckets.values():
        if len({it.article for it in bucket}) > 1:
            for it in bucket[1:]:
                uf.union(bucket[0].index, it.index)


def _link_different(items: list[_Item], uf: _Clusters, aligned: Any) -> None:
    """Different values of one counted thing: the discrepancies."""
    # what is counted: what happened to the people, else the noun
    by_noun: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for it in items:
        if it.m.kind in ("count", "percent", "money", "duration") and (
            it.info.noun or it.info.outcome
        ):
            what = f"outcome:{it.info.outcome}" if it.info.outcome else it.info.noun
            by_noun[(it.m.kind, what)].append(it)
    candidates: list[_Candidate] = []
    for bucket in by_noun.values():
        if len(bucket) >= 2:
            candidates.extend(_different_candidates(bucket, uf, aligned))
    # by rank, closeness, then reading order (unique: the indices never decide)
    candidates.sort()
    for *_, ia, ib in candidates:
        ra, rb = uf.find(ia), uf.find(ib)
        if ra == rb:
            continue
        a, b = items[ia], items[ib]
        arts_a, arts_b = uf.articles[ra], uf.articles[rb]
        # both values already confirmed by two outlets each: two quantities
        if len(arts_a) > 1 and len(arts_b) > 1:
            continue
        # across outlets, one value per outlet and quantity
        if a.article != b.article and (b.article in arts_a or a.article in arts_b):
            continue
        uf.union(a.index, b.index)


#: A possible discrepancy: rank, closeness, the two mentions' places in reading
#: order and their indices (the lower index first).  Plain values only: there
#: are many, and the garbage collector need not look into them.
_Candidate = tuple[int, float, tuple[int, int, int], tuple[int, int, int], int, int]


def _different_candidates(bucket: list[_Item], uf: _Clusters, aligned: Any) -> list[_Candidate]:
    """The pairs of one counted thing that may be one quantity with different
    values, scored.

    Only pairs that :func:`_different_score` can accept are scored: a vague
    value and a value in its range, or two exact values at most twice apart
    (sorted, so each value meets only those above it up to twice its size),
    with some support (aligned paragraphs, a shared modifier or context word).
    """
    roots = {it.index: uf.find(it.index) for it in bucket}
    partners: list[tuple[_Item, list[_Item]]] = []
    vague = [it for it in bucket if it.info.vague]
    if vague:
        others = [it for it in bucket if not it.info.vague]
        for x, a in enumerate(vague):
            low, high = a.m.low, a.m.high
            near = [b for b in vague[x + 1 :] if low <= b.m.high and b.m.low <= high]
            near += [b for b in others if low <= b.m.high and b.m.low <= high]
            partners.append((a, near))
    exact = sorted(
        (it for it in bucket if not it.info.vague and it.m.value != 0),
        key=lambda it: abs(it.m.value),
    )
    sizes = [abs(it.m.value) for it in exact]
    for x, a in enumerate(exact):
        # a little over twice: the exact test (a ratio) is made by the score
        top = bisect_right(sizes, sizes[x] * 2.000001, x + 1)
        partners.append((a, exact[x + 1 : top]))
    out: list[_Candidate] = []
    for a, near in partners:
        root = roots[a.index]
        value = a.m.value
        vague_a = a.info.vague
        modifiers = a.info.modifiers
        context = a.info.context
        for b in near:
            if roots[b.index] == root:
                continue  # already one quantity
            if b.m.value == value and not (vague_a or b.info.vague):
                continue  # an equal value is no discrepancy
            is_aligned = aligned(a, b)
            if (
                not is_aligned
                and modifiers.isdisjoint(b.info.modifiers)
                and context.isdisjoint(b.info.context)
            ):
                continue  # nothing supports it
            score = _different_score(a, b, is_aligned)
            if score is not None:
                first, second = (a, b) if a.index < b.index else (b, a)
                rank, closeness = score
                out.append((rank, closeness, first.order, second.order, first.index, second.index))
    return out


def _different_score(a: _Item, b: _Item, is_aligned: bool) -> tuple[int, float] | None:
    ia, ib = a.info, b.info
    if a.paragraph == b.paragraph and ia.sentence == ib.sentence:
        return None  # one sentence (see _same_sentence)
    same_article = a.article == b.article
    if same_article and (ia.partitive or ib.partitive):
        return None  # "seven of the missiles" is a part of the ten, not another count
    if ia.outcome and ib.outcome and ia.outcome != ib.outcome:
        return None  # "killed" and "injured" are different counts (see _states_conflict)
    if ia.noun and ib.noun and ia.noun != ib.noun:
        return None  # "soldiers killed" and "civilians killed" are different counts
    if ia.vague or ib.vague:
        if not (a.m.low <= b.m.high and b.m.low <= a.m.high):
            return None
        closeness = 0.0
    else:
        lo, hi = abs(a.m.value), abs(b.m.value)
        if hi < lo:
            lo, hi = hi, lo
        if lo == 0 or hi / lo > 2:
            return None  # not the same order of magnitude
        closeness = (hi - lo) / hi
    if is_aligned:
        return 0, closeness
    shared_modifiers = not ia.modifiers.isdisjoint(ib.modifiers)
    if same_article:
        if shared_modifiers and not _names_conflict(ia, ib):
            return 1, closeness
        return None
    shared_context = ia.context & ib.context
    if (shared_modifiers or len(shared_context) >= 2) and shared_context:
        if not _names_conflict(ia, ib):
            return 2, closeness
    return None


# --------------------------------------------------------------------------- output


def _verdict(mentions: Sequence[NumberMention]) -> Verdict:
    values = {m.value for m in mentions}
    hedges = {m.qualifier for m in mentions}
    if len(values) == 1 and len(hedges) == 1:
        return "agree"
    low = max(m.low for m in mentions)
    high = min(m.high for m in mentions)
    return "compatible" if low <= high else "differ"


def _quantities(items: list[_Item], uf: _Clusters) -> list[Quantity]:
    clusters: dict[int, list[_Item]] = defaultdict(list)
    for it in items:
        clusters[uf.find(it.index)].append(it)
    out: list[tuple[tuple[int, int, int], Quantity]] = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda it: it.order)
        mentions = tuple(it.m for it in members)
        kinds = Counter(m.kind for m in mentions)
        kind = kinds.most_common(1)[0][0]
        if kind in ("date", "weekday"):
            label = "date"
        elif kind == "time":
            label = "time"
        else:
            labels = Counter(it.info.label for it in members if it.info.label)
            label = _best_label(labels, members)
        verdict: Verdict = "agree" if kind in ("date", "weekday", "time") else _verdict(mentions)
        out.append((members[0].order, Quantity("", label, verdict, mentions, kind)))
    out.sort(key=lambda pair: pair[0])
    return [replace(q, id=f"N{i + 1}") for i, (_, q) in enumerate(out)]


def _best_label(labels: Counter[str], members: Iterable[_Item]) -> str:
    if not labels:
        return next((it.m.unit for it in members if it.m.unit), "number")
    best = max(labels.values())
    # the most frequent; among equals, the one with a state ("ships damaged")
    tied = [lab for lab, c in labels.items() if c == best]
    return max(tied, key=lambda lab: (len(lab.split()), -list(labels).index(lab)))

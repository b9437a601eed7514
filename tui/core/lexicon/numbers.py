"""Number words, hedges, units and currencies, and the words around a count.

The tables the quantity finder (:mod:`tui.core.quantities`) reads; the
alignment uses :data:`NUMBER_WORDS` and :data:`MULTIPLIERS` for its number
terms.  Words are lowercase; the algorithms stem them where they need to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# --------------------------------------------------------------------------- number words

#: Units and teens: "zero" .. "nineteen".
UNITS: dict[str, int] = {
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
#: Tens: "twenty" .. "ninety".
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Scale words: "3 million", "a thousand".
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

#: Number words and their values, for other parts of the engine that need a
#: plain word-to-value lookup (the alignment's number terms).
NUMBER_WORDS: dict[str, int] = {**UNITS, **TENS, "hundred": 100, "dozen": 12}
#: Words that multiply the number before them: "two dozen", "3 million".
MULTIPLIERS: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    **{k: int(v) for k, v in SCALES.items()},
}
#: Ordinal words: "first" .. "hundredth".
ORDINALS: dict[str, int] = {
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
#: Every word that is (part of) a number: never the thing counted.
ALL_NUMBER_WORDS: frozenset[str] = frozenset(
    [*UNITS, *TENS, *SCALES, *ORDINALS, "hundred", "dozen", "dozens", "half"]
)
#: Ordinal suffixes of digits: "1st", "21st", "4th".
ORDINAL_SUFFIXES: frozenset[str] = frozenset(("st", "nd", "rd", "th"))
#: Determiners before which "one" is no count ("no one", "the one").
NOT_ONE_AFTER: frozenset[str] = frozenset(
    ("no", "any", "every", "some", "the", "this", "that", "each")
)


@dataclass(frozen=True, slots=True)
class VaguePlural:
    """A plural that gives a range, not a value: "dozens", "tens of thousands"."""

    words: tuple[str, ...]
    low: float
    """The least value it allows (and the value it is given)."""
    high: float
    """The greatest value it allows."""


#: Vague plurals, longest first where two start alike.
VAGUE_PLURALS: tuple[VaguePlural, ...] = (
    VaguePlural(("tens", "of", "thousands"), 2e4, 1e5),
    VaguePlural(("hundreds", "of", "thousands"), 2e5, 1e6),
    VaguePlural(("tens", "of", "millions"), 2e7, 1e8),
    VaguePlural(("hundreds", "of", "millions"), 2e8, 1e9),
    VaguePlural(("dozens",), 24, 144),
    VaguePlural(("scores",), 40, 200),
    VaguePlural(("hundreds",), 200, 1000),
    VaguePlural(("thousands",), 2000, 1e4),
    VaguePlural(("millions",), 2e6, 1e7),
    VaguePlural(("billions",), 2e9, 1e10),
)

# --------------------------------------------------------------------------- hedges

#: How a hedge bounds the value: "min" at least the value, "max" at most,
#: "approx" around it, "below" a little under it.
HedgeBound = Literal["min", "max", "approx", "below"]

#: Hedges before a number: words -> how they bound the value.
HEDGES: dict[tuple[str, ...], HedgeBound] = {
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
#: Hedges after a number ("24 or more", "50-plus", "30-odd").
POST_HEDGES: dict[tuple[str, ...], HedgeBound] = {
    ("or", "more"): "min",
    ("or", "so"): "approx",
    ("or", "fewer"): "max",
    ("or", "less"): "max",
    ("plus",): "min",
    ("odd",): "approx",
}

# --------------------------------------------------------------------------- units and money

#: Time units, singular or plural -> plural: "10-day", "30 minutes".
TIME_UNITS: dict[str, str] = {
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
INDEX_NOUNS: frozenset[str] = frozenset(
    "day week page chapter article section flight route highway room gate level round "
    "phase stage number no platform line exit".split()
)
#: Nouns that stand before the number they measure ("magnitude 6.8", "category 4").
MEASURE_NOUNS: frozenset[str] = frozenset("magnitude category level force grade".split())
#: Abbreviated units, spelt out ("72 km" is "72 kilometres").
UNIT_ALIASES: dict[str, str] = {
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
#: Currency symbols -> ISO code.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₴": "UAH",
    "₽": "RUB",
}
#: Letters right before "$" that say whose dollar it is ("US$5", "A$3").
DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD",
    "a": "AUD",
    "au": "AUD",
    "c": "CAD",
    "ca": "CAD",
    "nz": "NZD",
}
#: Currency codes written before the amount ("USD 5").
CURRENCY_CODES: frozenset[str] = frozenset(("usd", "eur", "gbp"))
#: Currency words after the amount -> ISO code ("5 euros").
CURRENCY_WORDS: dict[str, str] = {
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
#: Scale suffixes of digits: "3bn", "2tn".
#: Words after a figure that make it a percentage ("40 percent", "58 pct";
#: "per cent" is two words and read as such).
PERCENT_WORDS: frozenset[str] = frozenset(("percent", "pct"))

SUFFIX_SCALES: dict[str, float] = {"bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "mln": 1e6}
#: Scale suffixes of money only: "$5m", "£3k".
MONEY_SUFFIX_SCALES: dict[str, float] = {"m": 1e6, "b": 1e9, "k": 1e3}

# --------------------------------------------------------------------------- around a count

#: Plural nouns that do not end in -s.
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    "people men women children police personnel staff aircraft cattle livestock feet teeth "
    "mice geese sheep fish deer crew militia offspring folk".split()
)
#: Participles that do not end in -ed.
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    "shot hit struck hurt dead missing held taken stolen lost built sunk sank fired thrown "
    "seen found left brought caught slain downed burnt burned torn hidden".split()
)
#: Determiners between a partitive "of" and its noun ("seven of the missiles").
#: Prepositions the general stop words leave out: they end the counted noun
#: phrase ("8 Chinese among 157 victims": the noun is "Chinese").
PHRASE_BREAKS: frozenset[str] = frozenset(
    "across along amid amidst among amongst around behind beneath beside besides beyond "
    "despite except including inside near onto outside throughout underneath unlike".split()
)
#: Words that join two figures of one phrase ("7.8 and 7.6 magnitude",
#: "between 150 and 200 people", "12 to 15 dead"): the words after the
#: second say what both count.
RANGE_JOINERS: frozenset[str] = frozenset(("and", "or", "to"))
PARTITIVE_DETERMINERS: frozenset[str] = frozenset(
    ("the", "these", "those", "its", "their", "his", "her", "our")
)
#: Pronouns after a partitive "of": the noun is elsewhere ("three of them").
PARTITIVE_PRONOUNS: frozenset[str] = frozenset(
    ("them", "us", "which", "whom", "those", "these", "it")
)
#: Words between a number and its verb that carry no meaning for linking.
AUXILIARIES: frozenset[str] = frozenset(
    "was were had has have been being be is are reportedly also later all now still "
    "allegedly initially apparently subsequently".split()
)
#: Reporting verbs: they contribute nothing to what is counted.
REPORTING_VERBS: tuple[str, ...] = tuple(
    "said says say reported reports reporting told according claimed claims announced "
    "stated added noted confirmed cited quoted".split()
)
#: Words before a number that do not say what happened to it.
PRE_SKIP: frozenset[str] = frozenset(
    "the a an all both some its their his her our with of by for to at on in only just "
    "another further additional total".split()
)
#: Words before a number that point back to a count already given ("all three").
ANAPHORIC: frozenset[str] = frozenset("the all both those these".split())
#: Words that start another clause: a verb before them does not govern the number.
CONJUNCTIONS: frozenset[str] = frozenset(
    "and or but while as after before when than whereas".split()
)
#: What happens to people in a disaster or a war, by class: counts in different
#: classes ("killed" / "injured") are different quantities even for the same noun.
OUTCOMES: dict[str, tuple[str, ...]] = {
    cls: tuple(words.split())
    for cls, words in (
        ("dead", "killed kills kill dead died die slain perished death deaths fatalities"),
        ("hurt", "injured injures injure wounded wounds hurt injuries"),
        ("hospital", "hospitalised hospitalized treated"),
        ("missing", "missing"),
        ("displaced", "displaced evacuated homeless"),
        ("detained", "arrested detained captured"),
        ("rescued", "rescued saved"),
    )
}
#: Words before a lone "May" or "March" that make it a month ("in May"), since
#: both are also verbs.
TIME_PREPOSITIONS: tuple[str, ...] = tuple(
    "in since until till by from during before after early late mid last next this of "
    "through to".split()
)


def is_plural(word: str) -> bool:
    """Does ``word`` look like a plural noun ("drones", "people", "km")?"""
    w = word.lower()
    if w in IRREGULAR_PLURALS or w in UNIT_ALIASES:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s"))


def is_participle(word: str) -> bool:
    """Does ``word`` look like a past participle ("injured", "shot")?"""
    w = word.lower()
    return w in IRREGULAR_PARTICIPLES or (len(w) > 4 and w.endswith("ed"))

"""Number words and digits: the value of the number that starts at a token.

Digits with separators and decimals ("1,200", "2.5", "7.0"), scale words and
suffixes ("2.5 million", "3bn"), percentages ("40%", "40 per cent"), money
("$5m"), ordinals ("4th", "fourth month"), number words ("ten",
"seventy-two", "one hundred and five", "a dozen", "two dozen",
"four-and-a-half") and vague plurals ("dozens", "hundreds of", "tens of
thousands of"), which keep a range.  A bare year ("2014") is a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.lexicon.numbers import (
    ALL_NUMBER_WORDS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    MONEY_SUFFIX_SCALES,
    NOT_ONE_AFTER,
    ORDINAL_SUFFIXES,
    ORDINALS,
    PERCENT_WORDS,
    SCALES,
    SUFFIX_SCALES,
    TENS,
    UNITS,
    VAGUE_PLURALS,
    VaguePlural,
    is_plural,
)
from tui.core.quantities.model import NumberKind
from tui.core.quantities.tokens import Tok, adjacent, span_text
from tui.core.quantities.units import unit_word
from tui.core.text import STOPWORDS

#: Vague plurals by their first word.
_VAGUE_BY_FIRST: dict[str, list[VaguePlural]] = {}
for _vague in VAGUE_PLURALS:
    _VAGUE_BY_FIRST.setdefault(_vague.words[0], []).append(_vague)

_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d|2100")


@dataclass(slots=True)
class Parsed:
    """A number as parsed from its tokens, before its context is analysed."""

    first: int  # token index of the number's first token
    last: int  # token index of its last token
    value: float
    kind: NumberKind = "count"
    vague: tuple[float, float] | None = None
    vague_words: str = ""
    currency: str = ""
    unit_start: int = 0  # token index where the counted thing may start


def parse_number(toks: list[Tok], i: int, folded: str) -> Parsed | None:
    """The number that starts at ``toks[i]``, or None."""
    t = toks[i]
    n = len(toks)
    if t.kind == "d":
        return _parse_digits(toks, i)
    lw = t.lower
    # vague plurals
    for vague in _VAGUE_BY_FIRST.get(lw, ()):
        words = vague.words
        if tuple(tok.lower for tok in toks[i : i + len(words)]) == words:
            last = i + len(words) - 1
            after = last + 1
            if after < n and toks[after].lower == "of":
                after += 1
            words_text = span_text(toks, i, last, folded)
            low, high = vague.low, vague.high
            return Parsed(i, last, low, vague=(low, high), vague_words=words_text, unit_start=after)
    if lw in ORDINALS or _is_compound_ordinal(toks, i):
        return _parse_ordinal_word(toks, i)
    if lw in ("a", "an", "half", "one") or lw in UNITS or lw in TENS:
        return _parse_words(toks, i)
    return None


# --------------------------------------------------------------------------- ordinals


def _is_compound_ordinal(toks: list[Tok], i: int) -> bool:
    return (
        toks[i].lower in TENS
        and i + 2 < len(toks)
        and toks[i + 1].text == "-"
        and adjacent(toks[i], toks[i + 1])
        and toks[i + 2].lower in ORDINALS
        and ORDINALS[toks[i + 2].lower] < 10
    )


def _parse_ordinal_word(toks: list[Tok], i: int) -> Parsed | None:
    if _is_compound_ordinal(toks, i):
        value = TENS[toks[i].lower] + ORDINALS[toks[i + 2].lower]
        last = i + 2
    else:
        value = ORDINALS[toks[i].lower]
        last = i
    # an ordinal counts something only when a noun follows ("fourth month")
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or nxt.kind != "w" or nxt.lower in STOPWORDS or nxt.lower in ALL_NUMBER_WORDS:
        return None
    return Parsed(i, last, float(value), kind="ordinal", unit_start=last + 1)


# --------------------------------------------------------------------------- number words


def _word(toks: list[Tok], k: int) -> str:
    """The word at ``toks[k]`` in lowercase; "" past the end or for no word."""
    return toks[k].lower if k < len(toks) and toks[k].kind == "w" else ""


def _hyphen(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a hyphen that joins two words ("seventy-two")?"""
    return (
        k + 1 < len(toks)
        and toks[k].text == "-"
        and adjacent(toks[k - 1], toks[k])
        and adjacent(toks[k], toks[k + 1])
    )


def _parse_words(toks: list[Tok], i: int) -> Parsed | None:
    """Number words from ``toks[i]``: "seventy-two", "one hundred and five",
    "a dozen", "two dozen", "half a dozen", "four-and-a-half", "1.5 million"."""
    lw = _word(toks, i)
    if lw == "half":
        return _parse_half(toks, i)
    if lw in ("a", "an"):
        return _parse_a(toks, i)
    tally = _Tally()
    k = i
    while k < len(toks) and tally.step(toks, k):
        k += 1
    if tally.last < 0:
        return None
    value, last = _and_a_half(toks, tally.total + tally.current, tally.last)
    # "two dozen" (not "dozens")
    if _word(toks, last + 1) == "dozen":
        value *= 12
        last += 1
    if value == 1 and toks[i].lower == "one" and last == i and not _one_counts(toks, i):
        return None
    return Parsed(i, last, value, unit_start=last + 1)


def _parse_half(toks: list[Tok], i: int) -> Parsed | None:
    """ "half a dozen", "half a million"."""
    if _word(toks, i + 1) == "a" and _word(toks, i + 2) == "dozen":
        return Parsed(i, i + 2, 6.0, unit_start=i + 3)
    if _word(toks, i + 1) == "a" and _word(toks, i + 2) in SCALES:
        return Parsed(i, i + 2, 0.5 * SCALES[_word(toks, i + 2)], unit_start=i + 3)
    return None


def _parse_a(toks: list[Tok], i: int) -> Parsed | None:
    """ "a dozen", "a hundred", "a million"."""
    nxt = _word(toks, i + 1)
    if nxt == "dozen":
        return Parsed(i, i + 1, 12.0, unit_start=i + 2)
    if nxt == "hundred":
        value, last = 100.0, i + 1
    elif nxt in SCALES:
        value, last = SCALES[nxt], i + 1
    else:
        return None
    return Parsed(i, last, value, unit_start=last + 1)


@dataclass(slots=True)
class _Tally:
    """The value of a run of number words, read one token at a time."""

    total: float = 0.0
    current: float = 0.0
    last: int = -1  # the index of the last number word read
    small_since_scale: bool = False  # a units/teens/tens word since the last hundred/scale
    tens_open: bool = False  # the last word was a tens word ("seventy"), a unit may follow

    def step(self, toks: list[Tok], k: int) -> bool:
        """Read ``toks[k]``; False when it is no part of the number."""
        w = _word(toks, k)
        if w in UNITS or w in TENS:
            return self._small(w, k)
        if w == "hundred" and self.last >= 0 and self.current and self.current < 100:
            self.current *= 100
            self._scaled(k)
            return True
        if w in SCALES and self.last >= 0:
            self.total += (self.current or 1) * SCALES[w]
            self.current = 0
            self._scaled(k)
            return True
        if toks[k].text == "-":  # seventy-two
            return (
                self.last == k - 1
                and self.tens_open
                and _hyphen(toks, k)
                and _word(toks, k + 1) in UNITS
            )
        if w == "and":  # one hundred and five
            nxt = _word(toks, k + 1)
            return (
                self.last == k - 1 and not self.small_since_scale and (nxt in UNITS or nxt in TENS)
            )
        return False

    def _small(self, w: str, k: int) -> bool:
        if self.small_since_scale and not (self.tens_open and w in UNITS and UNITS[w] < 10):
            return False
        self.current += UNITS.get(w, TENS.get(w, 0))
        self.tens_open = w in TENS
        self.small_since_scale = True
        self.last = k
        return True

    def _scaled(self, k: int) -> None:
        self.small_since_scale = False
        self.tens_open = False
        self.last = k


def _and_a_half(toks: list[Tok], value: float, last: int) -> tuple[float, int]:
    """ "four and a half", "four-and-a-half" (then perhaps "million")."""
    n = len(toks)
    seq: list[str] = []
    m = last + 1
    while m < n and len(seq) < 3:
        if toks[m].text == "-" and adjacent(toks[m - 1], toks[m]):
            m += 1
            continue
        if toks[m].kind != "w":
            break
        seq.append(toks[m].lower)
        m += 1
    if seq != ["and", "a", "half"]:
        return value, last
    value += 0.5
    last = m - 1
    if last + 1 < n and _word(toks, last + 1) in SCALES:
        value *= SCALES[_word(toks, last + 1)]
        last += 1
    return value, last


def _one_counts(toks: list[Tok], i: int) -> bool:
    """ "one" is a number only before a noun and not after a determiner ("no one")."""
    if i > 0 and toks[i - 1].lower in NOT_ONE_AFTER:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return bool(nxt and nxt.kind == "w" and nxt.lower not in STOPWORDS and nxt.lower != "another")


# --------------------------------------------------------------------------- digits


def _parse_digits(toks: list[Tok], i: int) -> Parsed | None:
    t = toks[i]
    if _in_identifier(toks, i):
        return None
    value = float(t.text.replace(",", ""))
    currency = _currency_before(toks, i)
    kind: NumberKind = "money" if currency else "count"
    last = i
    if _decimal_comma(toks, i):
        value += float("0." + toks[i + 2].text)
        last = i + 2
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    # ordinal suffix: 1st, 21st, 4th
    if nxt is not None and adjacent(t, nxt) and nxt.lower in ORDINAL_SUFFIXES:
        return Parsed(i, last + 1, value, kind="ordinal", unit_start=last + 2)
    # a letter suffix: 3bn, $5m
    if nxt is not None and adjacent(t, nxt) and nxt.kind == "w":
        if nxt.lower in SUFFIX_SCALES:
            value *= SUFFIX_SCALES[nxt.lower]
        elif currency and nxt.lower in MONEY_SUFFIX_SCALES:
            value *= MONEY_SUFFIX_SCALES[nxt.lower]
        elif unit_word(nxt.lower, after_digits=True):
            return Parsed(i, last, value, unit_start=last + 1)  # "5km": a measurement
        else:
            return None  # "3D", "10x": an identifier
        last += 1
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    # scale words: 2.5 million
    if nxt is not None and nxt.lower in SCALES:
        value *= SCALES[nxt.lower]
        last += 1
    elif nxt is not None and nxt.lower == "hundred":
        value *= 100
        last += 1
    return _after_digits(toks, i, last, Parsed(i, last, value, kind=kind, currency=currency))


def _decimal_comma(toks: list[Tok], i: int) -> bool:
    """ "23,53 million": a comma before one or two digits and a scale word is a
    decimal comma (the European way of writing 23.53 million); a thousands
    separator always has three digits after it."""
    if i + 3 >= len(toks) or "," in toks[i].text or "." in toks[i].text:
        return False
    comma, decimals, scale = toks[i + 1], toks[i + 2], toks[i + 3]
    return (
        comma.text == ","
        and adjacent(toks[i], comma)
        and adjacent(comma, decimals)
        and decimals.kind == "d"
        and decimals.text.isdigit()
        and len(decimals.text) <= 2
        and scale.lower in SCALES
    )


def _in_identifier(toks: list[Tok], i: int) -> bool:
    """Are the digits part of an identifier: "MH17", "Su-25", "G7", "COVID-19"?"""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not adjacent(prev, toks[i]):
        return False
    if prev.kind == "w" or prev.kind == "d":
        return True
    if prev.text == "-" and i > 1 and adjacent(toks[i - 2], prev) and toks[i - 2].kind in "wd":
        return True
    return prev.text in ".,:/"


def _currency_before(toks: list[Tok], i: int) -> str:
    """The currency written before the digits ("$", "US$", "EUR"), or ""."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None:
        return ""
    if prev.text in CURRENCY_SYMBOLS and adjacent(prev, toks[i]):
        if i > 1 and toks[i - 2].lower in DOLLAR_PREFIXES and adjacent(toks[i - 2], prev):
            return DOLLAR_PREFIXES[toks[i - 2].lower]
        return CURRENCY_SYMBOLS[prev.text]
    if prev.lower in CURRENCY_CODES:
        return prev.text.upper()
    return ""


def _after_digits(toks: list[Tok], i: int, last: int, p: Parsed) -> Parsed:
    """What follows the number says its kind: a percentage, a currency, a year."""
    n = len(toks)
    nxt = toks[last + 1] if last + 1 < n else None
    nxt2 = toks[last + 2] if last + 2 < n else None
    if nxt is not None and (nxt.text == "%" or nxt.lower in PERCENT_WORDS):
        return Parsed(i, last + 1, p.value, kind="percent", unit_start=last + 2)
    if nxt is not None and nxt2 is not None and nxt.lower == "per" and nxt2.lower == "cent":
        return Parsed(i, last + 2, p.value, kind="percent", unit_start=last + 3)
    if nxt is not None and nxt.lower in CURRENCY_WORDS:
        currency = CURRENCY_WORDS[nxt.lower]
        return Parsed(i, last + 1, p.value, kind="money", currency=currency, unit_start=last + 2)
    p.unit_start = last + 1
    if p.kind == "money":
        return p
    # a year: 4 digits, no separators, 1800-2100, not counting a plural noun
    if _YEAR_RE.fullmatch(toks[i].text) and last == i:
        following = nxt.lower if nxt is not None and nxt.kind == "w" else ""
        if not (following and is_plural(following) and following not in STOPWORDS):
            p.kind = "date"
    return p

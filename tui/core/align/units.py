"""Step 1, units: the clauses being aligned, each as its content terms.

A clause is represented by its content terms: stems of non-function words
after spelling folding (so "Razvozhayev"/"Razvoshayev" and "armoured"/
"armored" are one term), two-word terms for adjacent content words, numbers
normalised to their value ("ten" and "10" are one term, "two dozen" is 24)
and dates as ``@month-day`` terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.lexicon.calendar import MONTHS
from tui.core.lexicon.numbers import MULTIPLIERS, NUMBER_WORDS
from tui.core.lexicon.paraphrase import EVENT_SYNONYMS
from tui.core.model import Article, Paragraph
from tui.core.settings import DEFAULT, AlignSettings
from tui.core.text import STOPWORDS, WORD_RE, sentence_spans, spelling_key, split_clauses, stem

#: Event vocabulary folded onto one term ("died", "death toll" -> "kill").
_SYNONYM_KEYS: dict[str, str] = {
    spelling_key(stem(word)): spelling_key(stem(group[0]))
    for group in EVENT_SYNONYMS
    for word in group
}

Terms = dict[str, str]
"""Content terms of a stretch of text: term -> the word as written (first seen)."""


@dataclass(slots=True)
class Unit:
    """A clause being aligned."""

    index: int
    paragraph: Paragraph
    start: int
    end: int
    terms: Terms
    norm: float = 0.0
    """The length of the clause's weighted term vector (set when it is scored)."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a paragraph cut at clause boundaries, with its terms."""

    start: int
    end: int
    terms: Terms


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# "Sept. 13, 2023", "13 September 2023", "2023-09-13": one date term each,
# so a dateline's digits do not pass for quantities.
DATE_RE = re.compile(
    rf"\b(?:(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})"
    rf"|(?P<mn2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn3>{_MONTH_RE})\b\.?(?:,?\s+(?P<y3>\d{{4}}))?)",
    re.IGNORECASE,
)


def _date_terms(text: str) -> tuple[str, Terms]:
    """Replace dates by spaces (offsets kept) and return them as ``@month-day`` terms."""
    found: Terms = {}

    def repl(m: re.Match[str]) -> str:
        if m.group("y1"):
            month, day = int(m.group("m1")), int(m.group("d1"))
        elif m.group("mn2"):
            month, day = MONTHS[m.group("mn2").lower()], int(m.group("d2"))
        else:
            month, day = MONTHS[m.group("mn3").lower()], int(m.group("d3"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group()
        found.setdefault(f"@{month:02d}-{day:02d}", m.group())
        return " " * len(m.group())

    return DATE_RE.sub(repl, text), found


def terms(text: str, *, settings: AlignSettings = DEFAULT.align) -> Terms:
    """Content terms of a sentence: term -> the word as written."""
    text, found = _date_terms(text)
    tokens = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    prev: str | None = None
    prev_end: int | None = None
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        low = word.lower()
        if low.endswith(("'s", "\u2019s")):
            low = low[:-2]
        value = _number_value(low)
        if value is not None:
            # "two dozen", "3 million": a multiplier word right after the number
            if i + 1 < len(tokens) and tokens[i + 1][0].lower() in MULTIPLIERS:
                value *= MULTIPLIERS[tokens[i + 1][0].lower()]
                i += 1
            if value == 1 and low in ("one",):
                i += 1
                continue  # "one of the ..." is rarely a count worth anchoring on
            _add_number(found, value, word, settings)
        elif low not in STOPWORDS and len(low) > 1:
            key = spelling_key(stem(low))
            key = _SYNONYM_KEYS.get(key, key)
            found.setdefault(key, word)
            if prev is not None and prev_end is not None:
                gap = text[prev_end:start]
                if len(gap) <= settings.bigram_max_gap and gap.strip(" -\u2013") == "":
                    found.setdefault(prev + "_" + key, word)
            prev, prev_end = key, end
            i += 1
            continue
        prev, prev_end = None, None
        i += 1
    return found


def _number_value(low: str) -> float | None:
    """The value of a lowercase word that is a number ("12", "1,200", "ten"), else None."""
    if low[0].isdigit():
        try:
            return float(low.replace(",", ""))
        except ValueError:
            return None
    return NUMBER_WORDS.get(low)


def _add_number(found: Terms, value: float, word: str, settings: AlignSettings) -> None:
    """The terms of a number: its value, and for a large figure its value rounded."""
    found.setdefault(f"#{value:g}", word)
    is_year = "," not in word and settings.year_min <= value <= settings.year_max
    if value >= settings.rounding_min_value and not is_year:
        # "2,012", "2,000" and "2,100" dead: one figure as it was updated
        found.setdefault(f"~{_leading_digit(value)}", word)


def _leading_digit(value: float) -> str:
    """The value rounded to one significant digit: 2,012 and 2,100 give "2e+03"."""
    return f"{value:.0e}"


def clauses(text: str, *, settings: AlignSettings = DEFAULT.align) -> list[Clause]:
    """Clauses of ``text`` with their terms.

    Sentences are cut at clause boundaries (never inside a date); a fragment
    with fewer than ``settings.clause_min_terms`` content words stays with
    its neighbour.
    """
    min_terms = settings.clause_min_terms
    out: list[Clause] = []
    for s, e in sentence_spans(text):
        dates = [(m.start(), m.end()) for m in DATE_RE.finditer(text, s, e)]
        merged: list[Clause] = []
        for a, b in split_clauses(text, ((s, e),), protected=dates):
            found = terms(text[a:b], settings=settings)
            if merged and (_unigrams(merged[-1].terms) < min_terms or _unigrams(found) < min_terms):
                previous = merged[-1]
                merged[-1] = Clause(previous.start, b, {**found, **previous.terms})
            else:
                merged.append(Clause(a, b, found))
        for clause in merged:
            a, b = clause.start, clause.end
            while a < b and not text[a].isalnum() and text[a] not in "\"'\u201c\u2018(":
                a += 1
            out.append(Clause(a, b, clause.terms))
    return out


def _unigrams(found: Terms) -> int:
    return sum(1 for t in found if "_" not in t)


def clause_spans(text: str, *, settings: AlignSettings = DEFAULT.align) -> list[tuple[int, int]]:
    """Sentences of ``text`` cut into clauses of at least ``settings.clause_min_terms``
    content words.

    A headline such as "Kim and Putin meet for talks, drones attack Odesa,
    Ukraine strikes Sevastopol" is three clauses, each of which can join the
    claim it reports.
    """
    return [(c.start, c.end) for c in clauses(text, settings=settings)]


def build_units(articles: Sequence[Article], *, settings: AlignSettings) -> list[Unit]:
    """Every clause of the content paragraphs of ``articles`` that has terms, numbered."""
    units: list[Unit] = []
    for article in articles:
        for p in article.paragraphs:
            if not p.is_content:
                continue
            for c in clauses(p.text, settings=settings):
                if c.terms:
                    units.append(Unit(len(units), p, c.start, c.end, c.terms))
    return units

"""The thing counted: the noun phrase after the number ("30 Iranian kamikaze
drones" -> "Iranian kamikaze drones"), through a partitive ("seven of the
missiles"), with the state it is in ("24 people injured"); and the measures
and time units that make a count a measure or a duration."""

from __future__ import annotations

from tui.core.lexicon.calendar import MONTHS, WEEKDAYS
from tui.core.lexicon.numbers import (
    ALL_NUMBER_WORDS,
    AUXILIARIES,
    MEASURE_NOUNS,
    PARTITIVE_DETERMINERS,
    PARTITIVE_PRONOUNS,
    PHRASE_BREAKS,
    TIME_UNITS,
    UNIT_ALIASES,
    is_participle,
    is_plural,
)
from tui.core.quantities.found import frozen
from tui.core.quantities.rules.state import Analysis
from tui.core.quantities.tokens import Tok, adjacent
from tui.core.text import STOPWORDS, stem

#: Words that end the counted noun phrase besides the stop words.
_NOT_NOUN = ALL_NUMBER_WORDS | PHRASE_BREAKS


def measure_suffix(s: Analysis) -> None:
    """A word hyphened to the number: "4.5-hour period", "10-day", "6.8-magnitude"."""
    toks, j = s.toks, s.j
    n = len(toks)
    if (
        j < n
        and toks[j].text == "-"
        and j + 1 < n
        and adjacent(toks[j - 1], toks[j])
        and adjacent(toks[j], toks[j + 1])
        and toks[j + 1].kind == "w"
    ):
        s.measure = toks[j + 1].lower
        s.own.update((j, j + 1))
        s.j = j + 2


def partitive(s: Analysis) -> None:
    """ "seven of the missiles": the noun follows "of" and its determiners."""
    toks, j = s.toks, s.j
    n = len(toks)
    if j >= n or toks[j].lower != "of":
        return
    s.info.partitive = True
    s.own.add(j)
    j += 1
    while j < n and toks[j].lower in PARTITIVE_DETERMINERS:
        s.own.add(j)
        j += 1
    if j < n and toks[j].lower in PARTITIVE_PRONOUNS:
        j = n  # "three of them": the noun is elsewhere
    s.j = j


def unit_words(s: Analysis) -> None:
    """The content words after the number, up to a function word, another number
    or a date word (bracketed insertions and hyphens kept)."""
    toks, j, own = s.toks, s.j, s.own
    n = len(toks)
    bracket = False
    while j < n and len(s.unit_words) < s.settings.max_unit_words:
        t = toks[j]
        if t.text == "[" or t.text == "]":
            bracket = t.text == "["
        elif t.text == "-" and s.unit_words and _joins(toks, j):
            pass
        elif t.kind != "w" or t.lower in STOPWORDS or t.lower in _NOT_NOUN:
            if not (bracket and t.kind == "w"):
                break
        elif t.lower in WEEKDAYS or t.lower in MONTHS:
            break
        else:
            s.unit_words.append(t)
        own.add(j)
        j += 1
    s.j = j


def _joins(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` a hyphen between two tokens ("kamikaze-drones")?"""
    return adjacent(toks[j - 1], toks[j]) and j + 1 < len(toks) and adjacent(toks[j], toks[j + 1])


def head(s: Analysis) -> None:
    """Which of the words is the counted noun: the first plural (for a count
    other than one), else the last before a participle or -ing; a lone
    participle is a state ("24 injured")."""
    words = s.unit_words
    if s.p.value != 1 or s.info.vague:
        s.head = next((k for k, w in enumerate(words) if is_plural(w.lower)), -1)
    if s.head >= 0 or not words:
        return
    if is_participle(words[0].lower):
        s.info.state = stem(words[0].lower)
        s.info.label = words[0].lower
        s.unit_words = words[:1]
        return
    # singular or unmarked: the last word before a participle or -ing
    s.head = 0
    for k, w in enumerate(words[1:], 1):
        if is_participle(w.lower) or w.lower.endswith("ing"):
            break
        s.head = k


def noun(s: Analysis) -> None:
    """The counted noun, its modifiers and the state it is in ("people injured",
    "people were injured")."""
    if s.head < 0:
        s.unit = s.info.label
        return
    after = s.unit_words[s.head + 1 :]
    s.unit_words = words = s.unit_words[: s.head + 1]
    noun_tok = words[-1]
    s.info.noun = stem(UNIT_ALIASES.get(noun_tok.lower, noun_tok.lower))
    s.info.modifiers = frozen(stem(w.lower) for w in words[:-1] if w.lower not in STOPWORDS)
    if after and is_participle(after[0].lower):
        s.state_tok = after[0]
    elif not after:
        s.state_tok = _participle_after(s)
    if s.state_tok is not None:
        s.info.state = stem(s.state_tok.lower)


def _participle_after(s: Analysis) -> Tok | None:
    """A participle after the noun, past auxiliaries ("were reportedly injured")."""
    toks, k = s.toks, s.j
    n = len(toks)
    while k < n and toks[k].lower in AUXILIARIES:
        k += 1
    if k < n and toks[k].kind == "w" and is_participle(toks[k].lower):
        s.own.add(k)
        return toks[k]
    return None


def label(s: Analysis) -> None:
    """The unit as written, and what is counted, for display ("cruise missiles
    damaged")."""
    if s.head < 0:
        return
    words = s.unit_words
    label_noun = words[-1].lower
    if len(words) > 1 and words[-2].text[:1].islower():
        label_noun = f"{words[-2].lower} {label_noun}"  # "cruise missiles"
    state = f" {s.state_tok.lower}" if s.state_tok is not None else ""
    s.info.label = label_noun + state
    s.unit = " ".join(w.text for w in words)


def measure_noun(s: Analysis) -> None:
    """ "a 6.8-magnitude earthquake": the magnitude is what is measured."""
    if s.kind == "count" and s.measure in MEASURE_NOUNS:
        s.info.noun = stem(s.measure)
        s.info.label = s.unit = s.measure


def duration(s: Analysis) -> None:
    """ "a 10-day siege", "30 minutes": a duration in its time unit; money keeps
    its currency in the unit."""
    if s.kind == "count" and s.measure in TIME_UNITS:
        s.kind = "duration"
        s.unit = TIME_UNITS[s.measure]
        s.info.noun = stem(s.unit)
        s.info.label = s.unit
    elif (
        s.kind == "count" and s.info.noun and s.unit_words and s.unit_words[-1].lower in TIME_UNITS
    ):
        s.kind = "duration"
        s.unit = TIME_UNITS[s.unit_words[-1].lower]
    elif s.kind == "money":
        s.unit = s.p.currency + (f" {s.unit}" if s.unit else "")

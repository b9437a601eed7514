"""Runs of capitalised words in a paragraph: where a name may stand.

A run is a string of capitalised words joined by spaces, hyphens ("Al-Haouz"),
the dot of an abbreviation ("Mr. Putin") or lowercase particles ("Bay of
Sevastopol"); a possessive ends it ("Sevastopol's").  Each run records whether
it opens a sentence (where any word is capitalised) and whether a lowercase role
word stands right before it ("leader Kim Jong Un", "his counterpart, Hasan
Rohani").  A paragraph in title case
(a headline) is marked as such: its capitals say nothing about names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from tui.core.lexicon.calendar import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from tui.core.lexicon.names import (
    ABBREVIATIONS_WITH_DOT,
    ARABIC_ARTICLES,
    COUNT_WORDS_NOT_IN_NAMES,
    NAME_PARTICLES,
    ROLE_WORDS,
    TIME_MARKERS,
)
from tui.core.model import Article, Paragraph
from tui.core.names.words import ASCII_CAP_WORD_RE, CAP_WORD_RE, UPPER, function_word
from tui.core.settings import NameSettings
from tui.core.text import fold_text, strip_possessive

# Words and runs are named tuples: a paragraph has many, and they are made in
# the inner loop; a paragraph is one small frozen dataclass.


class CapWord(NamedTuple):
    """A capitalised word of a paragraph."""

    text: str
    """As folded (see :func:`~tui.core.text.fold_text`), possessive kept."""
    start: int
    end: int


class Run(NamedTuple):
    """Capitalised words that stand together in one paragraph."""

    first: int
    """The index of its first word in :attr:`Para.words`."""
    stop: int
    """The index after its last word."""
    initial: bool
    """It opens a sentence, a quote or a line."""
    person: bool
    """A lowercase role word stands right before it ("leader Kim Jong Un"), or
    before a comma before it ("the minister, Taner Yildiz")."""


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph and its runs of capitalised words."""

    article: str
    id: str
    text: str
    folded: str
    """``text`` folded (the same length)."""
    words: tuple[CapWord, ...]
    """The words of its runs, in order."""
    runs: tuple[Run, ...]
    titlecase: bool
    """It is a headline or caption in title case."""


_MONTH_NAMES = frozenset(MONTHS)
_WEEKDAY_NAMES = frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS)

_WORD_RE = re.compile(r"(?<![^\W_])[^\W\d_]+")
_LONG_WORD_RE = re.compile(r"(?<![^\W_])[^\W\d_]{4,}(?![^\W_])")
_CAP_LONG_RE = re.compile(r"(?<![^\W_])[" + UPPER + r"][^\W\d_]{3,}(?![^\W_])")
_SENTENCE_END_RE = re.compile(r"[.!?][\"')\]]*\s*$")
_DOTTED_WORD_RE = re.compile(r"([^\W\d_]+)\.$")
#: What may stand between two words of one name besides a space.
_PARTICLE_GAP_RE = re.compile(
    r" (?:"
    + "|".join(map(re.escape, NAME_PARTICLES))
    + r") |-| (?:"
    + "|".join(map(re.escape, ARABIC_ARTICLES))
    + r")-"
)
_HYPHEN_CHARS = frozenset("-\u2010\u2011")
#: What may stand before a space before a word that opens a sentence, a quote
#: or a bracket (see :func:`_is_initial`).
_AFTER_OPENING = frozenset(" \t\"'[!?:;(\n\r.")
_HEADINGS = ("title", "heading")


def paragraph_runs(a: Article, p: Paragraph, *, settings: NameSettings) -> Para:
    """The runs of capitalised words of one paragraph."""
    text = p.text
    folded = fold_text(text)
    window = settings.dotted_word_window
    roles = word_roles(settings.typo_max_length)
    words: list[CapWord] = []
    runs: list[Run] = []
    n_caps = 0
    first = -1  # the open run's first word in ``words``, or -1
    possessive = False  # the open run's last word ends in "'s"
    last_end = -1  # where the open run's last word ends
    cap_words = ASCII_CAP_WORD_RE if folded.isascii() else CAP_WORD_RE
    found = list(cap_words.finditer(folded))
    for i, m in enumerate(found):
        n_caps += 1
        word = m.group()
        may_start, may_continue, ends_possessive = roles(word)
        start, end = m.span()
        if first >= 0:
            if (
                not possessive
                and (may_continue or _inside(folded, found, i, roles))
                and (
                    (start == last_end + 1 and folded[last_end] == " ")  # the common case
                    or _continues(text, folded, words[-1], start, len(words) - first, window)
                )
            ):
                words.append(CapWord(word, start, end))
                possessive = ends_possessive
                last_end = end
                continue
            runs.append(_run(folded, first, len(words), words[first].start, window))
            first = -1
        if may_start or _initial_before(folded, found, i):
            first = len(words)
            words.append(CapWord(word, start, end))
            possessive = ends_possessive
            last_end = end
    if first >= 0:
        runs.append(_run(folded, first, len(words), words[first].start, window))
    # title case needs most words capitalised: count words only when it may be
    titlecase = (
        p.kind in _HEADINGS or settings.titlecase_words_per_capital * n_caps > folded.count(" ")
    ) and _title_case(p, folded, settings)
    return Para(a.id, p.id, text, folded, tuple(words), tuple(runs), titlecase)


def _initial_before(folded: str, found: list[re.Match[str]], i: int) -> bool:
    """Is ``found[i]`` an initial before a name: one capital and a dot, then a
    capitalised word ("J. Smith", "B. Navy"; not the article "A" or "I")?"""
    m = found[i]
    end = m.end()
    return (
        len(m.group()) == 1
        and m.group() not in "AI"
        and folded[end : end + 2] == ". "
        and i + 1 < len(found)
        and found[i + 1].start() == end + 2
    )


def _inside(
    folded: str,
    found: list[re.Match[str]],
    i: int,
    roles: Callable[[str], tuple[bool, bool, bool]],
) -> bool:
    """Does the count word ``found[i]`` stand inside a name, between two of its
    words and a space apart from each ("TV One News"; not "Putin Two")?"""
    if i + 1 == len(found) or found[i].group().lower() not in COUNT_WORDS_NOT_IN_NAMES:
        return False
    nxt = found[i + 1]
    return (
        nxt.start() == found[i].end() + 1
        and folded[found[i].end()] == " "
        and roles(nxt.group())[1]
    )


def _continues(
    text: str, folded: str, last: CapWord, start: int, n_words: int, window: int
) -> bool:
    """Does the word at ``start`` continue the open run of ``n_words`` words,
    whose last word is ``last``, across something other than one space?"""
    gap = folded[last.end : start]
    return _joinable(text, folded, last, start) and not (
        # "Fighters of Hezbollah" opening a sentence: the first word may be a
        # common noun, so no particle joins it to a name (the Arabic article
        # does: "Muammar al-Qaddafi")
        n_words == 1
        and gap.strip(" -") != ""
        and not gap.endswith("-")
        and _is_initial(folded, last.start, window)
    )


def _run(folded: str, first: int, stop: int, start: int, window: int) -> Run:
    """The run of the paragraph's words ``first`` to ``stop``, whose text starts
    at ``start``."""
    # a lowercase role word right before it, or before a comma: "leader Kim
    # Jong Un", "the energy minister, Taner Yildiz"
    person = False
    if start > 1 and folded[start - 1] == " ":
        k = folded.rfind(" ", 0, start - 1)
        person = folded[k + 1 : start - 1].lower().removesuffix(",") in ROLE_WORDS
        if folded[start - 2] not in _AFTER_OPENING:
            return Run(first, stop, False, person)  # after a word: not initial
    return Run(first, stop, _is_initial(folded, start, window), person)


def _title_case(p: Paragraph, folded: str, settings: NameSettings) -> bool:
    """A headline or caption in title case: its capitals say nothing about names.
    (A sentence is never one, however many names it holds.)"""
    if p.kind not in _HEADINGS and _SENTENCE_END_RE.search(folded):
        return False
    n_long = len(_LONG_WORD_RE.findall(folded))
    if n_long < settings.titlecase_min_long_words:
        # a one-word heading ("Counternarratives") is capitalised by position
        return p.kind in _HEADINGS or len(_WORD_RE.findall(folded)) <= settings.short_line_words
    return len(_CAP_LONG_RE.findall(folded)) >= settings.titlecase_share * n_long


def _is_initial(folded: str, start: int, window: int) -> bool:
    """Does the word at ``start`` open the text, a sentence, a bracket or a quote
    after a colon?  ``window`` characters before a full stop are searched for
    the abbreviation it may end."""
    k = start - 1
    while k >= 0 and folded[k] in " \t\"'[":
        k -= 1
    if k < 0:
        return True
    c = folded[k]
    # (a semicolon joins clauses: the word after it is capitalised only as a name)
    if c in "!?:(\n\r":
        return True
    if c != ".":
        return False
    before = folded[max(0, k - window) : k + 1]
    m = _DOTTED_WORD_RE.search(before)
    if m is None:
        return True  # "... in 2014. Crimea"
    word = m.group(1)
    dotted = m.start(1) > 0 and before[m.start(1) - 1] == "."  # "U.S. officials"
    return not (
        dotted
        or len(word) == 1
        or word.lower() in ABBREVIATIONS_WITH_DOT
        or word.lower() in _MONTH_NAMES
    )


def _joinable(text: str, folded: str, a: CapWord, b_start: int) -> bool:
    """Can the word at ``b_start`` continue a name that ``a`` is part of?"""
    gap = folded[a.end : b_start]
    if gap == " ":
        return True
    if len(gap) == 1 and text[a.end] in _HYPHEN_CHARS:
        return True  # "Al-Haouz", not "Putin–Kim"
    if gap == ". " and (a.text.lower() in ABBREVIATIONS_WITH_DOT or len(a.text) == 1):
        return True
    return gap != "-" and _PARTICLE_GAP_RE.fullmatch(gap) is not None


@lru_cache(maxsize=8)
def word_roles(typo_max_length: int) -> Callable[[str], tuple[bool, bool, bool]]:
    """What a capitalised word can do in a name: (start one, continue one, end
    one with a possessive); a function cached by word, one per setting of
    ``typo_max_length`` (see :func:`~tui.core.names.words.function_word`)."""

    @lru_cache(maxsize=65536)
    def roles(word: str) -> tuple[bool, bool, bool]:
        low = word.lower()
        return (
            _may_start(word, low, typo_max_length),
            _may_continue(word, low, typo_max_length),
            strip_possessive(word) != word,
        )

    return roles


def _may_start(word: str, low: str, typo_max_length: int) -> bool:
    if len(word) == 1 or function_word(word, low, typo_max_length):
        return False
    if low in _MONTH_NAMES or low in _WEEKDAY_NAMES or low in COUNT_WORDS_NOT_IN_NAMES:
        return False
    return low.rstrip(".") not in TIME_MARKERS


def _may_continue(word: str, low: str, typo_max_length: int) -> bool:
    if low in _WEEKDAY_NAMES or low in COUNT_WORDS_NOT_IN_NAMES or low.rstrip(".") in TIME_MARKERS:
        return False
    return not function_word(word, low, typo_max_length)

"""Finding the numbers of one paragraph: dates and times first, then every
number a digit or a number word starts, each analysed in its clause."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from tui.core.lexicon.numbers import ORDINALS, SCALES, TENS, UNITS, VAGUE_PLURALS
from tui.core.quantities.analyse import analyse
from tui.core.quantities.dates import DateMatch, date_value, find_dates, resolve
from tui.core.quantities.found import NOTHING, Found, Info
from tui.core.quantities.frames import time_context
from tui.core.quantities.model import NumberMention
from tui.core.quantities.parse import parse_number
from tui.core.quantities.tokens import Spans, Tok, tokens, trie_pattern
from tui.core.settings import NumberSettings
from tui.core.text import PUNCTUATION_BREAK_RE, fold_text, sentence_spans, split_clauses


def find_numbers(
    text: str,
    *,
    paragraph: str = "",
    reference: date | None = None,
    settings: NumberSettings | None = None,
) -> list[NumberMention]:
    """The numbers, dates and times in ``text`` (one paragraph), in reading order.

    ``reference`` resolves weekdays and year-less dates ("Wednesday" -> the
    most recent Wednesday on or before it); without it a weekday keeps kind
    ``"weekday"`` (value 1 = Monday ... 7 = Sunday) and a year-less date the
    value MMDD.
    """
    cfg = settings or NumberSettings()
    found = scan(text, paragraph, settings=cfg)
    if reference is not None:
        found = [resolve_found(f, reference, settings=cfg) for f in found]
    return [f.mention for f in found]


def _of_event(d: DateMatch) -> bool:
    """A time of day or a month without a day: what happened then is read from
    its sentence, to tell whether two reports give the time of one event."""
    return d.kind == "time" or (
        d.parts is not None and d.parts.month is not None and not d.parts.day
    )


def scan(text: str, paragraph: str, *, settings: NumberSettings) -> list[Found]:
    """Every mention of ``text`` (paragraph ``paragraph``) with what linking needs."""
    folded = fold_text(text)
    taken = Spans()
    # dates, times, weekdays first: their digits are not counts
    found = [
        Found(
            NumberMention(paragraph, text[d.start : d.end], d.start, d.end, d.value, d.kind),
            Info(date=d.parts, context=time_context(folded, d.start) if _of_event(d) else NOTHING),
        )
        for d in find_dates(folded, taken, month_window=settings.month_window)
    ]
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
    found.extend(_Counts(text, folded, paragraph, taken, settings).scan(starts))
    # a figure beyond a float's range (310 digits) is no figure a report compares
    found = [f for f in found if math.isfinite(f.mention.value)]
    found.sort(key=lambda f: f.mention.start)
    for f in found:
        f.info.words = words
    return found


def resolve_found(f: Found, reference: date, *, settings: NumberSettings) -> Found:
    """Give weekdays and year-less dates their full YYYYMMDD value."""
    if f.info.date is None:
        return f
    resolved = resolve(
        f.info.date,
        reference,
        future_days=settings.future_days,
        future_months=settings.future_months,
    )
    if resolved is None:
        return f
    value = date_value(resolved)
    info = replace(f.info, date=resolved)
    return Found(replace(f.mention, value=value, kind="date", low=value, high=value), info)


# --------------------------------------------------------------------------- where numbers start

_WORD_RE = re.compile(r"[^\W\d_]+")
_ASCII_WORD_RE = re.compile(r"[A-Za-z]+")  # the same on ASCII text, faster
_DIGITS_RE = re.compile(r"\d+")
#: Words that can start a number (also capitalised: "Two ships were damaged").
_NUMBER_START_WORDS = frozenset(
    {*UNITS, *TENS, *ORDINALS, "half", "dozen", "hundred", *SCALES}
    | {vague.words[0] for vague in VAGUE_PLURALS}
)
_NUMBER_START_RE = re.compile(
    r"(?<![^\W_])(?i:" + trie_pattern(_NUMBER_START_WORDS) + r")(?![^\W_])"
)


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


# --------------------------------------------------------------------------- counts


class _Counts:
    """The counts of one paragraph: each candidate parsed in its clause (a
    number, its hedge and what it counts never cross a clause boundary)."""

    def __init__(
        self, text: str, folded: str, paragraph: str, taken: Spans, settings: NumberSettings
    ) -> None:
        self.text, self.folded, self.paragraph = text, folded, paragraph
        self.taken, self.settings = taken, settings
        self.sentence_starts: list[int] = []
        self.clauses: list[tuple[int, int]] = []
        self.clause_starts: list[int] = []
        self.cache: dict[int, tuple[list[Tok], list[int]]] = {}

    def scan(self, starts: list[int]) -> list[Found]:
        found: list[Found] = []
        free = self.taken.free
        done = -1
        for pos in _candidates(self.folded, starts):
            if pos < done or not free(pos, pos + 1):
                continue
            toks, i = self._at(pos)
            if i < 0:
                continue
            parsed = parse_number(toks, i, self.folded)
            if parsed is None:
                continue
            done = toks[parsed.last].end
            if not free(toks[parsed.first].start, done):
                continue
            f = analyse(
                parsed, toks, self.folded, self.text, self.paragraph, settings=self.settings
            )
            f.info.sentence = max(0, bisect_right(self.sentence_starts, pos) - 1)
            found.append(f)
            self.taken.take(f.mention.start, f.mention.end)
        return found

    def _clause(self, pos: int) -> tuple[list[Tok], list[int]]:
        """The tokens of the clause around ``pos``, and their offsets."""
        if not self.sentence_starts:
            sentences = sentence_spans(self.folded) or [(0, len(self.folded))]
            self.sentence_starts = [st for st, _ in sentences]
            self.clauses = split_clauses(
                self.folded, sentences, breaks=PUNCTUATION_BREAK_RE, keep_breaks=False
            )
            self.clause_starts = [st for st, _ in self.clauses]
        ci = max(0, bisect_right(self.clause_starts, pos) - 1)
        if ci not in self.cache:
            cs, ce = self.clauses[ci] if self.clauses else (0, len(self.folded))
            if not cs <= pos < ce:
                cs, ce = 0, len(self.folded)
            toks = tokens(self.folded, cs, ce)
            self.cache[ci] = (toks, [t.start for t in toks])
        return self.cache[ci]

    def _at(self, pos: int) -> tuple[list[Tok], int]:
        """The clause's tokens and the index of the token where the number at
        ``pos`` starts (-1 for none): "a dozen", "half a million" start before
        their scale word, "two dozen" and "2.5 million" are found from their start."""
        toks, tok_starts = self._clause(pos)
        i = bisect_left(tok_starts, pos)
        if i >= len(toks) or toks[i].start != pos:
            return toks, -1
        if toks[i].lower in SCALES or toks[i].lower in ("dozen", "hundred"):
            if i >= 1 and toks[i - 1].lower in ("a", "an"):
                i -= 1
                if i >= 1 and toks[i - 1].lower == "half":
                    i -= 1
            elif i >= 1 and toks[i - 1].kind in "dw":
                return toks, -1
        return toks, i

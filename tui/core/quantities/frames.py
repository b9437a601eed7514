"""What a figure counts: its quantity frame.

A frame is read off the words around a figure in its sentence: the nearest
word that announces a frame (:data:`tui.core.lexicon.frames.FRAME_WORDS`)
within a few words decides.  "killed at least 296", "the death toll rose to
632", "820 deaths" and "four bodies were found" are all ``killed``; "153
injured" and "hurt" are ``injured``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.lexicon.calendar import MONTHS, WEEKDAYS
from tui.core.lexicon.frames import FRAME_ORDER, FRAME_WORDS, TIME_NOISE
from tui.core.lexicon.numbers import (
    ALL_NUMBER_WORDS,
    AUXILIARIES,
    CONJUNCTIONS,
    RANGE_JOINERS,
    REPORTING_VERBS,
)
from tui.core.text import STOPWORDS, stem

_TOKEN_RE = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+|[.;!?]")
_SENTENCE_END = frozenset(".;!?")
#: Words around a time of day that say nothing about what happened at it.
_NOT_EVENT_WORDS = frozenset(
    STOPWORDS | set(MONTHS) | set(WEEKDAYS) | set(REPORTING_VERBS) | set(TIME_NOISE)
)
#: How many letters of a place or nationality word make its key: "Turkey",
#: "Turkish" and "Turks" are one place; "Syria" and "Syrian" another.
_PLACE_KEY_LENGTH = 4


def _frame_stems() -> dict[str, str]:
    out: dict[str, str] = {}
    for frame in FRAME_ORDER:
        for word in FRAME_WORDS[frame]:
            out.setdefault(stem(word), frame)
    return out


_FRAME_OF_STEM = _frame_stems()


@lru_cache(maxsize=65536)
def frame_of_word(low: str) -> str | None:
    """The frame a lowercase word announces ("toll" -> "killed"), or None."""
    return _FRAME_OF_STEM.get(stem(low))


def place_key(low: str) -> str:
    """The key of a place or nationality word (lowercase): its first letters."""
    return low[:_PLACE_KEY_LENGTH]


def _is_number(token: str) -> bool:
    return token[0].isdigit() or token in ALL_NUMBER_WORDS


def frame_near(tokens: list[str], at: int, *, window: int, end: int | None = None) -> str | None:
    """The frame of the figure at ``tokens[at:end + 1]`` (``end`` defaults to
    ``at``; a hedge may stand in it): the nearest frame word in its sentence.

    The search first stops at another figure or a conjunction, whose words
    belong to another phrase ("12 were killed and 37 injured"); when that
    finds nothing it looks across conjunctions and figures ("Eight died in Oslo
    and 69 on the island", "the 7.8 and 7.6 magnitude quakes").
    """
    last = _coordinated(tokens, at if end is None else end)
    return _nearest(tokens, at, last, window, CONJUNCTIONS, numbers_stop=True) or _nearest(
        tokens, at, last, window, frozenset(), numbers_stop=True
    )


def _coordinated(tokens: list[str], last: int) -> int:
    """The end of the figures coordinated with the one ending at ``last``:
    "the 7.8 and 7.6 magnitude quakes", "between 150 and 200 people trapped"
    share the noun after the last of them.  Not when a verb follows it: in
    "1,805 dead and 3,955 were injured" each figure has its own clause."""
    n = len(tokens)
    while (
        last + 3 < n
        and tokens[last + 1] in RANGE_JOINERS
        and _is_number(tokens[last + 2])
        and tokens[last + 3] not in AUXILIARIES
        and tokens[last + 3] not in _SENTENCE_END
    ):
        last += 2
    return last


def _nearest(
    tokens: list[str],
    at: int,
    end: int,
    window: int,
    stops: frozenset[str],
    *,
    numbers_stop: bool,
) -> str | None:
    best: tuple[int, int, str] | None = None
    for direction, origin in ((-1, at), (1, end)):
        for step in range(1, window + 1):
            k = origin + direction * step
            if not 0 <= k < len(tokens) or tokens[k] in _SENTENCE_END or tokens[k] in stops:
                break
            frame = frame_of_word(tokens[k])
            if frame is not None:
                key = (step, FRAME_ORDER.index(frame), frame)
                if best is None or key < best:
                    best = key
                break
            if numbers_stop and _is_number(tokens[k]):
                break
    return best[2] if best else None


def paragraph_frames(text: str, *, window: int) -> frozenset[str]:
    """Every frame a figure of ``text`` is reported in."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    frames = set()
    for i, token in enumerate(tokens):
        if _is_number(token):
            frame = frame_near(tokens, i, window=window)
            if frame is not None:
                frames.add(frame)
    return frozenset(frames)


_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def time_context(folded: str, at: int) -> frozenset[str]:
    """What happened at the time of day at ``folded[at]``: the stems of the
    content words of its sentence ("collapsed", "bridge"), which say whether
    two reports give the time of one event."""
    start = 0
    for m in _SENTENCE_END_RE.finditer(folded, 0, at):
        start = m.end()
    end_match = _SENTENCE_END_RE.search(folded, at + 1)
    end = end_match.start() if end_match else len(folded)
    words = {w.lower() for w in _WORD_RE.findall(folded, start, end)}
    return frozenset(stem(w) for w in words - _NOT_EVENT_WORDS)

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

from tui.core.lexicon.frames import FRAME_ORDER, FRAME_WORDS
from tui.core.lexicon.numbers import ALL_NUMBER_WORDS
from tui.core.text import stem

_TOKEN_RE = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+|[.;!?]")
_SENTENCE_END = frozenset(".;!?")


def _frame_stems() -> dict[str, str]:
    out: dict[str, str] = {}
    for frame in FRAME_ORDER:
        for word in FRAME_WORDS[frame]:
            out.setdefault(stem(word), frame)
    return out


_FRAME_OF_STEM = _frame_stems()


@lru_cache(maxsize=65536)
def _frame_of_word(low: str) -> str | None:
    return _FRAME_OF_STEM.get(stem(low))


def _is_number(token: str) -> bool:
    return token[0].isdigit() or token in ALL_NUMBER_WORDS


def frame_near(tokens: list[str], at: int, *, window: int) -> str | None:
    """The frame of the figure at ``tokens[at]``: the nearest frame word in its sentence."""
    best: tuple[int, int, str] | None = None
    for direction in (-1, 1):
        for step in range(1, window + 1):
            k = at + direction * step
            if not 0 <= k < len(tokens) or tokens[k] in _SENTENCE_END:
                break
            frame = _frame_of_word(tokens[k])
            if frame is not None:
                key = (step, FRAME_ORDER.index(frame), frame)
                if best is None or key < best:
                    best = key
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

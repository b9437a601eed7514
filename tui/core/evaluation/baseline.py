"""The one-line anchor: align two paragraphs of different articles when their
rapidfuzz ``token_set_ratio`` reaches a cut.

It is what any fuzzy-matching script would do, so an engine that does not
beat it on unseen coverage has learned nothing general.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from tui.core.model import Article

#: The cuts the anchor is tried at; the best is reported.
BASELINE_CUTS: tuple[int, ...] = tuple(range(30, 95, 5))


def pair_scores(articles: Sequence[Article]) -> list[tuple[str, str, float]]:
    """Every cross-article paragraph pair with its ``token_set_ratio`` (0-100)."""
    paras = [(a.id, p.id, p.text) for a in articles for p in a.paragraphs]
    out = []
    for i, (art_a, pid_a, text_a) in enumerate(paras):
        for art_b, pid_b, text_b in paras[i + 1 :]:
            if art_a != art_b:
                out.append((pid_a, pid_b, fuzz.token_set_ratio(text_a, text_b)))
    return out


def baseline_groups(scores: Sequence[tuple[str, str, float]], cut: float) -> list[list[str]]:
    """One two-paragraph group per pair at or above ``cut``."""
    return [[a, b] for a, b, s in scores if s >= cut]

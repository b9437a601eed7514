"""Tokens of a paragraph, for the number parser, and the spans mentions take.

A number, its hedge and what it counts never cross a clause boundary, so the
parser works on the tokens of one clause at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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
class Tok:
    """One token: digits, a word or a punctuation character, with its offsets."""

    text: str
    start: int
    end: int
    lower: str
    kind: str  # "d" digits, "w" word, "p" punctuation


def tokens(folded: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokens of ``folded[start:end]``, with offsets into ``folded``."""
    out: list[Tok] = []
    append = out.append
    pos = start
    for gap, digits, word, punct in _TOKEN_RE.findall(
        folded, start, len(folded) if end is None else end
    ):
        first = pos + len(gap)
        if digits:
            pos = first + len(digits)
            append(Tok(digits, first, pos, digits, "d"))
        elif word:
            pos = first + len(word)
            # a word starts with a letter, or with a digit that is no decimal ("²")
            c = word[0]
            kind = "w" if c.isalpha() else ("d" if c.isdigit() else "p")
            append(Tok(word, first, pos, word.lower(), kind))
        else:
            pos = first + len(punct)
            append(Tok(punct, first, pos, punct.lower(), "p"))
    return out


def adjacent(a: Tok, b: Tok) -> bool:
    """Does ``b`` follow ``a`` with nothing between them?"""
    return a.end == b.start


def span_text(toks: list[Tok], i: int, j: int, folded: str) -> str:
    """The text from ``toks[i]`` to ``toks[j]``, both included."""
    return folded[toks[i].start : toks[j].end]


class Spans:
    """The spans of a paragraph already taken by a mention: no two mentions overlap."""

    __slots__ = ("taken",)

    def __init__(self) -> None:
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        for s, e in self.taken:
            if end > s and start < e:
                return False
        return True

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))


def trie_pattern(words: Iterable[str]) -> str:
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

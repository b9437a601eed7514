"""Sentences: where a paragraph's sentences begin and end.

A full stop, question or exclamation mark (with any closing quotes or
brackets) ends a sentence when space and something that can open a sentence
follow it; the full stop of an abbreviation ("Sept. 13", "Mr. Putin"), an
initial ("J. Smith") or a dotted acronym ("U.S. officials") does not.
"""

from __future__ import annotations

import re

from tui.core.lexicon.english import SENTENCE_ABBREVIATIONS

__all__ = ["sentence_spans"]

# Sentence boundaries: a full stop, question or exclamation mark (with any
# closing quotes or brackets) followed by space and something that can open a
# sentence.  Abbreviations and initials are not boundaries.
_BOUNDARY_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns ``(start, end)`` offsets, trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group().startswith("."):
            last = _last_word(text, start, m.start())
            # "Sept. 13", "Mr. Putin", "U.S. officials", "J. Smith"
            if last and (
                last.lower() in SENTENCE_ABBREVIATIONS
                or len(last) == 1
                or (
                    m.start() - start >= 2
                    and text[m.start() - 2] == "."
                    and _is_word_char(text[m.start() - 1])
                )
            ):
                continue
        end = m.end()
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _last_word(text: str, start: int, end: int) -> str:
    r"""The last word of ``text[start:end]`` (a final dot allowed), read from its end.

    What ``([^\W\d_]+)\.?$`` finds in that span, ``$`` matching at its end or
    before a final newline; read backwards, without trying every start."""
    k = end
    if k > start and not _is_letter(text[k - 1]):
        if text[k - 1] == "\n" and k - 1 > start and text[k - 2] == ".":
            k -= 2  # "word.\n"
        elif text[k - 1] in ".\n":
            k -= 1  # "word." or "word\n"
        else:
            return ""
    stop = k
    while k > start:
        c = text[k - 1]
        if not c.isalnum() or c.isdecimal():  # not _is_letter(c)
            break
        k -= 1
    return text[k:stop]


def _is_letter(c: str) -> bool:
    r"""``[^\W\d_]``: a word character that is no decimal digit nor underscore."""
    return c.isalnum() and not c.isdecimal()


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))

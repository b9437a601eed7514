"""Claims: what a verdict is about.

A claim is the sentence under the text cursor and the sentences the alignment
links to it in the other articles, or a span the reader selected.  A verdict
on a claim is kept as a note on each of its parts, tagged with the verdict
(:data:`VERDICT_TAGS`), so it travels with the notes: placed again when the
text changes, listed, reported and exported as a W3C annotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.align import Group

__all__ = ["VERDICT_TAGS", "ClaimPart", "claim_at", "sentence_at"]

VERDICT_TAGS = ("accurate", "inaccurate", "misleading", "unverified")
"""The verdicts a claim can have, in the picker's order ("clear" takes it away)."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


@dataclass(frozen=True, slots=True)
class ClaimPart:
    """The part of a claim in one paragraph: offsets into its text."""

    paragraph: str
    start: int
    end: int


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence of ``text`` around offset ``pos``, without the white space round it."""
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        else:
            end = m.start() + len(m.group().rstrip())
            break
    while start < end and text[start].isspace():
        start += 1
    return start, max(start, end)


def claim_at(
    paragraph: str,
    text: str,
    caret: int,
    *,
    selection: tuple[int, int] | None = None,
    group: Group | None = None,
) -> tuple[ClaimPart, ...]:
    """The claim at offset ``caret`` of ``paragraph`` (its ``text``).

    A ``selection`` is the claim as it is.  Otherwise the claim is the
    ``group``'s sentence under the caret with every sentence linked to it
    (through any chain of links), in article order; outside the group's
    sentences, the sentence under the caret alone.
    """
    if selection is not None and selection[1] > selection[0]:
        return (ClaimPart(paragraph, *selection),)
    here = None
    if group is not None:
        here = next(
            (s for s in group.sentences if s.paragraph == paragraph and s.start <= caret <= s.end),
            None,
        )
    if here is None or group is None:
        return (ClaimPart(paragraph, *sentence_at(text, caret)),)
    found = {here}
    grew = True
    while grew:
        grew = False
        for link in group.links:
            for one, other in ((link.a, link.b), (link.b, link.a)):
                if one in found and other not in found:
                    found.add(other)
                    grew = True
    order = {s: i for i, s in enumerate(group.sentences)}
    parts: Sequence[ClaimPart] = [
        ClaimPart(s.paragraph, s.start, s.end)
        for s in sorted(found, key=lambda s: (order.get(s, len(order)), s.paragraph, s.start))
    ]
    return tuple(parts)

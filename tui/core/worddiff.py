"""Word-level differences inside an aligned group.

A group says *why* its paragraphs belong together through its clauses
(:attr:`~tui.core.align.Group.sentences`).  :func:`group_clauses` gives, for
each paragraph of the group, the stretches that are those clauses.

:func:`unshared_words` then compares the clauses that state the same thing:
a clause is compared with the clauses of other articles it is linked to
(:attr:`~tui.core.align.Group.links`), or, when it has no link (a repeated
line, a paragraph the reader linked by hand), with every clause of the other
articles in the group.  A content word of the clause that none of those
clauses has, after stemming and spelling folding ("armoured" and "armored"
are one word: :func:`~tui.core.text.word_key`), is returned: those are the
words only some of the group's paragraphs have.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from tui.core.align import Group, SentenceRef
from tui.core.model import Paragraph, article_of
from tui.core.text import WORD_RE, word_key

__all__ = ["group_clauses", "unshared_words"]

Spans = tuple[tuple[int, int], ...]


def group_clauses(group: Group, paragraphs: Mapping[str, Paragraph]) -> dict[str, Spans]:
    """For each paragraph of ``group``, the stretches of it that are the group's clauses.

    A paragraph with no clause in the group counts whole, or, when it repeats
    a paragraph that has clauses there, with that paragraph's stretches.
    """
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in group.sentences:
        spans[s.paragraph].append((s.start, s.end))
    out: dict[str, Spans] = {}
    for pid in group.paragraphs:
        paragraph = paragraphs.get(pid)
        if paragraph is None:
            continue
        own = spans.get(pid) or (spans.get(paragraph.repeat_of or "") or [])
        out[pid] = tuple(sorted(own)) if own else ((0, len(paragraph.text)),)
    return out


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in WORD_RE.finditer(text, start, end):
        key = word_key(m.group())
        if key is not None and len(m.group()) > 1:
            out.append((m.start(), m.end(), key))
    return out


def unshared_words(group: Group, paragraphs: Mapping[str, Paragraph]) -> dict[str, Spans]:
    """For each paragraph of ``group``, the words of its clauses its counterparts lack."""
    clauses = group_clauses(group, paragraphs)
    units: list[SentenceRef] = [
        SentenceRef(pid, s, e) for pid, stretches in clauses.items() for s, e in stretches
    ]
    words = {u: _words(paragraphs[u.paragraph].text, u.start, u.end) for u in units}
    keys = {u: {k for _, _, k in ws} for u, ws in words.items()}
    partners: dict[SentenceRef, set[SentenceRef]] = defaultdict(set)
    for link in group.links:
        if link.a in keys and link.b in keys:
            partners[link.a].add(link.b)
            partners[link.b].add(link.a)
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for u in units:
        others = partners.get(u) or {
            v for v in units if article_of(v.paragraph) != article_of(u.paragraph)
        }
        if not others:
            continue
        seen = set().union(*(keys[v] for v in others))
        out[u.paragraph].extend((s, e) for s, e, k in words[u] if k not in seen)
    return {pid: tuple(sorted(spans)) for pid, spans in out.items() if spans}

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
words only some of the group's paragraphs have.  A word any counterpart
paragraph has anywhere in its text is not one of them: clauses are parts of
sentences, and "24 people injured" in another clause of the counterpart still
says it.

Marked all, those words cover about a third of a clause's words: when
everything is marked, nothing stands out.  ``quiet`` keeps only the words a
reader acts on: figures, names and the words rare in general English that
carry the claim (:func:`carries_claim`); the full marking stays one key away.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping

from tui.core.align import Group, SentenceRef
from tui.core.model import Paragraph, article_of
from tui.core.settings import DEFAULT_HIGHLIGHTS, HighlightSettings
from tui.core.text import word_key

__all__ = ["WORD", "carries_claim", "group_clauses", "unshared_words"]

Spans = tuple[tuple[int, int], ...]

WORD = re.compile(
    r"(?:[^\W_]\.){2,}"  # U.S. / U.N. / a.m.
    r"|[^\W_]+(?:[.,'\u2019][^\W_]+)*"  # words, 1st, 1,200, 2.5, Russia's
)
"""A word as a reader sees it: letters and digits together ("1st" is one word)."""


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
    for m in WORD.finditer(text, start, end):
        key = word_key(m.group())
        if key is not None and len(m.group()) > 1:
            out.append((m.start(), m.end(), key))
    return out


def _keys(text: str) -> set[str]:
    return {key for _, _, key in _words(text, 0, len(text))}


def _sentence_start(text: str, start: int) -> bool:
    """The word at ``start`` begins the text or a sentence (its capital says nothing)."""
    before = text[:start].rstrip(" \"'\u201c\u2018([")
    return not before or before[-1] in ".!?:\u2014"


def carries_claim(
    text: str,
    start: int,
    end: int,
    *,
    zipf: Callable[[str], float],
    settings: HighlightSettings = DEFAULT_HIGHLIGHTS,
) -> bool:
    """Whether the word ``text[start:end]`` is worth marking in the quiet marking: a
    figure, a name (a capital not at a sentence's start), or a word rarer in general
    English than ``settings.quiet_zipf_max`` (``zipf``: its Zipf frequency).  In a
    headline, where most words are capitalised, only rarity and figures count."""
    word = text[start:end]
    if word[0].isdigit():
        return True
    if word[0].isupper() and not _sentence_start(text, start) and not _title_case(text):
        return True
    return zipf(word.lower()) < settings.quiet_zipf_max


def _title_case(text: str) -> bool:
    """Most longer words of ``text`` are capitalised (a headline): a capital names nothing."""
    words = [
        m.group() for m in WORD.finditer(text) if len(m.group()) > 3 and m.group()[0].isalpha()
    ]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def unshared_words(
    group: Group,
    paragraphs: Mapping[str, Paragraph],
    *,
    keep: Callable[[str, int, int], bool] | None = None,
) -> dict[str, Spans]:
    """For each paragraph of ``group``, the words of its clauses its counterparts lack.

    A clause's counterparts are the paragraphs of the clauses it is linked to, or
    with no link, every paragraph of another article in the group.  ``keep``
    (``text, start, end``) drops the words not worth marking (None: keep all).
    """
    clauses = group_clauses(group, paragraphs)
    units: list[SentenceRef] = [
        SentenceRef(pid, s, e) for pid, stretches in clauses.items() for s, e in stretches
    ]
    words = {u: _words(paragraphs[u.paragraph].text, u.start, u.end) for u in units}
    partners: dict[SentenceRef, set[str]] = defaultdict(set)
    for link in group.links:
        if link.a in words and link.b in words:
            partners[link.a].add(link.b.paragraph)
            partners[link.b].add(link.a.paragraph)
    paragraph_keys = {pid: _keys(paragraphs[pid].text) for pid in clauses}
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for u in units:
        others = partners.get(u) or {
            pid for pid in clauses if article_of(pid) != article_of(u.paragraph)
        }
        if not others:
            continue
        seen = set().union(*(paragraph_keys[pid] for pid in others))
        text = paragraphs[u.paragraph].text
        out[u.paragraph].extend(
            (s, e) for s, e, k in words[u] if k not in seen and (keep is None or keep(text, s, e))
        )
    return {pid: tuple(sorted(set(spans))) for pid, spans in out.items() if spans}

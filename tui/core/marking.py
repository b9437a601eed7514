"""Between paragraphs and notes: a selection becomes an anchor, a note becomes spans.

The screen selects text inside one paragraph (offsets into ``paragraph.text``);
notes are anchored in the article's source text (:attr:`Article.text`).  For
plain text the two agree after a shift by ``paragraph.start``; for Markdown
and HTML the paragraph's text is the block with its syntax removed, so the
quote is looked up inside the block's source instead.

Also here: the word motions of the text cursor (ctrl+left and ctrl+right).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.core.annotations import Note, Placement, TextAnchor, article_for, make_anchor
from tui.core.model import Article, Paragraph

__all__ = [
    "NoteSpan",
    "note_spans",
    "selection_anchor",
    "word_left",
    "word_right",
]


def _direct(article: Article, paragraph: Paragraph) -> bool:
    """True when the paragraph's text is its source text, character for character."""
    return article.text[paragraph.start : paragraph.end] == paragraph.text


def selection_anchor(article: Article, paragraph: Paragraph, start: int, end: int) -> TextAnchor:
    """The anchor of ``paragraph.text[start:end]``; of the whole paragraph when empty."""
    start, end = sorted((max(0, start), min(len(paragraph.text), end)))
    while start < end and paragraph.text[start].isspace():  # a selection's own spaces
        start += 1
    while end > start and paragraph.text[end - 1].isspace():
        end -= 1
    if start == end:
        start, end = 0, len(paragraph.text)
    if _direct(article, paragraph):
        return make_anchor(
            article.text, paragraph.start + start, paragraph.start + end, source=article.source
        )
    quote = paragraph.text[start:end]
    found = article.text.find(quote, paragraph.start, paragraph.end)
    if found == -1:  # the quote spans markup: anchor the whole block
        return make_anchor(article.text, paragraph.start, paragraph.end, source=article.source)
    return make_anchor(article.text, found, found + len(quote), source=article.source)


@dataclass(frozen=True, slots=True)
class NoteSpan:
    """The part of a note's span that falls in one paragraph (paragraph offsets)."""

    note: str
    """The note's id."""
    start: int
    end: int


def note_spans(
    articles: Sequence[Article], notes: Sequence[Note], where: Mapping[str, Placement]
) -> dict[str, tuple[NoteSpan, ...]]:
    """Each paragraph's note spans (by paragraph id), from the notes' placements.

    A note that spans several paragraphs shows in each; an orphaned note in none.
    """
    out: dict[str, list[NoteSpan]] = {}
    for note in notes:
        placement = where.get(note.id)
        article = article_for(note.anchor.source, note.anchor.sha256, articles)
        if placement is None or placement.orphaned or article is None:
            continue
        for p in article.paragraphs:
            if p.end <= placement.start or p.start >= placement.end:
                if not (placement.start == placement.end == p.start):
                    continue
            if _direct(article, p):
                s = max(placement.start, p.start) - p.start
                e = min(placement.end, p.end) - p.start
            else:
                quote = article.text[placement.start : placement.end]
                found = p.text.find(quote) if quote else -1
                s, e = (found, found + len(quote)) if found != -1 else (0, len(p.text))
            out.setdefault(p.id, []).append(NoteSpan(note.id, s, max(s, e)))
    return {pid: tuple(spans) for pid, spans in out.items()}


def word_right(text: str, pos: int) -> int:
    """Where ctrl+right goes from ``pos``: the end of this or the next word."""
    n = len(text)
    while pos < n and not text[pos].isalnum():
        pos += 1
    while pos < n and text[pos].isalnum():
        pos += 1
    return pos


def word_left(text: str, pos: int) -> int:
    """Where ctrl+left goes from ``pos``: the start of this or the previous word."""
    while pos > 0 and not text[pos - 1].isalnum():
        pos -= 1
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos

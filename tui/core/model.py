"""The data every part of the engine shares: articles and their paragraphs.

Everything here is a small frozen dataclass that carries character offsets
back into the decoded source text, so a highlight or a note can always be
traced to the file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal
from urllib.parse import urlsplit

ParagraphKind = Literal["title", "heading", "body", "metadata"]

#: Article ids, in order: the first article is "A", the twelfth "L".
ARTICLE_IDS = "ABCDEFGHIJKL"
MIN_ARTICLES = 2
MAX_ARTICLES = len(ARTICLE_IDS)


def article_of(paragraph_id: str) -> str:
    """The article id of a paragraph id: ``"B12"`` -> ``"B"``."""
    return paragraph_id.rstrip("0123456789")


def source_stem(source: str) -> str:
    """A source's short name: a file's stem, a URL's host without ``www.``, or
    "standard input" for ``-``."""
    if source == "-":
        return "standard input"
    if "://" in source:
        try:
            host = urlsplit(source).hostname
        except ValueError:
            host = None
        return (host or "").removeprefix("www.") or source
    return PurePosixPath(source.replace("\\", "/")).stem or source


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of an article: a paragraph, heading, list item or quote.

    ``start``/``end`` are offsets into :attr:`Article.text` (the decoded
    source).  For plain text ``text == article.text[start:end]``; for
    Markdown and HTML ``text`` is the block's plain text with the syntax
    removed, and the offsets span the block in the source.
    """

    id: str
    """Unique across a comparison: article id plus 1-based index, e.g. ``"A7"``."""
    article: str
    """The id of the article this paragraph belongs to (``"A"``)."""
    index: int
    """0-based position in the article's reading order."""
    text: str
    start: int
    end: int
    kind: ParagraphKind = "body"
    repeat_of: str | None = None
    """The id of an earlier paragraph of the same article with the same text."""

    @property
    def is_content(self) -> bool:
        """True for paragraphs that carry new content (not repeats, not metadata)."""
        return self.repeat_of is None and self.kind != "metadata"


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded article: its decoded source text and its paragraphs."""

    id: str
    source: str
    """The path or URL it was loaded from (``"-"`` for standard input)."""
    title: str
    text: str
    """The decoded source text; paragraph offsets point into it."""
    paragraphs: tuple[Paragraph, ...]
    format: Literal["text", "markdown", "html"] = "text"
    warnings: tuple[str, ...] = field(default=())
    label: str = ""
    """The outlet's short name for headers and reports (see :mod:`tui.core.labels`);
    empty when made: the source's stem."""
    date: str | None = None
    """The article's date (``YYYY-MM-DD``) from a set file or its metadata, if known."""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", source_stem(self.source))

    @property
    def content_paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.is_content)

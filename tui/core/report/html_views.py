"""The HTML report's view objects: what the template shows, built from the JSON report,
plus its palette, legend and the outlets' labels."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal
from urllib.parse import urlsplit

from tui.core.report.schema import (
    ArticleJson,
)
from tui.core.textsafe import printable

MarkKind = Literal["differ", "compatible", "agree", "spelling"]

#: The colours of the page.  Every pair in :data:`CONTRAST_PAIRS` has a
#: contrast of at least 4.5:1 (WCAG AA for body text; a test checks it).
PALETTE: dict[str, str] = {
    "text": "#1b1b1f",
    "background": "#ffffff",
    "muted": "#55555f",
    "rule": "#c9c9d1",
    "head-bg": "#eef0f4",
    "link": "#1d4f91",
    "differ-fg": "#ffffff",
    "differ-bg": "#a4161a",
    "compatible-fg": "#6e4400",
    "compatible-bg": "#fff1cc",
    "agree-fg": "#1c5e2f",
    "agree-bg": "#e6f4ea",
    "spelling-fg": "#1d4f91",
    "spelling-bg": "#e7eefa",
    "unique-fg": "#5b2f91",
    "unique-bg": "#f1eafa",
    "missing-fg": "#55555f",
    "missing-bg": "#f4f4f6",
    "note-fg": "#1b1b1f",
    "note-bg": "#fff7d6",
}

#: (foreground, background) names of :data:`PALETTE` that text is drawn in.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("muted", "background"),
    ("link", "background"),
    ("text", "head-bg"),
    ("link", "head-bg"),
    ("differ-fg", "differ-bg"),
    ("compatible-fg", "compatible-bg"),
    ("agree-fg", "agree-bg"),
    ("spelling-fg", "spelling-bg"),
    ("unique-fg", "unique-bg"),
    ("missing-fg", "missing-bg"),
    ("note-fg", "note-bg"),
    ("link", "note-bg"),
)

#: The app's signs (the differences list), shown beside every highlight so it
#: never relies on colour alone: each kind also has its own text style.
SIGNS: dict[str, str] = {
    "differ": "≠",
    "compatible": "≈",
    "agree": "=",
    "spelling": "Aa",
    "unique": "◇",
    "missing": "—",
    "latest": "▲",
    "note": "✎",
    "flagged": "⚑",
    "reviewed": "✓",
}

#: What a sign says to a screen reader.
SIGN_LABELS: dict[str, str] = {
    "differ": "differs",
    "compatible": "compatible",
    "agree": "agrees",
    "spelling": "spelled another way",
    "unique": "only here",
    "missing": "not reported",
    "latest": "latest",
    "note": "note",
    "flagged": "flagged",
    "reviewed": "reviewed",
}

#: What each highlight means, in the legend's order: (kind, sample, meaning).
LEGEND: tuple[tuple[str, str, str], ...] = (
    ("differ", "30", "a figure that differs from another report of the same quantity"),
    ("compatible", "two dozen", "a figure compatible with the others (hedged or rounded)"),
    ("agree", "24", "a figure the other reports agree on"),
    ("spelling", "Kiev", "a name or word spelled another way elsewhere"),
    ("unique", "only here", "a claim only one outlet reports"),
    ("missing", "not reported", "the outlet has nothing for this claim"),
    ("latest", "latest", "the figure of the latest-dated reports, where dates differ"),
    ("note", "note", "a reviewer's note (with a session)"),
)

_VERDICT_MARK: dict[str, MarkKind] = {
    "differ": "differ",
    "compatible": "compatible",
    "agree": "agree",
}
_PRIORITY: tuple[MarkKind, ...] = ("differ", "compatible", "spelling", "agree")
_UNDATED_KINDS = frozenset({"date", "weekday", "time"})

FOLD_CHARACTERS = 1600
"""A group whose text is longer than this starts folded (its ``<details>`` closed)."""
EXCERPT_CHARACTERS = 140
"""The length of a claim's excerpt in the summary and the matrix."""
CLAUSE_CHARACTERS = 80
"""The longest clause shown for a paragraph that appeared in full in an earlier group."""
LABEL_CHARACTERS = 32
"""The length of an outlet's name made from its title, in column headers (a report
without labels); an article's own label is at most ``tui.core.labels.LABEL_CHARACTERS``."""


# ---------------------------------------------------------------- outlets


def outlet_label(article: ArticleJson) -> str:
    """The short name of an outlet, for column headers and lists.

    The article's ``label`` (given, or found in its metadata: see
    ``tui.core.labels``); a report without labels (made by an older version)
    falls back to the title, shortened, unless the title is only its file
    name, and then to the source's file stem (a URL's host).
    """
    if label := " ".join(article.get("label", "").split()):
        return printable(label)  # already short (tui.core.labels.LABEL_CHARACTERS)
    source = article["source"]
    title = " ".join(article["title"].split())
    stem = _source_stem(source)
    if title and title not in _source_names(source) | {stem}:
        return printable(_shorten(title, LABEL_CHARACTERS))
    return printable(_shorten(stem, LABEL_CHARACTERS))


def _source_names(source: str) -> set[str]:
    """What the loader calls an article that has no title: its file name, a URL's host and path."""
    parts = urlsplit(source)
    return {source, PurePosixPath(source.replace("\\", "/")).name, parts.netloc + parts.path}


def _source_stem(source: str) -> str:
    """A source's file stem (a URL's host; "standard input" for ``-``)."""
    if source == "-":
        return "standard input"
    if "://" in source:
        return urlsplit(source).hostname or source
    return PurePosixPath(source.replace("\\", "/")).stem or source


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _anchor(kind: str, ident: str) -> str:
    """A fragment id for an element (``p-A7``, ``g-G3``): only safe characters."""
    return f"{kind}-{re.sub(r'[^A-Za-z0-9_-]', '_', ident)}"


# ---------------------------------------------------------------- view objects


@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    label: str
    title: str
    source: str
    format: str
    as_of: str
    """The date the outlet reports as of (``YYYY-MM-DD``), or empty."""
    paragraphs: int
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a paragraph's text, plain or highlighted (``mark``)."""

    text: str
    mark: MarkKind | None = None
    hint: str = ""


@dataclass(frozen=True, slots=True)
class NoteView:
    paragraph: str
    href: str
    tag: str
    quote: str
    note: str
    placement: str


@dataclass(frozen=True, slots=True)
class ParagraphView:
    id: str
    anchor: str
    """Its fragment id, on its first appearance only (ids are unique)."""
    kind: str
    remark: str
    """"repeat of A1", "heading" ... or empty."""
    pieces: tuple[Piece, ...]
    again: str
    """Where it was shown in full ("G1"), when this is a later appearance: then
    ``pieces`` are only the clauses that tie it to this group."""
    href: str
    notes: tuple[NoteView, ...]


@dataclass(frozen=True, slots=True)
class Cell:
    outlet: Outlet
    paragraphs: tuple[ParagraphView, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """One report of a quantity, for the summary and the matrix."""

    paragraph: str
    href: str
    text: str
    hedge: str
    value: str
    as_of: str
    mark: MarkKind
    latest: bool


@dataclass(frozen=True, slots=True)
class ItemReview:
    verdict: str
    comment: str
    marks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the comparison: a group, or a paragraph only one outlet has."""

    id: str
    anchor: str
    kind: Literal["group", "unique"]
    excerpt: str
    cells: tuple[Cell, ...]
    reporters: tuple[str, ...]
    signs: tuple[MarkKind, ...]
    """The highlights inside it, for its folded summary line."""
    figures: Mapping[str, tuple[Figure, ...]]
    """Outlet id to the figures it gives here (the coverage matrix)."""
    folded: bool
    review: ItemReview | None


@dataclass(frozen=True, slots=True)
class FigureLine:
    outlet: Outlet
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class QuantityView:
    id: str
    quantity: str
    unit: str
    verdict: str
    lines: tuple[FigureLine, ...]
    later: str
    """"820, as of 2023-09-10 (A14, C3)" where reports are dated, else empty."""


@dataclass(frozen=True, slots=True)
class FrameView:
    frame: str
    quantities: tuple[QuantityView, ...]


@dataclass(frozen=True, slots=True)
class Spelling:
    text: str
    odd: bool
    """Not the outlet-wide most common form."""


@dataclass(frozen=True, slots=True)
class VariantView:
    name: str
    href: str
    kind: Literal["name", "word"]
    by_outlet: tuple[tuple[Spelling, ...], ...]
    """For each outlet (in order), the spellings it uses; empty: not used."""


@dataclass(frozen=True, slots=True)
class UniqueView:
    outlet: Outlet
    claims: tuple[tuple[str, str, str], ...]
    """(paragraph id, href, excerpt)."""


@dataclass(frozen=True, slots=True)
class ReviewView:
    verdicts: tuple[tuple[str, str, str, str], ...]
    """(item id, href, label, comment)."""
    flagged: tuple[tuple[str, str], ...]
    reviewed: tuple[tuple[str, str], ...]
    notes: tuple[NoteView, ...]
    unresolved: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    event: str
    generator: str
    outlets: tuple[Outlet, ...]
    frames: tuple[FrameView, ...]
    variants: tuple[VariantView, ...]
    unique: tuple[UniqueView, ...]
    rows: tuple[Row, ...]
    review: ReviewView | None
    legend: tuple[tuple[str, str, str], ...] = LEGEND
    signs: Mapping[str, str] = field(default_factory=lambda: SIGNS)
    labels: Mapping[str, str] = field(default_factory=lambda: SIGN_LABELS)

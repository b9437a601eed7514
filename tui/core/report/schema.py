"""The shape of the JSON report, as typed dictionaries.

:func:`~tui.core.report.report_json` returns a :class:`Report`;
``docs/REPORT-SCHEMA.md`` describes every field for readers of the JSON.
Keys marked ``NotRequired`` appear only when they have something to say.
Changes must stay additive; a breaking change bumps ``REPORT_VERSION``.

(No ``from __future__ import annotations`` here: with it, Python 3.11 cannot
tell ``NotRequired`` keys at run time, and the tests check the report against
these types.)
"""

from typing import Literal, NotRequired, TypedDict

from tui.core.model import ParagraphKind

REPORT_FORMAT = "parallax-report"
REPORT_VERSION = 1


class ParagraphJson(TypedDict):
    """One paragraph, with offsets into the article's decoded source text."""

    id: str
    text: str
    start: int
    end: int
    kind: ParagraphKind
    repeat_of: str | None


class ArticleJson(TypedDict):
    id: str
    source: str
    title: str
    label: str
    """The outlet's short name (given, or from the article's metadata; see ``tui.core.labels``)."""
    date: NotRequired[str]
    """The article's date (YYYY-MM-DD), from a set file or the page's metadata."""
    format: Literal["text", "markdown", "html"]
    warnings: list[str]
    paragraphs: list[ParagraphJson]


class ClauseJson(TypedDict):
    """A clause: its paragraph and offsets into the paragraph text."""

    paragraph: str
    start: int
    end: int


class LinkJson(TypedDict):
    """Two clauses of different articles that state the same thing."""

    a: ClauseJson
    b: ClauseJson
    score: float
    shared: list[str]


class GroupJson(TypedDict):
    id: str
    paragraphs: list[str]
    score: float
    links: list[LinkJson]


class MentionJson(TypedDict):
    """Where a name or word is written; offsets into the paragraph text."""

    paragraph: str
    text: str
    start: int
    end: int


class EntityJson(TypedDict):
    id: str
    name: str
    spellings: list[str]
    variants: bool
    by_article: dict[str, list[str]]
    mentions: list[MentionJson]


class WordVariantJson(TypedDict):
    key: str
    spellings: list[str]
    aligned: bool
    by_article: dict[str, list[str]]
    mentions: list[MentionJson]


class NumberMentionJson(TypedDict):
    paragraph: str
    text: str
    value: int | float
    start: int
    end: int
    kind: str
    """"count", "percent", "money", "ordinal", "duration", "measure", "date",
    "weekday" or "time"."""
    qualifier: NotRequired[str]
    unit: NotRequired[str]
    frame: NotRequired[str]
    """What the figure counts ("killed", "injured", "magnitude", "length" ...)."""
    dimension: NotRequired[str]
    """For a measurement: "length", "mass", "area", "volume" or "speed"."""
    si_value: NotRequired[int | float]
    """For a measurement: its value in SI units (metres, kilograms ...)."""
    as_of: NotRequired[str]
    """The date its article reports as of (YYYY-MM-DD)."""


class LaterJson(TypedDict):
    value: int | float
    paragraphs: list[str]
    as_of: str


class QuantityJson(TypedDict):
    id: str
    quantity: str
    agree: bool
    verdict: str
    """"agree", "differ" or "compatible"."""
    kind: str
    mentions: list[NumberMentionJson]
    frame: NotRequired[str]
    unit: NotRequired[str]
    later: NotRequired[LaterJson]


class ItemJson(TypedDict):
    """A reviewed item: a group, or a paragraph only one article has."""

    kind: Literal["group", "paragraph"]
    id: str


class VerdictJson(ItemJson):
    label: str
    comment: str


class NoteJson(TypedDict):
    id: str
    article: str | None
    paragraph: str | None
    quote: str
    tag: str
    note: str
    placement: str
    """"unchanged", "exact", "fuzzy" or "orphaned"."""
    start: int
    end: int
    verdict: NotRequired[str]
    """The verdict the note carries on its claim ("accurate", "inaccurate",
    "misleading" or "unverified"); the note's text is the reason."""


class UnresolvedJson(TypedDict, total=False):
    """A saved mark that no longer fits the articles, as it was saved.

    ``mark`` says what it was; the other keys are those of that mark in the
    session file (``kind``/``id`` for marks and verdicts, ``paragraph``/
    ``group``/``anchor`` for manual links and unlinks).
    """

    mark: str
    kind: str
    id: str
    label: str
    comment: str
    paragraph: str
    group: str
    anchor: str


class ReviewJson(TypedDict):
    reviewed: list[ItemJson]
    flagged: list[ItemJson]
    verdicts: list[VerdictJson]
    notes: list[NoteJson]
    unresolved: list[UnresolvedJson]


class Report(TypedDict):
    """The whole report (``format``: "parallax-report", ``version``: 1)."""

    format: str
    version: int
    generator: str
    title: NotRequired[str]
    """The comparison's title, from a set file."""
    articles: list[ArticleJson]
    groups: list[GroupJson]
    unique: list[str]
    entities: list[EntityJson]
    word_variants: list[WordVariantJson]
    numbers: list[QuantityJson]
    review: NotRequired[ReviewJson]

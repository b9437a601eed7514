"""The report to hand on: one self-contained HTML file, rendered from the JSON report.

:func:`render_html` turns the dictionary :func:`~tui.core.report.report_json`
builds into a page an editor opens in any browser: what differs first (figures
per quantity frame, names spelled differently, claims only one outlet
reports), a coverage matrix of claims by outlet, the aligned comparison with
the app's highlights, and the review when there is a session.

The page is built with Jinja2 (``templates/report.html.j2``) with autoescaping
on: every piece of article text, title, label, note and address reaches the
page escaped, as text.  Highlights are cut here into plain pieces
(:class:`Piece`), never written as markup into the text.  The page has no
script; its one inline stylesheet is allowed by hash in a
Content-Security-Policy that forbids everything else (scripts, fetches,
images, frames, forms).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from tui.core.model import article_of
from tui.core.report.schema import (
    ArticleJson,
    EntityJson,
    GroupJson,
    ItemJson,
    NoteJson,
    NumberMentionJson,
    QuantityJson,
    Report,
    ReviewJson,
    WordVariantJson,
)
from tui.core.textsafe import printable

if TYPE_CHECKING:
    import jinja2

    from tui.core.compare import Comparison
    from tui.core.model import Article
    from tui.core.session import Session

__all__ = [
    "CONTRAST_PAIRS",
    "PALETTE",
    "outlet_label",
    "render_html",
    "report_html",
    "stylesheet",
]

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
"""The length of an outlet's label in column headers."""


# ---------------------------------------------------------------- outlets


def outlet_label(article: ArticleJson) -> str:
    """The short name of an outlet, for column headers and lists.

    For now: the article's title, shortened, unless the title is only its file
    name; then the source's file stem (a URL's host).  This is the one place
    to change when outlets get labels of their own.
    """
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


# ---------------------------------------------------------------- the report's indexes


@dataclass(slots=True)
class _Index:
    """Look-ups over one report, built once."""

    report: Report
    outlets: dict[str, Outlet]
    text: dict[str, str]
    kind: dict[str, str]
    repeat_of: dict[str, str | None]
    marks: dict[str, list[tuple[int, int, MarkKind, str]]]
    shown: set[str] = field(default_factory=set)
    """Paragraphs the comparison shows (links go only there)."""
    anchored: dict[str, str] = field(default_factory=dict)
    """Paragraph id to the row that shows it in full (and holds its anchor)."""
    rows: set[str] = field(default_factory=set)
    """The ids of the comparison's rows (groups and unique paragraphs)."""

    def href(self, paragraph: str) -> str:
        return f"#{_anchor('p', paragraph)}" if paragraph in self.shown else ""


def _as_of(report: Report, article: str) -> str:
    dates = {
        m["as_of"]
        for n in report["numbers"]
        for m in n["mentions"]
        if "as_of" in m and article_of(m["paragraph"]) == article
    }
    return max(dates, default="")


def _outlet(report: Report, article: ArticleJson) -> Outlet:
    return Outlet(
        id=article["id"],
        label=outlet_label(article),
        title=printable(" ".join(article["title"].split())),
        source=printable(article["source"]),
        format=article["format"],
        as_of=_as_of(report, article["id"]),
        paragraphs=len(article["paragraphs"]),
        warnings=tuple(printable(w) for w in article["warnings"]),
    )


def _index(report: Report) -> _Index:
    paragraphs = [p for a in report["articles"] for p in a["paragraphs"]]
    return _Index(
        report=report,
        outlets={a["id"]: _outlet(report, a) for a in report["articles"]},
        text={p["id"]: p["text"] for p in paragraphs},
        kind={p["id"]: p["kind"] for p in paragraphs},
        repeat_of={p["id"]: p["repeat_of"] for p in paragraphs},
        marks=_marks(report),
    )


# ---------------------------------------------------------------- highlights


def _figure_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def _number_hint(n: QuantityJson) -> str:
    """A figure's tooltip: its quantity and its verdict."""
    return f"{n['quantity']}: {n['verdict']}"


def _spelling_hint(item: EntityJson | WordVariantJson) -> str:
    return "spelled " + "; ".join(
        f"{article}: {', '.join(forms)}" for article, forms in item["by_article"].items()
    )


def _marks(report: Report) -> dict[str, list[tuple[int, int, MarkKind, str]]]:
    """Paragraph id to its highlights: (start, end, kind, hint), offsets into its text."""
    marks: dict[str, list[tuple[int, int, MarkKind, str]]] = {}
    for n in report["numbers"]:
        kind = _VERDICT_MARK.get(n["verdict"], "agree")
        hint = _number_hint(n)
        for m in n["mentions"]:
            marks.setdefault(m["paragraph"], []).append((m["start"], m["end"], kind, hint))
    spelled: list[EntityJson | WordVariantJson] = [e for e in report["entities"] if e["variants"]]
    spelled += [w for w in report["word_variants"] if w["aligned"]]
    for item in spelled:
        hint = _spelling_hint(item)
        for mention in item["mentions"]:
            marks.setdefault(mention["paragraph"], []).append(
                (mention["start"], mention["end"], "spelling", hint)
            )
    return marks


def _clipped(
    text: str, marks: Sequence[tuple[int, int, MarkKind, str]], spans: Sequence[tuple[int, int]]
) -> tuple[Piece, ...]:
    """Only the ``spans`` of ``text`` (merged, in order), joined by ellipses, without hints."""
    pieces: list[Piece] = []
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    shown_to = 0
    for start, end in merged:
        if end - start > CLAUSE_CHARACTERS:  # cut at a space, within the limit
            cut = text.rfind(" ", start, start + CLAUSE_CHARACTERS)
            end = cut if cut > start else start + CLAUSE_CHARACTERS
        if start > 0 or pieces:
            pieces.append(Piece("… "))
        inside = [(s - start, e - start, k, "") for s, e, k, _ in marks if start <= s and e <= end]
        pieces += _pieces(text[start:end], inside)
        shown_to = end
    if shown_to < len(text.rstrip()):
        pieces.append(Piece(" …"))
    return tuple(pieces)


def _pieces(text: str, marks: Iterable[tuple[int, int, MarkKind, str]]) -> tuple[Piece, ...]:
    """``text`` cut into plain and highlighted pieces; overlaps keep the stronger mark."""
    chosen: list[tuple[int, int, MarkKind, str]] = []
    for mark in sorted(marks, key=lambda m: (_PRIORITY.index(m[2]), m[0], -m[1])):
        start, end = mark[0], mark[1]
        if 0 <= start < end <= len(text) and all(end <= s or start >= e for s, e, _, _ in chosen):
            chosen.append(mark)
    pieces: list[Piece] = []
    at = 0
    for start, end, kind, hint in sorted(chosen):
        if start > at:
            pieces.append(Piece(printable(text[at:start])))
        pieces.append(Piece(printable(text[start:end]), kind, printable(hint)))
        at = end
    if at < len(text) or not pieces:
        pieces.append(Piece(printable(text[at:])))
    return tuple(pieces)


# ---------------------------------------------------------------- the comparison's rows


def _excerpt(text: str, width: int = EXCERPT_CHARACTERS) -> str:
    return printable(_shorten(text, width))


def _group_excerpt(index: _Index, group: GroupJson) -> str:
    """The claim a group makes, in a few words: its best link's first clause."""
    links = sorted(group["links"], key=lambda k: -k["score"])
    if links:
        clause = links[0]["a"]
        text = index.text.get(clause["paragraph"], "")[clause["start"] : clause["end"]]
        if text.strip():
            return _excerpt(text)
    first = next((p for p in group["paragraphs"] if p in index.text), "")
    return _excerpt(index.text.get(first, ""))


def _remark(index: _Index, paragraph: str) -> str:
    repeat = index.repeat_of.get(paragraph)
    if repeat:
        return f"repeat of {repeat}"
    kind = index.kind.get(paragraph, "body")
    return "" if kind == "body" else kind


def _paragraph_view(
    index: _Index,
    paragraph: str,
    row: str,
    *,
    notes: Mapping[str, list[NoteView]],
    clauses: Mapping[str, list[tuple[int, int]]],
) -> ParagraphView:
    """A paragraph in full on its first appearance; later, only its clauses in this group.

    A paragraph that reports several facts is in several groups; showing it
    whole each time would make a long comparison many times its articles' size.
    """
    text, marks = index.text[paragraph], index.marks.get(paragraph, [])
    first = index.anchored.setdefault(paragraph, row)
    again = "" if first == row else first
    if again:
        spans = clauses.get(paragraph) or [(0, min(len(text), EXCERPT_CHARACTERS))]
        pieces = _clipped(text, marks, spans)
    else:
        pieces = _pieces(text, marks)
    return ParagraphView(
        id=paragraph,
        anchor="" if again else _anchor("p", paragraph),
        kind=index.kind.get(paragraph, "body"),
        remark=_remark(index, paragraph),
        pieces=pieces,
        again=again,
        href=index.href(paragraph),
        notes=() if again else tuple(notes.get(paragraph, ())),
    )


def _figures(index: _Index, paragraphs: set[str]) -> dict[str, tuple[Figure, ...]]:
    """Outlet id to the figures (not dates or times) its ``paragraphs`` give."""
    found: dict[str, list[Figure]] = {}
    for n in index.report["numbers"]:
        if n["kind"] in _UNDATED_KINDS or n["quantity"] == "date":
            continue
        for m in n["mentions"]:
            if m["paragraph"] in paragraphs:
                figure = _figure(index, n, m)
                found.setdefault(article_of(m["paragraph"]), []).append(figure)
    return {outlet: tuple(figures) for outlet, figures in found.items()}


def _figure(index: _Index, n: QuantityJson, m: NumberMentionJson) -> Figure:
    later = n.get("later")
    unit = m.get("unit") or n.get("unit") or n["quantity"]
    return Figure(
        paragraph=m["paragraph"],
        href=index.href(m["paragraph"]),
        text=printable(" ".join(f"{m['text']} {unit}".split())),
        hedge=printable(m.get("qualifier", "")),
        value=_figure_text(m["value"]),
        as_of=m.get("as_of", ""),
        mark=_VERDICT_MARK.get(n["verdict"], "agree"),
        latest=bool(later and m["paragraph"] in later["paragraphs"]),
    )


def _row_signs(index: _Index, paragraphs: Iterable[str]) -> tuple[MarkKind, ...]:
    kinds = {kind for p in paragraphs for _, _, kind, _ in index.marks.get(p, ())}
    return tuple(k for k in _PRIORITY if k in kinds and k != "agree")


def _row(
    index: _Index,
    ident: str,
    kind: Literal["group", "unique"],
    members: Sequence[str],
    *,
    excerpt: str,
    notes: Mapping[str, list[NoteView]],
    clauses: Mapping[str, list[tuple[int, int]]],
) -> Row:
    by_outlet: dict[str, list[str]] = {}
    for p in members:
        by_outlet.setdefault(article_of(p), []).append(p)
    cells = tuple(
        Cell(
            outlet,
            tuple(
                _paragraph_view(index, p, ident, notes=notes, clauses=clauses)
                for p in by_outlet.get(outlet.id, ())
            ),
        )
        for outlet in index.outlets.values()
    )
    length = sum(len(index.text[p]) for p in members)
    return Row(
        id=ident,
        anchor=_anchor("g", ident),
        kind=kind,
        excerpt=excerpt,
        cells=cells,
        reporters=tuple(o for o in index.outlets if o in by_outlet),
        signs=_row_signs(index, members),
        figures=_figures(index, set(members)),
        folded=length > FOLD_CHARACTERS,
        review=_item_review(
            index.report.get("review"), "group" if kind == "group" else "paragraph", ident
        ),
    )


def _clauses(group: GroupJson) -> dict[str, list[tuple[int, int]]]:
    """Paragraph id to its clause (offsets) in the best link that ties it to ``group``."""
    clauses: dict[str, list[tuple[int, int]]] = {}
    for link in sorted(group["links"], key=lambda k: -k["score"]):
        for end in (link["a"], link["b"]):
            clauses.setdefault(end["paragraph"], [(end["start"], end["end"])])
    return clauses


def _position(paragraph: str, order: Mapping[str, int]) -> tuple[int, int]:
    article = article_of(paragraph)
    number = paragraph[len(article) :]
    return (order.get(article, 99), int(number) if number.isdigit() else 0)


def _rows(index: _Index, notes: Mapping[str, list[NoteView]]) -> tuple[Row, ...]:
    """Groups and unique paragraphs, in the reading order of their first paragraph."""
    order = {a: i for i, a in enumerate(index.outlets)}
    entries: list[tuple[tuple[int, int, int], str, Literal["group", "unique"], list[str]]] = []
    for g in index.report["groups"]:
        members = [p for p in g["paragraphs"] if p in index.text]
        if members:
            first = min(_position(p, order) for p in members)
            entries.append(((*first, 0), g["id"], "group", members))
    for p in index.report["unique"]:
        if p in index.text:
            entries.append(((*_position(p, order), 1), p, "unique", [p]))
    entries.sort(key=lambda e: e[0])
    for _, ident, _, members in entries:
        index.shown.update(members)
        index.rows.add(ident)
    groups = {g["id"]: g for g in index.report["groups"]}
    rows = []
    for _, ident, kind, members in entries:
        excerpt = (
            _group_excerpt(index, groups[ident]) if kind == "group" else _excerpt(index.text[ident])
        )
        clauses = _clauses(groups[ident]) if kind == "group" else {}
        rows.append(
            _row(index, ident, kind, members, excerpt=excerpt, notes=notes, clauses=clauses)
        )
    return tuple(rows)


# ---------------------------------------------------------------- the summary


def _later_text(n: QuantityJson) -> str:
    later = n.get("later")
    if not later:
        return ""
    return (
        f"{_figure_text(later['value'])}, as of {later['as_of']} ({', '.join(later['paragraphs'])})"
    )


def _quantity_view(index: _Index, n: QuantityJson) -> QuantityView:
    by_outlet: dict[str, list[Figure]] = {}
    for m in n["mentions"]:
        by_outlet.setdefault(article_of(m["paragraph"]), []).append(_figure(index, n, m))
    lines = tuple(
        FigureLine(outlet, tuple(by_outlet[outlet.id]))
        for outlet in index.outlets.values()
        if outlet.id in by_outlet
    )
    return QuantityView(
        id=n["id"],
        quantity=printable(n["quantity"]),
        unit=printable(n.get("unit", "")),
        verdict=n["verdict"],
        lines=lines,
        later=_later_text(n),
    )


def _frames(index: _Index) -> tuple[FrameView, ...]:
    """The quantities whose figures differ, gathered by frame (what they count)."""
    frames: dict[str, list[QuantityView]] = {}
    for n in index.report["numbers"]:
        if n["verdict"] == "differ":
            frame = n.get("frame") or n["quantity"]
            frames.setdefault(printable(frame), []).append(_quantity_view(index, n))
    return tuple(FrameView(frame, tuple(qs)) for frame, qs in frames.items())


def _variant_view(
    index: _Index, item: EntityJson | WordVariantJson, name: str, kind: Literal["name", "word"]
) -> VariantView:
    counts: dict[str, int] = {}
    for mention in item["mentions"]:
        counts[mention["text"]] = counts.get(mention["text"], 0) + 1
    usual = max(item["spellings"], key=lambda s: counts.get(s, 0), default="")
    first = next((m["paragraph"] for m in item["mentions"] if m["paragraph"] in index.shown), "")
    return VariantView(
        name=printable(name),
        href=index.href(first) if first else "",
        kind=kind,
        by_outlet=tuple(
            tuple(Spelling(printable(s), s != usual) for s in item["by_article"].get(o, ()))
            for o in index.outlets
        ),
    )


def _variants(index: _Index) -> tuple[VariantView, ...]:
    views = [
        _variant_view(index, e, e["name"], "name")
        for e in index.report["entities"]
        if e["variants"]
    ]
    views += [_variant_view(index, w, w["key"], "word") for w in index.report["word_variants"]]
    return tuple(views)


def _unique(index: _Index) -> tuple[UniqueView, ...]:
    by_outlet: dict[str, list[tuple[str, str, str]]] = {}
    for p in index.report["unique"]:
        if p in index.text:
            claim = (p, index.href(p), _excerpt(index.text[p]))
            by_outlet.setdefault(article_of(p), []).append(claim)
    return tuple(
        UniqueView(outlet, tuple(by_outlet[outlet.id]))
        for outlet in index.outlets.values()
        if outlet.id in by_outlet
    )


# ---------------------------------------------------------------- the review


def _item_review(review: ReviewJson | None, kind: str, ident: str) -> ItemReview | None:
    if not review:
        return None
    item: ItemJson = {"kind": "group" if kind == "group" else "paragraph", "id": ident}
    marks = tuple(
        mark
        for mark, items in (("reviewed", review["reviewed"]), ("flagged", review["flagged"]))
        if item in items
    )
    verdict = next(
        (v for v in review["verdicts"] if v["kind"] == item["kind"] and v["id"] == ident), None
    )
    if not marks and verdict is None:
        return None
    return ItemReview(
        verdict=printable(verdict["label"]) if verdict else "",
        comment=printable(verdict["comment"]) if verdict else "",
        marks=marks,
    )


def _note_view(index: _Index, note: NoteJson) -> NoteView:
    paragraph = note["paragraph"] or ""
    return NoteView(
        paragraph=paragraph,
        href=index.href(paragraph) if paragraph else "",
        tag=printable(note["tag"]),
        quote=printable(" ".join(note["quote"].split())),
        note=printable(note["note"]),
        placement=note["placement"],
    )


def _notes_by_paragraph(index: _Index) -> dict[str, list[NoteView]]:
    review = index.report.get("review")
    by_paragraph: dict[str, list[NoteView]] = {}
    for note in review["notes"] if review else ():
        if note["paragraph"]:
            by_paragraph.setdefault(note["paragraph"], []).append(_note_view(index, note))
    return by_paragraph


def _item_href(index: _Index, item: ItemJson) -> str:
    """The link to a group's or unique paragraph's row, when the page has it."""
    return f"#{_anchor('g', item['id'])}" if item["id"] in index.rows else ""


def _review_view(index: _Index) -> ReviewView | None:
    review = index.report.get("review")
    if not review:
        return None
    return ReviewView(
        verdicts=tuple(
            (v["id"], _item_href(index, v), printable(v["label"]), printable(v["comment"]))
            for v in review["verdicts"]
        ),
        flagged=tuple((i["id"], _item_href(index, i)) for i in review["flagged"]),
        reviewed=tuple((i["id"], _item_href(index, i)) for i in review["reviewed"]),
        notes=tuple(_note_view(index, n) for n in review["notes"]),
        unresolved=tuple(
            printable(f"{u.get('mark', 'mark')} on {u.get('id') or u.get('paragraph') or '?'}")
            for u in review["unresolved"]
        ),
    )


# ---------------------------------------------------------------- the page


def _event(report: Report) -> str:
    """The event, in a line: the first article's headline that is more than a file name."""
    titles = [(outlet_label(a), _source_stem(a["source"]), a["title"]) for a in report["articles"]]
    headline = next((t for label, stem, t in titles if label != stem), None)
    title = headline if headline is not None else titles[0][2] if titles else ""
    return printable(" ".join(title.split()))


def build_page(report: Report) -> Page:
    """Everything the template shows, from the report; text is still unescaped here."""
    index = _index(report)
    notes = _notes_by_paragraph(index)
    rows = _rows(index, notes)
    outlets = tuple(index.outlets.values())
    return Page(
        title=f"Parallax comparison of {len(outlets)} outlets",
        event=_event(report),
        generator=printable(report["generator"]),
        outlets=outlets,
        frames=_frames(index),
        variants=_variants(index),
        unique=_unique(index),
        rows=rows,
        review=_review_view(index),
    )


def stylesheet() -> str:
    """The page's one stylesheet: the palette as custom properties, then ``report.css``."""
    colours = "".join(f"--{name}:{value};" for name, value in PALETTE.items())
    css = files("tui.core.report").joinpath("templates/report.css").read_text(encoding="utf-8")
    return f":root{{{colours}}}\n{css}"


def content_security_policy(css: str) -> str:
    """Nothing from anywhere, no script at all; only the page's own stylesheet, by hash."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; script-src 'none'; "
        f"style-src 'sha256-{digest}'; img-src 'none'; font-src 'none'; "
        "connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("tui.core.report", "templates"),
        autoescape=True,  # every {{ value }} is escaped; only the stylesheet is marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: Report) -> str:
    """Render a report dictionary (as made by :func:`report_json`) as one HTML page."""
    from markupsafe import Markup

    css = stylesheet()
    if "</" in css:  # the stylesheet is ours; it must never close its own element
        raise ValueError("the report stylesheet may not contain '</'")
    template = _environment().get_template("report.html.j2")
    return template.render(
        page=build_page(report),
        css=Markup(css),
        csp=content_security_policy(css),
    )


def report_html(source: Comparison | Sequence[Article], *, session: Session | None = None) -> str:
    """The report as one self-contained HTML page; with a ``session``, the review too."""
    from tui.core.report.json_report import report_json

    return render_html(report_json(source, session=session))

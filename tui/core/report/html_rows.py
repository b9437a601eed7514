"""The HTML report's indexes, highlights and the aligned comparison's rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from tui.core.model import article_of
from tui.core.report.html_views import (
    _PRIORITY,
    _UNDATED_KINDS,
    _VERDICT_MARK,
    CLAUSE_CHARACTERS,
    EXCERPT_CHARACTERS,
    FOLD_CHARACTERS,
    Cell,
    Figure,
    ItemReview,
    MarkKind,
    NoteView,
    Outlet,
    ParagraphView,
    Piece,
    Row,
    _anchor,
    _shorten,
    outlet_label,
)
from tui.core.report.schema import (
    ArticleJson,
    EntityJson,
    GroupJson,
    ItemJson,
    NumberMentionJson,
    QuantityJson,
    Report,
    ReviewJson,
    WordVariantJson,
)
from tui.core.textsafe import printable

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
        as_of=article.get("date") or _as_of(report, article["id"]),
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

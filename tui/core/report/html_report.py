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
from collections.abc import Sequence
from importlib.resources import files
from typing import TYPE_CHECKING, Literal

from tui.core.model import article_of
from tui.core.report.schema import (
    EntityJson,
    ItemJson,
    NoteJson,
    QuantityJson,
    Report,
    WordVariantJson,
)
from tui.core.textsafe import printable

if TYPE_CHECKING:
    import jinja2

    from tui.core.compare import Comparison
    from tui.core.model import Article
    from tui.core.session import Session
from tui.core.report.html_rows import (
    _excerpt,
    _figure,
    _figure_text,
    _Index,
    _index,
    _rows,
)
from tui.core.report.html_views import (
    CONTRAST_PAIRS,
    PALETTE,
    Figure,
    FigureLine,
    FrameView,
    NoteView,
    Page,
    QuantityView,
    ReviewView,
    Spelling,
    UniqueView,
    VariantView,
    _anchor,
    _source_names,
    _source_stem,
    outlet_label,
)

__all__ = [
    "CONTRAST_PAIRS",
    "PALETTE",
    "outlet_label",
    "render_html",
    "report_html",
    "stylesheet",
]


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
    """The event, in a line: the report's title (a set file's), else the first
    article's headline that is more than a file name."""
    if title := report.get("title"):
        return printable(" ".join(title.split()))
    titles = [(a["source"], a["title"]) for a in report["articles"]]
    headline = next(
        (t for source, t in titles if t not in _source_names(source) | {_source_stem(source)}),
        None,
    )
    title = headline if headline is not None else titles[0][1] if titles else ""
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

"""The comparison as a JSON-ready report (see ``docs/REPORT-SCHEMA.md``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from tui import __version__
from tui.core.annotations import article_for
from tui.core.claims import VERDICT_TAGS
from tui.core.compare import Comparison, compare
from tui.core.model import Article, Paragraph
from tui.core.report.schema import (
    REPORT_FORMAT,
    REPORT_VERSION,
    ArticleJson,
    EntityJson,
    GroupJson,
    ItemJson,
    NoteJson,
    ParagraphJson,
    QuantityJson,
    Report,
    ReviewJson,
    UnresolvedJson,
    WordVariantJson,
)
from tui.core.review import ItemRef
from tui.core.session import Session, placements


def _paragraph_json(paragraph: Paragraph) -> ParagraphJson:
    return {
        "id": paragraph.id,
        "text": paragraph.text,
        "start": paragraph.start,
        "end": paragraph.end,
        "kind": paragraph.kind,
        "repeat_of": paragraph.repeat_of,
    }


def _article_json(article: Article) -> ArticleJson:
    found: ArticleJson = {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "label": article.label,
        "format": article.format,
        "warnings": list(article.warnings),
        "paragraphs": [_paragraph_json(p) for p in article.paragraphs],
    }
    if article.date:
        found["date"] = article.date
    return found


def report_groups(comparison: Comparison) -> list[GroupJson]:
    """The alignment: groups of paragraphs that report the same facts.

    Beyond the schema's ``id``/``paragraphs``/``score``, each group lists the
    clause ``links`` that justify it (paragraph and character offsets of both
    ends, their similarity and the words they share).
    """
    return [
        {
            "id": g.id,
            "paragraphs": list(g.paragraphs),
            "score": g.score,
            "links": [
                {
                    "a": {"paragraph": k.a.paragraph, "start": k.a.start, "end": k.a.end},
                    "b": {"paragraph": k.b.paragraph, "start": k.b.start, "end": k.b.end},
                    "score": k.score,
                    "shared": list(k.shared),
                }
                for k in g.links
            ],
        }
        for g in comparison.alignment.groups
    ]


def report_unique(comparison: Comparison) -> list[str]:
    """Content paragraphs that no other article matches."""
    return list(comparison.alignment.unique)


def report_entities(comparison: Comparison) -> list[EntityJson]:
    """The names found across the articles, with every spelling and where it is used."""
    return [cast(EntityJson, e.to_json()) for e in comparison.entities]


def report_word_variants(comparison: Comparison) -> list[WordVariantJson]:
    """Ordinary words spelled differently across the articles (armoured / armored)."""
    return [cast(WordVariantJson, w.to_json()) for w in comparison.word_variants]


def report_numbers(comparison: Comparison) -> list[QuantityJson]:
    """The quantities reported in more than one place, with a verdict on each."""
    return [cast(QuantityJson, q.to_json()) for q in comparison.quantities]


def _notes_json(comparison: Comparison, session: Session) -> list[NoteJson]:
    """Each note with where it lands now: its article, paragraph and offsets."""
    notes: list[NoteJson] = []
    where = placements(session, comparison.articles)
    for note in session.notes:
        placed = where[note.id]
        article = article_for(note.anchor.source, note.anchor.sha256, comparison.articles)
        paragraph = None
        if article is not None and not placed.orphaned:
            paragraph = next(
                (
                    p.id
                    for p in article.paragraphs
                    if p.start <= placed.start < max(p.end, p.start + 1)
                ),
                None,
            )
        entry: NoteJson = {
            "id": note.id,
            "article": article.id if article else None,
            "paragraph": paragraph,
            "quote": note.anchor.exact,
            "tag": note.tag,
            "note": note.body,
            "placement": placed.how,
            "start": placed.start,
            "end": placed.end,
        }
        if note.tag in VERDICT_TAGS:  # a verdict on a claim (additive field)
            entry["verdict"] = note.tag
        notes.append(entry)
    return notes


def report_review(comparison: Comparison, session: Session) -> ReviewJson:
    """The reviewer's work: marks, verdicts and notes, each note with where it lands now."""
    paragraphs = [p for a in comparison.articles for p in a.paragraphs]
    notes = _notes_json(comparison, session)
    known = {p.id for p in paragraphs} | {g.id for g in comparison.alignment.groups}
    review = session.review

    def items(marked: frozenset[ItemRef]) -> list[ItemJson]:
        return [{"kind": i.kind, "id": i.id} for i in sorted(marked) if i.id in known]

    return {
        "reviewed": items(review.reviewed),
        "flagged": items(review.flagged),
        "verdicts": [
            {"kind": i.kind, "id": i.id, "label": v.label, "comment": v.comment}
            for i, v in session.verdicts
        ],
        "notes": notes,
        "unresolved": [  # without the context the session keeps to place it again
            cast(UnresolvedJson, {k: v for k, v in u.items() if k != "context"})
            for u in session.unresolved
        ],
    }


def report_json(
    source: Comparison | Sequence[Article],
    *,
    session: Session | None = None,
    title: str | None = None,
) -> Report:
    """The report as a JSON-ready dictionary (``format``: "parallax-report", ``version``: 1).

    ``source`` is a finished :class:`Comparison`, or the articles to compare;
    with a ``session`` the report also carries the review (marks, verdicts,
    notes); ``title`` is the comparison's (a set file's).
    """
    comparison = source if isinstance(source, Comparison) else compare(source)
    report: Report = {
        "format": REPORT_FORMAT,
        "version": REPORT_VERSION,
        "generator": f"parallax {__version__}",
        **({"title": title} if title else {}),  # type: ignore[typeddict-item]
        "articles": [_article_json(a) for a in comparison.articles],
        "groups": report_groups(comparison),
        "unique": report_unique(comparison),
        "entities": report_entities(comparison),
        "word_variants": report_word_variants(comparison),
        "numbers": report_numbers(comparison),
    }
    if session is not None:
        report["review"] = report_review(comparison, session)
    return report

"""Notes on spans of article text, anchored the way the W3C Web Annotation model does.

A note's target is a :class:`TextAnchor`: the quoted text with some context
before and after (a ``TextQuoteSelector``), its character offsets (a
``TextPositionSelector``) and a hash of the whole article text.  When the
article is unchanged the offsets are used as they are; when it changed, the
note is re-anchored: the exact quote first (the occurrence whose context
matches best, nearest the old place), then a fuzzy match near the old
position (rapidfuzz), then anywhere.  A note that cannot be placed is
*orphaned*: it keeps its quote and is listed, never dropped.

:func:`to_web_annotations` and :func:`from_web_annotations` convert notes to
and from a W3C ``AnnotationCollection`` (JSON-LD) that other annotation tools
read.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rapidfuzz import fuzz

from tui.core.model import Article
from tui.core.textsafe import shown

__all__ = [
    "TAGS",
    "AnnotationFormatError",
    "Note",
    "Placement",
    "TextAnchor",
    "article_for",
    "article_key",
    "from_web_annotations",
    "read_web_annotations",
    "stable_id",
    "make_anchor",
    "note_json",
    "new_note",
    "place",
    "text_hash",
    "to_web_annotations",
]

#: The tags offered for a note; any other text is a free tag.
TAGS = ("verified", "disputed", "needs source")

CONTEXT = 32
"""Characters of context kept before and after a quote."""

FUZZY_MIN_SCORE = 80.0
"""Least rapidfuzz similarity (0-100) for a changed quote to count as found."""

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def text_hash(text: str) -> str:
    """SHA-256 of the article text (UTF-8), as hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class TextAnchor:
    """Where a note points: a quote with context, its offsets, and the text's hash."""

    source: str
    """The article's source (path or URL), as it was loaded."""
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    sha256: str


def make_anchor(text: str, start: int, end: int, *, source: str) -> TextAnchor:
    """Anchor ``text[start:end]`` of the article loaded from ``source``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}..{end} is outside a text of {len(text)} characters")
    return TextAnchor(
        source=source,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        sha256=text_hash(text),
    )


@dataclass(frozen=True, slots=True)
class Note:
    """An editor's note on a span (or a whole paragraph) of one article."""

    id: str
    anchor: TextAnchor
    body: str
    tag: str = ""
    created: str = ""
    modified: str = ""


def new_note(anchor: TextAnchor, body: str, tag: str = "") -> Note:
    stamp = now()
    return Note(f"urn:uuid:{uuid.uuid4()}", anchor, body, tag.strip(), stamp, stamp)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a note lands in the article text as it is now."""

    start: int
    end: int
    how: str
    """"unchanged", "exact", "fuzzy" or "orphaned"."""
    score: float = 100.0

    @property
    def orphaned(self) -> bool:
        return self.how == "orphaned"


ORPHANED = Placement(-1, -1, "orphaned", 0.0)


def place(anchor: TextAnchor, text: str) -> Placement:
    """Find the anchor's quote in ``text`` (the article as it is now)."""
    if (
        anchor.sha256 == text_hash(text)
        and 0 <= anchor.start <= anchor.end <= len(text)
        and text[anchor.start : anchor.end] == anchor.exact
    ):
        return Placement(anchor.start, anchor.end, "unchanged")
    if not anchor.exact:
        return ORPHANED
    exact = _exact(anchor, text)
    if exact is not None:
        return exact
    return _fuzzy(anchor, text)


def _exact(anchor: TextAnchor, text: str) -> Placement | None:
    hits = []
    pos = text.find(anchor.exact)
    while pos != -1:
        hits.append(pos)
        pos = text.find(anchor.exact, pos + 1)
    if not hits:
        return None

    def rank(pos: int) -> tuple[float, int]:
        before = text[max(0, pos - len(anchor.prefix)) : pos]
        after = text[pos + len(anchor.exact) : pos + len(anchor.exact) + len(anchor.suffix)]
        context = fuzz.ratio(before, anchor.prefix) + fuzz.ratio(after, anchor.suffix)
        return (-context, abs(pos - anchor.start))

    best = min(hits, key=rank)
    return Placement(best, best + len(anchor.exact), "exact")


def _fuzzy(anchor: TextAnchor, text: str) -> Placement:
    width = max(200, 4 * len(anchor.exact))
    windows = [(max(0, anchor.start - width), min(len(text), anchor.end + width)), (0, len(text))]
    for lo, hi in windows:
        found = fuzz.partial_ratio_alignment(
            anchor.exact, text[lo:hi], score_cutoff=FUZZY_MIN_SCORE
        )
        if found is not None and found.dest_end > found.dest_start:
            start, end = _snap(text, lo + found.dest_start, lo + found.dest_end, anchor.exact)
            return Placement(start, end, "fuzzy", round(found.score, 1))
    return ORPHANED


def _snap(text: str, start: int, end: int, exact: str) -> tuple[int, int]:
    """Fit a fuzzy match to whole words, with no stray punctuation the quote lacks."""
    while start < end and exact[:1].isalnum() and not text[start].isalnum():
        start += 1
    while end > start and exact[-1:].isalnum() and not text[end - 1].isalnum():
        end -= 1
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def article_key(source: str, *, cwd: str | None = None) -> str:
    """The normalised path of an article's source (``./a.txt`` and ``/abs/a.txt`` meet).

    URLs and ``-`` are kept as they are.  Paths are made absolute against
    ``cwd`` (default: the current directory) without touching the disk.
    """
    if source == "-" or "://" in source:
        return source
    base = cwd if cwd is not None else os.getcwd()
    return os.path.normpath(os.path.join(base, os.path.expanduser(source)))


def article_for(source: str, sha256: str, articles: Sequence[Article]) -> Article | None:
    """The article a note's target names: by normalised path, else by the text's hash."""
    key = article_key(source)
    by_path = next((a for a in articles if article_key(a.source) == key), None)
    return by_path or next((a for a in articles if text_hash(a.text) == sha256), None)


# --------------------------------------------------------------------------- W3C


class AnnotationFormatError(ValueError):
    """A document that is not a readable W3C annotation collection."""


def note_json(note: Note) -> dict[str, Any]:
    """One note as a W3C ``Annotation`` (JSON-LD object without its context)."""
    a = note.anchor
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "value": note.body, "purpose": "commenting", "format": "text/plain"}
    ]
    if note.tag:
        body.append({"type": "TextualBody", "value": note.tag, "purpose": "tagging"})
    item: dict[str, Any] = {
        "id": note.id,
        "type": "Annotation",
        "motivation": "commenting",
        "body": body,
        "target": {
            "source": a.source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.exact,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                },
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
            "state": {"type": "parallax:TextHash", "sha256": a.sha256},
        },
    }
    if note.created:
        item["created"] = note.created
    if note.modified:
        item["modified"] = note.modified
    return item


def to_web_annotations(notes: Sequence[Note], *, label: str = "Parallax notes") -> dict[str, Any]:
    """The notes as a W3C ``AnnotationCollection`` with one embedded page."""
    items = [note_json(n) for n in notes]
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _note_from_json(item: Mapping[str, Any]) -> Note:
    target = item.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    label = shown(item.get("id", "?"), limit=80)
    if not isinstance(target, Mapping) or not isinstance(target.get("source"), str):
        raise AnnotationFormatError(f"annotation {label}: no target source")
    quote: Mapping[str, Any] | None = None
    position: Mapping[str, Any] | None = None
    for sel in _as_list(target.get("selector")):
        if isinstance(sel, Mapping) and sel.get("type") == "TextQuoteSelector":
            quote = sel
        elif isinstance(sel, Mapping) and sel.get("type") == "TextPositionSelector":
            position = sel
    if quote is None or not isinstance(quote.get("exact"), str):
        raise AnnotationFormatError(f"annotation {label}: no TextQuoteSelector")
    start = position.get("start") if position else None
    end = position.get("end") if position else None
    if not isinstance(start, int) or not isinstance(end, int):
        start, end = -1, -1
    state = target.get("state")
    sha = state.get("sha256", "") if isinstance(state, Mapping) else ""
    body, tag = "", ""
    for b in _as_list(item.get("body")):
        if isinstance(b, str):
            body = body or b
        elif isinstance(b, Mapping) and isinstance(b.get("value"), str):
            if b.get("purpose") == "tagging":
                tag = b["value"]
            else:
                body = body or b["value"]
    anchor = TextAnchor(
        source=target["source"],
        start=start,
        end=end,
        exact=quote["exact"],
        prefix=str(quote.get("prefix", "")),
        suffix=str(quote.get("suffix", "")),
        sha256=str(sha),
    )
    note_id = item.get("id")
    return Note(
        id=note_id if isinstance(note_id, str) and note_id else stable_id(anchor, body, tag),
        anchor=anchor,
        body=body,
        tag=tag,
        created=str(item.get("created", "")),
        modified=str(item.get("modified", "")),
    )


def stable_id(anchor: TextAnchor, body: str, tag: str = "") -> str:
    """The id of an annotation that has none, the same on every import of it.

    A hash of its target (source, quote, context, offsets) and its body, so
    importing one file three times gives one note, not three copies.
    """
    parts = (anchor.source, anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end)
    key = json.dumps([*parts, body, tag], ensure_ascii=True)
    return f"urn:parallax:note:{hashlib.sha256(key.encode('ascii')).hexdigest()[:32]}"


_NOT_ANNOTATIONS = "not a W3C annotation collection, page or annotation"


def _pages(first: Any, problems: list[str]) -> Iterable[Any]:
    """The items of a collection's pages: ``first``, then each ``next`` embedded in the file.

    A page given only as a link (a string) cannot be read from the file; it
    is listed in ``problems`` instead of being passed over in silence.
    """
    page, seen = first, 0
    while page is not None:
        if isinstance(page, str):
            problems.append(f"page {shown(page, limit=120)} is a link, not in the file: skipped")
            return
        if not isinstance(page, Mapping):
            raise AnnotationFormatError("an annotation page is not a JSON object")
        seen += 1
        if seen > 100_000:
            raise AnnotationFormatError("the pages of the collection never end")
        yield from _as_list(page.get("items"))
        page = page.get("next")


def read_web_annotations(document: Any) -> tuple[list[Note], list[str]]:
    """Notes from a W3C ``AnnotationCollection``, ``AnnotationPage``, annotation or list,
    and a line for each page that could not be read (a ``next`` or ``first`` given as a link).
    """
    problems: list[str] = []
    items: Iterable[Any]
    if isinstance(document, list):
        items = document
    elif isinstance(document, Mapping):
        kind = document.get("type")
        if kind == "AnnotationCollection":
            items = _pages(document.get("first"), problems)
        elif kind == "AnnotationPage":
            items = _pages(document, problems)
        elif kind == "Annotation":
            items = [document]
        else:
            raise AnnotationFormatError(_NOT_ANNOTATIONS)
    else:
        raise AnnotationFormatError(_NOT_ANNOTATIONS)
    notes = []
    for item in items:
        if not isinstance(item, Mapping):
            raise AnnotationFormatError("an annotation is not a JSON object")
        notes.append(_note_from_json(item))
    total = document.get("total") if isinstance(document, Mapping) else None
    if isinstance(total, int) and not isinstance(total, bool) and total > len(notes):
        problems.append(f"the collection says {total} annotations, the file holds {len(notes)}")
    return notes, problems


def from_web_annotations(document: Any) -> list[Note]:
    """Notes from a W3C ``AnnotationCollection``, ``AnnotationPage``, annotation or list."""
    return read_web_annotations(document)[0]

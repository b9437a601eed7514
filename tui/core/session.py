"""A review session: notes, verdicts, review marks and alignment corrections.

One session file per comparison (``<first article stem>.parallax.json`` beside
the first article by default).  The file is versioned JSON, saved atomically
after every change (:mod:`tui.core.storage`), and never overwritten when it
cannot be read: :func:`load_session` raises :class:`SessionError` and the
caller opens the comparison without it.

Group ids ("G3") are positions in one run of the engine, and paragraph ids
("B12") positions in one version of an article, so the file also records
what they stood for: each group's paragraphs and each article's text hash and
paragraph texts.  On loading, marks are carried over to the group that now
holds most of the same paragraphs, and to the paragraph with the same text;
whatever cannot be placed is kept, listed as *unresolved*, and written back
on the next save.  Notes re-anchor themselves (:mod:`tui.core.annotations`);
one that cannot be placed is *orphaned*, never dropped.

:class:`History` keeps every state of the session, so each review change
(a note, a verdict, a mark, a link) can be undone and redone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tui.core.align import Alignment
from tui.core.annotations import (
    Note,
    Placement,
    from_web_annotations,
    note_json,
    place,
    text_hash,
)
from tui.core.model import Article
from tui.core.review import ItemRef, ManualLink, ManualUnlink, ReviewState
from tui.core.storage import StorageError, read_json, write_json_atomic

__all__ = [
    "SESSION_FORMAT",
    "SESSION_VERSION",
    "VERDICTS",
    "History",
    "Session",
    "SessionError",
    "Verdict",
    "default_session_path",
    "load_session",
    "placements",
    "save_session",
    "session_json",
]

SESSION_FORMAT = "parallax-session"
SESSION_VERSION = 1

#: The verdicts offered for a claim; free text is allowed too.
VERDICTS = ("accurate", "inaccurate", "misleading", "unverified")


class SessionError(Exception):
    """A session file that cannot be used; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The reviewer's verdict on a claim (a group, or a paragraph only one outlet has)."""

    label: str
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Session:
    """Everything the reviewer wrote about one comparison; immutable."""

    review: ReviewState = field(default_factory=ReviewState)
    verdicts: tuple[tuple[ItemRef, Verdict], ...] = ()
    notes: tuple[Note, ...] = ()
    unresolved: tuple[dict[str, Any], ...] = ()
    """Marks and verdicts whose group or paragraph could not be found again."""

    def verdict(self, item: ItemRef) -> Verdict | None:
        return dict(self.verdicts).get(item)

    def with_verdict(self, item: ItemRef, verdict: Verdict | None) -> Session:
        kept = tuple((i, v) for i, v in self.verdicts if i != item)
        return replace(self, verdicts=kept + (((item, verdict),) if verdict else ()))

    def with_review(self, review: ReviewState) -> Session:
        return replace(self, review=review)

    def add_note(self, note: Note) -> Session:
        return replace(self, notes=(*self.notes, note))

    def replace_note(self, note: Note) -> Session:
        return replace(self, notes=tuple(note if n.id == note.id else n for n in self.notes))

    def delete_note(self, note_id: str) -> Session:
        return replace(self, notes=tuple(n for n in self.notes if n.id != note_id))


def default_session_path(
    articles: Sequence[Article], *, seeds: Path | None = None, cwd: Path | None = None
) -> Path | None:
    """``<stem>.parallax.json`` beside the first article read from a file, if any.

    When that article is one of the bundled samples (it lives under ``seeds``,
    which may be inside an installed package), the file goes in ``cwd``
    instead: an installed package is no place for a reader's notes.  Paths are
    compared as written (made absolute against ``cwd``), without touching the disk.
    """
    base = cwd if cwd is not None else Path.cwd()
    for article in articles:
        source = article.source
        if source == "-" or "://" in source:
            continue
        path = Path(source)
        name = f"{path.stem}.parallax.json"
        if seeds is not None:
            absolute = path if path.is_absolute() else base / path
            seeds_abs = seeds if seeds.is_absolute() else base / seeds
            if absolute.is_relative_to(seeds_abs):
                return base / name
        return path.with_name(name)
    return None


# --------------------------------------------------------------------------- history


@dataclass(slots=True)
class History:
    """Undo and redo over session states."""

    current: Session
    _undo: list[Session] = field(default_factory=list)
    _redo: list[Session] = field(default_factory=list)

    def apply(self, new: Session) -> Session:
        if new != self.current:
            self._undo.append(self.current)
            self._redo.clear()
            self.current = new
        return self.current

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Session:
        if self._undo:
            self._redo.append(self.current)
            self.current = self._undo.pop()
        return self.current

    def redo(self) -> Session:
        if self._redo:
            self._undo.append(self.current)
            self.current = self._redo.pop()
        return self.current


# --------------------------------------------------------------------------- saving


def _paragraph_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _item_json(item: ItemRef) -> dict[str, str]:
    return {"kind": item.kind, "id": item.id}


def session_json(
    session: Session, articles: Sequence[Article], alignment: Alignment
) -> dict[str, Any]:
    """The session as the JSON document written to disk."""
    review = session.review
    group_ids = {i.id for i in review.reviewed | review.flagged if i.kind == "group"}
    group_ids |= {i.id for i, _ in session.verdicts if i.kind == "group"}
    group_ids |= {k.group for k in review.links} | {u.group for u in review.unlinks}
    members = {g.id: list(g.paragraphs) for g in alignment.groups if g.id in group_ids}
    for link in review.links:  # a manual group is its anchor and what was linked to it
        members.setdefault(link.group, [link.anchor])
    referenced = {p for ps in members.values() for p in ps}
    referenced |= {i.id for i in review.reviewed | review.flagged if i.kind == "paragraph"}
    referenced |= {i.id for i, _ in session.verdicts if i.kind == "paragraph"}
    referenced |= {k.paragraph for k in review.links} | {k.anchor for k in review.links}
    referenced |= {u.paragraph for u in review.unlinks}
    texts = {p.id: p.text for a in articles for p in a.paragraphs}
    return {
        "format": SESSION_FORMAT,
        "version": SESSION_VERSION,
        "articles": [
            {"id": a.id, "source": a.source, "sha256": text_hash(a.text)} for a in articles
        ],
        "paragraphs": {
            pid: {"hash": _paragraph_hash(texts[pid]), "quote": texts[pid][:80]}
            for pid in sorted(referenced)
            if pid in texts
        },
        "groups": members,
        "reviewed": [_item_json(i) for i in sorted(review.reviewed)],
        "flagged": [_item_json(i) for i in sorted(review.flagged)],
        "links": [
            {"paragraph": k.paragraph, "group": k.group, "anchor": k.anchor} for k in review.links
        ],
        "unlinks": [{"paragraph": u.paragraph, "group": u.group} for u in review.unlinks],
        "verdicts": [
            {**_item_json(i), "label": v.label, "comment": v.comment} for i, v in session.verdicts
        ],
        "notes": [note_json(n) for n in session.notes],
        "unresolved": list(session.unresolved),
    }


def save_session(
    path: str | Path, session: Session, articles: Sequence[Article], alignment: Alignment
) -> None:
    """Write the session atomically; :class:`SessionError` if it cannot be written."""
    try:
        write_json_atomic(path, session_json(session, articles, alignment))
    except StorageError as exc:
        raise SessionError(str(exc)) from None


# --------------------------------------------------------------------------- loading


def load_session(
    path: str | Path, articles: Sequence[Article], alignment: Alignment
) -> Session | None:
    """The session saved at ``path``, mapped onto this comparison.

    ``None`` when there is no file yet.  :class:`SessionError` when the file
    cannot be read or is not a Parallax session of a known version; the file
    is left as it is.
    """
    target = Path(path)
    if not target.exists():
        return None
    try:
        data = read_json(target)
    except StorageError as exc:
        raise SessionError(f"{exc}; it was left untouched") from None
    if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
        raise SessionError(f"{target}: not a Parallax session file; it was left untouched")
    version = data.get("version")
    if version != SESSION_VERSION:
        raise SessionError(
            f"{target}: session version {version!r} is not supported "
            f"(this Parallax reads version {SESSION_VERSION}); it was left untouched"
        )
    try:
        return _session_from_json(data, articles, alignment)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SessionError(f"{target}: damaged session ({exc}); it was left untouched") from None


class _Mapper:
    """Old paragraph and group ids to the ids of this comparison."""

    def __init__(self, data: Mapping[str, Any], articles: Sequence[Article], alignment: Alignment):
        self.current = {p.id: p for a in articles for p in a.paragraphs}
        saved_hashes = {str(a["id"]): str(a["sha256"]) for a in data.get("articles", [])}
        unchanged = {a.id for a in articles if saved_hashes.get(a.id) == text_hash(a.text)}
        by_hash: dict[str, list[str]] = {}
        for p in self.current.values():
            by_hash.setdefault(_paragraph_hash(p.text), []).append(p.id)
        self.paragraphs: dict[str, str | None] = {}
        for old, info in dict(data.get("paragraphs", {})).items():
            article = old.rstrip("0123456789")
            if article in unchanged and old in self.current:
                self.paragraphs[old] = old
                continue
            same = [p for p in by_hash.get(str(info.get("hash")), []) if p.startswith(article)]
            self.paragraphs[old] = same[0] if same else None
        self.saved_groups = {str(k): [str(p) for p in v] for k, v in data.get("groups", {}).items()}
        self.groups_now = {g.id: set(g.paragraphs) for g in alignment.groups}
        self.group_ids: dict[str, str | None] = {}

    def paragraph(self, old: str) -> str | None:
        if old in self.paragraphs:
            return self.paragraphs[old]
        return old if old in self.current else None

    def group(self, old: str) -> str | None:
        if old in self.group_ids:
            return self.group_ids[old]
        saved = self.saved_groups.get(old)
        found: str | None = None
        if saved is None:
            found = old if old in self.groups_now else None
        else:
            mapped = {p for p in (self.paragraph(x) for x in saved) if p}
            best = 0.0
            for gid, members in self.groups_now.items():
                union = mapped | members
                overlap = len(mapped & members) / len(union) if union else 0.0
                if overlap > best:
                    best, found = overlap, gid
            if best < 0.5:
                found = None
        self.group_ids[old] = found
        return found

    def item(self, raw: Mapping[str, Any]) -> ItemRef | None:
        kind, old = str(raw["kind"]), str(raw["id"])
        if kind == "group":
            gid = self.group(old)
            return ItemRef.group(gid) if gid else None
        if kind == "paragraph":
            pid = self.paragraph(old)
            return ItemRef.paragraph(pid) if pid else None
        raise ValueError(f"unknown item kind {kind!r}")


def _session_from_json(
    data: Mapping[str, Any], articles: Sequence[Article], alignment: Alignment
) -> Session:
    mapper = _Mapper(data, articles, alignment)
    unresolved: list[dict[str, Any]] = [dict(u) for u in data.get("unresolved", [])]
    reviewed: set[ItemRef] = set()
    flagged: set[ItemRef] = set()
    for key, bucket in (("reviewed", reviewed), ("flagged", flagged)):
        for raw in data.get(key, []):
            item = mapper.item(raw)
            if item is None:
                unresolved.append({"mark": key, **raw})
            else:
                bucket.add(item)
    links: list[ManualLink] = []
    manual = {str(k["group"]) for k in data.get("links", [])} - set(mapper.saved_groups)
    for raw in data.get("links", []):
        paragraph = mapper.paragraph(str(raw["paragraph"]))
        anchor = mapper.paragraph(str(raw["anchor"]))
        old_group = str(raw["group"])
        group = old_group if old_group in manual else mapper.group(old_group)
        if paragraph and anchor and group is None and old_group in mapper.saved_groups:
            group = old_group  # its group is gone: keep it as the reader's own group
        if paragraph is None or anchor is None or group is None:
            unresolved.append({"mark": "link", **raw})
        else:
            links.append(ManualLink(paragraph, group, anchor))
    unlinks: list[ManualUnlink] = []
    for raw in data.get("unlinks", []):
        paragraph = mapper.paragraph(str(raw["paragraph"]))
        group = mapper.group(str(raw["group"]))
        if paragraph is None or group is None:
            unresolved.append({"mark": "unlink", **raw})
        else:
            unlinks.append(ManualUnlink(paragraph, group))
    verdicts: list[tuple[ItemRef, Verdict]] = []
    for raw in data.get("verdicts", []):
        item = mapper.item(raw)
        if item is None:
            unresolved.append({"mark": "verdict", **raw})
        else:
            verdicts.append((item, Verdict(str(raw["label"]), str(raw.get("comment", "")))))
    notes = from_web_annotations(list(data.get("notes", [])))
    review = ReviewState(frozenset(reviewed), frozenset(flagged), tuple(links), tuple(unlinks))
    return Session(review, tuple(verdicts), tuple(notes), tuple(unresolved))


def placements(session: Session, articles: Sequence[Article]) -> dict[str, Placement]:
    """Where each note lands in the articles as they are now (by note id)."""
    by_source = {a.source: a for a in articles}
    out: dict[str, Placement] = {}
    for note in session.notes:
        article = by_source.get(note.anchor.source)
        out[note.id] = (
            place(note.anchor, article.text) if article else Placement(-1, -1, "orphaned")
        )
    return out

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
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tui.core.align import Alignment
from tui.core.annotations import (
    Note,
    Placement,
    article_for,
    article_key,
    from_web_annotations,
    note_json,
    place,
    text_hash,
)
from tui.core.model import Article
from tui.core.review import ItemRef, ManualLink, ManualUnlink, ReviewState
from tui.core.storage import StorageError, read_json, write_json_atomic
from tui.core.textsafe import shown
from tui.core.view_state import ViewState, view_json

__all__ = [
    "SESSION_FORMAT",
    "SESSION_VERSION",
    "VERDICTS",
    "History",
    "Session",
    "SessionConflict",
    "SessionError",
    "SessionMismatch",
    "Verdict",
    "article_key",
    "check_articles",
    "default_session_path",
    "merge_sessions",
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


class SessionMismatch(SessionError):
    """A session file recorded for other articles than the ones compared now."""


class SessionConflict(SessionError):
    """Another program changed the same marks or notes in the session file since it was read."""


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
        return self.replace_notes((note,))

    def replace_notes(self, notes: Sequence[Note]) -> Session:
        """Each of ``notes`` in place of the note with its id (one pass over the notes)."""
        new = {n.id: n for n in notes}
        return replace(self, notes=tuple(new.get(n.id, n) for n in self.notes))

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


def _fingerprint(article: Article) -> dict[str, str]:
    return {
        "id": article.id,
        "source": article.source,
        "path": article_key(article.source),
        "sha256": text_hash(article.text),
    }


def check_articles(data: Mapping[str, Any], articles: Sequence[Article], target: Path) -> None:
    """Refuse a session recorded for other articles (:class:`SessionMismatch`).

    Article by article, in order, each must have the recorded path (normalised)
    or the recorded text: an edited article keeps its session, ``a.txt c.txt``
    never takes the marks of ``a.txt b.txt``.  A session that records no
    articles fits any comparison.
    """
    recorded = data.get("articles") or []
    if not isinstance(recorded, list) or not all(isinstance(r, Mapping) for r in recorded):
        raise SessionError(f"{shown(target)}: damaged session (articles); it was left untouched")
    if not recorded:
        return
    fits = len(recorded) == len(articles) and all(
        str(r.get("path") or article_key(str(r.get("source", "")))) == article_key(a.source)
        or r.get("sha256") == text_hash(a.text)
        for r, a in zip(recorded, articles, strict=False)
    )
    if not fits:
        was = ", ".join(shown(r.get("source", "?"), limit=80) for r in recorded)
        now = ", ".join(shown(a.source, limit=80) for a in articles)
        raise SessionMismatch(
            f"{shown(target)}: this session is of other articles ({was}), not of {now}; "
            "it was left untouched (give --session PATH for a new session)"
        )


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
    session: Session,
    articles: Sequence[Article],
    alignment: Alignment,
    *,
    view: ViewState | None = None,
) -> dict[str, Any]:
    """The session as the JSON document written to disk (with where the reader was:
    ``view``, when given)."""
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
    document = {
        "format": SESSION_FORMAT,
        "version": SESSION_VERSION,
        "articles": [_fingerprint(a) for a in articles],
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
    if view is not None:
        document["view"] = view_json(view, articles)
    return document


def save_session(
    path: str | Path,
    session: Session,
    articles: Sequence[Article],
    alignment: Alignment,
    *,
    view: ViewState | None = None,
) -> None:
    """Write the session atomically; :class:`SessionError` if it cannot be written."""
    try:
        write_json_atomic(path, session_json(session, articles, alignment, view=view))
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
        raise SessionError(f"{shown(target)}: not a Parallax session file; it was left untouched")
    version = data.get("version")
    if version != SESSION_VERSION:
        raise SessionError(
            f"{shown(target)}: session version {shown(repr(version), limit=40)} is not supported "
            f"(this Parallax reads version {SESSION_VERSION}); it was left untouched"
        )
    check_articles(data, articles, target)
    try:
        return _session_from_json(data, articles, alignment)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SessionError(
            f"{shown(target)}: damaged session ({shown(exc)}); it was left untouched"
        ) from None


_MARKS = ("reviewed", "flagged", "verdict", "link", "unlink")


class _Mapper:
    """Old paragraph and group ids to the ids of this comparison."""

    def __init__(self, data: Mapping[str, Any], articles: Sequence[Article], alignment: Alignment):
        self.current = {p.id: p for a in articles for p in a.paragraphs}
        saved_hashes = {str(a["id"]): str(a["sha256"]) for a in data.get("articles", [])}
        self.unchanged = {a.id for a in articles if saved_hashes.get(a.id) == text_hash(a.text)}
        self.by_hash: dict[str, list[str]] = {}
        for p in self.current.values():
            self.by_hash.setdefault(_paragraph_hash(p.text), []).append(p.id)
        self.saved_paragraphs = {
            str(k): dict(v) for k, v in dict(data.get("paragraphs", {})).items()
        }
        self.paragraphs: dict[str, str | None] = {}
        for old, info in self.saved_paragraphs.items():
            self.paragraphs[old] = self._by_hash(old, info, trust_id=True)
        self.saved_groups = {str(k): [str(p) for p in v] for k, v in data.get("groups", {}).items()}
        self.groups_now = {g.id: set(g.paragraphs) for g in alignment.groups}
        self.group_ids: dict[str, str | None] = {}

    def _by_hash(self, old: str, info: Mapping[str, Any], *, trust_id: bool) -> str | None:
        article = old.rstrip("0123456789")
        if trust_id and article in self.unchanged and old in self.current:
            return old
        same = [p for p in self.by_hash.get(str(info.get("hash")), []) if p.startswith(article)]
        return same[0] if same else None

    def paragraph(self, old: str) -> str | None:
        if old in self.paragraphs:
            return self.paragraphs[old]
        return old if old in self.current else None

    def _best_group(self, mapped: set[str]) -> str | None:
        found, best = None, 0.0
        for gid, members in self.groups_now.items():
            union = mapped | members
            overlap = len(mapped & members) / len(union) if union else 0.0
            if overlap > best:
                best, found = overlap, gid
        return found if best >= 0.5 else None

    def group(self, old: str) -> str | None:
        if old in self.group_ids:
            return self.group_ids[old]
        saved = self.saved_groups.get(old)
        if saved is None:
            found = old if old in self.groups_now else None
        else:
            found = self._best_group({p for p in (self.paragraph(x) for x in saved) if p})
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
        raise ValueError(f"unknown item kind {shown(kind, limit=40)}")

    def context(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """What an unresolved mark's ids stood for, so that it can be placed again later."""
        olds = [str(raw[k]) for k in ("id", "paragraph", "anchor") if k in raw]
        groups = {str(raw[k]) for k in ("id", "group") if k in raw} & set(self.saved_groups)
        group_members = {g: self.saved_groups[g] for g in sorted(groups)}
        olds += [p for ps in group_members.values() for p in ps]
        paragraphs = {p: self.saved_paragraphs[p] for p in olds if p in self.saved_paragraphs}
        return {"groups": group_members, "paragraphs": paragraphs}

    def retry(self, entry: Mapping[str, Any]) -> _Mapper:
        """A mapper for an unresolved entry: its own recorded context, not this file's ids."""
        context = entry.get("context")
        if not isinstance(context, Mapping):
            return self
        other = _Mapper.__new__(_Mapper)
        other.current, other.unchanged, other.by_hash = self.current, set(), self.by_hash
        other.groups_now, other.group_ids = self.groups_now, {}
        other.saved_paragraphs = {
            str(k): dict(v) for k, v in dict(context.get("paragraphs", {})).items()
        }
        other.paragraphs = {
            old: other._by_hash(old, info, trust_id=False)
            for old, info in other.saved_paragraphs.items()
        }
        other.saved_groups = {
            str(k): [str(p) for p in v] for k, v in dict(context.get("groups", {})).items()
        }
        return other


@dataclass(slots=True)
class _Marks:
    """The marks being read back, and those that found no place."""

    mapper: _Mapper
    reviewed: set[ItemRef] = field(default_factory=set)
    flagged: set[ItemRef] = field(default_factory=set)
    links: list[ManualLink] = field(default_factory=list)
    unlinks: list[ManualUnlink] = field(default_factory=list)
    verdicts: list[tuple[ItemRef, Verdict]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)

    def add(self, mark: str, raw: Mapping[str, Any], mapper: _Mapper, manual: set[str]) -> None:
        if not self._place(mark, raw, mapper, manual):
            plain = {k: v for k, v in raw.items() if k not in ("mark", "context")}
            context = raw.get("context") if mapper is not self.mapper else mapper.context(raw)
            self.unresolved.append({"mark": mark, **plain, "context": context or {}})

    def _place(self, mark: str, raw: Mapping[str, Any], mapper: _Mapper, manual: set[str]) -> bool:
        if mark in ("reviewed", "flagged", "verdict"):
            item = mapper.item(raw)
            if item is None:
                return False
            if mark == "verdict":
                verdict = Verdict(str(raw["label"]), str(raw.get("comment", "")))
                self.verdicts = [(i, v) for i, v in self.verdicts if i != item] + [(item, verdict)]
            else:
                (self.reviewed if mark == "reviewed" else self.flagged).add(item)
            return True
        paragraph = mapper.paragraph(str(raw["paragraph"]))
        old_group = str(raw["group"])
        if mark == "unlink":
            group = mapper.group(old_group)
            if paragraph is None or group is None:
                return False
            self.unlinks.append(ManualUnlink(paragraph, group))
            return True
        anchor = mapper.paragraph(str(raw["anchor"]))
        group = old_group if old_group in manual else mapper.group(old_group)
        if paragraph and anchor and group is None and old_group in mapper.saved_groups:
            group = old_group  # its group is gone: keep it as the reader's own group
        if paragraph is None or anchor is None or group is None:
            return False
        self.links.append(ManualLink(paragraph, group, anchor))
        return True


def _session_from_json(
    data: Mapping[str, Any], articles: Sequence[Article], alignment: Alignment
) -> Session:
    mapper = _Mapper(data, articles, alignment)
    marks = _Marks(mapper)
    manual = {str(k["group"]) for k in data.get("links", [])} - set(mapper.saved_groups)
    for key, mark in (
        ("reviewed", "reviewed"),
        ("flagged", "flagged"),
        ("links", "link"),
        ("unlinks", "unlink"),
        ("verdicts", "verdict"),
    ):
        for raw in data.get(key, []):
            marks.add(mark, raw, mapper, manual)
    # marks that found no place last time try again, with what their ids stood for
    for entry in data.get("unresolved", []):
        entry = dict(entry)
        if entry.get("mark") in _MARKS:
            marks.add(str(entry["mark"]), entry, mapper.retry(entry), manual)
        else:
            marks.unresolved.append(entry)
    notes = from_web_annotations(list(data.get("notes", [])))
    review = ReviewState(
        frozenset(marks.reviewed),
        frozenset(marks.flagged),
        tuple(marks.links),
        tuple(marks.unlinks),
    )
    return Session(review, tuple(marks.verdicts), tuple(notes), tuple(marks.unresolved))


def placements(session: Session, articles: Sequence[Article]) -> dict[str, Placement]:
    """Where each note lands in the articles as they are now (by note id)."""
    out: dict[str, Placement] = {}
    for note in session.notes:
        article = article_for(note.anchor.source, note.anchor.sha256, articles)
        out[note.id] = (
            place(note.anchor, article.text) if article else Placement(-1, -1, "orphaned")
        )
    return out


# --------------------------------------------------------------------------- merging


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=True, default=str)


def _entries(session: Session) -> dict[tuple[str, Any], Any]:
    """The session as independent entries, so that two sets of changes can be merged."""
    out: dict[tuple[str, Any], Any] = {}
    out.update({("reviewed", i): True for i in session.review.reviewed})
    out.update({("flagged", i): True for i in session.review.flagged})
    out.update({("link", k): True for k in session.review.links})
    out.update({("unlink", u): True for u in session.review.unlinks})
    out.update({("verdict", i): v for i, v in session.verdicts})
    out.update({("note", n.id): n for n in session.notes})
    out.update({("unresolved", _key(u)): u for u in session.unresolved})
    return out


def _from_entries(entries: Mapping[tuple[str, Any], Any], order: Sequence[Session]) -> Session:
    def kept(kind: str) -> list[Any]:
        seen: dict[Any, None] = {}
        for session in order:  # first the other program's order, then ours
            for key in _entries(session):
                if key[0] == kind and key in entries:
                    seen.setdefault(key[1])
        return list(seen)

    review = ReviewState(
        frozenset(i for kind, i in entries if kind == "reviewed"),
        frozenset(i for kind, i in entries if kind == "flagged"),
        tuple(kept("link")),
        tuple(kept("unlink")),
    )
    return Session(
        review,
        tuple((i, entries[("verdict", i)]) for i in kept("verdict")),
        tuple(entries[("note", n)] for n in kept("note")),
        tuple(entries[("unresolved", u)] for u in kept("unresolved")),
    )


def merge_sessions(base: Session, mine: Session, theirs: Session) -> Session:
    """Our changes (``base`` to ``mine``) applied to ``theirs``, the file as it is now.

    Changes to different marks, verdicts and notes merge; the same one changed
    differently on both sides raises :class:`SessionConflict`.
    """
    if theirs == base:
        return mine
    if mine == base:
        return theirs
    b, m, t = _entries(base), _entries(mine), _entries(theirs)
    merged = dict(t)
    clashes: list[str] = []
    for key in b.keys() | m.keys():
        ours, old = m.get(key), b.get(key)
        if ours == old:
            continue
        if t.get(key) not in (old, ours):
            clashes.append(f"{key[0]} {shown(getattr(key[1], 'id', key[1]), limit=60)}")
        elif ours is None:
            merged.pop(key, None)
        else:
            merged[key] = ours
    if clashes:
        raise SessionConflict(
            "another program changed the same marks in the session file: "
            + ", ".join(sorted(clashes)[:5])
        )
    return _from_entries(merged, (theirs, mine))

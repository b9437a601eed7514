"""What the command line and the app do with a review session, in one place.

* :func:`open_session` reads the session file of a comparison; the app's
  :class:`~tui.session_store.SessionStore` and the command line both load
  through it.
* :func:`open_review` is the whole sequence the reports need: load the
  session, apply the reader's corrections to the engine's alignment, and,
  when they changed it, find names and numbers again for the corrected
  alignment (``reanalyse``: :func:`~tui.core.compare.with_alignment`).
* :func:`import_notes` merges notes (from a W3C annotation file,
  :func:`read_notes`) into a session file by note id: a note whose id is
  already there replaces it, the others are added.

Nothing here prints or exits: problems are raised as
:class:`~tui.core.session.SessionError` (the session file),
:class:`~tui.core.storage.StorageError` or
:class:`~tui.core.annotations.AnnotationFormatError` (the annotation file),
each with a message that names the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.annotations import AnnotationFormatError, Note, read_web_annotations
from tui.core.review import ReviewState, apply_corrections
from tui.core.session import (
    Session,
    SessionError,
    SessionMismatch,
    article_key,
    check_articles,
    load_session,
    save_session,
)
from tui.core.storage import StorageError, locked, read_json
from tui.core.textsafe import shown

if TYPE_CHECKING:
    from tui.core.align import Alignment
    from tui.core.compare import Comparison
    from tui.core.model import Article

__all__ = [
    "NotesImported",
    "Reanalyse",
    "Reviewed",
    "choose_session_path",
    "corrected",
    "import_notes",
    "merge_notes",
    "open_review",
    "open_session",
    "read_notes",
    "recorded_sources",
]

Reanalyse = Callable[[Sequence["Article"], "Alignment"], "Comparison"]
"""Names and numbers again, for a corrected alignment.

The caller passes it in (:func:`~tui.core.compare.with_alignment`, in the
command line and in the app), so this module does not load the name and
number finders.
"""


@dataclass(frozen=True, slots=True)
class Reviewed:
    """A comparison as the reader left it."""

    comparison: Comparison
    """The engine's comparison with the session's corrections applied."""
    session: Session | None
    """The session; None when there is no session file."""


@dataclass(frozen=True, slots=True)
class NotesImported:
    """The session after an import, and what the import did to it."""

    session: Session
    added: int
    replaced: int
    problems: tuple[str, ...] = ()
    """Pages of the annotation file that could not be read, one line each."""


def open_session(
    path: str | Path | None,
    articles: Sequence[Article],
    alignment: Alignment,
    *,
    required: bool = False,
) -> Session | None:
    """The session saved at ``path``, mapped onto this comparison.

    None when there is no file (or no ``path``).  ``required``: a missing
    file is an error instead, as for a session the reader named.  A file that
    cannot be used raises :class:`SessionError` and is left as it is.
    """
    if path is None:
        return None
    if required and not Path(path).exists():
        raise SessionError(f"{path}: no such session file")
    return load_session(path, articles, alignment)


def corrected(
    articles: Sequence[Article],
    comparison: Comparison,
    review: ReviewState,
    *,
    reanalyse: Reanalyse,
) -> Comparison:
    """``comparison`` with the reader's links and unlinks applied to its alignment.

    Names and numbers are found again only when the corrections changed the
    alignment; otherwise ``comparison`` itself is returned.
    """
    alignment = apply_corrections(comparison.alignment, review, articles)
    if alignment == comparison.alignment:
        return comparison
    return reanalyse(articles, alignment)


def open_review(
    articles: Sequence[Article],
    comparison: Comparison,
    path: str | Path | None,
    *,
    reanalyse: Reanalyse,
    required: bool = False,
) -> Reviewed:
    """Load the session at ``path`` and apply its corrections to ``comparison``.

    ``required`` as for :func:`open_session`.
    """
    session = open_session(path, articles, comparison.alignment, required=required)
    if session is None:
        return Reviewed(comparison, None)
    return Reviewed(corrected(articles, comparison, session.review, reanalyse=reanalyse), session)


def merge_notes(session: Session, notes: Sequence[Note]) -> NotesImported:
    """``notes`` merged into ``session`` by id: a known id replaces its note, others are added.

    One pass over the session's notes however many are replaced.  Of two
    incoming notes with one id the later wins.
    """
    known = {n.id for n in session.notes}
    incoming = {n.id: n for n in notes}
    added = [n for n in incoming.values() if n.id not in known]
    replaced = [n for n in incoming.values() if n.id in known]
    merged = session.replace_notes(replaced)
    merged = Session(merged.review, merged.verdicts, (*merged.notes, *added), merged.unresolved)
    return NotesImported(merged, len(added), len(replaced))


def read_annotations(path: str | Path) -> tuple[list[Note], list[str]]:
    """The notes of a W3C annotation file and the pages that could not be read.

    :class:`StorageError` if it cannot be read, :class:`AnnotationFormatError`
    if it is not annotations; both messages name the file.
    """
    try:
        notes, problems = read_web_annotations(read_json(path))
    except AnnotationFormatError as exc:
        raise AnnotationFormatError(f"{shown(path)}: {exc}") from None
    return notes, [f"{shown(path)}: {p}" for p in problems]


def read_notes(path: str | Path) -> list[Note]:
    """The notes of a W3C annotation file (as ``parallax report --format annotations`` writes).

    :class:`StorageError` if it cannot be read, :class:`AnnotationFormatError`
    if it is not annotations; both messages name the file.
    """
    return read_annotations(path)[0]


def recorded_sources(path: str | Path) -> list[str]:
    """The articles a session file records (their sources, in order); [] when there is no file."""
    target = Path(path)
    if not target.exists():
        return []
    try:
        recorded = read_json(target)
        return [str(a["source"]) for a in recorded.get("articles", [])]
    except (StorageError, AttributeError, KeyError, TypeError) as exc:
        raise SessionError(f"{shown(target)}: not a readable session file ({exc})") from None


def choose_session_path(
    default: Path | None, articles: Sequence[Article]
) -> tuple[Path | None, str]:
    """The session file to use when none was named, and a line saying why, if it is not ``default``.

    ``default`` (``a.parallax.json``) serves when it is new or records these
    articles.  When it records others (``a.txt b.txt`` against ``a.txt c.txt``),
    a file named after this set of articles is used instead, so marks are never
    applied to claims they were not made on.
    """
    if default is None or not default.exists():
        return default, ""
    try:
        check_articles(_readable(default), articles, default)
    except SessionMismatch:
        keys = "\n".join(article_key(a.source) for a in articles)
        digest = hashlib.sha256(keys.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        other = default.with_name(
            default.name.replace(".parallax.json", f".{digest}.parallax.json")
        )
        return other, (
            f"{shown(default)} is the session of other articles; "
            f"this comparison uses {shown(other)}"
        )
    except (SessionError, StorageError):
        pass  # reported when the session is loaded
    return default, ""


def _readable(path: Path) -> dict[str, object]:
    data = read_json(path)
    return data if isinstance(data, dict) else {}


def import_notes(
    path: str | Path,
    notes: Sequence[Note],
    articles: Sequence[Article],
    alignment: Alignment,
    *,
    problems: Sequence[str] = (),
) -> NotesImported:
    """Merge ``notes`` into the session file at ``path`` (made when there is none) and save it.

    The session's lock is held from reading to writing, so two imports (or an
    import and the app) never lose each other's notes.  A session of other
    articles is refused (:class:`~tui.core.session.SessionMismatch`).
    """
    with locked(path):
        session = load_session(path, articles, alignment) or Session()
        imported = merge_notes(session, notes)
        save_session(path, imported.session, articles, alignment)
    return NotesImported(imported.session, imported.added, imported.replaced, tuple(problems))

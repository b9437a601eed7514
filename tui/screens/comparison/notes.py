"""Notes on screen: where each one shows, and which one is under the text cursor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.core.annotations import Note
from tui.core.highlights import Span
from tui.core.marking import NoteSpan
from tui.core.model import Article
from tui.screens.comparison.caret import Caret
from tui.widgets.notes_panel import NotePlace

NoteMarks = Mapping[str, tuple[NoteSpan, ...]]
"""Each paragraph's note spans, by paragraph id."""


def note_places(
    articles: Sequence[Article],
    notes: Sequence[Note],
    marks: NoteMarks,
    where: Mapping[str, tuple[int, int]],
) -> dict[str, NotePlace]:
    """Where the notes list says each note is (by note id): the first place it shows
    in reading order, or its article when it is orphaned."""
    firsts: dict[str, NotePlace] = {}
    for pid in sorted(marks, key=lambda q: where.get(q, (0, 0))):
        for span in marks[pid]:
            firsts.setdefault(span.note, NotePlace(pid.rstrip("0123456789"), pid, span.start))
    by_source = {a.source: a.id for a in articles}
    return {
        n.id: firsts.get(n.id) or NotePlace(by_source.get(n.anchor.source, "?"), None)
        for n in notes
    }


def drawn_marks(marks: NoteMarks, caret: Caret, length: int) -> dict[str, tuple[Span, ...]]:
    """What the views draw over the text: the notes, and the text cursor and its
    selection in the caret's paragraph (``length`` long)."""
    drawn: dict[str, tuple[Span, ...]] = {
        pid: tuple(Span(n.start, n.end, "note") for n in spans) for pid, spans in marks.items()
    }
    pid = caret.paragraph
    if caret.active and pid is not None:
        drawn[pid] = (*drawn.get(pid, ()), *caret.spans(length))
    return drawn


def note_at(marks: NoteMarks, notes: Sequence[Note], pid: str | None, caret: Caret) -> Note | None:
    """The note at the text cursor (the shortest of those there); without the text
    cursor, or with none there, paragraph ``pid``'s first note."""
    spans = marks.get(pid or "", ())
    if not spans:
        return None
    if caret.active:
        at = [s for s in spans if s.start <= caret.pos < max(s.end, s.start + 1)]
        if at:
            spans = tuple(sorted(at, key=lambda s: s.end - s.start))
    return {n.id: n for n in notes}.get(spans[0].note)

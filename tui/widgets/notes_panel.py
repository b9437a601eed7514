"""The notes list: every note of the session, placed ones first, then the orphaned.

Each entry shows the article, the quoted text, the tag and the note; Enter on
a placed note jumps to it.  An orphaned note (its text is no longer in the
article) is listed with its quote, so it is never lost from view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.widgets.option_list import Option

from tui.core.annotations import Note
from tui.widgets.side_panel import SidePanel
from tui.widgets.wrapping import display_text

QUOTE_CHARS = 90


@dataclass(frozen=True, slots=True)
class NotePlace:
    """Where a note shows: its article and paragraph, and the offset in that paragraph."""

    article: str
    paragraph: str | None
    """None: the note is orphaned."""
    offset: int = 0


def _quote(text: str) -> str:
    text = " ".join(display_text(text).split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


class NotesPanel(SidePanel):
    """A titled list of the session's notes."""

    HEADING = "Notes"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._places: dict[str, NotePlace] = {}

    def show(self, notes: Sequence[Note], places: Mapping[str, NotePlace]) -> None:
        """List ``notes``; ``places`` says where each one is (by note id)."""
        self._places = dict(places)
        placed = [n for n in notes if places[n.id].paragraph is not None]
        orphaned = [n for n in notes if places[n.id].paragraph is None]
        title = f"Notes ({len(notes)})"
        if orphaned:
            title += f" · {len(orphaned)} orphaned"
        self.set_title(title)
        items: list[Option | None] = []
        if not notes:
            items.append(
                Option(Content("No notes yet: a on a paragraph or a selection"), disabled=True)
            )
        for note in placed:
            items.append(self._option(note, places[note.id]))
        if orphaned:
            if placed:
                items.append(None)
            items.append(
                Option(Content(f"Orphaned: text no longer found ({len(orphaned)})"), disabled=True)
            )
            for note in orphaned:
                items.append(self._option(note, places[note.id]))
        self.fill(items)

    def _option(self, note: Note, place: NotePlace) -> Option:
        where = place.paragraph or f"{place.article}, orphaned"
        tag = f" [{display_text(note.tag)}]" if note.tag else ""
        prompt = Content.assemble(
            ("✎ " if place.paragraph else "? ", "bold"),
            (where, "bold"),
            (tag, "italic"),
            "\n",
            (f"“{_quote(note.anchor.exact)}”", "dim"),
            "\n",
            _quote(note.body) if note.body else ("(no text)", "dim"),
        )
        return Option(prompt, id=note.id)

    def chosen(self, key: str) -> None:
        """Jump to the note, or say why an orphaned one cannot be jumped to."""
        place = self._places.get(key)
        if place is None:
            return
        if place.paragraph is None:
            self.notify(
                "This note is orphaned: its text is no longer in the article. "
                "It is kept in the session and in the report.",
                timeout=5,
            )
            return
        self.post_message(self.JumpTo(place.paragraph, place.offset, note=key))

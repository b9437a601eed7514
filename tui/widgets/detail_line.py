"""The detail line: the paragraph under the cursor, its group, and what each outlet says."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from tui.widgets.wrapping import display_text


def shown_notes(notes: Sequence[str], room: int) -> list[Content]:
    """The notes that fit in ``room`` lines.  With more than that, the last line says
    first how many it leaves out and which key shows them (the only cut)."""
    shown = [Content(display_text(note)) for note in notes[:room]]
    if len(notes) > room > 0:
        more = len(notes) - room
        shown[-1] = Content.assemble((f"(+{more} more: D) ", "bold"), shown[-1])
    return shown


class DetailLine(Static):
    """A heading line, then a line per number or spelling in the paragraph (at most
    :data:`NOTES`; a fixed height, so the panes above do not move as it changes)."""

    NOTES = 2

    DEFAULT_CSS = """
    DetailLine {
        height: 3;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.heading = Content("")
        self.notes: tuple[str, ...] = ()
        """Every note of the paragraph, those not shown too (``D`` lists them)."""

    def show(self, heading: Content, notes: Sequence[str]) -> None:
        self.heading, self.notes = heading, tuple(notes)
        lines = [heading, *shown_notes(notes, self.NOTES)]
        # a fixed size: no new layout, only a repaint
        self.update(Content("\n").join(lines), layout=False)

"""The detail line: the paragraph under the cursor, its group, and what each outlet says."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from tui.widgets.wrapping import display_text


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

    def show(self, heading: Content, notes: Sequence[str]) -> None:
        shown = [Content(display_text(note)) for note in notes[: self.NOTES]]
        if len(notes) > self.NOTES:
            more = len(notes) - self.NOTES
            shown[-1] = Content.assemble((f"(+{more} more) ", "bold"), shown[-1])
        # a fixed size: no new layout, only a repaint
        self.update(Content("\n").join([heading, *shown]), layout=False)

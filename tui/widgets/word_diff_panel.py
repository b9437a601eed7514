"""The word diff panel: the paragraph under the cursor against each counterpart.

Each counterpart gets a heading ("A3 → B3") and the cursor paragraph as it
reads, with what the counterpart has instead marked inline, as
``git diff --word-diff`` writes it: ``[-only here-]``, ``{+only there+}``,
``{~Kiev→Kyiv~}``.  The markers and the colours are styled through
component classes, so a theme can restyle them; the article's text stays
data (pieces of :class:`~textual.content.Content`, never markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tui.core.inline_diff import Piece
from tui.widgets.wrapping import display_text

#: The component class of each kind of piece (none: the text as it reads).
ROLE_COMPONENTS = {
    "delete": "word-diff--delete",
    "insert": "word-diff--insert",
    "respell-old": "word-diff--respell-old",
    "respell-new": "word-diff--respell-new",
    "marker": "word-diff--marker",
}


@dataclass(frozen=True, slots=True)
class Compared:
    """The cursor paragraph against one counterpart."""

    heading: str
    """ "A3 → B3"."""
    pieces: tuple[Piece, ...]


class DiffBody(ScrollView, can_focus=False):
    """The diff's lines, wrapped to the width and drawn line by line: a new diff
    repaints the panel without laying out the screen again."""

    DEFAULT_CSS = """
    DiffBody {
        height: 1fr;
        padding: 0 1;
        overflow-y: scroll;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content = Content("")
        self._lines: list[Content] = []
        self._width = 0

    def show(self, content: Content) -> None:
        """Show ``content`` from its first line."""
        self.content = content
        self._wrap()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        self._width = width
        self._lines = self.content.wrap(width) if width > 0 else []
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            # not through the reactive, which lays out the whole screen again (and
            # doubles the cost of a key); the scroll bar is always there, so only its
            # thumb changes (textual is pinned: _scroll_update is its own way to do it)
            self.set_reactive(DiffBody.virtual_size, size)
            self._scroll_update(size)

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._wrap()
            self.refresh()

    def render_line(self, y: int) -> Strip:
        i = y + int(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        base = self.visual_style
        if not 0 <= i < len(self._lines):
            return Strip.blank(width, base.rich_style)
        line = self._lines[i]
        return Strip(line.render_segments(base), line.cell_length).extend_cell_length(
            width, base.rich_style
        )


class WordDiffPanel(Vertical):
    """A title and, below it, the cursor paragraph's word diff with each counterpart."""

    COMPONENT_CLASSES = {*ROLE_COMPONENTS.values(), "word-diff--heading"}

    DEFAULT_CSS = """
    WordDiffPanel {
        height: 12;
        border-top: solid $accent;
        background: $surface;
        display: none;
    }
    WordDiffPanel > #word-diff-title {
        height: 1;
        padding: 0 1;
        text-style: bold;
    }
    WordDiffPanel > .word-diff--delete {
        color: $error;
        text-style: strike;
    }
    WordDiffPanel > .word-diff--insert {
        color: $success;
        text-style: bold;
    }
    WordDiffPanel > .word-diff--respell-old {
        color: $warning;
    }
    WordDiffPanel > .word-diff--respell-new {
        color: $warning;
        text-style: bold;
    }
    WordDiffPanel > .word-diff--marker {
        color: $text-muted;
    }
    WordDiffPanel > .word-diff--heading {
        color: $accent;
        text-style: bold;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static("Word diff", id="word-diff-title", markup=False)
        yield DiffBody(id="word-diff-body")

    def show(self, title: str, compared: Sequence[Compared] = (), message: str = "") -> None:
        """Show ``compared`` under ``title`` (or ``message`` when there is nothing to compare)."""
        self.query_one("#word-diff-title", Static).update(Content(title), layout=False)
        blocks: list[Content] = []
        heading = self.get_visual_style("word-diff--heading")
        styles = {role: self.get_visual_style(c) for role, c in ROLE_COMPONENTS.items()}
        for entry in compared:
            parts = [
                (display_text(p.text), styles[p.role]) if p.role in styles else display_text(p.text)
                for p in entry.pieces
            ]
            blocks.append(Content.assemble((entry.heading, heading), "\n", *parts))
        body = Content("\n\n").join(blocks) if blocks else Content(message)
        self.query_one(DiffBody).show(body)

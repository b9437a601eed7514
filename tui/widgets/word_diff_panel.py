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

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
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
    WordDiffPanel > VerticalScroll {
        height: 1fr;
        padding: 0 1;
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
        with VerticalScroll():
            yield Static("", id="word-diff-body", markup=False)

    def show(self, title: str, compared: Sequence[Compared] = (), message: str = "") -> None:
        """Show ``compared`` under ``title`` (or ``message`` when there is nothing to compare)."""
        self.query_one("#word-diff-title", Static).update(Content(title))
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
        self.query_one("#word-diff-body", Static).update(body)
        self.query_one(VerticalScroll).scroll_home(animate=False)

"""Every entry of the detail line (``D``): the paragraph's heading, then what each
outlet says about each of its numbers and names, in a scrollable box."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.widgets.wrapping import display_text


class DetailsScreen(ModalScreen[None]):
    """The detail line in full; Esc closes it."""

    BINDINGS = [Binding("escape,q,D", "dismiss", "Close")]

    DEFAULT_CSS = """
    DetailsScreen {
        align: center bottom;
    }
    DetailsScreen > VerticalScroll {
        width: 100%;
        height: auto;
        max-height: 60%;
        border: round $border;
        border-title-align: left;
        border-subtitle-align: right;
        background: $surface;
        padding: 0 1;
    }
    """

    def __init__(self, heading: Content, notes: Sequence[str]) -> None:
        super().__init__()
        self.heading = heading
        self.notes = tuple(notes)

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll()
        scroll.border_title = f"Details: {len(self.notes)} entries"
        scroll.border_subtitle = "esc close"
        entries = [Content.assemble("• ", display_text(note)) for note in self.notes]
        if not entries:
            entries = [Content.styled("No numbers or names to compare here", "italic")]
        with scroll:
            yield Static(self.heading, id="details-heading", markup=False)
            yield Static(Content("\n").join(entries), id="details-entries", markup=False)

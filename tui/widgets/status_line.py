"""The status line: what the comparison found and how far the review has got."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class StatusLine(Horizontal):
    """Counts on the left; a progress bar while the articles are being aligned.

    It is given a long and a short wording and shows the long one when it fits.
    """

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
    }
    StatusLine > #status-text {
        width: 1fr;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    StatusLine > ProgressBar {
        width: auto;
        display: none;
    }
    StatusLine.-busy > ProgressBar {
        display: block;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.long = self.short = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="status-text", markup=False)
        yield ProgressBar(total=None, show_eta=False, show_percentage=False)

    def show(self, long: str, short: str | None = None, *, busy: bool = False) -> None:
        if (long, short or long, busy) == (self.long, self.short, self.has_class("-busy")):
            return
        self.long, self.short = long, short or long
        self.set_class(busy, "-busy")
        self._fit(self.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        room = width - 2 - (30 if self.has_class("-busy") else 0)
        text = self.long if len(self.long) <= room or not width else self.short
        self.query_one("#status-text", Static).update(text, layout=False)

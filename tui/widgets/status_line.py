"""The status line: what the comparison found and how far the review has got."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static


class StatusLine(Horizontal):
    """Counts on the left; a progress bar while the articles are being aligned; and
    on the right, badges for states the reader must not miss ("autosave OFF").

    It is given a long and a short wording and shows the long one when it fits;
    the badges always show whole.  Toasts are raised above the status line
    (``ToastRack`` in ``styles.tcss``), so they never cover the badges.
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
    StatusLine > #status-badges {
        width: auto;
        display: none;
        background: $error;
        color: auto 100%;
        text-style: bold;
        padding: 0 1;
    }
    StatusLine.-badges > #status-badges {
        display: block;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.long = self.short = ""
        self.badges: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static("", id="status-text", markup=False)
        yield ProgressBar(total=None, show_eta=False, show_percentage=False)
        yield Static("", id="status-badges", markup=False)

    def show(
        self,
        long: str,
        short: str | None = None,
        *,
        busy: bool = False,
        badges: Sequence[str] = (),
    ) -> None:
        state = (long, short or long, busy, tuple(badges))
        if state == (self.long, self.short, self.has_class("-busy"), self.badges):
            return
        self.long, self.short = long, short or long
        if tuple(badges) != self.badges:
            self.badges = tuple(badges)
            self.query_one("#status-badges", Static).update(Content(" · ".join(self.badges)))
            self.set_class(bool(self.badges), "-badges")
        self.set_class(busy, "-busy")
        self._fit(self.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        badges = sum(len(b) + 3 for b in self.badges) + 1 if self.badges else 0
        room = width - 2 - (30 if self.has_class("-busy") else 0) - badges
        text = self.long if len(self.long) <= room or not width else self.short
        self.query_one("#status-text", Static).update(text, layout=False)

"""The first screen: the loaded articles side by side."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header

from tui.core.model import Article
from tui.widgets.article_pane import ArticlePane

#: Narrower than this, a pane is hard to read: fewer panes share the width,
#: and the row of articles scrolls sideways.
MIN_PANE_WIDTH = 36


def pane_widths(total: int, count: int, *, minimum: int = MIN_PANE_WIDTH) -> list[int]:
    """Widths for ``count`` panes: as many as fit in ``total`` share it evenly."""
    per_view = max(1, min(count, total // minimum))
    base, extra = divmod(total, per_view)
    return [base + (1 if i % per_view < extra else 0) for i in range(count)]


class ArticlesScreen(Screen[None]):
    """Every article in its own scrollable pane; tab moves between them."""

    BINDINGS = [
        Binding("tab", "app.focus_next", "Next article"),
        Binding("shift+tab", "app.focus_previous", "Previous article"),
    ]

    def __init__(self, articles: Sequence[Article]) -> None:
        super().__init__()
        self.articles = tuple(articles)

    def compose(self) -> ComposeResult:
        yield Header()
        with HorizontalScroll(id="articles", can_focus=False):
            for article in self.articles:
                yield ArticlePane(article)
        yield Footer()

    def on_mount(self) -> None:
        self._fit_panes(self.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_panes(event.size.width)

    def _fit_panes(self, total: int) -> None:
        panes = list(self.query(ArticlePane))
        for pane, width in zip(panes, pane_widths(total, len(panes)), strict=True):
            pane.styles.width = width

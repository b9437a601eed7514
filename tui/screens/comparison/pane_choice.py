"""The panes the reader chose (``p``): the chooser, then the window of panes in
view made from its answer; the cursor goes to a visible pane if its own was hidden."""

from __future__ import annotations

from typing import Any, Protocol

from textual.app import App

from tui.core.model import Article
from tui.screens.pane_chooser import PaneChoice, PaneChooser
from tui.widgets.pane_window import PaneWindow


class Host(Protocol):
    """What choosing panes needs of the comparison screen."""

    @property
    def articles(self) -> tuple[Article, ...]: ...

    @property
    def app(self) -> App[Any]: ...

    window: PaneWindow
    column: int

    def fit_panes(self, width: int | None = None) -> None: ...

    def go_to_visible(self, delta: int, *, wrap: bool = False) -> None: ...


class PaneChoosing:
    """Opens the pane chooser and applies what it answers."""

    def __init__(self, host: Host) -> None:
        self.host = host

    def open(self) -> None:
        host = self.host
        count = len(host.articles)
        chooser = PaneChooser(host.articles, host.window.visible(count), host.window.pinned)
        host.app.push_screen(chooser, self.apply)

    def apply(self, choice: PaneChoice | None) -> None:
        """Show the chosen panes (None: leave them as they are)."""
        if choice is None or not choice.order:
            return
        host = self.host
        host.window = host.window.choose(choice.order, choice.pinned)
        if host.column not in host.window.visible(len(host.articles)):
            host.go_to_visible(0)  # from a hidden pane: the first visible one
        host.fit_panes()

"""Where the reader was, taken from the screen to be saved, and given back to it
when the comparison is opened again (:mod:`tui.core.view_state`)."""

from __future__ import annotations

from typing import Protocol

from tui.core.model import Article
from tui.core.view_state import ViewState
from tui.screens.comparison.navigation import AnyView
from tui.session_store import SessionStore
from tui.widgets.pane_window import PaneWindow


class Host(Protocol):
    """What saving and restoring the view needs of the comparison screen."""

    @property
    def articles(self) -> tuple[Article, ...]: ...

    @property
    def navigator(self) -> AnyView: ...

    view: str
    window: PaneWindow
    column: int

    def current_paragraph(self) -> str | None: ...

    def current_group(self) -> str | None: ...

    def fit_panes(self, width: int | None = None) -> None: ...

    def go_to_visible(self, delta: int, *, wrap: bool = False) -> None: ...

    def update_status(self) -> None: ...

    @property
    def store(self) -> SessionStore: ...

    def notify(self, message: str, *, markup: bool = ..., timeout: float | None = ...) -> None: ...


def capture(host: Host) -> ViewState:
    """The view, the cursor's paragraph and group, and the panes the reader chose."""
    window = host.window
    panes = window.visible(len(host.articles)) if window.order is not None else None
    return ViewState(
        host.view, host.current_paragraph(), host.current_group(), panes, window.pinned
    )


def restore(host: Host, state: ViewState) -> None:
    """Show ``state``: its panes, its view, the cursor on its paragraph."""
    count = len(host.articles)
    if state.panes is not None or state.pinned is not None:
        host.window = host.window.choose(state.panes or range(count), state.pinned)
    host.view = state.view
    if state.paragraph is not None:
        host.navigator.enter(state.paragraph, state.group, rebuilt=True)
    if host.column not in host.window.visible(count):
        host.go_to_visible(0)
    host.fit_panes()
    host.update_status()


def reopened(host: Host, loaded: SessionStore | None) -> None:
    """Once the comparison is on screen: go back to where the reader was, when the
    session file (``loaded``) says.  (The session file's path is in the title bar.)"""
    if loaded is not None and loaded.view is not None:
        restore(host, loaded.view)

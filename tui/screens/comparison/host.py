"""What the comparison screen offers the small objects that hold its logic.

The views (:mod:`.navigation`), the review (:mod:`.reviewing`) and the
search (:mod:`.search_state`) each ask the screen for what :class:`Host`
lists and for what their own protocol adds to it; the screen is all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from tui.core.model import Article
from tui.widgets.aligned_grid import AlignedGrid
from tui.widgets.text_view import TextView


class Trail:
    """The paragraph (and group) each pane's cursor was last on, in either view, and
    the pane the cursor came from: ``L`` links the current paragraph into the
    group of the paragraph it left there."""

    def __init__(self, panes: int) -> None:
        self.last: list[tuple[str | None, str | None]] = [(None, None)] * panes
        self.came_from: int | None = None

    def leave(self, column: int, paragraph: str | None, group: str | None) -> None:
        self.last[column] = (paragraph, group)

    def source(self) -> tuple[str | None, str | None]:
        """The paragraph and group last visited in the pane the cursor came from."""
        return self.last[self.came_from] if self.came_from is not None else (None, None)


class Host(Protocol):
    """What every helper of the comparison screen may ask of it."""

    @property
    def articles(self) -> tuple[Article, ...]: ...

    @property
    def where(self) -> Mapping[str, tuple[int, int]]:
        """Each paragraph's article and index in it."""

    @property
    def trail(self) -> Trail: ...

    @property
    def grid(self) -> AlignedGrid: ...

    @property
    def text_views(self) -> list[TextView]:
        """The grid and the reading panes."""

    def cursor_moved(self) -> None:
        """Show what is under the cursor now."""

    def notify(self, message: str, *, timeout: float | None = None) -> None: ...

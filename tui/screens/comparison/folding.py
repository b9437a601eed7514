"""Folding a group row to its linked sentences (``z``).

A group can hold many paragraphs of each article, and a row is as tall as
its tallest cell, so one row can fill more than a screen.  Folding the row
draws, of each of its paragraphs, only the stretches that are the group's
clauses (the sentences the engine linked), and an ellipsis for the rest;
``z`` again unfolds it.

Folding is off until the reader asks for it: what a fold leaves out is
still text of the article, and a reader who has not asked should see it all.
A row taller than the screen says "z folds" in its head line instead.
"""

from __future__ import annotations

from typing import Protocol

from tui.screens.comparison.host import Host as ScreenHost
from tui.screens.comparison.navigation import AnyView
from tui.widgets.aligned_grid import GridCursor


class Host(ScreenHost, Protocol):
    """What folding needs of the screen."""

    @property
    def view(self) -> str:
        """``"aligned"`` or ``"reading"``."""

    @property
    def navigator(self) -> AnyView:
        """The view that is on, and its cursor."""

    cursor: GridCursor
    """The aligned view's cursor."""


class Folding:
    """Which group rows are folded; the grid draws them so."""

    def __init__(self, host: Host) -> None:
        self.host = host

    @property
    def folded(self) -> frozenset[str]:
        return self.host.grid.folded

    def toggle(self) -> None:
        """Fold the group row under the cursor, or unfold it."""
        host = self.host
        if host.view != "aligned":
            host.notify("Rows fold in the aligned view (v)", timeout=3)
            return
        row = host.navigator.row()
        if row is None or row.group is None:
            host.notify("Only a group's row folds to its linked sentences", timeout=3)
            return
        gid = row.group.id
        folded = self.folded - {gid} if gid in self.folded else self.folded | {gid}
        grid = host.grid
        grid.set_folded(folded)
        # as much of the row as fits, its head line first, then the cursor in view
        grid.scroll_to_lines(*grid.row_region(host.cursor.row))
        host.navigator.scroll_to_cursor()

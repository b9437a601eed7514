"""Narrow screens: the side lists and the word diff open over the panes.

Below :data:`NARROW_WIDTH` columns a side list beside the panes would leave
them too little room, so the screen's body takes the ``-narrow`` class and
``styles.tcss`` docks the lists (and the word diff) on a layer above the
panes instead of beside or below them.  The screen calls :func:`fit_overlays`
on every resize.
"""

from __future__ import annotations

from textual.widget import Widget

NARROW_WIDTH = 120
"""Screens narrower than this (in columns) show the side lists as overlays: wider,
the panes keep enough room beside a 42-column list."""


def fit_overlays(body: Widget, width: int) -> None:
    """Lay the side lists over the panes when the screen is ``width`` columns and that
    is narrow, beside them otherwise."""
    body.set_class(width < NARROW_WIDTH, "-narrow")

"""Which article panes are in view, and how wide each one is.

The comparison screen owns one :class:`PaneWindow` and binds it down to the
pane headers and the aligned grid (``data_bind``), so the three cannot
disagree about which panes show.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Narrower than this a pane is hard to read: fewer panes share the width.
MIN_PANE_WIDTH = 26
#: More panes than this side by side are too many to compare.
MAX_VISIBLE_PANES = 6


def pane_widths(
    total: int, count: int, *, minimum: int = MIN_PANE_WIDTH, most: int = MAX_VISIBLE_PANES
) -> list[int]:
    """Widths of the panes in view: as many as fit (at most ``most``) share ``total``."""
    per_view = max(1, min(count, most, total // minimum))
    base, extra = divmod(max(total, per_view), per_view)
    return [base + (1 if i < extra else 0) for i in range(per_view)]


@dataclass(frozen=True, slots=True)
class PaneWindow:
    """The panes in view: the index of the first, and the width of each."""

    first: int = 0
    widths: tuple[int, ...] = ()

    def columns(self, count: int) -> range:
        """The article indices in view, out of ``count`` articles."""
        return range(self.first, min(count, self.first + len(self.widths)))

    def fit(self, total: int, count: int, column: int) -> PaneWindow:
        """The window over ``count`` panes sharing ``total`` cells that shows ``column``,
        moved as little as possible from this one."""
        widths = pane_widths(total, count)
        per_view = len(widths)
        first = min(self.first, count - per_view)
        if column < first:
            first = column
        elif column >= first + per_view:
            first = column - per_view + 1
        return PaneWindow(max(0, first), tuple(widths))

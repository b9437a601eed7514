"""Which article panes are in view, in what order, and how wide each one is.

The reader chooses the visible articles and their order, and may pin one (the
"base" outlet) at the left (the pane chooser, ``p``).  When the visible panes
do not all fit, the window scrolls sideways over them; a pinned pane stays.

The comparison screen owns one :class:`PaneWindow` and binds it down to the
pane headers, the aligned grid and the reading panes (``data_bind``), so they
cannot disagree about which panes show.  Each iterates :meth:`PaneWindow.columns`,
the article indices in view, left to right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

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
    """The panes in view: the visible articles in order (``order``; None: all, in
    order), the one ``pinned`` at the left, how far the rest are scrolled
    (``first``: the first unpinned one in view), and the width of each in view."""

    first: int = 0
    widths: tuple[int, ...] = ()
    order: tuple[int, ...] | None = None
    pinned: int | None = None

    def visible(self, count: int) -> tuple[int, ...]:
        """The visible articles of ``count``, left to right (the pinned one first)."""
        listed = range(count) if self.order is None else self.order
        shown = [i for i in dict.fromkeys(listed) if 0 <= i < count] or list(range(count))
        if self.pinned in shown:
            shown.remove(self.pinned)
            shown.insert(0, self.pinned)
        return tuple(shown)

    def _split(self, count: int, per_view: int) -> tuple[int | None, tuple[int, ...]]:
        """The pinned pane (None when there is none, or no room beside it) and the
        panes that scroll."""
        shown = self.visible(count)
        if self.pinned is not None and shown and shown[0] == self.pinned and per_view >= 2:
            return self.pinned, shown[1:]
        return None, shown

    def columns(self, count: int) -> tuple[int, ...]:
        """The article indices in view, left to right, out of ``count`` articles."""
        pinned, scrolling = self._split(count, len(self.widths))
        if pinned is None:
            return scrolling[self.first : self.first + len(self.widths)]
        return (pinned, *scrolling[self.first : self.first + len(self.widths) - 1])

    def hidden(self, count: int) -> tuple[int, int]:
        """How many visible panes are scrolled out of view to the left and to the right."""
        pinned, scrolling = self._split(count, len(self.widths))
        room = len(self.widths) - (pinned is not None)
        return self.first, max(0, len(scrolling) - self.first - room)

    def slot(self, column: int, count: int) -> int | None:
        """Where article ``column`` is in view (0: leftmost), None when out of view."""
        shown = self.columns(count)
        return shown.index(column) if column in shown else None

    def neighbour(self, column: int, delta: int, count: int, *, wrap: bool = False) -> int | None:
        """The visible pane ``delta`` steps right (or left) of ``column``: None past
        the end, unless ``wrap``.  From a hidden pane, the first visible one."""
        shown = self.visible(count)
        if not shown:
            return None
        if column not in shown:
            return shown[0]
        i = shown.index(column) + delta
        if wrap:
            return shown[i % len(shown)]
        return shown[i] if 0 <= i < len(shown) else None

    def choose(self, order: Sequence[int], pinned: int | None) -> PaneWindow:
        """The window showing the articles of ``order`` (in that order), ``pinned`` left."""
        return replace(self, first=0, order=tuple(order), pinned=pinned)

    def fit(self, total: int, count: int, column: int) -> PaneWindow:
        """The window over the visible panes sharing ``total`` cells that shows
        ``column``, scrolled as little as possible from this one.  A hidden
        ``column`` (a jump to a match there) is shown again, at the end."""
        window = self
        if self.order is not None and 0 <= column < count and column not in self.visible(count):
            window = replace(self, order=(*self.visible(count), column))
        return window._fitted(total, count, column)

    def _fitted(self, total: int, count: int, column: int) -> PaneWindow:
        widths = pane_widths(total, len(self.visible(count)))
        pinned, scrolling = self._split(count, len(widths))
        room = len(widths) - (pinned is not None)
        first = min(self.first, max(0, len(scrolling) - room))
        if column in scrolling:
            at = scrolling.index(column)
            if at < first:
                first = at
            elif at >= first + room:
                first = at - room + 1
        return replace(self, first=max(0, first), widths=tuple(widths))

"""One cursor interface, two views: the aligned rows and the reading panes.

Each view keeps its own cursor:

* aligned view: a row, a pane, and a paragraph within that pane's cell (the
  screen's :attr:`cursor`, bound to the grid);
* reading view: a paragraph in each pane; the current pane's is the cursor,
  and the group it is shown in (a paragraph may be in several).

The screen talks to whichever view is on through :class:`View`, so a key does
the same thing in both without asking which one it is in.  Both views share
the current pane (the screen's :attr:`column`) and the :class:`~.host.Trail`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from tui.core.align import Group
from tui.core.model import article_of
from tui.core.review import ItemRef, ReviewState
from tui.core.rows import Row
from tui.screens.comparison.host import Host as ScreenHost
from tui.screens.comparison.outline import Outline, Stop
from tui.widgets.aligned_grid import GridCursor
from tui.widgets.pane_window import PaneWindow
from tui.widgets.reading_pane import ReadingPane


class Host(ScreenHost, Protocol):
    """What a view needs of the screen that shows it."""

    @property
    def outline(self) -> Outline: ...

    @property
    def review(self) -> ReviewState: ...

    @property
    def window(self) -> PaneWindow: ...

    @property
    def reading_panes(self) -> list[ReadingPane]: ...

    column: int
    """The pane with the cursor."""
    cursor: GridCursor
    """The aligned view's cursor."""

    def fit_panes(self) -> None:
        """Bring the current pane into the window of panes in view."""


def page_stop(
    current: int, count: int, delta: int, top_of: Callable[[int], int], height: int
) -> int:
    """The entry (of ``count``, each starting on line ``top_of(i)``) a screenful of
    ``height`` lines away from ``current``, down (``delta`` 1) or up (-1); at least
    the next one."""
    target = top_of(current) + delta * max(1, height - 2)
    i = current
    while 0 <= i + delta < count and (
        top_of(i + delta) <= target if delta > 0 else top_of(i + delta) >= target
    ):
        i += delta
    if i == current:
        i = max(0, min(count - 1, i + delta))
    return i


StopT = TypeVar("StopT", int, Stop)


@dataclass(frozen=True, slots=True)
class Goal:
    """Where a move-on key goes: to the paragraphs of ``paragraphs``, or to the rows
    (groups, unique paragraphs) whose item ``wants``."""

    none: str
    """What the key says when there is nowhere to go."""
    paragraphs: frozenset[str] | None = None
    wants: Callable[[ItemRef], bool] | None = None


def next_stop(stops: Sequence[StopT], here: StopT, delta: int) -> tuple[StopT, bool] | None:
    """The stop after ``here`` (``delta`` 1) or before it (-1), and whether that
    wrapped round the end; None when there are no stops."""
    if not stops:
        return None
    after = [s for s in stops if (s > here if delta > 0 else s < here)]
    wrapped = not after
    if wrapped:
        after = list(stops)
    return (after[0] if delta > 0 else after[-1]), wrapped


class View(ABC, Generic[StopT]):
    """A way of showing the articles, with its own cursor (``StopT``: a place of it)."""

    name: ClassVar[str]
    """``"aligned"`` or ``"reading"``: what the status line calls it."""
    container: ClassVar[str]
    """The selector of the widget that shows it."""
    no_stops: ClassVar[str]
    """What ``n`` says when there is no difference to go to."""

    def __init__(self, host: Host) -> None:
        self.host = host

    # ------------------------------------------------------------------ where the cursor is

    @abstractmethod
    def paragraph(self) -> str | None:
        """The paragraph under the cursor, in the current pane."""

    @abstractmethod
    def group(self) -> str | None:
        """The group the cursor is in."""

    @abstractmethod
    def item(self) -> ItemRef | None:
        """What space and f mark: the current group, or the current unique paragraph."""

    def row(self) -> Row | None:
        """The aligned row under the cursor, if the view has rows."""
        return None

    def also_in(self) -> tuple[str, ...]:
        """The paragraph's other groups, for the detail line to name."""
        return ()

    def reveal(self) -> None:
        """Where the paragraph under the cursor is only referred to, go to where its
        text is drawn (the text cursor needs the text on screen).  The reading view
        draws every paragraph where it is: nothing to do."""

    # ------------------------------------------------------------------ moving

    @abstractmethod
    def step(self, delta: int) -> None:
        """To the next paragraph (``delta`` 1) or the previous one (-1)."""

    @abstractmethod
    def go_to_pane(self, column: int) -> None: ...

    @abstractmethod
    def page(self, delta: int) -> None:
        """A screenful down (``delta`` 1) or up (-1)."""

    @abstractmethod
    def go_to_end(self, last: bool) -> None:
        """To the first (or ``last``) row or paragraph of the current pane."""

    @abstractmethod
    def jump(self, pid: str, offset: int | None = None) -> None:
        """To paragraph ``pid`` (and its character ``offset``)."""

    @abstractmethod
    def click(self, pid: str, column: int, row: int | None) -> None:
        """To the paragraph the reader clicked."""

    @abstractmethod
    def enter(self, pid: str | None, group: str | None, *, rebuilt: bool = False) -> None:
        """Put the cursor on ``pid`` in ``group`` as the view comes on, or after the
        rows were ``rebuilt`` (their old numbers are gone)."""

    def on_screen(self, pid: str, group: str | None) -> bool:
        """True if ``pid`` (in ``group``) is on screen, under a cursor or in a row."""
        raise NotImplementedError

    def step_difference(self, delta: int) -> None:
        """To the next (or previous) paragraph that shows a difference."""
        found = next_stop(self._stops(), self._here(), delta)
        if found is None:
            self.host.notify(self.no_stops, timeout=3)
            return
        stop, wrapped = found
        if wrapped:
            self.host.notify("Wrapped around", timeout=2)
        self._go_to_stop(stop)

    def step_to(self, delta: int, goal: Goal) -> bool:
        """To the next (or previous) place ``goal`` wants; False, and said, when
        there is none."""
        found = next_stop(self._goal_stops(goal), self._here(), delta)
        if found is None:
            self.host.notify(goal.none, timeout=3)
            return False
        stop, wrapped = found
        if wrapped:
            self.host.notify("Wrapped around", timeout=2)
        self._go_to_goal(stop, goal)
        return True

    @abstractmethod
    def _goal_stops(self, goal: Goal) -> Sequence[StopT]:
        """The places ``goal`` wants, in order."""

    def _go_to_goal(self, stop: StopT, goal: Goal) -> None:
        self._go_to_stop(stop)

    @abstractmethod
    def _stops(self) -> Sequence[StopT]:
        """Where the differences are, in order."""

    @abstractmethod
    def _here(self) -> StopT: ...

    @abstractmethod
    def _go_to_stop(self, stop: StopT) -> None: ...

    # ------------------------------------------------------------------ drawing

    @abstractmethod
    def draw(self) -> None:
        """Tell the view's widgets where the cursor is."""

    @abstractmethod
    def scroll_to_cursor(self, offset: int | None = None) -> None:
        """Scroll the cursor (and character ``offset`` of its paragraph) into view."""

    def _moved(self, offset: int | None) -> None:
        host = self.host
        host.fit_panes()
        self.draw()
        self.scroll_to_cursor(offset)
        host.cursor_moved()


AnyView = View[Any]


class AlignedView(View[Stop]):
    """Rows across the panes; the cursor is a row, a pane and a paragraph of its cell."""

    name = "aligned"
    container = "#aligned"
    no_stops = "No differences found"

    @property
    def cursor(self) -> GridCursor:
        return self.host.cursor

    @property
    def rows(self) -> tuple[Row, ...]:
        return self.host.outline.rows

    def paragraph(self) -> str | None:
        c = self.cursor
        if not (0 <= c.row < len(self.rows)):
            return None
        cell = self.rows[c.row].cells[c.column]
        return cell[min(c.sub, len(cell) - 1)] if cell else None

    def row(self) -> Row | None:
        return self.rows[self.cursor.row] if 0 <= self.cursor.row < len(self.rows) else None

    def group(self) -> str | None:
        row = self.row()
        return row.group.id if row is not None and row.group is not None else None

    def item(self) -> ItemRef | None:
        row = self.row()
        return row.item if row is not None else None

    def also_in(self) -> tuple[str, ...]:
        """The paragraph's other groups: where a reference line or "also" sends the reader."""
        pid, group, alignment = self.paragraph(), self.group(), self.host.outline.alignment
        if pid is None or alignment is None or group is None:
            return ()
        return tuple(g.id for g in alignment.groups_of(pid) if g.id != group)

    def reveal(self) -> None:
        pid, c = self.paragraph(), self.cursor
        home = self.host.grid.placement.home(c.row, pid) if pid is not None else c.row
        if pid is not None and home != c.row:
            self.move(home, c.column, self.rows[home].cells[c.column].index(pid))

    def move(self, row: int, column: int, sub: int, *, offset: int | None = None) -> None:
        """Put the cursor on paragraph ``sub`` of ``column``'s cell in ``row`` (clamped)."""
        host, rows = self.host, self.rows
        if not rows:
            return
        row = max(0, min(row, len(rows) - 1))
        column = max(0, min(column, len(host.articles) - 1))
        cell = rows[row].cells[column]
        sub = max(0, min(sub, len(cell) - 1)) if cell else 0
        host.column = column
        host.cursor = GridCursor(row, column, sub)
        group = self.group()
        # only the pane the cursor is in: the other panes keep the paragraph the
        # reader left there, which L links to
        if cell:
            host.trail.leave(column, cell[sub], group)
        self._moved(offset)

    def _row_for(self, pid: str, group: str | None = None, *, stay: bool = True) -> tuple[int, int]:
        """The row to show ``pid`` in: ``group``'s row, else the current row if it holds
        it (and ``stay``), else the first row that holds it; without a ``group``, the
        row that draws it when that row only refers to it."""
        rows = self.host.outline.rows_of.get(pid, (0,))
        if stay and self.cursor.row in rows and group is None:
            r = self.cursor.row
        else:
            r = next(
                (i for i in rows if (g := self.rows[i].group) is not None and g.id == group),
                rows[0],
            )
        if group is None:
            r = self.host.grid.placement.home(r, pid)
        ai = self.host.where[pid][0] if pid in self.host.where else 0
        cell = self.rows[r].cells[ai]
        return r, cell.index(pid) if pid in cell else 0

    def step(self, delta: int) -> None:
        c = self.cursor
        cell = self.rows[c.row].cells[c.column]
        if 0 <= c.sub + delta < len(cell):
            self.move(c.row, c.column, c.sub + delta)
        elif 0 <= c.row + delta < len(self.rows):
            nxt = self.rows[c.row + delta].cells[c.column]
            self.move(c.row + delta, c.column, 0 if delta > 0 else len(nxt) - 1)

    def go_to_pane(self, column: int) -> None:
        self.move(self.cursor.row, column, 0)

    def page(self, delta: int) -> None:
        grid = self.host.grid
        r = page_stop(
            self.cursor.row,
            len(self.rows),
            delta,
            lambda r: grid.row_region(r)[0],
            grid.scrollable_content_region.height,
        )
        self.move(r, self.host.column, 0)

    def go_to_end(self, last: bool) -> None:
        self.move(len(self.rows) - 1 if last else 0, self.host.column, 0)

    def jump(self, pid: str, offset: int | None = None) -> None:
        if pid not in self.host.outline.rows_of:
            return
        r, k = self._row_for(pid)
        self.move(r, self.host.where[pid][0], k, offset=offset)

    def click(self, pid: str, column: int, row: int | None) -> None:
        if row is None:
            return
        cell = self.rows[row].cells[column]
        self.move(row, column, cell.index(pid) if pid in cell else 0)

    def enter(self, pid: str | None, group: str | None, *, rebuilt: bool = False) -> None:
        host = self.host
        if pid is not None and pid in host.outline.rows_of:
            r, k = self._row_for(pid, group, stay=not rebuilt)
            self.move(r, host.where[pid][0] if rebuilt else host.column, k)
        else:
            self.move(0 if rebuilt else self.cursor.row, host.column, 0)

    def on_screen(self, pid: str, group: str | None) -> bool:
        """True if ``pid``'s row (in ``group``) is on screen and its pane in view."""
        host = self.host
        ai = host.where[pid][0] if pid in host.where else -1
        rows = host.outline.rows_of.get(pid, ())
        if ai not in host.window.columns(len(host.articles)) or not rows:
            return False
        r = next((i for i in rows if (g := self.rows[i].group) and g.id == group), rows[0])
        grid = host.grid
        top, height = grid.row_region(r)
        first = int(grid.scroll_offset.y)
        return top < first + grid.scrollable_content_region.height and top + height > first

    def _stops(self) -> Sequence[Stop]:
        """The differences where their text is drawn: not on a reference to it."""
        placement, rows = self.host.grid.placement, self.rows
        return [
            (r, ai, k)
            for r, ai, k in self.host.outline.stops
            if placement.is_drawn(r, rows[r].cells[ai][k])
        ]

    def _goal_stops(self, goal: Goal) -> Sequence[Stop]:
        wanted, wants = goal.paragraphs, goal.wants
        if wanted is not None:
            return [s for s in self.host.outline.stops if self._stop_pid(s) in wanted]
        stops: list[Stop] = []
        column = self.host.column
        for r, row in enumerate(self.rows):
            item = row.item
            if item is None or wants is None or not wants(item):
                continue
            # stay in the current pane when the row has a paragraph there
            ai = next((i for i, cell in enumerate(row.cells) if cell), column)
            stops.append((r, column if row.cells[column] else ai, 0))
        return stops

    def _stop_pid(self, stop: Stop) -> str:
        r, ai, k = stop
        return self.rows[r].cells[ai][k]

    def _here(self) -> Stop:
        c = self.cursor
        return c.row, c.column, c.sub

    def _go_to_stop(self, stop: Stop) -> None:
        self.move(*stop)

    def draw(self) -> None:
        """The grid draws the cursor it is bound to."""

    def scroll_to_cursor(self, offset: int | None = None) -> None:
        grid, c = self.host.grid, self.cursor
        if not (0 <= c.row < len(self.rows)) or not self.host.window.widths:
            return
        if not self.rows[c.row].cells[c.column]:
            grid.scroll_to_lines(*grid.row_region(c.row))
            return
        top, height = grid.entry_region(c.row, c.column, c.sub)
        if c.sub == 0:
            top, height = top - 1, height + 1  # the row's head line too
        grid.scroll_to_lines(top, height)
        if offset is not None:  # a long paragraph: the place itself must show
            grid.scroll_to_lines(grid.line_of_offset(c.row, c.column, c.sub, offset), 1)


class ReadingView(View[int]):
    """Each article in its own order; the cursor is a paragraph of the current pane,
    shown in one of its groups, whose counterparts the other panes mark."""

    name = "reading"
    container = "#reading"
    no_stops = "No differences in this article"

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.reading = [0] * len(host.articles)
        """The paragraph each pane's cursor is on."""
        self.group_focus: str | None = None
        """The group the paragraph under the cursor is shown in."""

    def paragraph(self) -> str | None:
        column = self.host.column
        paragraphs = self.host.articles[column].paragraphs
        return paragraphs[self.reading[column]].id if paragraphs else None

    def group(self) -> str | None:
        return self.group_focus

    def item(self) -> ItemRef | None:
        if self.group_focus is not None:
            return ItemRef.group(self.group_focus)
        pid = self.paragraph()
        alignment = self.host.outline.alignment
        if pid is not None and alignment is not None and pid in alignment.unique:
            return ItemRef.paragraph(pid)
        return None

    def also_in(self) -> tuple[str, ...]:
        pid, alignment = self.paragraph(), self.host.outline.alignment
        if pid is None or alignment is None or self.group_focus is None:
            return ()
        return tuple(g.id for g in alignment.groups_of(pid) if g.id != self.group_focus)

    def move(
        self, column: int, index: int, *, group: str | None = None, offset: int | None = None
    ) -> None:
        """Put the cursor on paragraph ``index`` of pane ``column`` (clamped), shown in
        ``group`` if it is one of its groups, else in the group shown so far, else in
        its first."""
        host = self.host
        column = max(0, min(column, len(host.articles) - 1))
        paragraphs = host.articles[column].paragraphs
        if not paragraphs:
            host.column = column
            return
        index = max(0, min(index, len(paragraphs) - 1))
        host.column = column
        self.reading[column] = index
        pid = paragraphs[index].id
        alignment = host.outline.alignment
        ids = [g.id for g in alignment.groups_of(pid)] if alignment else []
        if group not in ids:
            group = self.group_focus if self.group_focus in ids else (ids[0] if ids else None)
        self.group_focus = group
        host.trail.leave(column, pid, group)
        self._moved(offset)

    def step(self, delta: int) -> None:
        column = self.host.column
        self.move(column, self.reading[column] + delta)

    def go_to_pane(self, column: int) -> None:
        self.move(column, self.reading[column])

    def page(self, delta: int) -> None:
        column = self.host.column
        pane = self.host.reading_panes[column]
        i = page_stop(
            self.reading[column],
            len(pane.article.paragraphs),
            delta,
            lambda i: pane.paragraph_region(i)[0],
            pane.scrollable_content_region.height,
        )
        self.move(column, i)

    def go_to_end(self, last: bool) -> None:
        column = self.host.column
        self.move(column, len(self.host.articles[column].paragraphs) - 1 if last else 0)

    def jump(self, pid: str, offset: int | None = None) -> None:
        ai, index = self.host.where[pid]
        self.move(ai, index, offset=offset)

    def click(self, pid: str, column: int, row: int | None) -> None:
        if pid in self.host.where:
            self.move(column, self.host.where[pid][1])

    def enter(self, pid: str | None, group: str | None, *, rebuilt: bool = False) -> None:
        column = self.host.column
        ai, index = self.host.where[pid] if pid else (column, self.reading[column])
        self.move(ai, index, group=group)

    def on_screen(self, pid: str, group: str | None) -> bool:
        """True if ``pid`` is under its pane's cursor and the pane is in view."""
        host = self.host
        if pid not in host.where:
            return False
        ai, index = host.where[pid]
        return ai in host.window.columns(len(host.articles)) and self.reading[ai] == index

    def _stops(self) -> Sequence[int]:
        places = self.host.outline.facts.places
        paragraphs = self.host.articles[self.host.column].paragraphs
        return [i for i, p in enumerate(paragraphs) if p.id in places]

    def _goal_stops(self, goal: Goal) -> Sequence[int]:
        paragraphs = self.host.articles[self.host.column].paragraphs
        wanted = goal.paragraphs
        if wanted is not None:
            return [i for i, p in enumerate(paragraphs) if p.id in wanted]
        return [i for i, p in enumerate(paragraphs) if self._wanted_item(p.id, goal) is not None]

    def _wanted_item(self, pid: str, goal: Goal) -> ItemRef | None:
        """The item of ``pid`` (a group of it, or itself if unique) that ``goal`` wants."""
        alignment, wants = self.host.outline.alignment, goal.wants
        if alignment is None or wants is None:
            return None
        items = [ItemRef.group(g.id) for g in alignment.groups_of(pid)]
        if pid in alignment.unique:
            items.append(ItemRef.paragraph(pid))
        return next((item for item in items if wants(item)), None)

    def _go_to_goal(self, stop: int, goal: Goal) -> None:
        column = self.host.column
        item = self._wanted_item(self.host.articles[column].paragraphs[stop].id, goal)
        group = item.id if item is not None and item.kind == "group" else None
        self.move(column, stop, group=group)

    def _here(self) -> int:
        return self.reading[self.host.column]

    def _go_to_stop(self, stop: int) -> None:
        self.move(self.host.column, stop)

    def _shown_group(self) -> Group | None:
        alignment = self.host.outline.alignment
        groups = alignment.groups if alignment else ()
        return next((g for g in groups if g.id == self.group_focus), None)

    def draw(self) -> None:
        """Tell every pane what to mark: the cursor, the counterparts, the group."""
        host = self.host
        pid = self.paragraph()
        alignment = host.outline.alignment
        groups = alignment.groups_of(pid) if alignment and pid else ()
        counterparts = frozenset(
            q for g in groups for q in g.paragraphs if pid and article_of(q) != article_of(pid)
        )
        shown = next((g for g in groups if g.id == self.group_focus), None)
        in_group = frozenset(shown.paragraphs) if shown else frozenset()
        linked = frozenset(k.paragraph for k in host.review.links if k.group == self.group_focus)
        column = host.column
        for pane in host.reading_panes:
            cursor = self.reading[pane.column] if pane.column == column else None
            pane.set_focus_state(cursor, counterparts, self.group_focus, in_group, linked)

    def scroll_to_cursor(self, offset: int | None = None) -> None:
        """The paragraph under the cursor, and the first counterpart in each other pane."""
        column = self.host.column
        panes = self.host.reading_panes
        panes[column].show_paragraph(self.reading[column], offset=offset)
        group = self._shown_group()
        if group is None or self.paragraph() is None:
            return
        for other in panes:
            if other.column == column:
                continue
            mine = [q for q in group.paragraphs if q in other.index]
            if mine:
                first = min(mine, key=lambda q: other.index[q])
                other.show_paragraph(other.index[first], if_hidden=True)

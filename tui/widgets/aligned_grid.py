"""The aligned view: one row per group across the article panes.

Each row starts with a header line (the group, its paragraphs, whether it is
reviewed or flagged), then the cells: each article's paragraphs of that
group, wrapped to the pane width.  A row is as tall as its tallest cell and
shorter cells are padded with blank lines, so the panes stay level however
the prose wraps.  Heights come from the same line breaks the drawing uses
(:func:`~tui.widgets.wrapping.wrap_offsets`), and only the lines on screen
are drawn.

The screen owns the cursor and the window of panes in view and binds them
to :attr:`AlignedGrid.cursor` and :attr:`AlignedGrid.window`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.reactive import var
from textual.strip import Strip

from tui.core.highlights import Highlighter
from tui.core.model import Article
from tui.core.review import ItemRef, ReviewState
from tui.core.rows import Row
from tui.widgets.pane_window import MIN_PANE_WIDTH, PaneWindow
from tui.widgets.text_view import GUTTER, Line, TextView, gutter_mark
from tui.widgets.wrapping import line_count, offset_at, paragraph_text, wrap_offsets

RIGHT = 2
"""Cells right of the text: a space and the separator."""
PLACEHOLDER = "not reported"


@dataclass(frozen=True, slots=True)
class GridCursor:
    """Row, article (column index over all articles) and paragraph within the cell."""

    row: int = 0
    column: int = 0
    sub: int = 0


@dataclass(frozen=True, slots=True)
class _Entry:
    paragraph: str
    top: int
    height: int


class AlignedGrid(TextView):
    """Rows of aligned paragraphs; the screen sets rows and marks, and binds the
    window and the cursor."""

    window: var[PaneWindow] = var(PaneWindow(), init=False)
    """The panes in view (bound to the screen's)."""
    cursor: var[GridCursor] = var(GridCursor(), init=False)
    """The cursor (bound to the screen's)."""

    def __init__(self, articles: Sequence[Article], *, id: str | None = None) -> None:
        super().__init__(id=id, cache_size=4096)
        self.articles = tuple(articles)
        self.paragraphs = {p.id: p for a in self.articles for p in a.paragraphs}
        self.rows: tuple[Row, ...] = ()
        self.review = ReviewState()
        self.verdicts: Mapping[ItemRef, str] = {}
        self._tops: list[int] = []
        self._bodies: list[int] = []
        self._cells: list[list[list[_Entry]]] = []
        self._entry_tops: list[list[list[int]]] = []

    # ------------------------------------------------------------------ state

    def show_rows(self, rows: Sequence[Row], highlighter: Highlighter | None) -> None:
        self.rows = tuple(rows)
        self.highlighter = highlighter
        self._relayout()

    def watch_window(self) -> None:
        self._relayout()

    def watch_cursor(self, old: GridCursor, cursor: GridCursor) -> None:
        """Only the rows the cursor leaves and enters are drawn again."""
        for row in {old.row, cursor.row}:
            if 0 <= row < len(self._tops):
                self.refresh_lines(*self.row_region(row))

    def set_review(
        self, review: ReviewState, verdicts: Mapping[ItemRef, str] | None = None
    ) -> None:
        """The marks to draw, and the verdict of each group or unique paragraph."""
        self.review = review
        if verdicts is not None:
            self.verdicts = verdicts
        self._invalidate()

    @property
    def widths(self) -> tuple[int, ...]:
        return self.window.widths

    @property
    def visible_columns(self) -> tuple[int, ...]:
        return self.window.columns(len(self.articles))

    # ------------------------------------------------------------------ layout

    def _relayout(self) -> None:
        self._cache.clear()
        self._generation += 1
        tops: list[int] = []
        bodies: list[int] = []
        cells: list[list[list[_Entry]]] = []
        y = 0
        columns = list(zip(self.visible_columns, self.widths, strict=False))
        for row in self.rows:
            row_cells: list[list[_Entry]] = []
            body = 0
            for ai, width in columns:
                entries: list[_Entry] = []
                height = 0
                for k, pid in enumerate(row.cells[ai]):
                    if k:
                        height += 1
                    text, _ = paragraph_text(self.paragraphs[pid])
                    n = line_count(text, width - GUTTER - RIGHT)
                    entries.append(_Entry(pid, height, n))
                    height += n
                if not entries and row.kind in ("group", "article"):
                    height = 1
                row_cells.append(entries)
                body = max(body, height)
            tops.append(y)
            bodies.append(body)
            cells.append(row_cells)
            y += 1 + body
        self._tops, self._bodies, self._cells = tops, bodies, cells
        self._entry_tops = [[[e.top for e in cell] for cell in row] for row in cells]
        self.virtual_size = Size(sum(self.widths), y)
        self.refresh()

    def row_region(self, row: int) -> tuple[int, int]:
        """(first line, line count) of ``row`` in the whole grid."""
        return self._tops[row], 1 + self._bodies[row]

    def entry_region(self, row: int, column: int, sub: int) -> tuple[int, int]:
        """(first line, line count) of a paragraph of a cell; its header line for an empty cell."""
        c = self.window.slot(column, len(self.articles))
        if not (0 <= row < len(self._cells)) or c is None or c >= len(self._cells[row]):
            return (self._tops[row], 1) if 0 <= row < len(self._tops) else (0, 1)
        entries = self._cells[row][c]
        if not entries:
            return self._tops[row], 2
        entry = entries[min(sub, len(entries) - 1)]
        return self._tops[row] + 1 + entry.top, entry.height

    def line_of_offset(self, row: int, column: int, sub: int, offset: int) -> int:
        """The grid line that shows character ``offset`` of a cell's paragraph."""
        top, _ = self.entry_region(row, column, sub)
        cell = self.rows[row].cells[column] if 0 <= row < len(self.rows) else ()
        if not cell:
            return top
        text, shift = paragraph_text(self.paragraphs[cell[min(sub, len(cell) - 1)]])
        c = self.window.slot(column, len(self.articles))
        width = (self.widths[c] if c is not None else MIN_PANE_WIDTH) - GUTTER - RIGHT
        return top + bisect_right(wrap_offsets(text, width), offset + shift)

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        return self.render_grid_line(y + int(self.scroll_y))

    def render_grid_line(self, line: int) -> Strip:
        """Line ``line`` of the whole grid (not of the screen)."""
        width = self.scrollable_content_region.width
        r = bisect_right(self._tops, line) - 1
        if r < 0 or r >= len(self.rows) or line >= self._tops[r] + 1 + self._bodies[r]:
            return self.blank(width)
        offset = line - self._tops[r]
        if offset == 0:
            return self.line_strip(self._header(r), width)
        return self.line_strip(
            [self._cell_line(r, ai, c, offset - 1) for c, ai in enumerate(self.visible_columns)],
            width,
        )

    def _separator(self, c: int) -> Line:
        last = c == len(self.widths) - 1
        return self.segments(Content(" " if last else "│"), 1, self.style_of("text--separator"))

    def _filler(self, c: int) -> Line:
        key = ("filler", self.widths[c], c == len(self.widths) - 1, self._generation)
        line = self._cache.get(key)
        if line is None:
            line = [[*self.spaces(self.widths[c] - 1), *self._separator(c)]]
            self._cache[key] = line
        return line[0]

    def _cell_line(self, r: int, ai: int, c: int, b: int) -> Line:
        """Body line ``b`` of the cell of article ``ai`` (visible column ``c``) in row ``r``."""
        entries = self._cells[r][c]
        if not entries:
            if b == 0 and self.rows[r].kind in ("group", "article"):
                return self._placeholder(c)
            return self._filler(c)
        k = bisect_right(self._entry_tops[r][c], b) - 1
        if k < 0:
            return self._filler(c)
        entry = entries[k]
        if b >= entry.top + entry.height:
            return self._filler(c)
        return self._paragraph(r, ai, c, k)[b - entry.top]

    def _placeholder(self, c: int) -> Line:
        width = self.widths[c]
        key = ("placeholder", width, c == len(self.widths) - 1, self._generation)
        line = self._cache.get(key)
        if line is None:
            text_width = width - GUTTER - RIGHT
            text = Content(PLACEHOLDER[:text_width])
            line = [
                [
                    *self.spaces(GUTTER),
                    *self.segments(text, text_width, self.style_of("text--placeholder")),
                    *self.spaces(1),
                    *self._separator(c),
                ]
            ]
            self._cache[key] = line
        return line[0]

    def _paragraph(self, r: int, ai: int, c: int, k: int) -> list[Line]:
        """The drawn lines of paragraph ``k`` of a cell, cached by what they depend on."""
        row = self.rows[r]
        pid = row.cells[ai][k]
        group = row.group.id if row.group is not None else None
        cursor = self.cursor
        is_cursor = cursor.row == r and cursor.column == ai and cursor.sub == k
        linked = group is not None and self.review.is_linked(pid, group)
        width = self.widths[c]
        last = c == len(self.widths) - 1
        key = (pid, group, width, last, is_cursor, linked, self._generation)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        mark = gutter_mark(
            cursor=is_cursor, judged=pid in self.judged, noted=pid in self.noted, linked=linked
        )
        right = [*self.spaces(1), *self._separator(c)]
        drawn = self.draw_paragraph(
            self.paragraphs[pid], group, width - GUTTER - RIGHT, mark, right
        )
        self._cache[key] = drawn
        return drawn

    def _header(self, r: int) -> list[Line]:
        row = self.rows[r]
        item = row.item
        marks = ""
        if item is not None and item in self.review.reviewed:
            marks += "✓"
        if item is not None and item in self.review.flagged:
            marks += "⚑"
        if row.kind == "group":
            label = f"group {row.key}"
        elif row.kind == "unique":
            label = "unique"
        elif row.kind == "other":
            label = self.paragraphs[row.key].kind if row.key in self.paragraphs else ""
            if row.key in self.paragraphs and self.paragraphs[row.key].repeat_of:
                label = "repeat"
        else:
            label = "reading order"
        verdict = self.verdicts.get(item) if item is not None else None
        if verdict:
            label = f"{label} · {verdict}"
        current = self.cursor.row == r
        component = (
            "text--row-cursor"
            if current
            else "text--row-unique"
            if row.kind == "unique"
            else "text--row"
        )
        style = self.style_of(component)
        parts = []
        for c, ai in enumerate(self.visible_columns):
            width = self.widths[c]
            lead = ""
            if c == 0:
                lead = f"{'▶' if current else '─'} {f'{marks} {label}'.strip()} ·"
            ids = _ids(row.cells[ai], width - len(lead) - 4)
            text = f"{lead} {ids} " if ids else f"{lead.removesuffix(' ·')} " if lead else ""
            fill = "─" * max(0, width - len(text))
            parts.append(self.segments(Content(text + fill), width, style))
        return parts

    # ------------------------------------------------------------------ mouse

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._tops:
            return
        line = offset.y + int(self.scroll_y)
        r = bisect_right(self._tops, line) - 1
        if r < 0 or r >= len(self.rows):
            return
        x = 0
        for c, ai in enumerate(self.visible_columns):
            if x <= offset.x < x + self.widths[c]:
                body_line = line - self._tops[r] - 1
                entries = self._cells[r][c]
                entry = next(
                    (e for e in entries if e.top <= body_line < e.top + e.height),
                    None,
                )
                at: int | None = None
                if entry is not None:
                    pid: str | None = entry.paragraph
                    text_width = self.widths[c] - GUTTER - RIGHT
                    at = offset_at(
                        self.paragraphs[entry.paragraph],
                        text_width,
                        body_line - entry.top,
                        offset.x - x - GUTTER,
                    )
                else:
                    pid = entries[0].paragraph if entries and body_line < 0 else None
                self.post_message(
                    self.ParagraphClicked(pid or "", ai, r, offset=at, extend=event.shift)
                )
                return
            x += self.widths[c]


def _ids(cell: Sequence[str], room: int) -> str:
    """Paragraph ids of a cell, cut to ``room`` cells: "A1 A2 A4 +4"."""
    shown: list[str] = []
    for i, pid in enumerate(cell):
        rest = len(cell) - i - 1
        candidate = " ".join([*shown, pid]) + (f" +{rest}" if rest else "")
        if len(candidate) > room and shown:
            return " ".join(shown) + f" +{len(cell) - i}"
        shown.append(pid)
    return " ".join(shown)

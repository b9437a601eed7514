"""The aligned view: one row per group across the article panes.

Each row starts with a header line (the group, its paragraphs, whether it is
reviewed or flagged), then the cells: each article's paragraphs of that
group, wrapped to the pane width.  A row is as tall as its tallest cell and
shorter cells are padded with blank lines, so the panes stay level however
the prose wraps.  Heights come from the same line breaks the drawing uses
(:func:`~tui.widgets.wrapping.wrap_offsets`), and only the lines on screen
are drawn.

A paragraph in consecutive rows is drawn once per screen
(:func:`~tui.core.layout_rows.place_rows`, given the rows' heights and the
screen's): the later rows within a screen show a one-line reference to it,
and the drawing row names them under the paragraph.  A group
row in :attr:`AlignedGrid.folded` draws only its linked sentences, each
paragraph's other text left out ("…").

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
from tui.core.layout_rows import Placement, folded_pieces, linked_clauses, place_rows
from tui.core.model import Article
from tui.core.review import ItemRef, ReviewState
from tui.core.rows import Row
from tui.widgets.pane_window import MIN_PANE_WIDTH, PaneWindow
from tui.widgets.text_view import GUTTER, GUTTER_MARKS, GutterMark, Line, TextView, gutter_mark
from tui.widgets.wrapping import line_count, offset_at, paragraph_text, wrap_offsets

RIGHT = 2
"""Cells right of the text: a space and the separator."""
PLACEHOLDER = "not reported"
ELLIPSIS = "…"
"""What a folded row draws for the text it leaves out."""
FOLD_HINT = "z folds"
"""Said in the head line of a group row taller than the screen."""


@dataclass(frozen=True, slots=True)
class GridCursor:
    """Row, article (column index over all articles) and paragraph within the cell."""

    row: int = 0
    column: int = 0
    sub: int = 0


@dataclass(frozen=True, slots=True)
class _Entry:
    """A paragraph of a cell as laid out: its first body line and line count."""

    paragraph: str
    top: int
    height: int
    home: int | None = None
    """The earlier row that draws it, when this row only refers to it."""
    also: tuple[str, ...] = ()
    """The later rows that refer to it here, by their keys (a line under its text)."""
    folded: bool = False
    """Only its group's clauses are drawn."""

    @property
    def text_height(self) -> int:
        """Lines of its text (the reference line, or without the "also" line)."""
        return self.height - (1 if self.also else 0)


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
        self.placement = Placement()
        """Which row draws each paragraph of each row (the others refer to it)."""
        self.folded: frozenset[str] = frozenset()
        """The group rows folded to their linked sentences, by group id."""
        self._folds: dict[tuple[str, str], tuple[str, tuple[tuple[int, int] | None, ...]]] = {}
        """What a fold keeps of each paragraph, by (paragraph, group)."""
        self._linked: dict[str, dict[str, tuple[tuple[int, int], ...]]] = {}
        """Each group's linked clauses, by paragraph."""
        self._lines: dict[tuple[str, int, str | None], int] = {}
        """Lines of each paragraph's text, by (paragraph, width, folded row)."""
        self._laid_for = 0
        """The screen height the rows were laid out for (where runs are cut)."""

    # ------------------------------------------------------------------ state

    def show_rows(self, rows: Sequence[Row], highlighter: Highlighter | None) -> None:
        self.rows = tuple(rows)
        self._folds.clear()
        self._lines.clear()
        self._linked.clear()
        self.highlighter = highlighter
        self._relayout()

    def set_folded(self, folded: frozenset[str]) -> None:
        """Fold the group rows ``folded`` (by group id) to their linked sentences."""
        if folded != self.folded:
            self.folded = folded
            self._relayout()

    def row_height(self, row: int) -> int:
        """Lines of ``row``, its head line included."""
        return 1 + self._bodies[row] if 0 <= row < len(self._bodies) else 0

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
        columns = list(zip(self.visible_columns, self.widths, strict=False))
        self._laid_for = self.scrollable_content_region.height
        self.placement = place_rows(
            self.rows,
            height=lambda r, drawn: 1 + self._body(r, columns, drawn)[0],
            reach=self._laid_for,
        )
        tops: list[int] = []
        bodies: list[int] = []
        cells: list[list[list[_Entry]]] = []
        y = 0
        for r in range(len(self.rows)):
            body, row_cells = self._body(r, columns)
            tops.append(y)
            bodies.append(body)
            cells.append(row_cells)
            y += 1 + body
        self._tops, self._bodies, self._cells = tops, bodies, cells
        self._entry_tops = [[[e.top for e in cell] for cell in row] for row in cells]
        self.virtual_size = Size(sum(self.widths), y)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        """A screen of another height moves where runs are cut: lay the rows out again."""
        if self.scrollable_content_region.height != self._laid_for:
            self._relayout()

    def _body(
        self, r: int, columns: Sequence[tuple[int, int]], drawn: frozenset[str] | None = None
    ) -> tuple[int, list[list[_Entry]]]:
        """The body lines of row ``r`` (as tall as its tallest cell) and its cells'
        entries, for the visible ``columns`` (article, width).  ``drawn``: the
        paragraphs the row draws, while they are being placed (else
        :attr:`placement` says)."""
        row = self.rows[r]
        body = 0
        cells = []
        for ai, width in columns:
            entries = self._layout_cell(r, row.cells[ai], width - GUTTER - RIGHT, drawn)
            height = entries[-1].top + entries[-1].height if entries else 0
            if not entries and row.kind in ("group", "article"):
                height = 1
            cells.append(entries)
            body = max(body, height)
        return body, cells

    def _layout_cell(
        self, r: int, cell: Sequence[str], width: int, drawn: frozenset[str] | None
    ) -> list[_Entry]:
        """The entries of a cell of row ``r`` with text ``width`` cells wide: a reference
        line for a paragraph an earlier row draws, else its lines (folded or whole),
        and a line naming the later rows that refer to it (not known, and left out,
        while the paragraphs are placed: ``drawn`` given)."""
        rows, placement = self.rows, self.placement
        row = rows[r]
        folded = row.group is not None and row.group.id in self.folded
        entries: list[_Entry] = []
        top = 0
        for k, pid in enumerate(cell):
            here = pid in drawn if drawn is not None else placement.is_drawn(r, pid)
            if k and not (entries[-1].home is not None and not here):
                top += 1  # a blank line between paragraphs, none between references
            if not here:
                home = placement.home(r, pid) if drawn is None else -1  # -1: not known yet
                entries.append(_Entry(pid, top, 1, home=home))
                top += 1
                continue
            also = (
                () if drawn is not None else tuple(rows[i].key for i in placement.also_in(r, pid))
            )
            n = self._text_lines(pid, width, row if folded else None) + (1 if also else 0)
            entries.append(_Entry(pid, top, n, also=also, folded=folded))
            top += n
        return entries

    def _text_lines(self, pid: str, width: int, folded: Row | None) -> int:
        """Lines of ``pid``'s text ``width`` cells wide, whole or ``folded`` to that
        group row's linked sentences (cached: a layout asks for each many times)."""
        key = (pid, width, folded.key if folded is not None else None)
        n = self._lines.get(key)
        if n is None:
            if folded is None:
                text = paragraph_text(self.paragraphs[pid])[0]
            else:
                text = self._folded_text(pid, folded)
            n = self._lines[key] = line_count(text, width)
        return n

    def _fold(self, pid: str, row: Row) -> tuple[str, tuple[tuple[int, int] | None, ...]]:
        """The shown text of ``pid`` and what a fold of ``row`` keeps of it: stretches
        of the text, None for each ellipsis (cached until the rows change)."""
        group = row.group.id if row.group is not None else ""
        found = self._folds.get((pid, group))
        if found is not None:
            return found
        text, shift = paragraph_text(self.paragraphs[pid])
        if row.group is not None and row.group.id not in self._linked:
            self._linked[row.group.id] = linked_clauses(row.group, self.paragraphs)
        clauses = self._linked.get(group, {}).get(pid, ())
        parts: list[tuple[int, int] | None] = []
        for piece in folded_pieces(text, [(s + shift, e + shift) for s, e in clauses]):
            if piece.cut_before:
                parts.append(None)
            start, end = piece.start, piece.end
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] == " ":
                end -= 1
            if end > start:
                parts.append((start, end))
            if piece.cut_after:
                parts.append(None)
        found = self._folds[(pid, group)] = (text, tuple(parts))
        return found

    def _folded_text(self, pid: str, row: Row) -> str:
        """The plain text a folded ``row`` draws of paragraph ``pid``."""
        text, parts = self._fold(pid, row)
        return " ".join(ELLIPSIS if p is None else text[p[0] : p[1]] for p in parts)

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
        c = self.window.slot(column, len(self.articles))
        entries = self._cells[row][c] if c is not None and c < len(self._cells[row]) else []
        if entries and (entries[min(sub, len(entries) - 1)].home is not None or entries[0].folded):
            return top  # a reference, or a fold: the text is not drawn as it is
        text, shift = paragraph_text(self.paragraphs[cell[min(sub, len(cell) - 1)]])
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
        entry = self._cells[r][c][k]
        pid = entry.paragraph
        group = row.group.id if row.group is not None else None
        cursor = self.cursor
        is_cursor = cursor.row == r and cursor.column == ai and cursor.sub == k
        linked = group is not None and self.review.is_linked(pid, group)
        width = self.widths[c]
        last = c == len(self.widths) - 1
        key = (pid, group, width, last, is_cursor, linked, entry, self._generation)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        mark = gutter_mark(
            cursor=is_cursor, judged=pid in self.judged, noted=pid in self.noted, linked=linked
        )
        right = [*self.spaces(1), *self._separator(c)]
        text_width = width - GUTTER - RIGHT
        if entry.home is not None:
            drawn = [self._reference(pid, row, self.rows[entry.home].key, text_width, mark, right)]
        elif entry.folded:
            drawn = self._folded_lines(pid, row, text_width, mark, right)
        else:
            drawn = self.draw_paragraph(self.paragraphs[pid], group, text_width, mark, right)
        if entry.also:
            note = Content(f"↓ also {_ids(entry.also, text_width - 7)}")
            style = self.style_of("text--row")
            drawn = [
                *drawn,
                [*self.spaces(GUTTER), *self.segments(note, text_width, style), *right],
            ]
        self._cache[key] = drawn
        return drawn

    def _gutter(self, mark: GutterMark | None) -> tuple[Line, str | None]:
        """The gutter of a paragraph's lines, and the component of its lines' look."""
        if mark is None:
            return self.spaces(GUTTER), None
        sign, component, look = GUTTER_MARKS[mark]
        return self.segments(Content(sign), GUTTER, self.style_of(component)), look

    def _reference(
        self, pid: str, row: Row, home: str, width: int, mark: GutterMark | None, right: Line
    ) -> Line:
        """One line for a paragraph an earlier row draws: "↑ A5 in G2 · " and the
        start of this row's sentence of it, cut to ``width``."""
        gutter, look = self._gutter(mark)
        text, parts = self._fold(pid, row)
        kept = next((text[p[0] : p[1]] for p in parts if p is not None), "")
        label = Content.assemble(
            (
                f"↑ {pid} in {home}",
                self.style_of("text--row-cursor" if mark == "cursor" else "text--row"),
            ),
            (" · ", self.style_of("text--row")),
            (kept, self.style_of("text--context")),
        ).truncate(width, ellipsis=True)
        if mark == "cursor":
            label = label.stylize_before(self.style_of("text--cursor"))
        style = self.style_of(look) if look is not None else None
        return [*gutter, *self.segments(label, width, style), *right]

    def _folded_lines(
        self, pid: str, row: Row, width: int, mark: GutterMark | None, right: Line
    ) -> list[Line]:
        """The lines of ``pid`` folded to ``row``'s clauses: the kept stretches with
        their highlights, an ellipsis for the rest."""
        group = row.group.id if row.group is not None else None
        text, parts = self._fold(pid, row)
        # the whole text on one line (no character is wider than two cells), to cut
        whole = self.paragraph_lines(
            self.paragraphs[pid], self.spans_of(pid, group), max(1, 2 * len(text))
        )[0]
        gap = Content(ELLIPSIS).stylize(self.style_of("text--context"))
        content = Content(" ").join(gap if p is None else whole[p[0] : p[1]] for p in parts)
        offsets = wrap_offsets(content.plain, width)
        gutter, look = self._gutter(mark)
        style = self.style_of(look) if look is not None else None
        lines = []
        for line in content.divide(offsets) if offsets else [content]:
            line = line.rstrip()
            if mark == "cursor":
                line = line.stylize_before(self.style_of("text--cursor"))
            lines.append([*gutter, *self.segments(line, width, style), *right])
        return lines

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
        note = self._fold_note(r)
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
        last = len(self.widths) - 1
        for c, ai in enumerate(self.visible_columns):
            width = self.widths[c]
            lead = ""
            if c == 0:
                lead = f"{'▶' if current else '─'} {f'{marks} {label}'.strip()} ·"
            ids = _ids(row.cells[ai], width - len(lead) - 4)
            text = f"{lead} {ids} " if ids else f"{lead.removesuffix(' ·')} " if lead else ""
            # the fold's note at the line's right end, where it fits
            tail = f" {note} ─" if note and c == last and len(text) + len(note) + 4 <= width else ""
            fill = "─" * max(0, width - len(text) - len(tail))
            parts.append(self.segments(Content(text + fill + tail), width, style))
        return parts

    def _fold_note(self, r: int) -> str:
        """What a group row's head line says of folding: that it is folded, or, for
        a row taller than the screen, which key folds it."""
        row = self.rows[r]
        if row.group is None:
            return ""
        if row.group.id in self.folded:
            return "folded"
        return FOLD_HINT if self.row_height(r) > self.scrollable_content_region.height else ""

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
                pid: str | None
                if entry is not None and (entry.home is not None or entry.folded):
                    pid = entry.paragraph  # a reference or a fold: no character to place
                elif entry is not None:
                    pid = entry.paragraph
                    text_width = self.widths[c] - GUTTER - RIGHT
                    if body_line - entry.top < entry.text_height:  # not the "also" line
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

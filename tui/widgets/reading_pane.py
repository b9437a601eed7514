"""The reading view: each article in a pane of its own, in its own order.

The pane with the cursor marks its paragraph; the other panes mark the
paragraphs that share a group with it (its counterparts) and scroll the
first of them into view.  The paragraphs of the group under the cursor show
that group's clauses and unshared words.  Only the panes in the screen's
window show (:attr:`ReadingPanes.window`, bound to the screen's).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from textual import events
from textual.containers import Horizontal
from textual.geometry import Size
from textual.reactive import var
from textual.strip import Strip

from tui.core.model import Article
from tui.widgets.pane_window import PaneWindow
from tui.widgets.text_view import GUTTER, Line, TextView, gutter_mark
from tui.widgets.wrapping import line_count, offset_at, paragraph_text, wrap_offsets

RIGHT = 1


class ReadingPane(TextView):
    """One article, top to bottom."""

    DEFAULT_CSS = """
    ReadingPane {
        height: 1fr;
        border-right: vkey $foreground 15%;
    }
    """

    def __init__(self, article: Article, column: int) -> None:
        super().__init__(id=f"reading-{article.id}", classes="reading-pane")
        self.article = article
        self.column = column
        self.index = {p.id: i for i, p in enumerate(article.paragraphs)}
        self.cursor: int | None = None
        self.counterparts: frozenset[str] = frozenset()
        self.group: str | None = None
        self.group_paragraphs: frozenset[str] = frozenset()
        self.linked: frozenset[str] = frozenset()
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._text_width = 0
        self._wanted: tuple[int, int | None, bool] | None = None

    # ------------------------------------------------------------------ state

    def set_focus_state(
        self,
        cursor: int | None,
        counterparts: frozenset[str],
        group: str | None,
        group_paragraphs: frozenset[str],
        linked: frozenset[str] = frozenset(),
    ) -> None:
        """What to mark; only the paragraphs whose marks change are drawn again."""
        old_cursor = self.cursor
        changed = (
            (self.counterparts ^ counterparts)
            | (self.linked ^ linked)
            | (
                self.group_paragraphs | group_paragraphs
                if group != self.group
                else self.group_paragraphs ^ group_paragraphs
            )
        )
        self.cursor, self.counterparts, self.group = cursor, counterparts, group
        self.group_paragraphs, self.linked = group_paragraphs, linked
        indices = {self.index[pid] for pid in changed if pid in self.index}
        if old_cursor != cursor:
            indices |= {i for i in (old_cursor, cursor) if i is not None}
        if not indices or not self._tops:
            if not self._tops:
                self.refresh()
            return
        for i in indices:
            top, height = self.paragraph_region(i)
            self.refresh_lines(top, height)

    # ------------------------------------------------------------------ layout

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width - GUTTER - RIGHT
        if width < 1:
            return  # not on screen yet: laid out when it is
        if width == self._text_width and self._tops:
            return
        self._text_width = width
        self._cache.clear()
        tops: list[int] = []
        heights: list[int] = []
        y = 0
        for paragraph in self.article.paragraphs:
            text, _ = paragraph_text(paragraph)
            n = line_count(text, width)
            tops.append(y)
            heights.append(n)
            y += n + 1
        self._tops, self._heights = tops, heights
        self.virtual_size = Size(self.scrollable_content_region.width, max(0, y - 1))
        self.refresh()
        self._show_wanted()  # the lines moved: bring the paragraph back into view

    def show_paragraph(
        self, index: int, *, offset: int | None = None, if_hidden: bool = False
    ) -> None:
        """Scroll paragraph ``index`` into view (and character ``offset`` of it), now and
        after every new layout, until another paragraph is asked for.  With
        ``if_hidden``, only when it is not already in view."""
        self._wanted = (index, offset, if_hidden)
        self._show_wanted()

    def _show_wanted(self) -> None:
        if self._wanted is None or not self._tops:
            return
        index, offset, if_hidden = self._wanted
        top, height = self.paragraph_region(index)
        if if_hidden and self.is_visible(top, height):
            return
        self.scroll_to_lines(top, height, context=1 if if_hidden else 0)
        if offset is not None:
            self.scroll_to_lines(self.line_of_offset(index, offset), 1)

    def paragraph_region(self, index: int) -> tuple[int, int]:
        """(first line, line count) of paragraph ``index``; (0, 1) before the first layout."""
        if not self._tops:
            self._relayout()
        if not (0 <= index < len(self._tops)):
            return 0, 1
        return self._tops[index], self._heights[index]

    def line_of_offset(self, index: int, offset: int) -> int:
        top, _ = self.paragraph_region(index)
        if not self._tops:
            return top
        text, shift = paragraph_text(self.article.paragraphs[index])
        return top + bisect_right(wrap_offsets(text, self._text_width), offset + shift)

    def is_visible(self, top: int, height: int) -> bool:
        y = int(self.scroll_y)
        view = self.scrollable_content_region.height
        return top >= y and top + min(height, view) <= y + view

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if not self._tops or self._text_width != width - GUTTER - RIGHT:
            self._relayout()
        if not self._tops:
            return self.blank(width)
        line = y + int(self.scroll_y)
        i = bisect_right(self._tops, line) - 1
        if i < 0 or i >= len(self._tops) or line >= self._tops[i] + self._heights[i]:
            return self.blank(width)
        lines = self._paragraph(i)
        offset = line - self._tops[i]
        if offset >= len(lines):
            return self.blank(width)
        return self.line_strip([lines[offset]], width)

    def _paragraph(self, i: int) -> list[Line]:
        paragraph = self.article.paragraphs[i]
        pid = paragraph.id
        is_cursor = self.cursor == i
        is_counterpart = pid in self.counterparts
        in_group = pid in self.group_paragraphs
        linked = pid in self.linked
        group = self.group if in_group else None
        key = (i, self._text_width, is_cursor, is_counterpart, linked, group, self._generation)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        mark = gutter_mark(
            cursor=is_cursor,
            counterpart=is_counterpart,
            judged=pid in self.judged,
            noted=pid in self.noted,
            linked=linked,
        )
        drawn = self.draw_paragraph(paragraph, group, self._text_width, mark, self.spaces(RIGHT))
        self._cache[key] = drawn
        return drawn

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._tops:
            return
        line = offset.y + int(self.scroll_y)
        i = bisect_right(self._tops, line) - 1
        if 0 <= i < len(self._tops) and line < self._tops[i] + self._heights[i]:
            paragraph = self.article.paragraphs[i]
            at = offset_at(paragraph, self._text_width, line - self._tops[i], offset.x - GUTTER)
            self.post_message(
                self.ParagraphClicked(paragraph.id, self.column, offset=at, extend=event.shift)
            )


class ReadingPanes(Horizontal):
    """The panes of the reading view, side by side; those in the window show."""

    window: var[PaneWindow] = var(PaneWindow(), init=False)
    """The panes in view (bound to the screen's)."""

    def __init__(self, articles: Sequence[Article], *, id: str | None = None) -> None:
        super().__init__(*(ReadingPane(a, i) for i, a in enumerate(articles)), id=id)

    @property
    def panes(self) -> list[ReadingPane]:
        return list(self.query_children(ReadingPane))

    def watch_window(self, window: PaneWindow) -> None:
        if not window.widths:
            return  # not laid out yet
        panes = self.panes
        in_view = window.columns(len(panes))
        for pane in panes:
            slot = window.slot(pane.column, len(panes))
            pane.display = slot is not None
            if slot is not None:
                pane.styles.width = window.widths[slot]
        in_order = [panes[ai] for ai in in_view]
        if in_order != [p for p in panes if p.display]:  # the reader reordered them
            for before, pane in zip(in_order, in_order[1:], strict=False):
                self.move_child(pane, after=before)

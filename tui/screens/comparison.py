"""The comparison screen: the articles side by side, aligned or in reading order.

The screen owns the state (the comparison, the review, the cursor, the
search) and the keys; the views only draw what it gives them.  The articles
show at once; the comparison runs in a worker thread and fills in the
alignment when it is done.

Two cursors, one per view:

* aligned view: a row, a pane, and a paragraph within that pane's cell;
* reading view: a paragraph in each pane; the current pane's is the cursor.

Each pane also remembers the paragraph (and group) its cursor was last on,
in either view: ``L`` links the current paragraph into the group of the
remembered paragraph of the pane the cursor came from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input

from tui.core.align import Alignment
from tui.core.annotations import Note, new_note, now
from tui.core.compare import Comparison
from tui.core.differences import Facts, collect_facts
from tui.core.highlights import Highlighter, Span
from tui.core.marking import NoteSpan, note_spans, selection_anchor, word_left, word_right
from tui.core.model import Article, Paragraph, article_of
from tui.core.review import ItemRef, ReviewState, apply_corrections
from tui.core.rows import Row, aligned_rows, article_rows
from tui.core.search import Match, find_matches
from tui.core.session import VERDICTS, History, Session, Verdict, placements
from tui.keymap import KEYS
from tui.messages import (
    AnalysisFailed,
    AnalysisFinished,
    FactsRefreshed,
    JumpTo,
    ParagraphClicked,
    ReviewChanged,
)
from tui.screens.help import LEGEND_KINDS, HelpScreen
from tui.screens.note_editor import NoteDraft, NoteEditor
from tui.session_store import SessionStore
from tui.widgets.aligned_grid import AlignedGrid, GridCursor
from tui.widgets.detail_line import DetailLine
from tui.widgets.differences_panel import DifferencesPanel
from tui.widgets.notes_panel import NotePlace, NotesPanel
from tui.widgets.pane_headers import PaneHeaders
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_line import StatusLine
from tui.widgets.text_view import display_text

#: Narrower than this a pane is hard to read: fewer panes share the width.
MIN_PANE_WIDTH = 26
#: More panes than this side by side are too many to compare.
MAX_VISIBLE_PANES = 6

Analyse = Callable[[Sequence[Article]], Comparison]
"""Compares articles: :func:`tui.core.compare.compare`."""
Reanalyse = Callable[[Sequence[Article], Alignment], Comparison]
"""Names and numbers again, for a corrected alignment: :func:`tui.core.compare.with_alignment`."""


def pane_widths(
    total: int, count: int, *, minimum: int = MIN_PANE_WIDTH, most: int = MAX_VISIBLE_PANES
) -> list[int]:
    """Widths of the panes in view: as many as fit (at most ``most``) share ``total``."""
    per_view = max(1, min(count, most, total // minimum))
    base, extra = divmod(max(total, per_view), per_view)
    return [base + (1 if i < extra else 0) for i in range(per_view)]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


@dataclass
class SearchState:
    query: str
    matches: tuple[Match, ...]
    index: int = -1


class ComparisonScreen(Screen[None]):
    """Aligned rows or reading panes, the differences list, search and review."""

    AUTO_FOCUS = ""  # the screen has the keys; nothing is focused until asked for
    BINDINGS = [key.binding() for key in KEYS]

    def __init__(
        self,
        articles: Sequence[Article],
        analyse: Analyse,
        reanalyse: Reanalyse,
        *,
        review: ReviewState | None = None,
        session: Session | None = None,
        store: SessionStore | None = None,
    ) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.analyse = analyse
        self.reanalyse = reanalyse
        self.where = {
            p.id: (ai, p.index) for ai, a in enumerate(self.articles) for p in a.paragraphs
        }
        self.comparison: Comparison | None = None
        """The engine's comparison; its alignment before the reader's corrections."""
        self.found: Comparison | None = None
        """Where the names and numbers come from: the comparison, or its redo after
        corrections."""
        self.alignment: Alignment | None = None
        self.history = History(session or Session(review=review or ReviewState()))
        """Every state of the review session, for undo and redo."""
        self.store = store or SessionStore(None)
        self.note_marks: dict[str, tuple[NoteSpan, ...]] = {}
        """Each paragraph's note spans, for the session as it is now."""
        self.caret = 0
        """The text cursor: an offset into the current paragraph's text."""
        self.caret_anchor: int | None = None
        """The other end of the selection, if any."""
        self.caret_active = False
        self.caret_pid: str | None = None
        self.facts = Facts()
        self.highlighter: Highlighter | None = None
        self.rows: tuple[Row, ...] = article_rows(self.articles)
        self._rows_of: dict[str, list[int]] = {}
        self._stops: list[tuple[int, int, int]] = []
        self.view = "aligned"
        self.column = 0
        self.other_column: int | None = None
        self.cursor = GridCursor()
        self.reading = [0] * len(self.articles)
        self.group_focus: str | None = None
        self.remembered: list[tuple[str | None, str | None]] = [(None, None)] * len(self.articles)
        self.first = 0
        self.widths: tuple[int, ...] = ()
        self._fitted_width = 0
        self.search: SearchState | None = None
        self.error: str | None = None
        self._index_rows()

    # ------------------------------------------------------------------ building

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="panes"):
                yield PaneHeaders(self.articles, id="pane-headers")
                yield AlignedGrid(self.articles, id="aligned")
                with Horizontal(id="reading"):
                    for i, article in enumerate(self.articles):
                        yield ReadingPane(article, i)
            yield DifferencesPanel(id="differences")
            yield NotesPanel(id="notes")
        yield SearchBar(id="search")
        yield DetailLine(id="detail")
        yield StatusLine(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.grid.show_rows(self.rows, None)
        self.differences_panel.show(None)
        self._move_aligned(0, 0, 0)
        self._update_status()
        self.run_analysis()

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def run_analysis(self) -> None:
        """Compare the articles off the event loop and post the result back."""
        try:
            comparison = self.analyse(self.articles)
        except Exception as exc:  # shown to the reader; the articles stay readable
            self.post_message(AnalysisFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(AnalysisFinished(comparison))

    def on_analysis_finished(self, message: AnalysisFinished) -> None:
        self.comparison = self.found = message.comparison
        loaded = self.store.load(self.articles, message.comparison.alignment)
        if loaded is not None:
            self.history = History(loaded)
        if self.store.problem:
            self.notify(self.store.problem, severity="error", markup=False, timeout=20)
        self._rebuild()
        self._refresh_notes()

    @work(thread=True, exclusive=True, group="facts", exit_on_error=False)
    def refresh_facts(self, alignment: Alignment) -> None:
        """Find names and numbers again with the corrected alignment as evidence."""
        try:
            found = self.reanalyse(self.articles, alignment)
        except Exception as exc:
            self.post_message(AnalysisFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(FactsRefreshed(found))

    def on_facts_refreshed(self, message: FactsRefreshed) -> None:
        if message.comparison.alignment == self.alignment:
            self.found = message.comparison
            self._rebuild()

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.error = message.error
        self.notify(
            f"Could not compare the articles: {message.error}",
            severity="error",
            markup=False,
            timeout=15,
        )
        self._update_status()

    def _rebuild(self, keep: tuple[str, str | None] | None = None) -> None:
        """Recompute everything that follows from the comparison and the review."""
        assert self.comparison is not None and self.found is not None
        found = self.found
        self.alignment = apply_corrections(self.comparison.alignment, self.review, self.articles)
        self.facts = collect_facts(
            self.articles,
            self.alignment,
            entities=found.entities,
            word_variants=found.word_variants,
            quantities=found.quantities,
        )
        self.highlighter = Highlighter(self.articles, self.alignment, self.facts)
        self.rows = aligned_rows(self.articles, self.alignment)
        self._index_rows()
        self.grid.show_rows(self.rows, self.highlighter)
        self.grid.set_review(self.review, self._verdict_labels())
        for pane in self.reading_panes:
            pane.set_highlighter(self.highlighter)
        self.differences_panel.show(self.facts.differences)
        pid, group = keep if keep else (self.current_paragraph(), self.current_group())
        if self.view == "aligned":
            if pid is not None and pid in self._rows_of:
                r, k = self._row_for(pid, group, stay=False)  # the old row numbers are gone
                self._move_aligned(r, self.where[pid][0], k)
            else:
                self._move_aligned(0, self.column, 0)
        else:
            ai, index = self.where[pid] if pid else (self.column, self.reading[self.column])
            self._move_reading(ai, index, group=group)
        self._update_status()

    def _index_rows(self) -> None:
        rows_of: dict[str, list[int]] = {}
        for r, row in enumerate(self.rows):
            for pid in row.paragraphs:
                rows_of.setdefault(pid, []).append(r)
        self._rows_of = rows_of
        places = self.facts.places
        self._stops = [
            (r, ai, k)
            for r, row in enumerate(self.rows)
            for ai, cell in enumerate(row.cells)
            for k, pid in enumerate(cell)
            if pid in places
        ]

    # ------------------------------------------------------------------ widgets

    @property
    def grid(self) -> AlignedGrid:
        return self.query_one("#aligned", AlignedGrid)

    @property
    def reading_panes(self) -> list[ReadingPane]:
        return list(self.query(ReadingPane))

    @property
    def differences_panel(self) -> DifferencesPanel:
        return self.query_one(DifferencesPanel)

    @property
    def notes_panel(self) -> NotesPanel:
        return self.query_one(NotesPanel)

    @property
    def session(self) -> Session:
        """The review session as it is now."""
        return self.history.current

    @property
    def review(self) -> ReviewState:
        """The marks and manual links of the session."""
        return self.history.current.review

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    # ------------------------------------------------------------------ where the cursor is

    def current_paragraph(self) -> str | None:
        """The paragraph under the cursor, in the current pane."""
        if self.view == "aligned":
            if not (0 <= self.cursor.row < len(self.rows)):
                return None
            cell = self.rows[self.cursor.row].cells[self.cursor.column]
            return cell[min(self.cursor.sub, len(cell) - 1)] if cell else None
        paragraphs = self.articles[self.column].paragraphs
        return paragraphs[self.reading[self.column]].id if paragraphs else None

    def current_row(self) -> Row | None:
        if self.view == "aligned" and 0 <= self.cursor.row < len(self.rows):
            return self.rows[self.cursor.row]
        return None

    def current_group(self) -> str | None:
        """The group the cursor is in: its row's, or the one shown in the reading view."""
        if self.view == "aligned":
            row = self.current_row()
            return row.group.id if row is not None and row.group is not None else None
        return self.group_focus

    def current_item(self) -> ItemRef | None:
        """What space and f mark: the current group, or the current unique paragraph."""
        if self.view == "aligned":
            row = self.current_row()
            return row.item if row is not None else None
        if self.group_focus is not None:
            return ItemRef.group(self.group_focus)
        pid = self.current_paragraph()
        if pid is not None and self.alignment is not None and pid in self.alignment.unique:
            return ItemRef.paragraph(pid)
        return None

    def _row_for(self, pid: str, group: str | None = None, *, stay: bool = True) -> tuple[int, int]:
        """The row to show ``pid`` in: the current row if it holds it (and ``stay``),
        else ``group``'s row, else the first row that holds it."""
        rows = self._rows_of.get(pid, [0])
        if stay and self.cursor.row in rows and self.view == "aligned" and group is None:
            r = self.cursor.row
        else:
            r = next(
                (i for i in rows if (g := self.rows[i].group) is not None and g.id == group),
                rows[0],
            )
        ai = self.where[pid][0] if pid in self.where else 0
        cell = self.rows[r].cells[ai]
        return r, cell.index(pid) if pid in cell else 0

    # ------------------------------------------------------------------ columns

    @on(PaneHeaders.Resized)
    def _panes_resized(self, event: PaneHeaders.Resized) -> None:
        self._fit(event.width)

    def _fit(self, width: int | None = None) -> None:
        if width is None:
            width = self.query_one(PaneHeaders).size.width
        if width <= 0:
            return
        # one column is the aligned view's scroll bar
        widths = pane_widths(width - 1, len(self.articles))
        per_view = len(widths)
        first = min(self.first, len(self.articles) - per_view)
        if self.column < first:
            first = self.column
        elif self.column >= first + per_view:
            first = self.column - per_view + 1
        first = max(0, first)
        changed = (first, tuple(widths)) != (self.first, self.widths)
        self.first, self.widths = first, tuple(widths)
        self.query_one(PaneHeaders).set_window(first, widths, self.column)
        self.grid.set_window(first, widths)
        if changed or width != self._fitted_width:
            self._fitted_width = width
            for pane in self.reading_panes:
                shown = first <= pane.column < first + per_view
                pane.display = shown
                if shown:
                    pane.styles.width = widths[pane.column - first]
        if changed:
            self.call_after_refresh(self._scroll_to_cursor)

    # ------------------------------------------------------------------ moving

    def _move_aligned(self, row: int, column: int, sub: int, *, offset: int | None = None) -> None:
        if not self.rows:
            return
        row = max(0, min(row, len(self.rows) - 1))
        column = max(0, min(column, len(self.articles) - 1))
        cell = self.rows[row].cells[column]
        sub = max(0, min(sub, len(cell) - 1)) if cell else 0
        old = self.cursor
        self._set_column(column)
        self.cursor = GridCursor(row, column, sub)
        group = self.current_group()
        if row != old.row:
            for ai, other in enumerate(self.rows[row].cells):
                if other and ai != column:
                    self.remembered[ai] = (other[0], group)
        if cell:
            self.remembered[column] = (cell[sub], group)
        self._fit()
        self.grid.set_cursor(self.cursor)
        self._scroll_to_cursor(offset)
        self._update_detail()

    def _move_reading(
        self,
        column: int,
        index: int,
        *,
        group: str | None = None,
        offset: int | None = None,
    ) -> None:
        column = max(0, min(column, len(self.articles) - 1))
        paragraphs = self.articles[column].paragraphs
        if not paragraphs:
            self._set_column(column)
            return
        index = max(0, min(index, len(paragraphs) - 1))
        self._set_column(column)
        self.reading[column] = index
        pid = paragraphs[index].id
        ids = [g.id for g in self.alignment.groups_of(pid)] if self.alignment else []
        if group not in ids:
            group = self.group_focus if self.group_focus in ids else (ids[0] if ids else None)
        self.group_focus = group
        self.remembered[column] = (pid, group)
        self._fit()
        self._show_reading()
        self._scroll_to_cursor(offset)
        self._update_detail()

    def _set_column(self, column: int) -> None:
        if column != self.column:
            self.other_column = self.column
            self.column = column

    def _show_reading(self) -> None:
        """Tell every pane what to mark: the cursor, the counterparts, the group."""
        pid = self.current_paragraph()
        groups = self.alignment.groups_of(pid) if self.alignment and pid else ()
        counterparts = frozenset(
            q for g in groups for q in g.paragraphs if pid and article_of(q) != article_of(pid)
        )
        shown = next((g for g in groups if g.id == self.group_focus), None)
        in_group = frozenset(shown.paragraphs) if shown else frozenset()
        linked = frozenset(k.paragraph for k in self.review.links if k.group == self.group_focus)
        for pane in self.reading_panes:
            cursor = self.reading[pane.column] if pane.column == self.column else None
            pane.set_focus_state(cursor, counterparts, self.group_focus, in_group, linked)

    def _scroll_to_cursor(self, offset: int | None = None) -> None:
        if self.view == "aligned":
            grid = self.grid
            c = self.cursor
            if not (0 <= c.row < len(self.rows)) or not self.widths:
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
            return
        panes = self.reading_panes
        panes[self.column].show_paragraph(self.reading[self.column], offset=offset)
        # bring the first counterpart of each other pane into view
        group = next(
            (
                g
                for g in (self.alignment.groups if self.alignment else ())
                if g.id == self.group_focus
            ),
            None,
        )
        if group is None or self.current_paragraph() is None:
            return
        for other in panes:
            if other.column == self.column:
                continue
            mine = [q for q in group.paragraphs if q in other.index]
            if mine:
                first = min(mine, key=lambda q: other.index[q])
                other.show_paragraph(other.index[first], if_hidden=True)

    # ------------------------------------------------------------------ actions: moving

    def action_cursor_down(self) -> None:
        self._step(+1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.view == "aligned":
            c = self.cursor
            cell = self.rows[c.row].cells[c.column]
            if 0 <= c.sub + delta < len(cell):
                self._move_aligned(c.row, c.column, c.sub + delta)
            elif 0 <= c.row + delta < len(self.rows):
                nxt = self.rows[c.row + delta].cells[c.column]
                self._move_aligned(c.row + delta, c.column, 0 if delta > 0 else len(nxt) - 1)
        else:
            self._move_reading(self.column, self.reading[self.column] + delta)

    def _go_to_column(self, column: int) -> None:
        if self.view == "aligned":
            self._move_aligned(self.cursor.row, column, 0)
        else:
            self._move_reading(column, self.reading[column])

    def action_pane_right(self) -> None:
        if self.caret_active:  # the text cursor has the arrows until Esc
            self._move_caret(lambda text, pos: min(len(text), pos + 1), extend=False)
            return
        if self.column + 1 < len(self.articles):
            self._go_to_column(self.column + 1)

    def action_pane_left(self) -> None:
        if self.caret_active:
            self._move_caret(lambda text, pos: max(0, pos - 1), extend=False)
            return
        if self.column > 0:
            self._go_to_column(self.column - 1)

    def action_next_pane(self) -> None:
        self._go_to_column((self.column + 1) % len(self.articles))

    def action_previous_pane(self) -> None:
        self._go_to_column((self.column - 1) % len(self.articles))

    def _page(self, delta: int) -> None:
        if self.view == "aligned":
            grid = self.grid
            top, _ = grid.row_region(self.cursor.row)
            target = top + delta * max(1, grid.scrollable_content_region.height - 2)
            r = self.cursor.row
            while 0 <= r + delta < len(self.rows) and (
                grid.row_region(r + delta)[0] <= target
                if delta > 0
                else grid.row_region(r + delta)[0] >= target
            ):
                r += delta
            if r == self.cursor.row:
                r = max(0, min(len(self.rows) - 1, r + delta))
            self._move_aligned(r, self.column, 0)
        else:
            pane = self.reading_panes[self.column]
            i = self.reading[self.column]
            top, _ = pane.paragraph_region(i)
            target = top + delta * max(1, pane.scrollable_content_region.height - 2)
            n = len(pane.article.paragraphs)
            while 0 <= i + delta < n and (
                pane.paragraph_region(i + delta)[0] <= target
                if delta > 0
                else pane.paragraph_region(i + delta)[0] >= target
            ):
                i += delta
            if i == self.reading[self.column]:
                i = max(0, min(n - 1, i + delta))
            self._move_reading(self.column, i)

    def action_page_down(self) -> None:
        self._page(+1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_first(self) -> None:
        if self.caret_active:
            self._move_caret(lambda text, pos: 0, extend=False)
            return
        if self.view == "aligned":
            self._move_aligned(0, self.column, 0)
        else:
            self._move_reading(self.column, 0)

    def action_last(self) -> None:
        if self.caret_active:
            self._move_caret(lambda text, pos: len(text), extend=False)
            return
        if self.view == "aligned":
            self._move_aligned(len(self.rows) - 1, self.column, 0)
        else:
            self._move_reading(self.column, len(self.articles[self.column].paragraphs) - 1)

    def _jump(self, pid: str, offset: int | None = None) -> None:
        """Put the cursor on paragraph ``pid`` (and character ``offset`` of it) in this view."""
        if pid not in self.where:
            return
        ai, index = self.where[pid]
        if self.view == "aligned":
            if pid not in self._rows_of:
                return
            r, k = self._row_for(pid)
            self._move_aligned(r, ai, k, offset=offset)
        else:
            self._move_reading(ai, index, offset=offset)

    # ------------------------------------------------------------------ actions: differences

    def action_next(self) -> None:
        if self.search is not None and self.search.matches:
            self._step_match(+1)
        else:
            self._step_difference(+1)

    def action_previous(self) -> None:
        if self.search is not None and self.search.matches:
            self._step_match(-1)
        else:
            self._step_difference(-1)

    def _step_difference(self, delta: int) -> None:
        if self.alignment is None:
            self.notify("Still aligning the articles…", timeout=3)
            return
        if self.view == "aligned":
            stops = self._stops
            here = (self.cursor.row, self.cursor.column, self.cursor.sub)
            after = [s for s in stops if (s > here if delta > 0 else s < here)]
        else:
            places = self.facts.places
            paragraphs = self.articles[self.column].paragraphs
            stops_r = [i for i, p in enumerate(paragraphs) if p.id in places]
            i = self.reading[self.column]
            after_r = [s for s in stops_r if (s > i if delta > 0 else s < i)]
            if not stops_r:
                self.notify("No differences in this article", timeout=3)
                return
            if not after_r:
                self.notify("Wrapped around", timeout=2)
                after_r = stops_r
            self._move_reading(self.column, after_r[0] if delta > 0 else after_r[-1])
            return
        if not stops:
            self.notify("No differences found", timeout=3)
            return
        if not after:
            self.notify("Wrapped around", timeout=2)
            after = stops
        r, ai, k = after[0] if delta > 0 else after[-1]
        self._move_aligned(r, ai, k)

    def action_toggle_differences(self) -> None:
        panel = self.differences_panel
        shown = panel.display = not panel.display
        if shown:
            self.notes_panel.display = False
            self.differences_panel.option_list.focus()
        else:
            self.set_focus(None)

    def action_toggle_notes(self) -> None:
        panel = self.notes_panel
        shown = panel.display = not panel.display
        if shown:
            self.differences_panel.display = False
            panel.option_list.focus()
        else:
            self.set_focus(None)

    @on(JumpTo)
    def _jump_to(self, message: JumpTo) -> None:
        self._jump(message.paragraph, message.start)
        if message.note is not None and self.current_paragraph() == message.paragraph:
            self._place_caret(message.start)

    @on(ParagraphClicked)
    def _clicked(self, message: ParagraphClicked) -> None:
        if self.view == "aligned" and message.row is not None:
            cell = self.rows[message.row].cells[message.column]
            k = cell.index(message.paragraph) if message.paragraph in cell else 0
            self._move_aligned(message.row, message.column, k)
        elif message.paragraph in self.where:
            self._move_reading(message.column, self.where[message.paragraph][1])
        if message.offset is not None and self.current_paragraph() == message.paragraph:
            self._place_caret(message.offset, extend=message.extend)

    # ------------------------------------------------------------------ actions: search

    def action_search(self) -> None:
        bar = self.search_bar
        bar.add_class("-open")
        bar.input.focus()
        if self.search is None:
            self._run_search(bar.input.value)

    @on(Input.Changed, "#search-input")
    def _search_changed(self, event: Input.Changed) -> None:
        self._run_search(event.value)

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.set_focus(None)
        self._step_match(+1)

    def _run_search(self, query: str) -> None:
        matches = find_matches(self.articles, query)
        self.search = SearchState(query, matches)
        self._show_matches()
        if not query.strip():
            self.search_bar.show_count("")
        else:
            self.search_bar.show_count(_plural(len(matches), "match", "matches"))

    def _show_matches(self) -> None:
        by_paragraph: dict[str, list[tuple[int, int]]] = {}
        current: tuple[str, int, int] | None = None
        if self.search is not None:
            for m in self.search.matches:
                by_paragraph.setdefault(m.paragraph, []).append((m.start, m.end))
            if 0 <= self.search.index < len(self.search.matches):
                m = self.search.matches[self.search.index]
                current = (m.paragraph, m.start, m.end)
        self.grid.set_matches(by_paragraph, current)
        for pane in self.reading_panes:
            pane.set_matches(by_paragraph, current)

    def _step_match(self, delta: int) -> None:
        search = self.search
        if search is None:
            return
        if not search.matches:
            self.notify("No match", timeout=2)
            return
        if search.index < 0:
            search.index = 0 if delta > 0 else len(search.matches) - 1
        else:
            search.index = (search.index + delta) % len(search.matches)
        match = search.matches[search.index]
        self._show_matches()
        self.search_bar.show_count(f"{search.index + 1} of {len(search.matches)}")
        self._jump(match.paragraph, match.start)

    def action_enter(self) -> None:
        if self.search is not None:
            self._step_match(+1)

    def action_leave(self) -> None:
        if self.caret_active and self.focused is None and self.search is None:
            self._reset_caret()
            self._caret_moved()
            return
        if self.search is not None or self.search_bar.has_class("-open"):
            self.search = None
            bar = self.search_bar
            bar.remove_class("-open")
            with bar.input.prevent(Input.Changed):
                bar.input.value = ""
            bar.show_count("")
            self._show_matches()
        self.set_focus(None)

    # ------------------------------------------------------------------ actions: review

    def action_toggle_view(self) -> None:
        pid = self.current_paragraph()
        group = self.current_group()
        if self.view == "aligned":
            self.view = "reading"
            self._show_view()
            index = self.where[pid][1] if pid else self.reading[self.column]
            self._move_reading(self.column, index, group=group)
        else:
            self.view = "aligned"
            self._show_view()
            if pid is not None and pid in self._rows_of:
                r, k = self._row_for(pid, group)
                self._move_aligned(r, self.column, k)
            else:
                self._move_aligned(self.cursor.row, self.column, 0)
        self._update_status()
        self.call_after_refresh(self._scroll_to_cursor)

    def _show_view(self) -> None:
        # display on the two views, not a class on the screen: restyling every
        # widget of the screen would cost more than the switch itself
        reading = self.view == "reading"
        self.grid.display = not reading
        self.query_one("#reading").display = reading

    def _needs_alignment(self) -> bool:
        if self.alignment is None:
            self.notify("Still aligning the articles…", timeout=3)
            return True
        return False

    def action_toggle_reviewed(self) -> None:
        if self._needs_alignment():
            return
        item = self.current_item()
        if item is None:
            self.notify("Nothing to review here: not a group or a unique paragraph", timeout=3)
            return
        self._apply(self.session.with_review(self.review.toggle_reviewed(item)))

    def action_toggle_flagged(self) -> None:
        if self._needs_alignment():
            return
        item = self.current_item()
        if item is None:
            self.notify("Nothing to flag here: not a group or a unique paragraph", timeout=3)
            return
        self._apply(self.session.with_review(self.review.toggle_flagged(item)))

    def action_link(self) -> None:
        if self._needs_alignment():
            return
        assert self.alignment is not None
        pid = self.current_paragraph()
        if pid is None:
            self.notify("No paragraph under the cursor in this pane", timeout=3)
            return
        source = self.other_column
        anchor, group = self.remembered[source] if source is not None else (None, None)
        if source is None or anchor is None or article_of(anchor) == article_of(pid):
            self.notify(
                "Put the cursor on a paragraph in another pane first, then come back here "
                "and press L",
                timeout=5,
            )
            return
        groups = {g.id: g for g in self.alignment.groups}
        if group not in groups or anchor not in groups[group].paragraphs:
            anchor_groups = self.alignment.groups_of(anchor)
            group = anchor_groups[0].id if anchor_groups else None
        if group is not None and pid in groups[group].paragraphs:
            self.notify(f"{pid} is already in {group}", timeout=3)
            return
        if group is None:
            group = self.review.new_group_id(self.alignment)
        self._apply(
            self.session.with_review(self.review.link(pid, group, anchor=anchor)),
            keep=(pid, group),
        )
        self.notify(f"Linked {pid} into {group} with {anchor}", timeout=4)

    def action_unlink(self) -> None:
        if self._needs_alignment():
            return
        assert self.alignment is not None
        pid = self.current_paragraph()
        group = self.current_group()
        if pid is None or group is None:
            self.notify("The cursor is on no paragraph of a group", timeout=3)
            return
        self._apply(self.session.with_review(self.review.unlink(pid, group)), keep=(pid, None))
        self.notify(f"Unlinked {pid} from {group}", timeout=4)

    # ------------------------------------------------------------------ the session

    def _apply(self, new: Session, *, keep: tuple[str, str | None] | None = None) -> None:
        """Make ``new`` the session: one step of undo, drawn, announced and saved."""
        old = self.session
        if new == old:
            return
        self.history.apply(new)
        self._session_changed(old, keep=keep)

    def _session_changed(self, old: Session, *, keep: tuple[str, str | None] | None = None) -> None:
        new = self.session
        corrected = (old.review.links, old.review.unlinks) != (new.review.links, new.review.unlinks)
        if corrected:
            # the alignment changed by hand: show it now, find names and numbers again
            self._rebuild(keep=keep)
            assert self.alignment is not None
            self.refresh_facts(self.alignment)
        else:
            self.grid.set_review(self.review, self._verdict_labels())
        if old.notes != new.notes:
            self._refresh_notes()
        self._update_detail()
        self._update_status()
        self.post_message(ReviewChanged(self.review, new))
        self._save()

    def _save(self) -> None:
        if self.comparison is None or not self.store.autosave:
            return
        if not self.store.save(self.session, self.articles, self.comparison.alignment):
            self.notify(self.store.problem or "Could not save", severity="error", markup=False)

    def _verdict_labels(self) -> dict[ItemRef, str]:
        return {item: verdict.label for item, verdict in self.session.verdicts}

    def _refresh_notes(self) -> None:
        """Place every note again and show them: highlights, gutter marks, the list."""
        notes = self.session.notes
        where = placements(self.session, self.articles)
        self.note_marks = note_spans(self.articles, notes, where)
        firsts: dict[str, NotePlace] = {}
        for pid in sorted(self.note_marks, key=lambda q: self.where.get(q, (0, 0))):
            for span in self.note_marks[pid]:
                firsts.setdefault(span.note, NotePlace(pid.rstrip("0123456789"), pid, span.start))
        by_source = {a.source: a.id for a in self.articles}
        places = {
            n.id: firsts.get(n.id) or NotePlace(by_source.get(n.anchor.source, "?"), None)
            for n in notes
        }
        self.notes_panel.show(notes, places)
        self._push_marks()

    def _push_marks(self) -> None:
        """Tell the views what to draw over the text: notes, the selection, the cursor."""
        marks: dict[str, tuple[Span, ...]] = {
            pid: tuple(Span(n.start, n.end, "note") for n in spans)
            for pid, spans in self.note_marks.items()
        }
        pid = self.caret_pid
        if self.caret_active and pid is not None:
            extra: list[Span] = []
            selection = self.selection()
            if selection is not None:
                extra.append(Span(*selection, "selection"))
            if self.caret < len(self._paragraph(pid).text):
                extra.append(Span(self.caret, self.caret + 1, "caret"))
            marks[pid] = (*marks.get(pid, ()), *extra)
        noted = frozenset(self.note_marks)
        self.grid.set_marks(marks, noted)
        for pane in self.reading_panes:
            pane.set_marks(marks, noted)

    # ------------------------------------------------------------------ the text cursor

    def _paragraph(self, pid: str) -> Paragraph:
        ai, index = self.where[pid]
        return self.articles[ai].paragraphs[index]

    def selection(self) -> tuple[int, int] | None:
        """The selected span of the current paragraph's text, if any."""
        if not self.caret_active or self.caret_anchor is None or self.caret_anchor == self.caret:
            return None
        start, end = sorted((self.caret_anchor, self.caret))
        return start, end

    def _reset_caret(self) -> None:
        self.caret, self.caret_anchor, self.caret_active = 0, None, False

    def _sync_caret(self) -> None:
        """A new paragraph under the cursor: the text cursor starts again."""
        pid = self.current_paragraph()
        if pid != self.caret_pid:
            self.caret_pid = pid
            self._reset_caret()
            self._push_marks()

    def _place_caret(self, offset: int, *, extend: bool = False) -> None:
        pid = self.current_paragraph()
        if pid is None:
            return
        text = self._paragraph(pid).text
        if extend and self.caret_active:
            if self.caret_anchor is None:
                self.caret_anchor = self.caret
        else:
            self.caret_anchor = None
        self.caret_active = True
        self.caret = max(0, min(len(text), offset))
        self._caret_moved()

    def _caret_moved(self) -> None:
        self._push_marks()
        self._update_detail()

    def _caret_text(self) -> str:
        pid = self.current_paragraph()
        return self._paragraph(pid).text if pid is not None else ""

    def _move_caret(self, where: Callable[[str, int], int], *, extend: bool) -> None:
        if self.current_paragraph() is None:
            return
        start = self.caret if self.caret_active else 0
        if not self.caret_active:
            self.caret_active, self.caret_anchor = True, None
        self.caret = start
        self._place_caret(where(self._caret_text(), start), extend=extend)

    def action_text_cursor(self) -> None:
        if self.caret_active:
            self._reset_caret()
            self._caret_moved()
        elif self.current_paragraph() is not None:
            self._place_caret(0)

    def action_word_right(self) -> None:
        self._move_caret(word_right, extend=False)

    def action_word_left(self) -> None:
        self._move_caret(word_left, extend=False)

    def action_select_right(self) -> None:
        self._move_caret(lambda text, pos: min(len(text), pos + 1), extend=True)

    def action_select_left(self) -> None:
        self._move_caret(lambda text, pos: max(0, pos - 1), extend=True)

    def action_select_word_right(self) -> None:
        self._move_caret(word_right, extend=True)

    def action_select_word_left(self) -> None:
        self._move_caret(word_left, extend=True)

    def action_select_end(self) -> None:
        self._move_caret(lambda text, pos: len(text), extend=True)

    def action_select_home(self) -> None:
        self._move_caret(lambda text, pos: 0, extend=True)

    # ------------------------------------------------------------------ actions: notes

    def note_under_cursor(self) -> Note | None:
        """The note at the text cursor; without one, the paragraph's first note."""
        pid = self.current_paragraph()
        spans = self.note_marks.get(pid or "", ())
        if not spans:
            return None
        if self.caret_active:
            at = [s for s in spans if s.start <= self.caret < max(s.end, s.start + 1)]
            if at:
                spans = tuple(sorted(at, key=lambda s: s.end - s.start))
        notes = {n.id: n for n in self.session.notes}
        return notes.get(spans[0].note)

    def action_add_note(self) -> None:
        if self._needs_alignment():
            return
        pid = self.current_paragraph()
        if pid is None:
            self.notify("No paragraph under the cursor in this pane", timeout=3)
            return
        paragraph = self._paragraph(pid)
        article = self.articles[self.where[pid][0]]
        start, end = self.selection() or (0, 0)
        anchor = selection_anchor(article, paragraph, start, end)
        what = "the selection" if self.selection() else "the paragraph"

        def added(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            self._apply(self.session.add_note(new_note(anchor, draft.body, draft.tag)))
            self.caret_anchor = None
            self._caret_moved()
            self.notify(f"Note added to {pid}", timeout=3)

        self.app.push_screen(NoteEditor(anchor.exact, title=f"Add a note to {what} ({pid})"), added)

    def action_edit_note(self) -> None:
        note = self.note_under_cursor()
        if note is None:
            self.notify("No note here: a adds one", timeout=3)
            return

        def edited(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            changed = replace(note, body=draft.body, tag=draft.tag, modified=now())
            self._apply(self.session.replace_note(changed))
            self.notify("Note saved", timeout=3)

        self.app.push_screen(
            NoteEditor(note.anchor.exact, title="Edit the note", body=note.body, tag=note.tag),
            edited,
        )

    def action_delete_note(self) -> None:
        note = self.note_under_cursor()
        if note is None:
            self.notify("No note here to delete", timeout=3)
            return
        self._apply(self.session.delete_note(note.id))
        self.notify("Note deleted (ctrl+z brings it back)", timeout=4)

    def action_cycle_verdict(self) -> None:
        if self._needs_alignment():
            return
        item = self.current_item()
        if item is None:
            self.notify("No claim here: not a group or a unique paragraph", timeout=3)
            return
        current = self.session.verdict(item)
        labels: list[str | None] = [*VERDICTS, None]
        index = labels.index(current.label) if current and current.label in VERDICTS else -1
        label = labels[(index + 1) % len(labels)]
        verdict = Verdict(label, current.comment if current else "") if label else None
        self._apply(self.session.with_verdict(item, verdict))
        self.notify(f"Verdict on {item.id}: {label or 'none'}", timeout=3)

    def action_undo(self) -> None:
        if not self.history.can_undo:
            self.notify("Nothing to undo", timeout=2)
            return
        old = self.session
        self.history.undo()
        self._session_changed(old)
        self.notify("Undone", timeout=2)

    def action_redo(self) -> None:
        if not self.history.can_redo:
            self.notify("Nothing to redo", timeout=2)
            return
        old = self.session
        self.history.redo()
        self._session_changed(old)
        self.notify("Redone", timeout=2)

    def action_help(self) -> None:
        grid = self.grid
        self.app.push_screen(HelpScreen({kind: grid.span_style(kind) for kind in LEGEND_KINDS}))

    # ------------------------------------------------------------------ lines of text

    def _update_detail(self) -> None:
        self._sync_caret()
        pid = self.current_paragraph()
        group = self.current_group()
        parts: list[str | tuple[str, str]] = []
        if pid is not None:
            parts.append((pid, "bold"))
        row = self.current_row()
        if self.alignment is None:
            parts.append(" · aligning…" if self.error is None else " · not aligned")
        elif group is not None:
            g = next(x for x in self.alignment.groups if x.id == group)
            reporting = sorted({article_of(p) for p in g.paragraphs}, key=self._article_index)
            parts.append(f" · {group}: reported by {' '.join(reporting)}")
            if self.view == "reading" and pid is not None:
                others = [x.id for x in self.alignment.groups_of(pid) if x.id != group]
                if others:
                    parts.append(f" (also in {', '.join(others)})")
            if pid is not None and self.review.is_linked(pid, group):
                parts.append(" · linked by you")
        elif pid is not None and pid in self.alignment.unique:
            parts.append(f" · only {article_of(pid)} reports this")
        elif pid is not None:
            paragraph = self.articles[self.where[pid][0]].paragraphs[self.where[pid][1]]
            kind = f"repeats {paragraph.repeat_of}" if paragraph.repeat_of else paragraph.kind
            parts.append(f" · {kind}, not compared")
        item = self.current_item()
        if item is not None and item in self.review.reviewed:
            parts.append(("  ✓ reviewed", "bold"))
        if item is not None and item in self.review.flagged:
            parts.append(("  ⚑ flagged", "bold"))
        verdict = self.session.verdict(item) if item is not None else None
        if verdict is not None:
            parts.append(("  verdict: ", "bold"))
            parts.append(display_text(verdict.label))
        noted = len({s.note for s in self.note_marks.get(pid or "", ())})
        if noted:
            parts.append((f"  ✎ {_plural(noted, 'note')}", "bold"))
        if self.caret_active:
            selection = self.selection()
            if selection is not None:
                parts.append(f"  · selected {_plural(selection[1] - selection[0], 'character')}")
            else:
                parts.append(f"  · text cursor at {self.caret}")
        heading = Content.assemble(*parts)
        if pid is not None:
            notes = self.facts.notes_of([pid])
        elif row is not None:
            notes = self.facts.notes_of(row.paragraphs)
        else:
            notes = []
        if len(notes) > 3:
            notes = [*notes[:2], f"… and {len(notes) - 2} more"]
        self.query_one(DetailLine).show(heading, notes)

    def _article_index(self, article_id: str) -> int:
        return next((i for i, a in enumerate(self.articles) if a.id == article_id), 99)

    def _update_status(self) -> None:
        status = self.query_one(StatusLine)
        n = _plural(len(self.articles), "article")
        view = "aligned view" if self.view == "aligned" else "reading view"
        if self.alignment is None:
            state = "alignment failed" if self.error else "aligning…"
            status.show(f"{n} · {state} · {view}", busy=self.error is None)
            return
        differ = self.facts.count("number", "differ")
        compatible = self.facts.count("number", "compatible")
        spelling = self.facts.count("spelling")
        items = [row.item for row in self.rows if row.item is not None]
        done, total = self.review.progress(items)
        groups, unique = len(self.alignment.groups), len(self.alignment.unique)
        flagged = len(self.review.flagged)
        numbers = _plural(differ, "number differs", "numbers differ")
        if compatible:
            numbers += f", {compatible} compatible"
        long = " · ".join(
            [
                n,
                _plural(groups, "group"),
                f"{unique} unique",
                numbers,
                _plural(spelling, "spelling variant"),
                f"reviewed {done}/{total}",
                f"{flagged} flagged",
                view,
            ]
        )
        short = (
            f"{len(self.articles)} art · {groups} grp · {unique} uniq · ≠{differ} ≈{compatible}"
            f" · Aa {spelling} · ✓ {done}/{total} · ⚑ {flagged} · {self.view}"
        )
        extra = []
        if self.session.notes:
            extra.append(_plural(len(self.session.notes), "note"))
        if self.store.path is not None and not self.store.autosave:
            extra.append("autosave OFF")
        if extra:
            long = " · ".join([long, *extra])
            short = " · ".join([short, *extra])
        status.show(long, short)

"""The comparison screen: the articles side by side, aligned or in reading order.

The screen wires.  It composes the widgets, runs the comparison in a worker
thread (the articles show at once; the alignment fills in when it is done)
and turns keys and messages into calls on small objects that hold the logic:

* :mod:`.navigation`: the cursor of the view that is on, aligned or reading,
  behind one interface;
* :mod:`.outline`: the rows and what the views look up in them;
* :mod:`.reviewing`: the session and its undo history: marks, links,
  verdicts, notes;
* :mod:`.caret`, :mod:`.search_state`: the text cursor, the search;
* :mod:`.detail_text`, :mod:`.status_text`: the two lines of text, as pure
  functions.

They ask the screen only for what their protocols list (:mod:`.host`).  The
current pane, the aligned cursor and the window of panes in view are reactive
attributes of the screen, bound down to the pane headers, the grid and the
reading panes, so there is one of each.  Changes to the review go up to the
app as :class:`~tui.messages.ReviewChanged`; the app saves the session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Header, Input

from tui.core.align import Alignment
from tui.core.annotations import Note
from tui.core.marking import NoteSpan
from tui.core.model import Article, Paragraph
from tui.core.review import ItemRef, ReviewState
from tui.core.rows import Row
from tui.core.session import History, Session
from tui.core.view_state import ViewState
from tui.keymap import SCREEN_KEYS
from tui.screens.comparison import caret
from tui.screens.comparison.caret import MOTIONS, TextCursor
from tui.screens.comparison.detail_text import detail_text
from tui.screens.comparison.exporting import Exporting
from tui.screens.comparison.folding import Folding
from tui.screens.comparison.host import Trail
from tui.screens.comparison.marks_mode import MarksMode
from tui.screens.comparison.modes import Modes
from tui.screens.comparison.moving import MoveOn
from tui.screens.comparison.navigation import AlignedView, AnyView, ReadingView
from tui.screens.comparison.outline import Outline, compared, reading_order
from tui.screens.comparison.overlay import fit_overlays
from tui.screens.comparison.pane_choice import PaneChoosing
from tui.screens.comparison.reviewing import Keep, Reviewing
from tui.screens.comparison.search_state import Searching, SearchState
from tui.screens.comparison.status_text import session_label, status_text
from tui.screens.comparison.view_memory import capture, reopened
from tui.screens.comparison.word_diffing import WordDiffing
from tui.screens.details import DetailsScreen
from tui.screens.help import HelpScreen, legend_samples
from tui.session_store import SessionStore
from tui.widgets.aligned_grid import AlignedGrid, GridCursor
from tui.widgets.detail_line import DetailLine
from tui.widgets.differences_panel import DifferencesPanel
from tui.widgets.mode_footer import ModeFooter
from tui.widgets.notes_panel import NotesPanel
from tui.widgets.pane_headers import PaneHeaders
from tui.widgets.pane_window import PaneWindow
from tui.widgets.reading_pane import ReadingPane, ReadingPanes
from tui.widgets.search_bar import SearchBar
from tui.widgets.side_panel import SidePanel
from tui.widgets.status_line import StatusLine
from tui.widgets.text_view import TextView
from tui.widgets.word_diff_panel import WordDiffPanel

if TYPE_CHECKING:
    from tui.core.compare import Comparison

Analyse = Callable[[Sequence[Article]], "Comparison"]
"""Compares articles: :func:`tui.core.compare.compare`."""
Reanalyse = Callable[[Sequence[Article], Alignment], "Comparison"]
"""Names and numbers again, for a corrected alignment: :func:`tui.core.compare.with_alignment`."""


class ComparisonScreen(Screen[None]):
    """Aligned rows or reading panes, the differences list, search and review."""

    AUTO_FOCUS = ""  # the screen has the keys; nothing is focused until asked for
    BINDINGS = [key.binding() for key in SCREEN_KEYS]

    @dataclass
    class AnalysisFinished(Message):
        """The worker has compared the articles."""

        comparison: Comparison

    @dataclass
    class FactsRefreshed(Message):
        """Names and numbers found again after the reader corrected the alignment."""

        comparison: Comparison

    @dataclass
    class AnalysisFailed(Message):
        """The worker stopped with an error; ``error`` is shown to the reader."""

        error: str

    view: var[str] = var("aligned", init=False)
    """The view that is on: ``"aligned"`` or ``"reading"``."""
    column: var[int] = var(0, init=False)
    """The pane with the cursor, in either view (bound to the pane headers)."""
    cursor: var[GridCursor] = var(GridCursor(), init=False)
    """The aligned view's cursor (bound to the grid)."""
    window: var[PaneWindow] = var(PaneWindow(), init=False)
    """The panes in view (bound to the pane headers and the grid)."""

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
        """Each paragraph's article and index in it."""
        self.comparison: Comparison | None = None
        """The engine's comparison; its alignment before the reader's corrections."""
        self.found: Comparison | None = None
        """Where the names and numbers come from: the comparison, or its redo after
        corrections."""
        self.error: str | None = None
        self.store = store or SessionStore(None)
        self.outline: Outline = reading_order(self.articles)
        self.trail = Trail(len(self.articles))
        self.reading_view = ReadingView(self)
        self.views: dict[str, AnyView] = {v.name: v for v in (AlignedView(self), self.reading_view)}
        self.text_cursor = TextCursor(self)
        self.searching = Searching(self)
        self.folding = Folding(self)
        started = session or Session(review=review or ReviewState())
        self.reviewing = Reviewing(self, History(started))
        self.moving = MoveOn(self)
        self.word_diffing = WordDiffing(self)
        self.marks_mode = MarksMode(self)
        self.exporting = Exporting(self)
        self.modes = Modes(self)
        self.pane_choice = PaneChoosing(self)

    # ------------------------------------------------------------------ building

    def compose(self) -> ComposeResult:
        screen = ComparisonScreen
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="panes"):
                yield PaneHeaders(self.articles, id="pane-headers").data_bind(
                    screen.window, current=screen.column
                )
                yield AlignedGrid(self.articles, id="aligned").data_bind(
                    screen.window, screen.cursor
                )
                yield ReadingPanes(self.articles, id="reading").data_bind(screen.window)
                yield WordDiffPanel(id="word-diff")
            yield DifferencesPanel(id="differences")
            yield NotesPanel(id="notes")
        yield SearchBar(id="search")
        yield DetailLine(id="detail")
        yield StatusLine(id="status")
        yield ModeFooter(compact=True)

    def on_mount(self) -> None:
        self.grid.show_rows(self.rows, None)
        self.differences_panel.show(None)
        self.navigator.enter(None, None, rebuilt=True)
        self.update_status()
        self.run_analysis()

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def run_analysis(self) -> None:
        """Compare the articles off the event loop and post the result back."""
        try:
            comparison = self.analyse(self.articles)
        except Exception as exc:  # shown to the reader; the articles stay readable
            self.post_message(self.AnalysisFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(self.AnalysisFinished(comparison))

    @on(AnalysisFinished)
    def _analysis_finished(self, message: AnalysisFinished) -> None:
        self.comparison = self.found = message.comparison
        loaded = self.store.load(self.articles, message.comparison.alignment)
        if loaded is not None:
            self.reviewing.history = History(loaded)
        if self.store.problem:
            self.notify(self.store.problem, severity="error", markup=False, timeout=20)
        elif self.store.notice:  # marks that found no place, counted
            self.notify(self.store.notice, severity="warning", markup=False, timeout=20)
        self.rebuild()
        self.reviewing.refresh_notes()
        reopened(self, self.store if loaded is not None else None)

    def view_state(self) -> ViewState:
        """Where the reader is: saved with the session, given back on reopening."""
        return capture(self)

    @work(thread=True, exclusive=True, group="facts", exit_on_error=False)
    def refresh_facts(self, alignment: Alignment) -> None:
        """Find names and numbers again with the corrected alignment as evidence."""
        try:
            found = self.reanalyse(self.articles, alignment)
        except Exception as exc:
            self.post_message(self.AnalysisFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(self.FactsRefreshed(found))

    @on(FactsRefreshed)
    def _facts_refreshed(self, message: FactsRefreshed) -> None:
        if message.comparison.alignment == self.alignment:
            self.found = message.comparison
            self.rebuild()

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        self.error = message.error
        self.notify(
            f"Could not compare the articles: {message.error}",
            severity="error",
            markup=False,
            timeout=15,
        )
        self.update_status()

    def rebuild(self, keep: Keep | None = None) -> None:
        """Recompute everything that follows from the comparison and the review."""
        assert self.comparison is not None and self.found is not None
        # where the cursor is, read in the old rows before they go
        pid, group = keep if keep else (self.current_paragraph(), self.current_group())
        self.outline = outline = compared(
            self.articles, self.comparison.alignment, self.review, self.found
        )
        self.marks_mode.apply(outline.highlighter)
        self.grid.show_rows(outline.rows, outline.highlighter)
        self.grid.set_review(self.review, self.reviewing.verdict_labels())
        for pane in self.reading_panes:
            pane.set_highlighter(outline.highlighter)
        self.differences_panel.show(outline.facts.differences)
        self.navigator.enter(pid, group, rebuilt=True)  # the old row numbers are gone
        self.update_status()

    # ------------------------------------------------------------------ state

    @property
    def navigator(self) -> AnyView:
        """The view that is on, and its cursor."""
        return self.views[self.view]

    @property
    def rows(self) -> tuple[Row, ...]:
        return self.outline.rows

    @property
    def alignment(self) -> Alignment | None:
        """The alignment with the reader's corrections; None until the comparison is done."""
        return self.outline.alignment

    @property
    def engine_alignment(self) -> Alignment | None:
        """The engine's alignment, before the reader's corrections."""
        return self.comparison.alignment if self.comparison is not None else None

    @property
    def first(self) -> int:
        return self.window.first

    @property
    def widths(self) -> tuple[int, ...]:
        return self.window.widths

    @property
    def reading(self) -> list[int]:
        """The paragraph each pane's cursor is on in the reading view."""
        return self.reading_view.reading

    @property
    def group_focus(self) -> str | None:
        """The group the reading view shows the paragraph under the cursor in."""
        return self.reading_view.group_focus

    @property
    def session(self) -> Session:
        """The review session as it is now."""
        return self.reviewing.session

    @property
    def review(self) -> ReviewState:
        """The marks and manual links of the session."""
        return self.reviewing.review

    @property
    def note_marks(self) -> dict[str, tuple[NoteSpan, ...]]:
        """Each paragraph's note spans, for the session as it is now."""
        return self.reviewing.note_marks

    def note_under_cursor(self) -> Note | None:
        """The note at the text cursor; without one, the paragraph's first note."""
        return self.reviewing.note_under_cursor()

    @property
    def search(self) -> SearchState | None:
        return self.searching.state

    @property
    def caret(self) -> int:
        """The text cursor: an offset into the current paragraph's text."""
        return self.text_cursor.caret.pos

    @property
    def caret_active(self) -> bool:
        return self.text_cursor.caret.active

    def selection(self) -> tuple[int, int] | None:
        """The selected span of the current paragraph's text, if any."""
        return self.text_cursor.caret.selection

    def paragraph_text(self, pid: str) -> str:
        return self._paragraph(pid).text

    def _paragraph(self, pid: str) -> Paragraph:
        ai, index = self.where[pid]
        return self.articles[ai].paragraphs[index]

    def current_paragraph(self) -> str | None:
        """The paragraph under the cursor, in the current pane."""
        return self.navigator.paragraph()

    def current_group(self) -> str | None:
        """The group the cursor is in: its row's, or the one shown in the reading view."""
        return self.navigator.group()

    @property
    def footer_mode(self) -> str:
        """What the reader is doing, for the footer to show its keys."""
        return self.modes.now()

    def on_screen(self, pid: str, group: str | None) -> bool:
        """True if ``pid`` (in ``group``) is on screen in the view that is on."""
        return self.navigator.on_screen(pid, group)

    def current_item(self) -> ItemRef | None:
        """What space and f mark: the current group, or the current unique paragraph."""
        return self.navigator.item()

    # ------------------------------------------------------------------ widgets

    @property
    def grid(self) -> AlignedGrid:
        return self.query_one("#aligned", AlignedGrid)

    @property
    def reading_panes(self) -> list[ReadingPane]:
        return self.query_one(ReadingPanes).panes

    @property
    def text_views(self) -> list[TextView]:
        return [self.grid, *self.reading_panes]

    @property
    def differences_panel(self) -> DifferencesPanel:
        return self.query_one(DifferencesPanel)

    @property
    def notes_panel(self) -> NotesPanel:
        return self.query_one(NotesPanel)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    @property
    def word_diff_panel(self) -> WordDiffPanel:
        return self.query_one(WordDiffPanel)

    # ------------------------------------------------------------------ the panes in view

    @on(PaneHeaders.Resized)
    def _panes_resized(self, event: PaneHeaders.Resized) -> None:
        self.fit_panes(event.width)

    def fit_panes(self, width: int | None = None) -> None:
        """Share ``width`` (the headers' width) among the panes that fit, keeping the
        current pane in view."""
        if width is None:
            width = self.query_one(PaneHeaders).size.width
        if width <= 0:
            return
        # one column is the aligned view's scroll bar
        self.window = self.window.fit(width - 1, len(self.articles), self.column)

    def on_resize(self, event: events.Resize) -> None:
        fit_overlays(self.query_one("#body"), event.size.width)

    def watch_window(self) -> None:
        self.call_after_refresh(self._scroll_to_cursor)

    def watch_column(self, old: int, new: int) -> None:
        self.trail.came_from = old

    def watch_view(self, view: str) -> None:
        # display on the two views, not a class on the screen: restyling every
        # widget of the screen would cost more than the switch itself
        for name, shown in self.views.items():
            self.query_one(shown.container).display = name == view

    def _scroll_to_cursor(self, offset: int | None = None) -> None:
        self.navigator.scroll_to_cursor(offset)

    # ------------------------------------------------------------------ keys: moving

    def action_cursor_down(self) -> None:
        self.navigator.step(+1)

    def action_cursor_up(self) -> None:
        self.navigator.step(-1)

    def action_pane_right(self) -> None:
        if self.caret_active:  # the text cursor has the arrows until Esc
            self.text_cursor.move(caret.right)
        else:
            self.go_to_visible(+1)

    def action_pane_left(self) -> None:
        if self.caret_active:
            self.text_cursor.move(caret.left)
        else:
            self.go_to_visible(-1)

    def action_next_pane(self) -> None:
        self.go_to_visible(+1, wrap=True)

    def action_previous_pane(self) -> None:
        self.go_to_visible(-1, wrap=True)

    def go_to_visible(self, delta: int, *, wrap: bool = False) -> None:
        """To the visible pane ``delta`` steps right or left (of those the reader shows)."""
        pane = self.window.neighbour(self.column, delta, len(self.articles), wrap=wrap)
        if pane is not None:
            self.navigator.go_to_pane(pane)

    def action_choose_panes(self) -> None:
        self.pane_choice.open()

    def action_page_down(self) -> None:
        self.navigator.page(+1)

    def action_page_up(self) -> None:
        self.navigator.page(-1)

    def action_first(self) -> None:
        if self.caret_active:
            self.text_cursor.move(caret.home)
        else:
            self.navigator.go_to_end(last=False)

    def action_last(self) -> None:
        if self.caret_active:
            self.text_cursor.move(caret.end)
        else:
            self.navigator.go_to_end(last=True)

    def action_toggle_fold(self) -> None:
        self.folding.toggle()

    def action_toggle_view(self) -> None:
        pid, group = self.current_paragraph(), self.current_group()
        self.view = next(name for name in self.views if name != self.view)
        self.navigator.enter(pid, group)
        self.update_status()
        self.call_after_refresh(self._scroll_to_cursor)

    def jump(self, pid: str, offset: int | None = None) -> None:
        """Put the cursor on paragraph ``pid`` (and character ``offset`` of it) in this view."""
        if pid in self.where:
            self.navigator.jump(pid, offset)

    @on(SidePanel.JumpTo)
    def _jump_to(self, message: SidePanel.JumpTo) -> None:
        self.jump(message.paragraph, message.start)
        if message.note is not None and self.current_paragraph() == message.paragraph:
            self.text_cursor.place(message.start)

    @on(TextView.ParagraphClicked)
    def _clicked(self, message: TextView.ParagraphClicked) -> None:
        self.navigator.click(message.paragraph, message.column, message.row)
        if message.offset is not None and self.current_paragraph() == message.paragraph:
            self.text_cursor.place(message.offset, extend=message.extend)

    # ------------------------------------------------------------------ keys: differences, search

    def action_next(self) -> None:
        if self.search is not None and self.search.matches:
            self.searching.step(+1)
        elif not self.needs_alignment():
            self.navigator.step_difference(+1)

    def action_previous(self) -> None:
        if self.search is not None and self.search.matches:
            self.searching.step(-1)
        elif not self.needs_alignment():
            self.navigator.step_difference(-1)

    def action_toggle_differences(self) -> None:
        self._toggle_panel(self.differences_panel, self.notes_panel)

    def action_toggle_word_diff(self) -> None:
        self.word_diffing.toggle()

    def action_toggle_notes(self) -> None:
        self._toggle_panel(self.notes_panel, self.differences_panel)

    def _toggle_panel(self, panel: SidePanel, other: SidePanel) -> None:
        """Show ``panel`` (instead of ``other``) with its list focused, or hide it."""
        shown = panel.display = not panel.display
        if shown:
            other.display = False
            panel.option_list.focus()
        else:
            self.set_focus(None)

    def action_search(self) -> None:
        self.searching.open()

    @on(Input.Changed, "#search-input")
    def _search_changed(self, event: Input.Changed) -> None:
        self.searching.run(event.value)

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.set_focus(None)
        self.searching.step(+1)

    def action_toggle_exact(self) -> None:
        self.searching.toggle_exact()

    def action_enter(self) -> None:
        if self.search is not None:
            self.searching.step(+1)

    def action_leave(self) -> None:
        if self.caret_active and self.focused is None and self.search is None:
            self.text_cursor.off()
            return
        self.searching.close()
        self.set_focus(None)
        self.modes.follow()

    # ------------------------------------------------------------------ keys: the text cursor

    def action_text_cursor(self) -> None:
        if not self.caret_active:
            self.navigator.reveal()  # a paragraph only referred to: where it is drawn
        self.text_cursor.toggle()

    def action_move_caret(self, motion: str, extend: bool = False) -> None:
        """Move the text cursor by one of :data:`~.caret.MOTIONS` (``extend``: the selection)."""
        self.text_cursor.move(MOTIONS[motion], extend=extend)

    def caret_moved(self) -> None:
        self.reviewing.push_marks()
        self.cursor_moved()

    # ------------------------------------------------------------------ keys: review

    def needs_alignment(self) -> bool:
        """True (and said) while the articles are not aligned yet."""
        if self.alignment is None:
            self.notify("Still aligning the articles…", timeout=3)
            return True
        return False

    def action_toggle_reviewed(self) -> None:
        self.moving.review_and_go_on()

    def action_next_unreviewed(self) -> None:
        self.moving.next_unreviewed()

    def action_next_flagged(self) -> None:
        self.moving.next_flagged()

    def action_next_kind(self, kind: str) -> None:
        self.moving.next_of_kind(kind)

    def action_toggle_flagged(self) -> None:
        self.reviewing.toggle_flagged()

    def action_link(self) -> None:
        self.reviewing.link()

    def action_unlink(self) -> None:
        self.reviewing.unlink()

    def action_pick_verdict(self) -> None:
        self.reviewing.pick_verdict()

    def action_add_note(self) -> None:
        self.reviewing.add_note()

    def action_edit_note(self) -> None:
        self.reviewing.edit_note()

    def action_delete_note(self) -> None:
        self.reviewing.delete_note()

    def action_undo(self) -> None:
        self.reviewing.undo()

    def action_redo(self) -> None:
        self.reviewing.redo()

    def action_toggle_marks(self) -> None:
        self.marks_mode.toggle()

    def action_show_details(self) -> None:
        line = self.query_one(DetailLine)
        self.app.push_screen(DetailsScreen(line.heading, line.notes))

    def action_export(self) -> None:
        self.exporting.open()

    def action_help(self) -> None:
        self.app.push_screen(
            HelpScreen(
                legend_samples(self.grid),
                articles=self.articles,
                session=session_label(self.store.path),
            )
        )

    # ------------------------------------------------------------------ lines of text

    def cursor_moved(self) -> None:
        """Show what is under the cursor: the detail line (the text cursor starts
        again in a new paragraph)."""
        if self.text_cursor.follow():
            self.reviewing.push_marks()
        self.reviewing.pending = None  # a link said but not done: moving cancels it
        self.modes.follow()
        view, caret = self.navigator, self.text_cursor.caret
        pid, item = view.paragraph(), view.item()
        detail = detail_text(
            paragraph=self._paragraph(pid) if pid is not None else None,
            group=view.group(),
            also_in=view.also_in(),
            alignment=self.alignment,
            failed=self.error is not None,
            row=view.row(),
            review=self.review,
            item=item,
            verdict=self.session.verdict(item) if item is not None else None,
            notes=len({s.note for s in self.note_marks.get(pid or "", ())}),
            caret=caret,
            article_ids=[a.id for a in self.articles],
            facts=self.outline.facts,
        )
        self.query_one(DetailLine).show(detail.heading, detail.notes)
        self.word_diffing.follow()

    def update_status(self) -> None:
        text = status_text(
            articles=len(self.articles),
            view=self.view,
            alignment=self.alignment,
            failed=self.error is not None,
            facts=self.outline.facts,
            rows=self.rows,
            review=self.review,
            notes=len(self.session.notes),
            autosave_off=self.store.path is not None and not self.store.autosave,
        )
        self.query_one(StatusLine).show(text.long, text.short, busy=text.busy, badges=text.badges)

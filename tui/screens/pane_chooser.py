"""The pane chooser (``p``): which articles show, in what order, and which one is
pinned at the left as the base outlet.

j/k or the arrows choose an article, space shows or hides it, J/K (or
shift+↓/↑) move it down or up, b pins it at the left (again: unpins), Enter
applies and Esc cancels.  At least one article stays visible.  The screen is
dismissed with a :class:`PaneChoice`, or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model import Article
from tui.screens.dialog_frame import FramedDialog
from tui.widgets.wrapping import display_text


@dataclass(frozen=True, slots=True)
class PaneChoice:
    """The visible articles (indices) in their order, and the pinned one."""

    order: tuple[int, ...]
    pinned: int | None = None


class _Articles(OptionList):
    """The articles; j and k move too."""

    BINDINGS = [Binding("j", "cursor_down", show=False), Binding("k", "cursor_up", show=False)]


def _file_name(source: str) -> str:
    """The last part of an article's path or URL, for a row that fits 80 columns."""
    name = display_text(source).rstrip("/").rsplit("/", 1)[-1]
    return name or display_text(source)


class PaneChooser(FramedDialog[PaneChoice | None]):
    """Choose, order and pin the article panes."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", priority=True),
        Binding("space", "show_hide", "Show/hide"),
        Binding("J,shift+down", "move(1)", "Move down", key_display="J"),
        Binding("K,shift+up", "move(-1)", "Move up", key_display="K"),
        Binding("b", "pin", "Pin left"),
        Binding("enter", "apply", "Apply", priority=True),
    ]

    DEFAULT_CSS = """
    PaneChooser #panes-list {
        height: auto;
        max-height: 14;
    }
    """

    def __init__(
        self, articles: Sequence[Article], visible: Sequence[int], pinned: int | None = None
    ) -> None:
        """``visible``: the articles shown now, left to right."""
        super().__init__()
        self.articles = tuple(articles)
        shown = [i for i in dict.fromkeys(visible) if 0 <= i < len(self.articles)]
        self.rows = shown + [i for i in range(len(self.articles)) if i not in shown]
        """Every article, in the order of the list: the visible ones first."""
        self.shown = set(shown) or set(range(len(self.articles)))
        self.pinned = pinned if pinned in self.shown else None

    def compose(self) -> ComposeResult:
        with Vertical(id="panes-dialog", classes="dialog-frame"):
            yield Static(
                "Panes: which articles show, and in what order",
                id="panes-title",
                classes="dialog-title",
            )
            yield _Articles(*self._options(), id="panes-list")
            yield Static("", id="panes-message", classes="dialog-message -warning")
            yield Static(
                "space show/hide · J K move down/up · b pin at the left · Enter apply · Esc cancel",
                id="panes-help",
                classes="dialog-help",
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.option_list.highlighted = 0
        self.option_list.focus()

    @property
    def option_list(self) -> OptionList:
        return self.query_one(_Articles)

    def _options(self) -> list[Option]:
        options = []
        for ai in self.rows:
            article = self.articles[ai]
            mark = "[x]" if ai in self.shown else "[ ]"
            pin = "  pinned" if ai == self.pinned else ""
            source = Content(" · " + _file_name(article.source)).truncate(27, ellipsis=True)
            prompt = Content.assemble(
                (f"{mark} ", "bold" if ai in self.shown else "dim"),
                (f"{article.id}  ", "bold"),
                Content(display_text(article.title)).truncate(36, ellipsis=True, pad=True),
                source.stylize("dim"),
                (pin, "bold"),
            )
            options.append(Option(prompt, id=str(ai)))
        return options

    def _redraw(self, highlighted: int) -> None:
        options = self.option_list
        options.clear_options()
        options.add_options(self._options())
        options.highlighted = highlighted

    def _say(self, text: str) -> None:
        self.query_one("#panes-message", Static).update(Content(text))

    def _current(self) -> int | None:
        return self.option_list.highlighted

    def action_show_hide(self) -> None:
        at = self._current()
        if at is None:
            return
        ai = self.rows[at]
        if ai in self.shown:
            if len(self.shown) == 1:
                self._say("At least one article stays visible.")
                return
            self.shown.discard(ai)
            if self.pinned == ai:
                self.pinned = None
        else:
            self.shown.add(ai)
        self._say("")
        self._redraw(at)

    def action_move(self, delta: int) -> None:
        at = self._current()
        if at is None or not 0 <= at + delta < len(self.rows):
            return
        rows = self.rows
        rows[at], rows[at + delta] = rows[at + delta], rows[at]
        self._redraw(at + delta)

    def action_pin(self) -> None:
        at = self._current()
        if at is None:
            return
        ai = self.rows[at]
        self.pinned = None if self.pinned == ai else ai
        self.shown.add(ai)
        self._say("")
        self._redraw(at)

    def choice(self) -> PaneChoice:
        return PaneChoice(tuple(ai for ai in self.rows if ai in self.shown), self.pinned)

    def action_apply(self) -> None:
        self.dismiss(self.choice())

    def action_cancel(self) -> None:
        self.dismiss(None)

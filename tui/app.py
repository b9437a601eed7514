"""The Textual app: loads nothing itself, compares the articles it is given.

It saves the review session after every change the comparison screen
announces (:class:`~tui.messages.ReviewChanged`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.markup import escape
from textual.screen import Screen

from tui.core.model import Article
from tui.core.review import ReviewState
from tui.core.session import Session
from tui.keymap import SCREEN_KEYS
from tui.messages import ReviewChanged
from tui.palette import theme_variables
from tui.resources import stylesheet_path
from tui.screens.comparison import Analyse, ComparisonScreen, Reanalyse
from tui.screens.comparison.status_text import session_label
from tui.session_store import SessionStore

if TYPE_CHECKING:
    from tui.core.align import Alignment
    from tui.core.compare import Comparison


def _compare(articles: Sequence[Article]) -> Comparison:
    """The engine, loaded in the analysis worker rather than before the first paint."""
    from tui.core.compare import compare

    return compare(articles)


def _with_alignment(articles: Sequence[Article], alignment: Alignment) -> Comparison:
    from tui.core.compare import with_alignment

    return with_alignment(articles, alignment)


class ParallaxApp(App[None]):
    """Compare news articles about one event, side by side."""

    TITLE = "Parallax"
    CSS_PATH = str(stylesheet_path())
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        theme: str | None = None,
        analyse: Analyse | None = None,
        reanalyse: Reanalyse | None = None,
        review: ReviewState | None = None,
        session: Session | None = None,
        session_path: str | Path | None = None,
    ) -> None:
        """``session_path``: the session file, loaded when the comparison is ready and
        saved after every change (None: the session lives in memory only).
        ``review`` and ``session`` are where to start when there is no file."""
        super().__init__()
        self.articles = tuple(articles)
        self.analyse = analyse or _compare
        self.reanalyse = reanalyse or _with_alignment
        self.review = review
        self.session = session
        self.store = SessionStore(session_path)
        # the session file stays in view in the title bar (also in the help screen)
        self.sub_title = f"{len(self.articles)} articles · session {session_label(self.store.path)}"
        if theme is not None:
            self.theme = theme

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The marks' colours (:mod:`tui.palette`), for a dark or a light theme."""
        return theme_variables(dark=self.current_theme.dark)

    def get_default_screen(self) -> Screen[None]:
        return ComparisonScreen(
            self.articles,
            self.analyse,
            self.reanalyse,
            review=self.review,
            session=self.session,
            store=self.store,
        )

    def on_mount(self) -> None:
        for article in self.articles:
            for warning in article.warnings:
                self.notify(warning, severity="warning", markup=False, timeout=10)

    def on_review_changed(self, message: ReviewChanged) -> None:
        """Save the session, when there is a file for it and the articles are compared."""
        if message.session is None or message.alignment is None or not self.store.autosave:
            return
        screen = self._comparison()
        view = screen.view_state() if screen is not None else None
        if not self.store.save(message.session, self.articles, message.alignment, view=view):
            self.notify(self.store.problem or "Could not save", severity="error", markup=False)
        elif self.store.notice:
            self.notify(self.store.notice, severity="warning", markup=False)

    def _comparison(self) -> ComparisonScreen | None:
        """The comparison screen (under any dialog), once it is there."""
        found = [s for s in self.screen_stack if isinstance(s, ComparisonScreen)]
        return found[0] if found else None

    async def action_quit(self) -> None:
        """Quit, keeping where the reader was in the session file (the cursor, the
        view, the panes) when there is a session to keep it in."""
        screen = self._comparison()
        if screen is not None and screen.alignment is not None:
            self.store.save_view(
                screen.view_state(), screen.session, self.articles, screen.alignment
            )
        self.exit()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        ours = {key.title for key in SCREEN_KEYS} if isinstance(screen, ComparisonScreen) else set()
        # Textual's own "Keys" panel gives way to the help screen of the same name
        yield from (c for c in super().get_system_commands(screen) if c.title not in ours)
        if isinstance(screen, ComparisonScreen):
            for key in SCREEN_KEYS:
                yield SystemCommand(
                    key.title,
                    escape(f"{key.help}  (key: {key.shown_keys})"),
                    partial(screen.run_action, key.action),
                )

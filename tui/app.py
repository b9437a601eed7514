"""The Textual app: loads nothing itself, shows the articles it is given."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from tui.core.model import Article
from tui.resources import stylesheet_path
from tui.screens.articles import ArticlesScreen


class ParallaxApp(App[None]):
    """Compare news articles about one event, side by side."""

    TITLE = "Parallax"
    CSS_PATH = str(stylesheet_path())
    BINDINGS = [Binding("q", "quit", "Quit")]
    AUTO_FOCUS = "ArticlePane VerticalScroll"

    def __init__(self, articles: Sequence[Article], *, theme: str | None = None) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.sub_title = f"{len(self.articles)} articles"
        if theme is not None:
            self.theme = theme

    def get_default_screen(self) -> Screen[None]:
        return ArticlesScreen(self.articles)

    def on_mount(self) -> None:
        for article in self.articles:
            for warning in article.warnings:
                self.notify(warning, severity="warning", markup=False, timeout=10)

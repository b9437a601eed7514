"""The search bar: a query box and how many places match."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static


class SearchBar(Horizontal):
    """Hidden until the screen shows it (``/``); the screen does the searching."""

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        display: none;
    }
    SearchBar > #search-label {
        width: auto;
        padding: 0 1;
        text-style: bold;
    }
    SearchBar > Input, SearchBar > Input:focus {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0;
    }
    SearchBar > #search-count {
        width: auto;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static("/", id="search-label")
        yield Input(placeholder="search all articles", id="search-input", select_on_focus=False)
        yield Static("", id="search-count", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def show_count(self, text: str) -> None:
        self.query_one("#search-count", Static).update(text)

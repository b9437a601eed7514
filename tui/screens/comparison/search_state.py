"""The search: the query, its matches in every article, and the current match.

``/`` opens the search bar; every change of the query searches again.  Enter
and ``n`` step to the next match (``N`` to the previous one), round to the
first after the last; Esc closes the bar and forgets the search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from textual.widgets import Input

from tui.core.model import Article
from tui.core.search import Match, find_matches
from tui.screens.comparison.host import Host as ScreenHost
from tui.screens.comparison.wording import plural
from tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from tui.core.compare import Comparison

MatchPlaces = dict[str, list[tuple[int, int]]]
"""Paragraph id -> the (start, end) of each match in its text."""


@dataclass(frozen=True, slots=True)
class SearchState:
    """A query and its matches; ``index`` is the current match (-1: none yet)."""

    query: str
    matches: tuple[Match, ...]
    index: int = -1
    exact: bool = False
    """Only the literal text; else every spelling of a name and form of a figure too."""

    @classmethod
    def run(
        cls,
        articles: Sequence[Article],
        query: str,
        *,
        exact: bool = False,
        found: Comparison | None = None,
    ) -> SearchState:
        """Search ``articles``; ``found`` (the comparison) knows the other spellings."""
        if found is None or exact:
            return cls(query, find_matches(articles, query), exact=exact)
        matches = find_matches(
            articles,
            query,
            exact=False,
            entities=found.entities,
            word_variants=found.word_variants,
            quantities=found.quantities,
        )
        return cls(query, matches, exact=exact)

    def step(self, delta: int) -> SearchState:
        """The next match (``delta`` 1) or the previous one (-1), round the ends;
        the first step goes to the first match, or the last."""
        if not self.matches:
            return self
        if self.index < 0:
            index = 0 if delta > 0 else len(self.matches) - 1
        else:
            index = (self.index + delta) % len(self.matches)
        return replace(self, index=index)

    @property
    def current(self) -> Match | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    @property
    def count(self) -> str:
        """What the search bar says: how many matches, or which one is current."""
        mode = "exact" if self.exact else "all forms"
        if self.current is not None:
            return f"{self.index + 1} of {len(self.matches)} · {mode}"
        if not self.query.strip():
            return mode
        return f"{plural(len(self.matches), 'match', 'matches')} · {mode}"


def match_places(search: SearchState | None) -> tuple[MatchPlaces, tuple[str, int, int] | None]:
    """What the views draw for ``search``: every match by paragraph, and the current one."""
    by_paragraph: MatchPlaces = {}
    if search is None:
        return by_paragraph, None
    for m in search.matches:
        by_paragraph.setdefault(m.paragraph, []).append((m.start, m.end))
    current = search.current
    return by_paragraph, (current.paragraph, current.start, current.end) if current else None


class Host(ScreenHost, Protocol):
    """What the search needs of the screen."""

    @property
    def search_bar(self) -> SearchBar: ...

    def jump(self, pid: str, offset: int | None = None) -> None: ...

    @property
    def found(self) -> Comparison | None:
        """The comparison with the names and numbers (None until it is done)."""


class Searching:
    """The search bar and the search it runs; every view draws the matches."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.state: SearchState | None = None
        self.exact = False
        """Literal matches only (ctrl+t turns it on and off)."""

    def open(self) -> None:
        """Show the search bar, focused; search for what it holds, the first time."""
        bar = self.host.search_bar
        bar.display = True
        bar.input.focus()
        if self.state is None:
            self.run(bar.input.value)

    def run(self, query: str) -> None:
        self._show(
            SearchState.run(self.host.articles, query, exact=self.exact, found=self.host.found)
        )

    def toggle_exact(self) -> None:
        """Exact matching on or off; the search runs again."""
        self.exact = not self.exact
        if self.state is not None:
            self.run(self.state.query)
        self.host.notify(
            "Exact matches only" if self.exact else "Every spelling and form", timeout=2
        )

    def _show(self, search: SearchState | None) -> None:
        """Make ``search`` the search, and show its matches and count."""
        self.state = search
        matches, current = match_places(search)
        for view in self.host.text_views:
            view.set_matches(matches, current)
        self.host.search_bar.show_count(search.count if search is not None else "")

    def step(self, delta: int) -> None:
        """To the next match (``delta`` 1) or the previous one (-1)."""
        search = self.state
        if search is None:
            return
        if not search.matches:
            self.host.notify("No match", timeout=2)
            return
        self._show(search := search.step(delta))
        match = search.matches[search.index]
        self.host.jump(match.paragraph, match.start)

    def close(self) -> None:
        """Hide the search bar, empty it, and forget the search (if it is open)."""
        bar = self.host.search_bar
        if self.state is not None or bar.display:
            bar.display = False
            with bar.input.prevent(Input.Changed):
                bar.input.value = ""
            self._show(None)

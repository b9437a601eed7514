"""The word marking's mode: quiet (figures, names, rare words) or every word.

The screen asks it to set the mode on each new highlighter (the rows are
rebuilt after every review change), and its ``M`` key toggles it.
"""

from __future__ import annotations

from tui.core.highlights import Highlighter
from tui.screens.comparison.host import Host


class MarksMode:
    """Whether the unshared words are marked quietly, kept across rebuilds."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.quiet = True

    def apply(self, highlighter: Highlighter | None) -> None:
        """Give a new highlighter the reader's mode."""
        if highlighter is not None:
            highlighter.quiet = self.quiet

    def toggle(self) -> None:
        """Mark every word the counterparts lack, or only those a reader acts on."""
        self.quiet = not self.quiet
        highlighter = self.host.grid.highlighter
        self.apply(highlighter)
        for view in self.host.text_views:
            view.set_highlighter(view.highlighter)  # draw again in the new mode
        self.host.notify(
            "Marks: figures, names and rare words the counterparts lack"
            if self.quiet
            else "Marks: every word the counterparts lack",
            timeout=3,
        )

"""The dialogs about a quoted paragraph (the note editor, the verdict picker):
one frame, and where it goes.

A :class:`QuoteDialog` sits at the bottom of the screen, or at the top when the
paragraph under the cursor is in the bottom half, so the paragraph being
annotated or judged stays in view above or below it.  Its frame has the
``quote-frame`` class, its quote the ``dialog-quote`` class (see
:func:`dialog_quote`), its hint line the ``dialog-help`` class.
"""

from __future__ import annotations

from typing import TypeVar

from textual.content import Content
from textual.screen import ModalScreen, Screen

from tui.widgets.wrapping import display_text

Result = TypeVar("Result")

#: The longest quote a dialog shows, in characters.
QUOTE_LIMIT = 240


def dialog_quote(text: str) -> Content:
    """The quote a dialog is about: shown as text (never markup), cut to ``QUOTE_LIMIT``."""
    quote = display_text(text)
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1] + "…"
    return Content(f"“{quote}”")


class QuoteDialog(ModalScreen[Result]):
    """A dialog about a quoted paragraph, kept away from that paragraph."""

    DEFAULT_CSS = """
    QuoteDialog {
        align: center bottom;
    }
    QuoteDialog.-top {
        align: center top;
    }
    QuoteDialog > .quote-frame {
        width: 100%;
        max-width: 100;
        height: auto;
        border: thick $accent;
        border-title-color: $text;
        border-title-style: bold;
        background: $surface;
        padding: 0 1;
    }
    QuoteDialog .dialog-quote {
        color: $text-muted;
        text-style: italic;
        max-height: 3;
    }
    QuoteDialog .dialog-help {
        color: $text-muted;
    }
    """

    FOOTER_LINES = 1
    """The lines the dialog's footer of keys takes at the bottom."""

    def place(self) -> None:
        """At the top or the bottom: away from the paragraph under the cursor."""
        stack = self.app.screen_stack
        room = self.size.height - self.FOOTER_LINES
        self.set_class(len(stack) > 1 and dialog_at_top(stack[-2], room), "-top")


def cursor_lines(below: Screen[object]) -> tuple[int, int] | None:
    """The first and last screen line of the paragraph under the comparison
    screen's cursor (None: another screen, or no cursor)."""
    from tui.screens.comparison.screen import ComparisonScreen  # it opens the dialogs

    if not isinstance(below, ComparisonScreen):
        return None
    if below.view == "reading":
        for pane in below.reading_panes:
            if pane.column == below.column and pane.cursor is not None:
                top, height = pane.paragraph_region(pane.cursor)
                y = pane.content_region.y + top - int(pane.scroll_y)
                return y, y + height - 1
        return None
    grid, cursor = below.grid, below.grid.cursor
    if not 0 <= cursor.row < len(grid.rows):
        return None
    top, height = grid.entry_region(cursor.row, cursor.column, cursor.sub)
    y = grid.content_region.y + top - int(grid.scroll_y)
    return y, y + height - 1


def dialog_at_top(below: Screen[object], height: int) -> bool:
    """Whether a dialog over ``below`` goes at the top: the middle of the cursor's
    paragraph, as far as it is on screen, is in the bottom half of the ``height``
    lines the dialog may take (the screen above the dialog's own footer)."""
    lines = cursor_lines(below)
    if lines is None:
        return False
    first, last = max(lines[0], 0), min(lines[1], height - 1)
    return (first + last) / 2 >= height / 2

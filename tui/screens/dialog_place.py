"""Where a dialog goes: at the bottom of the screen, or at the top when the
paragraph under the cursor is in the bottom half, so the paragraph being
annotated or judged stays in view above or below the dialog."""

from __future__ import annotations

from textual.screen import Screen


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

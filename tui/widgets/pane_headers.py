"""The heads of the article panes: id and outlet label, then title, for each visible pane.

The source's path is not shown here (the help screen lists it).

Arrows at the edges say how many panes are out of view on either side.  The
screen owns the window of panes in view and the current pane, and binds them
to :attr:`PaneHeaders.window` and :attr:`PaneHeaders.current`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from tui.core.model import Article
from tui.widgets.pane_window import PaneWindow
from tui.widgets.text_view import component_style
from tui.widgets.wrapping import display_text


class PaneHeaders(Widget):
    """Two lines per pane: "A  Epoch Times" (id and label) and the title."""

    COMPONENT_CLASSES = {
        "headers--id",
        "headers--current",
        "headers--source",
        "headers--label",
        "headers--title",
    }

    DEFAULT_CSS = """
    PaneHeaders {
        height: 3;
        border-bottom: solid $foreground 20%;
    }
    PaneHeaders > .headers--id {
        text-style: bold;
    }
    PaneHeaders > .headers--current {
        text-style: bold reverse;
        color: $text-accent;
    }
    PaneHeaders > .headers--source {
        color: $text-muted;
    }
    PaneHeaders > .headers--label {
        text-style: bold;
    }
    PaneHeaders > .headers--title {
        text-style: bold;
        color: $text-accent;
    }
    """

    window: reactive[PaneWindow] = reactive(PaneWindow(), init=False)
    """The panes in view (bound to the screen's)."""
    current: reactive[int] = reactive(0, init=False)
    """The pane with the cursor (bound to the screen's)."""

    @dataclass
    class Resized(Message):
        """The panes' width changed."""

        width: int

    def __init__(self, articles: Sequence[Article], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles = tuple(articles)

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized(event.size.width))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.get_visual_style()
        parts: list[Strip] = []
        widths = self.window.widths
        shown = self.window.columns(len(self.articles))
        hidden_before, hidden_after = self.window.hidden(len(self.articles))
        for c, ai in enumerate(shown):
            article = self.articles[ai]
            w = widths[c]
            before = f"◀{hidden_before} " if c == 0 and hidden_before else ""
            after = f" {hidden_after}▶" if c == len(widths) - 1 and hidden_after > 0 else ""
            room = max(1, w - 2 - len(before) - len(after))
            if y == 0:
                id_style = component_style(
                    self, "headers--current" if ai == self.current else "headers--id"
                )
                room_for_label = max(1, room - len(article.id) - 2)
                label = Content(display_text(article.label)).truncate(room_for_label, ellipsis=True)
                line = Content.assemble(
                    (before, component_style(self, "headers--source")),
                    (article.id, id_style),
                    "  ",
                    label.stylize(component_style(self, "headers--label")),
                )
            elif y == 1:
                title = display_text(article.title)
                line = Content.assemble(
                    before and " " * len(before),
                    Content(title)
                    .truncate(room, ellipsis=True)
                    .stylize(component_style(self, "headers--title")),
                )
            else:
                line = Content("")
            line = Content.assemble(" ", line)
            pad = max(0, w - line.cell_length - len(after))
            line = Content.assemble(line, " " * pad, (after if y == 0 else "", ""))
            segments = line.render_segments(base)
            parts.append(Strip(segments).crop_extend(0, w, base.rich_style))
        strip = Strip.join(parts) if parts else Strip.blank(width, base.rich_style)
        return strip.crop_extend(0, width, base.rich_style)

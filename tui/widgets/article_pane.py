"""One article in a scrollable pane, headed with its source and title.

Article text is data: every string from an article goes into a ``Content``
object as plain text, never into markup, and its control characters are made
visible first (:func:`tui.core.textsafe.printable`).
"""

from __future__ import annotations

import re

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.core.model import Article, Paragraph
from tui.core.textsafe import printable

_BREAKS = re.compile(r"\s*[\r\n\v\f\x85\u2028\u2029]+\s*")


def display_text(text: str) -> str:
    """Paragraph text for the screen: one flowing line, controls made visible."""
    return printable(_BREAKS.sub(" ", text))


class ParagraphView(Static):
    """One paragraph; its kind (title, heading, body, metadata) sets its look."""

    DEFAULT_CSS = """
    ParagraphView {
        margin: 0 0 1 0;
    }
    ParagraphView.-title {
        text-style: bold;
        color: $text-accent;
    }
    ParagraphView.-heading {
        text-style: bold;
    }
    ParagraphView.-metadata, ParagraphView.-repeat {
        color: $text-muted;
        text-style: italic;
    }
    """

    def __init__(self, paragraph: Paragraph) -> None:
        classes = f"-{paragraph.kind}" + (" -repeat" if paragraph.repeat_of else "")
        body = display_text(paragraph.text)
        if paragraph.repeat_of:
            content = Content.assemble((f"(repeats {paragraph.repeat_of}) ", "dim"), body)
        else:
            content = Content(body)
        super().__init__(content, id=f"p-{paragraph.id}", classes=classes, markup=False)
        self.paragraph = paragraph


class ArticleHeader(Static):
    """The article's title, fixed above its scrolling paragraphs."""

    DEFAULT_CSS = """
    ArticleHeader {
        padding: 0 1;
        text-style: bold;
        color: $text-accent;
        border-bottom: solid $foreground 15%;
    }
    """

    def __init__(self, article: Article) -> None:
        super().__init__(Content(display_text(article.title)), markup=False)


class ArticlePane(Vertical):
    """An article: its id and source on the border, its title, its paragraphs.

    The title paragraph is the header, so the scrolling body starts after it.
    """

    DEFAULT_CSS = """
    ArticlePane {
        width: 1fr;
        height: 1fr;
        border: round $foreground 25%;
        border-title-color: $text-muted;
    }
    ArticlePane:focus-within {
        border: round $border;
        border-title-color: $text;
    }
    ArticlePane > VerticalScroll {
        height: 1fr;
        padding: 1 1 0 1;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, article: Article) -> None:
        super().__init__(id=f"article-{article.id}")
        self.article = article
        self._show_source(80)

    def _show_source(self, width: int) -> None:
        """Put the id and source on the border, cut at the left to keep the file name."""
        source = display_text(self.article.source)
        room = max(8, width - len(self.article.id) - 7)
        if len(source) > room:
            source = "…" + source[-(room - 1) :]
        self.border_title = Content.assemble((self.article.id, "bold"), " ", source)

    def on_resize(self, event: events.Resize) -> None:
        self._show_source(event.size.width)

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.article)
        with VerticalScroll():
            for paragraph in self.article.paragraphs:
                if paragraph.kind != "title":
                    yield ParagraphView(paragraph)

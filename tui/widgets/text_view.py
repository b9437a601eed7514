"""Article text on screen: wrapping, highlight styles, and the base of both views.

Article text is data.  It is made printable one character for one
(:func:`display_text`), so every offset the engine computed still points at
the same character, and goes into :class:`~textual.content.Content` objects
whose styles are applied by span; it is never parsed as markup.

:class:`TextView` is a line-API scroll view: it draws only the lines on
screen.  It declares the highlight styles as component classes; their
colours and text styles are in ``styles.tcss``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from rich.cells import get_character_cell_size
from rich.segment import Segment
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from tui.core.highlights import Span as HighlightSpan
from tui.core.model import Paragraph
from tui.core.textsafe import printable

# Line and paragraph breaks become spaces, one for one, so offsets stay valid.
_BREAKS = str.maketrans({c: " " for c in "\n\r\t\v\f\x85\u2028\u2029"})

Line = list[Segment]
#: Search matches: paragraph id -> (start, end) offsets in its text.
MatchMap = Mapping[str, Sequence[tuple[int, int]]]
"""One drawn line (or part of one), exactly as wide as it was asked to be."""

#: Highlight kinds of :mod:`tui.core.highlights` and the component classes that style them.
SPAN_COMPONENTS: dict[str, str] = {
    "context": "text--context",
    "clause": "text--clause",
    "unshared": "text--unshared",
    "number-agree": "text--number-agree",
    "number-compatible": "text--number-compatible",
    "number-differ": "text--number-differ",
    "spelling": "text--spelling",
    "match": "text--match",
    "match-current": "text--match-current",
    "note": "text--note",
    "selection": "text--selection",
    "caret": "text--caret",
}
#: The look of a paragraph by its kind.
KIND_COMPONENTS: dict[str, str] = {
    "title": "text--title",
    "heading": "text--heading",
    "metadata": "text--metadata",
    "repeat": "text--metadata",
}


def component_style(widget: Widget, component: str) -> Style:
    """The style of ``widget``'s component class, to draw over the widget's own.

    Unlike ``get_visual_style(..., partial=True)`` it keeps "reverse", and works
    out an "auto" colour (``$text-muted``) against the widget's real background.
    """
    style = widget.get_visual_style(component, partial=True)
    rules = widget.get_component_styles(component)
    if rules.has_rule("color"):
        style += Style(foreground=widget.get_visual_style(component).foreground)
    if rules.text_style.reverse:
        style += Style(reverse=True)
    return style


def display_text(text: str) -> str:
    """``text`` as shown: breaks as spaces, control characters made visible, same length."""
    return printable(text.translate(_BREAKS))


@lru_cache(maxsize=32768)
def wrap_offsets(text: str, width: int) -> tuple[int, ...]:
    """Where to break ``text`` into lines of at most ``width`` cells: word wrap at
    spaces, with words longer than a line cut.  Returns the start of every line
    but the first.  Heights and drawing both use it, so they always agree."""
    width = max(1, width)
    if all(get_character_cell_size(ch) == 1 for ch in set(text)):
        return _wrap_single_cells(text, width)
    return _wrap_cells(text, width)


def _wrap_single_cells(text: str, width: int) -> tuple[int, ...]:
    """:func:`wrap_offsets` for text whose every character is one cell wide."""
    offsets: list[int] = []
    n = len(text)
    start = 0
    while n - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            nxt = start + width  # no space in reach: cut the word
        else:
            nxt = cut + 1
            while nxt < n and text[nxt] == " ":
                nxt += 1
            if nxt >= n:
                break
        offsets.append(nxt)
        start = nxt
    return tuple(offsets)


def _wrap_cells(text: str, width: int) -> tuple[int, ...]:
    """:func:`wrap_offsets` for text with wide (or zero-width) characters: the same
    rule as :func:`_wrap_single_cells`, measured in cells."""
    cells = [get_character_cell_size(ch) for ch in text]
    offsets: list[int] = []
    n = len(text)
    start = 0
    while True:
        end, used = start, 0
        while end < n and used + cells[end] <= width:
            used += cells[end]
            end += 1
        if end >= n:
            break
        cut = text.rfind(" ", start, end + 1)
        if cut <= start:
            nxt = max(end, start + 1)  # no space in reach: cut the word
        else:
            nxt = cut + 1
            while nxt < n and text[nxt] == " ":
                nxt += 1
            if nxt >= n:
                break
        offsets.append(nxt)
        start = nxt
    return tuple(offsets)


def line_count(text: str, width: int) -> int:
    return len(wrap_offsets(text, width)) + 1


@lru_cache(maxsize=65536)
def paragraph_text(paragraph: Paragraph) -> tuple[str, int]:
    """The text shown for ``paragraph`` and how far its own text is shifted in it."""
    body = display_text(paragraph.text)
    if paragraph.repeat_of:
        prefix = f"(repeats {paragraph.repeat_of}) "
        return prefix + body, len(prefix)
    return body, 0


def offset_at(paragraph: Paragraph, width: int, line: int, x: int) -> int:
    """The offset in ``paragraph.text`` of the character drawn at ``line`` (of the
    paragraph) and cell ``x`` of a text ``width`` cells wide; clamped to the text."""
    text, shift = paragraph_text(paragraph)
    breaks = wrap_offsets(text, width)
    line = max(0, min(line, len(breaks)))
    start = breaks[line - 1] if line else 0
    end = breaks[line] if line < len(breaks) else len(text)
    pos, used = start, 0
    while pos < end and used + get_character_cell_size(text[pos]) <= max(0, x):
        used += get_character_cell_size(text[pos])
        pos += 1
    return max(0, min(len(paragraph.text), pos - shift))


def paragraph_kind(paragraph: Paragraph) -> str:
    return "repeat" if paragraph.repeat_of else paragraph.kind


class TextView(ScrollView, can_focus=False):
    """A scroll view of article paragraphs with the comparison's highlights.

    The screen owns the keyboard: the views only draw what they are told.
    """

    COMPONENT_CLASSES = {
        *SPAN_COMPONENTS.values(),
        *KIND_COMPONENTS.values(),
        "text--cursor",
        "text--cursor-gutter",
        "text--counterpart",
        "text--counterpart-gutter",
        "text--linked-gutter",
        "text--note-gutter",
        "text--placeholder",
        "text--row",
        "text--row-cursor",
        "text--row-unique",
        "text--separator",
    }

    DEFAULT_CSS = """
    TextView {
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 0;
        overflow-x: hidden;
    }
    """

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, cache_size: int = 512
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._styles: dict[str, Style] = {}
        self.matches: MatchMap = {}
        self.current_match: tuple[str, int, int] | None = None
        self.marks: Mapping[str, Sequence[HighlightSpan]] = {}
        self.noted: frozenset[str] = frozenset()
        self._cache: LRUCache[tuple[object, ...], list[Line]] = LRUCache(cache_size)
        self._generation = 0

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self.clear_render_cache()

    def set_matches(self, matches: MatchMap, current: tuple[str, int, int] | None) -> None:
        """The search matches to draw, and the current one."""
        self.matches, self.current_match = matches, current
        self._invalidate()

    def set_marks(
        self, marks: Mapping[str, Sequence[HighlightSpan]], noted: frozenset[str]
    ) -> None:
        """Spans drawn over the highlights (notes, the selection, the text cursor) and
        the paragraphs that carry a note (a gutter marker)."""
        if (marks, noted) != (self.marks, self.noted):
            self.marks, self.noted = marks, noted
            self._invalidate()

    def clear_render_cache(self) -> None:
        """Forget every drawn line."""
        self._cache.clear()

    def scroll_to_lines(self, top: int, height: int, *, context: int = 0) -> None:
        """Scroll the least that shows lines ``top`` to ``top + height`` (or their start)."""
        view = self.scrollable_content_region.height
        if view <= 0:
            return
        y = int(self.scroll_y)
        start = max(0, top - context)
        if start < y:
            target = start
        elif top + height > y + view:
            target = min(start, top + height - view)
        else:
            return
        self.scroll_to(y=target, animate=False, immediate=True)

    def _invalidate(self) -> None:
        """Everything drawn is out of date: draw it again."""
        self._generation += 1
        self._cache.clear()
        self.refresh()

    def style_of(self, component: str) -> Style:
        """The style of a component class, on top of the widget's own."""
        if component not in self._styles:
            self._styles[component] = component_style(self, component)
        return self._styles[component]

    def span_style(self, kind: str) -> Style:
        """The style of a highlight kind (``"number-differ"``), for legends."""
        return self.style_of(SPAN_COMPONENTS[kind])

    @property
    def base_style(self) -> Style:
        if "" not in self._styles:
            self._styles[""] = self.get_visual_style()
        return self._styles[""]

    def paragraph_lines(
        self,
        paragraph: Paragraph,
        spans: Sequence[HighlightSpan],
        width: int,
        *,
        line_component: str | None = None,
    ) -> list[Content]:
        """``paragraph`` wrapped to ``width`` cells with its highlights, one Content a line."""
        text, shift = paragraph_text(paragraph)
        styled: list[Span] = []
        kind = KIND_COMPONENTS.get(paragraph_kind(paragraph))
        if kind:
            styled.append(Span(0, len(text), self.style_of(kind)))
        elif shift:
            styled.append(Span(0, shift, self.style_of("text--metadata")))
        for span in spans:
            component = SPAN_COMPONENTS.get(span.kind)
            if component and span.end > span.start:
                styled.append(Span(span.start + shift, span.end + shift, self.style_of(component)))
        content = Content(text, styled)
        offsets = wrap_offsets(text, width)
        lines = content.divide(offsets) if offsets else [content]
        out = []
        for line in lines:
            line = line.rstrip()
            if line_component:
                line = line.stylize_before(self.style_of(line_component))
            out.append(line)
        return out

    def segments(self, content: Content, width: int, style: Style | None = None) -> Line:
        """One line of Content as segments exactly ``width`` cells wide."""
        base = self.base_style if style is None else self.base_style + style
        out = [Segment(text, part.rich_style) for text, part in content.render(base, end="")]
        pad = width - content.cell_length
        if pad > 0:
            out.append(Segment(" " * pad, base.rich_style))
        elif pad < 0:  # a wide character at the edge
            out = list(Strip(out).crop_extend(0, width, base.rich_style))
        return out

    def spaces(self, width: int, style: Style | None = None) -> Line:
        base = self.base_style if style is None else self.base_style + style
        return [Segment(" " * width, base.rich_style)] if width > 0 else []

    def line_strip(self, parts: Sequence[Line], width: int) -> Strip:
        """Lines of segments side by side, as one strip ``width`` cells wide."""
        segments = [segment for part in parts for segment in part]
        used = sum(segment.cell_length for segment in segments)
        if used < width:
            segments.append(Segment(" " * (width - used), self.base_style.rich_style))
        elif used > width:
            return Strip(segments, used).crop(0, width)
        return Strip(segments, width)

    def blank(self, width: int) -> Strip:
        return Strip.blank(width, self.base_style.rich_style)

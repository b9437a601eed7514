"""Article text on screen: highlight styles, and the base of both views.

Article text is data.  Made printable and wrapped by
:mod:`tui.widgets.wrapping`, it goes into :class:`~textual.content.Content`
objects whose styles are applied by span; it is never parsed as markup.

:class:`TextView` is a line-API scroll view: it draws only the lines on
screen.  It declares the highlight styles as component classes and gives
them their colours and text styles in its ``DEFAULT_CSS`` (a theme can
restyle them).  It also draws what both views share: a paragraph's
highlights and the gutter mark left of its text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rich.segment import Segment
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from tui.core.highlights import Highlighter
from tui.core.highlights import Span as HighlightSpan
from tui.core.model import Paragraph
from tui.widgets.wrapping import paragraph_kind, paragraph_text, wrap_offsets

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

GUTTER = 1
"""Cells left of a paragraph's text: its gutter mark."""

GutterMark = Literal["cursor", "counterpart", "verdict", "note", "linked"]
#: Each gutter mark: its sign, the sign's component class, and the component class
#: of the paragraph's lines (None: the lines keep their look).
GUTTER_MARKS: dict[GutterMark, tuple[str, str, str | None]] = {
    "cursor": ("▌", "text--cursor-gutter", "text--cursor"),
    "counterpart": ("┃", "text--counterpart-gutter", "text--counterpart"),
    "verdict": ("§", "text--note-gutter", None),
    "note": ("✎", "text--note-gutter", None),
    "linked": ("+", "text--linked-gutter", None),
}


def gutter_mark(
    *, cursor: bool, counterpart: bool = False, judged: bool = False, noted: bool, linked: bool
) -> GutterMark | None:
    """The one mark a paragraph's gutter shows: the first that applies, in this order."""
    marks: tuple[tuple[GutterMark, bool], ...] = (
        ("cursor", cursor),
        ("counterpart", counterpart),
        ("verdict", judged),
        ("note", noted),
        ("linked", linked),
    )
    return next((mark for mark, applies in marks if applies), None)


def component_style(widget: Widget, component: str) -> Style:
    """The style of ``widget``'s component class, to draw over the widget's own.

    Unlike ``get_visual_style(..., partial=True)`` it keeps "reverse" and an opaque
    background, and works out an "auto" colour (``$text-muted``) against the
    widget's real background.
    """
    style = widget.get_visual_style(component, partial=True)
    rules = widget.get_component_styles(component)
    full = widget.get_visual_style(component)
    if rules.has_rule("color"):
        style += Style(foreground=full.foreground)
    if rules.has_rule("background"):  # a partial style loses an opaque background
        style += Style(background=full.background)
    if rules.text_style.reverse:
        style += Style(reverse=True)
    return style


class TextView(ScrollView, can_focus=False):
    """A scroll view of article paragraphs with the comparison's highlights.

    The screen owns the keyboard: the views only draw what they are told.
    """

    @dataclass
    class ParagraphClicked(Message):
        """The reader clicked a paragraph; ``row`` is its row in the aligned view, if any."""

        paragraph: str
        column: int
        row: int | None = None
        offset: int | None = None
        """The character clicked, in the paragraph's text (None: not on its text)."""
        extend: bool = False
        """Shift was held: extend the selection to ``offset``."""

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

    # One meaning per colour (:mod:`tui.palette`): every highlight has its own
    # theme colour and a text style or gutter glyph, so it still shows on a
    # monochrome terminal and to a reader who does not see the colour.
    DEFAULT_CSS = """
    TextView {
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 0;
        overflow-x: hidden;
    }

    /* rows: the current one is the cursor's, a row only one outlet has is cyan */
    TextView > .text--row {
        color: $mark-context;
    }
    TextView > .text--row-unique {
        color: $mark-unshared;
    }
    TextView > .text--row-cursor {
        color: $mark-cursor;
        text-style: bold;
    }
    TextView > .text--separator {
        color: $foreground 15%;
    }
    TextView > .text--placeholder {
        color: $mark-context;
        text-style: italic;
    }

    /* the cursor and its counterparts: a gutter glyph and a background */
    TextView > .text--cursor {
        background: $mark-cursor-background;
    }
    TextView > .text--cursor-gutter {
        color: $mark-cursor;
        text-style: bold;
    }
    TextView > .text--counterpart {
        background: $mark-counterpart-background;
    }
    TextView > .text--counterpart-gutter {
        color: $mark-counterpart;
        text-style: bold;
    }
    TextView > .text--linked-gutter {
        color: $foreground;
        text-style: bold;
    }

    /* paragraph kinds: no hue, the hues are the marks' */
    TextView > .text--title {
        text-style: bold;
    }
    TextView > .text--heading {
        text-style: bold;
    }
    TextView > .text--metadata {
        color: $mark-context;
        text-style: italic;
    }

    /* the group's own clauses stand out, the rest is muted */
    TextView > .text--context {
        color: $mark-context;
    }
    /* words carrying a claim the paragraph's counterparts lack */
    TextView > .text--unshared {
        color: $mark-unshared;
        text-style: italic;
    }
    TextView > .text--number-agree {
        color: $mark-agree;
        text-style: underline;
    }
    TextView > .text--number-compatible {
        color: $mark-compatible;
        text-style: underline italic;
    }
    TextView > .text--number-differ {
        color: $mark-differ;
        text-style: bold reverse;
    }
    TextView > .text--spelling {
        color: $mark-variant;
        text-style: bold underline;
    }
    TextView > .text--match {
        text-style: reverse;
    }
    TextView > .text--match-current {
        color: $mark-cursor;
        text-style: bold reverse underline;
    }

    /* notes and the text cursor */
    TextView > .text--note {
        background: $mark-note-background;
        text-style: underline;
    }
    TextView > .text--note-gutter {
        color: $mark-note;
        text-style: bold;
    }
    TextView > .text--selection {
        text-style: reverse;
    }
    TextView > .text--caret {
        color: $mark-cursor;
        text-style: reverse bold underline;
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
        self.judged: frozenset[str] = frozenset()
        """The paragraphs with a verdict on a claim in them (a gutter marker)."""
        self.highlighter: Highlighter | None = None
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
        self,
        marks: Mapping[str, Sequence[HighlightSpan]],
        noted: frozenset[str],
        judged: frozenset[str] = frozenset(),
    ) -> None:
        """Spans drawn over the highlights (notes, the selection, the text cursor) and
        the paragraphs that carry a note or a verdict (gutter markers)."""
        if (marks, noted, judged) != (self.marks, self.noted, self.judged):
            self.marks, self.noted, self.judged = marks, noted, judged
            self._invalidate()

    def set_highlighter(self, highlighter: Highlighter | None) -> None:
        """The comparison's highlights (None: only search matches and marks)."""
        self.highlighter = highlighter
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

    def spans_of(self, pid: str, group: str | None) -> tuple[HighlightSpan, ...]:
        """Everything drawn over paragraph ``pid`` in the light of ``group``: the
        comparison's highlights, the search matches, then the marks."""
        matches = self.matches.get(pid, ())
        current = self.current_match
        here = (current[1], current[2]) if current and current[0] == pid else None
        if self.highlighter is not None:
            spans = self.highlighter.spans(pid, group, matches=matches, current=here)
        else:
            spans = tuple(
                HighlightSpan(s, e, "match-current" if (s, e) == here else "match")
                for s, e in matches
            )
        return (*spans, *self.marks.get(pid, ()))

    def draw_paragraph(
        self,
        paragraph: Paragraph,
        group: str | None,
        width: int,
        mark: GutterMark | None,
        right: Line,
    ) -> list[Line]:
        """``paragraph``'s drawn lines: the gutter ``mark``, its text wrapped to ``width``
        cells with its highlights in the light of ``group``, then ``right``."""
        line_look = GUTTER_MARKS[mark][2] if mark is not None else None
        lines = self.paragraph_lines(
            paragraph,
            self.spans_of(paragraph.id, group),
            width,
            line_component="text--cursor" if mark == "cursor" else None,
        )
        if mark is None:
            gutter = self.spaces(GUTTER)
        else:
            sign, component, _ = GUTTER_MARKS[mark]
            gutter = self.segments(Content(sign), GUTTER, self.style_of(component))
        style = self.style_of(line_look) if line_look is not None else None
        return [[*gutter, *self.segments(line, width, style), *right] for line in lines]

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

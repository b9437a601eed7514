"""The main text of an HTML page, as blocks with offsets into the HTML source.

trafilatura (the optional ``parallax[web]`` extra) finds the article in the
page and drops navigation, ads and comments.  It does not say where its text
came from, so each block it returns is located again in the page: the page's
visible text is rebuilt with the source offset of every character, and the
block is searched for there (whitespace collapsed on both sides).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser

from tui.core.text import Block, BlockRole, repeat_key

#: Elements whose content is never visible text.
_HIDDEN = frozenset("script style noscript template head svg math iframe object".split())
#: Elements that separate words: their boundaries count as whitespace.
_BREAKING = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th title tr ul".split()
)


@dataclass(frozen=True, slots=True)
class HtmlText:
    """What :func:`split_html` found in a page."""

    blocks: list[Block]
    title: str | None
    """The page's title from its metadata, if any."""
    unlocated: int
    """How many blocks could not be found in the source (their span is empty)."""
    site_name: str | None = None
    """The site's name from the metadata (``og:site_name``; trafilatura falls back
    to the host name), if any."""
    address: str | None = None
    """The page's own address (canonical link, ``og:url``), if it gives one."""
    date: str | None = None
    """The page's publication date (``YYYY-MM-DD``) from its metadata, if any."""


class _VisibleText(HTMLParser):
    """The visible characters of a page, each with its span in the source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._hidden = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, start: int, end: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def _break(self) -> None:
        if not self._hidden:
            offset = self._offset()
            self._add(" ", offset, offset)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._hidden = 0  # a page that never closes <head>
        elif tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BREAKING:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKING:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BREAKING:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        offset = self._offset()
        for i, ch in enumerate(data):
            self._add(ch, offset + i, offset + i + 1)

    def _reference(self, raw_name: str) -> None:
        if self._hidden:
            return
        offset = self._offset()
        end = offset + 1 + len(raw_name)
        if self._source.startswith(";", end):
            end += 1
        self._add(html.unescape(self._source[offset:end]), offset, end)

    def handle_entityref(self, name: str) -> None:
        self._reference(name)

    def handle_charref(self, name: str) -> None:
        self._reference("#" + name)


class _Locator:
    """Finds texts in the visible text of a page, in reading order."""

    def __init__(self, source: str) -> None:
        parser = _VisibleText(source)
        parser.feed(source)
        parser.close()
        chars: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        for ch, start, end in zip(parser.chars, parser.starts, parser.ends, strict=True):
            if ch.isspace():
                if not chars or chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            self._starts.append(start)
            self._ends.append(end)
        self._haystack = "".join(chars)
        self._cursor = 0

    def find(self, text: str, *, move: bool = True) -> tuple[int, int] | None:
        needle = " ".join(text.split())
        if not needle:
            return None
        at = self._haystack.find(needle, self._cursor)
        if at < 0:
            at = self._haystack.find(needle)
        if at < 0:
            return None
        last = at + len(needle) - 1
        if move:
            self._cursor = last + 1
        return self._starts[at], self._ends[last]

    @property
    def position(self) -> int:
        """The source offset just after the last text found."""
        if not self._cursor:
            return 0
        return self._ends[min(self._cursor, len(self._ends)) - 1]


def _text_of(element: ET.Element, *, skip: str | None = None) -> str:
    """The element's text, whitespace collapsed, without ``skip`` children."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != skip:
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _walk(element: ET.Element) -> list[tuple[str, BlockRole]]:
    found: list[tuple[str, BlockRole]] = []
    for child in element:
        if child.tag == "head":
            found.append((_text_of(child), "heading"))
        elif child.tag == "list":
            for item in child:
                found.append((_text_of(item, skip="list"), "text"))
                found.extend(_walk(item))
        elif child.tag in ("table", "graphic"):
            continue
        else:
            found.append((_text_of(child), "text"))
    return [(text, role) for text, role in found if text]


def split_html(source: str) -> HtmlText:
    """The main text of a page as blocks (``trafilatura`` must be installed).

    Raises ``ImportError`` when it is not.
    """
    import trafilatura

    xml = trafilatura.extract(
        source,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not xml:
        return HtmlText([], None, 0)
    try:
        doc = ET.fromstring(xml)
    except ET.ParseError:
        return HtmlText([], None, 0)
    title = _attribute(doc, "title")
    site_name, address, date = _attribute(doc, "sitename"), _attribute(doc, "url"), None
    if (found_date := _attribute(doc, "date")) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found_date):
        date = found_date
    main = doc.find("main")
    found = _walk(main) if main is not None else []

    locator = _Locator(source)
    blocks: list[Block] = []
    unlocated = 0
    if title and not (found and repeat_key(found[0][0]) == repeat_key(title)):
        # trafilatura keeps the headline in the metadata; show it as the title
        # paragraph when the page has it as text before the first block.
        span = locator.find(title, move=False)
        first = locator.find(found[0][0], move=False) if found else None
        if span and (first is None or span[0] < first[0]):
            blocks.append(Block(title, span[0], span[1], "heading"))
            locator.find(title)
    for text, role in found:
        span = locator.find(text)
        if span is None:
            unlocated += 1
            span = (locator.position, locator.position)
        blocks.append(Block(text, span[0], span[1], role))
    return HtmlText(blocks, title, unlocated, site_name, address, date)


def _attribute(doc: ET.Element, name: str) -> str | None:
    """A metadata attribute of trafilatura's document, whitespace collapsed (None: empty)."""
    return " ".join((doc.get(name) or "").split()) or None

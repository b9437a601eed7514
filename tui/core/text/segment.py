"""Cut a decoded document into blocks, then type the blocks as paragraphs.

Splitting depends on the format (plain text here, Markdown here, HTML in
:mod:`tui.core.htmltext`); typing does not.  Every block keeps ``start``/``end``
offsets into the decoded source, so each paragraph can be traced to the file.

Typing uses general heuristics meant for any news article, not just the seeds:

* a line that repeats an earlier one word for word (ignoring case and
  punctuation) is a repeat of the first occurrence: page furniture such as a
  headline shown twice or a photo caption with and without its credit;
* short page furniture is ``metadata``: bylines (name-only lines), dates,
  times and "Updated:"-style labels, lines ending in a colon, credit lines,
  and strings of short verbless fragments ("Terms of use. Privacy policy.");
* a short line without sentence-final punctuation is a ``heading``; a heading
  that comes before any body text is the article's ``title``;
* everything else is ``body``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.core.lexicon.calendar import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from tui.core.lexicon.english import (
    CREDIT_LABELS,
    HEADLINE_FUNCTION_WORDS,
    LINE_ABBREVIATIONS,
    NAME_CONNECTORS,
    TIMESTAMP_WORDS,
    VERBISH,
)
from tui.core.model import Paragraph, ParagraphKind

BlockRole = Literal["line", "heading", "text"]
"""How much the source format says about a block.

``line``: a line of plain text, typed by the heuristics alone.
``heading``: a heading in the markup (Markdown ``#``, HTML ``<h2>``).
``text``: a paragraph, list item or quote in the markup; it may turn out to
be metadata, or the title when it opens the document and reads like one.
"""


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of the source that becomes one paragraph."""

    text: str
    start: int
    end: int
    role: BlockRole = "line"


# --------------------------------------------------------------------------
# Plain text

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: Hard-wrapped prose wraps between these widths; longer lines are not wrapped.
_WRAP_MIN, _WRAP_MAX = 40, 100
#: In wrapped prose, a line shorter than this share of the width ends a paragraph.
_FULL_LINE = 0.6


def _line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line's content, without its line break."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip(_LINE_BREAKS)
        spans.append((pos, pos + len(content)))
        pos += len(line)
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(line: str, following: str) -> bool:
    """Whether a line break falls in the middle of a sentence."""
    if following[:1].islower():
        return True
    if line.endswith((",", ";", "-", "\u2013", "\u2014")):
        return True
    last = line.rsplit(None, 1)[-1].lower()
    return last in HEADLINE_FUNCTION_WORDS


def split_plain(text: str) -> list[Block]:
    """Blocks of a plain-text document.

    Paragraphs are separated by blank lines.  Within a run of non-blank lines
    each line is its own paragraph (scraped articles put one paragraph per
    line), unless the run is hard-wrapped prose: lines of 40 to 100 characters,
    mostly filled to the width, with at least one break inside a sentence.
    Then the filled lines join the line after them.  Offsets exclude the
    surrounding whitespace, so ``text[start:end]`` is the paragraph.
    """
    blocks: list[Block] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if not run:
            return
        lines = [_strip_span(text, s, e) for s, e in run]
        width = max(e - s for s, e in lines)
        full = [e - s >= _FULL_LINE * width for s, e in lines]
        wrapped = (
            len(lines) > 1
            and _WRAP_MIN <= width <= _WRAP_MAX
            and any(
                full[i] and _continues(text[s:e], text[lines[i + 1][0] : lines[i + 1][1]])
                for i, (s, e) in enumerate(lines[:-1])
            )
        )
        first = 0
        for i in range(len(lines)):
            if wrapped and i + 1 < len(lines) and full[i]:
                continue
            start, end = lines[first][0], lines[i][1]
            blocks.append(Block(text[start:end], start, end))
            first = i + 1
        run.clear()

    for start, end in _line_spans(text):
        if text[start:end].strip():
            run.append((start, end))
        else:
            flush()
    flush()
    return blocks


# --------------------------------------------------------------------------
# Markdown

_MD_NEWLINE = re.compile(r"\r\n?|\n")


def _md_line_starts(text: str) -> list[int]:
    """Offset of each line start as markdown-it counts lines, plus ``len(text)``."""
    return [0, *(m.end() for m in _MD_NEWLINE.finditer(text)), len(text)]


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


@dataclass(slots=True)
class _Container:
    """A list item or block quote collecting the text of its paragraphs."""

    first: int
    last: int
    texts: list[str] = field(default_factory=list)
    depth: int = 1


@dataclass(slots=True)
class _MarkdownState:
    """What the Markdown rules share while they walk the token stream."""

    text: str
    starts: list[int]
    """The offset of each line start, as :func:`_md_line_starts` gives."""
    blocks: list[Block] = field(default_factory=list)
    items: list[_Container] = field(default_factory=list)
    """The list items open now, innermost last."""
    quote: _Container | None = None
    """The outermost block quote open now."""
    heading: Token | None = None

    def emit(self, first: int, last: int, texts: Sequence[str], role: BlockRole) -> None:
        """A block of the lines ``first`` to ``last`` with the joined ``texts``."""
        joined = " ".join(t for t in texts if t)
        if joined:
            text, starts = self.text, self.starts
            end = starts[last + 1]
            while end > starts[last] and text[end - 1] in "\r\n":
                end -= 1
            start, end = _strip_span(text, starts[first], end)
            self.blocks.append(Block(joined, start, end, role))

    def flush(self, container: _Container) -> None:
        self.emit(container.first, container.last, container.texts, "text")
        container.texts = []


def _open_quote(state: _MarkdownState, token: Token) -> None:
    if not token.map:
        return
    if state.quote is None:
        state.quote = _Container(token.map[0], token.map[0])
    else:
        state.quote.depth += 1


def _close_quote(state: _MarkdownState, token: Token) -> None:
    quote = state.quote
    if quote is None:
        return
    quote.depth -= 1
    if quote.depth == 0:
        state.flush(quote)
        state.quote = None


def _open_item(state: _MarkdownState, token: Token) -> None:
    if not token.map:
        return
    if state.items and state.quote is None:
        state.flush(state.items[-1])  # the parent item's own text comes before its children
    state.items.append(_Container(token.map[0], token.map[0]))


def _close_item(state: _MarkdownState, token: Token) -> None:
    if not state.items:
        return
    item = state.items.pop()
    if state.quote is None:
        state.flush(item)


def _open_heading(state: _MarkdownState, token: Token) -> None:
    state.heading = token


def _close_heading(state: _MarkdownState, token: Token) -> None:
    state.heading = None


def _inline(state: _MarkdownState, token: Token) -> None:
    """Text: into the open quote or list item, else a heading or text block of its own."""
    if not token.map:
        return
    content = _inline_text(token)
    last = token.map[1] - 1
    target = state.quote if state.quote is not None else (state.items[-1] if state.items else None)
    heading = state.heading
    if target is not None:
        target.last = last
        target.texts.append(content)
    elif heading is not None and heading.map:
        state.emit(heading.map[0], heading.map[1] - 1, [content], "heading")
    else:
        state.emit(token.map[0], last, [content], "text")


#: What each markdown-it token type does to the state; other tokens do nothing.
_MARKDOWN_RULES: dict[str, Callable[[_MarkdownState, Token], None]] = {
    "blockquote_open": _open_quote,
    "blockquote_close": _close_quote,
    "list_item_open": _open_item,
    "list_item_close": _close_item,
    "heading_open": _open_heading,
    "heading_close": _close_heading,
    "inline": _inline,
}


def split_markdown(text: str) -> list[Block]:
    """Blocks of a Markdown document: headings, paragraphs, list items, quotes.

    The block text is plain text (emphasis, links, code marks and images
    removed).  ``start``/``end`` span the block's lines in the source, markup
    included, from ``Token.map``.  A block quote is one block, whatever it
    holds; a list item is one block, and its nested items are blocks of their own.
    """
    state = _MarkdownState(text, _md_line_starts(text))
    for token in MarkdownIt("commonmark").parse(text):
        rule = _MARKDOWN_RULES.get(token.type)
        if rule is not None:
            rule(state, token)
    return state.blocks


# --------------------------------------------------------------------------
# Typing

_CLOSERS = "\"'\u201d\u2019\u00bb)]} "
_WORD = re.compile(r"\w+")
# ``(?<!\w)``: a match starts where a word does (the leftmost match always
# did), so a long word is not tried again from each of its letters, which
# was quadratic (a 25,000-letter token took 3 s).
_SENTENCE_END = re.compile(
    r"(?<!\w)(\w+)[.!?\u2026][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z])"
)
_TIME_OR_DATE = re.compile(
    r"^(\d{1,4}([:./\-]\d{1,4}){0,2}|\d{1,2}(st|nd|rd|th)|[ap]\.?m\.?|\d+[hms])$", re.IGNORECASE
)
#: Words of datelines, timestamps and reading-time notes ("Updated 5 min ago"),
#: besides month and weekday names.

_DATELINE_WORDS = frozenset((*TIMESTAMP_WORDS.split(), *MONTHS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS))
#: Labels that open a credit or caption line ("Photo: Reuters", "Source: AP").


def _fragments(line: str) -> list[str]:
    """The sentences (or sentence-like fragments) of a line."""
    pieces: list[str] = []
    pos = 0
    for m in _SENTENCE_END.finditer(line):
        if m.group(1).lower() in LINE_ABBREVIATIONS or len(m.group(1)) == 1:
            continue
        pieces.append(line[pos : m.end()].strip())
        pos = m.end()
    pieces.append(line[pos:].strip())
    return [p for p in pieces if p]


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith((".", "!", "?", "\u2026"))


def _is_name_token(token: str) -> bool:
    token = token.rstrip(",")
    if len(token) == 2 and token[0].isupper() and token[1] == ".":
        return True  # an initial
    core = token.replace("-", "").replace("'", "").replace("\u2019", "").rstrip(".")
    # Capitalised, with a lower-case letter after the first: "Morrow", "McDonald", not "NATO".
    return len(core) > 1 and core.isalpha() and core[0].isupper() and not core[1:].isupper()


def _is_name_line(line: str) -> bool:
    """A byline: "Adam Morrow", "By Jane Doe and John Roe"."""
    tokens = line.replace(",", " , ").split()
    byline = bool(tokens) and tokens[0].lower() == "by"
    if byline:
        tokens = tokens[1:]
    names = [t for t in tokens if t.lower() not in NAME_CONNECTORS and t != ","]
    if not names or not all(_is_name_token(t) for t in names):
        return False
    return 1 <= len(names) <= 8 if byline else 2 <= len(names) <= 3


def _has_verbish(fragment: str) -> bool:
    for word in fragment.split():
        w = word.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019").lower()
        if w in VERBISH or (len(w) > 4 and word[:1].islower() and w.endswith(("ed", "ing"))):
            return True
    return False


def looks_like_metadata(line: str) -> bool:
    """Page furniture rather than article text: bylines, datelines, credits, footers."""
    line = " ".join(line.split())
    if not any(ch.isalpha() for ch in line):
        return True
    words = line.split()
    plain = [w.strip(".,:;|\u2022\u00b7()[]\u2013\u2014-").lower() for w in words]
    plain = [w for w in plain if w]
    if all(w in _DATELINE_WORDS or _TIME_OR_DATE.match(w) for w in plain):
        return True  # "Updated:", "0:00", "Sept. 13, 2023, 10:15 a.m. ET", "5 min read"
    if line.endswith(":") and len(words) <= 4:
        return True  # a label whose value is missing or on another line
    if line.startswith(("\u00a9", "(c) ")) or "all rights reserved" in line.lower():
        return True
    label, colon, _ = line.partition(":")
    if colon and label.strip().lower() in CREDIT_LABELS and len(words) <= 12:
        return True
    if _is_name_line(line):
        return True
    fragments = _fragments(line)
    return (
        len(fragments) >= 2
        and all(len(_WORD.findall(f)) <= 6 for f in fragments)
        and not any(_has_verbish(f) for f in fragments)
    )


_DATELINE_PREFIX = re.compile(r"^\W*(?:date\s+)?\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}\S*)?\s+")


def dateline_headline(text: str) -> str | None:
    """The headline of a first line that opens with a date ("date 2023-09-10 Quake Toll Rises").

    Scraped articles often carry their date glued to the front of the first
    line; what follows it is the title when it reads like one.
    """
    m = _DATELINE_PREFIX.match(text)
    if not m:
        return None
    rest = text[m.end() :].strip()
    # "(MENAFN- Jordan News Agency)" after the date is a credit, not a headline
    return rest if rest[:1].isalnum() and looks_like_headline(rest) else None


def looks_like_headline(line: str) -> bool:
    """Short, one sentence at most, no sentence-final punctuation, capitalised."""
    line = " ".join(line.split())
    if not line or len(line) > 200 or len(line.split()) > 30:
        return False
    if _ends_sentence(line) or line.endswith((",", ";", ":")):
        return False
    first_alnum = next((ch for ch in line if ch.isalnum()), "")
    if not first_alnum or first_alnum.islower():
        return False
    return len(_fragments(line)) == 1


def repeat_key(text: str) -> tuple[str, ...]:
    """What two paragraphs must share to count as repeats: their words, in order."""
    return tuple(_WORD.findall(text.casefold()))


def _kind_of(block: Block) -> ParagraphKind:
    if block.role == "heading":
        return "heading"
    if looks_like_metadata(block.text):
        return "metadata"
    if block.role == "line" and looks_like_headline(block.text):
        return "heading"
    return "body"


def make_paragraphs(blocks: Iterable[Block], article_id: str) -> tuple[Paragraph, ...]:
    """Type the blocks of one article and number them ``A1``, ``A2``...

    A heading that comes before any body paragraph becomes the ``title`` (so
    does an opening ``text`` block that reads like a headline).  Later blocks
    with the same words as an earlier one get ``repeat_of`` set to the first
    occurrence and share its kind (a repeated title counts as a heading).
    """
    paragraphs: list[Paragraph] = []
    first_of: dict[tuple[str, ...], Paragraph] = {}
    title_seen = body_seen = False
    for index, block in enumerate(blocks):
        pid = f"{article_id}{index + 1}"
        key = repeat_key(block.text)
        original = first_of.get(key) if key else None
        if original is not None:
            kind: ParagraphKind = "heading" if original.kind == "title" else original.kind
            repeat_of: str | None = original.id
        else:
            kind = _kind_of(block)
            repeat_of = None
            opens = not (title_seen or body_seen)
            if opens and (
                kind == "heading"
                or (kind == "body" and block.role == "text" and looks_like_headline(block.text))
            ):
                kind = "title"
                title_seen = True
            body_seen = body_seen or kind == "body"
        paragraph = Paragraph(
            id=pid,
            article=article_id,
            index=index,
            text=block.text,
            start=block.start,
            end=block.end,
            kind=kind,
            repeat_of=repeat_of,
        )
        if key and original is None:
            first_of[key] = paragraph
        paragraphs.append(paragraph)
    return tuple(paragraphs)

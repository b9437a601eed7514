"""Article text as drawn: made printable, and wrapped at word boundaries.

Article text is data.  It is made printable one character for one
(:func:`display_text`), so every offset the engine computed still points at
the same character.  The views measure heights and draw lines with the same
breaks (:func:`wrap_offsets`), so the two always agree.
"""

from __future__ import annotations

from functools import lru_cache

from rich.cells import get_character_cell_size

from tui.core.model import Paragraph
from tui.core.textsafe import printable

# Line and paragraph breaks become spaces, one for one, so offsets stay valid.
_BREAKS = str.maketrans({c: " " for c in "\n\r\t\v\f\x85\u2028\u2029"})


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


def _next_line(text: str, start: int, end: int, cut: int) -> int | None:
    """The start of the line after the one from ``start`` that fits up to ``end``:
    after its last space and the spaces that follow, or at ``cut`` when no space
    is in reach (the word is cut).  None: only spaces are left."""
    space = text.rfind(" ", start, end + 1)
    if space <= start:
        return cut
    n = len(text)
    nxt = space + 1
    while nxt < n and text[nxt] == " ":
        nxt += 1
    return nxt if nxt < n else None


def _wrap_single_cells(text: str, width: int) -> tuple[int, ...]:
    """:func:`wrap_offsets` for text whose every character is one cell wide."""
    offsets: list[int] = []
    start = 0
    while len(text) - start > width:
        nxt = _next_line(text, start, start + width, start + width)
        if nxt is None:
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
        nxt = _next_line(text, start, end, max(end, start + 1))
        if nxt is None:
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

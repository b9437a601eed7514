"""The text cursor: a position in the paragraph under the cursor, and a selection.

``i`` turns it on; the arrows, ctrl+arrows and Home/End then move it, and
with shift held they extend the selection from where it started.  A new
paragraph under the cursor starts it again, off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from tui.core.highlights import Span
from tui.core.marking import word_left, word_right

Motion = Callable[[str, int], int]
"""Where the text cursor goes from an offset in a text (:func:`tui.core.marking.word_right`)."""


def right(text: str, pos: int) -> int:
    return min(len(text), pos + 1)


def left(text: str, pos: int) -> int:
    return max(0, pos - 1)


def home(text: str, pos: int) -> int:
    return 0


def end(text: str, pos: int) -> int:
    return len(text)


@dataclass(frozen=True, slots=True)
class Caret:
    """Where the text cursor is, in the text of paragraph ``paragraph``."""

    paragraph: str | None = None
    pos: int = 0
    """An offset into the paragraph's text."""
    anchor: int | None = None
    """The other end of the selection, if any."""
    active: bool = False

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected span of the paragraph's text, if any."""
        if not self.active or self.anchor is None or self.anchor == self.pos:
            return None
        start, end = sorted((self.anchor, self.pos))
        return start, end

    def off(self) -> Caret:
        """The text cursor turned off (Esc, or ``i`` again)."""
        return replace(self, pos=0, anchor=None, active=False)

    def following(self, paragraph: str | None) -> Caret:
        """The text cursor for ``paragraph`` under the cursor: as it is, or off in a new one."""
        if paragraph == self.paragraph:
            return self
        return Caret(paragraph)

    def placed(self, offset: int, length: int, *, extend: bool = False) -> Caret:
        """On at ``offset`` (clamped to a text ``length`` long); ``extend`` keeps the
        selection's other end, or starts one where the cursor was."""
        if extend and self.active:
            anchor = self.pos if self.anchor is None else self.anchor
        else:
            anchor = None
        return replace(self, pos=max(0, min(length, offset)), anchor=anchor, active=True)

    def moved(self, motion: Motion, text: str, *, extend: bool) -> Caret:
        """Moved by ``motion`` over ``text``; an inactive cursor starts at the beginning."""
        start = self if self.active else replace(self, pos=0, anchor=None, active=True)
        return start.placed(motion(text, start.pos), len(text), extend=extend)

    def without_selection(self) -> Caret:
        return replace(self, anchor=None)

    def spans(self, length: int) -> tuple[Span, ...]:
        """What it draws over a text ``length`` long: the selection, then the cursor."""
        if not self.active:
            return ()
        drawn: list[Span] = []
        if self.selection is not None:
            drawn.append(Span(*self.selection, "selection"))
        if self.pos < length:
            drawn.append(Span(self.pos, self.pos + 1, "caret"))
        return tuple(drawn)


#: The text cursor's motions, by the name the keys give them.
MOTIONS: dict[str, Motion] = {
    "right": right,
    "left": left,
    "home": home,
    "end": end,
    "word_right": word_right,
    "word_left": word_left,
}


class Host(Protocol):
    """What the text cursor needs of the screen."""

    def current_paragraph(self) -> str | None: ...

    def paragraph_text(self, pid: str) -> str: ...

    def caret_moved(self) -> None:
        """Draw the text cursor and the detail line again."""


class TextCursor:
    """The text cursor as the keys and the mouse move it, in the paragraph under the cursor."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.caret = Caret()

    def follow(self) -> bool:
        """A new paragraph under the cursor: the text cursor starts again (True)."""
        following = self.caret.following(self.host.current_paragraph())
        changed = following is not self.caret
        self.caret = following
        return changed

    def place(self, offset: int, *, extend: bool = False) -> None:
        """On at ``offset``; ``extend`` the selection from where the cursor was."""
        pid = self.host.current_paragraph()
        if pid is None:
            return
        length = len(self.host.paragraph_text(pid))
        self.caret = self.caret.placed(offset, length, extend=extend)
        self.host.caret_moved()

    def move(self, motion: Motion, *, extend: bool = False) -> None:
        pid = self.host.current_paragraph()
        if pid is None:
            return
        self.caret = self.caret.moved(motion, self.host.paragraph_text(pid), extend=extend)
        self.host.caret_moved()

    def off(self) -> None:
        self.caret = self.caret.off()
        self.host.caret_moved()

    def toggle(self) -> None:
        """``i``: on at the start of the paragraph, or off."""
        if self.caret.active:
            self.off()
        elif self.host.current_paragraph() is not None:
            self.place(0)

    def drop_selection(self) -> None:
        self.caret = self.caret.without_selection()

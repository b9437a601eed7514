"""The message that crosses from the screen to the app.

Every other message is nested in the widget or screen that posts it; this one
goes up to :class:`~tui.app.ParallaxApp`, which saves the session on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.core.align import Alignment
from tui.core.review import ReviewState
from tui.core.session import Session


@dataclass
class ReviewChanged(Message):
    """The reader changed the review (a mark, a link, a note, a verdict, an undo);
    ``review`` is the new state of the marks and links, ``session`` all of it."""

    review: ReviewState
    session: Session | None = None
    alignment: Alignment | None = None
    """The engine's alignment, which the session is saved against (None: the
    articles are not compared yet, so there is nothing to save it with)."""

"""Messages that cross widgets: the screen listens to them all.

Widget-local events stay nested in their widget's class; these are the ones
that carry the comparison around the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.core.compare import Comparison
from tui.core.review import ReviewState
from tui.core.session import Session


@dataclass
class AnalysisFinished(Message):
    """The worker has compared the articles."""

    comparison: Comparison


@dataclass
class FactsRefreshed(Message):
    """Names and numbers found again after the reader corrected the alignment."""

    comparison: Comparison


@dataclass
class AnalysisFailed(Message):
    """The worker stopped with an error; ``error`` is shown to the reader."""

    error: str


@dataclass
class JumpTo(Message):
    """Move the cursor to a place in an article (from the differences list)."""

    paragraph: str
    start: int = 0
    end: int = 0
    note: str | None = None
    """The id of the note jumped to (from the notes list): the text cursor goes on it."""


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


@dataclass
class ReviewChanged(Message):
    """The reader changed the review (a mark, a link, a note, a verdict, an undo);
    ``review`` is the new state of the marks and links, ``session`` all of it."""

    review: ReviewState
    session: Session | None = None

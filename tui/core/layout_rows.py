"""Rows a reader can follow: each paragraph drawn once per screen, and folds.

A paragraph in several groups is in several rows (:mod:`tui.core.rows`).  When
those rows follow one another, drawing it in each would fill the screen with
the same text.  :func:`place_rows` decides, for every paragraph of every row,
whether the row draws it or only refers to the row that does:

* a paragraph is drawn in the first row that holds it;
* the rows after it that hold it too, up to a screen further down, refer to
  that row ("↑ A5 in G2") in one line, and the drawing row names them
  ("also G3 G4");
* a row a screen or more below draws it again, so a reference never sends
  the reader more than about a screen up.

Without the rows' heights (no screen yet), the rule falls back to runs: a
paragraph is drawn in the first row of each run of consecutive rows holding
it.  Rows, cells and
the cursor stay as they are: a reference is still a place the cursor can be
on, and review marks still act on rows.

:func:`linked_clauses` and :func:`folded_pieces` are the other half: a
group row folded to its linked sentences draws, of each paragraph, only the
clauses the group's links join to another article's, and an ellipsis for
the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.align import Group
from tui.core.model import Paragraph
from tui.core.rows import Row
from tui.core.worddiff import Spans, group_clauses

__all__ = ["Piece", "Placement", "RowHeight", "folded_pieces", "linked_clauses", "place_rows"]


RowHeight = Callable[[int, frozenset[str]], int]
"""The lines row ``r`` takes when it draws the paragraphs given and refers to the
rest, leaving out the lines that name the later rows."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where each paragraph of each row is drawn."""

    homes: Mapping[tuple[int, str], int] = field(default_factory=dict)
    """(row, paragraph) -> the earlier row that draws it, for every reference."""
    also: Mapping[tuple[int, str], tuple[int, ...]] = field(default_factory=dict)
    """(row, paragraph) -> the later rows that refer to it, for every drawn
    paragraph that has them."""

    def home(self, row: int, pid: str) -> int:
        """The row that draws ``pid`` for ``row``: ``row`` itself, or an earlier one."""
        return self.homes.get((row, pid), row)

    def is_drawn(self, row: int, pid: str) -> bool:
        """True if ``row`` draws ``pid`` (False: it only refers to an earlier row)."""
        return (row, pid) not in self.homes

    def also_in(self, row: int, pid: str) -> tuple[int, ...]:
        """The later rows that show ``pid`` only as a reference to ``row``."""
        return self.also.get((row, pid), ())


def place_rows(
    rows: Sequence[Row], *, height: RowHeight | None = None, reach: int | None = None
) -> Placement:
    """Draw each paragraph once per screen; the rows after it that hold it refer to it.

    Without heights, a screen is unknown: a paragraph is drawn in the first row
    of every run of consecutive rows holding it.  With ``height`` (the lines of
    each row, see :data:`RowHeight`) and ``reach`` (the lines on a screen), a
    row refers to the row that drew the paragraph whenever that row's top is
    less than ``reach`` lines above its own, whatever rows stand between, and
    draws it again otherwise, so a reference points at most a screen up (and
    the lines naming later rows between).
    """
    homes: dict[tuple[int, str], int] = {}
    also: dict[tuple[int, str], list[int]] = {}
    last: dict[str, tuple[int, int]] = {}  # paragraph -> (last row holding it, row drawing it)
    tops: list[int] = []
    top = 0
    near = reach is not None and reach > 0 and height is not None
    for r, row in enumerate(rows):
        tops.append(top)
        drawn = []
        for pid in dict.fromkeys(row.paragraphs):
            seen = last.get(pid)
            home = r
            if seen is not None:
                on_screen = near and top - tops[seen[1]] < (reach or 0)
                in_run = not near and seen[0] == r - 1
                if on_screen or in_run:
                    home = seen[1]
                    homes[(r, pid)] = home
                    also.setdefault((home, pid), []).append(r)
            if home == r:
                drawn.append(pid)
            last[pid] = (r, home)
        if height is not None:
            top += height(r, frozenset(drawn))
    return Placement(homes, {key: tuple(rows_) for key, rows_ in also.items()})


def linked_clauses(group: Group, paragraphs: Mapping[str, Paragraph]) -> dict[str, Spans]:
    """For each paragraph of ``group``, the clauses its links join to another
    article's, in order.  A paragraph none of whose clauses is linked (one the
    reader linked by hand, say) keeps its clauses in the group, or the linked
    clauses of the paragraph it repeats
    (:func:`~tui.core.worddiff.group_clauses`)."""
    linked: dict[str, set[tuple[int, int]]] = {}
    for link in group.links:
        for ref in (link.a, link.b):
            linked.setdefault(ref.paragraph, set()).add((ref.start, ref.end))
    clauses = group_clauses(group, paragraphs)
    out: dict[str, Spans] = {}
    for pid, spans in clauses.items():
        repeat_of = paragraphs[pid].repeat_of or ""
        own = linked.get(pid) or linked.get(repeat_of)
        out[pid] = tuple(sorted(own)) if own else spans
    return out


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a paragraph a fold keeps, and whether text was left out around it."""

    start: int
    end: int
    cut_before: bool
    """Text before it is left out (draw an ellipsis first)."""
    cut_after: bool
    """Text after it is left out, up to the next piece or the end."""


def folded_pieces(text: str, clauses: Sequence[tuple[int, int]]) -> tuple[Piece, ...]:
    """The stretches of ``text`` a fold to ``clauses`` keeps: the clauses, in order,
    overlapping or touching ones (only spaces and punctuation apart) joined, with
    where text was left out.  No clause keeps the whole text."""
    n = len(text)
    spans = sorted((max(0, s), min(n, e)) for s, e in clauses if min(n, e) > max(0, s))
    if not spans:
        return (Piece(0, n, False, False),) if n else ()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and _nothing_between(text, merged[-1][1], start):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces = []
    for i, (start, end) in enumerate(merged):
        before = i == 0 and not _nothing_between(text, 0, start)
        if i == 0 and not before:
            start = 0  # only spaces or punctuation before: keep them
        after_end = merged[i + 1][0] if i + 1 < len(merged) else n
        after = not _nothing_between(text, end, after_end)
        if not after and i + 1 == len(merged):
            end = n  # the closing full stop, say
        pieces.append(Piece(start, end, before, after))
    return tuple(pieces)


def _nothing_between(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` has no letter or digit (nothing worth an ellipsis)."""
    return not any(ch.isalnum() for ch in text[start:end])

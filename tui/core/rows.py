"""The rows of the aligned view: one per group, one per paragraph no group holds.

A group row holds, for each article, that article's paragraphs in the group
(in reading order; none when the article does not report it).  Group rows
are ordered by where the group first appears: in article A, then B, and so on.

A paragraph in no group gets a row of its own: ``"unique"`` when it is content
no other article matches, ``"other"`` for the rest (bylines, captions,
repeated lines).  It goes right after the last group row that holds an
earlier paragraph of its article, so each article still reads in order
from top to bottom as far as the groups allow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.align import Alignment, Group
from tui.core.model import Article, Paragraph
from tui.core.review import ItemRef

__all__ = ["Row", "RowKind", "aligned_rows", "article_rows"]

RowKind = Literal["group", "unique", "other", "article"]


@dataclass(frozen=True, slots=True)
class Row:
    """One row across the panes."""

    kind: RowKind
    key: str
    """The group id for a group row, the paragraph id for a single paragraph."""
    cells: tuple[tuple[str, ...], ...]
    """Paragraph ids for each article, in the articles' order."""
    group: Group | None = None

    @property
    def item(self) -> ItemRef | None:
        """What reviewing this row marks: its group, or its unique paragraph."""
        if self.kind == "group":
            return ItemRef.group(self.key)
        if self.kind == "unique":
            return ItemRef.paragraph(self.key)
        return None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(pid for cell in self.cells for pid in cell)


def article_rows(articles: Sequence[Article]) -> tuple[Row, ...]:
    """Before the alignment is known: one row holding every article in reading order."""
    cells = tuple(tuple(p.id for p in a.paragraphs) for a in articles)
    return (Row("article", "", cells),)


def aligned_rows(articles: Sequence[Article], alignment: Alignment) -> tuple[Row, ...]:
    """The rows of the aligned view of ``articles`` (see the module docstring)."""
    where: dict[str, tuple[int, int]] = {
        p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs
    }
    ranked: list[tuple[tuple[int, int], int, Row]] = []
    for gi, group in enumerate(alignment.groups):
        row = _group_row(group, where, len(articles))
        if row is not None:
            first = min(where[p] for p in group.paragraphs if p in where)
            ranked.append((first, gi, row))
    ranked.sort(key=lambda item: (item[0], item[1]))
    group_rows = [row for _, _, row in ranked]

    grouped = {pid for row in group_rows for pid in row.paragraphs}
    unique = set(alignment.unique)
    after: dict[int, list[Row]] = defaultdict(list)  # row position -> rows to put after it
    for ai, article in enumerate(articles):
        earliest = sorted(
            (min(where[p][1] for p in row.cells[ai]), pos)
            for pos, row in enumerate(group_rows)
            if row.cells[ai]
        )
        seen, anchor = 0, -1
        for paragraph in article.paragraphs:
            if paragraph.id in grouped:
                continue
            while seen < len(earliest) and earliest[seen][0] < paragraph.index:
                anchor = max(anchor, earliest[seen][1])
                seen += 1
            after[anchor].append(_single_row(paragraph, ai, len(articles), paragraph.id in unique))

    rows = list(after.get(-1, ()))
    for pos, row in enumerate(group_rows):
        rows.append(row)
        rows.extend(after.get(pos, ()))
    return tuple(rows)


def _group_row(group: Group, where: dict[str, tuple[int, int]], n_articles: int) -> Row | None:
    cells: list[list[str]] = [[] for _ in range(n_articles)]
    for pid in dict.fromkeys(group.paragraphs):
        if pid in where:
            cells[where[pid][0]].append(pid)
    if not any(cells):
        return None
    ordered = tuple(tuple(sorted(cell, key=lambda p: where[p][1])) for cell in cells)
    return Row("group", group.id, ordered, group)


def _single_row(paragraph: Paragraph, article_index: int, n_articles: int, unique: bool) -> Row:
    cells = tuple((paragraph.id,) if i == article_index else () for i in range(n_articles))
    return Row("unique" if unique else "other", paragraph.id, cells)

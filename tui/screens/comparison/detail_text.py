"""The detail line's text: the paragraph under the cursor, its group, and what
each outlet says about its numbers and names.

Pure functions of the screen's state, so they are tested without the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content

from tui.core.align import Alignment
from tui.core.differences import Facts
from tui.core.model import Paragraph, article_of
from tui.core.review import ItemRef, ReviewState
from tui.core.rows import Row
from tui.core.session import Verdict
from tui.screens.comparison.caret import Caret
from tui.screens.comparison.wording import plural
from tui.widgets.wrapping import display_text

Part = str | tuple[str, str]
"""A piece of the heading: text, or text and its style."""


@dataclass(frozen=True, slots=True)
class DetailText:
    """A heading, then a line for each number or spelling of the paragraph."""

    heading: Content
    notes: list[str]


def _where(
    paragraph: Paragraph | None,
    group: str | None,
    also_in: Sequence[str],
    alignment: Alignment,
    review: ReviewState,
    article_ids: Sequence[str],
) -> list[Part]:
    """What the paragraph is part of: its group and who reports it, or that only
    one outlet does, or that it is not compared."""
    pid = paragraph.id if paragraph is not None else None
    if group is not None:
        g = next(x for x in alignment.groups if x.id == group)
        order = {a: i for i, a in enumerate(article_ids)}
        reporting = sorted({article_of(p) for p in g.paragraphs}, key=lambda a: order.get(a, 99))
        parts: list[Part] = [f" · {group}: reported by {' '.join(reporting)}"]
        if also_in:
            parts.append(f" (also in {', '.join(also_in)})")
        if pid is not None and review.is_linked(pid, group):
            parts.append(" · linked by you")
        return parts
    if paragraph is None:
        return []
    if paragraph.id in alignment.unique:
        return [f" · only {article_of(paragraph.id)} reports this"]
    kind = f"repeats {paragraph.repeat_of}" if paragraph.repeat_of else paragraph.kind
    return [f" · {kind}, not compared"]


def _marks(
    item: ItemRef | None, review: ReviewState, verdict: Verdict | None, notes: int
) -> list[Part]:
    """The reader's marks on the item, its verdict, and how many notes the paragraph has."""
    parts: list[Part] = []
    if item is not None and item in review.reviewed:
        parts.append(("  ✓ reviewed", "bold"))
    if item is not None and item in review.flagged:
        parts.append(("  ⚑ flagged", "bold"))
    if verdict is not None:
        parts.append(("  verdict: ", "bold"))
        parts.append(display_text(verdict.label))
    if notes:
        parts.append((f"  ✎ {plural(notes, 'note')}", "bold"))
    return parts


def _caret(caret: Caret) -> list[Part]:
    if not caret.active:
        return []
    if caret.selection is not None:
        start, end = caret.selection
        return [f"  · selected {plural(end - start, 'character')}"]
    return [f"  · text cursor at {caret.pos}"]


def detail_notes(facts: Facts, paragraph: str | None, row: Row | None) -> list[str]:
    """What each outlet says about the numbers and names of ``paragraph`` (of every
    paragraph of ``row`` when the cursor is on none), every one of them: the detail
    line shows what fits and says how many more (``D`` lists them all)."""
    if paragraph is not None:
        notes = facts.notes_of([paragraph])
    elif row is not None:
        notes = facts.notes_of(row.paragraphs)
    else:
        notes = []
    return list(notes)


def detail_text(
    *,
    paragraph: Paragraph | None,
    group: str | None,
    alignment: Alignment | None,
    failed: bool = False,
    also_in: Sequence[str] = (),
    row: Row | None = None,
    review: ReviewState | None = None,
    item: ItemRef | None = None,
    verdict: Verdict | None = None,
    notes: int = 0,
    caret: Caret | None = None,
    article_ids: Sequence[str] = (),
    facts: Facts | None = None,
) -> DetailText:
    """The detail line for the cursor on ``paragraph`` in ``group`` (``also_in``: the
    paragraph's other groups, to name), in ``row`` of the aligned view if any.

    ``alignment`` None: still comparing (``failed``: the comparison stopped).
    ``item`` is what the reader marks and gives a ``verdict``; ``notes`` counts
    the notes on the paragraph; ``article_ids`` orders the outlets named.
    """
    review = review or ReviewState()
    parts: list[Part] = []
    if paragraph is not None:
        parts.append((paragraph.id, "bold"))
    if alignment is None:
        parts.append(" · not aligned" if failed else " · aligning…")
    else:
        parts += _where(paragraph, group, also_in, alignment, review, article_ids)
    parts += _marks(item, review, verdict, notes)
    parts += _caret(caret or Caret())
    pid = paragraph.id if paragraph is not None else None
    return DetailText(Content.assemble(*parts), detail_notes(facts or Facts(), pid, row))

"""Everything highlighted in one paragraph, as styled spans in drawing order.

The screen shows a paragraph in the light of one group (the row it is in, or
the group under the cursor): that group's clauses stand out from the rest of
the paragraph, and the clause words its counterparts lack are marked.  On
top of that come the numbers and spellings of the comparison, and last the
search matches.  A later span is drawn over an earlier one.

The word marking is quiet by default (:func:`~tui.core.worddiff.carries_claim`:
figures, names and rare words); :attr:`Highlighter.quiet` off marks every
word the counterparts lack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.align import Alignment
from tui.core.align.similarity import zipf
from tui.core.differences import Facts, MarkKind
from tui.core.model import Article, Paragraph
from tui.core.worddiff import Spans, carries_claim, group_clauses, unshared_words

__all__ = ["Highlighter", "Span", "SpanKind"]

SpanKind = (
    Literal["context", "clause", "unshared", "match", "match-current", "note", "selection", "caret"]
    | MarkKind
)


@dataclass(frozen=True, slots=True)
class Span:
    """A styled stretch of a paragraph; offsets relative to the paragraph text."""

    start: int
    end: int
    kind: SpanKind


def _quiet(text: str, start: int, end: int) -> bool:
    return carries_claim(text, start, end, zipf=zipf)


class Highlighter:
    """Spans for any paragraph of a comparison; per-group work is done once, on demand."""

    def __init__(self, articles: Sequence[Article], alignment: Alignment, facts: Facts) -> None:
        self.paragraphs: dict[str, Paragraph] = {p.id: p for a in articles for p in a.paragraphs}
        self.groups = {g.id: g for g in alignment.groups}
        self.facts = facts
        self._clauses: dict[str, dict[str, Spans]] = {}
        self._unshared: dict[tuple[str, bool], dict[str, Spans]] = {}
        self.quiet = True
        """Mark only the unshared words a reader acts on (False: every one)."""

    def clauses(self, group_id: str) -> dict[str, Spans]:
        if group_id not in self._clauses:
            group = self.groups.get(group_id)
            self._clauses[group_id] = (
                group_clauses(group, self.paragraphs) if group is not None else {}
            )
        return self._clauses[group_id]

    def unshared(self, group_id: str) -> dict[str, Spans]:
        key = (group_id, self.quiet)
        if key not in self._unshared:
            group = self.groups.get(group_id)
            keep = _quiet if self.quiet else None
            self._unshared[key] = (
                unshared_words(group, self.paragraphs, keep=keep) if group is not None else {}
            )
        return self._unshared[key]

    def spans(
        self,
        paragraph_id: str,
        group_id: str | None = None,
        *,
        matches: Sequence[tuple[int, int]] = (),
        current: tuple[int, int] | None = None,
    ) -> tuple[Span, ...]:
        """The spans of ``paragraph_id`` seen in ``group_id`` (None: no group)."""
        paragraph = self.paragraphs.get(paragraph_id)
        if paragraph is None:
            return ()
        out: list[Span] = []
        clauses = self.clauses(group_id).get(paragraph_id) if group_id else None
        if clauses is not None:
            pos = 0
            for start, end in clauses:
                if start > pos:
                    out.append(Span(pos, start, "context"))
                out.append(Span(start, end, "clause"))
                pos = max(pos, end)
            if pos < len(paragraph.text):
                out.append(Span(pos, len(paragraph.text), "context"))
            out.extend(
                Span(s, e, "unshared")
                for s, e in self.unshared(group_id or "").get(paragraph_id, ())
            )
        out.extend(Span(m.start, m.end, m.kind) for m in self.facts.marks_of(paragraph_id))
        out.extend(
            Span(s, e, "match-current" if (s, e) == current else "match") for s, e in matches
        )
        return tuple(out)

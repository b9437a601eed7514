"""The word diff (``w``): the paragraph under the cursor against its counterparts.

While the panel is open it follows the cursor: each time the cursor comes to
another paragraph (or group) it compares that paragraph with the paragraphs
of the other articles in its group (:func:`~tui.core.inline_diff.word_diff`).
Figures compare by value and names by entity, from the comparison's
numbers and names; those spans are worked out once per comparison.  Moving
within the same paragraph costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from tui.core.align import Alignment
from tui.core.inline_diff import KeySpan, inline_pieces, known_spans, word_diff
from tui.screens.comparison.host import Host as ScreenHost
from tui.widgets.word_diff_panel import Compared, WordDiffPanel

if TYPE_CHECKING:
    from tui.core.compare import Comparison

MAX_COMPARED = 4
"""Counterparts shown at most (a group of a live blog can hold dozens): each costs a
diff and lines to lay out on every move of the cursor."""


class Host(ScreenHost, Protocol):
    """What the word diff needs of the screen."""

    @property
    def found(self) -> Comparison | None:
        """Where the names and numbers come from."""

    @property
    def alignment(self) -> Alignment | None: ...

    @property
    def error(self) -> str | None:
        """Why the comparison failed, if it did."""

    @property
    def word_diff_panel(self) -> WordDiffPanel: ...

    def current_paragraph(self) -> str | None: ...

    def current_group(self) -> str | None: ...

    def paragraph_text(self, pid: str) -> str: ...


class WordDiffing:
    """Opens and closes the word diff panel, and fills it for the cursor."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self._shown: tuple[object, ...] | None = None
        """What the panel shows now: the paragraph, group, comparison and alignment."""
        self._spans: dict[str, tuple[KeySpan, ...]] = {}
        self._spans_of: object = None
        """The comparison ``_spans`` were worked out from."""

    def toggle(self) -> None:
        panel = self.host.word_diff_panel
        panel.display = not panel.display
        self._shown = None
        self.follow()

    def follow(self) -> None:
        """Show the word diff of the paragraph under the cursor, if the panel is open
        and the cursor has come to another paragraph."""
        host = self.host
        panel = host.word_diff_panel
        if not panel.display:
            return
        pid, group = host.current_paragraph(), host.current_group()
        shown = (pid, group, host.found, host.alignment)
        if self._same(shown):
            return  # the same paragraph of the same comparison: drawn already
        self._shown = shown
        title = f"Word diff of {pid}" if pid else "Word diff"
        closing = " · [-only here-] {+only there+} {~spelled~} · w closes"
        if host.found is None or host.alignment is None:
            failed = "The articles could not be compared: no word diff"
            panel.show(title + closing, message=failed if host.error else "Still aligning…")
            return
        if pid is None:
            panel.show(title + closing, message="No paragraph under the cursor in this pane")
            return
        others = self._counterparts(pid, group, host.alignment)
        if not others:
            message = f"{pid} is in no group: no other outlet's paragraph to compare it with"
            panel.show(title + closing, message=message)
            return
        spans = self._known_spans(host.found)
        text = host.paragraph_text(pid)
        compared = []
        if len(others) > MAX_COMPARED:
            closing = f" · {MAX_COMPARED} of {len(others)} counterparts{closing}"
        for other in others[:MAX_COMPARED]:
            other_text = host.paragraph_text(other)
            ops = word_diff(
                text, other_text, a_spans=spans.get(pid, ()), b_spans=spans.get(other, ())
            )
            compared.append(Compared(f"{pid} → {other}", inline_pieces(text, other_text, ops)))
        panel.show(f"{title} in {group}{closing}", compared)

    def _same(self, shown: tuple[object, ...]) -> bool:
        """True if ``shown`` is what the panel shows: the same paragraph and group,
        and the same comparison and alignment objects (not merely equal ones)."""
        old = self._shown
        return (
            old is not None
            and old[:2] == shown[:2]
            and all(a is b for a, b in zip(old[2:], shown[2:], strict=True))
        )

    def _counterparts(self, pid: str, group: str | None, alignment: Alignment) -> list[str]:
        """The paragraphs of other articles in ``group``: the pane to the right first,
        round to the pane on the left, each pane's in reading order."""
        found = next((g for g in alignment.groups if g.id == group), None)
        if found is None:
            return []
        where = self.host.where
        mine, panes = where[pid][0], len(self.host.articles)
        others = [q for q in found.paragraphs if q in where and where[q][0] != mine]
        return sorted(
            dict.fromkeys(others), key=lambda q: ((where[q][0] - mine) % panes, where[q][1])
        )

    def _known_spans(self, found: Comparison) -> dict[str, tuple[KeySpan, ...]]:
        if self._spans_of is not found:
            self._spans = known_spans(
                entities=found.entities,
                word_variants=found.word_variants,
                quantities=found.quantities,
            )
            self._spans_of = found
        return self._spans

"""Moving on: the keys that go to the next thing to look at.

space marks the item under the cursor reviewed and goes on to the next
unreviewed one; ``u`` goes to the next unreviewed item, ``F`` to the next
flagged one, and ``#``, ``s`` and ``O`` to the next difference of one kind
(a number, a spelling, something only one outlet reports).  Each builds a
:class:`~.navigation.Goal` and hands it to the view that is on, so the keys
work the same in the aligned and the reading view.
"""

from __future__ import annotations

from typing import Protocol

from tui.core.differences import DIFFERENCE_KINDS, DifferenceKind
from tui.core.review import ItemRef, ReviewState
from tui.screens.comparison.navigation import AnyView, Goal
from tui.screens.comparison.outline import Outline
from tui.screens.comparison.reviewing import Reviewing

#: What a kind's key says when the comparison has no difference of it.
NO_KIND: dict[DifferenceKind, str] = {
    "number": "No numbers differ",
    "spelling": "Nothing is spelled two ways",
    "unique": "Nothing is reported by one outlet only",
}
ALL_REVIEWED = "Everything is reviewed"


class Host(Protocol):
    """What moving on needs of the screen."""

    @property
    def navigator(self) -> AnyView: ...

    @property
    def outline(self) -> Outline: ...

    @property
    def review(self) -> ReviewState: ...

    @property
    def reviewing(self) -> Reviewing: ...

    def needs_alignment(self) -> bool: ...

    def current_item(self) -> ItemRef | None: ...

    def notify(self, message: str, *, timeout: float | None = None) -> None: ...


class MoveOn:
    """The move-on keys of the comparison screen."""

    def __init__(self, host: Host) -> None:
        self.host = host

    def unreviewed(self) -> Goal:
        reviewed = self.host.review.reviewed
        return Goal(ALL_REVIEWED, wants=lambda item: item not in reviewed)

    def flagged(self) -> Goal:
        flagged = self.host.review.flagged
        return Goal("Nothing is flagged (f flags)", wants=lambda item: item in flagged)

    def of_kind(self, kind: DifferenceKind) -> Goal:
        return Goal(NO_KIND[kind], paragraphs=self.host.outline.facts.places_of(kind))

    def go(self, goal: Goal, delta: int = +1) -> bool:
        """To the next place ``goal`` wants (once the articles are aligned)."""
        return not self.host.needs_alignment() and self.host.navigator.step_to(delta, goal)

    def next_unreviewed(self) -> None:
        self.go(self.unreviewed())

    def next_flagged(self) -> None:
        self.go(self.flagged())

    def next_of_kind(self, kind: str) -> None:
        """To the next difference of ``kind`` (a key of :data:`DIFFERENCE_KINDS`)."""
        for known in DIFFERENCE_KINDS:
            if known == kind:
                self.go(self.of_kind(known))

    def review_and_go_on(self) -> None:
        """space: mark the item reviewed and go on to the next unreviewed one (or
        unmark a reviewed one, and stay)."""
        host = self.host
        before = host.review
        host.reviewing.toggle_reviewed()
        item = host.current_item()
        if item is None or host.review == before or item not in host.review.reviewed:
            return
        host.navigator.step_to(+1, self.unreviewed())  # says so when all are reviewed

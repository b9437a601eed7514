"""The differences list: numbers that differ, spellings, claims one outlet has.

Enter on an entry jumps to its first place; Enter again on the same entry
goes on to its next place.  ``t`` shows one kind of difference at a time and
``a`` the differences of one article (:class:`~tui.core.differences.DifferenceFilter`);
the title says the filter and how many it keeps ("numbers · B · 4 of 17").
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.core.differences import Difference, DifferenceFilter
from tui.keymap import DIFFERENCES_KEYS
from tui.widgets.side_panel import PanelList, SidePanel
from tui.widgets.wrapping import display_text

SECTIONS = (
    ("differ", "Numbers that differ"),
    ("compatible", "Numbers that roughly agree"),
    ("spelling", "Spelled differently"),
    ("unique", "Only one outlet reports"),
)
#: A sign before each entry, so the kind shows without colour too.
SIGNS = {"differ": "≠", "compatible": "≈", "spelling": "Aa", "unique": "◇"}


class DifferencesList(PanelList):
    """The differences list: the list keys, and ``t`` and ``a`` to filter it."""

    BINDINGS = [key.binding() for key in DIFFERENCES_KEYS]

    def action_filter_kind(self) -> None:
        if isinstance(panel := self.parent, DifferencesPanel):
            panel.set_filter(panel.filter.next_kind(panel.differences))

    def action_filter_article(self) -> None:
        if isinstance(panel := self.parent, DifferencesPanel):
            panel.set_filter(panel.filter.next_article(panel.differences))


class DifferencesPanel(SidePanel):
    """A titled list of the comparison's differences."""

    HEADING = "Differences"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.differences: tuple[Difference, ...] = ()
        """Every difference of the comparison, shown or not."""
        self.filter = DifferenceFilter()
        self.shown: tuple[Difference, ...] = ()
        """The differences the filter keeps, listed."""
        self._by_key: dict[str, Difference] = {}
        self._next_place: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static(self.HEADING, id=f"{self.id}-title", classes="panel-title")
        yield DifferencesList(id=f"{self.id}-list")

    def set_filter(self, new: DifferenceFilter) -> None:
        """Show what ``new`` keeps, from the first entry."""
        self.filter = new
        self.option_list.highlighted = None
        self.show(self.differences)

    def show(self, differences: Sequence[Difference] | None) -> None:
        """List ``differences`` (None: the comparison is still running)."""
        if differences is None:
            self.clear()
            self.set_title("Differences (aligning…)")
            return
        self.differences = tuple(differences)
        self.shown = shown = self.filter.apply(self.differences)
        self._by_key = {d.key: d for d in self.differences}
        said = self.filter.describe(len(shown), len(self.differences))
        self.set_title(f"Differences: {said}" if said else f"Differences ({len(shown)})")
        items: list[Option | None] = []
        if not shown and self.differences:
            items.append(Option(Content("Nothing here: t and a change the filter"), disabled=True))
        for section, heading in SECTIONS:
            entries = [d for d in shown if section in (d.kind, d.verdict)]
            if not entries:
                continue
            if items:
                items.append(None)
            items.append(Option(Content(f"{heading} ({len(entries)})"), disabled=True))
            for d in entries:
                sign = SIGNS.get(section, "·")
                prompt = Content.assemble(
                    (f"{sign} ", "bold"), display_text(d.label), "\n", (display_text(d.note), "dim")
                )
                items.append(Option(prompt, id=d.key))
        self.fill(items)

    def chosen(self, key: str) -> None:
        """Jump to the entry's next place."""
        difference = self._by_key.get(key)
        if difference is None or not difference.places:
            return
        i = self._next_place.get(key, 0) % len(difference.places)
        self._next_place[key] = i + 1
        place = difference.places[i]
        self.post_message(self.JumpTo(place.paragraph, place.start, place.end))

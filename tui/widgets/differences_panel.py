"""The differences list: numbers that differ, spellings, claims one outlet has.

Enter on an entry jumps to its first place; Enter again on the same entry
goes on to its next place.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets.option_list import Option

from tui.core.differences import Difference
from tui.widgets.side_panel import SidePanel
from tui.widgets.wrapping import display_text

SECTIONS = (
    ("differ", "Numbers that differ"),
    ("compatible", "Numbers that roughly agree"),
    ("spelling", "Spelled differently"),
    ("unique", "Only one outlet reports"),
)
#: A sign before each entry, so the kind shows without colour too.
SIGNS = {"differ": "≠", "compatible": "≈", "spelling": "Aa", "unique": "◇"}


class DifferencesPanel(SidePanel):
    """A titled list of the comparison's differences."""

    HEADING = "Differences"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.differences: tuple[Difference, ...] = ()
        self._by_key: dict[str, Difference] = {}
        self._next_place: dict[str, int] = {}

    def show(self, differences: Sequence[Difference] | None) -> None:
        """List ``differences`` (None: the comparison is still running)."""
        if differences is None:
            self.clear()
            self.set_title("Differences (aligning…)")
            return
        self.differences = tuple(differences)
        self._by_key = {d.key: d for d in self.differences}
        self.set_title(f"Differences ({len(self.differences)})")
        items: list[Option | None] = []
        for section, heading in SECTIONS:
            entries = [d for d in self.differences if section in (d.kind, d.verdict)]
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

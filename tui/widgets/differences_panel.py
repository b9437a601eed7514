"""The differences list: numbers that differ, spellings, claims one outlet has.

Enter on an entry jumps to its first place; Enter again on the same entry
goes on to its next place.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.differences import Difference
from tui.messages import JumpTo
from tui.widgets.text_view import display_text

SECTIONS = (
    ("differ", "Numbers that differ"),
    ("compatible", "Numbers that roughly agree"),
    ("spelling", "Spelled differently"),
    ("unique", "Only one outlet reports"),
)
#: A sign before each entry, so the kind shows without colour too.
SIGNS = {"differ": "≠", "compatible": "≈", "spelling": "Aa", "unique": "◇"}


class DifferencesPanel(Vertical):
    """A titled list of the comparison's differences."""

    DEFAULT_CSS = """
    DifferencesPanel {
        width: 42;
        height: 1fr;
        border-left: solid $foreground 20%;
    }
    DifferencesPanel > #differences-title {
        padding: 0 1;
        text-style: bold;
        height: 1;
    }
    DifferencesPanel > OptionList, DifferencesPanel > OptionList:focus {
        height: 1fr;
        border: none;
        padding: 0;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.differences: tuple[Difference, ...] = ()
        self._by_key: dict[str, Difference] = {}
        self._next_place: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        yield Static("Differences", id="differences-title")
        yield OptionList(id="differences-list")

    @property
    def option_list(self) -> OptionList:
        return self.query_one(OptionList)

    def show(self, differences: Sequence[Difference] | None) -> None:
        """List ``differences`` (None: the comparison is still running)."""
        options = self.option_list
        highlighted = options.highlighted
        options.clear_options()
        title = self.query_one("#differences-title", Static)
        if differences is None:
            title.update("Differences (aligning…)")
            return
        self.differences = tuple(differences)
        self._by_key = {d.key: d for d in self.differences}
        title.update(f"Differences ({len(self.differences)})")
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
        options.add_options(items)
        if highlighted is not None and highlighted < options.option_count:
            options.highlighted = highlighted
        else:
            first = next((i for i, o in enumerate(items) if o is not None and o.id), None)
            if first is not None:
                options.highlighted = first - sum(1 for o in items[:first] if o is None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option.id
        if key is None or key not in self._by_key:
            return
        difference = self._by_key[key]
        if not difference.places:
            return
        i = self._next_place.get(key, 0) % len(difference.places)
        self._next_place[key] = i + 1
        place = difference.places[i]
        self.post_message(JumpTo(place.paragraph, place.start, place.end))

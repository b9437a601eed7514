"""The base of the lists beside the panes: a title over an option list.

A side panel is hidden until the screen shows it (``display``).  It keeps the
highlighted entry when its list is filled again, and turns the entry the
reader chooses into a :class:`SidePanel.JumpTo` for the screen.  While its
list has the focus, the list owns the keys of :data:`~tui.keymap.LIST_KEYS`
(j/k/↑/↓ move, Enter goes, Esc closes the panel), not the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.keymap import LIST_KEYS


class PanelList(OptionList):
    """The list of a side panel: it has the list keys while it is focused."""

    BINDINGS = [key.binding() for key in LIST_KEYS]

    def action_close(self) -> None:
        """Close the panel the list is in; the keys go back to the screen."""
        panel = self.parent
        if isinstance(panel, SidePanel):
            panel.display = False
        self.screen.set_focus(None)


class SidePanel(Vertical):
    """A titled list beside the panes; subclasses fill it and say where an entry leads."""

    DEFAULT_CSS = """
    SidePanel {
        width: 42;
        height: 1fr;
        border-left: solid $foreground 20%;
        display: none;
    }
    SidePanel:focus-within {
        border-left: solid $accent;
    }
    SidePanel > .panel-title {
        padding: 0 1;
        text-style: bold;
        height: 1;
    }
    SidePanel > OptionList, SidePanel > OptionList:focus {
        height: 1fr;
        border: none;
        padding: 0;
    }
    """

    HEADING = ""
    """The title before the list is filled."""

    @dataclass
    class JumpTo(Message):
        """Move the cursor to a place in an article (an entry was chosen)."""

        paragraph: str
        start: int = 0
        end: int = 0
        note: str | None = None
        """The id of the note jumped to (from the notes list): the text cursor goes on it."""

    def compose(self) -> ComposeResult:
        yield Static(self.HEADING, id=f"{self.id}-title", classes="panel-title")
        yield PanelList(id=f"{self.id}-list")

    @property
    def option_list(self) -> OptionList:
        return self.query_one(OptionList)

    def set_title(self, title: str) -> None:
        self.query_one(".panel-title", Static).update(title)

    def fill(self, items: list[Option | None]) -> None:
        """List ``items`` (None: a separator), keeping the highlighted entry if it is
        still there, else highlighting the first entry that can be chosen."""
        options = self.option_list
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(items)
        if highlighted is not None and highlighted < options.option_count:
            options.highlighted = highlighted
            return
        first = next((i for i, o in enumerate(items) if o is not None and o.id), None)
        if first is not None:
            options.highlighted = first - sum(1 for o in items[:first] if o is None)

    def clear(self) -> None:
        self.option_list.clear_options()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.chosen(event.option.id)

    def chosen(self, key: str) -> None:
        """The reader chose the entry ``key``: post where it leads, if anywhere."""
        raise NotImplementedError

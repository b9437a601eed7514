"""The comparison screen's mode, for the footer: browsing, the text cursor, the
search or a side list (:func:`tui.keymap.footer_mode`).  The footer
(:class:`~tui.widgets.mode_footer.ModeFooter`) shows the mode's keys; it is
told to draw them again when the mode changes, not on every key."""

from __future__ import annotations

from typing import Protocol

from textual.widget import Widget
from textual.widgets import Input, OptionList

from tui.keymap import footer_mode
from tui.screens.comparison.search_state import SearchState


class Host(Protocol):
    """What the mode is read from."""

    @property
    def focused(self) -> Widget | None: ...

    @property
    def search(self) -> SearchState | None: ...

    @property
    def caret_active(self) -> bool: ...

    def refresh_bindings(self) -> None: ...


class Modes:
    """The mode now, and the one the footer shows."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.shown = "browse"

    def now(self) -> str:
        host = self.host
        return footer_mode(
            in_list=isinstance(host.focused, OptionList),
            searching=host.search is not None or isinstance(host.focused, Input),
            text_cursor=host.caret_active,
        )

    def follow(self) -> None:
        """Have the footer show the mode's keys, if the mode has changed."""
        if (mode := self.now()) != self.shown:
            self.shown = mode
            self.host.refresh_bindings()

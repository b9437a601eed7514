"""The footer that follows the mode: the keys of what the reader is doing now.

Textual's :class:`~textual.widgets.Footer` shows every binding marked ``show``,
in the order of the binding chain, and cuts what does not fit.  On a screen
that names its mode (``footer_mode``), this one shows instead the actions
:func:`tui.keymap.footer_actions` lists for the mode, quit and help first so
that no width hides them.  The screen calls ``refresh_bindings()`` when its
mode changes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.keymap import footer_actions


class ModeFooter(Footer):
    """Quit and help, then the current mode's keys."""

    def compose(self) -> ComposeResult:
        mode = getattr(self.screen, "footer_mode", None)
        if not isinstance(mode, str):
            yield from super().compose()
            return
        if not self._bindings_ready:
            return
        by_action: dict[str, ActiveBinding] = {}
        for active in self.screen.active_bindings.values():
            known = by_action.get(active.binding.action)
            # the key the app shows (q) rather than a hidden one (Textual's ctrl+q)
            if known is None or (active.binding.show and not known.binding.show):
                by_action[active.binding.action] = active
        shown = [by_action[a] for a in footer_actions(mode) if a in by_action]
        self.styles.grid_size_columns = len(shown)
        for _, binding, enabled, tooltip in shown:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        palette = self.app.COMMAND_PALETTE_BINDING
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            if (found := self.screen.active_bindings.get(palette)) is not None:
                _, binding, enabled, tooltip = found
                yield FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    classes="-command-palette",
                    disabled=not enabled,
                    tooltip=binding.tooltip or binding.description,
                )

"""The export dialog (ctrl+e): the report in a format, to a path, without quitting.

j/k or the arrows choose the format, tab goes to the path (prefilled beside the
session file, and changed with the format while it is the prefilled one),
Enter exports and Esc cancels.  The dialog refuses a path that is an article
or the session file, and asks (Enter again) before replacing another file.
It is dismissed with an :class:`ExportRequest`, or None; the screen writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.export import (
    FORMATS,
    ExportError,
    check_export_path,
    default_export_path,
    export_format,
)
from tui.screens.dialog_frame import FramedDialog


class _Formats(OptionList):
    """The formats; j and k move too."""

    BINDINGS = [Binding("j", "cursor_down", show=False), Binding("k", "cursor_up", show=False)]


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Write the report in format ``name`` to ``path`` (checked: may be written)."""

    name: str
    path: Path


class ExportDialog(FramedDialog[ExportRequest | None]):
    """Choose the report's format and file."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", priority=True),
        Binding("enter", "export", "Export", priority=True),
    ]

    DEFAULT_CSS = """
    ExportDialog #export-formats {
        height: auto;
        max-height: 6;
    }
    ExportDialog #export-message {
        margin-top: 1;
    }
    """

    def __init__(
        self,
        session_path: Path | None,
        *,
        keep: Sequence[Path | str | None] = (),
        name: str = "markdown",
    ) -> None:
        """``keep``: the files never to write over (the articles, the session file)."""
        super().__init__()
        self.session_path = session_path
        self.keep = tuple(keep)
        self.format_name = export_format(name).name
        self.confirmed: Path | None = None
        """A path the reader agreed to replace (Enter twice)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog-frame"):
            yield Static("Export the report", id="export-title", classes="dialog-title")
            yield _Formats(
                *(Option(f"{fmt.title}  ({fmt.suffix})", id=fmt.name) for fmt in FORMATS),
                id="export-formats",
            )
            yield Label("File")
            yield Input(str(self._default(self.format_name)), id="export-path")
            yield Static("", id="export-message", classes="dialog-message")
            yield Static(
                "j k format · tab the file · Enter export · Esc cancel",
                id="export-help",
                classes="dialog-help",
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        formats = self.query_one(_Formats)
        formats.highlighted = [f.name for f in FORMATS].index(self.format_name)
        formats.focus()

    def _default(self, name: str) -> Path:
        return default_export_path(self.session_path, name)

    @property
    def path_input(self) -> Input:
        return self.query_one("#export-path", Input)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        new = event.option.id
        if new is None or new == self.format_name:
            return
        old, self.format_name = self.format_name, new
        value = self.path_input.value.strip()
        old_suffix, new_suffix = export_format(old).suffix, export_format(new).suffix
        if value == str(self._default(old)):
            self.path_input.value = str(self._default(new))
        elif value.endswith(old_suffix):
            self.path_input.value = value[: -len(old_suffix)] + new_suffix
        self._say("")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_export()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.confirmed = None
        self._say("")

    def _say(self, text: str, kind: str = "") -> None:
        message = self.query_one("#export-message", Static)
        message.update(Content(text))
        message.set_class(kind == "error", "-error")
        message.set_class(kind == "warning", "-warning")

    def chosen_path(self) -> Path | None:
        value = self.path_input.value.strip()
        return Path(value).expanduser().absolute() if value else None

    def action_export(self) -> None:
        path = self.chosen_path()
        if path is None:
            self._say("Give a file name.", "error")
            return
        try:
            exists = check_export_path(path, self.keep)
        except ExportError as exc:
            self._say(str(exc), "error")
            return
        if exists and self.confirmed != path:
            self.confirmed = path
            self._say(f"{path} already exists: Enter again replaces it, Esc cancels.", "warning")
            return
        self.dismiss(ExportRequest(self.format_name, path))

    def action_cancel(self) -> None:
        self.dismiss(None)

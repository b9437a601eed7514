"""The note editor: a modal with the quoted text, the note and its tag.

ctrl+s saves and Esc cancels.  The screen is dismissed with a
:class:`NoteDraft`, or None when cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Input, Label, Static, TextArea

from tui.core.annotations import TAGS
from tui.widgets.wrapping import display_text

QUOTE_LIMIT = 240


def dialog_quote(text: str) -> Content:
    """The quote a dialog is about: shown as text (never markup), cut to ``QUOTE_LIMIT``."""
    quote = display_text(text)
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1] + "…"
    return Content(f"“{quote}”")


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """What the reader typed."""

    body: str
    tag: str


class NoteEditor(ModalScreen[NoteDraft | None]):
    """Add or edit one note."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
    }
    NoteEditor > #note-dialog {
        width: 76;
        height: auto;
        max-height: 90%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    NoteEditor #note-title {
        text-style: bold;
        color: $text-accent;
    }
    NoteEditor #note-quote {
        color: $text-muted;
        text-style: italic;
        max-height: 5;
        margin-bottom: 1;
    }
    NoteEditor #note-body {
        height: 8;
    }
    NoteEditor .note-label {
        margin-top: 1;
    }
    NoteEditor #note-help {
        color: $text-muted;
        margin-top: 1;
    }
    """

    def __init__(self, quote: str, *, title: str, body: str = "", tag: str = "") -> None:
        super().__init__()
        self.quote = quote
        self.title_text = title
        self.body = body
        self.tag = tag

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Static(Content(self.title_text), id="note-title")
            yield Static(dialog_quote(self.quote), id="note-quote")
            yield Label("Your note", classes="note-label")
            yield TextArea(self.body, id="note-body", soft_wrap=True, show_line_numbers=False)
            yield Label(f"Tag: {', '.join(TAGS)}, or your own", classes="note-label")
            yield Input(
                self.tag,
                placeholder="verified · disputed · needs source · …",
                suggester=SuggestFromList(TAGS, case_sensitive=False),
                id="note-tag",
            )
            yield Static("ctrl+s save the note · Esc cancel · tab next field", id="note-help")
        yield Footer(compact=True)  # the dialog's own keys, in place of the screen's

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        body = self.query_one(TextArea).text.strip()
        tag = self.query_one(Input).value.strip()
        if not body and not tag:
            self.notify("Write a note (or a tag) first, or press Esc to cancel", timeout=3)
            return
        self.dismiss(NoteDraft(body, tag))

    def action_cancel(self) -> None:
        self.dismiss(None)

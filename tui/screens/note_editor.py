"""The note editor: a modal with the quoted text, the note and its tag.

ctrl+s saves and Esc cancels.  It takes at most half the screen, at the
bottom, or at the top when the paragraph being annotated is in the bottom
half (:mod:`tui.screens.dialog_place`); its hints are its last line and
stay in view on an 80×24 screen.  The screen is dismissed with a
:class:`NoteDraft`, or None when cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Input, Label, Static, TextArea

from tui.core.annotations import TAGS
from tui.screens.dialog_place import QuoteDialog, dialog_quote


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """What the reader typed."""

    body: str
    tag: str


class NoteEditor(QuoteDialog[NoteDraft | None]):
    """Add or edit one note."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    DEFAULT_CSS = """
    NoteEditor > #note-dialog {
        max-height: 50%;
    }
    NoteEditor #note-body {
        height: 4;
        background: $background;
    }
    NoteEditor #note-tag {
        background: $background;
    }
    NoteEditor #note-tag-row {
        height: 1;
    }
    NoteEditor #note-tag-row > Label {
        width: auto;
        padding-right: 1;
    }
    """

    def __init__(self, quote: str, *, title: str, body: str = "", tag: str = "") -> None:
        super().__init__()
        self.quote = quote
        self.title_text = title
        self.body = body
        self.tag = tag

    def compose(self) -> ComposeResult:
        dialog = Vertical(id="note-dialog", classes="quote-frame")
        dialog.border_title = Content(self.title_text)  # text, never markup
        with dialog:
            yield Static(dialog_quote(self.quote), id="note-quote", classes="dialog-quote")
            yield TextArea(
                self.body,
                id="note-body",
                soft_wrap=True,
                show_line_numbers=False,
                compact=True,
                placeholder="Your note",
            )
            with Horizontal(id="note-tag-row"):
                yield Label("Tag")
                yield Input(
                    self.tag,
                    placeholder=f"{', '.join(TAGS)}, or your own",
                    suggester=SuggestFromList(TAGS, case_sensitive=False),
                    id="note-tag",
                    compact=True,
                )
            yield Static(
                "ctrl+s save · Esc cancel · tab next field", id="note-help", classes="dialog-help"
            )
        yield Footer(compact=True)  # the dialog's own keys, in place of the screen's

    def on_mount(self) -> None:
        self.place()
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

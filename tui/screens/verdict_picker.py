"""The verdict picker: accurate, inaccurate, misleading, unverified, or clear;
with an optional reason.

``V`` opens it on the claim under the text cursor.  j/k or the arrows choose,
1 to 5 choose at once, Enter sets the verdict, tab goes to the reason and Esc
cancels.  Like the note editor it keeps to one half of the screen, away from
the paragraph judged, with its hints in view on an 80×24 screen.  The screen
is dismissed with a :class:`VerdictChoice`, or None.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.claims import VERDICT_TAGS
from tui.screens.dialog_place import QuoteDialog, dialog_quote

CLEAR = "clear"
CHOICES = (*VERDICT_TAGS, CLEAR)


class _Choices(OptionList):
    """The verdicts; j and k move too."""

    BINDINGS = [Binding("j", "cursor_down", show=False), Binding("k", "cursor_up", show=False)]


@dataclass(frozen=True, slots=True)
class VerdictChoice:
    """The verdict chosen (``"clear"``: none) and the reason typed."""

    verdict: str
    reason: str = ""


class VerdictPicker(QuoteDialog[VerdictChoice | None]):
    """Choose a verdict on one claim."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", priority=True),
        *(Binding(str(i), f"choose({i - 1})", show=False) for i in range(1, len(CHOICES) + 1)),
    ]

    DEFAULT_CSS = """
    VerdictPicker > #verdict-dialog {
        max-height: 60%;
    }
    VerdictPicker #verdict-list {
        height: auto;
        max-height: 5;
    }
    VerdictPicker #verdict-reason-row {
        height: 1;
    }
    VerdictPicker #verdict-reason-row > Label {
        width: auto;
        padding-right: 1;
    }
    VerdictPicker #verdict-reason {
        background: $background;
    }
    """

    def __init__(self, quote: str, *, title: str, current: str = "", reason: str = "") -> None:
        super().__init__()
        self.quote = quote
        self.title_text = title
        self.current = current
        self.reason = reason

    def compose(self) -> ComposeResult:
        dialog = Vertical(id="verdict-dialog", classes="quote-frame")
        dialog.border_title = Content(self.title_text)  # text, never markup
        with dialog:
            yield Static(dialog_quote(self.quote), id="verdict-quote", classes="dialog-quote")
            yield _Choices(
                *(
                    Option(f"{i}  {c}" + ("  (now)" if c == self.current else ""), id=c)
                    for i, c in enumerate(CHOICES, 1)
                ),
                id="verdict-list",
                compact=True,
            )
            with Horizontal(id="verdict-reason-row"):
                yield Label("Reason")
                yield Input(
                    self.reason,
                    placeholder="why, and the source (optional)",
                    id="verdict-reason",
                    compact=True,
                )
            yield Static(
                "j k choose · 1–5 or Enter set · tab the reason · Esc cancel",
                id="verdict-help",
                classes="dialog-help",
            )
        yield Footer(compact=True)  # the dialog's own keys, in place of the screen's

    def on_mount(self) -> None:
        self.place()
        options = self.query_one(OptionList)
        options.highlighted = CHOICES.index(self.current) if self.current in CHOICES else 0
        options.focus()

    def action_choose(self, index: int) -> None:
        if self.query_one(Input).has_focus:
            return  # typing a figure in the reason
        self._done(CHOICES[index])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self._done(event.option.id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        highlighted = self.query_one(OptionList).highlighted
        self._done(CHOICES[highlighted if highlighted is not None else 0])

    def _done(self, verdict: str) -> None:
        self.dismiss(VerdictChoice(verdict, self.query_one(Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)

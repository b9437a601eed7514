"""The help screen (``?``): every key of the comparison screen, and what the marks mean."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Static

from tui.keymap import KEYS

EXTRA = (
    ("ctrl+p", "Command palette: every action by name"),
    ("q", "Quit"),
)

#: Highlight kinds shown in the legend, with a sample and what they mean.
LEGEND: tuple[tuple[str, str, str], ...] = (
    ("number-agree", "24", "a number the other places agree on"),
    ("number-compatible", "two dozen", "a number compatible with the others (hedged, rounded)"),
    ("number-differ", "30", "a number that differs from another outlet's"),
    ("spelling", "Kiev", "a name or word spelled another way elsewhere"),
    ("unshared", "launched", "a word the paragraph's counterparts in the group lack"),
    ("context", "context", "text outside the clauses that make the group"),
    ("match", "match", "a search match"),
)
LEGEND_KINDS = tuple(kind for kind, _, _ in LEGEND)

MARKS = (
    ("▌", "the cursor"),
    ("┃", "a counterpart of the paragraph under the cursor (reading view)"),
    ("§", "a paragraph with a verdict on a claim in it (V)"),
    ("✎", "a paragraph with a note"),
    ("+", "a paragraph you linked into the group"),
    ("✓ ⚑", "a reviewed group, a flagged group (in the row's head)"),
    ("not reported", "the article has nothing for this group"),
)


class HelpScreen(ModalScreen[None]):
    """Keys on the left, what they do on the right; then the legend."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close")]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 100;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $border;
        border-title-align: center;
        background: $surface;
        padding: 0 1;
    }
    """

    def __init__(
        self, samples: Mapping[str, Style] | None = None, *, session: str | None = None
    ) -> None:
        """``session``: the session file, as the reader would type it."""
        super().__init__()
        self.samples = dict(samples or {})
        self.session = session

    def compose(self) -> ComposeResult:
        width = max(len(k.shown_keys) for k in KEYS) + 2
        lines: list[Content] = []
        for key in KEYS:
            lines.append(Content.assemble((key.shown_keys.ljust(width), "bold"), key.help))
        for keys, text in EXTRA:
            lines.append(Content.assemble((keys.ljust(width), "bold"), text))
        lines.append(Content(""))
        for kind, sample, text in LEGEND:
            style = self.samples.get(kind)
            sample_part = Content(sample).stylize(style) if style else Content(sample)
            lines.append(Content.assemble(sample_part, " " * (width - len(sample)), text))
        for mark, text in MARKS:
            lines.append(Content.assemble((mark.ljust(width), "bold"), text))
        if self.session is not None:
            lines.extend(session_lines(self.session, width))
        scroll = VerticalScroll()
        scroll.border_title = "Keys and marks"
        with scroll:
            yield Static(Content("\n").join(lines), markup=False, id="help-keys")


def session_lines(session: str, width: int) -> list[Content]:
    """The Session block: where notes, verdicts, marks and the view are saved."""
    return [
        Content(""),
        Content.assemble(("Session".ljust(width), "bold"), session),
        Content.assemble(
            " " * width, "notes, verdicts, marks and where you were (reopening returns there)"
        ),
    ]

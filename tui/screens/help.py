"""The help screen (``?``): what the marks mean, and every key of the comparison screen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Static

from tui.core.model import Article
from tui.keymap import KEYS
from tui.widgets.text_view import TextView
from tui.widgets.wrapping import display_text

EXTRA = (
    ("ctrl+p", "Command palette: every action by name"),
    ("q", "Quit"),
)

#: The legend: a sample drawn with a text view's component class, and what it means.
#: Every mark of the text views is here (one meaning per colour: :mod:`tui.palette`).
LEGEND: tuple[tuple[str, str, str], ...] = (
    ("text--number-differ", "30", "a figure that differs from another outlet's"),
    ("text--number-compatible", "two dozen", "a figure compatible with the others (rounded)"),
    ("text--number-agree", "24", "a figure the other outlets agree on"),
    ("text--spelling", "Kiev", "a name or word spelled another way elsewhere"),
    ("text--unshared", "shipyard", "a figure, name or rare word the counterparts lack"),
    ("text--context", "context", "text outside the claims that make the group"),
    ("text--note", "noted", "text with a note on it"),
    ("text--match", "match", "a search match"),
    ("text--cursor-gutter", "▌", "the cursor's paragraph"),
    ("text--counterpart-gutter", "┃", "a counterpart of the cursor's paragraph"),
    ("text--note-gutter", "✎", "a paragraph with a note"),
    ("text--note-gutter", "§", "a paragraph with a verdict on a claim in it (V)"),
    ("text--linked-gutter", "+", "a paragraph you linked into the group"),
    ("text--row-cursor", "▶ group", "the group under the cursor; ✓ reviewed, ⚑ flagged"),
    ("text--placeholder", "not reported", "the article has nothing for this group"),
)
LEGEND_COMPONENTS = tuple(dict.fromkeys(component for component, _, _ in LEGEND))
LEGEND_TITLE = "Marks  (M: mark every word the counterparts lack, or quietly)"


def legend_samples(view: TextView) -> dict[str, Style]:
    """The styles the legend draws its samples with: ``view``'s own."""
    return {component: view.style_of(component) for component in LEGEND_COMPONENTS}


def legend_lines(samples: Mapping[str, Style], width: int) -> list[Content]:
    """The legend, a line a mark: its sample in its style, then what it means."""
    lines = [Content.styled(LEGEND_TITLE, "bold")]
    for component, sample, text in LEGEND:
        style = samples.get(component)
        part = Content(sample).stylize(style) if style else Content(sample)
        lines.append(Content.assemble(part, " " * (width - len(sample)), text))
    return lines


class HelpScreen(ModalScreen[None]):
    """The legend of the marks first (it fits on an 80×24 screen), then every key."""

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
    HelpScreen #help-legend {
        margin-bottom: 1;
    }
    """

    def __init__(
        self,
        samples: Mapping[str, Style] | None = None,
        articles: Sequence[Article] = (),
        *,
        session: str | None = None,
    ) -> None:
        """``session``: the session file, as the reader would type it."""
        super().__init__()
        self.samples = dict(samples or {})
        self.articles = tuple(articles)
        self.session = session

    def compose(self) -> ComposeResult:
        width = max(len(k.shown_keys) for k in KEYS) + 2
        lines: list[Content] = [Content.styled("Keys", "bold")]
        for key in KEYS:
            lines.append(Content.assemble((key.shown_keys.ljust(width), "bold"), key.help))
        for keys, text in EXTRA:
            lines.append(Content.assemble((keys.ljust(width), "bold"), text))
        lines.extend(article_lines(self.articles))
        if self.session is not None:
            lines.extend(session_lines(self.session, width))
        legend_width = max(len(sample) for _, sample, _ in LEGEND) + 2
        scroll = VerticalScroll()
        scroll.border_title = "Keys and marks"
        with scroll:
            yield Static(
                Content("\n").join(legend_lines(self.samples, legend_width)),
                markup=False,
                id="help-legend",
            )
            yield Static(Content("\n").join(lines), markup=False, id="help-keys")


def article_lines(articles: Sequence[Article]) -> list[Content]:
    """The "Articles" section: each article's id, label, date and where it was loaded from.

    Labels and paths are data: shown as text, never read as markup.
    """
    if not articles:
        return []
    lines = [Content(""), Content.assemble(("Articles", "bold"))]
    for article in articles:
        dated = f"  {article.date}" if article.date else ""
        lines.append(
            Content.assemble(
                (f"{article.id}  ", "bold"), display_text(article.label), (dated, "dim")
            )
        )
        lines.append(Content.assemble("   ", (display_text(article.source), "dim")))
    return lines


def session_lines(session: str, width: int) -> list[Content]:
    """The Session block: where notes, verdicts, marks and the view are saved."""
    return [
        Content(""),
        Content.assemble(("Session".ljust(width), "bold"), session),
        Content.assemble(
            " " * width, "notes, verdicts, marks and where you were (reopening returns there)"
        ),
    ]

"""One meaning per colour, readable in both themes.

The contrast is computed on the colours the text views really draw: each
component class resolved by the widget (theme variables -> ``Color``), over
every background a paragraph's text can have.
"""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.style import Style

from tests.tui.conftest import analysed, build_story_app
from tui.palette import MEANINGS, contrast_ratio, relative_luminance, theme_variables
from tui.widgets.aligned_grid import AlignedGrid
from tui.widgets.text_view import KIND_COMPONENTS, SPAN_COMPONENTS, TextView

#: Text drawn over a paragraph's lines (the highlights and the paragraph kinds).
TEXT = (
    *(c for k, c in SPAN_COMPONENTS.items() if k not in {"note", "selection", "clause"}),
    *set(KIND_COMPONENTS.values()),
)
#: Backgrounds a paragraph's text sits on: plain, the cursor's, a counterpart's, a note's.
LINES: tuple[tuple[str, ...], ...] = (
    (),
    ("text--cursor",),
    ("text--counterpart",),
    ("text--note",),
    ("text--cursor", "text--note"),
)
#: Marks drawn on the plain background: gutter glyphs and row heads.
GUTTERS = (
    "text--cursor-gutter",
    "text--counterpart-gutter",
    "text--note-gutter",
    "text--linked-gutter",
    "text--row",
    "text--row-unique",
    "text--row-cursor",
    "text--placeholder",
)

#: The meanings of the issue, and the component classes that show them.
MEANING_COMPONENTS = {
    "differ": "text--number-differ",
    "compatible": "text--number-compatible",
    "agree": "text--number-agree",
    "variant": "text--spelling",
    "unshared": "text--unshared",
    "note": "text--note-gutter",
    "cursor": "text--cursor-gutter",
    "counterpart": "text--counterpart-gutter",
}


def drawn(view: TextView, *components: str) -> tuple[Color, Color]:
    """The text and background colours of the view's text under ``components``."""
    style: Style = view.base_style
    for component in components:
        style = style + view.style_of(component)
    foreground, background = style.foreground, style.background
    assert foreground is not None and background is not None
    assert background.a == 1, f"{components}: a see-through background"
    if foreground.a < 1:
        foreground = background + foreground
    if style.reverse:
        foreground, background = background, foreground
    return foreground, background


def test_contrast_ratio_matches_wcag() -> None:
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    assert contrast_ratio(black, white) == pytest.approx(21)
    assert contrast_ratio(white, white) == pytest.approx(1)
    assert relative_luminance(Color.parse("#777777")) == pytest.approx(0.1845, abs=1e-3)


def test_each_meaning_has_its_own_colour_in_each_theme() -> None:
    for dark in (True, False):
        colours = [theme_variables(dark=dark)[m.variable] for m in MEANINGS.values()]
        assert len(set(colours)) == len(colours)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_every_mark_reaches_wcag_aa_contrast(theme: str) -> None:
    app = build_story_app(theme=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        view = app.screen.query_one(AlignedGrid)
        low: list[str] = []
        for line in LINES:
            for text in ("", *TEXT):
                fg, bg = drawn(view, *line, *((text,) if text else ()))
                if (ratio := contrast_ratio(fg, bg)) < 4.5:
                    low.append(f"{text or 'plain text'} on {line or 'background'}: {ratio:.2f}")
        for gutter in GUTTERS:
            fg, bg = drawn(view, gutter)
            if (ratio := contrast_ratio(fg, bg)) < 4.5:
                low.append(f"{gutter}: {ratio:.2f}")
        assert not low, low


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_meanings_titles_and_the_group_header_do_not_share_a_colour(theme: str) -> None:
    app = build_story_app(theme=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        view = app.screen.query_one(AlignedGrid)
        meaning = {name: drawn(view, c)[0] for name, c in MEANING_COMPONENTS.items()}
        # the differing figure is reversed: its hue is its background
        meaning["differ"] = drawn(view, "text--number-differ")[1]
        assert len(set(meaning.values())) == len(meaning), meaning
        title = drawn(view, "text--title")[0]
        header = drawn(view, "text--row-cursor")[0]
        for name in ("differ", "compatible", "agree", "variant"):
            assert meaning[name] not in {title, header}, name
        # the note's and the cursor's backgrounds differ from each other
        assert drawn(view, "text--note")[1] != drawn(view, "text--cursor")[1]

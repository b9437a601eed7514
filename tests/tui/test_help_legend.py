"""The help screen's legend: every mark, on one 80×24 screen."""

from __future__ import annotations

from tests.tui.conftest import analysed, build_story_app
from tui.screens.help import LEGEND, HelpScreen
from tui.widgets.text_view import GUTTER_MARKS, SPAN_COMPONENTS


def test_the_legend_names_every_mark_the_views_draw() -> None:
    components = {component for component, _, _ in LEGEND}
    drawn = set(SPAN_COMPONENTS.values()) - {"text--clause", "text--selection", "text--caret"}
    drawn.discard("text--match-current")  # the current match: the search says it
    assert drawn <= components
    samples = {sample for _, sample, _ in LEGEND}
    assert {sign for sign, _, _ in GUTTER_MARKS.values()} <= samples  # ▌ ┃ § ✎ +


async def test_the_legend_fits_on_an_80x24_screen() -> None:
    app = build_story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        legend = app.screen.query_one("#help-legend")
        scroll = legend.parent
        assert scroll is not None
        visible = scroll.scrollable_content_region  # type: ignore[attr-defined]
        lines = str(legend.render()).splitlines()
        assert len(lines) == len(LEGEND) + 1 and legend.region.height == len(lines)
        # the last entry is on screen without scrolling, and drawn whole
        assert legend.region.bottom <= visible.bottom and visible.bottom <= 24
        assert legend.region.right <= visible.right
        assert lines[-1].strip().endswith(LEGEND[-1][2])

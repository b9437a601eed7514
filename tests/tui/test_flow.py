"""Moving on, the differences filter, the word diff and the narrow-screen overlay.

The story's aligned rows are: G1 (A1 B1), G2 (A2 B2 C1), C2, G3 (A3 B3), A4, B4.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import Static

from tests.story import story_articles
from tests.tui.conftest import SIZE, analysed, build_app, build_story_app, settled
from tests.tui.test_keys import said, where
from tui.core.compare import Comparison
from tui.core.model import Article
from tui.core.review import ItemRef
from tui.screens.comparison import ComparisonScreen
from tui.widgets.differences_panel import DifferencesPanel
from tui.widgets.word_diff_panel import DiffBody


async def test_space_marks_reviewed_and_goes_on_to_the_next_unreviewed() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("space")
        assert screen.review.reviewed == {ItemRef.group("G1")}
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("space")  # G2; on to C2's row, the pane that has it
        assert where(screen) == ("C2", 2, "C2")
        await pilot.press("home", "space")  # G1 again: unmarked, the cursor stays
        assert where(screen)[0] == "G1"
        assert screen.review.reviewed == {ItemRef.group("G2")}
        await pilot.press("space", "space", "space", "space", "space")  # G1 C2 G3 A4 B4
        assert len(screen.review.reviewed) == 6
        assert said(app)[-1] == "Everything is reviewed"
        assert where(screen)[0] == "B4"  # the last one marked: nowhere else to go
        await pilot.press("u")
        assert said(app)[-1] == "Everything is reviewed"


async def test_u_and_shift_f_go_to_the_next_unreviewed_and_flagged() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("F")
        assert said(app)[-1].startswith("Nothing is flagged")
        await pilot.press("j", "j", "j", "f", "home")  # flag G3
        await pilot.press("F")
        assert where(screen) == ("G3", 0, "A3")
        await pilot.press("F")  # the only one: round to it again
        assert said(app)[-1] == "Wrapped around" and where(screen)[0] == "G3"
        await pilot.press("home", "space", "space")  # G1, G2 reviewed; at C2
        await pilot.press("home", "u")
        assert where(screen)[0] == "C2"
        # the reading view: the next paragraph of the pane whose item is unreviewed
        await pilot.press("v", "left", "left", "home", "u")
        assert screen.current_paragraph() == "A3" and screen.current_group() == "G3"


async def test_hash_s_and_shift_o_go_to_the_next_difference_of_a_kind() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("number_sign")  # 24 / 30 / two dozen homes
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("number_sign")  # each place, as n goes: B's 30
        assert where(screen) == ("G2", 1, "B2")
        await pilot.press("number_sign", "number_sign")  # C's; about 40 / Forty rescuers
        assert where(screen) == ("G3", 0, "A3")
        await pilot.press("home", "s")  # Zelenska / Zelenskaya
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("O")  # only C reports C2
        assert where(screen) == ("C2", 2, "C2")
        await pilot.press("O")
        assert where(screen) == ("A4", 0, "A4")
        await pilot.press("v", "home", "O")  # reading view: in the current pane, A
        assert screen.current_paragraph() == "A4"
        await pilot.press("number_sign")
        assert said(app)[-1] == "Wrapped around" and screen.current_paragraph() == "A2"


def title(panel: DifferencesPanel) -> str:
    return str(panel.query_one(".panel-title", Static).render())


def listed(screen: ComparisonScreen) -> list[str]:
    options = screen.differences_panel.option_list
    return [
        o.id for o in (options.get_option_at_index(i) for i in range(options.option_count)) if o.id
    ]


async def test_t_and_a_filter_the_differences_list_by_kind_and_article() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        panel = screen.differences_panel
        await pilot.press("d")
        assert len(listed(screen)) == 8
        await pilot.press("t")  # numbers
        assert listed(screen) == ["number:N1", "number:N3"]
        assert title(panel) == "Differences: numbers · 2 of 8"
        await pilot.press("a", "a", "a")  # A, B, C
        assert listed(screen) == ["number:N1"]
        assert title(panel) == "Differences: numbers · C · 1 of 8"
        await pilot.press("enter")  # the list still goes where an entry says
        assert screen.current_paragraph() == "A2"
        await pilot.press("t", "t")  # only here, in C
        assert listed(screen) == ["unique:C2"]
        await pilot.press("t", "a")  # every kind, every article
        assert len(listed(screen)) == 8 and title(panel) == "Differences (8)"
        await pilot.press("a")  # the list's a, not the screen's (a note)
        assert panel.filter.article == "A" and app.screen is screen


def diff_text(screen: ComparisonScreen) -> str:
    return str(screen.word_diff_panel.query_one(DiffBody).content)


async def test_w_shows_the_word_diff_of_the_cursor_paragraph_and_follows_it() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        panel = screen.word_diff_panel
        await pilot.press("w")
        await pilot.pause()
        assert panel.display
        assert "A1 → B1" in diff_text(screen)
        drawn = panel.query_one(DiffBody).render_line(0).text
        assert drawn.startswith("A1 → B1")  # drawn once the panel has its size
        await pilot.press("j", "j", "j")  # G3: A3 against B3
        shown = diff_text(screen)
        assert shown.startswith("A3 → B3\n[-About-] {~40→Forty~} rescuers from {~Kiev→Kyiv~}")
        await pilot.press("k", "k")  # G2: A2 against B2 and C1
        shown = diff_text(screen)
        assert "A2 → B2" in shown and "A2 → C1" in shown
        assert "{~24→two dozen~}" in shown  # the numbers engine's "two dozen" is 24
        await pilot.press("l")  # B2: the pane to the right first, then round to A
        shown = diff_text(screen)
        assert shown.index("B2 → C1") < shown.index("B2 → A2")
        await pilot.press("h")
        await pilot.press("j")  # C2's row, in pane A: no paragraph
        assert diff_text(screen) == "No paragraph under the cursor in this pane"
        await pilot.press("l", "l")  # C2: only C has it
        assert diff_text(screen).startswith("C2 is in no group")
        await pilot.press("v", "k")  # the reading view: C1 against A2 and B2
        assert diff_text(screen).startswith("C1 → A2")
        await pilot.press("w")
        assert not panel.display


async def test_below_120_columns_the_lists_open_over_the_panes() -> None:
    app = build_story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await analysed(pilot)
        panes = screen.query_one("#panes")
        assert panes.size.width == 100
        await pilot.press("d")
        await pilot.pause()
        panel = screen.differences_panel
        assert panel.display and panel.region.x > 0 and panel.region.width > 0
        assert panes.size.width == 100  # not squeezed: the list lies over them
        tall = screen.grid.size.height
        await pilot.press("escape", "w")
        await pilot.pause()
        assert screen.word_diff_panel.region.bottom == panes.region.bottom
        assert screen.grid.size.height == tall  # the word diff lies over the rows too
        await pilot.resize_terminal(140, 30)  # wide: beside and below, as before
        await pilot.pause()
        assert screen.grid.size.height < tall
        await pilot.press("d")
        await pilot.pause()
        assert panes.size.width == 140 - panel.outer_size.width


async def test_a_long_word_diff_scrolls() -> None:
    app = build_story_app()
    async with app.run_test(size=(60, 30)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "w")  # A2 against B2 and C1: more lines than fit
        await pilot.pause()
        body = screen.word_diff_panel.query_one(DiffBody)
        height = body.scrollable_content_region.height
        assert body.virtual_size.height > height and body.max_scroll_y > 0
        body.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        last = body.render_line(height - 1).text.strip()
        assert last and last in str(body.content)  # the end of the diff is drawn
        await pilot.press("k")  # a new diff starts from the top
        assert body.scroll_offset.y == 0


async def test_the_word_diff_says_so_when_the_comparison_failed() -> None:
    def broken(articles: Sequence[Article]) -> Comparison:
        raise RuntimeError("no luck")

    app = build_app(story_articles(), analyse=broken)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        assert screen.error is not None
        await pilot.press("w")
        assert diff_text(screen) == "The articles could not be compared: no word diff"
        await pilot.press("u")  # needs the alignment: says so, moves nowhere
        assert screen.current_paragraph() == "A1"

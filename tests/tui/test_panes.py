"""Panes: show and hide articles, reorder them, pin one at the left (``p``)."""

from __future__ import annotations

from tests.bench.synthetic import make_articles
from tests.tui.conftest import analysed, build_app, build_story_app
from tui.screens.comparison import ComparisonScreen
from tui.screens.pane_chooser import PaneChooser
from tui.widgets.pane_headers import PaneHeaders
from tui.widgets.pane_window import PaneWindow
from tui.widgets.reading_pane import ReadingPane


def test_the_window_scrolls_over_the_visible_panes_with_the_pinned_one_kept() -> None:
    window = PaneWindow().choose([5, 2, 9, 0, 7], pinned=9)
    assert window.visible(12) == (9, 5, 2, 0, 7)
    fitted = window.fit(3 * 30, 12, column=7)  # three panes fit: the pinned and two more
    assert fitted.columns(12) == (9, 0, 7)
    assert fitted.hidden(12) == (2, 0)
    assert fitted.slot(7, 12) == 2 and fitted.slot(5, 12) is None
    assert fitted.fit(90, 12, column=5).columns(12) == (9, 5, 2)
    assert window.neighbour(5, +1, 12) == 2
    assert window.neighbour(7, +1, 12) is None
    assert window.neighbour(7, +1, 12, wrap=True) == 9
    assert window.neighbour(4, +1, 12) == 9  # from a hidden pane: the first visible one
    # a jump into a hidden pane shows it again, at the end
    assert window.fit(6 * 30, 12, column=3).columns(12) == (9, 5, 2, 0, 7, 3)
    # too narrow for two: the pinned pane gives way to the cursor's
    assert window.fit(40, 12, column=2).columns(12) == (2,)


def test_an_unknown_or_empty_order_shows_every_article() -> None:
    assert PaneWindow(order=(), widths=(30,) * 3).columns(3) == (0, 1, 2)
    assert PaneWindow(order=(1, 7, 1), widths=(30,) * 3).columns(3) == (1,)


def _ids(screen: ComparisonScreen) -> list[str]:
    line = screen.query_one(PaneHeaders).render_line(0).text
    return [w for w in line.split() if len(w) == 1 and w.isalpha()]


async def test_twelve_articles_the_reader_picks_six_and_pins_one() -> None:
    app = build_app(make_articles(12, 8))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("p")
        chooser = app.screen
        assert isinstance(chooser, PaneChooser)
        # hide B, D, F, H, J, L: space on every other article
        await pilot.press("j", "space", "j", "j", "space", "j", "j", "space")
        await pilot.press("j", "j", "space", "j", "j", "space", "j", "j", "space")
        # E to the top of the list and pinned at the left
        await pilot.press("home", "j", "j", "j", "j", "K", "K", "b", "enter")
        assert app.screen is screen
        count = len(screen.articles)
        assert screen.window.visible(count) == (4, 0, 2, 6, 8, 10)
        assert screen.window.pinned == 4
        assert screen.window.columns(count) == (4, 0, 2, 6, 8, 10)  # six fit at 160
        assert _ids(screen) == ["E", "A", "C", "G", "I", "K"]
        grid_ids = [screen.articles[ai].id for ai in screen.grid.visible_columns]
        assert grid_ids == ["E", "A", "C", "G", "I", "K"]
        assert screen.column == 0
        await pilot.press("tab")  # panes step in the chosen order, past hidden B
        assert screen.column == 2
        await pilot.press("left", "left")  # A, then the pinned E at the left
        assert screen.column == 4
        await pilot.press("left", "right", "right", "right")
        assert screen.column == 6
        await pilot.press("v")  # the reading view shows the same panes, in that order
        await pilot.pause()
        shown = [p.column for p in screen.reading_panes if p.display]
        assert shown == [4, 0, 2, 6, 8, 10]
        ordered = [p.column for p in screen.query(ReadingPane) if p.display]
        assert ordered == [4, 0, 2, 6, 8, 10]


async def test_hiding_the_cursors_pane_moves_the_cursor_and_one_pane_stays() -> None:
    app = build_story_app()
    async with app.run_test(size=(140, 36)) as pilot:
        screen = await analysed(pilot)
        assert screen.column == 0
        await pilot.press("p", "space", "enter")  # hide A
        assert screen.window.visible(3) == (1, 2)
        assert screen.column == 1
        await pilot.press("p", "space", "j", "space")  # hide B and C: C is refused
        chooser = app.screen
        assert isinstance(chooser, PaneChooser)
        assert "At least one article stays visible" in str(
            chooser.query_one("#panes-message").render()
        )
        await pilot.press("escape")  # cancel: nothing changes
        assert screen.window.visible(3) == (1, 2)


async def test_a_search_match_in_a_hidden_pane_shows_that_pane_again() -> None:
    app = build_story_app()
    async with app.run_test(size=(140, 36)) as pilot:
        screen = await analysed(pilot)
        await pilot.press("p", "j", "space", "enter")  # hide B
        assert screen.window.visible(3) == (0, 2)
        await pilot.press("slash", "ctrl+t", *"Zelenskaya", "enter")  # only B spells it so
        assert screen.column == 1
        assert 1 in screen.window.columns(3)

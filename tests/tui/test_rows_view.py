"""Rows a reader can follow: the cursor on a reference, and folding a tall row (z)."""

from __future__ import annotations

from tests.tui.conftest import SIZE, analysed, build_app
from tui.core.review import ItemRef
from tui.screens.comparison import ComparisonScreen
from tui.screens.comparison.navigation import AlignedView
from tui.widgets.aligned_grid import GridCursor


def aligned(screen: ComparisonScreen) -> AlignedView:
    view = screen.views["aligned"]
    assert isinstance(view, AlignedView)
    return view


def first_reference(screen: ComparisonScreen) -> tuple[int, int, int]:
    """(row, article, paragraph in the cell) of the first paragraph a row only refers to."""
    placement = screen.grid.placement
    return next(
        (r, ai, k)
        for r, row in enumerate(screen.rows)
        for ai, cell in enumerate(row.cells)
        for k, pid in enumerate(cell)
        if not placement.is_drawn(r, pid)
    )


def tallest_group(screen: ComparisonScreen) -> int:
    grid = screen.grid
    groups = [r for r, row in enumerate(screen.rows) if row.kind == "group"]
    return max(groups, key=grid.row_height)


async def test_the_cursor_lands_on_a_reference_and_names_its_paragraph() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        r, ai, k = first_reference(screen)
        pid = screen.rows[r].cells[ai][k]
        home = screen.grid.placement.home(r, pid)
        aligned(screen).move(r, ai, k)
        await pilot.pause()
        assert screen.cursor == GridCursor(r, ai, k)
        assert screen.current_paragraph() == pid
        assert screen.current_group() == screen.rows[r].key
        top, height = screen.grid.entry_region(r, ai, k)
        assert height == 1
        line = screen.grid.render_grid_line(top).text
        assert f"↑ {pid} in {screen.rows[home].key}" in line
        detail = str(screen.query_one("#detail").render())
        assert pid in detail and f"{screen.rows[r].key}:" in detail
        # marks act on the row's group, as anywhere else in the row
        await pilot.press("space")
        assert ItemRef.group(screen.rows[r].key) in screen.review.reviewed
        # the next paragraph down is the next entry of the cell, or the next row
        await pilot.press("j")
        assert screen.cursor != GridCursor(r, ai, k)


async def test_a_jump_to_a_referred_paragraph_goes_where_it_is_drawn() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        r, ai, k = first_reference(screen)
        pid = screen.rows[r].cells[ai][k]
        aligned(screen).move(r, ai, k)
        screen.jump(pid)
        await pilot.pause()
        assert screen.current_paragraph() == pid
        assert screen.grid.placement.is_drawn(screen.cursor.row, pid)
        assert screen.cursor.row == screen.grid.placement.home(r, pid)


async def test_z_folds_a_tall_row_to_its_linked_sentences_and_unfolds_it() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        grid = screen.grid
        r = tallest_group(screen)
        key = screen.rows[r].key
        aligned(screen).move(r, 0, 0)
        await pilot.pause()
        tall = grid.row_height(r)
        top = grid.row_region(r)[0]
        assert tall > grid.scrollable_content_region.height
        assert "z folds" in grid.render_grid_line(top).text
        await pilot.press("z")
        assert grid.folded == {key}
        folded = grid.row_height(r)
        assert folded < tall
        head = grid.render_grid_line(grid.row_region(r)[0]).text
        assert "folded" in head and "z folds" not in head
        body = "".join(grid.render_grid_line(y).text for y in range(top, top + folded))
        assert "…" in body
        # the cursor stays where it was, in view
        assert screen.cursor.row == r
        entry_top, _ = grid.entry_region(r, 0, 0)
        assert grid.scroll_y <= entry_top < grid.scroll_y + grid.scrollable_content_region.height
        await pilot.press("z")
        assert grid.folded == frozenset() and grid.row_height(r) == tall


async def test_z_off_a_group_row_or_in_the_reading_view_says_why_and_folds_nothing() -> None:
    app = build_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        single = next(r for r, row in enumerate(screen.rows) if row.group is None)
        aligned(screen).move(single, 0, 0)
        await pilot.press("z")
        assert screen.grid.folded == frozenset()
        assert any("Only a group" in n.message for n in app._notifications)
        await pilot.press("v", "z")
        assert screen.grid.folded == frozenset()
        assert any("aligned view" in n.message for n in app._notifications)


async def test_the_text_cursor_on_a_reference_goes_where_the_text_is_drawn() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        r, ai, k = first_reference(screen)
        pid = screen.rows[r].cells[ai][k]
        aligned(screen).move(r, ai, k)
        await pilot.press("i")
        assert screen.caret_active and screen.current_paragraph() == pid
        assert screen.cursor.row == screen.grid.placement.home(r, pid) != r


async def test_a_taller_screen_keeps_more_references_and_none_points_past_a_screen() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        grid = screen.grid

        def references() -> int:
            height = grid.scrollable_content_region.height
            for (r, _), home in grid.placement.homes.items():
                # the rows between may add their "also" lines to a screen's worth
                assert grid.row_region(r)[0] - grid.row_region(home)[0] < height + 4
            return len(grid.placement.homes)

        short = references()
        await pilot.resize_terminal(SIZE[0], 70)
        await pilot.pause()
        assert references() > short


async def test_next_difference_stops_where_the_paragraph_is_drawn() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        placement = screen.grid.placement
        places = screen.outline.facts.places
        referred = [
            (r, ai, k)
            for r, ai, k in screen.outline.stops
            if not placement.is_drawn(r, screen.rows[r].cells[ai][k])
        ]
        assert referred  # the seeds have differences in paragraphs rows only refer to
        seen = set()
        for _ in range(len(screen.outline.stops) - len(referred)):
            await pilot.press("n")
            pid = screen.current_paragraph()
            assert pid in places and placement.is_drawn(screen.cursor.row, pid)
            seen.add(pid)
        assert {screen.rows[r].cells[ai][k] for r, ai, k in referred} <= seen

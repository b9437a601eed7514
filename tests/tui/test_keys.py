"""Every key of the comparison screen, driven with Pilot on the hand-aligned story.

The story's aligned rows are: G1 (A1 B1), G2 (A2 B2 C1), C2, G3 (A3 B3), A4, B4.
"""

from __future__ import annotations

from dataclasses import replace

from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from tests.story import story_alignment, story_articles, story_comparison
from tests.tui.conftest import SIZE, analysed, build_app, build_story_app
from tui.core.align import Alignment
from tui.core.review import ItemRef, ReviewState
from tui.keymap import KEYS, LIST_KEYS, SCREEN_KEYS
from tui.messages import ReviewChanged
from tui.screens.comparison import ComparisonScreen
from tui.screens.help import HelpScreen
from tui.widgets.differences_panel import DifferencesPanel
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_line import StatusLine


def where(screen: ComparisonScreen) -> tuple[str, int, str | None]:
    """(row key, pane, paragraph) of the aligned cursor."""
    row = screen.rows[screen.cursor.row]
    return row.key, screen.column, screen.current_paragraph()


async def test_down_up_j_k_move_between_rows() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert where(screen) == ("G1", 0, "A1")
        await pilot.press("j")
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("down")
        assert where(screen) == ("C2", 0, None)  # A has nothing in C2's row
        await pilot.press("k")
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("up", "up")  # the first row: stays
        assert where(screen) == ("G1", 0, "A1")


async def test_down_steps_through_the_paragraphs_of_a_cell_first() -> None:
    story = story_comparison()
    g2 = story_alignment().groups[1]
    bigger = replace(g2, paragraphs=("A2", "A3", "B2", "C1"))
    groups = (story.alignment.groups[0], bigger)
    alignment = Alignment(
        groups,
        ("A4", "B3", "B4", "C2"),
        {
            p: tuple(i for i, g in enumerate(groups) if p in g.paragraphs)
            for p in "A1 B1 A2 A3 B2 C1".split()
        },
    )
    app = build_app(list(story.articles), comparison=replace(story, alignment=alignment))
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j")
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("j")
        assert where(screen) == ("G2", 0, "A3")  # same row, next paragraph of the cell
        await pilot.press("l")
        assert where(screen) == ("G2", 1, "B2")
        await pilot.press("h")
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("j", "j")  # past the cell's last paragraph: the next row
        assert screen.rows[screen.cursor.row].key != "G2"


async def test_left_right_h_l_and_tab_move_between_panes() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "l")
        assert where(screen) == ("G2", 1, "B2")
        await pilot.press("right")
        assert where(screen) == ("G2", 2, "C1")
        await pilot.press("l")  # the last pane: stays
        assert screen.column == 2
        await pilot.press("tab")  # tab goes round
        assert screen.column == 0
        await pilot.press("shift+tab")
        assert screen.column == 2
        await pilot.press("left", "h")
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("h")
        assert screen.column == 0


def a_page_away(screen: ComparisonScreen, delta: int) -> int:
    """The row a page key should land on from the cursor's: the last row (down, or
    first, up) that starts within a screenful of the cursor's row, at least the next."""
    grid, here = screen.grid, screen.cursor.row
    top = [grid.row_region(r)[0] for r in range(len(screen.rows))]
    target = top[here] + delta * max(1, grid.scrollable_content_region.height - 2)
    within = [r for r in range(len(top)) if (top[r] <= target if delta > 0 else top[r] >= target)]
    beyond = [r for r in within if (r > here if delta > 0 else r < here)]
    if not beyond:
        return max(0, min(len(top) - 1, here + delta))
    return max(beyond) if delta > 0 else min(beyond)


def cursor_in_view(screen: ComparisonScreen) -> bool:
    """The head of the cursor's row and its paragraph under the cursor are on screen."""
    grid, c = screen.grid, screen.cursor
    view = grid.scrollable_content_region.height
    top = grid.row_region(c.row)[0]
    if screen.rows[c.row].cells[c.column]:
        entry_top, entry_height = grid.entry_region(c.row, c.column, c.sub)
        bottom = entry_top + min(entry_height, view - 1)
    else:
        bottom = top + 1
    return grid.scroll_y <= top and bottom <= grid.scroll_y + view


async def test_home_end_pagedown_pageup() -> None:
    app = build_app()  # the seeds: long enough to page through
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        grid = screen.grid
        assert grid.virtual_size.height > 3 * grid.scrollable_content_region.height
        # page down: a screenful at a time, the cursor's row always in view, until
        # the rows have scrolled past the first screen
        pages: list[int] = [0]
        while grid.scroll_y == 0:
            expected = a_page_away(screen, +1)
            await pilot.press("pagedown")
            await pilot.pause()
            assert screen.cursor.row == expected > pages[-1]
            assert cursor_in_view(screen)
            pages.append(expected)
            assert len(pages) < 10, "pagedown never scrolled"
        expected = a_page_away(screen, +1)
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.cursor.row == expected > pages[-1] and cursor_in_view(screen)
        before, expected = screen.cursor.row, a_page_away(screen, -1)
        await pilot.press("pageup")
        await pilot.pause()
        assert screen.cursor.row == expected < before and cursor_in_view(screen)
        await pilot.press("end")
        await pilot.pause()
        assert screen.cursor.row == len(screen.rows) - 1
        top, height = grid.row_region(screen.cursor.row)
        view = grid.scrollable_content_region.height
        assert grid.scroll_y <= top and top + height <= grid.scroll_y + view
        await pilot.press("home")
        await pilot.pause()
        assert screen.cursor.row == 0 and grid.scroll_y == 0
        await pilot.press("v", "end")
        pane = screen.query_one("#reading-A", ReadingPane)
        assert screen.reading[0] == len(pane.article.paragraphs) - 1
        await pilot.press("pageup")
        assert 0 < screen.reading[0] < len(pane.article.paragraphs) - 1
        await pilot.press("pagedown")
        assert screen.reading[0] == len(pane.article.paragraphs) - 1
        await pilot.press("home")
        assert screen.reading[0] == 0


async def test_n_and_shift_n_step_through_the_differences() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("n")
        assert where(screen) == ("G2", 0, "A2")  # 24 homes (differ), Zelenska
        await pilot.press("n")
        assert where(screen) == ("G2", 1, "B2")
        await pilot.press("n", "n")
        assert where(screen) == ("C2", 2, "C2")  # unique to C
        await pilot.press("N")
        assert where(screen) == ("G2", 2, "C1")
        await pilot.press("end", "n")  # past the last: round to the first
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("v", "home", "n")  # the reading view: within the pane
        assert screen.current_paragraph() == "A2"
        await pilot.press("n", "n")
        assert screen.current_paragraph() == "A4"


async def test_slash_searches_enter_and_n_step_escape_leaves() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.display and isinstance(app.focused, Input)
        await pilot.press(*"port vale")
        assert screen.search is not None and len(screen.search.matches) == 5
        assert screen.grid.matches.keys() == {"A1", "A2", "B1", "B2", "C1"}
        await pilot.press("enter")  # the first match; the view has the keys again
        assert app.focused is None
        assert (screen.current_paragraph(), screen.search.index) == ("A1", 0)
        await pilot.press("n")  # matches go in article order
        assert screen.current_paragraph() == "A2"
        await pilot.press("enter")
        assert screen.current_paragraph() == "B1"
        await pilot.press("N")
        assert screen.current_paragraph() == "A2"
        count = str(bar.query_one("#search-count").render())
        assert count == "2 of 5 · all forms"
        await pilot.press("escape")
        assert screen.search is None and not bar.display and not screen.grid.matches
        await pilot.press("n")  # n is "next difference" again
        assert screen.current_paragraph() == "B2"


async def test_v_switches_views_and_keeps_the_place() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "l")
        assert screen.current_paragraph() == "B2"
        await pilot.press("v")
        assert screen.view == "reading" and screen.current_paragraph() == "B2"
        assert screen.group_focus == "G2"
        assert screen.query_one("#reading-B", ReadingPane).display
        assert "reading view" in screen.query_one(StatusLine).long
        await pilot.press("j")
        assert screen.current_paragraph() == "B3" and screen.group_focus == "G3"
        await pilot.press("v")
        assert screen.view == "aligned" and where(screen) == ("G3", 1, "B3")


async def test_d_shows_the_differences_and_enter_jumps_to_them() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("d")
        panel = screen.query_one(DifferencesPanel)
        assert panel.display and isinstance(app.focused, OptionList)
        options = panel.option_list
        assert options.highlighted is not None
        assert options.get_option_at_index(options.highlighted).id == "number:N1"
        await pilot.press("enter")
        assert screen.current_paragraph() == "A2"  # homes flooded: 24 in A
        await pilot.press("enter")
        assert screen.current_paragraph() == "B2"  # then 30 in B
        await pilot.press("down", "down", "enter")
        assert screen.current_paragraph() == "A2"  # Olena Zelenska
        assert isinstance(app.focused, OptionList)
        await pilot.press("escape")  # closes the list; the keys go back to the panes
        assert app.focused is None and not panel.display
        await pilot.press("d")
        assert panel.display


async def test_the_differences_list_owns_j_k_and_enter_while_open() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("d")
        options = screen.query_one(DifferencesPanel).option_list

        def entry() -> str | None:
            assert options.highlighted is not None
            return options.get_option_at_index(options.highlighted).id

        assert entry() == "number:N1"
        await pilot.press("j", "j")  # over the section headings
        assert entry() == "name:E1"
        assert where(screen) == ("G1", 0, "A1")  # the main cursor did not move
        await pilot.press("k")
        assert entry() == "number:N3"
        await pilot.press("down", "up", "up")
        assert entry() == "number:N1" and where(screen) == ("G1", 0, "A1")
        await pilot.press("enter")
        assert screen.current_paragraph() == "A2"
        await pilot.press("escape", "j")  # closed: j moves the main cursor again
        assert not screen.differences_panel.display
        assert where(screen) == ("C2", 0, None)


async def test_space_marks_reviewed_and_f_flags() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("space")  # marks G1 and goes on to G2
        assert screen.review.reviewed == {ItemRef.group("G1")}
        assert "reviewed 1/6" in screen.query_one(StatusLine).long
        assert screen.grid.render_grid_line(0).text.startswith("─ ✓ group G1")
        assert where(screen) == ("G2", 0, "A2")
        await pilot.press("j", "f")  # C2's row: a unique paragraph
        assert screen.review.flagged == {ItemRef.paragraph("C2")}
        assert "1 flagged" in screen.query_one(StatusLine).long
        await pilot.press("f", "k", "k", "space")
        assert screen.review.reviewed == frozenset() and screen.review.flagged == frozenset()
        await pilot.press("v", "j", "space")  # reading view: the group under the cursor
        assert screen.review.reviewed == {ItemRef.group("G2")}


async def test_shift_l_links_and_shift_u_unlinks() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("L")  # no other pane visited yet: nothing happens
        assert screen.review.links == ()
        # G3 row: A3 and B3; then to C, up to C2's row
        await pilot.press("j", "j", "j", "l", "l", "k")
        assert where(screen) == ("C2", 2, "C2")
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment is not None
        g3 = next(g for g in screen.alignment.groups if g.id == "G3")
        assert g3.paragraphs == ("A3", "B3", "C2")
        assert "C2" not in screen.alignment.unique
        assert where(screen) == ("G3", 2, "C2")  # the cursor followed the paragraph
        top, _ = screen.grid.row_region(screen.cursor.row)
        assert "C2" in screen.grid.render_grid_line(top).text
        await pilot.press("U")
        await app.workers.wait_for_complete()
        assert "C2" in screen.alignment.unique
        assert screen.review.links == () and screen.review.unlinks == ()


async def test_shift_l_with_a_unique_paragraph_makes_a_new_group() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("end", "k")  # A4's row
        assert where(screen) == ("A4", 0, "A4")
        await pilot.press("l", "j")  # B4's row, in B
        assert where(screen) == ("B4", 1, "B4")
        await pilot.press("L")
        await app.workers.wait_for_complete()
        assert screen.alignment is not None
        assert screen.alignment.groups[-1].paragraphs == ("A4", "B4")
        assert where(screen)[0] == "M1"
        await pilot.press("U")  # out of M1: the group of one article is gone
        assert "M1" not in {g.id for g in screen.alignment.groups}


async def test_question_mark_shows_the_keys() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        for key in KEYS:
            assert key.help in text
        await pilot.press("escape")
        assert isinstance(app.screen, ComparisonScreen)


async def test_every_key_is_a_command_in_the_palette() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        titles = {c.title for c in app.get_system_commands(screen)}
        assert {k.title for k in SCREEN_KEYS} <= titles
        assert not {k.title for k in LIST_KEYS} & titles  # a list's keys are the list's
        footer_keys = {key for key, b in screen.active_bindings.items() if b.binding.show}
        assert {"n", "slash", "v", "d", "space", "question_mark", "q"} <= footer_keys
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Mark reviewed")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        assert screen.review.reviewed == {ItemRef.group("G1")}


async def test_clicking_a_paragraph_puts_the_cursor_on_it() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        top, _ = screen.grid.row_region(1)  # G2
        await pilot.click(screen.grid, offset=(60, top + 1))
        assert where(screen) == ("G2", 1, "B2")


async def test_a_saved_review_is_shown_and_every_change_is_announced() -> None:
    review = ReviewState().toggle_reviewed(ItemRef.group("G2")).link("C2", "G3", anchor="A3")
    app = build_app(story_articles(), comparison=story_comparison(), review=review)
    announced: list[ReviewState] = []

    def hook(message: object) -> None:
        if isinstance(message, ReviewChanged):
            announced.append(message.review)

    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = await analysed(pilot)
        assert screen.alignment is not None
        assert "C2" not in screen.alignment.unique  # the saved link is applied
        assert screen.grid.render_grid_line(screen.grid.row_region(1)[0]).text.startswith(
            "─ ✓ group G2"
        )
        assert "reviewed 1/5" in screen.query_one(StatusLine).long
        await pilot.press("f")
        await pilot.pause()
        assert announced[-1].flagged == {ItemRef.group("G1")}
        assert announced[-1].links == review.links


def said(app: object) -> list[str]:
    """The notifications shown so far, oldest first."""
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_shift_l_links_to_the_paragraph_left_in_the_other_pane() -> None:
    # issue 10: A2 (G2), l, then down in B past other rows: L links into A2's group,
    # not into the group of whatever A has in the row passed through
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "l", "j", "j")
        assert where(screen) == ("G3", 1, "B3")
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.review.links[0].group == "G2" and screen.review.links[0].anchor == "A2"
        assert said(app)[-1] == "Linked B3 into G2 with A2"
        await pilot.press("home", "ctrl+z")  # undo returns to the place and names it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert said(app)[-1] == "Undone: link B3 → G2"
        assert screen.review.links == () and screen.current_paragraph() == "B3"
        await pilot.press("home", "ctrl+y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert said(app)[-1] == "Redone: link B3 → G2"
        assert where(screen) == ("G2", 1, "B3")


async def test_shift_l_says_what_it_will_do_when_the_anchor_is_off_screen() -> None:
    app = build_story_app()
    async with app.run_test(size=(140, 14), notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("l", "end")  # A1 (G1) left in A; B4 at the end, A1 scrolled away
        assert where(screen) == ("B4", 1, "B4")
        assert not screen.on_screen("A1", "G1")
        await pilot.press("L")
        assert screen.review.links == ()  # said first, not done
        assert said(app)[-1].startswith("L again to link B4 → G1 (with A1, off screen)")
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [(k.paragraph, k.group) for k in screen.review.links] == [("B4", "G1")]
        await pilot.press("ctrl+z", "L", "k", "L")  # moving in between cancels
        assert screen.review.links == ()


async def test_space_f_and_notes_are_named_by_undo() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.press("space", "j", "f", "home", "ctrl+z")
        assert said(app)[-1] == "Undone: flag C2" and screen.current_paragraph() == "C2"
        await pilot.press("ctrl+z")
        assert said(app)[-1] == "Undone: mark G1 reviewed" and where(screen)[0] == "G1"
        await pilot.press("ctrl+z")
        assert said(app)[-1] == "Nothing to undo"


async def test_search_finds_every_spelling_and_form_and_ctrl_t_is_exact() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        bar = screen.query_one(SearchBar)
        await pilot.press("slash", *"Zelenska")  # B spells it Zelenskaya
        assert screen.search is not None
        assert {m.paragraph for m in screen.search.matches} == {"A2", "B2"}
        assert str(bar.query_one("#search-count").render()) == "2 matches · all forms"
        await pilot.press("ctrl+t")
        assert screen.search.exact and len(screen.search.matches) == 2  # A2 and B2's prefix
        await pilot.press("ctrl+u", "2", "4")  # 24 finds "two dozen" in C1
        assert screen.search is not None and screen.search.exact
        assert {m.paragraph for m in screen.search.matches} == {"A2"}
        assert str(bar.query_one("#search-count").render()) == "1 match · exact"
        await pilot.press("ctrl+t")
        assert {m.paragraph for m in screen.search.matches} == {"A2", "C1"}

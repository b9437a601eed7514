"""What the two views draw: level rows, highlights with non-colour cues, counterparts."""

from __future__ import annotations

import pytest
from rich.segment import Segment

from tests.bench.synthetic import make_articles
from tests.tui.conftest import SIZE, analysed, build_app, build_story_app
from tui.screens.comparison import ComparisonScreen
from tui.widgets.aligned_grid import AlignedGrid
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.wrapping import display_text, wrap_offsets


def check_level(screen: ComparisonScreen) -> int:
    """Every row starts with its head line and every pane's cell right under it, and
    each cell holds exactly its paragraphs' words: the panes are level.  A paragraph
    an earlier row draws is a one-line reference to that row instead, and one that
    later rows refer to is followed by a line naming them.  Returns the number of
    rows checked."""
    grid = screen.grid
    placement = grid.placement
    lines = [grid.render_grid_line(y).text for y in range(grid.virtual_size.height)]
    paragraphs = {p.id: p for a in screen.articles for p in a.paragraphs}
    for r, row in enumerate(screen.rows):
        top, height = grid.row_region(r)
        assert lines[top][0] in "▶─", (r, lines[top])
        x = 0
        for c, ai in enumerate(grid.visible_columns):
            width = grid.widths[c]
            cell = [line[x + 1 : x + width - 2] for line in lines[top + 1 : top + height]]
            assert all(line[x + width - 1] in "│ " for line in lines[top + 1 : top + height])
            body = [line.split() for line in cell]
            at = 0
            if not row.cells[ai] and row.kind == "group":
                assert body[0] == ["not", "reported"], (r, c)
                at = 1
            for pid in row.cells[ai]:
                while not body[at]:  # blank lines between paragraphs
                    at += 1
                if not placement.is_drawn(r, pid):
                    home = screen.rows[placement.home(r, pid)].key
                    assert body[at][:5] == ["↑", pid, "in", home, "·"], (r, c, cell[at])
                    at += 1
                    continue
                paragraph = paragraphs[pid]
                expected = ["(repeats", f"{paragraph.repeat_of})"] if paragraph.repeat_of else []
                expected += display_text(paragraph.text).split()
                assert body[at][:1] == expected[:1], ("not level", r, c)
                words: list[str] = []
                while len(words) < len(expected):
                    words += body[at]
                    at += 1
                assert words == expected, (r, c)
                also = [screen.rows[i].key for i in placement.also_in(r, pid)]
                if also:
                    assert body[at][:2] == ["↓", "also"], (r, c, cell[at])
                    named = [w for w in body[at][2:] if not w.startswith("+")]
                    assert named == also[: len(named)] and named, (r, c, cell[at])
                    at += 1
            assert not any(body[at:]), (r, c, "more than its paragraphs")
            x += width
    return len(screen.rows)


async def test_seed_rows_keep_the_panes_level_at_every_width() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert check_level(screen) == len(screen.rows) > 10
        heights = {screen.grid.row_region(r)[1] for r in range(len(screen.rows))}
        assert len(heights) > 3  # rows are as tall as their tallest cell, not all alike
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert screen.widths == (27, 26, 26)
        check_level(screen)


async def test_twelve_long_articles_stay_level_where_they_show() -> None:
    app = build_app(make_articles(12, 20))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await analysed(pilot)
        check_level(screen)
        await pilot.press("shift+tab")  # the last panes come into view
        assert screen.first > 0
        check_level(screen)


def test_wrapping_breaks_at_words_and_cuts_only_overlong_ones() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    offsets = wrap_offsets(text, 10)
    lines = [text[a:b].rstrip() for a, b in zip((0, *offsets), (*offsets, len(text)), strict=True)]
    assert lines == ["The quick", "brown fox", "jumps over", "the lazy", "dog"]
    long = "a " + "x" * 25 + " b"
    cut = wrap_offsets(long, 10)
    parts = [long[a:b] for a, b in zip((0, *cut), (*cut, len(long)), strict=True)]
    assert [p.rstrip() for p in parts] == ["a", "x" * 10, "x" * 10, "xxxxx b"]
    assert wrap_offsets("二重の幅の文字", 4) == (2, 4, 6)  # two cells a character


def segments_of(grid: AlignedGrid, row: int) -> list[Segment]:
    top, height = grid.row_region(row)
    return [s for y in range(top, top + height) for s in grid.render_grid_line(y)]


def style_of(segments: list[Segment], text: str) -> Segment:
    """The first segment that holds ``text``."""
    return next(s for s in segments if text in s.text)


async def test_highlights_have_colour_and_a_text_style() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        segments = segments_of(screen.grid, 1)  # G2: homes flooded
        differ = style_of(segments, "30").style
        assert differ is not None and differ.bold and differ.reverse and differ.color
        agree = style_of(segments, "Monday").style
        assert agree is not None and agree.underline and not agree.reverse
        compatible = style_of(segments_of(screen.grid, 3), "40").style  # G3: rescuers
        assert compatible is not None and compatible.underline and compatible.italic
        spelling = style_of(segments, "Olena Zelenskaya").style
        assert spelling is not None and spelling.bold and spelling.underline
        # a rare word the counterparts lack (the quiet marking leaves "officials" out)
        unshared = style_of(segments, "Floodwater").style
        assert unshared is not None and unshared.italic and not unshared.underline
        officials = style_of(segments, "officials").style
        assert officials is not None and not officials.italic
        # the sentence of A2 outside the group's clause is muted, not marked
        context = style_of(segments, "rose a metre").style
        assert context is not None and context.color != agree.color
        looks = {(s.bold, s.italic, s.underline, s.reverse) for s in (differ, agree, compatible)}
        assert len(looks) == 3  # the three verdicts differ without colour
        g3 = segments_of(screen.grid, 3)
        assert style_of(g3, "armoured").style == style_of(g3, "armored").style


async def test_a_group_row_says_not_reported_for_an_article_without_it() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        top, _ = screen.grid.row_region(0)  # G1: the titles, C has none
        line = screen.grid.render_grid_line(top + 1).text
        assert line[93:].strip() == "not reported"
        unique_top, _ = screen.grid.row_region(2)  # C2: only C has it
        head = screen.grid.render_grid_line(unique_top).text
        assert head.startswith("─ unique") and "C2" in head


async def test_reading_view_marks_counterparts_and_scrolls_them_into_view() -> None:
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("v")
        await pilot.pause()
        pane_a = screen.query_one("#reading-A", ReadingPane)
        assert pane_a.display and not screen.grid.display
        # go down article A until a paragraph whose counterparts are far down in B
        pane_b = screen.query_one("#reading-B", ReadingPane)
        for _ in range(40):
            await pilot.press("j")
            await pilot.pause()
            pid = screen.current_paragraph()
            assert pid is not None
            if pane_b.scroll_y > 0:
                break
        else:
            pytest.fail("no counterpart in B needed scrolling")
        assert pane_b.counterparts, pid
        assert screen.group_focus is not None
        shown = [q for q in pane_b.counterparts if q in pane_b.index]
        assert any(pane_b.is_visible(*pane_b.paragraph_region(pane_b.index[q])) for q in shown)
        drawn = [pane_b.render_line(y).text for y in range(pane_b.size.height)]
        assert any(line.startswith("┃") for line in drawn)  # the non-colour cue
        assert pane_a.cursor == pane_a.index[pid] and pane_b.cursor is None


async def test_the_reading_view_opens_on_the_paragraph_under_the_cursor() -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        # from difference to difference until one well down its article
        for _ in range(len(screen.outline.stops)):
            await pilot.press("n")
            pid = screen.current_paragraph()
            assert pid is not None
            ai, index = screen.where[pid]
            if index >= len(screen.articles[ai].paragraphs) // 2:
                break
        else:
            pytest.fail("no difference in the second half of an article")
        await pilot.press("v")  # the panes are laid out for the first time now
        await pilot.pause()
        pane = screen.reading_panes[screen.column]
        top, height = pane.paragraph_region(pane.index[pid])
        assert pane.scroll_y > 0 and pane.is_visible(top, height)
        await pilot.press("d", "enter")  # the list narrows the panes: still in view
        await pilot.pause()
        pid = screen.current_paragraph()
        assert pid is not None
        pane = screen.reading_panes[screen.column]
        assert pane.is_visible(*pane.paragraph_region(pane.index[pid]))

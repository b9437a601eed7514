"""The comparison screen as a whole: layout, the analysis worker, safety with article text."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace

from textual.widgets import ProgressBar
from textual.widgets._toast import Toast

from tests.story import story_articles, story_comparison
from tests.tui.conftest import (
    SEED_PATHS,
    SIZE,
    AppFactory,
    analysed,
    articles_from_texts,
    build_app,
    build_story_app,
    settled,
)
from tui.core.compare import Comparison, compare
from tui.core.model import Article
from tui.screens.comparison import ComparisonScreen
from tui.widgets.aligned_grid import AlignedGrid
from tui.widgets.pane_headers import PaneHeaders
from tui.widgets.pane_window import pane_widths
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.status_line import StatusLine


def status_text(screen: ComparisonScreen) -> str:
    return screen.query_one(StatusLine).long


def grid_text(grid: AlignedGrid) -> list[str]:
    """Every line of the aligned grid, drawn (not only those on screen)."""
    return [grid.render_grid_line(y).text for y in range(grid.virtual_size.height)]


def header_lines(screen: ComparisonScreen) -> list[str]:
    headers = screen.query_one(PaneHeaders)
    return [headers.render_line(y).text for y in range(2)]


async def test_q_quits(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_articles_side_by_side_with_their_outlet_and_title(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert screen.widths == (47, 46, 46)  # and a column for the scroll bar
        ids, titles = header_lines(screen)
        assert [ids[x : x + 46].rstrip() for x in (1, 48, 94)] == [
            "A  Epoch Times",
            "B  Novaya Gazeta Europe",
            "C  German outlet (in translation, unnamed)",
        ]
        assert not any(p in ids + titles for p in SEED_PATHS)  # paths are in the help only
        assert titles.startswith(" Putin–Kim Meeting in Russia’s Far East Marre…  Kim Jong")
        assert titles[94:].strip().startswith("IIn Russia’s Far East, President Vladimir")
        assert app.title == "Parallax" and app.sub_title == "3 articles · session none (not saved)"
        status = status_text(screen)
        assert status.startswith("3 articles · ") and "aligned view" in status
        assert f"{len(screen.alignment.groups)} groups" in status  # type: ignore[union-attr]


async def test_articles_show_at_once_and_the_alignment_fills_in(make_app: AppFactory) -> None:
    release = threading.Event()

    def slow_compare(articles: Sequence[Article]) -> Comparison:
        release.wait(10)
        return compare(articles)

    app = make_app(analyse=slow_compare)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ComparisonScreen)
        assert screen.alignment is None
        assert "aligning…" in status_text(screen)
        assert screen.query_one(ProgressBar).display
        lines = grid_text(screen.grid)
        assert lines[0].startswith("▶ reading order")
        assert lines[1].startswith("▌Putin–Kim Meeting")  # A1, then A2: reading order
        assert any(line.startswith(" Moscow blames Kyiv for missile") for line in lines[:8])
        await pilot.press("j", "j")  # the keys work while the worker runs
        assert screen.current_paragraph() == "A3"
        await pilot.press("space")  # needs the alignment: says so
        await pilot.pause()
        release.set()
        await analysed(pilot)
        assert not screen.query_one(ProgressBar).display
        assert screen.rows[0].kind == "group"
        assert screen.current_paragraph() == "A3"  # the cursor stayed on its paragraph
        assert screen.alignment is not None
        # shown where it first appears: in one of its groups (its own row if unique)
        assert screen.cursor.row == screen.outline.rows_of["A3"][0]
        groups = [g.id for g in screen.alignment.groups_of("A3")]
        assert screen.current_group() in (groups or [None])
        assert screen.column == 0


async def test_the_cursor_keeps_its_paragraph_and_pane_when_the_alignment_arrives() -> None:
    # the story, aligned by hand: G1 (A1 B1), G2 (A2 B2 C1), G3 (A3 B3); B4 is unique
    release = threading.Event()

    def slow_story(articles: Sequence[Article]) -> Comparison:
        release.wait(10)
        return story_comparison()

    app = build_app(story_articles(), analyse=slow_story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ComparisonScreen)
        await pilot.press("l", "j", "j", "j")  # B4, fourth in B's reading order
        assert (screen.column, screen.current_paragraph()) == (1, "B4")
        release.set()
        await analysed(pilot)
        assert (screen.column, screen.current_paragraph()) == (1, "B4")
        assert screen.rows[screen.cursor.row].key == "B4"  # its own row: it is unique


async def test_a_failed_analysis_leaves_the_articles_readable(make_app: AppFactory) -> None:
    def broken(articles: Sequence[Article]) -> Comparison:
        raise RuntimeError("no [b]luck[/b]")

    app = make_app(analyse=broken)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await settled(pilot)
        assert screen.alignment is None
        assert "alignment failed" in status_text(screen)
        toasts = [str(t.render()) for t in screen.query(Toast)]
        assert any("RuntimeError: no [b]luck[/b]" in t for t in toasts)
        await pilot.press("v", "j")
        assert screen.current_paragraph() == "A2"


async def test_article_text_is_data_not_markup(make_app: AppFactory) -> None:
    articles = articles_from_texts(
        "Tricky [bold]x[/bold] Title\n\nClick [@click=app.quit]here[/] to quit.\n\n"
        "Colour \x1b[31mred\x1b[0m text with a bell\x07.",
        "Second [i]article[/i].",
    )
    articles[1] = replace(articles[1], source="[b]evil[/b].txt", label="[b]evil[/b] News")
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        ids, titles = header_lines(screen)
        assert "Tricky [bold]x[/bold] Title" in titles
        assert "B  [b]evil[/b] News" in ids
        text = "\n".join(grid_text(screen.grid))
        assert "Click [@click=app.quit]here[/] to quit." in text
        assert "Colour ␛[31mred␛[0m text with a bell␇." in text
        assert "Second [i]article[/i]." in text
        # no style of the would-be markup reached the screen
        for y in range(screen.grid.virtual_size.height):
            for segment in screen.grid.render_grid_line(y):
                assert not (segment.style and segment.style.link), segment
        await pilot.press("v")
        pane = screen.query_one("#reading-A", ReadingPane)
        drawn = [pane.render_line(y).text for y in range(pane.size.height)]
        assert any("Click [@click=app.quit]here[/] to quit." in line for line in drawn)
        # clicking the would-be link does nothing but move the cursor
        await pilot.click(pane, offset=(8, 3))
        await pilot.pause()
        assert app.is_running


async def test_warnings_are_shown(make_app: AppFactory) -> None:
    articles = articles_from_texts("One.", "Two.")
    articles[0] = replace(
        articles[0], warnings=("a.txt: not valid UTF-8; decoded as [b]cp1252[/b]",)
    )
    app = make_app(articles)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert [str(t.render()).strip() for t in toasts] == [
            "a.txt: not valid UTF-8; decoded as [b]cp1252[/b]"
        ]


async def test_twelve_articles_scroll_into_view(make_app: AppFactory) -> None:
    app = make_app(articles_from_texts(*(f"Story number {i}." for i in range(12))))
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert (screen.first, screen.widths) == (0, (28, 28, 28, 28, 27))
        ids, _ = header_lines(screen)
        assert ids.rstrip().endswith("7▶")  # seven panes out of view on the right
        await pilot.press("shift+tab")  # round to the last article
        assert screen.column == 11 and screen.first == 7
        ids, _ = header_lines(screen)
        assert ids.startswith(" ◀7 H ")
        assert "Story number 11." in "\n".join(grid_text(screen.grid))
        await pilot.press("tab")
        assert (screen.column, screen.first) == (0, 0)


async def test_narrow_terminals_keep_three_panes_and_a_short_status() -> None:
    app = build_story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        assert len(screen.widths) == 3 and sum(screen.widths) <= 80
        status = screen.query_one(StatusLine)
        shown = str(status.query_one("#status-text").render())
        assert shown == status.short and len(shown) <= 78


def test_pane_widths() -> None:
    assert pane_widths(140, 3) == [47, 47, 46]
    assert pane_widths(80, 3) == [27, 27, 26]
    assert pane_widths(100, 2) == [50, 50]
    assert pane_widths(50, 3) == [50]  # one pane when two do not fit
    assert pane_widths(300, 12) == [50] * 6  # never more than six side by side
    assert sum(pane_widths(161, 4)) == 161


async def test_long_labels_are_shortened_and_paths_stay_out(make_app: AppFactory) -> None:
    articles = articles_from_texts("One.", "Two.", "Three.")
    long_path = "/home/someone/" + "very-long-directory-name/" * 6 + "story.txt"
    articles[1] = replace(articles[1], source=long_path, label="A Very Long Outlet Name " * 3)
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        ids, _ = header_lines(screen)
        b = ids[47:93].strip()
        assert b.startswith("B  A Very Long Outlet Name") and b.endswith("…")
        assert "very-long-directory-name" not in ids
        assert ids[:47].strip() == "A  a"

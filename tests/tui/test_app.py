"""The first screen, driven with Pilot."""

from __future__ import annotations

from dataclasses import replace

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets._toast import Toast

from tests.tui.conftest import SEED_PATHS, SIZE, AppFactory, articles_from_texts
from tui.screens.articles import pane_widths
from tui.widgets.article_pane import ArticleHeader, ArticlePane, ParagraphView


def plain(widget: ParagraphView | ArticleHeader) -> str:
    return str(widget.visual)


def border_title(pane: ArticlePane) -> str:
    # The getter gives markup (with article text escaped); parse it back.
    return Content.from_markup(pane.border_title or "").plain


async def test_q_quits(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_articles_side_by_side(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE):
        panes = list(app.screen.query(ArticlePane))
        assert [p.article.id for p in panes] == ["A", "B", "C"]
        assert [border_title(p) for p in panes] == [
            f"{i} {s}" for i, s in zip("ABC", SEED_PATHS, strict=True)
        ]
        headers = [plain(p.query_one(ArticleHeader)) for p in panes]
        assert (
            headers[0]
            == "Putin–Kim Meeting in Russia’s Far East Marred by Missile Strike on Sevastopol"
        )
        assert headers[2] == "003_f16825a9da386a5a.txt"
        # side by side: same top, increasing x, all visible
        regions = [p.region for p in panes]
        assert len({r.y for r in regions}) == 1
        assert regions[0].x < regions[1].x < regions[2].x
        assert regions[2].right <= SIZE[0]
        assert app.title == "Parallax" and app.sub_title == "3 articles"


async def test_paragraphs_are_shown_with_their_kind(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE):
        pane = app.screen.query_one("#article-A", ArticlePane)
        views = list(pane.query(ParagraphView))
        # the title paragraph is the pane's header, not repeated in the body
        assert [v.paragraph.id for v in views] == [p.id for p in pane.article.paragraphs[1:]]
        repeat = pane.query_one("#p-A3", ParagraphView)
        assert repeat.has_class("-repeat") and plain(repeat).startswith("(repeats A1) Putin–Kim")
        assert pane.query_one("#p-A5", ParagraphView).has_class("-metadata")
        assert pane.query_one("#p-A25", ParagraphView).has_class("-heading")
        assert plain(pane.query_one("#p-A2", ParagraphView)).startswith("Moscow blames Kyiv")


async def test_tab_moves_between_articles_and_keys_scroll(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:

        def focused_article() -> str:
            assert app.focused is not None
            pane = app.focused.parent
            assert isinstance(app.focused, VerticalScroll) and isinstance(pane, ArticlePane)
            return pane.article.id

        assert focused_article() == "A"
        await pilot.press("tab")
        assert focused_article() == "B"
        await pilot.press("tab", "tab")
        assert focused_article() == "A"
        await pilot.press("shift+tab")
        assert focused_article() == "C"
        body = app.screen.query_one("#article-C VerticalScroll", VerticalScroll)
        assert body.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 0


async def test_article_text_is_data_not_markup(make_app: AppFactory) -> None:
    articles = articles_from_texts(
        "Tricky [bold]x[/bold] Title\n\nClick [@click=app.quit]here[/] to quit.\n\n"
        "Colour \x1b[31mred\x1b[0m text with a bell\x07.",
        "Second [i]article[/i].",
    )
    articles[1] = replace(articles[1], source="[b]evil[/b].txt")
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.screen.query_one("#article-A", ArticlePane)
        assert plain(pane.query_one(ArticleHeader)) == "Tricky [bold]x[/bold] Title"
        click = pane.query_one("#p-A2", ParagraphView)
        assert plain(click) == "Click [@click=app.quit]here[/] to quit."
        assert plain(pane.query_one("#p-A3", ParagraphView)) == (
            "Colour ␛[31mred␛[0m text with a bell␇."
        )
        other = app.screen.query_one("#article-B", ArticlePane)
        assert border_title(other) == "B [b]evil[/b].txt"
        assert plain(other.query_one("#p-B1", ParagraphView)) == "Second [i]article[/i]."
        # clicking the would-be link does nothing
        await pilot.click(click, offset=(8, 0))
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
        panes = list(app.screen.query(ArticlePane))
        assert len(panes) == 12
        assert [p.region.width for p in panes[:4]] == [47, 47, 46, 47]  # three to a screen
        assert not app.screen.region.contains_region(panes[-1].region)
        await pilot.press("shift+tab")  # to the last article
        await pilot.pause()
        last = panes[-1]
        assert app.focused is not None and app.focused.parent is last
        assert app.screen.region.contains_region(last.region)


def test_pane_widths() -> None:
    assert pane_widths(140, 3) == [47, 47, 46]
    assert pane_widths(100, 3) == [50, 50, 50]  # two fit side by side; the third scrolls in
    assert pane_widths(30, 2) == [30, 30]  # never narrower than the screen allows
    assert pane_widths(160, 12) == [40] * 12
    assert sum(pane_widths(161, 4)) == 161


async def test_long_sources_keep_their_file_name(make_app: AppFactory) -> None:
    articles = articles_from_texts("One.", "Two.", "Three.")
    long_path = "/home/someone/" + "very-long-directory-name/" * 6 + "story.txt"
    articles[1] = replace(articles[1], source=long_path)
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.screen.query_one("#article-B", ArticlePane)
        shown = border_title(pane)
        assert shown.startswith("B …") and shown.endswith("/very-long-directory-name/story.txt")
        assert len(shown) <= pane.region.width - 4
        assert border_title(app.screen.query_one("#article-A", ArticlePane)) == "A a.txt"

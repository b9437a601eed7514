"""Outlet labels in the app: the pane headers and the help screen's Articles section."""

from __future__ import annotations

from dataclasses import replace

from tests.tui.conftest import SEED_PATHS, SIZE, AppFactory, analysed, articles_from_texts
from tui.screens.help import HelpScreen
from tui.widgets.pane_headers import PaneHeaders


async def test_headers_show_labels_and_the_help_shows_paths(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        headers = screen.query_one(PaneHeaders)
        first_line = headers.render_line(0).text
        assert "A  Epoch Times" in first_line and "B  Novaya Gazeta Europe" in first_line
        assert "seeds/" not in first_line + headers.render_line(1).text
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        shown = str(help_screen.query_one("#help-keys").render())
        articles = shown[shown.index("\nArticles\n") :]
        assert "A  Epoch Times  2023-09-13" in articles
        assert "C  German outlet (in translation, unnamed)  2023-09-13" in articles
        for path in SEED_PATHS:
            assert path in articles


async def test_labels_and_paths_are_data_in_the_help(make_app: AppFactory) -> None:
    articles = articles_from_texts("One story of the day.", "Another story of the day.")
    articles[1] = replace(articles[1], label="[b]Bold[/b] News", source="[i]x[/i].txt")
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        shown = str(app.screen.query_one("#help-keys").render())
        assert "B  [b]Bold[/b] News" in shown and "[i]x[/i].txt" in shown

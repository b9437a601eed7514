"""The footer follows the mode; q Quit and ? Keys stay in it at any width; the
command palette lists each command once."""

from __future__ import annotations

from collections import Counter

from textual.app import App
from textual.widgets._footer import FooterKey

from tests.tui.conftest import analysed, build_app, build_story_app


def footer(app: App[None]) -> list[str]:
    """The footer's keys, left to right, that are fully on screen."""
    width = app.screen.size.width
    keys = sorted(app.screen.query(FooterKey), key=lambda k: k.region.x)
    shown = [k for k in keys if k.region.width and k.region.right <= width]
    return [f"{k.key_display} {k.description}" for k in shown]


async def test_q_quit_and_keys_stay_in_the_footer_at_80_columns() -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        shown = footer(app)
        assert shown[:2] == ["q Quit", "? Keys"]
        assert "n Next diff" in shown


async def test_the_footer_follows_the_mode() -> None:
    app = build_story_app()
    async with app.run_test(size=(140, 36)) as pilot:
        await analysed(pilot)
        assert "v View" in footer(app) and "esc Leave" not in footer(app)
        await pilot.press("i")  # the text cursor
        await pilot.pause()
        shown = footer(app)
        assert shown[:2] == ["q Quit", "? Keys"]
        assert {"esc Leave", "V Verdict", "a Note"} <= set(shown) and "v View" not in shown
        await pilot.press("escape", "slash", "x", "enter")  # the search, after Enter
        await pilot.pause()
        shown = footer(app)
        assert {"⏎ Next match", "^t Exact", "esc Leave"} <= set(shown)
        await pilot.press("escape")
        await pilot.pause()
        assert "v View" in footer(app)
        await pilot.press("d")  # the differences list
        await pilot.pause()
        shown = footer(app)
        assert shown[:2] == ["q Quit", "? Keys"] and {"⏎ Go", "esc Close"} <= set(shown)
        await pilot.press("escape", "a")  # the note dialog shows its own keys
        await pilot.pause()
        assert footer(app) == ["^s Save", "esc Cancel"]


async def test_the_command_palette_has_no_duplicates() -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        assert [t for t, n in Counter(titles).items() if n > 1] == []
        assert "Keys" in titles and "Export report" in titles

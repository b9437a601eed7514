"""Sessions keep where the reader was: reopening returns to the cursor, the view
and the panes; the session file's path is shown."""

from __future__ import annotations

import json
from pathlib import Path

from tests.tui.conftest import SIZE, analysed, build_story_app
from tui.core.view_state import ViewState, view_from_json, view_json


def test_a_view_state_round_trips_and_a_changed_paragraph_is_not_returned_to() -> None:
    from tests.story import story_articles

    articles = story_articles()
    pid = articles[1].paragraphs[2].id
    state = ViewState("reading", pid, "G1", (2, 0), 2)
    raw = json.loads(json.dumps(view_json(state, articles)))
    assert raw["panes"] == [articles[2].id, articles[0].id]
    assert view_from_json(raw, articles) == state
    raw["paragraph"]["hash"] = "0" * 16  # the text has changed since
    assert view_from_json(raw, articles) == ViewState("reading", None, None, (2, 0), 2)
    assert view_from_json({"view": "sideways", "panes": ["Z"]}, articles) == ViewState()
    assert view_from_json("junk", articles) is None


async def test_quit_and_reopen_returns_to_the_cursor_view_and_panes(tmp_path: Path) -> None:
    path = tmp_path / "s.parallax.json"
    app = build_story_app(session_path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("space")  # a review mark: there is a session to keep
        await pilot.press("j", "j", "l", "v", "j")
        await pilot.press("p", "j", "j", "b", "enter")  # C pinned at the left
        where = screen.current_paragraph()
        assert where is not None and screen.view == "reading"
        await pilot.press("q")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["view"]["paragraph"]["id"] == where

    app = build_story_app(session_path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert screen.view == "reading"
        assert screen.current_paragraph() == where
        assert screen.window.pinned == 2
        assert screen.window.columns(3)[0] == 2


async def test_an_old_session_file_without_a_view_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "s.parallax.json"
    app = build_story_app(session_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("space", "q")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["view"]
    path.write_text(json.dumps(data), encoding="utf-8")
    app = build_story_app(session_path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert screen.review.reviewed and screen.view == "aligned"


async def test_opening_and_quitting_writes_no_session_file(tmp_path: Path) -> None:
    path = tmp_path / "s.parallax.json"
    app = build_story_app(session_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("j", "j", "q")
    assert not path.exists()


def test_the_session_label_shortens_the_home_folder(tmp_path: Path) -> None:
    from tui.screens.comparison.status_text import session_label

    home = tmp_path / "home"
    assert session_label(home / "news" / "a.parallax.json", home=home) == "~/news/a.parallax.json"
    assert session_label(Path("/srv/a.parallax.json"), home=home) == "/srv/a.parallax.json"
    assert session_label(None) == "none (not saved)"


async def test_the_session_path_is_in_the_title_bar_and_the_help(tmp_path: Path) -> None:
    from textual.widgets import Static

    path = tmp_path / "s.parallax.json"
    app = build_story_app(session_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        assert app.sub_title.endswith(f"session {path}")
        await pilot.press("question_mark")
        help_text = str(app.screen.query_one("#help-keys", Static).render())
        assert "Session" in help_text and str(path) in help_text

"""Export without quitting: ctrl+e, a format, a file, and where it went."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from tests.tui.conftest import SIZE, analysed, build_story_app
from tui.screens.comparison import ComparisonScreen
from tui.screens.export_dialog import ExportDialog


def _messages(screen: ComparisonScreen) -> list[str]:
    return [n.message for n in screen.app._notifications]


async def test_ctrl_e_writes_markdown_with_the_verdict(tmp_path: Path) -> None:
    session_path = tmp_path / "story.parallax.json"
    app = build_story_app(session_path=session_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "V", "3")  # misleading
        await pilot.press("ctrl+e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path_input = dialog.query_one("#export-path", Input)
        assert path_input.value == str(tmp_path / "story.report.md")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        out = tmp_path / "story.report.md"
        assert "misleading" in out.read_text(encoding="utf-8")
        assert f"Exported Markdown to {out}" in _messages(screen)


async def test_the_path_follows_the_format_and_json_is_written(tmp_path: Path) -> None:
    app = build_story_app(session_path=tmp_path / "s.parallax.json")
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("ctrl+e", "j")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#export-path", Input).value == str(tmp_path / "s.report.json")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        data = json.loads((tmp_path / "s.report.json").read_text(encoding="utf-8"))
        assert data["articles"]


async def test_the_session_file_is_refused_and_a_file_replaced_only_when_asked(
    tmp_path: Path,
) -> None:
    session_path = tmp_path / "s.parallax.json"
    app = build_story_app(session_path=session_path)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("space")  # a review mark: the session file is written
        assert session_path.exists()
        before = session_path.read_text(encoding="utf-8")
        await pilot.press("ctrl+e", "tab", "end", "shift+home")
        await pilot.press(*str(session_path), "enter")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)  # still open: refused
        message = str(dialog.query_one("#export-message").render())
        assert "one of the articles or the session file" in message
        assert session_path.read_text(encoding="utf-8") == before

        old = tmp_path / "old.md"
        old.write_text("keep me", encoding="utf-8")
        await pilot.press("end", "shift+home", *str(old), "enter")
        assert app.screen is dialog and "already exists" in str(
            dialog.query_one("#export-message").render()
        )
        assert old.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")  # again: replace it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        assert old.read_text(encoding="utf-8").startswith("#")


async def test_escape_cancels_and_a_bad_folder_is_said(tmp_path: Path) -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("ctrl+e", "escape")
        assert app.screen is screen
        await pilot.press("ctrl+e", "tab", "end", "shift+home")
        await pilot.press(*str(tmp_path / "no" / "such" / "r.md"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        assert any("cannot write the report" in m for m in _messages(screen))

"""The note and verdict dialogs on an 80×24 screen: hints in view, and the
paragraph being annotated or judged not hidden behind the dialog."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import Footer

from tests.tui.conftest import analysed, build_app, build_story_app
from tui.screens.dialog_place import cursor_lines
from tui.screens.note_editor import NoteEditor
from tui.screens.verdict_picker import VerdictPicker


def assert_in_view(widget: Widget, dialog: Widget) -> None:
    region, inside = widget.region, dialog.content_region
    assert region.height >= 1 and region.y >= 0 and region.bottom <= 24, region
    assert inside.contains_region(region), (region, inside)


@pytest.mark.parametrize("keys", [("j", "j"), ("j",)])  # the paragraph low, then high
async def test_the_note_dialog_keeps_its_hints_and_the_paragraph_in_view(
    keys: tuple[str, ...],
) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        await pilot.press(*keys)
        lines = cursor_lines(screen)
        assert lines is not None
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        dialog = app.screen.query_one("#note-dialog")
        assert_in_view(app.screen.query_one("#note-help"), dialog)
        first, last = max(lines[0], 0), min(lines[1], 23)
        paragraph = set(range(first, last + 1))
        covered = set(range(dialog.region.y, dialog.region.bottom))
        # the best a dialog of this height can do, at the top
        # or at the bottom (over the dialog's own footer of keys)
        height, footer = dialog.region.height, app.screen.query_one(Footer).region.height
        at_top = set(range(height))
        at_bottom = set(range(24 - footer - height, 24 - footer))
        best = max(len(paragraph - at_top), len(paragraph - at_bottom))
        assert len(paragraph - covered) == best >= len(paragraph) - 1


async def test_the_verdict_picker_keeps_its_hints_in_view() -> None:
    app = build_story_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("j", "V")
        await pilot.pause()
        assert isinstance(app.screen, VerdictPicker)
        dialog = app.screen.query_one("#verdict-dialog")
        assert_in_view(app.screen.query_one("#verdict-help"), dialog)
        assert_in_view(app.screen.query_one("#verdict-list"), dialog)
        assert app.screen.query_one("#verdict-list").region.height == 5  # every choice

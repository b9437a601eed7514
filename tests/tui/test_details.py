"""The detail line cuts its notes once, says how many more, and D lists every one."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import SIZE, analysed, build_story_app
from tui.screens.comparison import ComparisonScreen
from tui.screens.details import DetailsScreen
from tui.widgets.detail_line import DetailLine, shown_notes


def test_five_notes_show_two_and_say_three_more() -> None:
    notes = [f"note {i}" for i in range(5)]
    assert [c.plain for c in shown_notes(notes, 2)] == ["note 0", "(+3 more: D) note 1"]
    assert [c.plain for c in shown_notes(notes[:2], 2)] == ["note 0", "note 1"]
    assert shown_notes([], 2) == []


async def test_d_lists_every_entry_of_the_detail_line_and_esc_closes() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        line = screen.query_one(DetailLine)
        for _ in range(6):  # down to A2: three numbers and names, one more than fit
            if line.heading.plain.startswith("A2"):
                break
            await pilot.press("j")
        assert line.heading.plain.startswith("A2") and len(line.notes) == 3
        assert "(+1 more: D)" in str(line.render())
        await pilot.press("D")
        assert isinstance(app.screen, DetailsScreen)
        entries = str(app.screen.query_one("#details-entries", Static).render())
        assert all(note in entries for note in line.notes)
        assert str(app.screen.query_one("#details-heading", Static).render()).startswith("A2")
        await pilot.press("escape")
        assert isinstance(app.screen, ComparisonScreen)

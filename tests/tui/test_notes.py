"""Marking up: the text cursor, notes, verdicts, undo and redo, and the session file."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, TextArea

from tests.tui.conftest import SIZE, AppFactory, analysed, build_story_app
from tui.core.marking import word_right
from tui.messages import ReviewChanged
from tui.screens.comparison import ComparisonScreen
from tui.screens.note_editor import NoteEditor
from tui.screens.verdict_picker import VerdictPicker


def verdicts(screen: ComparisonScreen) -> set[tuple[str, str]]:
    """(paragraph, verdict) of each verdict note, where it is placed."""
    by_id = {n.id: n.tag for n in screen.session.notes}
    return {(pid, by_id[s.note]) for pid, spans in screen.note_marks.items() for s in spans}


def _text(screen: ComparisonScreen) -> str:
    pid = screen.current_paragraph()
    assert pid is not None
    return screen._paragraph(pid).text


async def test_select_with_shift_and_words(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        text = _text(screen)
        assert not screen.caret_active and screen.selection() is None
        await pilot.press("ctrl+right")
        first_word = word_right(text, 0)
        assert screen.caret_active and screen.caret == first_word
        await pilot.press("ctrl+shift+right", "shift+left")
        second_end = word_right(text, first_word)
        assert screen.selection() == (first_word, second_end - 1)
        await pilot.press("right")  # in text-cursor mode the arrows move the cursor
        assert screen.selection() is None and screen.caret == second_end
        assert screen.column == 0
        await pilot.press("end")
        assert screen.caret == len(text)
        await pilot.press("shift+home")
        assert screen.selection() == (0, len(text))
        await pilot.press("escape")  # leaves the text cursor; the arrows change pane again
        assert not screen.caret_active
        await pilot.press("right")
        assert screen.column == 1


async def test_the_text_cursor_resets_on_another_paragraph(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("i", "shift+right", "shift+right")
        assert screen.selection() == (0, 2)
        before = screen.current_paragraph()
        await pilot.press("j")
        assert screen.current_paragraph() != before
        assert not screen.caret_active and screen.selection() is None


async def test_add_a_note_to_a_selection(make_app: AppFactory, tmp_path: Path) -> None:
    path = tmp_path / "s.parallax.json"
    async with make_app(session_path=path).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        pid = screen.current_paragraph()
        text = _text(screen)
        await pilot.press("i", *["shift+right"] * 5, "a")
        await pilot.pause()
        assert isinstance(pilot.app.screen, NoteEditor)
        await pilot.press(*"Check it", "tab", *"disputed", "ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is screen
        [note] = screen.session.notes
        assert note.anchor.exact == text[:5] and note.body == "Check it" and note.tag == "disputed"
        assert [s.start for s in screen.note_marks[pid or ""]] == [0]
        saved = json.loads(path.read_text(encoding="utf-8"))
        assert saved["notes"][0]["body"][0]["value"] == "Check it"


async def test_a_note_on_the_whole_paragraph_and_cancel(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        text = _text(screen)
        await pilot.press("a", *"never", "escape")
        await pilot.pause()
        assert screen.session.notes == ()
        await pilot.press("a", *"whole", "ctrl+s")
        await pilot.pause()
        [note] = screen.session.notes
        assert note.anchor.exact == text


async def test_edit_delete_undo_redo(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("a", *"first", "ctrl+s")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        editor = pilot.app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(TextArea).text == "first"
        editor.query_one(Input).value = "verified"
        await pilot.press(*" and second", "ctrl+s")
        await pilot.pause()
        [note] = screen.session.notes
        assert (note.body, note.tag) == ("first and second", "verified")
        await pilot.press("x")
        assert screen.session.notes == ()
        assert screen.note_marks == {}
        await pilot.press("ctrl+z")
        assert [n.body for n in screen.session.notes] == ["first and second"]
        await pilot.press("ctrl+z")
        assert [n.body for n in screen.session.notes] == ["first"]
        await pilot.press("ctrl+y", "ctrl+y")
        assert screen.session.notes == ()
        await pilot.press("ctrl+y")  # nothing left to redo
        assert screen.session.notes == ()


async def test_undo_covers_marks_and_verdicts() -> None:
    app = build_story_app()
    seen: list[ReviewChanged] = []
    async with app.run_test(
        size=SIZE, message_hook=lambda m: seen.append(m) if isinstance(m, ReviewChanged) else None
    ) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "V")  # G2: the picker, on the claim of A2, B2 and C1
        assert isinstance(app.screen, VerdictPicker)
        await pilot.press("enter")  # accurate, the first
        three = {"A2", "B2", "C1"}
        assert verdicts(screen) == {(p, "accurate") for p in three}
        top, _ = screen.grid.row_region(screen.cursor.row)
        assert screen.grid.render_grid_line(top + 1).text.count("§") == 2  # B2 and C1
        await pilot.press("V", "2")  # inaccurate, at once; it replaces the verdict
        assert verdicts(screen) == {(p, "inaccurate") for p in three}
        await pilot.press("space", "ctrl+z", "ctrl+z")
        assert verdicts(screen) == {(p, "accurate") for p in three}
        await pilot.press("ctrl+z")
        assert verdicts(screen) == set()
        await pilot.press("ctrl+y")
        assert len(verdicts(screen)) == 3
        await pilot.press("V", "5")  # clear
        assert verdicts(screen) == set()
        assert seen[-1].session == screen.session


async def test_the_verdict_picker_takes_a_reason_and_lands_on_the_selection() -> None:
    app = build_story_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("j", "i", "ctrl+shift+right", "ctrl+shift+right", "V")
        assert isinstance(app.screen, VerdictPicker)
        await pilot.press("j", "j", "tab", *"no source", "enter")  # misleading
        notes = screen.session.notes
        assert [(n.anchor.exact, n.tag, n.body) for n in notes] == [
            ("The storm", "misleading", "no source")
        ]
        listed = screen.notes_panel.option_list.get_option_at_index(0).prompt
        assert "misleading" in str(listed)


async def test_notes_panel_lists_and_jumps(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        home = screen.current_paragraph()  # where home goes back to
        for _ in range(20):  # down to another paragraph, whatever the alignment
            await pilot.press("j")
            if screen.current_paragraph() not in (None, home):
                break
        target = screen.current_paragraph()
        assert target is not None and target != home
        await pilot.press("ctrl+right", "ctrl+shift+right", "a", *"here", "ctrl+s")
        await pilot.pause()
        await pilot.press("home", "escape", "home")
        assert screen.current_paragraph() == home != target
        await pilot.press("o")
        assert screen.notes_panel.display
        assert screen.notes_panel.option_list.option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_paragraph() == target
        assert screen.caret_active and screen.note_under_cursor() is not None


async def test_mouse_click_places_the_text_cursor(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("v")  # the reading view: the first pane's text starts at x=1
        pane = screen.reading_panes[0]
        top, _ = pane.paragraph_region(0)
        await pilot.click(pane, offset=(1 + 5, top - int(pane.scroll_y)))
        assert screen.current_paragraph() == "A1"
        assert screen.caret_active and screen.caret == 5
        await pilot.click(pane, offset=(1 + 9, top - int(pane.scroll_y)), shift=True)
        assert screen.selection() == (5, 9)


async def test_a_corrupt_session_is_left_untouched(make_app: AppFactory, tmp_path: Path) -> None:
    path = tmp_path / "s.parallax.json"
    path.write_text("{broken", encoding="utf-8")
    async with make_app(session_path=path).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert not screen.store.autosave and screen.store.problem
        assert "Autosave is off" in screen.store.problem
        await pilot.press("space", "a", *"lost?", "ctrl+s")
        await pilot.pause()
        assert len(screen.session.notes) == 1  # works in memory
    assert path.read_text(encoding="utf-8") == "{broken"


async def test_a_saved_session_comes_back(make_app: AppFactory, tmp_path: Path) -> None:
    path = tmp_path / "s.parallax.json"
    async with make_app(session_path=path).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        item = screen.current_item()
        await pilot.press("space", "a", *"kept", "ctrl+s")  # space goes on to the next item
        await pilot.pause()
    async with make_app(session_path=path).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert [n.body for n in screen.session.notes] == ["kept"]
        assert item in screen.review.reviewed
        assert screen.note_marks

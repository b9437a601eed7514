"""The small objects that hold the comparison screen's state, tested without the app."""

from __future__ import annotations

from tests.story import story_alignment, story_articles
from tui.core.annotations import make_anchor, new_note
from tui.core.highlights import Span
from tui.core.marking import NoteSpan, word_right
from tui.core.search import Match
from tui.screens.comparison.caret import Caret, end, home, left, right
from tui.screens.comparison.navigation import next_stop, page_stop
from tui.screens.comparison.notes import drawn_marks, note_at, note_places
from tui.screens.comparison.outline import reading_order
from tui.screens.comparison.reviewing import link_group
from tui.screens.comparison.search_state import SearchState, match_places
from tui.widgets.notes_panel import NotePlace
from tui.widgets.pane_window import PaneWindow, pane_widths
from tui.widgets.text_view import gutter_mark

TEXT = "Water rose a metre"


# ---------------------------------------------------------------- the text cursor


def test_the_text_cursor_moves_and_extends_a_selection() -> None:
    caret = Caret("A2").moved(word_right, TEXT, extend=False)
    assert (caret.active, caret.pos, caret.selection) == (True, 5, None)
    caret = caret.moved(right, TEXT, extend=True).moved(word_right, TEXT, extend=True)
    assert caret.selection == (5, 10)
    assert caret.moved(left, TEXT, extend=False).selection is None
    assert caret.moved(end, TEXT, extend=True).selection == (5, len(TEXT))
    assert caret.moved(home, TEXT, extend=True).selection == (0, 5)


def test_the_text_cursor_is_clamped_and_starts_again_in_a_new_paragraph() -> None:
    caret = Caret("A2").placed(99, len(TEXT))
    assert caret.pos == len(TEXT) and caret.active
    assert caret.following("A2") is caret
    assert caret.following("A3") == Caret("A3")
    assert caret.off() == Caret("A2")


def test_the_text_cursor_draws_its_selection_then_itself() -> None:
    caret = Caret("A2", pos=3, anchor=1, active=True)
    assert caret.spans(len(TEXT)) == (Span(1, 3, "selection"), Span(3, 4, "caret"))
    assert caret.spans(3) == (Span(1, 3, "selection"),)  # at the end: no character to mark
    assert Caret("A2", pos=3).spans(10) == ()


# ---------------------------------------------------------------- the search


def test_the_search_steps_round_and_counts() -> None:
    matches = (Match("A1", 0, 5), Match("A1", 9, 14), Match("B2", 3, 8))
    search = SearchState("storm", matches)
    assert search.count == "3 matches · all forms" and search.current is None
    assert search.step(-1).index == 2 and search.step(+1).index == 0
    last = search.step(-1)
    assert last.step(+1).index == 0 and last.count == "3 of 3 · all forms"
    assert SearchState("  ", (), exact=True).count == "exact"
    assert SearchState("x", ()).step(1).index == -1
    assert match_places(last) == ({"A1": [(0, 5), (9, 14)], "B2": [(3, 8)]}, ("B2", 3, 8))
    assert match_places(None) == ({}, None)


# ---------------------------------------------------------------- the panes in view


def test_the_window_shows_as_many_panes_as_fit_and_follows_the_cursor() -> None:
    assert pane_widths(139, 3) == [47, 46, 46]
    window = PaneWindow().fit(139, 12, column=0)
    assert window == PaneWindow(0, (28, 28, 28, 28, 27))
    assert window.fit(139, 12, column=11) == PaneWindow(7, window.widths)
    assert window.fit(139, 12, column=11).fit(139, 12, column=9).first == 7  # still in view
    assert window.fit(139, 12, column=11).fit(139, 12, column=2).first == 2
    assert list(PaneWindow(7, (28,) * 5).columns(12)) == [7, 8, 9, 10, 11]


# ---------------------------------------------------------------- moving through stops


def test_page_stop_goes_a_screenful_and_at_least_one() -> None:
    tops = [0, 3, 10, 12, 30, 31]
    assert page_stop(0, len(tops), +1, tops.__getitem__, 12) == 2  # starts on line 10: in reach
    assert page_stop(5, len(tops), -1, tops.__getitem__, 12) == 4  # too far: just one up
    assert page_stop(5, len(tops), +1, tops.__getitem__, 12) == 5


def test_next_stop_wraps_round_the_ends() -> None:
    stops = [(1, 0, 0), (3, 1, 0)]
    assert next_stop(stops, (1, 0, 0), +1) == ((3, 1, 0), False)
    assert next_stop(stops, (3, 1, 0), +1) == ((1, 0, 0), True)
    assert next_stop(stops, (2, 0, 0), -1) == ((1, 0, 0), False)
    assert next_stop([], 0, +1) is None


# ---------------------------------------------------------------- review


def test_a_link_goes_into_the_anchors_group() -> None:
    alignment = story_alignment()
    g2 = alignment.groups[1]
    assert link_group(alignment, "A2", "G2") == g2
    assert link_group(alignment, "A2", "G3") == g2  # the anchor left G3: its own group
    assert link_group(alignment, "A4", None) is None  # unique: a new group


# ---------------------------------------------------------------- notes


def test_notes_are_listed_where_they_first_show_and_drawn_with_the_text_cursor() -> None:
    articles = story_articles()
    a = articles[0]
    start = a.text.index("Water")
    note = new_note(make_anchor(a.text, start, start + 5, source=a.source), "check")
    gone = new_note(make_anchor("gone", 0, 4, source="elsewhere.txt"), "lost")
    marks = {"A2": (NoteSpan(note.id, 81, 86),)}
    where = {p.id: (0, p.index) for p in a.paragraphs}
    places = note_places(articles, [note, gone], marks, where)
    assert places == {note.id: NotePlace("A", "A2", 81), gone.id: NotePlace("?", None)}
    caret = Caret("A2", pos=3, active=True)
    assert drawn_marks(marks, caret, 10) == {
        "A2": (Span(81, 86, "note"), Span(3, 4, "caret")),
    }
    assert note_at(marks, [note], "A2", caret) == note  # the paragraph's first note
    assert note_at(marks, [note], "A3", caret) is None


def test_the_gutter_shows_one_mark_the_first_that_applies() -> None:
    assert gutter_mark(cursor=True, counterpart=True, noted=True, linked=True) == "cursor"
    assert gutter_mark(cursor=False, counterpart=True, noted=True, linked=True) == "counterpart"
    assert gutter_mark(cursor=False, noted=True, linked=True) == "note"
    assert gutter_mark(cursor=False, noted=False, linked=True) == "linked"
    assert gutter_mark(cursor=False, noted=False, linked=False) is None


def test_before_the_comparison_each_article_is_one_column_of_its_paragraphs() -> None:
    outline = reading_order(story_articles())
    assert [row.kind for row in outline.rows] == ["article"]
    assert outline.rows_of["C2"] == (0,) and outline.stops == () and outline.alignment is None

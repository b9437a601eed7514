"""Rows a reader can follow: each paragraph drawn once per run of rows, and folds."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.core.articles import articles
from tui.core.align import Alignment, Group, SentenceLink, SentenceRef
from tui.core.compare import compare
from tui.core.layout_rows import Piece, Placement, folded_pieces, linked_clauses, place_rows
from tui.core.loader import load_articles
from tui.core.model import Article
from tui.core.rows import Row, aligned_rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_rows() -> tuple[list[Article], Alignment, tuple[Row, ...]]:
    arts = load_articles([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    alignment = compare(arts).alignment
    return arts, alignment, aligned_rows(arts, alignment)


def drawn(rows: Sequence[Row], placement: Placement) -> list[set[str]]:
    return [{p for p in row.paragraphs if placement.is_drawn(r, p)} for r, row in enumerate(rows)]


def test_on_the_seeds_no_paragraph_is_drawn_in_two_rows_that_touch(
    seed_rows: tuple[list[Article], Alignment, tuple[Row, ...]],
) -> None:
    _, _, rows = seed_rows
    shown = drawn(rows, place_rows(rows))
    # the seeds do repeat paragraphs in consecutive rows, or the test proves nothing
    assert any(set(a.paragraphs) & set(b.paragraphs) for a, b in itertools.pairwise(rows))
    for r in range(1, len(rows)):
        assert not (shown[r] & set(rows[r - 1].paragraphs)), rows[r].key


def test_on_the_seeds_every_paragraph_is_drawn_and_every_reference_points_back(
    seed_rows: tuple[list[Article], Alignment, tuple[Row, ...]],
) -> None:
    arts, _, rows = seed_rows
    placement = place_rows(rows)
    shown = drawn(rows, placement)
    assert set().union(*shown) == {p.id for a in arts for p in a.paragraphs}
    for r, row in enumerate(rows):
        for pid in row.paragraphs:
            home = placement.home(r, pid)
            assert pid in shown[home]
            # every row from the drawing one to here holds it: one run
            assert all(pid in rows[i].paragraphs for i in range(home, r + 1))
            if home != r:
                assert r in placement.also_in(home, pid)


def test_on_the_seeds_also_names_exactly_the_rows_that_refer_back(
    seed_rows: tuple[list[Article], Alignment, tuple[Row, ...]],
) -> None:
    _, _, rows = seed_rows
    placement = place_rows(rows)
    for (home, pid), later in placement.also.items():
        assert placement.is_drawn(home, pid)
        assert later == tuple(r for r in range(len(rows)) if placement.homes.get((r, pid)) == home)
        # the run ends where "also" ends: the next row does not hold it
        nxt = later[-1] + 1
        assert nxt == len(rows) or pid not in rows[nxt].paragraphs


def _row(gid: str, a: tuple[str, ...], b: tuple[str, ...]) -> Row:
    return Row("group", gid, (a, b), Group(gid, (*a, *b), 0.5, (), ()))


def test_a_paragraph_that_comes_back_after_a_gap_is_drawn_again() -> None:
    rows = [
        _row("G1", ("A1",), ("B1",)),
        _row("G2", ("A1",), ("B2",)),
        _row("G3", ("A2",), ("B2",)),
        _row("G4", ("A1", "A3"), ()),
    ]
    placement = place_rows(rows)
    assert not placement.is_drawn(1, "A1") and placement.home(1, "A1") == 0
    assert placement.also_in(0, "A1") == (1,)
    assert placement.is_drawn(3, "A1")  # G3 has no A1: a new run
    assert placement.home(2, "B2") == 1 and placement.also_in(1, "B2") == (2,)
    assert placement.also_in(0, "B1") == ()


def test_folded_pieces_keep_the_clauses_and_say_what_is_left_out() -> None:
    text = "One two. Three four. Five six. Seven."
    assert folded_pieces(text, [(9, 20), (21, 30)]) == (Piece(9, 30, True, True),)
    assert folded_pieces(text, [(0, 8), (21, 30)]) == (
        Piece(0, 8, False, True),
        Piece(21, 30, False, True),
    )
    # only the full stop after the last clause: kept, no ellipsis
    assert folded_pieces(text, [(31, 36)]) == (Piece(31, 37, True, False),)
    assert folded_pieces(text, []) == (Piece(0, len(text), False, False),)
    assert folded_pieces("", []) == ()


def test_linked_clauses_are_the_linked_sentences_else_the_group_clauses() -> None:
    arts = articles(["One two. Three four.", "Other."], ["Uno dos. Tres."])
    a = SentenceRef("A1", 9, 20)
    b = SentenceRef("B1", 0, 8)
    group = Group(
        "G1",
        ("A1", "A2", "B1"),
        0.5,
        (SentenceRef("A1", 0, 8), a, b, SentenceRef("B1", 9, 14)),
        (SentenceLink(a, b, 0.5),),
    )
    paragraphs = {p.id: p for art in arts for p in art.paragraphs}
    clauses = linked_clauses(group, paragraphs)
    assert clauses["A1"] == ((9, 20),)
    assert clauses["B1"] == ((0, 8),)
    assert clauses["A2"] == ((0, len("Other.")),)  # no clause in the group: whole


def test_given_heights_a_row_between_does_not_draw_a_paragraph_again_on_one_screen() -> None:
    # G2 holds neither A1 nor B1 (a unique row, say): G3 still refers to G1's,
    # a few lines up, instead of drawing them a second time
    rows = [
        _row("G1", ("A1",), ("B1",)),
        Row("unique", "B2", ((), ("B2",))),
        _row("G3", ("A1",), ("B1",)),
    ]

    def height(r: int, drawn: frozenset[str]) -> int:
        return 1 + max(5 if pid in drawn else 1 for pid in rows[r].paragraphs)

    placement = place_rows(rows, height=height, reach=20)
    assert placement.home(2, "A1") == 0 and placement.home(2, "B1") == 0
    assert placement.also_in(0, "A1") == (2,)
    # a screen that short draws them again
    assert place_rows(rows, height=height, reach=8).is_drawn(2, "A1")


def test_given_heights_a_run_is_cut_a_screen_below_where_it_was_drawn() -> None:
    # every row holds A1; a drawn paragraph takes 10 lines, a reference 1, a head line 1
    rows = [_row(f"G{i + 1}", ("A1",), (f"B{i + 1}",)) for i in range(6)]

    def height(r: int, drawn: frozenset[str]) -> int:
        return 1 + max(10 if pid in drawn else 1 for pid in rows[r].paragraphs)

    placement = place_rows(rows, height=height, reach=25)
    drawn_in = [r for r in range(len(rows)) if placement.is_drawn(r, "A1")]
    # G1 at line 0 draws it; G2 (11) and G3 (22) refer to it; G4 at 33 draws it again
    assert drawn_in == [0, 3]
    assert placement.also_in(0, "A1") == (1, 2) and placement.also_in(3, "A1") == (4, 5)
    tops = [
        sum(
            height(i, frozenset(p for p in rows[i].paragraphs if placement.is_drawn(i, p)))
            for i in range(r)
        )
        for r in range(len(rows))
    ]
    for (r, pid), home in placement.homes.items():
        assert tops[r] - tops[home] < 25, (r, pid)
    # without a screen height: one run, drawn once
    assert [r for r in range(6) if place_rows(rows).is_drawn(r, "A1")] == [0]


def test_on_the_seeds_with_heights_no_reference_points_more_than_a_screen_up(
    seed_rows: tuple[list[Article], Alignment, tuple[Row, ...]],
) -> None:
    arts, _, rows = seed_rows
    lines = {p.id: len(p.text) // 40 + 1 for a in arts for p in a.paragraphs}

    def height(r: int, drawn: frozenset[str]) -> int:
        return 1 + max(
            (sum(lines[p] + 1 if p in drawn else 1 for p in cell) for cell in rows[r].cells),
            default=1,
        )

    placement = place_rows(rows, height=height, reach=30)
    tops = [0]
    for r in range(len(rows) - 1):
        drawn = frozenset(p for p in rows[r].paragraphs if placement.is_drawn(r, p))
        tops.append(tops[-1] + height(r, drawn))
    assert placement.homes  # some paragraphs are still only referred to
    for (r, _), home in placement.homes.items():
        assert 0 < tops[r] - tops[home] < 30
    assert len(placement.homes) < len(place_rows(rows).homes)  # and some drawn again

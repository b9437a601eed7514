"""The rows of the aligned view."""

from __future__ import annotations

from tests.core.articles import articles
from tests.story import story_alignment, story_articles
from tui.core.align import Alignment, Group
from tui.core.review import ItemRef
from tui.core.rows import aligned_rows, article_rows


def test_a_single_paragraph_follows_the_last_row_with_an_earlier_paragraph() -> None:
    rows = aligned_rows(story_articles(), story_alignment())
    keys = [r.key for r in rows]
    # C2 comes after G2 (which holds C1); A4 and B4 after G3 (which holds A3 and B3)
    assert keys == ["G1", "G2", "C2", "G3", "A4", "B4"]
    g2 = rows[1]
    assert g2.cells == (("A2",), ("B2",), ("C1",))
    assert rows[2].cells == ((), (), ("C2",))
    assert g2.item == ItemRef.group("G2") and rows[2].item == ItemRef.paragraph("C2")


def test_cells_keep_reading_order_and_empty_cells_for_articles_without_the_group() -> None:
    arts = articles(["one", "two", "three"], ["uno", "dos"])
    group = Group("G1", ("A3", "B2", "A1"), 0.5, (), ())
    alignment = Alignment((group,), ("A2", "B1"), {"A3": (0,), "B2": (0,), "A1": (0,)})
    rows = aligned_rows(arts, alignment)
    assert rows[1].cells == (("A1", "A3"), ("B2",))
    # B1 has no earlier paragraph in a group: it goes first; A2 after the group row
    assert [r.key for r in rows] == ["B1", "G1", "A2"]


def test_paragraphs_that_are_not_content_get_quiet_rows() -> None:
    arts = articles(["Title", ("By A. Writer", "metadata"), "Body"], ["Other"])
    alignment = Alignment((), ("A1", "A3", "B1"), {})
    rows = aligned_rows(arts, alignment)
    kinds = {r.key: r.kind for r in rows}
    assert kinds == {"A1": "unique", "A2": "other", "A3": "unique", "B1": "unique"}
    assert next(r for r in rows if r.key == "A2").item is None


def test_every_paragraph_shows_at_least_once() -> None:
    arts = story_articles()
    rows = aligned_rows(arts, story_alignment())
    shown = {pid for r in rows for pid in r.paragraphs}
    assert shown == {p.id for a in arts for p in a.paragraphs}


def test_before_the_alignment_one_row_holds_each_article_in_order() -> None:
    (row,) = article_rows(story_articles())
    assert row.kind == "article" and row.item is None
    assert row.cells[0] == ("A1", "A2", "A3", "A4")

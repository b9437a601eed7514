"""The review state: marks, manual links and unlinks, and their effect on an alignment."""

from __future__ import annotations

import pytest

from tests.story import story_alignment, story_articles
from tui.core.review import ItemRef, ReviewState, apply_corrections


def test_reviewed_and_flagged_toggle_and_are_immutable() -> None:
    g2 = ItemRef.group("G2")
    a4 = ItemRef.paragraph("A4")
    start = ReviewState()
    done = start.toggle_reviewed(g2).toggle_flagged(a4)
    assert start == ReviewState()  # the old value is untouched
    assert done.reviewed == {g2} and done.flagged == {a4}
    assert done.toggle_reviewed(g2).reviewed == frozenset()
    assert done.progress([g2, a4, ItemRef.group("G1")]) == (1, 3)


def test_a_group_and_a_paragraph_of_article_g_are_different_items() -> None:
    state = ReviewState().toggle_reviewed(ItemRef.group("G3"))
    assert ItemRef.paragraph("G3") not in state.reviewed


def test_link_puts_a_paragraph_into_a_group() -> None:
    articles = story_articles()
    review = ReviewState().link("C2", "G3", anchor="A3")
    result = apply_corrections(story_alignment(), review, articles)
    g3 = next(g for g in result.groups if g.id == "G3")
    assert g3.paragraphs == ("A3", "B3", "C2")
    assert "C2" not in result.unique
    assert [g.id for g in result.groups_of("C2")] == ["G3"]
    assert review.is_linked("C2", "G3")


def test_link_with_a_unique_paragraph_makes_a_manual_group() -> None:
    articles = story_articles()
    alignment = story_alignment()
    start = ReviewState()
    gid = start.new_group_id(alignment)
    assert gid == "M1"
    review = start.link("B4", gid, anchor="A4")
    result = apply_corrections(alignment, review, articles)
    manual = result.groups[-1]
    assert (manual.id, manual.paragraphs, manual.score) == ("M1", ("A4", "B4"), 1.0)
    assert {"A4", "B4"}.isdisjoint(result.unique)
    assert review.new_group_id(alignment) == "M2"


def test_unlink_takes_a_paragraph_out_and_a_two_article_group_dissolves() -> None:
    articles = story_articles()
    alignment = story_alignment()
    result = apply_corrections(alignment, ReviewState().unlink("C1", "G2"), articles)
    g2 = next(g for g in result.groups if g.id == "G2")
    assert g2.paragraphs == ("A2", "B2")
    assert all(s.paragraph != "C1" for s in g2.sentences)
    assert all("C1" not in (k.a.paragraph, k.b.paragraph) for k in g2.links)
    assert "C1" in result.unique

    gone = apply_corrections(alignment, ReviewState().unlink("B3", "G3"), articles)
    assert "G3" not in {g.id for g in gone.groups}
    assert {"A3", "B3"} <= set(gone.unique)
    assert gone.groups_of("A3") == ()


def test_link_and_unlink_of_the_same_pair_cancel_out() -> None:
    linked = ReviewState().link("C2", "G3", anchor="A3")
    assert linked.unlink("C2", "G3") == ReviewState()
    unlinked = ReviewState().unlink("C1", "G2")
    assert unlinked.link("C1", "G2", anchor="A2") == ReviewState()
    assert linked.link("C2", "G3", anchor="A3") is linked  # linking twice changes nothing


def test_no_corrections_leave_the_alignment_as_it_is() -> None:
    alignment = story_alignment()
    assert apply_corrections(alignment, ReviewState(), story_articles()) is alignment


def test_a_paragraph_cannot_anchor_itself_in_its_own_article() -> None:
    with pytest.raises(ValueError):
        ReviewState().link("A4", "G1", anchor="A1")


def test_links_to_paragraphs_that_are_gone_are_ignored() -> None:
    review = ReviewState().link("Z9", "G1", anchor="A1").link("C2", "M7", anchor="Q1")
    result = apply_corrections(story_alignment(), review, story_articles())
    assert result.groups == story_alignment().groups

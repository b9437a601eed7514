"""The review state: marks, manual links and unlinks, and their effect on an alignment;
and the review service the command line and the app share."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from tests.story import story_alignment, story_articles, story_comparison
from tui.core.align import Alignment
from tui.core.annotations import (
    AnnotationFormatError,
    Note,
    make_anchor,
    new_note,
    to_web_annotations,
)
from tui.core.compare import Comparison
from tui.core.model import Article
from tui.core.review import ItemRef, ReviewState, apply_corrections
from tui.core.review_service import (
    Reanalyse,
    Reviewed,
    corrected,
    import_notes,
    merge_notes,
    open_review,
    open_session,
    read_notes,
    recorded_sources,
)
from tui.core.session import Session, SessionError, save_session
from tui.core.storage import StorageError


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


# -- the review service: what the command line and the app do with a session ----------


def _reanalysed(calls: list[Alignment]) -> Reanalyse:
    """A stand-in for the names-and-numbers pass that records the alignments it got."""

    def reanalyse(articles: Sequence[Article], alignment: Alignment) -> Comparison:
        calls.append(alignment)
        return Comparison(tuple(articles), alignment)

    return reanalyse


def _note(article: Article, phrase: str, body: str) -> Note:
    start = article.text.index(phrase)
    anchor = make_anchor(article.text, start, start + len(phrase), source=article.source)
    return new_note(anchor, body)


def test_corrections_that_change_nothing_keep_the_comparison() -> None:
    comparison, calls = story_comparison(), list[Alignment]()
    kept = corrected(story_articles(), comparison, ReviewState(), reanalyse=_reanalysed(calls))
    assert kept is comparison and calls == []


def test_corrections_find_names_and_numbers_again_for_the_new_alignment() -> None:
    articles, comparison = story_articles(), story_comparison()
    calls: list[Alignment] = []
    review = ReviewState().link("C2", "G3", anchor="A3")
    result = corrected(articles, comparison, review, reanalyse=_reanalysed(calls))
    assert calls == [apply_corrections(comparison.alignment, review, articles)]
    assert result.alignment is calls[0]


def test_open_review_without_a_session_file(tmp_path: Path) -> None:
    articles, comparison = story_articles(), story_comparison()
    never = _reanalysed([])
    assert open_review(articles, comparison, None, reanalyse=never) == Reviewed(comparison, None)
    missing = tmp_path / "none.parallax.json"
    assert open_review(articles, comparison, missing, reanalyse=never) == Reviewed(comparison, None)
    with pytest.raises(SessionError, match=r"^nothing\.json: no such session file$"):
        open_review(articles, comparison, "nothing.json", reanalyse=never, required=True)
    assert open_session(None, articles, comparison.alignment, required=True) is None


def test_open_review_applies_the_saved_corrections(tmp_path: Path) -> None:
    articles, comparison = story_articles(), story_comparison()
    calls: list[Alignment] = []
    session = Session(review=ReviewState().unlink("C1", "G2"))
    path = tmp_path / "s.parallax.json"
    save_session(path, session, articles, comparison.alignment)
    reviewed = open_review(articles, comparison, path, reanalyse=_reanalysed(calls))
    assert reviewed.session == session
    assert "C1" in reviewed.comparison.alignment.unique and len(calls) == 1


def test_a_bad_session_file_is_an_error_and_left_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.parallax.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SessionError, match="left untouched"):
        open_review(story_articles(), story_comparison(), bad, reanalyse=_reanalysed([]))
    with pytest.raises(SessionError, match="not a readable session file"):
        recorded_sources(bad)
    assert bad.read_text(encoding="utf-8") == "{not json"


def test_notes_merge_by_id() -> None:
    a = story_articles()[0]
    kept, changed = _note(a, "Port Vale", "one"), _note(a, "Monday", "two")
    session = Session().add_note(kept).add_note(changed)
    edited = replace(changed, body="two, checked")
    new = _note(a, "rescuers", "three")
    merged = merge_notes(session, [edited, new])
    assert (merged.added, merged.replaced) == (1, 1)
    assert [n.body for n in merged.session.notes] == ["one", "two, checked", "three"]


def test_import_notes_into_a_new_session_file_and_again(tmp_path: Path) -> None:
    articles, alignment = story_articles(), story_alignment()
    note = _note(articles[1], "Forty rescuers", "how many?")
    annotations = tmp_path / "notes.jsonld"
    annotations.write_text(json.dumps(to_web_annotations([note])), encoding="utf-8")
    path = tmp_path / "s.parallax.json"
    assert recorded_sources(path) == []
    first = import_notes(path, read_notes(annotations), articles, alignment)
    again = import_notes(path, read_notes(annotations), articles, alignment)
    assert (first.added, first.replaced, again.added, again.replaced) == (1, 0, 0, 1)
    assert [n.id for n in again.session.notes] == [note.id]
    assert recorded_sources(path) == [a.source for a in articles]


def test_read_notes_names_the_file(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"type": "Something"}', encoding="utf-8")
    with pytest.raises(AnnotationFormatError, match=r"other\.json: not a W3C annotation"):
        read_notes(other)
    with pytest.raises(StorageError, match="cannot read"):
        read_notes(tmp_path / "missing.json")

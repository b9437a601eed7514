"""Claims: the sentence under the cursor and its linked counterparts, or a selection."""

from __future__ import annotations

from tests.story import story_alignment, story_articles, story_comparison
from tui.core.annotations import new_note, note_json
from tui.core.claims import ClaimPart, claim_at, sentence_at
from tui.core.marking import selection_anchor
from tui.core.report import report_json, report_markdown
from tui.core.session import Session


def test_the_sentence_at_an_offset() -> None:
    text = "First one. Second “quoted.” Third?  Last"
    assert text[slice(*sentence_at(text, 0))] == "First one."
    assert text[slice(*sentence_at(text, 14))] == "Second “quoted.”"
    assert text[slice(*sentence_at(text, 30))] == "Third?"
    assert text[slice(*sentence_at(text, len(text)))] == "Last"
    assert sentence_at("", 0) == (0, 0)


def test_a_claim_is_the_sentence_and_every_sentence_linked_to_it() -> None:
    g2 = story_alignment().groups[1]  # A2 - B2 - C1, linked in a chain
    parts = claim_at("C1", "x" * 80, 3, group=g2)
    assert [p.paragraph for p in parts] == ["A2", "B2", "C1"]
    assert parts[0] == ClaimPart("A2", 0, 77)


def test_a_selection_is_the_claim_and_outside_a_group_the_sentence_alone() -> None:
    g2 = story_alignment().groups[1]
    assert claim_at("A2", "abc def", 0, selection=(0, 3), group=g2) == (ClaimPart("A2", 0, 3),)
    assert claim_at("A4", "One. Two.", 6) == (ClaimPart("A4", 5, 9),)


def test_a_verdict_on_a_claim_is_in_the_reports_and_the_annotations() -> None:
    articles = story_articles()
    a2 = articles[0].paragraphs[1]
    anchor = selection_anchor(articles[0], a2, 0, 9)
    note = new_note(anchor, "no source", "misleading")
    session = Session().add_note(note)
    report = report_json(story_comparison(), session=session)
    [entry] = report["review"]["notes"]  # type: ignore[typeddict-item]
    assert entry["verdict"] == "misleading" and entry["paragraph"] == "A2"
    markdown = report_markdown(story_comparison(), session=session)
    assert "**Verdict misleading** on the claim in A2: “The storm” — no source" in markdown
    bodies = note_json(note)["body"]
    assert {"type": "TextualBody", "value": "misleading", "purpose": "tagging"} in bodies

"""The detail line's text, as a pure function: no app is started."""

from __future__ import annotations

from typing import Any

from tests.story import story_articles, story_comparison
from tui.core.differences import Facts, Mark
from tui.core.model import Paragraph
from tui.core.review import ItemRef, ReviewState
from tui.core.session import Verdict
from tui.screens.comparison.caret import Caret
from tui.screens.comparison.detail_text import DetailText, detail_notes, detail_text
from tui.screens.comparison.outline import Outline, compared

PARAGRAPHS = {p.id: p for a in story_articles() for p in a.paragraphs}
IDS = ("A", "B", "C")


def _story(review: ReviewState | None = None) -> Outline:
    comparison = story_comparison()
    return compared(story_articles(), comparison.alignment, review or ReviewState(), comparison)


def _detail(
    pid: str | None,
    group: str | None = None,
    *,
    aligned: bool = True,
    paragraph: Paragraph | None = None,
    article_ids: tuple[str, ...] = IDS,
    **kwargs: Any,
) -> DetailText:
    outline = _story()
    return detail_text(
        paragraph=paragraph or (PARAGRAPHS[pid] if pid else None),
        group=group,
        alignment=outline.alignment if aligned else None,
        article_ids=article_ids,
        facts=outline.facts,
        **kwargs,
    )


def test_before_the_comparison() -> None:
    assert _detail("A2", aligned=False).heading.plain == "A2 · aligning…"
    assert _detail("A2", aligned=False, failed=True).heading.plain == "A2 · not aligned"


def test_a_group_says_who_reports_it_in_the_articles_order() -> None:
    detail = _detail("B2", "G2")
    assert detail.heading.plain == "B2 · G2: reported by A B C"
    assert detail.heading.spans[0].style == "bold"  # the paragraph id
    reversed_order = _detail("B2", "G2", article_ids=("C", "B", "A"))
    assert reversed_order.heading.plain == "B2 · G2: reported by C B A"


def test_the_other_groups_of_the_paragraph_and_a_link_by_hand() -> None:
    review = ReviewState().link("C2", "G2", anchor="A2")
    detail = _detail("C2", "G2", also_in=("G4",), review=review)
    assert detail.heading.plain == "C2 · G2: reported by A B C (also in G4) · linked by you"


def test_unique_and_not_compared_paragraphs() -> None:
    assert _detail("C2").heading.plain == "C2 · only C reports this"
    byline = Paragraph("A9", "A", 8, "By a reporter", 0, 13, "metadata")
    repeat = Paragraph("A8", "A", 7, "Storm floods Port Vale", 0, 22, repeat_of="A1")
    assert _detail(None, paragraph=byline).heading.plain == "A9 · metadata, not compared"
    assert _detail(None, paragraph=repeat).heading.plain == "A8 · repeats A1, not compared"


def test_marks_verdict_notes_and_the_text_cursor() -> None:
    item = ItemRef.group("G2")
    review = ReviewState().toggle_reviewed(item).toggle_flagged(item)
    detail = _detail(
        "A2",
        "G2",
        review=review,
        item=item,
        verdict=Verdict("mis\nleading"),
        notes=2,
        caret=Caret("A2", pos=7, active=True),
    )
    assert detail.heading.plain == (
        "A2 · G2: reported by A B C  ✓ reviewed  ⚑ flagged  verdict: mis leading"
        "  ✎ 2 notes  · text cursor at 7"
    )
    selected = _detail("A2", "G2", caret=Caret("A2", pos=7, anchor=6, active=True), notes=1)
    assert selected.heading.plain.endswith("  ✎ 1 note  · selected 1 character")


def test_what_each_outlet_says_about_the_paragraph() -> None:
    assert _detail("A2", "G2").notes == [
        "homes flooded (differ): A 24 · B 30 · C about two dozen",
        "Olena Zelenska is spelled 2 ways: A Olena Zelenska · B Olena Zelenskaya",
        "date (agree): A Monday · B Monday · C Monday",
    ]


def test_every_note_is_kept_and_a_row_speaks_for_an_empty_cell() -> None:
    marks = {"A1": tuple(Mark(0, 1, "number-differ", f"k{i}") for i in range(5))}
    facts = Facts(marks=marks, notes={f"k{i}": f"note {i}" for i in range(5)})
    every = [f"note {i}" for i in range(5)]
    assert detail_notes(facts, "A1", None) == every  # the detail line cuts once, not here
    row = _story().rows[0]  # G1: A1 B1
    assert detail_notes(facts, None, row) == every
    assert detail_notes(facts, None, None) == []

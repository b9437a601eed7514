"""The search beyond the literal text: every spelling of a name, every form of a figure."""

from __future__ import annotations

from tests.story import story_articles, story_comparison
from tui.core.search import find_matches


def _found(query: str, *, exact: bool) -> list[tuple[str, str]]:
    articles = story_articles()
    c = story_comparison()
    text = {p.id: p.text for a in articles for p in a.paragraphs}
    matches = find_matches(
        articles,
        query,
        exact=exact,
        entities=c.entities,
        word_variants=c.word_variants,
        quantities=c.quantities,
    )
    return [(m.paragraph, text[m.paragraph][m.start : m.end]) for m in matches]


def test_a_name_finds_its_other_spellings() -> None:
    assert _found("Zelenskaya", exact=False) == [
        ("A2", "Olena Zelenska"),
        ("B2", "Olena Zelenskaya"),
    ]
    assert _found("Zelenskaya", exact=True) == [("B2", "Zelenskaya")]


def test_a_figure_finds_its_other_forms() -> None:
    assert _found("24", exact=False) == [("A2", "24"), ("C1", "two dozen")]
    assert _found("24", exact=True) == [("A2", "24")]


def test_spelling_matches_are_whole_words_and_overlaps_are_dropped() -> None:
    assert _found("Zelen", exact=False) == [("A2", "Zelen"), ("B2", "Zelen")]
    assert _found("Olena", exact=False) == [("A2", "Olena Zelenska"), ("B2", "Olena Zelenskaya")]
    assert _found("", exact=False) == []

"""Figures of people named by their role, and deaths told as lives ended.
The small articles are invented."""

from __future__ import annotations

from tests.core.articles import articles
from tui.core.quantities import Quantity, find_numbers, link_quantities


def quantities(*bodies: list[str]) -> list[Quantity]:
    return link_quantities(articles(*bodies))


def figures(q: Quantity) -> set[tuple[str, str]]:
    return {(m.paragraph, m.text) for m in q.mentions}


def test_parallel_sentences_do_not_join_two_roles() -> None:
    qs = quantities(
        ["The bus carried 41 passengers, among them 30 pupils and two teachers from Lyon."],
        ["The coach was carrying 41 passengers and 3 crew (2 drivers and a guide)."],
    )
    for q in qs:
        texts = figures(q)
        assert not ({("A1", "two"), ("B1", "2")} <= texts), texts


def test_parallel_sentences_still_join_one_role_written_twice() -> None:
    qs = quantities(
        ["The bus carried 41 passengers, among them 30 pupils and two teachers from Lyon."],
        ["The coach was carrying 41 passengers, including 2 teachers and 30 pupils."],
    )
    assert any({("A1", "two"), ("B1", "2")} <= figures(q) for q in qs)


def test_a_life_ended_is_a_death() -> None:
    found = {m.text: m.frame for m in find_numbers("The crash ended the life of 88 people.")}
    assert found["88"] == "killed"


def test_a_figure_at_a_named_site_is_a_part_of_the_citys() -> None:
    qs = quantities(
        [
            "Screams came from the Harbour Tower building, where 30 people were trapped.",
            "Between 150 and 200 people were believed trapped in buildings across the city.",
        ],
        ["At least 120 people were trapped under rubble, officials said."],
    )
    for q in qs:
        assert not ({("A1", "30"), ("B1", "120")} <= figures(q)), figures(q)
    assert any(("B1", "120") in figures(q) and ("A2", "150") in figures(q) for q in qs)


def test_pct_is_a_percentage() -> None:
    found = {m.text: (m.kind, m.value) for m in find_numbers("Turnout fell to 61 pct on Sunday.")}
    assert found["61 pct"] == ("percent", 61.0)


def test_a_name_after_of_is_no_subject_of_the_votes() -> None:
    qs = quantities(
        ["Okafor re-elected governor of Lagos with 61 pct of votes"],
        ["Okafor won 60 percent of the votes, the commission said."],
    )
    assert any({("A1", "61 pct"), ("B1", "60 percent")} <= figures(q) for q in qs)


def test_people_evacuated_are_the_people_rescued() -> None:
    qs = quantities(
        ["The minister said 412 workers were inside and 96 of them had been rescued so far."],
        ['"We have evacuated 96 people so far," the minister told reporters.'],
    )
    assert any({("A1", "96"), ("B1", "96")} <= figures(q) for q in qs)

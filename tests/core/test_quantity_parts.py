"""Figures that are a part of another, or of no one frame: they stay apart
from the whole.  The small articles are invented."""

from __future__ import annotations

from tests.core.articles import articles
from tui.core.quantities import Quantity, find_numbers, link_quantities


def quantities(*bodies: list[str]) -> list[Quantity]:
    return link_quantities(articles(*bodies))


def figures(q: Quantity) -> set[tuple[str, str]]:
    return {(m.paragraph, m.text) for m in q.mentions}


def test_a_bare_figure_never_joins_two_frames() -> None:
    bodies = articles(
        ["The mayor said 120 people were trapped in the flooded depot."],
        ["The flooded depot, where 120 people worked, collapsed."],
        ["Police fear 120 people are missing in the flooded depot."],
    )
    # the bare "120 people" is aligned with both, and may join either
    qs = link_quantities(bodies, groups=[["A1", "B1"], ["B1", "C1"]])
    assert any(("B1", "120") in figures(q) for q in qs)
    for q in qs:
        assert not {("A1", "120"), ("C1", "120")} <= figures(q)


def test_a_european_decimal_comma_before_a_scale_word() -> None:
    values = {m.text: m.value for m in find_numbers("She polled 12,47 million votes in all.")}
    assert values == {"12,47 million": 12_470_000}
    values = {m.text: m.value for m in find_numbers("Turnout was 12,470 on the island.")}
    assert values == {"12,470": 12_470}


def test_votes_won_after_a_pronoun_are_not_the_votes_cast() -> None:
    qs = quantities(
        ["Officials said Marenko won the runoff.", "He won, gaining 12,47 million votes."],
        ["More than 20 million votes were cast in the runoff."],
        ["Just over 20 million people voted, officials said."],
    )
    assert not any(("A2", "12,47 million") in figures(q) for q in qs)
    cast = next(q for q in qs if ("B1", "20 million") in figures(q))
    assert ("C1", "20 million") in figures(cast)


def test_a_part_given_as_of_them_is_no_other_count_of_the_whole() -> None:
    bodies = articles(
        ["The ferry carried 212 passengers when it sank."],
        [
            "154 passengers on sunken ferry were bound for Marlow",
            "Of the 212 passengers, 154 of them were bound for Marlow.",
        ],
    )
    qs = link_quantities(bodies, groups=[["A1", "B1", "B2"]])
    assert not any({("A1", "212"), ("B1", "154")} <= figures(q) for q in qs)


def test_a_distance_keeps_its_frame_past_a_conversion_in_brackets() -> None:
    found = {
        m.text: m.frame
        for m in find_numbers("The dam is 130 kilometres (81 miles) north of Tarvel.")
    }
    assert found["130"] == "distance"

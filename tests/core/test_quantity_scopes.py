"""Which figures stand for one quantity: coordinated figures, named parts of
the people, places, named subjects.  The small articles are invented."""

from __future__ import annotations

from tests.core.articles import articles
from tui.core.quantities import Quantity, find_numbers, link_quantities


def quantities(*bodies: list[str]) -> list[Quantity]:
    return link_quantities(articles(*bodies))


def figures(q: Quantity) -> set[tuple[str, str]]:
    return {(m.paragraph, m.text) for m in q.mentions}


def frames(text: str) -> dict[str, str]:
    return {m.text: m.frame for m in find_numbers(text)}


def test_coordinated_figures_share_the_noun_after_them() -> None:
    found = frames("Two hours after the 6.1 and 5.4 magnitude shocks, 40 were hurt.")
    assert found["6.1"] == found["5.4"] == "magnitude"
    found = frames("The governor said between 60 and 90 miners were trapped below.")
    assert found["60"] == found["90"] == "trapped"


def test_a_figure_before_its_own_clause_keeps_its_frame() -> None:
    found = frames("The toll rose to 312 dead and 1,200 were injured on Monday.")
    assert found["1,200"] == "injured"
    assert found["312"] == "killed"


def test_a_bare_figure_does_not_join_two_named_parts() -> None:
    qs = quantities(
        ["Six Peruvians died in the bus crash near the pass."],
        ["Six died in the bus crash near the pass, police said."],
        ["Six Bolivians died in the bus crash near the pass."],
    )
    for q in qs:
        assert not {("A1", "Six"), ("C1", "Six")} <= figures(q)


def test_a_preposition_ends_the_counted_noun() -> None:
    found = {m.text: m for m in find_numbers("Bus crash: 6 Peruvians among 31 victims")}
    assert found["31"].frame == "killed"
    qs = quantities(
        ["Bus crash: 6 Peruvians among 31 victims"],
        ["Six Bolivians died in the crash."],
    )
    assert not any({("A1", "6"), ("B1", "Six")} <= figures(q) for q in qs)


def test_an_article_that_splits_a_toll_by_place_splits_it_for_all() -> None:
    qs = quantities(
        ["Floods killed more than 700 people.", "In Chad, 240 died. Another 310 died in Niger."],
        ["In Niger, the deaths rose to 355 on Friday."],
        ["The floods have killed at least 690 people."],
    )
    whole = next(q for q in qs if ("A1", "700") in figures(q))
    assert ("B1", "355") not in figures(whole)
    niger = next(q for q in qs if ("B1", "355") in figures(q))
    assert ("A2", "310") in figures(niger)


def test_one_toll_given_for_a_city_and_its_country_stays_whole() -> None:
    qs = quantities(
        ["Blast toll rises to 92 in Arvale", "The blast killed 92 people in Norland."],
        ["The explosion killed at least 80 people."],
    )
    whole = next(q for q in qs if ("B1", "80") in figures(q))
    assert ("A1", "92") in figures(whole)


def test_votes_belong_to_the_candidate_named_before_them() -> None:
    qs = quantities(
        [
            "Official results gave Okonkwo 4,210,000 votes.",
            "His rival, Adeyemi, trailed with 2,950,000 votes.",
        ],
        [
            "Okonkwo won with 4,380,112 votes.",
            "The runner-up, Adeyemmi, polled 3,010,000 votes.",
        ],
    )
    winner = next(q for q in qs if ("A1", "4,210,000") in figures(q))
    assert figures(winner) == {("A1", "4,210,000"), ("B1", "4,380,112")}
    runner_up = next(q for q in qs if ("A2", "2,950,000") in figures(q))
    assert figures(runner_up) == {("A2", "2,950,000"), ("B2", "3,010,000")}


def test_a_threshold_of_the_vote_is_not_a_candidates_share() -> None:
    qs = quantities(
        ["Candidates in Varnia need more than 50 percent of the vote to win outright."],
        ["Okonkwo took 54 percent of the vote, officials said."],
    )
    assert not any({("A1", "more than 50 percent"), ("B1", "54 percent")} <= figures(q) for q in qs)


def test_a_figure_of_an_earlier_year_is_no_lead() -> None:
    qs = quantities(
        ["In 2019, Okonkwo won 48 percent of the vote.", "Okonkwo won 55 percent of the vote."],
        ["Okonkwo took 56 percent of the vote, officials said on March 3."],
    )
    share = next(q for q in qs if ("B1", "56 percent") in figures(q))
    assert figures(share) == {("A2", "55 percent"), ("B1", "56 percent")}

"""The month of one event, given without a day, as a quantity of its own."""

from __future__ import annotations

from tests.core.articles import articles
from tui.core.quantities import Quantity, link_quantities


def dates(*bodies: list[str]) -> list[Quantity]:
    return [q for q in link_quantities(articles(*bodies)) if q.kind == "date"]


def test_the_month_an_event_began_differs_between_reports() -> None:
    (q,) = dates(
        ["The inquiry into the ferry fire opened in May 2019 and sat for six weeks."],
        ["He gave evidence after the inquiry began in June 2019, his lawyer said."],
    )
    assert {m.text for m in q.mentions} == {"May 2019", "June 2019"}
    assert q.verdict == "differ"


def test_months_of_unrelated_sentences_stay_apart() -> None:
    assert not dates(
        ["The ferry was refitted in May 2019, the operator said."],
        ["Storms closed the harbour in June 2019."],
    )


def test_the_same_month_agrees_and_last_is_no_shared_word() -> None:
    qs = dates(
        ["The ferry sank last March off the coast, the coastguard said."],
        ["Divers reached the ferry that sank last March."],
    )
    (q,) = qs
    assert q.verdict == "agree"

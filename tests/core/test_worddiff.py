"""The words a paragraph's counterparts lack, and which of them the quiet marking keeps."""

from __future__ import annotations

from functools import partial

from tests.core.articles import articles
from tui.core.align import Group, SentenceLink, SentenceRef
from tui.core.settings import HighlightSettings
from tui.core.worddiff import carries_claim, unshared_words

#: A made-up general-English frequency list: every other word is common.
ZIPF = {"damaged": 4.4, "shipyard": 3.3, "said": 6.0, "the": 7.7, "power": 5.5, "cuts": 4.8}


def zipf(word: str) -> float:
    return ZIPF.get(word, 5.0)


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_an_ordinal_is_one_word() -> None:
    arts = articles(["Power cuts are planned from October 1st."], ["Power cuts are planned."])
    paragraphs = {p.id: p for a in arts for p in a.paragraphs}
    group = Group("G1", ("A1", "B1"), 1.0, (), ())
    text = paragraphs["A1"].text
    assert marked(text, unshared_words(group, paragraphs)["A1"]) == ["October", "1st"]


def test_a_word_in_another_clause_of_the_counterpart_is_shared() -> None:
    a_text = "Two ships were damaged and 24 people were injured in the attack."
    b_text = "Moscow blames Kyiv for the attack. It left 24 people injured."
    arts = articles([a_text], [b_text])
    paragraphs = {p.id: p for a in arts for p in a.paragraphs}
    a = SentenceRef("A1", 0, len(a_text))
    b = SentenceRef("B1", 0, b_text.index(" It"))
    group = Group("G1", ("A1", "B1"), 0.5, (a, b), (SentenceLink(a, b, 0.8),))
    words = marked(a_text, unshared_words(group, paragraphs)["A1"])
    # the linked clause of B1 lacks them, but B1 says "24 people injured"
    assert "people" not in words and "injured" not in words and "24" not in words
    assert words == ["Two", "ships", "damaged"]


def test_the_quiet_marking_keeps_figures_names_and_rare_words() -> None:
    text = "Damaged, said the report: the shipyard in Sevastopol lost 24 cranes."

    def keeps(word: str) -> bool:
        start = text.index(word)
        return carries_claim(text, start, start + len(word), zipf=zipf)

    assert keeps("24") and keeps("Sevastopol") and keeps("shipyard")
    assert not keeps("said") and not keeps("report")
    assert not keeps("Damaged")  # a capital at a sentence's start names nothing
    strict = HighlightSettings(quiet_zipf_max=3.0)
    start = text.index("shipyard")
    assert not carries_claim(text, start, start + 8, zipf=zipf, settings=strict)


def test_a_headline_s_capitals_are_no_names() -> None:
    text = "Meeting Marred by Missile Strike on Sevastopol"
    start = text.index("Strike")
    assert not carries_claim(text, start, start + 6, zipf=zipf)
    start = text.index("Sevastopol")  # unknown to the list: rare, so kept
    assert carries_claim(text, start, start + 10, zipf=lambda w: 0.0)


def test_keep_drops_words_from_the_marking() -> None:
    arts = articles(["The shipyard was damaged in Sevastopol."], ["Rain fell."])
    paragraphs = {p.id: p for a in arts for p in a.paragraphs}
    group = Group("G1", ("A1", "B1"), 1.0, (), ())
    text = paragraphs["A1"].text
    assert marked(text, unshared_words(group, paragraphs)["A1"]) == [
        "shipyard",
        "damaged",
        "Sevastopol",
    ]
    quiet = unshared_words(group, paragraphs, keep=partial(carries_claim, zipf=zipf))
    assert marked(text, quiet["A1"]) == ["shipyard", "Sevastopol"]

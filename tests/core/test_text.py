"""The text utilities: the clause splitter and word keys."""

from __future__ import annotations

from tui.core.text import (
    PUNCTUATION_BREAK_RE,
    sentence_spans,
    split_clauses,
    word_key,
)


def pieces(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_clauses_keep_their_breaks_by_default() -> None:
    text = "Kim met Putin, drones attacked Odesa and Ukraine struck Sevastopol."
    spans = split_clauses(text, sentence_spans(text))
    assert pieces(text, spans) == [
        "Kim met Putin, ",
        "drones attacked Odesa and ",
        "Ukraine struck Sevastopol.",
    ]


def test_clauses_never_cut_inside_a_protected_stretch() -> None:
    text = "On Sept. 13, 2023, the shipyard burned"
    date = (text.index("Sept."), text.index("2023") + 4)
    spans = split_clauses(text, [(0, len(text))], protected=[date])
    assert pieces(text, spans) == ["On Sept. 13, 2023, ", "the shipyard burned"]


def test_punctuation_breaks_belong_to_no_clause() -> None:
    text = 'About 1,200 people (officials said) fled; "dozens" died - 10:30 a.m.'
    spans = split_clauses(text, [(0, len(text))], breaks=PUNCTUATION_BREAK_RE, keep_breaks=False)
    assert pieces(text, spans) == [
        "About 1,200 people ",
        "officials said",
        " fled",
        " ",
        "dozens",
        " died",
        "10:30 a.m.",
    ]


def test_clauses_stay_inside_their_sentences() -> None:
    text = "One, two. Three, four."
    assert pieces(text, split_clauses(text, sentence_spans(text))) == [
        "One, ",
        "two.",
        "Three, ",
        "four.",
    ]


def test_word_key_folds_case_possessives_and_spelling() -> None:
    assert word_key("Armoured") == word_key("armored\u2019s")
    assert word_key("the") is None
    assert word_key("1,200") == "1200"

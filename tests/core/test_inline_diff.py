"""The word diff of two paragraphs: units, ops with offsets, the inline text."""

from __future__ import annotations

from tests.story import story_comparison
from tui.core.inline_diff import DiffOp, inline_pieces, known_spans, units, word_diff


def inline(a: str, b: str, **spans: object) -> str:
    ops = word_diff(a, b, **spans)  # type: ignore[arg-type]
    return "".join(p.text for p in inline_pieces(a, b, ops))


def test_a_changed_figure_shows_as_deleted_and_inserted() -> None:
    assert inline("37 people were hurt", "73 people were hurt") == "[-37-]{+73+} people were hurt"


def test_ops_carry_offsets_into_both_texts() -> None:
    a, b = "Rescuers came by boat.", "Rescuers came quickly by boat."
    ops = word_diff(a, b)
    assert [op.tag for op in ops] == ["equal", "insert", "equal"]
    insert = ops[1]
    assert b[insert.b_start : insert.b_end] == "quickly"
    assert insert.a_start == insert.a_end == a.index(" by")  # right after "came"
    assert ops[0] == DiffOp("equal", 0, a.index(" by"), 0, b.index(" quickly"))


def test_figures_compare_by_value_and_words_by_stem_and_spelling() -> None:
    assert inline("ten armoured trucks", "10 armored truck") == (
        "{~ten→10~} {~armoured→armored~} {~trucks→truck~}"
    )
    assert inline("1,200 homes", "1200 homes") == "{~1,200→1200~} homes"
    assert inline("The homes", "the homes") == "The homes"  # case alone is no change


def test_known_spans_make_one_unit_of_a_figure_or_a_name() -> None:
    c = story_comparison()
    spans = known_spans(entities=c.entities, word_variants=c.word_variants, quantities=c.quantities)
    a2 = c.articles[0].paragraphs[1].text
    c1 = c.articles[2].paragraphs[0].text
    found = {u.text: u.key for u in units(c1, spans=spans["C1"])}
    assert found["two dozen"] == "#24"
    shown = inline(a2, c1, a_spans=spans["A2"], b_spans=spans["C1"])
    assert "{~24→two dozen~}" in shown  # the same figure, written another way
    a3, b3 = c.articles[0].paragraphs[2].text, c.articles[1].paragraphs[2].text
    shown = inline(a3, b3, a_spans=spans["A3"], b_spans=spans["B3"])
    assert shown == (
        "[-About-] {~40→Forty~} rescuers from {~Kiev→Kyiv~} [-arrived-]{+came+} in "
        "{~armoured→armored~} trucks {+and boats+}."
    )


def test_pieces_keep_the_article_text_as_data() -> None:
    a, b = "[bold]x[/bold] said", "[bold]y[/bold] said"
    pieces = inline_pieces(a, b, word_diff(a, b))
    assert "".join(p.text for p in pieces) == "[bold][-x-]{+y+}[/bold] said"
    assert {p.role for p in pieces} == {"same", "marker", "delete", "insert"}


def test_empty_sides() -> None:
    assert inline("", "Many homes") == "{+Many homes+}"
    assert inline("a b c", "") == "[-a b c-]"
    assert word_diff("", "") == ()

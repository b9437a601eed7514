"""Selections become anchors, notes become paragraph spans, and word motions."""

from __future__ import annotations

from tui.core.annotations import make_anchor, new_note, place
from tui.core.loader import parse_article
from tui.core.marking import note_spans, selection_anchor, word_left, word_right

TEXT = "First paragraph here.\n\nThe second one, with ten missiles.\n\nThird."
MARKDOWN = "# Title\n\nA **bold** claim about ten missiles.\n"


def test_a_selection_anchors_in_the_article_text() -> None:
    article = parse_article(TEXT, article_id="A", source="a.txt")
    second = article.paragraphs[1]
    start = second.text.index("ten missiles")
    anchor = selection_anchor(article, second, start + 12, start)  # either direction
    assert anchor.exact == "ten missiles"
    assert article.text[anchor.start : anchor.end] == "ten missiles"
    assert anchor.source == "a.txt"


def test_no_selection_anchors_the_whole_paragraph() -> None:
    article = parse_article(TEXT, article_id="A", source="a.txt")
    second = article.paragraphs[1]
    assert selection_anchor(article, second, 4, 4).exact == second.text


def test_markdown_quote_is_found_in_the_block_source() -> None:
    article = parse_article(MARKDOWN, article_id="A", source="a.md", format="markdown")
    body = article.paragraphs[1]
    assert body.text != article.text[body.start : body.end]
    start = body.text.index("claim")
    anchor = selection_anchor(article, body, start, start + 5)
    assert article.text[anchor.start : anchor.end] == "claim"
    # a quote across the markup falls back to the whole block
    across = selection_anchor(article, body, 0, body.text.index("claim"))
    assert (across.start, across.end) == (body.start, body.end)


def test_note_spans_are_per_paragraph_and_orphans_have_none() -> None:
    article = parse_article(TEXT, article_id="A", source="a.txt")
    first, second = article.paragraphs[0], article.paragraphs[1]
    on_word = new_note(selection_anchor(article, second, 4, 10), "one")
    across = new_note(
        make_anchor(article.text, first.start + 6, second.start + 3, source="a.txt"), "two"
    )
    orphan = new_note(make_anchor("something else", 0, 9, source="a.txt"), "three")
    notes = [on_word, across, orphan]
    where = {n.id: place(n.anchor, article.text) for n in notes}
    spans = note_spans([article], notes, where)
    assert [(s.note, s.start, s.end) for s in spans["A2"]] == [
        (on_word.id, 4, 10),
        (across.id, 0, 3),
    ]
    assert [(s.note, s.start, s.end) for s in spans["A1"]] == [(across.id, 6, len(first.text))]
    assert all(s.note != orphan.id for spans_ in spans.values() for s in spans_)


def test_word_motions() -> None:
    text = "Ten cruise missiles, the ministry said."
    assert word_right(text, 0) == 3
    assert word_right(text, 3) == 10
    assert word_right(text, 19) == 24  # over the comma and space
    assert word_right(text, len(text)) == len(text)
    assert word_left(text, len(text)) == text.index("said")
    assert word_left(text, 4) == 0
    assert word_left(text, 0) == 0


def test_spaces_at_the_ends_of_a_selection_are_left_out() -> None:
    article = parse_article(TEXT, article_id="A", source="a.txt")
    second = article.paragraphs[1]
    start = second.text.index(" second")
    assert selection_anchor(article, second, start, start + 8).exact == "second"
    assert selection_anchor(article, second, 3, 4).exact == second.text  # only a space

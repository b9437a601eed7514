"""Anchoring notes, re-anchoring them in edited articles, and the W3C export."""

from __future__ import annotations

import json

import pytest

from tui.core.annotations import (
    AnnotationFormatError,
    from_web_annotations,
    make_anchor,
    new_note,
    place,
    text_hash,
    to_web_annotations,
)

TEXT = (
    "At least 24 people were injured in a suspected rocket attack on the Bay of Sevastopol. "
    "A non-civilian facility went up in flames, the governor said. "
    "About ten explosions echoed through the city."
)
QUOTE = "went up in flames"


def anchor(text: str = TEXT, quote: str = QUOTE):
    start = text.index(quote)
    return make_anchor(text, start, start + len(quote), source="c.txt")


def test_anchor_keeps_quote_context_offsets_and_hash():
    a = anchor()
    assert a.exact == QUOTE
    assert TEXT[a.start : a.end] == QUOTE
    assert TEXT.endswith(a.suffix, 0, a.end + len(a.suffix))
    assert a.prefix == TEXT[a.start - len(a.prefix) : a.start]
    assert a.sha256 == text_hash(TEXT)
    with pytest.raises(ValueError):
        make_anchor(TEXT, 10, 5, source="c.txt")


def test_unchanged_article_places_the_note_where_it_was():
    p = place(anchor(), TEXT)
    assert (p.start, p.end, p.how) == (
        TEXT.index(QUOTE),
        TEXT.index(QUOTE) + len(QUOTE),
        "unchanged",
    )


def test_text_inserted_before_the_quote():
    edited = "UPDATE: figures revised. " + TEXT
    p = place(anchor(), edited)
    assert p.how == "exact"
    assert edited[p.start : p.end] == QUOTE


def test_repeated_quote_picks_the_occurrence_with_matching_context():
    text = "The city went up in flames once. " + TEXT
    a = anchor(text, QUOTE)  # anchors the first occurrence
    second = text.index(QUOTE, text.index(QUOTE) + 1)
    a = make_anchor(text, second, second + len(QUOTE), source="c.txt")
    edited = "Intro. " + text
    p = place(a, edited)
    assert p.how == "exact"
    assert p.start == edited.index(QUOTE, edited.index(QUOTE) + 1)


def test_quote_slightly_changed_is_found_fuzzily():
    edited = TEXT.replace("went up in flames", "went up in flame")
    p = place(anchor(), edited)
    assert p.how == "fuzzy"
    assert edited[p.start : p.end] == "went up in flame"
    assert p.score >= 80


def test_quote_deleted_orphans_the_note():
    edited = TEXT.replace("A non-civilian facility went up in flames, the governor said. ", "")
    p = place(anchor(), edited)
    assert p.orphaned
    assert (p.start, p.end) == (-1, -1)


def test_web_annotation_round_trip():
    note = new_note(anchor(), "Only Tass reports the fire.\nCheck Telegram.", "needs source")
    doc = json.loads(json.dumps(to_web_annotations([note])))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection"
    assert doc["total"] == 1
    item = doc["first"]["items"][0]
    assert item["type"] == "Annotation"
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == QUOTE
    assert selectors["TextPositionSelector"]["start"] == TEXT.index(QUOTE)
    (back,) = from_web_annotations(doc)
    assert back == note


def test_foreign_annotations_without_position_or_hash_still_load():
    doc = {
        "type": "Annotation",
        "body": "A plain string body",
        "target": {
            "source": "c.txt",
            "selector": {"type": "TextQuoteSelector", "exact": QUOTE},
        },
    }
    (note,) = from_web_annotations(doc)
    assert note.body == "A plain string body"
    assert place(note.anchor, TEXT).how == "exact"


@pytest.mark.parametrize(
    "doc",
    [
        {"type": "Something"},
        "text",
        [{"type": "Annotation", "target": {"source": "c.txt"}}],
        [{"type": "Annotation", "target": {"selector": []}}],
    ],
)
def test_unreadable_annotation_documents_are_rejected(doc):
    with pytest.raises(AnnotationFormatError):
        from_web_annotations(doc)

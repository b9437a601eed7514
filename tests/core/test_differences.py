"""Marks, notes and the differences list; word differences in a group; search; spans."""

from __future__ import annotations

from tests.core.articles import articles
from tests.story import story_alignment, story_articles, story_comparison
from tui.core.align import Group, SentenceLink, SentenceRef
from tui.core.differences import DifferenceFilter, Facts, collect_facts
from tui.core.highlights import Highlighter
from tui.core.search import find_matches
from tui.core.worddiff import group_clauses, unshared_words


def story_facts() -> Facts:
    c = story_comparison()
    return collect_facts(
        c.articles,
        c.alignment,
        entities=c.entities,
        word_variants=c.word_variants,
        quantities=c.quantities,
    )


def test_numbers_are_marked_with_their_verdict() -> None:
    facts = story_facts()
    text = story_articles()[0].paragraphs[1].text
    a2 = {(m.kind, text[m.start : m.end]) for m in facts.marks_of("A2")}
    assert ("number-differ", "24") in a2
    assert ("number-agree", "Monday") in a2
    assert ("spelling", "Olena Zelenska") in a2
    # a name spelled one way only is not marked
    assert all(kind != "spelling" or text != "Port Vale" for kind, text in a2)
    assert [m.kind for m in facts.marks_of("A3")] == ["number-compatible", "spelling", "spelling"]


def test_notes_say_what_each_outlet_wrote() -> None:
    facts = story_facts()
    assert facts.notes["number:N1"] == "homes flooded (differ): A 24 · B 30 · C about two dozen"
    assert facts.notes["name:E2"] == "Kyiv is spelled 2 ways: A Kiev · B Kyiv"
    assert facts.notes_of(["A3"]) == [
        "rescuers (compatible): A about 40 · B Forty",
        "Kyiv is spelled 2 ways: A Kiev · B Kyiv",
        "armored is spelled 2 ways: A armoured · B armored",
    ]


def test_the_differences_list_puts_differing_numbers_first() -> None:
    facts = story_facts()
    kinds = [(d.kind, d.key) for d in facts.differences]
    assert kinds == [
        ("number", "number:N1"),
        ("number", "number:N3"),
        ("spelling", "name:E1"),
        ("spelling", "name:E2"),
        ("spelling", "word:armored"),
        ("unique", "unique:A4"),
        ("unique", "unique:B4"),
        ("unique", "unique:C2"),
    ]
    n1 = facts.differences[0]
    assert n1.label == "homes flooded: 24 / 30 / about two dozen" and n1.verdict == "differ"
    assert [p.paragraph for p in n1.places] == ["A2", "B2", "C1"]
    assert facts.count("number", "differ") == 1 and facts.count("spelling") == 3
    assert {"A2", "B2", "C1", "A3", "B3", "A4", "B4", "C2"} == facts.places


def test_unique_claims_skip_headings_and_shorten_long_text() -> None:
    arts = articles([("A heading", "heading"), "word " * 40], ["other"])
    alignment = story_alignment().__class__((), ("A1", "A2", "B1"), {})
    facts = collect_facts(arts, alignment, snippet=20)
    labels = [d.label for d in facts.differences]
    assert labels == ["A2 word word word word…", "B1 other"]


def test_group_clauses_and_unshared_words() -> None:
    arts = story_articles()
    paragraphs = {p.id: p for a in arts for p in a.paragraphs}
    g2 = story_alignment().groups[1]
    clauses = group_clauses(g2, paragraphs)
    a2 = paragraphs["A2"].text
    ((start, end),) = clauses["A2"]
    assert a2[start:end].endswith("Zelenska said.")  # the second sentence is not the group's
    unshared = unshared_words(g2, paragraphs)
    words = {a2[s:e] for s, e in unshared["A2"]}
    # A2 is linked to B2 only: words B2 lacks are marked, shared ones are not; case
    # and spelling variants do not count as differences ("Mayor"/"mayor")
    assert words == {"storm", "flooded", "24"}
    c1 = paragraphs["C1"].text
    assert "officials" in {c1[s:e] for s, e in unshared["C1"]}


def test_a_paragraph_without_clauses_counts_whole_against_the_other_articles() -> None:
    arts = articles(["Rescuers arrived in armoured trucks."], ["Rescuers came in armored boats."])
    paragraphs = {p.id: p for a in arts for p in a.paragraphs}
    group = Group("M1", ("A1", "B1"), 1.0, (), ())
    assert group_clauses(group, paragraphs)["A1"] == ((0, len(paragraphs["A1"].text)),)
    text = paragraphs["A1"].text
    # "armoured" and "armored" are one word; "trucks" and "arrived" are not in B1
    assert {text[s:e] for s, e in unshared_words(group, paragraphs)["A1"]} == {"arrived", "trucks"}


def test_links_decide_what_a_clause_is_compared_with() -> None:
    arts = articles(["Ten missiles hit the port."], ["Ten missiles hit the port."], ["Rain fell."])
    paragraphs = {p.id: p for a in arts for p in a.paragraphs}
    a, b, c = (SentenceRef(pid, 0, len(paragraphs[pid].text)) for pid in ("A1", "B1", "C1"))
    group = Group("G1", ("A1", "B1", "C1"), 0.5, (a, b, c), (SentenceLink(a, b, 0.9),))
    unshared = unshared_words(group, paragraphs)
    assert "A1" not in unshared and "B1" not in unshared  # identical, linked to each other
    assert {paragraphs["C1"].text[s:e] for s, e in unshared["C1"]} == {"Rain", "fell"}


def test_search_ignores_case_quotes_and_dashes_and_keeps_offsets() -> None:
    arts = articles(["Russia’s “new” front", "The new plan"], ["NEW   York — news"])
    matches = find_matches(arts, "new")
    assert [(m.paragraph, m.start, m.end) for m in matches] == [
        ("A1", 10, 13),
        ("A2", 4, 7),
        ("B1", 0, 3),
        ("B1", 13, 16),
    ]
    assert [m.paragraph for m in find_matches(arts, 'russia\'s "new"')] == ["A1"]
    assert [m.paragraph for m in find_matches(arts, "new york - news")] == ["B1"]
    assert find_matches(arts, "   ") == ()
    assert find_matches(arts, "[bold]") == ()  # a query is text, not a pattern


def test_highlighter_spans_in_drawing_order() -> None:
    c = story_comparison()
    facts = story_facts()
    highlighter = Highlighter(c.articles, c.alignment, facts)
    plain = [s.kind for s in highlighter.spans("A2")]
    assert "context" not in plain and "clause" not in plain  # no group: marks only
    spans = highlighter.spans("A2", "G2", matches=[(4, 9)], current=(4, 9))
    kinds = [s.kind for s in spans]
    assert kinds[0] == "clause" and "context" in kinds and "unshared" in kinds
    assert kinds[-1] == "match-current"
    assert kinds.index("number-differ") > kinds.index("unshared")
    assert highlighter.spans("Z9", "G2") == ()
    assert highlighter.spans("A4", "G9") == ()  # no such group: no clauses


def test_a_filter_keeps_one_kind_and_one_article() -> None:
    differences = story_facts().differences
    keys = [d.key for d in DifferenceFilter(kind="number").apply(differences)]
    assert keys == ["number:N1", "number:N3"]
    by_c = DifferenceFilter(article="C").apply(differences)
    assert [d.key for d in by_c] == ["number:N1", "unique:C2"]
    both = DifferenceFilter(kind="unique", article="B")
    assert [d.key for d in both.apply(differences)] == ["unique:B4"]
    assert both.describe(1, len(differences)) == "only here · B · 1 of 8"
    assert DifferenceFilter().describe(8, 8) == ""


def test_a_filter_cycles_through_the_kinds_and_articles_there_are() -> None:
    differences = story_facts().differences
    f = DifferenceFilter()
    kinds = []
    for _ in range(4):
        f = f.next_kind(differences)
        kinds.append(f.kind)
    assert kinds == ["number", "spelling", "unique", None]
    articles = []
    for _ in range(4):
        f = f.next_article(differences)
        articles.append(f.article)
    assert articles == ["A", "B", "C", None]
    numbers_only = [d for d in differences if d.kind == "number"]
    assert DifferenceFilter(kind="number").next_kind(numbers_only).kind is None
    assert DifferenceFilter().next_kind(()).kind is None

"""The alignment engine on small hand-made articles and on awkward input."""

from __future__ import annotations

import time

from tui.core.align import align, clause_spans
from tui.core.model import Article, Paragraph


def make(article_id: str, *paras: str) -> Article:
    text = "\n\n".join(paras)
    out = []
    pos = 0
    for i, para in enumerate(paras):
        start = text.index(para, pos)
        out.append(Paragraph(f"{article_id}{i + 1}", article_id, i, para, start, start + len(para)))
        pos = start + len(para)
    return Article(article_id, f"{article_id}.txt", paras[0] if paras else "", text, tuple(out))


STRIKE_A = (
    "Ukrainian forces fired ten cruise missiles at the Ordzhonikidze shipyard in Sevastopol, "
    "the Russian defence ministry said."
)
STRIKE_B = (
    "The Russian Defense Ministry said Ukraine launched 10 cruise missiles at the Sevastopol "
    "shipyard overnight."
)
SUMMIT_A = "Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny cosmodrome."
SUMMIT_B = "Kim Jong Un and Vladimir Putin held talks at the Vostochny Cosmodrome in the Far East."
FLOOD = "Heavy rain flooded the valley and farmers lost their harvest to the water."
CHESS = "The chess olympiad opened with a blitz tournament won by a teenage grandmaster."


def pairs(alignment):
    return alignment.aligned_pairs()


def test_reordered_facts_are_aligned():
    a = make("A", STRIKE_A, SUMMIT_A, FLOOD)
    b = make("B", SUMMIT_B, CHESS, STRIKE_B)
    result = align([a, b])
    assert ("A1", "B3") in pairs(result)
    assert ("A2", "B1") in pairs(result)
    assert ("A1", "B1") not in pairs(result)
    assert set(result.unique) == {"A3", "B2"}


def test_groups_carry_sentence_links_that_justify_them():
    a = make("A", STRIKE_A)
    b = make("B", STRIKE_B)
    (group,) = align([a, b]).groups
    assert group.paragraphs == ("A1", "B1")
    assert 0 < group.score <= 1
    link = group.links[0]
    assert {link.a.paragraph, link.b.paragraph} == {"A1", "B1"}
    shared = {w.lower() for w in link.shared}
    assert {"sevastopol", "shipyard", "cruise", "missiles"} <= shared
    # ten and 10 are one term
    assert any(w.lower() in ("ten", "10") for w in link.shared)


def test_one_paragraph_covering_what_another_splits_joins_several_groups():
    lead = STRIKE_B + " Separately, " + SUMMIT_B
    a = make("A", STRIKE_A, SUMMIT_A)
    b = make("B", lead)
    result = align([a, b])
    assert {("A1", "B1"), ("A2", "B1")} <= pairs(result)
    assert len(result.groups_of("B1")) == 2


def test_spelling_variants_of_names_match():
    a = make("A", "Governor Mikhail Razvozhayev said the Zaporizhzhia plant lost power in Kyiv.")
    b = make("B", "Governor Mikhail Razvoshayev said the Zaporizhia plant lost power in Kiev.")
    assert ("A1", "B1") in pairs(align([a, b]))


def test_repeats_follow_their_original():
    a = make("A", STRIKE_A, STRIKE_A)
    a = Article(
        a.id,
        a.source,
        a.title,
        a.text,
        (a.paragraphs[0], Paragraph("A2", "A", 1, STRIKE_A, 0, 1, "body", repeat_of="A1")),
    )
    b = make("B", STRIKE_B)
    result = align([a, b])
    assert {("A1", "B1"), ("A2", "B1")} <= pairs(result)


def test_metadata_does_not_align():
    a = make("A", "Updated:", STRIKE_A)
    a = Article(
        a.id,
        a.source,
        a.title,
        a.text,
        (Paragraph("A1", "A", 0, "Updated:", 0, 8, "metadata"), a.paragraphs[1]),
    )
    b = make("B", "Updated:", STRIKE_B)
    result = align([a, b])
    assert all("A1" not in g.paragraphs for g in result.groups)


# --------------------------------------------------------------------- bad input


def test_empty_articles_give_no_groups():
    empty_a = Article("A", "a.txt", "", "", ())
    empty_b = Article("B", "b.txt", "", "", ())
    result = align([empty_a, empty_b])
    assert result.groups == ()
    assert result.unique == ()


def test_identical_articles_align_paragraph_for_paragraph():
    a = make("A", STRIKE_A, SUMMIT_A, FLOOD)
    b = make("B", STRIKE_A, SUMMIT_A, FLOOD)
    found = pairs(align([a, b]))
    assert {("A1", "B1"), ("A2", "B2"), ("A3", "B3")} <= found
    assert ("A1", "B2") not in found


def test_articles_with_nothing_in_common_are_all_unique():
    a = make("A", FLOOD)
    b = make("B", CHESS)
    result = align([a, b])
    assert result.groups == ()
    assert result.unique == ("A1", "B1")


def test_one_huge_paragraph_without_line_breaks():
    sentence = "The committee discussed budget item number {} without reaching a decision. "
    huge = "".join(sentence.format(i) for i in range(14000))
    assert len(huge) > 1_000_000
    a = make("A", huge)
    b = make("B", "The committee discussed budget item number 7 without reaching a decision.")
    started = time.perf_counter()
    result = align([a, b])
    assert time.perf_counter() - started < 30
    assert ("A1", "B1") in pairs(result)


def test_non_english_text():
    a = make("A", "Die Regierung in Berlin beschloss am Mittwoch ein neues Klimagesetz für 2030.")
    b = make("B", "Am Mittwoch beschloss die Regierung in Berlin das Klimagesetz für 2030.")
    c = make("C", "東京で新しい美術館が開館し、多くの来場者が訪れた。")
    result = align([a, b, c])
    assert ("A1", "B1") in pairs(result)
    assert "C1" in result.unique


def test_clause_spans_split_headlines_with_two_events():
    text = "Putin-Kim meeting in the Far East marred by missile strike on the Sevastopol shipyard"
    assert len(clause_spans(text)) == 1  # no clause boundary to cut at
    lead = (
        "Kim Jong Un and Putin meet for talks at the cosmodrome, Russian drones attack "
        "the Odesa region overnight, Ukraine launches a cruise missile attack on Sevastopol"
    )
    spans = clause_spans(lead)
    assert len(spans) == 3
    assert lead[spans[1][0] :].startswith("Russian drones")


def test_two_claims_in_the_same_paragraphs_make_one_group():
    a = make("A", STRIKE_A + " " + SUMMIT_A)
    b = make("B", SUMMIT_B + " " + STRIKE_B)
    result = align([a, b])
    assert len(result.groups) == 1
    (group,) = result.groups
    assert group.paragraphs == ("A1", "B1")
    assert len(group.links) >= 2  # one link for each claim


def test_updated_figures_of_one_quantity_share_a_rounded_term():
    from tui.core.align.units import terms as _terms

    first = _terms("the quake killed at least 2,012 people")
    later = _terms("the quake killed more than 2,100 people")
    shared = set(first) & set(later)
    assert any(t.startswith("~") for t in shared)  # 2,012 and 2,100 are one figure, updated
    assert "#2012" in first and "#2100" in later  # and the exact values stay apart
    # small counts and years are not rounded together
    assert not any(t.startswith("~") for t in _terms("17 killed and 24 injured in 2023"))

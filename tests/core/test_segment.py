"""Splitting documents into blocks and typing the blocks."""

from __future__ import annotations

import pytest

from tui.core.text import (
    Block,
    looks_like_headline,
    looks_like_metadata,
    make_paragraphs,
    split_markdown,
    split_plain,
)


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def assert_exact_offsets(source: str, blocks: list[Block]) -> None:
    for b in blocks:
        assert source[b.start : b.end] == b.text
        assert b.text == b.text.strip()


# -- plain text ---------------------------------------------------------------


def test_blank_lines_separate_paragraphs() -> None:
    source = "First paragraph here.\n\nSecond one.\n\n\n\nThird.\n"
    blocks = split_plain(source)
    assert texts(blocks) == ["First paragraph here.", "Second one.", "Third."]
    assert_exact_offsets(source, blocks)


def test_each_line_is_a_paragraph_without_blank_lines() -> None:
    source = (
        "A headline for the story\n"
        "The standfirst says what happened to whom, where and when, at some length here.\n"
        "Jane Doe\n"
        "Updated:\n"
    )
    blocks = split_plain(source)
    assert texts(blocks) == source.splitlines()
    assert_exact_offsets(source, blocks)


def test_hard_wrapped_prose_is_joined_into_paragraphs() -> None:
    source = (
        "The council met on Tuesday to discuss the budget for the coming\n"
        "year, and agreed after a long debate to raise spending on roads\n"
        "by ten percent.\n"
        "\n"
        "The mayor said the vote was a victory for the residents of the\n"
        "northern districts.\n"
    )
    blocks = split_plain(source)
    assert len(blocks) == 2
    assert blocks[0].text.startswith("The council met") and blocks[0].text.endswith("ten percent.")
    assert blocks[1].text.endswith("northern districts.")
    assert_exact_offsets(source, blocks)


def test_a_short_line_before_wrapped_prose_stays_apart() -> None:
    source = (
        "Council backs budget\n"
        "The council met on Tuesday to discuss the budget for the coming\n"
        "year and agreed to raise spending on roads.\n"
    )
    assert texts(split_plain(source)) == [
        "Council backs budget",
        "The council met on Tuesday to discuss the budget for the coming\n"
        "year and agreed to raise spending on roads.",
    ]


def test_crlf_and_surrounding_whitespace() -> None:
    source = "  Title line  \r\n\r\n\tBody text with a tab.\r\nSecond line.  \r\n"
    blocks = split_plain(source)
    assert texts(blocks) == ["Title line", "Body text with a tab.", "Second line."]
    assert_exact_offsets(source, blocks)


def test_a_long_single_line_is_never_split() -> None:
    line = " date 2023-09-13 IIn Russia’s Far East, the leaders met. " + "More text here. " * 20
    blocks = split_plain(line + "\n\nNext.")
    assert blocks[0].text == line.strip()
    assert blocks[0].start == 1


# -- Markdown -------------------------------------------------------------------

MARKDOWN = """\
# The *big* story

By Jane Doe

The [council](https://example.com) met on **Tuesday**, and `voted`
to raise spending.

## Reactions

- The mayor welcomed it
- Residents were split
  - some cheered
  - others did not

> "It is a great day," said one resident.
>
> Another disagreed.

Setext heading
--------------

![a photo](photo.jpg)

    code is skipped

Last words here.
"""


def test_markdown_blocks_are_plain_text_with_roles() -> None:
    blocks = split_markdown(MARKDOWN)
    assert [(b.text, b.role) for b in blocks] == [
        ("The big story", "heading"),
        ("By Jane Doe", "text"),
        ("The council met on Tuesday, and voted to raise spending.", "text"),
        ("Reactions", "heading"),
        ("The mayor welcomed it", "text"),
        ("Residents were split", "text"),
        ("some cheered", "text"),
        ("others did not", "text"),
        ('"It is a great day," said one resident. Another disagreed.', "text"),
        ("Setext heading", "heading"),
        ("Last words here.", "text"),
    ]


def test_markdown_offsets_span_the_source_lines() -> None:
    blocks = split_markdown(MARKDOWN)
    spans = [MARKDOWN[b.start : b.end] for b in blocks]
    assert spans[0] == "# The *big* story"
    assert (
        spans[2]
        == "The [council](https://example.com) met on **Tuesday**, and `voted`\nto raise spending."
    )
    assert spans[5] == "- Residents were split"
    assert spans[6] == "- some cheered"
    assert spans[8] == '> "It is a great day," said one resident.\n>\n> Another disagreed.'
    assert spans[9] == "Setext heading\n--------------"
    for b, span in zip(blocks, spans, strict=True):
        # every word of the plain text is in the source span
        for word in b.text.replace('"', " ").replace(",", " ").split():
            assert word.strip(".") in span


def test_markdown_with_crlf_line_endings() -> None:
    source = "# Title\r\n\r\nFirst para\r\ncontinues.\r\n\r\n- item\r\n"
    blocks = split_markdown(source)
    assert [source[b.start : b.end] for b in blocks] == [
        "# Title",
        "First para\r\ncontinues.",
        "- item",
    ]


# -- typing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Adam Morrow",
        "By Jane Doe and John Roe",
        "Updated:",
        "0:00",
        "Published 13 Sept. 2023, 10:15 a.m. ET",
        "5 min read",
        "Share this article:",
        "Photo: Reuters",
        "© 2023 Example News. All rights reserved.",
        "Editor in chief — Kirill Martynov. Terms of use. Privacy policy.",
        "Vladimir Putin and Kim Jong Un. Photo: The Kremlin",
        "—",
    ],
)
def test_metadata_lines(line: str) -> None:
    assert looks_like_metadata(line)


@pytest.mark.parametrize(
    "line",
    [
        "Counternarratives",
        "West ‘Needs Off-Ramp’",
        "Governor: Major fire after attack on Sevastopol",
        "Injuries reported as drones attack ports in Ukraine’s Odesa region",
        "Moscow blames Kyiv for missile attack on Crimea that left 24 people injured.",
        "He left. She stayed.",
        "Reuters contributed to this report.",
    ],
)
def test_not_metadata(line: str) -> None:
    assert not looks_like_metadata(line)


@pytest.mark.parametrize(
    "line",
    [
        "Counternarratives",
        "West ‘Needs Off-Ramp’",
        "Governor: Major fire after attack on Sevastopol",
        "Mr. Blinken visits Kyiv as U.S. pledges more aid",
        "Kim Jong Un and Putin meet for talks, Russian drones attack Odesa region",
    ],
)
def test_headlines(line: str) -> None:
    assert looks_like_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the vote was a victory.",
        "“Everyone wants this war to end,” Mr. Blinken said.",
        "and then the text goes on in lower case",
        "Smoke rises from the shipyard on Sept. 13, 2023. Reuters TV via Reuters",
        "A list that introduces something:",
        "word " * 31,
    ],
)
def test_not_headlines(line: str) -> None:
    assert not looks_like_headline(line)


def test_paragraph_kinds_repeats_and_ids() -> None:
    source = (
        "Jane Doe\n"
        "Council Approves Budget After Long Debate\n"
        "The council met on Tuesday and approved the budget after a long debate.\n"
        "A photo caption. (Photographer/Agency)\n"
        "A photo caption. Photographer/Agency\n"
        "Reactions\n"
        "The mayor welcomed the vote in a statement on Wednesday.\n"
        "COUNCIL APPROVES BUDGET AFTER LONG DEBATE\n"
    )
    paragraphs = make_paragraphs(split_plain(source), "B")
    summary = [(p.id, p.index, p.kind, p.repeat_of) for p in paragraphs]
    assert summary == [
        ("B1", 0, "metadata", None),
        ("B2", 1, "title", None),
        ("B3", 2, "body", None),
        ("B4", 3, "metadata", None),
        ("B5", 4, "metadata", "B4"),
        ("B6", 5, "heading", None),
        ("B7", 6, "body", None),
        ("B8", 7, "heading", "B2"),
    ]
    assert [p.is_content for p in paragraphs] == [
        False,
        True,
        True,
        False,
        False,
        True,
        True,
        False,
    ]
    assert all(p.article == "B" for p in paragraphs)


def test_no_title_when_the_article_opens_with_body_text() -> None:
    paragraphs = make_paragraphs(
        split_plain("The article starts with a sentence.\n\nA Heading Later\n\nMore text."), "A"
    )
    assert [p.kind for p in paragraphs] == ["body", "heading", "body"]


def test_markdown_text_blocks_only_become_title_at_the_top() -> None:
    blocks = split_markdown(
        "A Headline Without Hashes\n\nBody text, with a period.\n\nShort line\n"
    )
    assert [p.kind for p in make_paragraphs(blocks, "A")] == ["title", "body", "body"]


def test_a_date_glued_to_the_headline_gives_the_title() -> None:
    from tui.core.text import dateline_headline

    assert (
        dateline_headline("date 2023-09-10 Morocco Earthquake Death Toll Reaches 2,012 (Updated)")
        == "Morocco Earthquake Death Toll Reaches 2,012 (Updated)"
    )
    # a body sentence after the date is not a title
    assert dateline_headline(" date 2023-09-13 IIn Russia’s Far East, President Putin met.") is None
    assert dateline_headline("Morocco Earthquake Death Toll Reaches 2,012") is None
    assert dateline_headline("date 2023-09-11 (MENAFN- Jordan News Agency)") is None

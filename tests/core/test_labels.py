"""Outlet labels and titles for untitled articles (tui.core.labels, through the loader)."""

from __future__ import annotations

import pytest

from tui.core.labels import (
    LABEL_CHARACTERS,
    LabelError,
    assign_labels,
    byline_outlet,
    choose_label,
    domain,
    first_sentence_title,
    shorten,
    source_line_outlet,
    split_front_matter,
)
from tui.core.loader import parse_article
from tui.core.model import Article

BODY = (
    "Rescuers reached the village on Tuesday after the river burst its banks. "
    "At least 12 people were reported missing by the local authorities."
)

PAGE = """<!doctype html><html><head><title>Flood - Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<link rel="canonical" href="https://www.dailyplanet.com/news/flood">
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
</head><body><article><h1>Flood reaches the valley</h1>
<p>{body}</p><p>{body}</p></article></body></html>"""


def _text(text: str, source: str = "story.txt") -> Article:
    return parse_article(text, article_id="A", source=source)


# --------------------------------------------------------------------------- each source


def test_a_given_label_comes_first() -> None:
    article = parse_article(
        "Source: Reuters\n\n" + BODY, article_id="A", source="a.txt", label="  TASS  "
    )
    assert article.label == "TASS"


def test_the_pages_site_name() -> None:
    pytest.importorskip("trafilatura")
    article = _text(PAGE.format(body=BODY), "page.html")
    article = parse_article(article.text, article_id="A", source="page.html", format="html")
    assert article.label == "The Daily Planet"
    assert article.date == "2024-05-02"


def test_the_pages_domain_without_a_site_name() -> None:
    pytest.importorskip("trafilatura")
    page = PAGE.format(body=BODY).replace(
        '<meta property="og:site_name" content="The Daily Planet">', ""
    )
    article = parse_article(page, article_id="A", source="page.html", format="html")
    assert article.label == "dailyplanet.com"


def test_a_url_gives_its_domain() -> None:
    assert choose_label("https://www.bbc.co.uk/news/world-123") == "bbc.co.uk"
    assert domain("http://WWW.Example.com:8080/x") == "example.com"
    assert domain("not an address") is None


def test_markdown_front_matter() -> None:
    text = "---\ntitle: Flood reaches the valley\noutlet: Valley Herald\ndate: 2024-05-02\n---\n\n"
    article = parse_article(text + BODY, article_id="A", source="a.md", format="markdown")
    assert article.label == "Valley Herald"
    assert article.title == "Flood reaches the valley"
    assert article.date == "2024-05-02"
    # the front matter is not text: no paragraph holds it, and offsets still point into the file
    assert [p.text for p in article.paragraphs] == [BODY]
    p = article.paragraphs[0]
    assert article.text[p.start : p.end] == BODY


def test_toml_front_matter_and_other_keys() -> None:
    text = '+++\nsite_name = "Valley Herald"\ntags = ["a"]\n+++\nText'
    fields, end = split_front_matter(text)
    assert fields == {"site_name": "Valley Herald"} and end == text.index("Text")
    fields, _ = split_front_matter("---\nPublisher: 'The Courier'\nauthors:\n  - Ann\n---\n")
    assert fields == {"publisher": "The Courier"}
    assert split_front_matter("No front matter\n---\n") == ({}, 0)


def test_a_source_line() -> None:
    assert _text("Source: Reuters\n\n" + BODY).label == "Reuters"
    assert _text(BODY + "\n\nPublisher: Kyiv Independent").label == "Kyiv Independent"
    assert source_line_outlet("Source: https://www.reuters.com/world/x") == "reuters.com"
    assert source_line_outlet("Photo: Reuters") is None  # a credit, not the source


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Jane Doe, Reuters", "Reuters"),
        ("By Jane Doe and John Roe | Associated Press", "Associated Press"),
        ("By Jane Doe for The Guardian", "The Guardian"),
        ("By Jane Doe (Kyiv Independent)", "Kyiv Independent"),
        ("By Reuters", "Reuters"),
        ("By Epoch Times Staff", "Epoch Times"),
        ("By Jane Doe", None),  # a person, not an outlet
        ("By Jane Doe and John Roe", None),
        ("By Jane Doe, Senior Correspondent", None),  # a job title
        ("By Jane Doe, Sept. 13, 2023", None),  # a date
        ("By Monday the water had gone down across most of the valley and the roads", None),
        ("Jane Doe, Reuters", None),  # no "By"
    ],
)
def test_bylines(line: str, outlet: str | None) -> None:
    assert byline_outlet(line) == outlet


def test_a_byline_in_the_article() -> None:
    assert _text("Flood reaches the valley\n\nBy Jane Doe, Reuters\n\n" + BODY).label == "Reuters"
    markdown = parse_article(
        "*By Jane Doe, Reuters*\n\n" + BODY, article_id="A", source="a.md", format="markdown"
    )
    assert markdown.label == "Reuters"


def test_the_file_stem_last() -> None:
    assert _text("By Jane Doe\n\n" + BODY, "/news/2024/flood-story.txt").label == "flood-story"
    assert _text(BODY, "-").label == "standard input"


def test_the_order_of_the_sources() -> None:
    fm = {"outlet": "Front Matter News"}
    lines = _text("Source: Line News\n\n" + BODY).paragraphs

    def label(source: str = "a.txt", **given: str) -> str:
        return choose_label(source, front_matter=fm, paragraphs=lines, **given)

    assert label(given="Given", site_name="Site") == "Given"
    assert label(site_name="Site", address="https://x.org/") == "Site"
    assert label(address="https://www.x.org/a") == "x.org"
    assert label("https://www.x.org/a") == "x.org"
    assert label() == "Front Matter News"
    assert choose_label("a.txt", paragraphs=lines) == "Line News"
    assert choose_label("a.txt") == "a"


def test_labels_are_short() -> None:
    label = choose_label("a.txt", given="The Extremely Long Name of a Regional Newspaper Group")
    assert len(label) <= LABEL_CHARACTERS and label.endswith("…")
    assert label.startswith("The Extremely Long Name of a Regional")


# --------------------------------------------------------------------------- titles


def test_an_untitled_article_takes_its_first_sentence() -> None:
    article = _text(BODY)
    assert (
        article.title == "Rescuers reached the village on Tuesday after the river burst its banks."
    )


def test_a_long_first_sentence_is_shortened_on_a_word_boundary() -> None:
    long = "The " + "very " * 30 + "long sentence ends here. Then another."
    title = _text(long).title
    assert title.endswith("very…") and len(title) <= 90


def test_a_date_glued_to_the_first_line_is_not_part_of_the_title() -> None:
    article = _text("date 2024-05-02 Rescuers reached the village on Tuesday, officials said.")
    assert article.title == "Rescuers reached the village on Tuesday, officials said."


def test_a_title_paragraph_still_wins() -> None:
    assert _text("Flood reaches the valley\n\n" + BODY).title == "Flood reaches the valley"


def test_first_sentence_of_nothing() -> None:
    assert first_sentence_title(()) is None
    assert shorten("  a   b  ", 10) == "a b"


# --------------------------------------------------------------------------- --label


def test_labels_in_order() -> None:
    assert assign_labels(["a.txt", "b.txt"], ["Reuters", "TASS"]) == ["Reuters", "TASS"]
    assert assign_labels(["a.txt", "b.txt"], []) == [None, None]


def test_labels_by_file() -> None:
    sources = ["a.txt", "dir/b.txt", "-"]
    assert assign_labels(sources, ["TASS=./dir/b.txt"], cwd="/x") == [None, "TASS", None]
    assert assign_labels(sources, ["Reuters", "TASS=dir/b.txt", "Stdin News"], cwd="/x") == [
        "Reuters",
        "TASS",
        "Stdin News",
    ]
    assert assign_labels(sources, ["From Pipe=-"], cwd="/x") == [None, None, "From Pipe"]
    # an '=' that names no input is part of the label
    assert assign_labels(["a.txt", "b.txt"], ["E=mc2", "B"]) == ["E=mc2", "B"]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (["Reuters"], "1 label(s) for 2 article(s)"),
        (["A", "B", "C"], "3 label(s) for 2 article(s)"),
        (["TASS=b.txt", "X", "Y"], "2 label(s) for 1 article(s) (after the 1 given as NAME=FILE)"),
        (["=a.txt", "B"], "the label before '=' is empty"),
        (["A=a.txt", "B=a.txt"], "a.txt is labelled twice"),
        (["", " "], "a label is empty"),
    ],
)
def test_label_mistakes(given: list[str], message: str) -> None:
    with pytest.raises(LabelError, match=message.replace("(", r"\(").replace(")", r"\)")):
        assign_labels(["a.txt", "b.txt"], given)

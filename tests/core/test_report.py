"""The report, as JSON and as Markdown."""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from tests.core.conftest import REPO, SEEDS
from tui.core.loader import load_articles, parse_article
from tui.core.model import Article
from tui.core.report import json_report as report
from tui.core.report import render_markdown, report_json, report_markdown


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return load_articles(sorted(str(p) for p in SEEDS.glob("*.txt")))


def test_json_follows_the_schema(seeds: list[Article]) -> None:
    data = report_json(seeds)
    json.dumps(data)  # serialisable as is
    assert data["format"] == "parallax-report"
    assert data["version"] == 1
    assert isinstance(data["entities"], list) and isinstance(data["numbers"], list)
    assert [a["id"] for a in data["articles"]] == ["A", "B", "C"]
    ids = [p["id"] for a in data["articles"] for p in a["paragraphs"]]
    assert len(ids) == len(set(ids))
    assert data["groups"], "the seeds share facts, so there are groups"
    for group in data["groups"]:
        assert set(group) >= {"id", "paragraphs", "score"}
        assert set(group["paragraphs"]) <= set(ids)
        assert len({pid.rstrip("0123456789") for pid in group["paragraphs"]}) >= 2
        assert 0 < group["score"] <= 1
    for article, source in zip(data["articles"], seeds, strict=True):
        assert article["source"] == source.source
        assert article["title"] == source.title
        assert len(article["paragraphs"]) == len(source.paragraphs)
        for p in article["paragraphs"]:
            assert set(p) >= {"id", "text", "start", "end", "kind", "repeat_of"}
            assert source.text[p["start"] : p["end"]] == p["text"]
    first = data["articles"][0]["paragraphs"]
    assert first[0] == {
        "id": "A1",
        "text": "Putin–Kim Meeting in Russia’s Far East Marred by Missile Strike on Sevastopol",
        "start": 0,
        "end": 77,
        "kind": "title",
        "repeat_of": None,
    }
    assert first[2]["repeat_of"] == "A1"


def test_markdown_lists_articles_and_paragraphs(seeds: list[Article]) -> None:
    text = report_markdown(seeds)
    assert text.startswith("# Parallax report\n\n3 articles compared:\n")
    assert (
        "## A. 000_1b12af7d894930e8: Putin–Kim Meeting in Russia’s Far East Marred by Missile "
        "Strike on Sevastopol" in text
    )
    assert "## C. 003_f16825a9da386a5a: IIn Russia’s Far East, President Vladimir Putin" in text
    assert "Source: `" + seeds[0].source + "` · text · 51 paragraphs, 45 with new content" in text
    assert "**A3** *(repeat of A1)* Putin–Kim Meeting" in text
    assert "**A5** *(metadata)* Adam Morrow" in text
    assert "**B8** *(heading)* Kim Jong Un and Vladimir Putin meet" in text
    assert "**C1** date 2023-09-13 IIn Russia’s Far East" in text
    for article in seeds:
        for p in article.paragraphs:
            assert f"**{p.id}**" in text
    assert "## Aligned paragraphs" in text


def test_markdown_keeps_article_text_inert() -> None:
    article = parse_article(
        "A *starred* [link](x) and <b>tag</b>\n\nBody with \x1b[31mred\x1b[0m and snake_case.",
        article_id="A",
        source="t.txt",
    )
    text = report_markdown([article, article])
    assert r"A \*starred\* \[link\](x) and \<b\>tag\</b\>" in text
    assert "\x1b" not in text and r"␛\[31mred␛\[0m" in text
    assert "snake_case" in text


def test_markdown_renders_comparison_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    first = parse_article("Some text.", article_id="A", source="a.txt")
    second = parse_article("Other text.", article_id="B", source="b.txt")
    data: dict[str, Any] = report_json([first, second])
    data["groups"] = [{"id": "G1", "paragraphs": ["A1", "B1"], "score": 0.74}]
    data["entities"] = [
        {
            "id": "E1",
            "name": "Mikhail Razvozhayev",
            "spellings": ["Razvozhayev", "Razvoshayev"],
            "mentions": [{"paragraph": "A1", "text": "Razvozhayev", "start": 0, "end": 11}],
        }
    ]
    data["numbers"] = [
        {
            "id": "N1",
            "quantity": "people injured",
            "agree": False,
            "mentions": [
                {"paragraph": "A1", "text": "two dozen", "value": 24, "start": 0, "end": 9},
                {"paragraph": "B1", "text": "25", "value": 25, "start": 0, "end": 2},
            ],
        }
    ]
    text = render_markdown(data)
    assert "### G1 (reported by A, B, score 0.74)" in text
    assert "| A. a | B. b |" in text  # the outlets' labels
    assert "| **A1** Some text. | **B1** Other text. |" in text
    assert "- **Mikhail Razvozhayev**: spelled Razvozhayev, Razvoshayev; in A1" in text
    assert "- **Mikhail Razvozhayev**: Razvozhayev / Razvoshayev" in text
    assert "- **people injured** (DIFFER): A1 “two dozen” = 24; B1 “25” = 25" in text
    # what a fact-checker reads first comes first
    order = [
        text.index("## Number discrepancies"),
        text.index("## Spelling variants"),
        text.index("## Aligned paragraphs"),
        text.index("# The articles"),
    ]
    assert order == sorted(order)
    assert "- **people injured**: A1 “two dozen” = 24; B1 “25” = 25" in text
    # report_markdown uses whatever the comparison functions return
    monkeypatch.setattr(report, "report_groups", lambda articles: data["groups"])
    assert "## Aligned paragraphs" in report_markdown([first, second])


def test_warnings_are_reported() -> None:
    article = parse_article("Text.", article_id="A", source="a.txt", warnings=["a.txt: odd"])
    assert report_json([article])["articles"][0]["warnings"] == ["a.txt: odd"]
    assert "> Warning: a.txt: odd" in report_markdown([article])


def _check_shape(value: Any, schema: Any, where: str) -> None:
    """``value`` has every required key of the TypedDict ``schema`` and no other key."""
    hints = get_type_hints(schema)
    assert set(value) <= set(hints), f"{where}: keys {set(value) - set(hints)} not in the schema"
    assert schema.__required_keys__ <= set(value), f"{where}: missing required keys"
    for key, item in value.items():
        hint = hints[key]
        inner = get_args(hint)[0] if get_origin(hint) is list else hint
        if is_typeddict(inner):
            for i, member in enumerate(item if get_origin(hint) is list else [item]):
                _check_shape(member, inner, f"{where}.{key}[{i}]")


def test_json_matches_its_typed_schema_and_its_document(seeds: list[Article]) -> None:
    from tui.core.report import schema
    from tui.core.review import ItemRef, ReviewState
    from tui.core.session import Session, Verdict

    session = Session(
        ReviewState(frozenset({ItemRef.group("G1")}), frozenset({ItemRef.paragraph("A2")})),
        ((ItemRef.group("G1"), Verdict("accurate")),),
        (),
        ({"mark": "flagged", "kind": "group", "id": "G99"},),
    )
    _check_shape(report_json(seeds, session=session), schema.Report, "report")
    document = (REPO / "docs" / "REPORT-SCHEMA.md").read_text(encoding="utf-8")
    for name, typed in vars(schema).items():
        if is_typeddict(typed):
            for key in get_type_hints(typed):
                assert f"`{key}`" in document, f"{name}.{key} is not documented"

"""The HTML report: escaping, structure, validity, contrast, and the command line.

The page is parsed with html5lib (the WHATWG parsing algorithm) in strict
mode, which raises on any parse error, and then inspected as a tree.  The
real-browser checks are in ``test_html_browser.py``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import html5lib
import pytest

from tests.core.conftest import REPO
from tests.core.html_pages import MARKER, PAYLOADS, hostile_html, seeds_report
from tui.cli import build_report_parser, main
from tui.core.report.html_report import (
    CONTRAST_PAIRS,
    PALETTE,
    content_security_policy,
    outlet_label,
    render_html,
    stylesheet,
)
from tui.core.report.html_rows import _pieces
from tui.core.report.html_views import Piece
from tui.core.report.schema import ArticleJson, Report


@pytest.fixture(scope="module")
def report() -> Report:
    return seeds_report()


@pytest.fixture(scope="module")
def page(report: Report) -> str:
    return render_html(report)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> str:
    return hostile_html(tmp_path_factory.mktemp("hostile"))


def parse(html: str) -> ET.Element:
    """The page as a tree; raises on any HTML parse error (html5lib strict mode)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: ET.Element = parser.parse(html)
    return tree


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


# ---------------------------------------------------------------- validity and structure


@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_the_page_parses_without_a_single_error(which: str, page: str, hostile: str) -> None:
    html = page if which == "seeds" else hostile
    assert html.startswith("<!DOCTYPE html>\n")
    parse(html)  # raises html5lib.html5parser.ParseError on any error


def test_head_declares_language_charset_viewport_and_policy_first(page: str) -> None:
    root = parse(page)
    assert root.get("lang") == "en"
    head = list(root.find("head") or [])
    assert head[0].tag == "meta" and head[0].get("charset") == "utf-8"
    assert head[1].get("http-equiv") == "Content-Security-Policy"
    policy = head[1].get("content") or ""
    assert "default-src 'none'" in policy and "script-src 'none'" in policy
    assert policy == content_security_policy(stylesheet())
    tags = [e.tag for e in head]
    assert tags.index("style") > 1 and "script" not in tags
    assert any(e.get("name") == "viewport" for e in head)


def test_the_page_is_self_contained(page: str) -> None:
    root = parse(page)
    assert not root.findall(".//script") and not root.findall(".//img")
    assert not root.findall(".//link") and not root.findall(".//iframe")
    for a in root.iter("a"):
        assert (a.get("href") or "").startswith("#")
    assert "url(" not in stylesheet() and "@import" not in stylesheet()


def test_headings_come_in_order(page: str) -> None:
    levels = [int(e.tag[1]) for e in parse(page).iter() if re.fullmatch(r"h[1-6]", str(e.tag))]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_ids_are_unique_and_every_link_lands(page: str) -> None:
    root = parse(page)
    ids = Counter(e.get("id") for e in root.iter() if e.get("id"))
    assert [i for i, n in ids.items() if n > 1] == []
    targets = {a.get("href", "")[1:] for a in root.iter("a")}
    assert targets - set(ids) == set()


def test_every_table_has_header_cells_with_a_scope(page: str) -> None:
    root = parse(page)
    tables = root.findall(".//table")
    assert len(tables) > 30
    for table in tables:
        headers = table.findall(".//th")
        assert headers, "a table without header cells"
        assert all(th.get("scope") in ("col", "row") for th in headers)


def section(root: ET.Element, heading_id: str) -> ET.Element:
    return next(s for s in root.iter("section") if s.get("aria-labelledby") == heading_id)


def test_summary_shows_the_differing_figure_the_spellings_and_single_outlet_claims(
    page: str,
) -> None:
    differences = section(parse(page), "differences")
    text = text_of(differences)
    figures = differences.find(".//table[@class='figures']")
    assert figures is not None
    assert "30 Iranian kamikaze drones" in text_of(figures)
    assert "32 Iranian made Shahed drones" in text_of(figures)
    assert all(s in text for s in ("Razvozhayev", "Razvozhaev", "Razvoshayev"))
    assert re.search(r"Only A .*: \d+ claims", text)
    hrefs = [a.get("href") for a in differences.iter("a")]
    assert "#p-B6" in hrefs and "#p-B17" in hrefs


def test_matrix_has_a_column_per_outlet_and_a_row_per_claim(report: Report, page: str) -> None:
    matrix = section(parse(page), "matrix").find(".//table")
    assert matrix is not None
    header = matrix.findall("./thead/tr/th")
    assert len(header) == 1 + 3
    rows = matrix.findall("./tbody/tr")
    assert len(rows) == len(report["groups"]) + len(report["unique"])
    for row in rows:
        assert len(row.findall("td")) == 3
    cells = [text_of(td) for row in rows for td in row.findall("td")]
    assert any(re.fullmatch(r"✓ \(A\d+(, A\d+)*\).*", c) for c in cells)
    assert any(c == "— missing" for c in cells)


def test_comparison_folds_long_groups_and_says_what_is_not_reported(page: str) -> None:
    comparison = section(parse(page), "comparison")
    rows = comparison.findall("details")
    assert rows and all(d.find("summary/h3") is not None for d in rows)
    assert any(d.get("open") is None for d in rows), "no long group is folded"
    assert any(d.get("open") is not None for d in rows)
    assert "not reported" in text_of(comparison)
    marks = Counter(m.get("class") for m in comparison.iter("mark"))
    assert {"m-differ", "m-compatible", "m-agree", "m-spelling"} <= set(marks)


def test_every_highlight_carries_a_sign_as_well_as_a_colour(page: str) -> None:
    css = stylesheet()
    kinds = {m.get("class") for m in parse(page).iter("mark")}
    assert kinds
    for kind in kinds:
        sign = rf"\.{kind}::after[^{{]*{{ content: \"[^\"]+\" / \"[a-z ]+\"; }}"
        assert re.search(sign, css), kind
    for kind in ("m-differ", "m-compatible", "m-agree", "m-spelling", "m-unique", "m-missing"):
        assert re.search(rf"\.{kind}\b[^{{]*{{ color: var\(--{kind[2:]}-fg\); background:", css)


def test_legend_explains_every_highlight(page: str) -> None:
    legend = section(parse(page), "legend")
    kinds = {m.get("class") for m in legend.iter("mark")}
    assert {"m-differ", "m-compatible", "m-agree", "m-spelling", "m-unique", "m-missing"} <= kinds


# ---------------------------------------------------------------- safety


def test_hostile_text_stays_text_everywhere(hostile: str) -> None:
    root = parse(hostile)
    tags = {str(e.tag) for e in root.iter()}
    assert not tags & {"script", "img", "svg", "iframe", "object", "embed", "link", "base"}
    for element in root.iter():
        assert not [a for a in element.attrib if a.lower().startswith("on")]
        assert "javascript:" not in (element.get("href") or "")
    [style] = root.iter("style")
    assert style.text == stylesheet()
    text = text_of(root)
    for payload in PAYLOADS:
        assert " ".join(payload.split()) in text, payload
    assert f"onerror=window.{MARKER}=1>" in text  # the file name, shown as text
    assert "pwned" not in text_of(root.find("head/title") or ET.Element("x"))


def test_hostile_review_is_shown_as_text(hostile: str) -> None:
    review = section(parse(hostile), "review")
    text = text_of(review)
    assert "<script>window.parallaxInjected" in text  # the verdict's comment and the note
    assert "javascript:window.parallaxInjected" in text  # the tag
    assert "</style><script>" in text  # the verdict's label
    assert "<img src=x onerror" in text  # the unresolved mark's id


def test_control_characters_are_shown_not_passed_on() -> None:
    pieces = _pieces("bell\x07 and escape\x1b[31m", [])
    assert pieces == (Piece("bell␇ and escape␛[31m"),)


# ---------------------------------------------------------------- pieces, labels, colours


def test_pieces_cover_the_text_and_keep_the_stronger_of_overlapping_marks() -> None:
    text = "At least 24 people were injured, Razvozhayev said."
    marks = [
        (3, 11, "agree", "agree hint"),
        (9, 11, "differ", "differs"),
        (33, 44, "spelling", "spelled"),
        (40, 99, "differ", "out of range"),
    ]
    pieces = _pieces(text, marks)  # type: ignore[arg-type]
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.mark) for p in pieces if p.mark] == [
        ("24", "differ"),
        ("Razvozhayev", "spelling"),
    ]


def _article(title: str, source: str) -> ArticleJson:
    return {
        "id": "A",
        "source": source,
        "title": title,
        "format": "text",
        "warnings": [],
        "paragraphs": [],
    }


def test_outlet_labels_come_from_the_title_or_the_file() -> None:
    assert outlet_label(_article("Short headline", "a/b.txt")) == "Short headline"
    assert outlet_label(_article("b.txt", "a/b.txt")) == "b"
    assert outlet_label(_article("x" * 50, "b.txt")) == "x" * 31 + "…"
    assert outlet_label(_article("www.example.com/x", "https://www.example.com/x")) == (
        "www.example.com"
    )
    assert outlet_label(_article("-", "-")) == "standard input"


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(("fg", "bg"), CONTRAST_PAIRS)
def test_text_colours_contrast_at_least_4_5_to_1(fg: str, bg: str) -> None:
    light, dark = sorted((_luminance(PALETTE[fg]), _luminance(PALETTE[bg])), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5, (fg, bg)


def test_the_stylesheet_prints_on_a4_landscape_and_scrolls_sideways_on_a_phone() -> None:
    css = stylesheet()
    assert "@page { size: A4 landscape;" in css
    assert ".scroll { overflow-x: auto;" in css
    used = set(re.findall(r"var\(--([a-z-]+)\)", css))
    assert used <= set(PALETTE)


# ---------------------------------------------------------------- the command line


def test_help_lists_the_html_format() -> None:
    assert "html" in build_report_parser().format_help()


def test_report_command_writes_the_html_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    out = tmp_path / "comparison.html"
    assert main(["report", "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    parse(html)
    assert "Razvoshayev" in html and "Content-Security-Policy" in html

"""The report as a file from the app: default paths, refusals, the texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.story import story_comparison
from tui.core.export import (
    FORMATS,
    ExportError,
    check_export_path,
    default_export_path,
    report_text,
    write_report,
)
from tui.core.review import ItemRef
from tui.core.session import Session, Verdict


def test_the_default_path_is_beside_the_session_file(tmp_path: Path) -> None:
    session = tmp_path / "a.parallax.json"
    assert default_export_path(session, "markdown") == tmp_path / "a.report.md"
    assert default_export_path(session, "annotations") == tmp_path / "a.report.jsonld"
    assert default_export_path(tmp_path / "mine.json", "html") == tmp_path / "mine.report.html"
    assert default_export_path(None, "json", cwd=tmp_path) == tmp_path / "parallax.report.json"


def test_an_article_or_the_session_file_is_never_replaced(tmp_path: Path) -> None:
    article, other = tmp_path / "a.txt", tmp_path / "old.md"
    article.write_text("text")
    other.write_text("old")
    with pytest.raises(ExportError, match="one of the articles or the session file"):
        check_export_path(article, [str(article), None])
    with pytest.raises(ExportError, match="is a folder"):
        check_export_path(tmp_path, [])
    assert check_export_path(other, [str(article)]) is True
    assert check_export_path(tmp_path / "new.md", [str(article)]) is False


def test_every_format_carries_the_review(tmp_path: Path) -> None:
    comparison = story_comparison()
    group = comparison.alignment.groups[0].id
    session = Session(verdicts=((ItemRef("group", group), Verdict("misleading", "why")),))
    texts = {fmt.name: report_text(fmt.name, comparison, session) for fmt in FORMATS}
    assert "misleading" in texts["markdown"]
    assert "misleading" in texts["html"]
    assert "misleading" in json.dumps(json.loads(texts["json"]))
    assert json.loads(texts["annotations"])["type"] == "AnnotationCollection"
    target = tmp_path / "out.md"
    write_report(target, texts["markdown"])
    assert target.read_text(encoding="utf-8") == texts["markdown"]


def test_an_unwritable_place_is_said(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write the report"):
        write_report(tmp_path / "missing" / "out.md", "text")

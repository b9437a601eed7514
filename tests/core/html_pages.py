"""HTML reports for the tests: the seeds', and one with an article that attacks the page.

The hostile article puts every classic injection where the report shows text:
its file name, its title, its paragraphs, and a session's verdict, tag, note
and quote.  Each payload would set ``window.parallaxInjected`` (or change the
page title) if it ever ran.
"""

from __future__ import annotations

from pathlib import Path

from tests.core.conftest import SEEDS
from tui.core.annotations import make_anchor, new_note
from tui.core.compare import compare
from tui.core.loader import load_articles
from tui.core.report import report_json
from tui.core.report.html_report import render_html
from tui.core.report.schema import Report
from tui.core.review import ItemRef, ReviewState
from tui.core.session import Session, Verdict

MARKER = "parallaxInjected"
SCRIPT = f"<script>window.{MARKER} = 'script'; document.title = 'pwned'</script>"
IMG = f"<img src=x onerror=\"window.{MARKER} = 'img'\">"
LINK = f"<a href=\"javascript:window.{MARKER} = 'link'\">read more</a>"
MARKDOWN_LINK = f"[more](javascript:window.{MARKER}='md')"
STYLE = f"</style><script>window.{MARKER} = 'style'</script><style>"
SVG = f"<svg onload=\"window.{MARKER} = 'svg'\"></svg>"
PAYLOADS = (SCRIPT, IMG, LINK, MARKDOWN_LINK, STYLE, SVG)
#: A file name the system accepts that is itself an injection (no slash in it).
HOSTILE_NAME = f"<img src=x onerror=window.{MARKER}=1>.txt"

HOSTILE_TEXT = f"""\
Sevastopol governor {SCRIPT} speaks {STYLE}

In the early hours of Sept. 13, Mikhail Razvozhayev, the Moscow-appointed governor of \
Sevastopol, said 24 people were injured {IMG} in the missile strike on the shipyard. {LINK}

Ukraine said two Russian vessels were damaged. {MARKDOWN_LINK} {SVG} Then 51 people were hurt.

{SCRIPT} {IMG} This paragraph only this outlet reports {STYLE}.
"""


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def hostile_path(folder: Path) -> Path:
    path = folder / HOSTILE_NAME
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    return path


def hostile_report(folder: Path) -> Report:
    """The seeds and the hostile article, with a hostile session's review."""
    articles = load_articles([str(p) for p in [*seed_paths(), hostile_path(folder)]])
    comparison = compare(articles)
    hostile = articles[-1]
    start = hostile.text.index("24 people")
    note = new_note(
        make_anchor(hostile.text, start, start + 9, source=hostile.source),
        body=f"{SCRIPT} {IMG}",
        tag=LINK,
    )
    session = Session(
        ReviewState(frozenset({ItemRef.group("G1")}), frozenset({ItemRef.group("G2")})),
        ((ItemRef.group("G1"), Verdict(STYLE, comment=SCRIPT)),),
        (note,),
        ({"mark": "flagged", "kind": "group", "id": f"G99{IMG}"},),
    )
    return report_json(comparison, session=session)


def hostile_html(folder: Path) -> str:
    return render_html(hostile_report(folder))


def seeds_report() -> Report:
    return report_json(compare(load_articles([str(p) for p in seed_paths()])))

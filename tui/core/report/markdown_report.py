"""The report for people: Markdown rendered from the JSON report.

:func:`render_markdown` renders the dictionary :func:`report_json` builds,
so the two forms never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.compare import Comparison
from tui.core.model import Article
from tui.core.report.json_report import report_json
from tui.core.report.schema import (
    ArticleJson,
    EntityJson,
    NumberMentionJson,
    ParagraphJson,
    QuantityJson,
    Report,
    WordVariantJson,
)
from tui.core.session import Session
from tui.core.textsafe import printable

# Characters that start Markdown syntax anywhere; "_" only at a word's edge.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*\[\]<>|]|(?<![^\W_])_|_(?![^\W_])")


def _md(text: str) -> str:
    """Article text as inert Markdown: one line, controls visible, syntax escaped."""
    return _MARKDOWN_SYNTAX.sub(lambda m: "\\" + m.group(), printable(" ".join(text.split())))


def _paragraph_markdown(p: ParagraphJson) -> str:
    notes = []
    if p.get("repeat_of"):
        notes.append(f"repeat of {p['repeat_of']}")
    elif p.get("kind", "body") != "body":
        notes.append(str(p["kind"]))
    label = f"**{p['id']}**" + (f" *({', '.join(notes)})*" if notes else "")
    return f"{label} {_md(p['text'])}"


def _label(article: ArticleJson) -> str:
    """The outlet's label, as Markdown text ("A. Epoch Times")."""
    return f"{article['id']}. {_md(_short(article.get('label') or article['title']))}"


def _article_markdown(article: ArticleJson) -> list[str]:
    paragraphs = article["paragraphs"]
    content = sum(1 for p in paragraphs if not p.get("repeat_of") and p.get("kind") != "metadata")
    dated = f"{article['date']} · " if article.get("date") else ""
    lines = [
        f"## {_label(article)}: {_md(article['title'])}",
        "",
        f"Source: `{printable(article['source']).replace('`', '')}` · {dated}{article['format']} · "
        f"{len(paragraphs)} paragraphs, {content} with new content",
        "",
    ]
    for warning in article.get("warnings", []):
        lines += [f"> Warning: {_md(warning)}", ""]
    for p in paragraphs:
        lines += [_paragraph_markdown(p), ""]
    return lines


def _short(title: str, width: int = 40) -> str:
    return title if len(title) <= width else title[: width - 1].rstrip() + "\u2026"


def _groups_markdown(report: Report) -> list[str]:
    """Each group as a table with one column per article, side by side."""
    articles = report["articles"]
    text_of = {p["id"]: p["text"] for a in articles for p in a["paragraphs"]}
    article_of = {p["id"]: a["id"] for a in articles for p in a["paragraphs"]}
    header = "| " + " | ".join(_label(a) for a in articles) + " |"
    rule = "|" + "---|" * len(articles)
    lines = [
        "## Aligned paragraphs",
        "",
        "Each table is one group: the paragraphs of each article that report the same facts.",
        "",
    ]
    for g in report["groups"]:
        members = [str(pid) for pid in g["paragraphs"] if str(pid) in text_of]
        present = [a["id"] for a in articles if any(article_of.get(m) == a["id"] for m in members)]
        score = f", score {g['score']:.2f}" if isinstance(g.get("score"), int | float) else ""
        lines += [f"### {g['id']} (reported by {', '.join(present)}{score})", ""]
        lines += _review_lines(report, "group", g["id"], members)
        lines += [header, rule]
        cells = []
        for a in articles:
            mine = [m for m in members if article_of.get(m) == a["id"]]
            cell = "<br>".join(f"**{m}** {_md(text_of[m])}" for m in mine)
            cells.append(cell or "*not reported*")
        lines += ["| " + " | ".join(cells) + " |", ""]
        lines += _group_differences(report, set(members))
        links = sorted(g.get("links", []), key=lambda k: -float(k.get("score", 0)))[:3]
        for k in links:
            shared = ", ".join(_md(w) for w in dict.fromkeys(k.get("shared", [])))
            lines.append(
                f"- {k['a']['paragraph']} ~ {k['b']['paragraph']} "
                f"(similarity {float(k['score']):.2f}): {shared}"
            )
        lines += [""] if links else []
    unique = report.get("unique") or []
    if unique:
        lines += ["## Reported by one article only", ""]
        for pid in unique:
            if pid in text_of:
                lines.append(f"- **{pid}** {_md(text_of[pid])}")
                lines += [f"  {line}" for line in _review_lines(report, "paragraph", pid, [pid])]
        lines.append("")
    return lines


def _group_differences(report: Report, members: set[str]) -> list[str]:
    """The discrepancies and spelling variants inside one group."""
    lines = []
    for n in report.get("numbers") or []:
        inside = [m for m in n.get("mentions", []) if m["paragraph"] in members]
        if not n.get("agree", True) and len({m["paragraph"] for m in inside}) >= 2:
            lines.append(f"- Differ: **{_md(n['quantity'])}**: {_mentions_markdown(n)}")
    for e in report.get("entities") or []:
        used = {m["text"] for m in e.get("mentions", []) if m["paragraph"] in members}
        if len(e.get("spellings", [])) > 1 and len(used) > 1:
            lines.append(f"- Spelled: {' / '.join(_md(s) for s in e['spellings'])}")
    return [*lines, ""] if lines else []


def _review_lines(report: Report, kind: str, item: str, paragraphs: list[str]) -> list[str]:
    """Verdict, marks and notes of one group or paragraph, for the review report."""
    review = report.get("review")
    if not review:
        return []
    lines = []
    marks = [
        label
        for label, marked in (
            ("reviewed", review.get("reviewed", [])),
            ("flagged", review.get("flagged", [])),
        )
        if {"kind": kind, "id": item} in marked
    ]
    verdict = next(
        (v for v in review.get("verdicts", []) if v["kind"] == kind and v["id"] == item), None
    )
    if verdict:
        comment = f": {_md(verdict['comment'])}" if verdict.get("comment") else ""
        lines.append(f"> **Verdict: {_md(verdict['label'])}**{comment}")
    if marks:
        lines.append(f"> Marked {' and '.join(marks)}.")
    for note in review.get("notes", []):
        if note.get("paragraph") in paragraphs and note.get("verdict"):
            reason = f" — {_md(note['note'])}" if note.get("note") else ""
            lines.append(
                f"> **Verdict {_md(note['verdict'])}** on the claim in {note['paragraph']}: "
                f"“{_md(note['quote'])}”{reason}"
            )
        elif note.get("paragraph") in paragraphs:
            tag = f" [{_md(note['tag'])}]" if note.get("tag") else ""
            lines.append(
                f"> Note on {note['paragraph']}{tag}: “{_md(note['quote'])}” — {_md(note['note'])}"
            )
    return [*lines, ""] if lines else []


def _orphaned_markdown(report: Report) -> list[str]:
    review = report.get("review")
    if not review:
        return []
    orphans = [n for n in review.get("notes", []) if n.get("placement") == "orphaned"]
    unresolved = review.get("unresolved", [])
    if not orphans and not unresolved:
        return []
    lines = ["## Notes and marks that no longer fit the articles", ""]
    for n in orphans:
        tag = f" [{_md(n['tag'])}]" if n.get("tag") else ""
        lines.append(f"- Orphaned note{tag}: “{_md(n['quote'])}” — {_md(n['note'])}")
    for u in unresolved:
        what = str(u.get("mark", "mark"))
        lines.append(f"- Unresolved {_md(what)} on {_md(str(u.get('id') or u.get('paragraph')))}")
    return [*lines, ""]


def _value(m: NumberMentionJson) -> str:
    value = m.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    hedge = f"{m['qualifier']} " if m.get("qualifier") else ""
    return f"{hedge}{value}"


def _mentions_markdown(n: QuantityJson) -> str:
    return "; ".join(
        f"{m['paragraph']} “{_md(m['text'])}” = {_value(m)}" for m in n.get("mentions", [])
    )


def _discrepancies_markdown(numbers: list[QuantityJson]) -> list[str]:
    lines = ["## Number discrepancies", ""]
    differ = [n for n in numbers if not n.get("agree", True)]
    if not differ:
        return [*lines, "None: every quantity reported in more than one place agrees.", ""]
    for n in differ:
        lines.append(f"- **{_md(n['quantity'])}**: {_mentions_markdown(n)}")
        lines.append(f"  - {_frame_summary(n)}")
    return [*lines, ""]


def _figure(value: object) -> str:
    """A value as a reader writes it: 1,037; 7.8."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def _frame_summary(n: QuantityJson) -> str:
    """ "killed: 296 / 632 / 820; latest 820, as of 2023-09-10": every figure
    of the quantity, smallest first, and the latest one where reports are dated."""
    mentions = n.get("mentions", [])
    what = n.get("frame") or n.get("unit") or ""
    if n.get("kind") in ("measure", "time"):  # as written: "72 km / 45 miles", "7:40 am"
        written = (f"{m['text']} {m.get('unit', '')}".strip() for m in mentions)
        figures = " / ".join(dict.fromkeys(written))
    else:
        figures = " / ".join(_figure(v) for v in sorted({m["value"] for m in mentions}))
        if n.get("kind") in ("money", "percent") and n.get("unit"):
            figures += f" ({n['unit']})"
    later = n.get("later")
    latest = f"; latest {_figure(later['value'])}, as of {later['as_of']}" if later else ""
    label = f"{_md(what)}: " if what else ""
    return f"{label}{figures}{latest}"


def _by_article(item: EntityJson | WordVariantJson) -> str:
    by_article = item.get("by_article") or {}
    return "; ".join(
        f"{article}: {', '.join(_md(s) for s in spellings)}"
        for article, spellings in by_article.items()
    )


def _variants_markdown(entities: list[EntityJson], words: list[WordVariantJson]) -> list[str]:
    lines = ["## Spelling variants", ""]
    names = [e for e in entities if len(e.get("spellings", [])) > 1]
    if not names and not words:
        return [*lines, "None: every name is spelled the same way everywhere.", ""]
    for e in names:
        spellings = " / ".join(_md(s) for s in e["spellings"])
        lines.append(f"- **{_md(e['name'])}**: {spellings} ({_by_article(e)})")
    if words:
        lines += ["", "Ordinary words spelled differently:", ""]
        for w in words:
            spellings = " / ".join(_md(s) for s in w.get("spellings", []))
            lines.append(f"- {spellings} ({_by_article(w)})")
    return [*lines, ""]


def _entities_markdown(entities: list[EntityJson]) -> list[str]:
    lines = ["## Names", ""]
    for e in entities:
        spellings = ", ".join(_md(s) for s in e.get("spellings", []))
        where = sorted({str(m["paragraph"]) for m in e.get("mentions", [])})
        lines.append(f"- **{_md(e['name'])}**: spelled {spellings}; in {', '.join(where)}")
    return [*lines, ""]


def _numbers_markdown(numbers: list[QuantityJson]) -> list[str]:
    lines = ["## Numbers", ""]
    for n in numbers:
        verdict = n.get("verdict") or ("agree" if n.get("agree") else "differ")
        label = "DIFFER" if verdict == "differ" else verdict
        lines.append(f"- **{_md(n['quantity'])}** ({label}): {_mentions_markdown(n)}")
    return [*lines, ""]


def render_markdown(report: Report) -> str:
    """Render a report dictionary (as made by :func:`report_json`) as Markdown.

    What a fact-checker reads first comes first: number discrepancies and
    spelling variants, then the aligned groups, then every quantity and name,
    and last the articles paragraph by paragraph.
    """
    articles = report["articles"]
    title = report.get("title")
    lines = [
        f"# Parallax report: {_md(title)}" if title else "# Parallax report",
        "",
        f"{len(articles)} articles compared:",
        "",
        *(
            f"- **{a['id']}** {_md(a.get('label') or a['id'])}"
            + (f" ({a['date']})" if a.get("date") else "")
            + f": {_md(a['title'])}"
            for a in articles
        ),
        "",
    ]
    numbers = report.get("numbers") or []
    entities = report.get("entities") or []
    lines += _discrepancies_markdown(numbers)
    lines += _variants_markdown(entities, report.get("word_variants") or [])
    if report.get("groups"):
        lines += _groups_markdown(report)
    lines += _orphaned_markdown(report)
    if numbers:
        lines += _numbers_markdown(numbers)
    if entities:
        lines += _entities_markdown(entities)
    lines += ["# The articles", ""]
    for article in articles:
        lines += _article_markdown(article)
    return "\n".join(lines).rstrip() + "\n"


def report_markdown(
    source: Comparison | Sequence[Article],
    *,
    session: Session | None = None,
    title: str | None = None,
) -> str:
    """The report as Markdown; with a ``session``, a review report per group."""
    return render_markdown(report_json(source, session=session, title=title))

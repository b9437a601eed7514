"""The comparison as a report: JSON (see ``docs/REPORT-SCHEMA.md``) or Markdown.

:func:`report_json` builds the machine-readable form, typed by
:mod:`.schema`; :func:`report_markdown` renders that same dictionary for
people (:func:`render_markdown`), so the two never disagree.
"""

from tui.core.report.json_report import report_json
from tui.core.report.markdown_report import render_markdown, report_markdown
from tui.core.report.schema import REPORT_FORMAT, REPORT_VERSION, Report

__all__ = [
    "REPORT_FORMAT",
    "REPORT_VERSION",
    "Report",
    "render_markdown",
    "report_json",
    "report_markdown",
]

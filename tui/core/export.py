"""The report as a file, from the app: which formats, where by default, and
whether a path may be written.

The texts are made by the same functions as ``parallax report`` (:mod:`.report`,
:mod:`.annotations`), and written atomically (:mod:`.storage`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.storage import StorageError, write_text_atomic
from tui.core.textsafe import shown

if TYPE_CHECKING:
    from tui.core.compare import Comparison
    from tui.core.session import Session


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One report format: the ``--format`` name, what people call it, its file ending."""

    name: str
    title: str
    suffix: str


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("markdown", "Markdown", ".md"),
    ExportFormat("json", "JSON", ".json"),
    ExportFormat("html", "HTML", ".html"),
    ExportFormat("annotations", "W3C annotations", ".jsonld"),
)
FORMAT_NAMES = tuple(f.name for f in FORMATS)

SESSION_SUFFIX = ".parallax.json"


class ExportError(Exception):
    """The report cannot be written there; the message names the file and says why."""


def export_format(name: str) -> ExportFormat:
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise ValueError(f"unknown report format {name!r}")


def default_export_path(session_path: Path | None, name: str, *, cwd: Path | None = None) -> Path:
    """``<stem>.report<suffix>`` beside the session file (``parallax.report.md`` in
    ``cwd`` without one), absolute."""
    fmt = export_format(name)
    if session_path is None:
        folder, stem = cwd or Path.cwd(), "parallax"
    else:
        folder, file = session_path.parent, session_path.name
        stem = file[: -len(SESSION_SUFFIX)] if file.endswith(SESSION_SUFFIX) else session_path.stem
    return (folder / f"{stem or 'parallax'}.report{fmt.suffix}").absolute()


def check_export_path(path: Path, keep: Iterable[Path | str | None]) -> bool:
    """Whether ``path`` already exists (the caller asks before replacing it).

    :class:`ExportError` when it is a folder, or one of ``keep`` (the articles,
    the session file), which a report never replaces."""
    if path.is_dir():
        raise ExportError(f"{shown(path)}: is a folder; give a file name")
    if not path.exists():
        return False
    for other in keep:
        if other is None or "://" in str(other) or str(other) == "-":
            continue
        if Path(other).exists() and path.samefile(other):
            raise ExportError(
                f"{shown(path)}: is one of the articles or the session file; choose another name"
            )
    return True


def report_text(name: str, comparison: Comparison, session: Session | None) -> str:
    """The report in format ``name``, with the review of ``session`` (as ``--session`` gives)."""
    from tui.core.annotations import to_web_annotations
    from tui.core.report import report_json, report_markdown
    from tui.core.textsafe import json_text

    export_format(name)
    if name == "annotations":
        return json_text(to_web_annotations(session.notes if session is not None else ())) + "\n"
    if name == "json":
        return json_text(report_json(comparison, session=session)) + "\n"
    if name == "html":
        from tui.core.report.html_report import render_html

        return render_html(report_json(comparison, session=session))
    return report_markdown(comparison, session=session)


def write_report(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; :class:`ExportError` if it cannot be written."""
    try:
        write_text_atomic(path, text)
    except StorageError as exc:
        raise ExportError(
            str(exc).replace(": cannot save (", ": cannot write the report (", 1)
        ) from None

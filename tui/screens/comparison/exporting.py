"""Export from the comparison screen (ctrl+e): the dialog, then the report written
in a worker thread, and a message saying where it went.

The report is the one ``parallax report --session`` writes: the comparison with
the reader's corrections, and the review (verdicts, notes) as it is now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from textual.app import App

from tui.core.align import Alignment
from tui.core.export import ExportError, export_format, report_text, write_report
from tui.core.model import Article
from tui.core.session import Session
from tui.screens.export_dialog import ExportDialog, ExportRequest
from tui.session_store import SessionStore

if TYPE_CHECKING:
    from tui.core.compare import Comparison


class Host(Protocol):
    """What exporting needs of the comparison screen."""

    @property
    def articles(self) -> tuple[Article, ...]: ...

    @property
    def app(self) -> App[Any]: ...

    store: SessionStore
    found: Comparison | None
    reanalyse: Callable[[Sequence[Article], Alignment], Comparison]

    @property
    def alignment(self) -> Alignment | None: ...

    @property
    def session(self) -> Session: ...

    def needs_alignment(self) -> bool: ...


class Exporting:
    """Opens the export dialog and writes what it asks for."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.last = "markdown"
        """The format exported last: the dialog starts on it."""

    def open(self) -> None:
        host = self.host
        if host.needs_alignment():
            return
        keep = [a.source for a in host.articles] + [host.store.path]
        dialog = ExportDialog(host.store.path, keep=keep, name=self.last)
        host.app.push_screen(dialog, self._chosen)

    def _chosen(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        host = self.host
        comparison, alignment = host.found, host.alignment
        if comparison is None or alignment is None:
            return
        self.last = request.name
        session = host.session

        def export() -> None:
            self.write(request, comparison, alignment, session)

        host.app.run_worker(export, thread=True, group="export", exit_on_error=False)

    def write(
        self,
        request: ExportRequest,
        comparison: Comparison,
        alignment: Alignment,
        session: Session,
    ) -> None:
        """Build and write the report (in a worker thread), then say how it went."""
        host, app = self.host, self.host.app
        title = export_format(request.name).title
        try:
            if comparison.alignment != alignment:  # the reader's corrections, not found yet
                comparison = host.reanalyse(host.articles, alignment)
            write_report(request.path, report_text(request.name, comparison, session))
        except ExportError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", markup=False)
            return
        except Exception as exc:  # said to the reader, never a traceback
            message = f"Could not export: {type(exc).__name__}: {exc}"
            app.call_from_thread(app.notify, message, severity="error", markup=False)
            return
        message = f"Exported {title} to {request.path}"
        app.call_from_thread(app.notify, message, markup=False, timeout=8)

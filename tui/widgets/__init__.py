"""Widgets of the Parallax app, one concern per module."""

from tui.widgets.aligned_grid import AlignedGrid
from tui.widgets.detail_line import DetailLine
from tui.widgets.differences_panel import DifferencesPanel
from tui.widgets.notes_panel import NotesPanel
from tui.widgets.pane_headers import PaneHeaders
from tui.widgets.reading_pane import ReadingPane, ReadingPanes
from tui.widgets.search_bar import SearchBar
from tui.widgets.side_panel import SidePanel
from tui.widgets.status_line import StatusLine
from tui.widgets.text_view import TextView

__all__ = [
    "AlignedGrid",
    "DetailLine",
    "DifferencesPanel",
    "NotesPanel",
    "PaneHeaders",
    "ReadingPane",
    "ReadingPanes",
    "SearchBar",
    "SidePanel",
    "StatusLine",
    "TextView",
]

"""Screens of the Parallax app."""

from tui.screens.comparison import ComparisonScreen
from tui.screens.help import HelpScreen

__all__ = ["ComparisonScreen", "HelpScreen"]

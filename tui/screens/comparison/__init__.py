"""The comparison screen and the small objects that hold its logic."""

from tui.screens.comparison.screen import Analyse, ComparisonScreen, Reanalyse

__all__ = ["Analyse", "ComparisonScreen", "Reanalyse"]

"""Screens of the Parallax app."""

from tui.screens.articles import ArticlesScreen

__all__ = ["ArticlesScreen"]

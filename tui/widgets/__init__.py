"""Widgets of the Parallax app, one concern per module."""

from tui.widgets.article_pane import ArticlePane, ParagraphView

__all__ = ["ArticlePane", "ParagraphView"]

"""The engine: pure Python that never imports Textual.

Public names are re-exported here; the modules hold the implementation.
"""

from tui.core.loader import LoadError, load_article, load_articles, parse_article
from tui.core.model import ARTICLE_IDS, MAX_ARTICLES, MIN_ARTICLES, Article, Paragraph
from tui.core.report import report_json, report_markdown

__all__ = [
    "ARTICLE_IDS",
    "MAX_ARTICLES",
    "MIN_ARTICLES",
    "Article",
    "LoadError",
    "Paragraph",
    "load_article",
    "load_articles",
    "parse_article",
    "report_json",
    "report_markdown",
]

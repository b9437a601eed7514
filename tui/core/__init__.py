"""The engine: pure Python that never imports Textual.

Public names are re-exported here; the modules hold the implementation.
"""

from tui.core.align import Alignment, Group, SentenceLink, SentenceRef, align
from tui.core.compare import Comparison, compare, with_alignment
from tui.core.loader import LoadError, load_article, load_articles, parse_article
from tui.core.model import ARTICLE_IDS, MAX_ARTICLES, MIN_ARTICLES, Article, Paragraph
from tui.core.names import Entity, NameMention, WordVariant, find_entities, find_word_variants
from tui.core.quantities import NumberMention, Quantity, find_numbers, link_quantities
from tui.core.report import report_json, report_markdown
from tui.core.settings import AlignSettings

__all__ = [
    "ARTICLE_IDS",
    "AlignSettings",
    "Alignment",
    "Comparison",
    "Entity",
    "Group",
    "NameMention",
    "NumberMention",
    "Quantity",
    "SentenceLink",
    "SentenceRef",
    "WordVariant",
    "align",
    "compare",
    "find_entities",
    "find_numbers",
    "find_word_variants",
    "link_quantities",
    "with_alignment",
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

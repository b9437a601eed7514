"""The engine: pure Python that never imports Textual.

Public names are re-exported here; the modules hold the implementation.

The re-exports are lazy (PEP 562): ``from tui.core import compare`` loads
the engine, but importing one light module (``tui.core.model``, say) loads
only that module, and the command line starts without the engine.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.align import Alignment, Group, SentenceLink, SentenceRef, align
    from tui.core.compare import Comparison, compare, with_alignment
    from tui.core.labels import LabelError, choose_label
    from tui.core.loader import LoadError, load_article, load_articles, parse_article
    from tui.core.model import ARTICLE_IDS, MAX_ARTICLES, MIN_ARTICLES, Article, Paragraph
    from tui.core.names import Entity, NameMention, WordVariant, find_entities, find_word_variants
    from tui.core.quantities import NumberMention, Quantity, find_numbers, link_quantities
    from tui.core.report import report_json, report_markdown
    from tui.core.sets import ArticleSet, SetError, read_set
    from tui.core.settings import AlignSettings, NameSettings, NumberSettings, Settings

_EXPORTS: dict[str, tuple[str, ...]] = {
    "tui.core.align": ("Alignment", "Group", "SentenceLink", "SentenceRef", "align"),
    "tui.core.compare": ("Comparison", "compare", "with_alignment"),
    "tui.core.labels": ("LabelError", "choose_label"),
    "tui.core.loader": ("LoadError", "load_article", "load_articles", "parse_article"),
    "tui.core.model": ("ARTICLE_IDS", "MAX_ARTICLES", "MIN_ARTICLES", "Article", "Paragraph"),
    "tui.core.names": (
        "Entity",
        "NameMention",
        "WordVariant",
        "find_entities",
        "find_word_variants",
    ),
    "tui.core.quantities": ("NumberMention", "Quantity", "find_numbers", "link_quantities"),
    "tui.core.report": ("report_json", "report_markdown"),
    "tui.core.settings": ("AlignSettings", "NameSettings", "NumberSettings", "Settings"),
    "tui.core.sets": ("ArticleSet", "SetError", "read_set"),
}
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}
"""The module each public name comes from."""

__all__ = [
    "ARTICLE_IDS",
    "AlignSettings",
    "NameSettings",
    "NumberSettings",
    "Settings",
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
    "ArticleSet",
    "LabelError",
    "SetError",
    "choose_label",
    "read_set",
]


def __getattr__(name: str) -> object:
    """Import a public name from its module on first use, then keep it here."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    """``align`` and ``compare`` name both a function and a submodule.

    Importing a submodule sets it as an attribute of this package, which
    would hide the function of the same name from :func:`__getattr__`; the
    public name keeps the function, as the eager imports used to.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _HOME and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

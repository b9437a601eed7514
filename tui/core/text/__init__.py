"""Text utilities: the one home of everything that reads raw text.

- :mod:`.normalize`: folding (quotes, dashes, accents, British/American
  spelling, transliterations), word tokens with offsets, stems, spelling keys;
- :mod:`.sentences`: sentence boundaries;
- :mod:`.clauses`: the clause splitter;
- :mod:`.segment`: cutting a document into blocks and typing them as
  paragraphs (title, heading, body, metadata).

Every function keeps character offsets into the text it was given, so what
it finds can be traced back to the source.
"""

from typing import TYPE_CHECKING

from tui.core._lazy import lazy_exports
from tui.core.text.clauses import CLAUSE_BREAK_RE, PUNCTUATION_BREAK_RE, split_clauses
from tui.core.text.normalize import (
    STOPWORDS,
    WORD_RE,
    Token,
    fold_spelling,
    fold_text,
    spelling_key,
    stem,
    strip_possessive,
    tokenize,
    word_key,
)
from tui.core.text.sentences import sentence_spans

__all__ = [
    "CLAUSE_BREAK_RE",
    "PUNCTUATION_BREAK_RE",
    "STOPWORDS",
    "WORD_RE",
    "Block",
    "BlockRole",
    "Token",
    "dateline_headline",
    "fold_spelling",
    "fold_text",
    "looks_like_headline",
    "looks_like_metadata",
    "make_paragraphs",
    "repeat_key",
    "sentence_spans",
    "spelling_key",
    "split_clauses",
    "split_markdown",
    "split_plain",
    "stem",
    "strip_possessive",
    "tokenize",
    "word_key",
]

if TYPE_CHECKING:
    from tui.core.text.segment import (
        Block,
        BlockRole,
        dateline_headline,
        looks_like_headline,
        looks_like_metadata,
        make_paragraphs,
        repeat_key,
        split_markdown,
        split_plain,
    )

# segmenting loads markdown-it: only when a document is cut into blocks
__getattr__, __dir__ = lazy_exports(
    __name__,
    globals(),
    {
        "tui.core.text.segment": (
            "Block",
            "BlockRole",
            "dateline_headline",
            "looks_like_headline",
            "looks_like_metadata",
            "make_paragraphs",
            "repeat_key",
            "split_markdown",
            "split_plain",
        )
    },
)

"""What counts as a word for the names engine: letter classes and word patterns
(each with a fast ASCII twin), function words, and the spelling key of a name and of its words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from tui.core.model import Article, Paragraph
from tui.core.text import STOPWORDS, spelling_key
from tui.core.text.translit import fold_ascii


def _letters(predicate: Callable[[str], bool]) -> str:
    """Every letter (below U+10000) that satisfies ``predicate``, escaped for a class."""
    return "".join(re.escape(chr(c)) for c in range(0x10000) if predicate(chr(c)))


UPPER = _letters(lambda c: c.isalpha() and c.isupper())
LOWER = _letters(lambda c: c.isalpha() and c.islower())

#: A capitalised word (with inner apostrophes: "N'Yaaqoub", "Russia's"), a
#: dotted abbreviation ("U.S."), or a code: letters and digits ("PS752"),
#: joined by a hyphen ("PS-752", "Su-24") or after a short acronym and a space
#: ("ET 302"; not "US 1,000").
CAP_WORD_RE = re.compile(
    r"(?<![^\W_])(?:(?:["
    + UPPER
    + r"]\.){2,}|["
    + UPPER
    + r"]{2,3} [0-9]{2,4}(?![^\W_])(?![.,][0-9])|["
    + UPPER
    + r"][^\W_]*(?:'[^\W\d_]+)*(?:-[0-9][^\W_]*)*)"
)
#: The same on ASCII text, where the character classes are small and fast.
ASCII_CAP_WORD_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:[A-Z]\.){2,}|[A-Z]{2,3} [0-9]{2,4}(?![A-Za-z0-9])(?![.,][0-9])"
    r"|[A-Z][A-Za-z0-9]*(?:'[A-Za-z]+)*(?:-[0-9][A-Za-z0-9]*)*)"
)
#: A digit: a word of a name that holds one is a code ("PS752", "A320").
CODE_RE = re.compile(r"[0-9]")

_LOWER_WORD_RE = re.compile(r"(?<![^\W_])[" + LOWER + r"][^\W\d_]*(?:'[^\W\d_]+)*")
#: The same on ASCII text, faster: the character before the word is matched
#: (search " " + text) rather than looked behind at.  A word ends in a letter,
#: so that character is never part of the word before.
_ASCII_LOWER_WORD_RE = re.compile(r"[^A-Za-z0-9]([a-z][A-Za-z]*(?:'[A-Za-z]+)*)")


def lower_words(folded: str) -> list[str]:
    """The words of ``folded`` that start in lowercase."""
    if folded.isascii():
        return _ASCII_LOWER_WORD_RE.findall(" " + folded)
    return _LOWER_WORD_RE.findall(folded)


def content_paragraphs(articles: Sequence[Article]) -> Iterable[tuple[Article, Paragraph]]:
    """Each article's paragraphs that carry content (no repeats, no metadata)."""
    for a in articles:
        for p in a.content_paragraphs:
            yield a, p


#: The Arabic article as a word of its own ("El Haouz", "Al Haouz").
_ARTICLES = frozenset(("al", "el"))


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The spelling key of one word of a name, any script folded to ASCII first
    ("Yıldız" and "Yildiz", "Wójcik" and "Wojcik" share one); the Arabic
    article is "al" however it is written."""
    key = spelling_key(fold_ascii(word))
    return "al" if key in _ARTICLES else key


def name_key(words: Sequence[str]) -> str:
    """The spelling key of a name: its words' keys, joined."""
    return "".join(word_key(w) for w in words)


_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def letters_key(words: Sequence[str]) -> str:
    """A name's letters and digits in ASCII and lowercase, written together:
    "Christ Church" and "Christchurch", "ET 302" and "ET-302" share one."""
    return _NOT_ALNUM_RE.sub("", fold_ascii("".join(words)).lower())


def acronym(words: Sequence[str]) -> bool:
    """A one-word name in capitals or with dots ("UN", "U.S.")."""
    return len(words) == 1 and (words[0].isupper() or "." in words[0]) and len(words[0]) >= 2


_DOUBLED_START_RE = re.compile(r"[^\W\d_]?([^\W\d_])\1")
_STOPWORD_KEYS = frozenset(spelling_key(w) for w in STOPWORDS if len(w) > 1)


def function_word(word: str, low: str, typo_max_length: int) -> bool:
    """A function word, also misspelt ("IIn"); an all-capitals "US" is a name.

    ``low`` is ``word`` in lowercase; a typo is looked for in words of at most
    ``typo_max_length`` letters."""
    if len(word) > 1 and word.isupper():
        return False
    if low in STOPWORDS:
        return True
    # a typo that doubles a letter of a function word ("IIn", "Thhe")
    return (
        len(low) <= typo_max_length
        and _DOUBLED_START_RE.match(low) is not None
        and (spelling_key(low) in _STOPWORD_KEYS)
    )


def initial_word(word: str) -> bool:
    """Is ``word`` an initial: one capital and a dot ("B.", "J.")?"""
    return len(word) == 2 and word[0].isupper() and word[1] == "."

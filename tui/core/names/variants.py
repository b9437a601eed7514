"""Ordinary words spelled differently across the articles: British and American
spelling ("armoured"/"armored") and hyphenation ("counter-offensive"/
"counteroffensive")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import combinations

from tui.core._gc import gc_paused
from tui.core.model import Article
from tui.core.names.model import NameMention, WordVariant
from tui.core.names.words import LOWER, content_paragraphs
from tui.core.settings import NameSettings
from tui.core.text import STOPWORDS, fold_spelling, fold_text

#: A lowercase word, or a lowercase hyphenated compound ("counter-offensive").
_PLAIN_WORD_RE = re.compile(r"(?<![\w'-])[" + LOWER + r"][^\W\d_]*(?:-[^\W\d_]+)*(?![\w'-])")
#: The same on ASCII text, faster: the character before the word is matched
#: (search " " + text) rather than looked behind at.
_ASCII_PLAIN_WORD_RE = re.compile(
    r"[^A-Za-z0-9_'-]([a-z][A-Za-z]*(?:-[A-Za-z]+)*)(?![A-Za-z0-9_'-])"
)


def _plain_words(folded: str) -> list[str]:
    """The lowercase words and hyphenated compounds of ``folded``."""
    if folded.isascii():
        return _ASCII_PLAIN_WORD_RE.findall(" " + folded)
    return _PLAIN_WORD_RE.findall(folded)


@lru_cache(maxsize=65536)
def _variant_key(word: str) -> str:
    return fold_spelling(word.replace("-", ""))


@gc_paused
def find_word_variants(
    articles: Sequence[Article],
    *,
    aligned: Collection[tuple[str, str]] = (),
    settings: NameSettings | None = None,
) -> list[WordVariant]:
    """Ordinary (lowercase) words the articles spell differently: British and
    American spelling ("armoured"/"armored", "travelled"/"traveled",
    "defences"/"defenses") and hyphenation ("counter-offensive"/"counteroffensive").
    """
    cfg = settings or NameSettings()
    paras = [(a, p, fold_text(p.text)) for a, p in content_paragraphs(articles)]
    plain = [set(_plain_words(folded)) for _, _, folded in paras]
    spellings_of: dict[str, set[str]] = defaultdict(set)
    for w in set().union(*plain):
        if len(w) >= cfg.variant_min_length and w not in STOPWORDS:
            spellings_of[_variant_key(w)].add(w)
    wanted = {w for forms in spellings_of.values() if len(forms) > 1 for w in forms}
    if not wanted:
        return []
    pattern = re.compile(
        r"(?<![\w'-])(?:"
        + "|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True))
        + r")(?![\w'-])"
    )
    uses: dict[str, list[tuple[str, NameMention]]] = defaultdict(list)
    for (a, p, folded), words in zip(paras, plain, strict=True):
        if words.isdisjoint(wanted):
            continue  # each use of a wanted word is one of the paragraph's plain words
        for found in pattern.finditer(folded):
            start, end = found.span()
            mention = NameMention(p.id, p.text[start:end], start, end)
            uses[_variant_key(found.group())].append((a.id, mention))
    pairs = aligned if isinstance(aligned, set | frozenset) else set(aligned)
    order = {p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs}
    out = [
        _variant(key, rows, order, pairs)
        for key, rows in uses.items()
        if len({m.text.lower() for _, m in rows}) >= 2
    ]
    out.sort(key=lambda v: (not v.aligned, order.get(v.mentions[0].paragraph, (0, 0))))
    return out


def _variant(
    key: str,
    rows: list[tuple[str, NameMention]],
    order: dict[str, tuple[int, int]],
    pairs: Collection[tuple[str, str]],
) -> WordVariant:
    """The word of ``key`` from its uses ``rows`` (article id, mention)."""
    spellings = list(dict.fromkeys(m.text.lower() for _, m in rows))
    rows.sort(key=lambda r: (order.get(r[1].paragraph, (0, 0)), r[1].start))
    by_article: dict[str, list[str]] = {}
    spelled: dict[str, set[str]] = defaultdict(set)
    for art, use in rows:
        lst = by_article.setdefault(art, [])
        if use.text.lower() not in lst:
            lst.append(use.text.lower())
        spelled[use.text.lower()].add(use.paragraph)
    is_aligned = any(
        (pa, pb) in pairs or (pb, pa) in pairs
        for s1, s2 in combinations(spelled, 2)
        for pa in spelled[s1]
        for pb in spelled[s2]
    )
    return WordVariant(
        key,
        tuple(spellings),
        tuple(m for _, m in rows),
        tuple((a, tuple(s)) for a, s in by_article.items()),
        is_aligned,
    )

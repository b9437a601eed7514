"""Names written in other scripts or with other transliterations.

:func:`fold_ascii` folds any Unicode text to ASCII with anyascii (a
maintained transliteration table for every script: "Akıncı" -> "Akinci",
"Wójcik" -> "Wojcik", "Şanlıurfa" -> "Sanliurfa").  :func:`consonant_key`
keeps the consonant skeleton of a folded word, the part that survives the
usual English transliteration choices (o/oo/ou, e/i, kh/h, -iyan/-ian,
zh/sh): "Rouhani" and "Rohani" are both ``rhn``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_VOWELS_RE = re.compile(r"[aeiouy]")
_DOUBLED_RE = re.compile(r"(.)\1+")
#: Consonant spellings English transliterations use for one sound.
_DIGRAPHS = (
    ("kh", "h"),
    ("gh", "g"),
    ("zh", "z"),
    ("sh", "s"),
    ("ch", "c"),
    ("ph", "f"),
    ("q", "k"),
    ("ck", "k"),
    ("w", "v"),
    ("j", "y"),
)


@lru_cache(maxsize=65536)
def fold_ascii(text: str) -> str:
    """``text`` transliterated to ASCII (anyascii); ASCII text is returned as is."""
    return text if text.isascii() else anyascii(text)


@lru_cache(maxsize=65536)
def consonant_key(word: str) -> str:
    """The consonant skeleton of ``word``: its first letter, then its consonants,
    with transliteration digraphs unified and doubled letters collapsed."""
    low = fold_ascii(word).lower()
    low = "".join(c for c in low if c.isalpha())
    if not low:
        return ""
    for a, b in _DIGRAPHS:
        low = low.replace(a, b)
    rest = _VOWELS_RE.sub("", low[1:])
    return _DOUBLED_RE.sub(r"\1", low[0] + rest)

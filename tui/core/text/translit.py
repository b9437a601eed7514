"""Names written in other scripts or with other transliterations.

- :func:`fold_ascii` folds any Unicode text to ASCII with anyascii (a
  maintained transliteration table for every script: "Akıncı" -> "Akinci",
  "Wójcik" -> "Wojcik", "Şanlıurfa" -> "Sanliurfa", "Utøya" -> "Utoya").
- :func:`phonetic_keys` writes a name as it sounds, with the choices English
  transliterations of Arabic, Persian, Russian or Turkish make folded away:
  kh/h, gh/g, q/k/g, ck/c/k, zh/sh/ch/j/z, ph/f, th/t, dh/d, w/v; three vowels
  (e/i, o/u, y as a vowel; ou/oo/u, ee/ie/i, -iyan/-ian by collapsing);
  doubled letters once; a leading Arabic article off ("al-Qaddafi"); a
  German umlaut spelled out ("Koenig", "Duesseldorf") also as its bare vowel,
  which is how anyascii folds it ("König" -> "Konig").  "Rouhani" and "Rohani"
  are both ``ruhani``; "Qalibaf" and "Ghalibaf" both ``kalibaf``.
- :func:`consonant_key` keeps the consonant skeleton of that: "Rouhani" and
  "Rohani" are both ``rhn``.

A phonetic key is coarse on purpose: different names can share one
("Hamid"/"Hamed").  Callers that must keep look-alikes apart add evidence
beyond the spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_CONSONANT = "b-df-hj-np-tv-z"
#: A German umlaut spelled out between consonants ("Koenig", "Duesseldorf"):
#: the ASCII fold of the umlaut is its bare vowel.  Only an alternative: in a
#: Russian name the same letters are a vowel and "ye" ("Mirzoev", "Nikolaev").
_UMLAUT_RE = re.compile(rf"(?<=[{_CONSONANT}])([aou])e(?=[{_CONSONANT}])")
#: A leading Arabic article joined to the name ("al-Qaddafi", "el-Sisi",
#: "ash-Sharaa"), when a name of three letters or more follows.
_ARTICLE_RE = re.compile(r"^(?:[ae]l|[ae][dnrstz]|[ae]sh)[-\s](?=[a-z]{3})")
_NON_LETTER_RE = re.compile(r"[^a-z0-9]")
#: Consonant spellings of one sound, in the order they are applied ("q" is
#: kept: it stands for "k" or "g", see :func:`phonetic_keys`).
_CONSONANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"x"), "ks"),
    (re.compile(r"(?:dzh|tsch|sch|tch|dj|zh|sh|sz|cz|ch|j|z)"), "Z"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"g(?=[aou])"), "k"),  # as the spelling key: "Gaddafi"/"Kaddafi"
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"w"), "v"),
    (re.compile(r"^y(?=[aeiou])"), "i"),  # "Yevgeny"/"Evgeny", "Yaroslav"/"Iaroslav"
)
_VOWELS = str.maketrans("eoy", "iui")
_DOUBLED_RE = re.compile(r"(.)\1+")
_VOWEL_RE = re.compile(r"[aiu]")


@lru_cache(maxsize=65536)
def fold_ascii(text: str) -> str:
    """``text`` transliterated to ASCII (anyascii); ASCII text is returned as is."""
    return text if text.isascii() else anyascii(text)


@lru_cache(maxsize=65536)
def phonetic_keys(word: str) -> tuple[str, ...]:
    """How ``word`` sounds, transliteration choices folded (see the module).

    Usually one key; more when the spelling is read two ways: a "q", which
    English transliterations write for a "k" (Iraq/Irak) and for a "g"
    (Qaddafi/Gaddafi, Qalibaf/Ghalibaf), and a German umlaut spelled out
    ("Koenig": as written and as "Konig").  The first key reads the word as
    written.
    """
    low = _ARTICLE_RE.sub("", fold_ascii(word).lower())
    low = _NON_LETTER_RE.sub("", low)
    spellings = [low]
    umlaut = _UMLAUT_RE.sub(r"\1", low)
    if umlaut != low:
        spellings.append(umlaut)
    keys: list[str] = []
    for spelling in spellings:
        for pattern, repl in _CONSONANTS:
            spelling = pattern.sub(repl, spelling)
        spelling = spelling.translate(_VOWELS).lower()
        readings = (
            [spelling] if "q" not in spelling else [spelling.replace("q", "k"), _q_as_g(spelling)]
        )
        keys.extend(_DOUBLED_RE.sub(r"\1", r) for r in readings)
    return tuple(dict.fromkeys(keys))


def _q_as_g(key: str) -> str:
    """ "q" as "g", which turns "k" before a, o or u as a "g" does."""
    return re.sub(r"q(?=[au])", "k", key).replace("q", "g")


def skeleton(key: str) -> str:
    """A phonetic key's first letter, then its consonants, doubled ones once."""
    if not key:
        return ""
    return _DOUBLED_RE.sub(r"\1", key[0] + _VOWEL_RE.sub("", key[1:]))


@lru_cache(maxsize=65536)
def consonant_key(word: str) -> str:
    """The consonant skeleton of ``word``: the first letter of its phonetic key,
    then its consonants, doubled letters once ("Rouhani", "Rohani" -> ``rhn``)."""
    return skeleton(phonetic_keys(word)[0])

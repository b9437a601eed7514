"""The one normaliser: text folding, tokens with offsets, stems and spelling keys.

Alignment, names and numbers all go through these functions so that the same
word is the same word everywhere: "Razvozhayev" and "Razvoshayev", "armoured"
and "armored", "Kyiv" and "Kiev" share a :func:`spelling_key`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from tui.core.lexicon.english import STOPWORDS

__all__ = [
    "STOPWORDS",
    "WORD_RE",
    "Token",
    "fold_spelling",
    "fold_text",
    "spelling_key",
    "stem",
    "strip_possessive",
    "tokenize",
    "word_key",
]

_FOLD_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


_FOLD_CHARS = {chr(c): str(r) for c, r in _FOLD_TABLE.items()}
_FOLD_RE = re.compile("[" + "".join(map(re.escape, _FOLD_CHARS)) + "]")


def fold_text(text: str) -> str:
    """Unify quotes, dashes and spaces without changing the length of ``text``.

    The result has the same length as the input, so offsets found in the
    folded text are valid in the original.
    """
    # the same as text.translate(_FOLD_TABLE), several times faster on text
    # that holds few of the characters (str.translate looks up every one)
    if text.isascii():
        return text
    return _FOLD_RE.sub(_fold_char, text)


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_CHARS[m.group()]


@dataclass(frozen=True, slots=True)
class Token:
    """A word with its offsets into the text it was found in."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


# Words: letters/digits, with inner apostrophes, hyphens, dots between digits
# (2.5), commas between digit groups (1,200) and dotted abbreviations (U.S.).
WORD_RE = re.compile(
    r"(?:[^\W_]\.){2,}"  # U.S. / U.N. / a.m.
    r"|\d+(?:[.,]\d+)*"  # 1,200 / 2.5
    r"|[^\W\d_]+(?:['\u2019][^\W\d_]+)*"  # words, don't, Russia's
)


def strip_possessive(word: str) -> str:
    """The word without a possessive ("Sevastopol's" -> "Sevastopol", "russia's"
    -> "russia"); the apostrophe is the folded one (see :func:`fold_text`)."""
    if word.endswith(("'s", "'S")):
        return word[:-2]
    return word


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with character offsets.

    Hyphenated compounds come out as their parts ("Moscow-appointed" gives
    "Moscow" and "appointed"); a possessive stays on its word ("Russia's").
    """
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter2) stem of a word, after spelling folding."""
    return str(_STEMMER.stemWord(_british_american(word.lower())))


# British and American spelling: map both to one form.  Each rule is a
# general spelling convention, written so that it cannot join two different
# English words:
# -our/-or (colour, armoured, behaviour; not four/hour/your/tour/flour, nor the
# words America spells -our too: devour, detour, contour, glamour, velour);
# -ence/-ense (only defence, offence, pretence, licence: fence and silence stay);
# -tre/-ter and -bre/-ber (centre, theatre, fibre); -ise/-ize after a consonant
# (organise, hospitalised; not raise, cruise, noise); -yse/-yze (analyse);
# a doubled l after an unstressed vowel (travelled, cancelled, fuelled; not
# killed, filled, called); -ogue/-og; -ogramme/-ogram; -dgement/-dgment.
_BRIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^(?!(?:dev|det|cont|glam|troubad|param|vel)our)"
            r"([^\W\d_]{2,}[^aeou\W])our(s|ed|ing|ite|ites|able|er|ers|less|ful|y)?$"
        ),
        r"\1or\2",
    ),
    # The letters a rule needs before its ending are a fixed-width lookbehind,
    # not a group repeated without bound: an unanchored ``([^\W\d_]{2,})tre$``
    # is tried from every position of a long word, which is quadratic (a
    # 25,000-letter token took 11 s); a lookbehind checks two letters instead.
    (re.compile(r"(def|off|pret|lic)ence(s|less)?$"), r"\1ense\2"),
    (re.compile(r"(?<=[^\W\d_]{2})tre(s|d)?$"), r"ter\1"),
    (re.compile(r"(?<=[^\W\d_]{2})bre(s|d)?$"), r"ber\1"),
    (re.compile(r"(?<=[^\W\d_]{2}[^aeiouy\W])is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[^\W\d_]{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"([aeiouy][^aeiouy\W]*[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"(?<=[^\W\d_]{3})ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=[^\W\d_])ogramme(s)?$"), r"ogram\1"),
    (re.compile(r"dgement(s)?$"), r"dgment\1"),
)


@lru_cache(maxsize=65536)
def _british_american(word: str) -> str:
    for pattern, repl in _BRIT_RULES:
        word = pattern.sub(repl, word)
    return word


def fold_spelling(word: str) -> str:
    """``word`` in lowercase, accents removed, British spelling folded to American:
    the key of ordinary-word spelling variants ("armoured" -> "armored").

    Unlike :func:`spelling_key` it keeps every letter otherwise, so different
    English words keep different keys ("ship" and "chip" do not meet here).
    """
    return _british_american(_strip_accents(fold_text(word)).lower())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Transliteration folding: the letter groups that romanisations of the same
# name (Russian, Ukrainian, Arabic, Korean ...) render differently.
_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"['\-\s.]"), ""),  # Al-Haouz / Al Haouz, U.S. / US
    (re.compile(r"(zh|sh|ch|tch|j|z)"), "Z"),  # zh/sh/z/j
    (re.compile(r"kh"), "h"),
    (re.compile(r"(ck|q|k|c(?=[aou])|g(?=[aou]))"), "K"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(ie|iy|yi|ii|y)"), "i"),
    (re.compile(r"(?<=[aeiou])i(?=[aeiou])"), ""),  # Razvozhayev / Razvozhaev
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
)


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A key shared by the spelling variants of one word or name.

    Folds case, accents, British/American spelling and the transliteration
    alternatives (zh/sh/z/j, y/i/ii/iy, kh/h, q/k, doubled letters, -y/-yy/-iy
    endings, ie/y).  Different words can share a key (it is deliberately
    coarse); callers that must keep look-alikes apart add further evidence.
    """
    w = _british_american(_strip_accents(fold_text(word)).lower())
    for pattern, repl in _TRANSLIT_RULES:
        w = pattern.sub(repl, w)
    return w


def word_key(word: str) -> str | None:
    """The comparison key of a word, or None for a function word.

    Case, quotes, a possessive, stemming and spelling are folded ("Armoured"
    and "armored's" meet); a number keeps its digits without thousands commas.
    """
    low = strip_possessive(fold_text(word).lower())
    if not low or low in STOPWORDS:
        return None
    if low[0].isdigit():
        return low.replace(",", "")
    return spelling_key(stem(low))

"""The one normaliser: text folding, tokens with offsets, sentences, stems and
spelling keys.

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

__all__ = [
    "STOPWORDS",
    "WORD_RE",
    "Token",
    "fold_spelling",
    "fold_text",
    "sentence_spans",
    "spelling_key",
    "stem",
    "tokenize",
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


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with character offsets.

    Hyphenated compounds come out as their parts ("Moscow-appointed" gives
    "Moscow" and "appointed"); a possessive stays on its word ("Russia's").
    """
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


# English function words: a general resource, not tuned to any article.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few for
    from further had has have having he her here hers herself him himself his how however i if
    in into is it its itself just least less let like may me might more most much must my myself
    neither no nor not now of off on once only or other ought our ours ourselves out over own per
    quite rather same shall she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to too toward towards under
    until up upon us very via was we were what when where whether which while who whom whose why
    will with within without would yet you your yours yourself yourselves
    said says say saying told according also still even well already
    mr mrs ms dr
    """.split()
)


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
    (re.compile(r"(def|off|pret|lic)ence(s|less)?$"), r"\1ense\2"),
    (re.compile(r"([^\W\d_]{2,})tre(s|d)?$"), r"\1ter\2"),
    (re.compile(r"([^\W\d_]{2,})bre(s|d)?$"), r"\1ber\2"),
    (re.compile(r"([^\W\d_]{2,}[^aeiouy\W])is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
    (re.compile(r"([^\W\d_]{2,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"([aeiouy][^aeiouy\W]*[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"([^\W\d_]{3,})ogue(s)?$"), r"\1og\2"),
    (re.compile(r"([^\W\d_]+)ogramme(s)?$"), r"\1ogram\2"),
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


# Sentence boundaries: a full stop, question or exclamation mark (with any
# closing quotes or brackets) followed by space and something that can open a
# sentence.  Abbreviations and initials are not boundaries.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt gov sen rep rev st jr sr inc ltd co corp vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx est dept univ
    """.split()
)
_BOUNDARY_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns ``(start, end)`` offsets, trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group().startswith("."):
            last = _last_word(text, start, m.start())
            # "Sept. 13", "Mr. Putin", "U.S. officials", "J. Smith"
            if last and (
                last.lower() in _ABBREVIATIONS
                or len(last) == 1
                or (
                    m.start() - start >= 2
                    and text[m.start() - 2] == "."
                    and _is_word_char(text[m.start() - 1])
                )
            ):
                continue
        end = m.end()
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _last_word(text: str, start: int, end: int) -> str:
    r"""The last word of ``text[start:end]`` (a final dot allowed), read from its end.

    What ``([^\W\d_]+)\.?$`` finds in that span, ``$`` matching at its end or
    before a final newline; read backwards, without trying every start."""
    k = end
    if k > start and not _is_letter(text[k - 1]):
        if text[k - 1] == "\n" and k - 1 > start and text[k - 2] == ".":
            k -= 2  # "word.\n"
        elif text[k - 1] in ".\n":
            k -= 1  # "word." or "word\n"
        else:
            return ""
    stop = k
    while k > start:
        c = text[k - 1]
        if not c.isalnum() or c.isdecimal():  # not _is_letter(c)
            break
        k -= 1
    return text[k:stop]


def _is_letter(c: str) -> bool:
    r"""``[^\W\d_]``: a word character that is no decimal digit nor underscore."""
    return c.isalnum() and not c.isdecimal()


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))

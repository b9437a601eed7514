"""Names: find the people, places and organisations the articles name, group
the mentions into entities across all articles, and record every spelling.

Finding a mention (per paragraph):

* a run of capitalised words, joined by spaces, hyphens ("Al-Haouz") or the
  dot of an abbreviation ("Mr. Putin"), with lowercase particles inside
  ("Bay of Sevastopol", "Secretary of State");
* a possessive ends the name ("Sevastopol's" -> "Sevastopol");
* honorifics and titles are cut off and count as evidence of a person ("Mr.
  Razvozhayev", "President Vladimir Putin", "Governor Mikhail Razvoshayev");
  ambiguous titles ("General", "Major") only when a full name follows;
* adjectives of nationality on their own are not names ("Russian", "North
  Korean", "Western"), but they stay in a longer name ("Russian Defence
  Ministry", "Crimean Peninsula");
* a capitalised word that only ever opens a sentence, or stands in a title-case
  headline, is trusted only when the same name is found elsewhere in running
  text ("Smoke rises ..." is not a name);
* a multi-word name found capitalised is also found in lowercase elsewhere
  ("Defence Ministry" / "the defense ministry"; "Vostochny Cosmodrome" /
  "Vostochny cosmodrome").

Grouping mentions into entities:

1. the same :func:`~tui.core.normalize.spelling_key` (case, hyphen and space,
   transliteration, British/American folding): "Kyiv"/"Kiev", "TASS"/"Tass",
   "Razvozhayev"/"Razvoshayev", "Zelensky"/"Zelenskyy";
2. a surname (or a Korean-style family name) alone joins the one full name it
   ends (or starts) when that name is a person's: "Putin" -> "Vladimir
   Putin", "Kim" -> "Kim Jong Un";
3. a name without its leading nationality joins the one entity that has it:
   "defense ministry" -> "Russian Defence Ministry";
4. close spellings that the key misses merge only with evidence beyond edit
   distance: a shared first name ("Khalifa Haftar"/"Khalifa Hifter"), or,
   for one-word names, use in aligned paragraphs of different articles and
   never both in one article.  Look-alikes (Sevastopol/Melitopol,
   Kiev/Kiper, Putin/Peskov, U.N./U.S.) stay apart.

Ordinary words spelled differently (armoured/armored, travelled/traveled) are
found by :func:`find_word_variants`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

from rapidfuzz.distance import Indel

from tui.core._gc import gc_paused
from tui.core.model import Article, Paragraph
from tui.core.normalize import STOPWORDS, fold_spelling, fold_text, spelling_key

__all__ = [
    "Entity",
    "NameMention",
    "WordVariant",
    "find_entities",
    "find_word_variants",
]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class NameMention:
    """One occurrence of a name (or word); offsets are relative to the paragraph text."""

    paragraph: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world name and every way the articles write it."""

    id: str
    name: str
    """The fullest, most common form ("Mikhail Razvozhayev")."""
    spellings: tuple[str, ...]
    """Each distinct spelling ("Razvozhayev", "Razvozhaev", "Razvoshayev"); for a
    name written one way only, that one form."""
    mentions: tuple[NameMention, ...]
    by_article: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(article id, the spellings it uses), in article order."""

    @property
    def variants(self) -> bool:
        """True when the articles spell the name in more than one way."""
        return len(self.spellings) > 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "spellings": list(self.spellings),
            "variants": self.variants,
            "by_article": {a: list(s) for a, s in self.by_article},
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class WordVariant:
    """An ordinary word spelled differently across the articles ("armoured"/"armored")."""

    key: str
    """The folded spelling both forms share ("armored")."""
    spellings: tuple[str, ...]
    mentions: tuple[NameMention, ...]
    by_article: tuple[tuple[str, tuple[str, ...]], ...] = ()
    aligned: bool = False
    """True when two different spellings occur in aligned paragraphs."""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "spellings": list(self.spellings),
            "aligned": self.aligned,
            "by_article": {a: list(s) for a, s in self.by_article},
            "mentions": [m.to_json() for m in self.mentions],
        }


# --------------------------------------------------------------------------- lexicon
# General English resources only: titles, particles, months, weekdays.

#: Titles and honorifics that always precede a person's name.
_TITLES = frozenset(
    """
    mr mrs ms mx dr prof professor sir dame lord lady president vice-president premier
    chancellor minister secretary governor mayor senator sen congressman congresswoman
    representative rep ambassador envoy king queen prince princess emperor empress pope
    cardinal archbishop bishop rabbi imam sheikh sheik emir sultan ayatollah colonel col
    lieutenant lt sergeant sgt captain capt commander cmdr admiral adm brigadier corporal
    cpl spokesman spokeswoman spokesperson chairman chairwoman chairperson ceo councillor
    councilman councilwoman commissioner prosecutor inspector superintendent detective
    reverend rev mufti patriarch crown speaker
    """.split()
)
#: Words that are titles only when a full name follows ("General Staff" is no title).
_AMBIGUOUS_TITLES = frozenset(
    "general gen major maj chief justice director leader head judge father private officer "
    "marshal".split()
)
#: Lowercase role words that announce a person ("leader Kim Jong Un").
_ROLE_WORDS = (
    _TITLES
    | _AMBIGUOUS_TITLES
    | frozenset(
        "official officials minister spokesperson governor president leader head chief "
        "commander adviser advisor aide deputy founder editor correspondent analyst "
        "journalist reporter photographer".split()
    )
)
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion dozen dozens hundreds thousands first second third "
    "several".split()
)
#: Compass adjectives: "Western officials" names no one.
_COMPASS = frozenset(
    "north south east west northern southern eastern western northeastern northwestern "
    "southeastern southwestern central".split()
)
_COMPASS_ADJECTIVES = frozenset(w for w in _COMPASS if w.endswith("ern") or w == "central")
#: Abbreviations written with a dot that does not end a sentence.
_ABBREVIATION_DOT = frozenset(
    "mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev st jr sr".split()
)
_TIME_MARKERS = frozenset("am pm a.m. p.m. gmt utc bst cet est edt pst".split())
_DEMONYM_SUFFIX = re.compile(r"(?:ian|ean|ese|ish|ican|ians|eans|icans)$")

_ROMAN_RE = re.compile(r"[IVX]{1,4}")
_DOUBLED_START_RE = re.compile(r"[^\W\d_]?([^\W\d_])\1")
_STOPWORD_KEYS = frozenset(spelling_key(w) for w in STOPWORDS if len(w) > 1)


# --------------------------------------------------------------------------- finding


def _letters(predicate: Callable[[str], bool]) -> str:
    """Every letter (below U+10000) that satisfies ``predicate``, escaped for a class."""
    return "".join(re.escape(chr(c)) for c in range(0x10000) if predicate(chr(c)))


_UPPER = _letters(lambda c: c.isalpha() and c.isupper())
_LOWER = _letters(lambda c: c.isalpha() and c.islower())
#: A capitalised word (with inner apostrophes: "N'Yaaqoub", "Russia's") or a
#: dotted abbreviation ("U.S.").
_CAP_WORD_RE = re.compile(
    r"(?<![^\W_])(?:(?:[" + _UPPER + r"]\.){2,}|[" + _UPPER + r"][^\W_]*(?:'[^\W\d_]+)*)"
)
#: The same on ASCII text, where the character classes are small and fast.
_ASCII_CAP_WORD_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9]*(?:'[A-Za-z]+)*)"
)
_LOWER_WORD_RE = re.compile(r"(?<![^\W_])[" + _LOWER + r"][^\W\d_]*(?:'[^\W\d_]+)*")
#: The same on ASCII text, faster: the character before the word is matched
#: (search " " + text) rather than looked behind at.  A word ends in a letter,
#: so that character is never part of the word before.
_ASCII_LOWER_WORD_RE = re.compile(r"[^A-Za-z0-9]([a-z][A-Za-z]*(?:'[A-Za-z]+)*)")


def _lower_words(folded: str) -> list[str]:
    """The words of ``folded`` that start in lowercase."""
    if folded.isascii():
        return _ASCII_LOWER_WORD_RE.findall(" " + folded)
    return _LOWER_WORD_RE.findall(folded)


_WORD_RE = re.compile(r"(?<![^\W_])[^\W\d_]+")
_LONG_WORD_RE = re.compile(r"(?<![^\W_])[^\W\d_]{4,}(?![^\W_])")
_CAP_LONG_RE = re.compile(r"(?<![^\W_])[" + _UPPER + r"][^\W\d_]{3,}(?![^\W_])")
#: What may stand between two words of one name besides a space.
_PARTICLE_GAP_RE = re.compile(
    r" (?:of(?: the)?|de|del|della|di|da|das|dos|du|van|von|der|den|la|le|al|el|bin|ibn|bint"
    r"|ben) |-| (?:al|el|ad|ash|as|an|ar|at|az)-"
)
_HYPHEN_CHARS = frozenset("-\u2010\u2011")


@dataclass(slots=True)
class _Cand:
    """A name found in one paragraph, before grouping."""

    paragraph: str
    article: str
    start: int
    end: int
    text: str  # as written in the paragraph (possessive cut off)
    words: tuple[str, ...]  # the words of ``text`` (folded)
    weak: bool = False  # sentence-initial or in a title-case line: needs support
    person: bool = False  # a title or role word stands before it
    lowercase: bool = False  # found in lowercase from a capitalised name
    core: tuple[str, ...] = ()  # the words after a leading nationality ("Defence Ministry")
    prefix: bool = False  # the part before a title ("U.S." in "U.S. Secretary ...")
    opening: bool = False  # several words opening a sentence: the first may be no name
    common_start: bool = False  # ... and it is written in lowercase elsewhere ("North")
    _key: str = field(default="", repr=False)  # the spelling key, once known

    @property
    def key(self) -> str:
        if not self._key:
            self._key = _name_key(self.words)
        return self._key


def _name_key(words: Sequence[str]) -> str:
    return "".join(spelling_key(w) for w in words)


@dataclass(slots=True)
class _Corpus:
    """What the whole comparison tells about words."""

    lowercase: set[str] = field(default_factory=set)  # words seen in lowercase
    capital_bases: set[str] = field(default_factory=set)  # one-word names, lowercased
    demonyms: dict[str, bool] = field(default_factory=dict)  # word -> is a nationality
    nationality: dict[str, bool] = field(default_factory=dict)  # words -> only a nationality
    run_shapes: dict[tuple[str, bool, bool, bool], tuple[_Shape, ...]] = field(default_factory=dict)


# Paragraphs, words and runs are tuples of plain values (strings, numbers and
# such tuples): every paragraph's are kept until the names are found, and the
# garbage collector stops tracking such tuples, unlike objects.

#: A capitalised word: its text (folded, possessive kept), start and end.
_Word = tuple[str, int, int]
#: Capitalised words that stand together in one paragraph: its first word and
#: the word after its last in the paragraph's words, whether the run opens a
#: sentence, a quote or a line, and whether a lowercase role word stands right
#: before it ("leader Kim Jong Un").
_Run = tuple[int, int, bool, bool]


#: A paragraph: its article's id, its id, its text, the text folded, the words
#: of its runs (in order), the runs, and whether it is in title case.
_Para = tuple[str, str, str, str, tuple[_Word, ...], tuple[_Run, ...], bool]


def _content_paragraphs(articles: Sequence[Article]) -> Iterable[tuple[Article, Paragraph]]:
    for a in articles:
        for p in a.paragraphs:
            if p.repeat_of is None and p.kind != "metadata":
                yield a, p


def _bare(word: str) -> str:
    """The word without a possessive ("Sevastopol's" -> "Sevastopol")."""
    if word.endswith(("'s", "'S")):
        return word[:-2]
    return word


def _is_demonym(word: str, corpus: _Corpus) -> bool:
    known = corpus.demonyms.get(word)
    if known is None:
        known = corpus.demonyms[word] = _demonym(word, corpus)
    return known


def _demonym(word: str, corpus: _Corpus) -> bool:
    w = word.lower().rstrip(".")
    if _DEMONYM_SUFFIX.search(w):
        return True
    for cut in (1, 2, 3):  # russian -> russia, israeli -> israel
        base = w[:-cut]
        if (
            len(base) >= 3
            and base in corpus.capital_bases
            and w[len(base) :] in ("n", "an", "i", "ns", "ans", "is")
        ):
            return True
    return False


_SENTENCE_END_RE = re.compile(r"[.!?][\"')\]]*\s*$")


def _title_case(p: Paragraph, folded: str) -> bool:
    """A headline or caption in title case: its capitals say nothing about names.
    (A sentence is never one, however many names it holds.)"""
    if p.kind not in ("title", "heading") and _SENTENCE_END_RE.search(folded):
        return False
    n_long = len(_LONG_WORD_RE.findall(folded))
    if n_long < 2:
        # a one-word heading ("Counternarratives") is capitalised by position
        return p.kind in ("title", "heading") or len(_WORD_RE.findall(folded)) <= 2
    return len(_CAP_LONG_RE.findall(folded)) >= 0.9 * n_long


_DOTTED_WORD_RE = re.compile(r"([^\W\d_]+)\.$")


def _is_initial(folded: str, start: int) -> bool:
    """Does the word at ``start`` open the text, a sentence, a bracket or a quote
    after a colon?"""
    k = start - 1
    while k >= 0 and folded[k] in " \t\"'[":
        k -= 1
    if k < 0:
        return True
    c = folded[k]
    if c in "!?:;(\n\r":
        return True
    if c != ".":
        return False
    window = folded[max(0, k - 12) : k + 1]
    m = _DOTTED_WORD_RE.search(window)
    if m is None:
        return True  # "... in 2014. Crimea"
    word = m.group(1)
    dotted = m.start(1) > 0 and window[m.start(1) - 1] == "."  # "U.S. officials"
    return not (
        dotted
        or len(word) == 1
        or word.lower() in _ABBREVIATION_DOT
        or word.lower() in _MONTH_NAMES
    )


def _joinable(text: str, folded: str, a: _Word, b: _Word) -> bool:
    """Can ``b`` continue a name that ``a`` is part of?"""
    a_text, _, a_end = a
    gap = folded[a_end : b[1]]
    if gap == " ":
        return True
    if len(gap) == 1 and text[a_end] in _HYPHEN_CHARS:
        return True  # "Al-Haouz", not "Putin–Kim"
    if gap == ". " and (a_text.lower() in _ABBREVIATION_DOT or len(a_text) == 1):
        return True
    return gap != "-" and _PARTICLE_GAP_RE.fullmatch(gap) is not None


def _paragraph_runs(a: Article, p: Paragraph) -> _Para:
    """The runs of capitalised words of one paragraph."""
    text = p.text
    folded = fold_text(text)
    words: list[_Word] = []
    runs: list[_Run] = []
    n_caps = 0
    first = -1  # the open run's first word in ``words``, or -1
    possessive = False  # the open run's last word ends in "'s"
    cap_words = _ASCII_CAP_WORD_RE if folded.isascii() else _CAP_WORD_RE
    for m in cap_words.finditer(folded):
        n_caps += 1
        word = m.group()
        may_start, may_continue, ends_possessive = _cap_word(word)
        start, end = m.span()
        if first >= 0:
            last = words[-1]
            if (
                not possessive
                and may_continue
                and (
                    (start == last[2] + 1 and folded[last[2]] == " ")  # the common case
                    or (
                        _joinable(text, folded, last, (word, start, end))
                        # "Fighters of Hezbollah" opening a sentence: the first word
                        # may be a common noun, so no particle joins it to a name
                        and not (
                            len(words) - first == 1
                            and folded[last[2] : start].strip(" -") != ""
                            and _is_initial(folded, last[1])
                        )
                    )
                )
            ):
                words.append((word, start, end))
                possessive = ends_possessive
                continue
            runs.append(_run(folded, words, first))
            first = -1
        if may_start:
            first = len(words)
            words.append((word, start, end))
            possessive = ends_possessive
    if first >= 0:
        runs.append(_run(folded, words, first))
    # title case needs most words capitalised: count words only when it may be
    titlecase = (p.kind in ("title", "heading") or 3 * n_caps > folded.count(" ")) and _title_case(
        p, folded
    )
    return a.id, p.id, text, folded, tuple(words), tuple(runs), titlecase


def _run(folded: str, words: list[_Word], first: int) -> _Run:
    """The run of ``words[first:]``."""
    start = words[first][1]
    # a lowercase role word right before it: "leader Kim Jong Un"
    person = False
    if start > 1 and folded[start - 1] == " ":
        k = folded.rfind(" ", 0, start - 1)
        person = folded[k + 1 : start - 1].lower() in _ROLE_WORDS
        if folded[start - 2] not in _AFTER_OPENING:
            return first, len(words), False, person  # after a word: not initial
    return first, len(words), _is_initial(folded, start), person


#: What may stand before a space before a word that opens a sentence, a quote
#: or a bracket (see :func:`_is_initial`).
_AFTER_OPENING = frozenset(" \t\"'[!?:;(\n\r.")


@lru_cache(maxsize=65536)
def _cap_word(word: str) -> tuple[bool, bool, bool]:
    """What a capitalised word can do in a name: (start one, continue one, end
    one with a possessive)."""
    low = word.lower()
    return _may_start(word, low), _may_continue(word, low), _bare(word) != word


def _function_word(word: str, low: str) -> bool:
    """A function word, also misspelt ("IIn"); an all-capitals "US" is a name."""
    if len(word) > 1 and word.isupper():
        return False
    if low in STOPWORDS:
        return True
    # a typo that doubles a letter of a function word ("IIn", "Thhe")
    return (
        len(low) <= 5
        and _DOUBLED_START_RE.match(low) is not None
        and (spelling_key(low) in _STOPWORD_KEYS)
    )


def _may_start(word: str, low: str) -> bool:
    if len(word) == 1 or _function_word(word, low):
        return False
    if low in _MONTH_NAMES or low in _WEEKDAY_NAMES or low in _NUMBER_WORDS:
        return False
    return low.rstrip(".") not in _TIME_MARKERS


def _may_continue(word: str, low: str) -> bool:
    if low in _WEEKDAY_NAMES or low in _NUMBER_WORDS or low.rstrip(".") in _TIME_MARKERS:
        return False
    return not _function_word(word, low)


@lru_cache(maxsize=65536)
def _title_kind(word: str) -> int:
    """1 for a title ("President"), 2 for a title only before a full name
    ("General"), else 0."""
    low = word.lower().rstrip(".")
    if low in _TITLES:
        return 1
    if low in _AMBIGUOUS_TITLES:
        return 2
    return 0


def _split_run(para: _Para, run: _Run, corpus: _Corpus) -> list[_Cand]:
    """Cut titles off a run of capitalised words; the parts that are names."""
    article, pid, text, folded, para_words, _, titlecase = para
    first, stop, run_initial, run_person = run
    run_words = para_words[first:stop]
    base = run_words[0][1]
    span = folded[base : run_words[-1][2]]
    # the same names recur: each distinct run is cut once per comparison
    memo = (span, run_initial, run_person, titlecase)
    shapes = corpus.run_shapes.get(memo)
    if shapes is None:
        shapes = corpus.run_shapes[memo] = _run_shapes(
            span,
            [(t, s - base, e - base) for t, s, e in run_words],
            run_initial,
            run_person,
            titlecase,
            corpus,
        )
    return [
        _Cand(
            pid,
            article,
            base + lo,
            base + hi,
            text[base + lo : base + hi],
            words,
            weak,
            is_person,
            False,
            core,
            is_prefix,
            opening,
            common_start,
            key,
        )
        for lo, hi, words, key, weak, is_person, core, is_prefix, opening, common_start in shapes
    ]


#: A name cut from a run, relative to the run's start: start, end, words, key,
#: weak, person, core, prefix, opening, common_start (see :class:`_Cand`).
_Shape = tuple[int, int, tuple[str, ...], str, bool, bool, tuple[str, ...], bool, bool, bool]


def _run_shapes(
    span: str,
    run_words: list[_Word],
    run_initial: bool,
    run_person: bool,
    titlecase: bool,
    corpus: _Corpus,
) -> tuple[_Shape, ...]:
    """The names in a run of capitalised words (``span``, the run's text, with
    ``run_words`` at offsets into it)."""
    texts = [w[0] for w in run_words]
    n = len(texts)
    titles = [
        k
        for k, kind in enumerate(map(_title_kind, texts))
        if kind and (k + 1 < n if kind == 1 else n - k - 1 >= 2)
    ]
    # (first word, last word + 1, person, opens a sentence, before a title)
    pieces: list[tuple[int, int, bool, bool, bool]] = []
    if titles:
        first, last = titles[0], titles[-1]
        after = last + 1
        # "Secretary of State Antony Blinken": the title's complement is no name
        gap = span[run_words[last][2] : run_words[after][1]]
        if gap.startswith(" of") and len(texts) - after > 1:
            after += 1
        if first > 0:
            pieces.append((0, first, False, run_initial, True))
        if after < len(texts):
            pieces.append((after, len(texts), True, False, False))
    else:
        pieces.append((0, len(texts), run_person, run_initial, False))
    out: list[_Shape] = []
    for lo, hi, is_person, initial, is_prefix in pieces:
        start = run_words[lo][1]
        end = run_words[hi - 1][1] + len(_bare(run_words[hi - 1][0]))
        # the words as written, particles included ("Bay of Sevastopol")
        words = span[start:end].split()
        if _nationality_only(words, corpus):
            continue  # "Russian", "North Korean", "Western"
        if len(words) == 1 and words[0].lower() in _COMPASS_ADJECTIVES:
            continue
        # a common word opening a sentence ("Regional Air Command"): trusted only
        # as a known name, else without that word
        opening = initial and len(words) > 1 and not titlecase
        common_start = opening and words[0].lower() in corpus.lowercase
        core: tuple[str, ...] = ()
        if len(words) > 2 and _is_demonym(words[0], corpus):
            core = tuple(words[1:])
        weak = (
            titlecase
            or (initial and len(words) == 1)
            or opening
            or (is_prefix and not _acronym(words))
        )
        out.append(
            (
                start,
                end,
                tuple(words),
                _name_key(words),
                weak,
                is_person,
                core,
                is_prefix,
                opening,
                common_start,
            )
        )
    return tuple(out)


def _nationality_only(words: list[str], corpus: _Corpus) -> bool:
    """Are ``words`` only an adjective of nationality or a compass point ("Russian",
    "North Korean", "Western")?"""
    key = " ".join(words)
    known = corpus.nationality.get(key)
    if known is None:
        known = corpus.nationality[key] = all(
            _is_demonym(w, corpus) or w.lower() in _COMPASS for w in words
        ) and any(_is_demonym(w, corpus) or w.lower() in _COMPASS_ADJECTIVES for w in words)
    return known


def _acronym(words: Sequence[str]) -> bool:
    return len(words) == 1 and (words[0].isupper() or "." in words[0]) and len(words[0]) >= 2


# --------------------------------------------------------------------------- entities


@gc_paused
def find_entities(
    articles: Sequence[Article], *, aligned: Collection[tuple[str, str]] = ()
) -> list[Entity]:
    """The names used across ``articles``, grouped into entities.

    ``aligned`` holds pairs of paragraph ids that report the same facts; a
    one-word spelling variant the spelling key misses merges only when its
    two spellings are used in aligned paragraphs of different articles.
    """
    paras = [_paragraph_runs(a, p) for a, p in _content_paragraphs(articles)]
    corpus = _corpus(paras)
    cands = _find_candidates(paras, corpus)
    if not cands:
        return []
    return _group(cands, articles, aligned, corpus)


def _corpus(paras: Sequence[_Para]) -> _Corpus:
    corpus = _Corpus()
    for para in paras:
        _, _, _, folded, words, runs, titlecase = para
        corpus.lowercase.update(_lower_words(folded))
        if titlecase:
            continue
        # one-word names in running text: the bases of nationality adjectives
        for lo, hi, initial, _ in runs:
            if hi - lo == 1 and not initial:
                corpus.capital_bases.add(_bare(words[lo][0]).lower())
    return corpus


def _find_candidates(paras: Sequence[_Para], corpus: _Corpus) -> list[_Cand]:
    strong: list[_Cand] = []
    weak: list[_Cand] = []
    for para in paras:
        _, _, _, _, _, runs, _ = para
        for run in runs:
            for c in _split_run(para, run, corpus):
                (weak if c.weak else strong).append(c)
    known = {c.key for c in strong}
    # a word that opens sentences in two articles and is never written in
    # lowercase is a name there too ("Spain sent rescuers." twice)
    openers: dict[str, set[str]] = defaultdict(set)
    for c in weak:
        if len(c.words) == 1 and not c.prefix and c.words[0].lower() not in corpus.lowercase:
            openers[c.key].add(c.article)
    known |= {key for key, arts in openers.items() if len(arts) > 1}
    persons = _person_parts(strong)
    accepted: list[_Cand] = list(strong)
    for c in weak:
        if c.key in known or (len(c.words) == 1 and spelling_key(c.words[0]) in persons):
            c.weak = False
            accepted.append(c)
        elif len(c.words) > 1:
            parts = _known_parts(c, known, persons)
            if c.opening:
                if parts and parts[0].start != c.start:
                    pass  # "Later Putin": the known name without the opener
                elif c.common_start:
                    parts = [_without_first(c)] if len(c.words) > 2 else parts
                elif not parts:
                    parts = [c]  # "Mikhail Razvozhaev, the governor, said"
            accepted.extend(parts)
    accepted.extend(_lowercase_mentions(paras, accepted, corpus))
    return _dedupe(accepted)


def _person_parts(cands: Iterable[_Cand]) -> set[str]:
    """Spelling keys of the first and last words of multi-word names of people."""
    out: set[str] = set()
    for c in cands:
        if c.person and 2 <= len(c.words) <= 4:
            out.add(spelling_key(c.words[-1]))
            out.add(spelling_key(c.words[0]))
    return out


def _known_parts(c: _Cand, known: set[str], persons: set[str]) -> list[_Cand]:
    """The known names inside a weak run ("Putin", "Far East" in a headline)."""
    out: list[_Cand] = []
    words = c.words
    offsets = _word_offsets(c)
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            sub = words[i:j]
            key = _name_key(sub)
            if key in known or (j - i == 1 and spelling_key(sub[0]) in persons):
                start, end = offsets[i][0], offsets[j - 1][1]
                out.append(
                    _Cand(
                        c.paragraph,
                        c.article,
                        c.start + start,
                        c.start + end,
                        c.text[start:end],
                        tuple(sub),
                        person=c.person,
                    )
                )
                i = j
                break
        else:
            i += 1
    return out


def _without_first(c: _Cand) -> _Cand:
    start = _word_offsets(c)[1][0]
    return _Cand(
        c.paragraph,
        c.article,
        c.start + start,
        c.end,
        c.text[start:],
        c.words[1:],
        person=c.person,
    )


def _word_offsets(c: _Cand) -> list[tuple[int, int]]:
    """Offsets of each of ``c.words`` inside ``c.text``."""
    out: list[tuple[int, int]] = []
    pos = 0
    folded = fold_text(c.text)
    for w in c.words:
        k = folded.find(w, pos)
        if k < 0:
            k = pos
        out.append((k, k + len(w)))
        pos = k + len(w)
    return out


def _lowercase_mentions(
    paras: Sequence[_Para], accepted: Sequence[_Cand], corpus: _Corpus
) -> list[_Cand]:
    """Multi-word names found capitalised somewhere, written in lowercase elsewhere
    ("Defence Ministry" -> "the defense ministry")."""
    # every way the comparison writes a word, by spelling key
    spelled: dict[str, set[str]] = defaultdict(set)
    for w in corpus.lowercase:
        spelled[spelling_key(w)].add(w)
    phrases: set[tuple[str, ...]] = set()
    for c in accepted:
        for words in (c.words, c.core):
            # only a phrase whose last word is ever written in lowercase can be
            if len(words) >= 2 and not c.lowercase and spelling_key(words[-1]) in spelled:
                phrases.add(tuple(words))
    if not phrases:
        return []
    for phrase in phrases:
        for w in phrase:
            spelled[spelling_key(w)].add(w)
    alternatives = []
    for phrase in sorted(phrases, key=lambda ws: (-len(ws), ws)):
        parts = [
            "(?:" + "|".join(re.escape(v) for v in sorted(spelled[spelling_key(w)])) + ")"
            for w in phrase
        ]
        alternatives.append(" ".join(parts))
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")
    # a mention has a word written in lowercase that is no function word: a
    # paragraph without any such spelling has none (a search for plain strings,
    # much the faster)
    lower_forms = sorted(
        {
            v
            for phrase in phrases
            for w in phrase
            for v in spelled[spelling_key(w)]
            if v[0].islower() and not _function_word(v, v.lower())
        }
    )
    if not lower_forms:
        return []
    probe = re.compile("|".join(map(re.escape, lower_forms)))
    out: list[_Cand] = []
    for article, pid, text, folded, *_ in paras:
        if probe.search(folded) is None:
            continue
        for m in pattern.finditer(folded):
            found = m.group().split(" ")
            if not any(w[0].islower() for w in found) or any(
                _function_word(w, w.lower()) for w in found
            ):
                continue
            start, end = m.span()
            before = ""
            if start > 1 and folded[start - 1] == " ":
                k = folded.rfind(" ", 0, start - 1)
                before = _bare(folded[k + 1 : start - 1])
            out.append(
                _Cand(
                    pid,
                    article,
                    start,
                    end,
                    text[start:end],
                    tuple(found),
                    lowercase=True,
                    core=(before,) if before[:1].isupper() else (),
                )
            )
    return out


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    """One candidate per span; a longer span that covers shorter ones wins."""
    by_para: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        by_para[c.paragraph].append(c)
    out: list[_Cand] = []
    for group in by_para.values():
        # the longest first; among equals, the first in the text
        group.sort(key=lambda c: (c.start - c.end, c.start))
        kept: list[_Cand] = []
        for c in group:
            start, end = c.start, c.end
            for k in kept:
                if end > k.start and start < k.end:
                    break  # overlaps a longer one
            else:
                kept.append(c)
        kept.sort(key=lambda c: c.start)
        out.extend(kept)
    return out


# --------------------------------------------------------------------------- grouping


@dataclass(slots=True)
class _Form:
    key: str
    words: tuple[str, ...]
    keys: tuple[str, ...]
    cands: list[_Cand] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    paragraphs: set[str] = field(default_factory=set)

    def add(self, c: _Cand) -> None:
        self.cands.append(c)
        self.articles.add(c.article)
        self.paragraphs.add(c.paragraph)


class _UnionFind:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _group(
    cands: list[_Cand],
    articles: Sequence[Article],
    aligned: Collection[tuple[str, str]],
    corpus: _Corpus,
) -> list[Entity]:
    forms: dict[str, _Form] = {}
    for c in cands:
        key = c.key
        if not key:
            continue
        f = forms.get(key)
        if f is None:
            f = forms[key] = _Form(key, c.words, tuple(spelling_key(w) for w in c.words))
        f.add(c)
    uf = _UnionFind(forms)
    _attach_cores(forms, uf)
    _attach_surnames(forms, uf, corpus.lowercase)
    _merge_close(forms, uf, aligned)
    clusters: dict[str, list[_Form]] = defaultdict(list)
    for key, f in forms.items():
        clusters[uf.find(key)].append(f)
    order = {p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs}
    entities = [_entity(fs, order) for fs in clusters.values()]
    entities.sort(key=lambda e: (-len(e.by_article), order.get(e.mentions[0].paragraph, (0, 0))))
    return [
        Entity(f"E{i + 1}", e.name, e.spellings, e.mentions, e.by_article)
        for i, e in enumerate(entities)
    ]


def _attach_cores(forms: dict[str, _Form], uf: _UnionFind) -> None:
    """ "Russian Black Sea Fleet" joins "Black Sea Fleet"; "the defense ministry"
    joins the one "... Defence Ministry" it can mean."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for key, f in forms.items():
        for c in f.cands:
            if c.core and not c.lowercase:
                by_core[_name_key(c.core)].append(key)
                break
    for core_key, owners in by_core.items():
        owners = sorted(set(owners))
        if core_key in forms and len(owners) == 1:
            uf.union(owners[0], core_key)
    # lowercase mentions: the capitalised forms whose words or core they repeat
    for key, f in list(forms.items()):
        lower = [c for c in f.cands if c.lowercase]
        if not lower or any(not c.lowercase for c in f.cands):
            continue
        targets = set(by_core.get(key, []))
        if len(targets) > 1:
            # a modifier before the lowercase phrase picks among them ("Russia's")
            modifiers = {spelling_key(_bare(c.core[0]))[:4] for c in lower if c.core}
            targets = {t for t in targets if any(forms[t].keys[0].startswith(m) for m in modifiers)}
        if len(targets) == 1:
            uf.union(next(iter(targets)), key)


def _attach_surnames(forms: dict[str, _Form], uf: _UnionFind, lowercase: set[str]) -> None:
    """A one-word name joins the one person's full name it ends or starts."""
    persons: dict[str, set[str]] = defaultdict(set)  # word key -> roots of full names
    articles_of: dict[str, set[str]] = {}
    for key, f in forms.items():
        if not _person_like(f, lowercase):
            continue
        articles_of[key] = f.articles
        persons[f.keys[-1]].add(key)
        persons[f.keys[0]].add(key)
    for key, f in forms.items():
        if len(f.keys) != 1 or f.keys[0] not in persons:
            continue
        if any(_acronym(c.words) for c in f.cands):
            continue  # "UN" is no "Kim Jong Un"
        owners = persons.get(f.keys[0], set())
        roots = {uf.find(o) for o in owners}
        if len(roots) != 1:
            continue
        owner = next(iter(owners))
        evidence = any(c.person for c in f.cands) or any(
            c.person for o in owners for c in forms[o].cands
        )
        # a family name first ("Kim" of "Kim Jong Un") needs a title or a role;
        # a surname also joins when both forms are used in one article
        surname = any(forms[o].keys[-1] == f.keys[0] for o in owners)
        if evidence or (surname and f.articles & articles_of[owner]):
            uf.union(owner, key)


def _person_like(f: _Form, lowercase: set[str]) -> bool:
    if not 2 <= len(f.words) <= 4:
        return False
    for c in f.cands:
        if c.lowercase:
            return False
    for w in f.words:
        if not w[:1].isupper() or not w.replace("-", "").isalpha():
            return False
        if len(w) > 1 and w.isupper() and not _ROMAN_RE.fullmatch(w):
            return False  # an acronym: "Reuters TV" (a regnal number is fine: "Mohammed VI")
        if w.lower() in lowercase:
            return False  # a common noun: "Crimean Peninsula", "North Korea"
    return True


@lru_cache(maxsize=65536)
def _close(a: str, b: str) -> bool:
    """Two spelling keys close enough to be one name written two ways."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if _skeleton(a) == _skeleton(b) and len(_skeleton(a)) >= 3:
        return True
    return Indel.normalized_similarity(a, b) >= 0.8


_VOWELS_RE = re.compile(r"[aeiouyAEIOUY]")
_DOUBLED_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> str:
    """Consonants only, doubled letters once: a rough phonetic key."""
    return _DOUBLED_RE.sub(r"\1", key[0] + _VOWELS_RE.sub("", key[1:]))


def _merge_close(
    forms: dict[str, _Form], uf: _UnionFind, aligned: Collection[tuple[str, str]]
) -> None:
    """Close spellings that the key misses, with evidence beyond edit distance."""
    pairs = aligned if isinstance(aligned, set | frozenset) else set(aligned)
    # candidates share a word at the same place (multi-word names), or their
    # first two letters or their consonant skeleton (one-word names)
    blocks: dict[tuple[object, ...], list[_Form]] = defaultdict(list)
    for f in forms.values():
        if any(c.lowercase for c in f.cands):
            continue
        n = len(f.keys)
        if n > 1:
            for i, k in enumerate(f.keys):
                blocks[(n, i, k)].append(f)
        elif len(f.key) >= 4:
            blocks[(1, "prefix", f.key[:2])].append(f)
            blocks[(1, "skeleton", _skeleton(f.key))].append(f)
    tried: set[tuple[str, str]] = set()
    for block in blocks.values():
        if len(block) < 2:
            continue
        for x, fa in enumerate(block):
            for fb in block[x + 1 :]:
                pair = (fa.key, fb.key) if fa.key < fb.key else (fb.key, fa.key)
                if pair in tried:
                    continue
                tried.add(pair)
                if _same_name(fa, fb, pairs) and uf.find(fa.key) != uf.find(fb.key):
                    uf.union(fa.key, fb.key)


def _same_name(fa: _Form, fb: _Form, pairs: Collection[tuple[str, str]]) -> bool:
    # (forms of one block have as many words)
    for ka, kb in zip(fa.keys, fb.keys, strict=True):
        # what _close says, without asking it for the many plainly different
        if ka != kb and (ka[:1] != kb[:1] or len(ka) < 4 or len(kb) < 4 or not _close(ka, kb)):
            return False
    if not fa.paragraphs.isdisjoint(fb.paragraphs):
        return False  # one paragraph names both: two names
    if len(fa.keys) > 1:
        # a shared word (a first name) besides the close one
        return any(ka == kb for ka, kb in zip(fa.keys, fb.keys, strict=True))
    if not fa.articles.isdisjoint(fb.articles):
        return False  # one article uses both: two names
    return any(
        (pa, pb) in pairs or (pb, pa) in pairs for pa in fa.paragraphs for pb in fb.paragraphs
    )


def _entity(forms: list[_Form], order: dict[str, tuple[int, int]]) -> Entity:
    cands = sorted(
        (c for f in forms for c in f.cands),
        key=lambda c: (order.get(c.paragraph, (0, 0)), c.start),
    )
    mentions = tuple(NameMention(c.paragraph, c.text, c.start, c.end) for c in cands)
    proper = [c for c in cands if not c.lowercase] or cands
    # the most words, then the most used, then the first seen (words hold no
    # spaces, so a form's words and their text are one)
    counts = Counter(c.words for c in proper)
    first_seen: dict[tuple[str, ...], int] = {}
    for i, c in enumerate(proper):
        first_seen.setdefault(c.words, i)
    best = max(counts, key=lambda ws: (len(ws), counts[ws], -first_seen[ws]))
    name = " ".join(best)
    surfaces = list(dict.fromkeys(c.words for c in cands))
    if len(surfaces) == 1:
        spelling_of = {surfaces[0]: name}
    else:
        spelling_of = _spellings(surfaces, tuple(name.split()))
    spellings = tuple(dict.fromkeys(spelling_of.values()))
    if len(spellings) <= 1:
        spellings = (name,)
        spelling_of = {w: name for w in surfaces}
    by_article: dict[str, list[str]] = {}
    for c in cands:
        lst = by_article.setdefault(c.article, [])
        if spelling_of[c.words] not in lst:
            lst.append(spelling_of[c.words])
    return Entity(
        "", name, spellings, mentions, tuple((a, tuple(s)) for a, s in by_article.items())
    )


_PIECE_RE = re.compile(r"[^\s\-\u2010\u2011]+")


def _spellings(
    surfaces: Sequence[tuple[str, ...]], name: tuple[str, ...]
) -> dict[tuple[str, ...], str]:
    """Each way of writing the name -> its spelling of the part every form shares
    ("Mikhail Razvozhayev" and "Razvozhayev" -> "Razvozhayev").  Words are
    compared piece by piece, so "Al-Haouz" and "Al Haouz" line up."""
    canon = [spelling_key(m.group()) for m in _PIECE_RE.finditer(" ".join(name))]
    placed: dict[tuple[str, ...], tuple[str, list[re.Match[str]], list[int]]] = {}
    shared: set[int] | None = None
    for words in surfaces:
        text = " ".join(words)
        pieces = list(_PIECE_RE.finditer(text))
        pos = _positions([m.group() for m in pieces], canon)
        placed[words] = (text, pieces, pos)
        shared = set(pos) if shared is None else shared & set(pos)
    out: dict[tuple[str, ...], str] = {}
    for words, (text, pieces, pos) in placed.items():
        chosen = [m for m, q in zip(pieces, pos, strict=True) if shared and q in shared]
        out[words] = text[chosen[0].start() : chosen[-1].end()] if chosen else text
    return out


def _positions(words: Sequence[str], canon: Sequence[str]) -> list[int]:
    """Where each of ``words`` sits in the entity's full name (best alignment)."""
    keys = [spelling_key(w) for w in words]
    best: list[int] = []
    best_score = -1
    for offset in range(0, max(1, len(canon) - len(keys) + 1)):
        score = sum(
            1
            for k, key in enumerate(keys)
            if offset + k < len(canon) and _close(key, canon[offset + k])
        )
        if score > best_score:
            best_score = score
            best = [offset + k for k in range(len(keys))]
    return best


# --------------------------------------------------------------------------- ordinary words

#: A lowercase word, or a lowercase hyphenated compound ("counter-offensive").
_PLAIN_WORD_RE = re.compile(r"(?<![\w'-])[" + _LOWER + r"][^\W\d_]*(?:-[^\W\d_]+)*(?![\w'-])")
#: The same on ASCII text, faster (see :data:`_ASCII_LOWER_WORD_RE`).
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
    articles: Sequence[Article], *, aligned: Collection[tuple[str, str]] = ()
) -> list[WordVariant]:
    """Ordinary (lowercase) words the articles spell differently: British and
    American spelling ("armoured"/"armored", "travelled"/"traveled",
    "defences"/"defenses") and hyphenation ("counter-offensive"/"counteroffensive").
    """
    paras = [(a, p, fold_text(p.text)) for a, p in _content_paragraphs(articles)]
    plain = [set(_plain_words(folded)) for _, _, folded in paras]
    spellings_of: dict[str, set[str]] = defaultdict(set)
    for w in set().union(*plain):
        if len(w) >= 4 and w not in STOPWORDS:
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
    out: list[WordVariant] = []
    for key, rows in uses.items():
        spellings = list(dict.fromkeys(m.text.lower() for _, m in rows))
        if len(spellings) < 2:
            continue
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
        out.append(
            WordVariant(
                key,
                tuple(spellings),
                tuple(m for _, m in rows),
                tuple((a, tuple(s)) for a, s in by_article.items()),
                is_aligned,
            )
        )
    out.sort(key=lambda v: (not v.aligned, order.get(v.mentions[0].paragraph, (0, 0))))
    return out

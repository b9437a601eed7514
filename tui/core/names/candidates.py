"""Candidate names: the parts of a run of capitalised words that may be names.

Honorifics and titles are cut off and count as evidence of a person ("Mr.
Razvozhayev", "President Vladimir Putin"); ambiguous titles ("General",
"Major") only when a full name follows.  Adjectives of nationality on their own
are not names ("Russian", "North Korean", "Western"), but they stay in a longer
name ("Russian Defence Ministry"), whose rest is recorded as its core.  A
candidate that opens a sentence or stands in a headline is weak: it needs
support from elsewhere (see :mod:`.accept`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tui.core.lexicon.demonyms import DEMONYM_SUFFIX_RE
from tui.core.lexicon.names import (
    AMBIGUOUS_TITLES,
    COMPASS,
    COMPASS_ADJECTIVES,
    DEMONYM_ENDINGS,
    TITLES,
)
from tui.core.names.runs import CapWord, Para, Run
from tui.core.names.words import CODE_RE, acronym, lower_words, name_key
from tui.core.settings import NameSettings
from tui.core.text import strip_possessive


@dataclass(slots=True)
class Cand:
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
    defines: str = ""  # the acronym in brackets after it ("ISPR"), if any
    _key: str = field(default="", repr=False)  # the spelling key, once known

    @property
    def key(self) -> str:
        if not self._key:
            self._key = name_key(self.words)
        return self._key


@dataclass(frozen=True, slots=True)
class Shape:
    """A name cut from a run, at offsets relative to the run's start; the other
    fields are those of :class:`Cand`."""

    start: int
    end: int
    words: tuple[str, ...]
    key: str
    weak: bool
    person: bool
    core: tuple[str, ...]
    prefix: bool
    opening: bool
    common_start: bool


@dataclass(slots=True)
class Corpus:
    """What the whole comparison tells about words."""

    lowercase: set[str] = field(default_factory=set)  # words seen in lowercase
    capital_bases: set[str] = field(default_factory=set)  # one-word names, lowercased
    # the last words of longer names (and of their hyphenated last words), lowercased
    name_ends: set[str] = field(default_factory=set)
    demonyms: dict[str, bool] = field(default_factory=dict)  # word -> is a nationality
    nationality: dict[str, bool] = field(default_factory=dict)  # words -> only a nationality
    # each distinct run (its text, initial, person, title case) -> its names
    run_shapes: dict[tuple[str, bool, bool, bool], tuple[Shape, ...]] = field(default_factory=dict)


def build_corpus(paras: Sequence[Para]) -> Corpus:
    """The words seen in lowercase, the one-word names of running text and the
    last words of longer names."""
    corpus = Corpus()
    for para in paras:
        corpus.lowercase.update(lower_words(para.folded))
        if para.titlecase:
            continue
        # one-word names in running text: the bases of nationality adjectives
        words = para.words
        for run in para.runs:
            if run.stop - run.first == 1 and not run.initial:
                corpus.capital_bases.add(strip_possessive(words[run.first].text).lower())
            elif any(w.text.lower() not in COMPASS for w in words[run.first : run.stop - 1]):
                # (not "North Korean")
                last = strip_possessive(words[run.stop - 1].text).lower()
                corpus.name_ends.update((last, last.rsplit("-", 1)[-1]))
    return corpus


def split_run(para: Para, run: Run, corpus: Corpus, *, settings: NameSettings) -> list[Cand]:
    """Cut titles off a run of capitalised words; the parts that are names."""
    run_words = para.words[run.first : run.stop]
    base = run_words[0].start
    span = para.folded[base : run_words[-1].end]
    # the same names recur: each distinct run is cut once per comparison
    memo = (span, run.initial, run.person, para.titlecase)
    shapes = corpus.run_shapes.get(memo)
    if shapes is None:
        shapes = corpus.run_shapes[memo] = _run_shapes(
            span,
            [CapWord(t, s - base, e - base) for t, s, e in run_words],
            run,
            para.titlecase,
            corpus,
            settings,
        )
    text = para.text
    # every field of Cand, in order (positional: this is the inner loop)
    return [
        Cand(
            para.id,
            para.article,
            base + s.start,
            base + s.end,
            text[base + s.start : base + s.end],
            s.words,
            s.weak,
            s.person,
            False,
            s.core,
            s.prefix,
            s.opening,
            s.common_start,
            "",
            s.key,
        )
        for s in shapes
    ]


@dataclass(frozen=True, slots=True)
class _Piece:
    """A part of a run between its titles: words ``first`` to ``stop`` of the run."""

    first: int
    stop: int
    person: bool  # a title or a role word stands before it
    initial: bool  # it opens a sentence
    prefix: bool  # it stands before a title ("U.S." in "U.S. Secretary ...")


def _run_shapes(
    span: str,
    run_words: list[CapWord],
    run: Run,
    titlecase: bool,
    corpus: Corpus,
    settings: NameSettings,
) -> tuple[Shape, ...]:
    """The names in a run of capitalised words (``span``, the run's text, with
    ``run_words`` at offsets into it)."""
    out: list[Shape] = []
    for piece in _pieces(span, run_words, run, settings):
        initial = piece.initial
        start = run_words[piece.first].start
        last = run_words[piece.stop - 1]
        end = last.start + len(strip_possessive(last.text))
        # the words as written, particles included ("Bay of Sevastopol")
        words = span[start:end].split()
        if _nationality_only(words, corpus, settings):
            continue  # "Russian", "North Korean", "Western"
        if len(words) == 1 and words[0].lower() in COMPASS_ADJECTIVES:
            continue
        # a common word opening a sentence ("Regional Air Command"): trusted only
        # as a known name, else without that word
        if (
            piece.stop - piece.first > 1
            and words[0].lower() in corpus.lowercase
            and CODE_RE.search(span[run_words[piece.first + 1].start : end])
        ):
            # a code after a common word: "Flight PS752" is "PS752"
            start = run_words[piece.first + 1].start
            words = span[start:end].split()
            initial = False
        opening = initial and len(words) > 1 and not titlecase
        common_start = opening and words[0].lower() in corpus.lowercase
        core: tuple[str, ...] = ()
        if _is_demonym(words[0], corpus, settings) and (
            len(words) > settings.core_min_words
            # "Turkish Diyarbakir": a nationality before a one-word name (no
            # common noun: "Russian Navy" stays whole)
            or (len(words) == 2 and _proper_word(words[1], corpus, settings))
        ):
            core = tuple(words[1:])
        # a code is a name wherever it stands
        weak = not any(CODE_RE.search(w) for w in words) and (
            titlecase
            or (initial and len(words) == 1)
            or opening
            or (piece.prefix and not acronym(words))
        )
        out.append(
            Shape(
                start=start,
                end=end,
                words=tuple(words),
                key=name_key(words),
                weak=weak,
                person=piece.person,
                core=core,
                prefix=piece.prefix,
                opening=opening,
                common_start=common_start,
            )
        )
    return tuple(out)


def _pieces(span: str, run_words: list[CapWord], run: Run, settings: NameSettings) -> list[_Piece]:
    """The parts of a run around its titles: the name after the last title, and
    what stands before the first ("U.S." in "U.S. Secretary of State ...")."""
    texts = [w.text for w in run_words]
    n = len(texts)
    full_name = settings.ambiguous_title_name_words
    titles = [
        k
        for k, kind in enumerate(map(_title_kind, texts))
        if kind and (k + 1 < n if kind == 1 else n - k - 1 >= full_name)
    ]
    if not titles:
        return [_Piece(0, n, run.person, run.initial, False)]
    pieces: list[_Piece] = []
    first, last = titles[0], titles[-1]
    after = last + 1
    # "Secretary of State Antony Blinken": the title's complement is no name;
    # "President of Ukraine", "President of the Catalan Government": the
    # complement is the name, of no person
    gap = span[run_words[last].end : run_words[after].start]
    person = True
    if gap.startswith(" of"):
        if n - after == 1 or (
            gap.startswith(" of the ") and n - after <= settings.institution_max_words
        ):
            person = False
        else:
            after += 1
    if first > 0:
        pieces.append(_Piece(0, first, False, run.initial, True))
    if after < n:
        pieces.append(_Piece(after, n, person, False, False))
    return pieces


@lru_cache(maxsize=65536)
def _title_kind(word: str) -> int:
    """1 for a title ("President"), 2 for a title only before a full name
    ("General"), else 0."""
    low = word.lower().rstrip(".")
    if low in TITLES:
        return 1
    if low in AMBIGUOUS_TITLES:
        return 2
    return 0


def _proper_word(word: str, corpus: Corpus, settings: NameSettings) -> bool:
    """Is ``word`` a word of names only: never written in lowercase, no
    nationality, no compass point?"""
    low = word.lower()
    return (
        low not in corpus.lowercase
        and low not in COMPASS
        and not _is_demonym(word, corpus, settings)
        and word[1:].islower()
    )


def _nationality_only(words: list[str], corpus: Corpus, settings: NameSettings) -> bool:
    """Are ``words`` only an adjective of nationality or a compass point ("Russian",
    "North Korean", "Western")?"""
    key = " ".join(words)
    known = corpus.nationality.get(key)
    if known is None:
        known = corpus.nationality[key] = all(
            _is_demonym(w, corpus, settings) or w.lower() in COMPASS for w in words
        ) and any(
            _is_demonym(w, corpus, settings) or w.lower() in COMPASS_ADJECTIVES for w in words
        )
    return known


def _is_demonym(word: str, corpus: Corpus, settings: NameSettings) -> bool:
    known = corpus.demonyms.get(word)
    if known is None:
        known = corpus.demonyms[word] = _demonym(word, corpus, settings.demonym_min_base)
    return known


def _demonym(word: str, corpus: Corpus, min_base: int) -> bool:
    """A nationality word: by its ending ("Ukrainian"), or as a one-word name of
    the comparison with an ending added ("Israel" -> "Israeli"); never the last
    word of a longer name ("Hossein Amir-Abdollahian")."""
    w = word.lower().rstrip(".")
    if w in corpus.name_ends:
        return False  # the surname of a longer name: "Abdollahian", "Kardashian"
    if DEMONYM_SUFFIX_RE.search(w):
        return True
    return any(
        w.endswith(ending)
        and len(w) - len(ending) >= min_base
        and w[: -len(ending)] in corpus.capital_bases
        for ending in DEMONYM_ENDINGS
    )

"""Grouping the forms of names into entities.

A form is every candidate with one spelling key (case, hyphen and space,
any script folded to ASCII, transliteration and British/American spelling
folded: "Kyiv"/"Kiev", "TASS"/"Tass", "Zelensky"/"Zelenskyy",
"Yıldız"/"Yildiz").  Forms then join, rule by rule, in :data:`RULES`, each
rule reading the one :class:`Grouping` state:

1. ``written together``: the same letters written apart or together
   ("Christ Church Cathedral"/"Christchurch Cathedral", "ET 302"/"ET-302");
2. ``cores``: a name without its leading nationality joins the one entity that
   has it ("defense ministry" -> "Russian Defence Ministry");
3. ``close spellings of names``: multi-word names whose words are close (see
   :mod:`.similar`), with a word in common or that sounds the same ("Mohammad
   Baqer Qalibaf"/"Mohammad Bagher Ghalibaf", "Khalifa Haftar"/"Khalifa
   Hifter");
4. ``family name moved``: a person's name with its first word moved to the
   end, each word alike and one the same sound ("Jong Un Kim"/"Kim Jong Un"),
   in different articles;
5. ``defined acronyms``: names that define one acronym in brackets, when it
   spells their initials or they share most words (:mod:`.acronyms`);
6. ``initials``: "B. Navy" joins the one name it abbreviates ("Bangladesh Navy");
7. ``short names``: a person's shorter name joins the one longer name it
   shortens ("Tayyip Erdogan" -> "Recep Tayyip Erdogan");
8. ``surnames``: a surname (or a Korean-style family name) alone joins the one
   full name it ends (or starts), or whose surname it sounds like, when that
   name is a person's ("Putin" -> "Vladimir Putin", "Kim" -> "Kim Jong Un",
   "Rouhani" -> "Hasan Rohani");
9. ``close spellings of words``: one-word names never used in one article merge
   when they sound (nearly) the same, or, merely close, when used in aligned
   paragraphs.  Look-alikes (Sevastopol/Melitopol, Kiev/Kiper, Putin/Peskov,
   U.N./U.S., Barcelona/Barcelonnette) stay apart.

Last, a one-word name that ends the names of two entities ("Navy",
"Gaddafi") is dropped: alone, it could stand for either.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from tui.core.lexicon.names import COMPASS
from tui.core.names.acronyms import share_most_words, spells_initials
from tui.core.names.candidates import Cand
from tui.core.names.similar import (
    alike,
    blocking_keys,
    close,
    plain_variant,
    same_sound,
    surname_sounds,
)
from tui.core.names.words import acronym, initial_word, letters_key, name_key, word_key
from tui.core.settings import NameSettings
from tui.core.text import strip_possessive
from tui.core.text.translit import phonetic_keys
from tui.core.unionfind import UnionFind


@dataclass(slots=True)
class Form:
    """Every candidate written with one spelling key."""

    key: str
    words: tuple[str, ...]
    keys: tuple[str, ...]
    """The spelling key of each word."""
    sounds: tuple[tuple[str, ...], ...]
    """The phonetic keys of each word."""
    cands: list[Cand] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    paragraphs: set[str] = field(default_factory=set)

    def add(self, c: Cand) -> None:
        self.cands.append(c)
        self.articles.add(c.article)
        self.paragraphs.add(c.paragraph)


@dataclass(slots=True)
class Grouping:
    """What the rules share: the forms, the sets they are joined into so far,
    and the evidence."""

    forms: dict[str, Form]
    sets: UnionFind[str]
    lowercase: set[str]
    """Words the comparison writes in lowercase (common nouns, not names)."""
    aligned: Collection[tuple[str, str]]
    """Pairs of paragraph ids that report the same facts."""
    settings: NameSettings


def forms_of(cands: list[Cand]) -> dict[str, Form]:
    """The candidates by spelling key, in order of first use."""
    forms: dict[str, Form] = {}
    for c in cands:
        key = c.key
        if not key:
            continue
        f = forms.get(key)
        if f is None:
            f = forms[key] = Form(
                key,
                c.words,
                tuple(word_key(w) for w in c.words),
                tuple(phonetic_keys(w) for w in c.words),
            )
        f.add(c)
    return forms


def group_forms(
    forms: dict[str, Form],
    *,
    lowercase: set[str],
    aligned: Collection[tuple[str, str]],
    settings: NameSettings,
) -> list[list[Form]]:
    """The forms of each entity, after every rule of :data:`RULES` has run."""
    state = Grouping(forms, UnionFind(forms), lowercase, aligned, settings)
    for _, rule in RULES:
        rule(state)
    clusters: dict[str, list[Form]] = defaultdict(list)
    for key, f in forms.items():
        clusters[state.sets.find(key)].append(f)
    ambiguous = ambiguous_ends(state)
    return [kept for c in clusters.values() if (kept := [f for f in c if f.key not in ambiguous])]


def ambiguous_ends(state: Grouping) -> set[str]:
    """One-word names that end longer names of two or more entities after a
    capitalised word: "Navy" of "Bangladesh Navy" and "Lebanese Navy",
    "Gaddafi" of "Muammar Gaddafi" and "Mutassim Gaddafi".  Alone, such a word
    could stand for any of them: it is no entity, and joins none.  (A compass
    point makes no other entity: "Syria" of "Northern Syria" and "Northwest
    Syria" is Syria.)"""
    forms, uf = state.forms, state.sets
    ends: dict[str, set[str]] = defaultdict(set)  # last word key -> entities ending so
    for key, f in forms.items():
        if len(f.words) < 2:
            continue
        before = f.words[-2]
        if before[:1].isupper() and not before.isupper() and before.lower() not in COMPASS:
            ends[f.keys[-1]].add(uf.find(key))
    return {key for key, f in forms.items() if len(f.keys) == 1 and len(ends.get(key, ())) > 1}


def _join_written_together(state: Grouping) -> None:
    """Forms with the same letters in the same order are one name written apart
    or together ("Christ Church Cathedral"/"Christchurch Cathedral")."""
    by_letters: dict[str, str] = {}
    for key, f in state.forms.items():
        if any(c.lowercase for c in f.cands):
            continue
        letters = letters_key(f.words)
        first = by_letters.setdefault(letters, key)
        if first != key:
            state.sets.union(first, key)


def _attach_cores(state: Grouping) -> None:
    """ "Russian Black Sea Fleet" joins "Black Sea Fleet"; "the defense ministry"
    joins the one "... Defence Ministry" it can mean."""
    forms, uf = state.forms, state.sets
    by_core: dict[str, list[str]] = defaultdict(list)
    for key, f in forms.items():
        for c in f.cands:
            if c.core and not c.lowercase:
                by_core[name_key(c.core)].append(key)
                break
    for core_key, owners in by_core.items():
        owners = sorted(set(owners))
        if core_key in forms and len(owners) == 1:
            uf.union(owners[0], core_key)
    # lowercase mentions: the capitalised forms whose words or core they repeat
    n = state.settings.modifier_prefix
    for key, f in list(forms.items()):
        lower = [c for c in f.cands if c.lowercase]
        if not lower or any(not c.lowercase for c in f.cands):
            continue
        targets = set(by_core.get(key, []))
        if len(targets) > 1:
            # a modifier before the lowercase phrase picks among them ("Russia's")
            modifiers = {word_key(strip_possessive(c.core[0]))[:n] for c in lower if c.core}
            targets = {t for t in targets if any(forms[t].keys[0].startswith(m) for m in modifiers)}
        if len(targets) == 1:
            uf.union(next(iter(targets)), key)


def _attach_short_names(state: Grouping) -> None:
    """A person's shorter name joins the one longer name it shortens: "Tayyip
    Erdogan" and "Recep Erdogan" -> "Recep Tayyip Erdogan"."""
    forms, uf = state.forms, state.sets
    people = [f for f in forms.values() if _person_like(f, state.lowercase, state.settings)]
    by_last: dict[str, list[Form]] = defaultdict(list)
    for f in people:
        by_last[f.keys[-1]].append(f)
    for f in people:
        longer = [
            o.key
            for o in by_last[f.keys[-1]]
            if len(o.keys) > len(f.keys) and _subsequence(f.keys, o.keys)
        ]
        if longer and len({uf.find(o) for o in longer}) == 1:
            uf.union(longer[0], f.key)


def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Are the items of ``short`` in ``long``, in order?"""
    items = iter(long)
    return all(any(x == y for y in items) for x in short)


def _attach_surnames(state: Grouping) -> None:
    """A one-word name joins the one person's full name it ends or starts, or
    whose surname it sounds like ("Rouhani" -> "Hasan Rohani")."""
    forms, uf = state.forms, state.sets
    persons = _persons(state)
    for key, f in forms.items():
        if len(f.keys) != 1 or any(acronym(c.words) for c in f.cands):
            continue  # "UN" is no "Kim Jong Un"
        owners = persons.by_word.get(f.keys[0])
        surname = owners is None  # (a name that only sounds like one ends it)
        if owners is None:
            owners = {o for s in f.sounds[0] for o in persons.by_sound.get(s, ())}
        if not owners or len({uf.find(o) for o in owners}) != 1:
            continue
        owner_cands = [c for o in owners for c in forms[o].cands]
        evidence = any(c.person for c in f.cands) or any(c.person for c in owner_cands)
        # a family name first ("Kim" of "Kim Jong Un") needs a title or a role;
        # a surname also joins when both forms are used in one article, or in
        # aligned paragraphs
        surname = surname or any(forms[o].keys[-1] == f.keys[0] for o in owners)
        if not evidence and surname:
            evidence = not f.articles.isdisjoint(c.article for c in owner_cands) or (
                aligned_paragraphs(f.paragraphs, {c.paragraph for c in owner_cands}, state.aligned)
            )
        if evidence:
            uf.union(next(iter(owners)), key)


@dataclass(slots=True)
class _Persons:
    """The full names of people, by their words."""

    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """The spelling key of a first or last word -> the forms of full names."""
    by_sound: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """A phonetic key of a last word -> the forms of full names."""


def _persons(state: Grouping) -> _Persons:
    out = _Persons()
    n = state.settings.close_min_length
    for key, f in state.forms.items():
        if not _person_like(f, state.lowercase, state.settings):
            continue
        out.by_word[f.keys[-1]].add(key)
        out.by_word[f.keys[0]].add(key)
        for sound in surname_sounds(f.words[-1]):
            if len(sound) >= n:
                out.by_sound[sound].add(key)
    return out


_ROMAN_RE = re.compile(r"[IVX]{1,4}")


def _person_like(f: Form, lowercase: set[str], settings: NameSettings) -> bool:
    if not settings.person_min_words <= len(f.words) <= settings.person_max_words:
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


def _join_defined_acronyms(state: Grouping) -> None:
    """Names that define one acronym in brackets are one name, when it spells
    their initials or they share most words (see :mod:`.acronyms`); the acronym
    written alone joins them."""
    forms, uf = state.forms, state.sets
    by_acronym: dict[str, list[Form]] = defaultdict(list)
    for f in forms.values():
        for acr in dict.fromkeys(c.defines for c in f.cands if c.defines):
            by_acronym[acr].append(f)
    for acr, named in by_acronym.items():
        fitting = [f for f in named if spells_initials(acr, f.words)]
        for x, fa in enumerate(named):
            for fb in named[x + 1 :]:
                if (fa in fitting and fb in fitting) or share_most_words(fa.words, fb.words):
                    uf.union(fa.key, fb.key)
        alone = name_key((acr,))
        if alone in forms and fitting and len({uf.find(f.key) for f in fitting}) == 1:
            uf.union(fitting[0].key, alone)


def _attach_initials(state: Grouping) -> None:
    """A name whose first word is an initial ("B. Navy", "J. Smith") joins the
    one entity of a name that the initial abbreviates ("Bangladesh Navy",
    "John Smith")."""
    forms, uf = state.forms, state.sets
    by_rest: dict[tuple[str, ...], list[Form]] = defaultdict(list)
    for f in forms.values():
        if len(f.words) > 1 and not initial_word(f.words[0]):
            by_rest[f.keys[1:]].append(f)
    for f in forms.values():
        if len(f.words) < 2 or not initial_word(f.words[0]):
            continue
        letter = f.words[0][0].lower()
        owners = [o for o in by_rest.get(f.keys[1:], ()) if o.keys[0].startswith(letter)]
        if owners and len({uf.find(o.key) for o in owners}) == 1:
            uf.union(owners[0].key, f.key)


def _join_reordered(state: Grouping) -> None:
    """A person's name with its family name moved to the other end is one name:
    "Jong Un Kim"/"Kim Jong Un", "Shamsidin Fariduni"/"Faridun Shamsiddin"
    (each word alike, one the same sound), written in different articles."""
    forms, uf, settings = state.forms, state.sets, state.settings
    people = [f for f in forms.values() if _person_like(f, state.lowercase, settings)]
    by_sound: dict[tuple[int, str], list[Form]] = defaultdict(list)
    for f in people:
        for sound in f.sounds[0]:
            by_sound[(len(f.words), sound)].append(f)
    n = settings.close_min_length
    for fa in people:
        moved = fa.words[1:] + fa.words[:1]  # the first word to the end
        for sound in phonetic_keys(moved[0]):
            for fb in by_sound.get((len(moved), sound), ()):
                if (
                    fb.key != fa.key
                    and fa.articles.isdisjoint(fb.articles)
                    and all(alike(a, b, settings) for a, b in zip(moved, fb.words, strict=True))
                    and any(same_sound(a, b, n) for a, b in zip(moved, fb.words, strict=True))
                ):
                    uf.union(fa.key, fb.key)


def _merge_close_names(state: Grouping) -> None:
    """Close spellings of multi-word names that the key misses, with a shared word."""
    _merge_close(state, multi=True)


def _merge_close_words(state: Grouping) -> None:
    """Close spellings of one-word names that the key misses, with evidence beyond
    edit distance."""
    _merge_close(state, multi=False)


def _merge_close(state: Grouping, *, multi: bool) -> None:
    forms, uf, settings = state.forms, state.sets, state.settings
    aligned = state.aligned
    pairs = aligned if isinstance(aligned, set | frozenset) else set(aligned)
    min_length, prefix = settings.close_min_length, settings.close_block_prefix
    # candidates share the sound of a word at the same place (multi-word names),
    # or the start or the consonants of their sound (one-word names)
    blocks: dict[tuple[object, ...], list[Form]] = defaultdict(list)
    skip = set() if multi else ambiguous_ends(state)
    for f in forms.values():
        n = len(f.keys)
        if (n > 1) != multi or f.key in skip or any(c.lowercase for c in f.cands):
            continue
        if n > 1:
            for i, sounds in enumerate(f.sounds):
                for sound in sounds:
                    blocks[(n, i, sound)].append(f)
        elif len(f.key) >= min_length:
            for b in blocking_keys(f.words[0], prefix):
                blocks[(1, b)].append(f)
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
                if uf.find(fa.key) != uf.find(fb.key) and _same_name(fa, fb, pairs, settings):
                    uf.union(fa.key, fb.key)


def _same_name(
    fa: Form, fb: Form, pairs: Collection[tuple[str, str]], settings: NameSettings
) -> bool:
    # (forms of one block have as many words)
    if len(fa.keys) == 1:
        if not alike(fa.words[0], fb.words[0], settings):
            return False
    else:
        for k, (ka, kb) in enumerate(zip(fa.keys, fb.keys, strict=True)):
            # what close() says, without asking it for the many plainly different
            if ka != kb and (
                fa.sounds[k][0][:1] != fb.sounds[k][0][:1]
                and len(fa.sounds[k]) == len(fb.sounds[k]) == 1
                or not close(fa.words[k], fb.words[k], settings)
            ):
                return False
    if not fa.paragraphs.isdisjoint(fb.paragraphs):
        return False  # one paragraph names both: two names
    if len(fa.keys) > 1:
        # a shared word (a first name), or one that sounds the same, besides the
        # close one ("Mohammad Baqer Qalibaf"/"Mohammad Bagher Ghalibaf")
        n = settings.close_min_length
        return any(same_sound(wa, wb, n) for wa, wb in zip(fa.words, fb.words, strict=True))
    if not fa.articles.isdisjoint(fb.articles):
        return False  # one article uses both: two names
    # the same sound, or the same long run of consonants, is evidence enough;
    # a closeness short of that needs aligned paragraphs
    if plain_variant(fa.words[0], fb.words[0], settings):
        return True
    return aligned_paragraphs(fa.paragraphs, fb.paragraphs, pairs)


def aligned_paragraphs(
    a: Collection[str], b: Collection[str], pairs: Collection[tuple[str, str]]
) -> bool:
    """Does a paragraph of ``a`` report the same facts as one of ``b``?"""
    return any((pa, pb) in pairs or (pb, pa) in pairs for pa in a for pb in b)


#: The rules, in the order they run.
RULES: tuple[tuple[str, Callable[[Grouping], None]], ...] = (
    ("written together", _join_written_together),
    ("cores", _attach_cores),
    ("close spellings of names", _merge_close_names),
    ("family name moved", _join_reordered),
    ("defined acronyms", _join_defined_acronyms),
    ("initials", _attach_initials),
    ("short names", _attach_short_names),
    ("surnames", _attach_surnames),
    ("close spellings of words", _merge_close_words),
)

"""Grouping the forms of names into entities.

A form is every candidate with one spelling key (case, hyphen and space,
transliteration and British/American spelling folded: "Kyiv"/"Kiev",
"TASS"/"Tass", "Zelensky"/"Zelenskyy").  Forms then join, rule by rule, in
:data:`RULES`, each rule reading the one :class:`Grouping` state:

1. ``cores``: a name without its leading nationality joins the one entity that
   has it ("defense ministry" -> "Russian Defence Ministry");
2. ``surnames``: a surname (or a Korean-style family name) alone joins the one
   full name it ends (or starts) when that name is a person's ("Putin" ->
   "Vladimir Putin", "Kim" -> "Kim Jong Un");
3. ``close spellings``: spellings that the key misses merge only with evidence
   beyond edit distance: a shared first name ("Khalifa Haftar"/"Khalifa
   Hifter"), or, for one-word names, use in aligned paragraphs of different
   articles and never both in one article.  Look-alikes (Sevastopol/Melitopol,
   Kiev/Kiper, Putin/Peskov, U.N./U.S.) stay apart.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel

from tui.core.names.candidates import Cand
from tui.core.names.words import acronym, name_key
from tui.core.settings import NameSettings
from tui.core.text import spelling_key, strip_possessive
from tui.core.unionfind import UnionFind


@dataclass(slots=True)
class Form:
    """Every candidate written with one spelling key."""

    key: str
    words: tuple[str, ...]
    keys: tuple[str, ...]
    """The spelling key of each word."""
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
            f = forms[key] = Form(key, c.words, tuple(spelling_key(w) for w in c.words))
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
    return list(clusters.values())


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
            modifiers = {spelling_key(strip_possessive(c.core[0]))[:n] for c in lower if c.core}
            targets = {t for t in targets if any(forms[t].keys[0].startswith(m) for m in modifiers)}
        if len(targets) == 1:
            uf.union(next(iter(targets)), key)


def _attach_surnames(state: Grouping) -> None:
    """A one-word name joins the one person's full name it ends or starts."""
    forms, uf = state.forms, state.sets
    persons: dict[str, set[str]] = defaultdict(set)  # word key -> roots of full names
    articles_of: dict[str, set[str]] = {}
    for key, f in forms.items():
        if not _person_like(f, state.lowercase, state.settings):
            continue
        articles_of[key] = f.articles
        persons[f.keys[-1]].add(key)
        persons[f.keys[0]].add(key)
    for key, f in forms.items():
        if len(f.keys) != 1 or f.keys[0] not in persons:
            continue
        if any(acronym(c.words) for c in f.cands):
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


def _merge_close(state: Grouping) -> None:
    """Close spellings that the key misses, with evidence beyond edit distance."""
    forms, uf, settings = state.forms, state.sets, state.settings
    aligned = state.aligned
    pairs = aligned if isinstance(aligned, set | frozenset) else set(aligned)
    min_length, prefix = settings.close_min_length, settings.close_block_prefix
    # candidates share a word at the same place (multi-word names), or their
    # first letters or their consonant skeleton (one-word names)
    blocks: dict[tuple[object, ...], list[Form]] = defaultdict(list)
    for f in forms.values():
        if any(c.lowercase for c in f.cands):
            continue
        n = len(f.keys)
        if n > 1:
            for i, k in enumerate(f.keys):
                blocks[(n, i, k)].append(f)
        elif len(f.key) >= min_length:
            blocks[(1, "prefix", f.key[:prefix])].append(f)
            blocks[(1, "skeleton", skeleton(f.key))].append(f)
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
                if _same_name(fa, fb, pairs, settings) and uf.find(fa.key) != uf.find(fb.key):
                    uf.union(fa.key, fb.key)


def _same_name(
    fa: Form, fb: Form, pairs: Collection[tuple[str, str]], settings: NameSettings
) -> bool:
    n = settings.close_min_length
    # (forms of one block have as many words)
    for ka, kb in zip(fa.keys, fb.keys, strict=True):
        # what close() says, without asking it for the many plainly different
        if ka != kb and (
            ka[:1] != kb[:1] or len(ka) < n or len(kb) < n or not close(ka, kb, settings)
        ):
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


#: The rules, in the order they run.
RULES: tuple[tuple[str, Callable[[Grouping], None]], ...] = (
    ("cores", _attach_cores),
    ("surnames", _attach_surnames),
    ("close spellings", _merge_close),
)


def close(a: str, b: str, settings: NameSettings) -> bool:
    """Two spelling keys close enough to be one name written two ways."""
    return _close(
        a,
        b,
        settings.close_min_length,
        settings.skeleton_min_length,
        settings.close_similarity,
    )


@lru_cache(maxsize=65536)
def _close(a: str, b: str, min_length: int, skeleton_min_length: int, similarity: float) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < min_length or a[0] != b[0]:
        return False
    if skeleton(a) == skeleton(b) and len(skeleton(a)) >= skeleton_min_length:
        return True
    return Indel.normalized_similarity(a, b) >= similarity


_VOWELS_RE = re.compile(r"[aeiouyAEIOUY]")
_DOUBLED_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """Consonants only, doubled letters once: a rough phonetic key."""
    return _DOUBLED_RE.sub(r"\1", key[0] + _VOWELS_RE.sub("", key[1:]))

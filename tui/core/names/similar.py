"""When two words may be one name written two ways.

Two words of names are compared by how they sound, with the choices English
transliterations make folded away (:func:`~tui.core.text.translit.phonetic_keys`:
kh/h, q/gh/g, zh/sh/j, ou/oo/u, ee/i, e/i, o/u, -iyan/-ian, doubled letters,
"ae"/"oe"/"ue" for an umlaut):

* :func:`same_sound`: one phonetic key ("Rouhani"/"Rohani",
  "Qalibaf"/"Ghalibaf", "Kétané"/"Kettani"); strong evidence of one name;
* :func:`close`: the same first sound and either the same consonant skeleton
  or phonetic keys that differ in little ("Tomas"/"Tomasz",
  "Hezbollah"/"Hizballah"); weak evidence, which the grouping rules back with
  context before they merge;
* :func:`alike`: for one-word names, which have less context: close, without
  a consonant more or less ("Barcelona"/"Barcelonnette" fail);
* :func:`plain_variant`: alike one-word names that need no context beyond
  different articles: the same sound ("Rouhani"/"Rohani") or a long skeleton
  ("Jindayris"/"Jenderes").

Look-alikes fail both: "Sevastopol"/"Melitopol" (another first sound),
"Putin"/"Peskov", "Moscow"/"Morrow" (other consonants), and short words
("Kim"/"Kin", "IRNA"/"ISNA") are too alike by chance to compare at all.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Indel

from tui.core.names.words import word_key
from tui.core.settings import NameSettings
from tui.core.text.translit import phonetic_keys, skeleton


def same_sound(a: str, b: str, min_length: int) -> bool:
    """Do words ``a`` and ``b`` share a spelling key, or a phonetic key of at
    least ``min_length`` letters?"""
    if word_key(a) == word_key(b):
        return True
    return _same_sound(a, b, min_length)


@lru_cache(maxsize=65536)
def _same_sound(a: str, b: str, min_length: int) -> bool:
    keys = phonetic_keys(b)
    return any(k in keys and len(k) >= min_length for k in phonetic_keys(a))


def close(a: str, b: str, settings: NameSettings) -> bool:
    """Are words ``a`` and ``b`` close enough to be one name written two ways?"""
    return _close(
        a,
        b,
        settings.close_min_length,
        settings.skeleton_min_length,
        settings.close_similarity,
    )


@lru_cache(maxsize=65536)
def _close(a: str, b: str, min_length: int, skeleton_min_length: int, similarity: float) -> bool:
    ka, kb = word_key(a), word_key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < min_length:
        return False
    for pa in phonetic_keys(a):
        for pb in phonetic_keys(b):
            if pa[:1] != pb[:1] or min(len(pa), len(pb)) < min_length:
                continue
            if pa == pb or Indel.normalized_similarity(pa, pb) >= similarity:
                return True
            sa = skeleton(pa)
            if len(sa) >= skeleton_min_length and sa == skeleton(pb):
                return True
    return False


def alike(a: str, b: str, settings: NameSettings) -> bool:
    """Are one-word names ``a`` and ``b`` close, and either the same sound or
    the same consonants but for one letter?  A consonant more or less makes
    another name ("Barcelona"/"Barcelonnette", "Kerman"/"Kermanshah")."""
    if not close(a, b, settings):
        return False
    if same_sound(a, b, settings.close_min_length):
        return True
    return any(
        _one_apart(skeleton(pa), skeleton(pb)) for pa in phonetic_keys(a) for pb in phonetic_keys(b)
    )


def plain_variant(a: str, b: str, settings: NameSettings) -> bool:
    """Are alike one-word names ``a`` and ``b`` so alike that no context is needed:
    the same sound with a skeleton of ``skeleton_min_length`` consonants
    ("Rouhani"/"Rohani"), or sounds ``close_similarity`` alike with skeletons of
    ``unaligned_skeleton_length`` a letter apart at most ("Jindayris"/"Jenderes";
    not "Mohammad"/"Mahmoud", whose vowels differ too much)?"""
    for pa in phonetic_keys(a):
        for pb in phonetic_keys(b):
            sa = skeleton(pa)
            if pa == pb and len(sa) >= settings.skeleton_min_length:
                return True
            if (
                len(sa) >= settings.unaligned_skeleton_length
                and _one_apart(sa, skeleton(pb))
                and Indel.normalized_similarity(pa, pb) >= settings.close_similarity
            ):
                return True
    return False


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def surname_sounds(word: str) -> set[str]:
    """The phonetic keys of a surname, and of the last part of a compound one
    ("Abdollahian" of "Amir-Abdollahian"; an Arabic article is no part of
    either: "al-Assad" sounds like "Assad")."""
    sounds = set(phonetic_keys(word))
    if "-" in word:
        sounds.update(phonetic_keys(word.rsplit("-", 1)[1]))
    return sounds


def blocking_keys(word: str, prefix: int) -> set[str]:
    """Keys under which ``word`` is compared with others: the first ``prefix``
    letters and the consonant skeleton of each of its phonetic keys (close
    words mostly share one: they differ in a vowel or a consonant, rarely in
    both their second letter and their skeleton)."""
    out: set[str] = set()
    for k in phonetic_keys(word):
        out.add("p:" + k[:prefix])
        out.add("s:" + skeleton(k))
    return out

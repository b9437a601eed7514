"""Which candidates are names.

A candidate in running text is a name.  A weak one (a capitalised word that only
ever opens a sentence, or stands in a title-case headline) is trusted only when
the same name is found elsewhere in running text ("Smoke rises ..." is not a
name), or when it opens sentences in several articles and is never written in
lowercase ("Spain sent rescuers.").  A multi-word name found capitalised is
also found in lowercase elsewhere ("Defence Ministry" / "the defense ministry";
"Vostochny Cosmodrome" / "Vostochny cosmodrome").  Where candidates overlap,
the longest wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from tui.core.names.candidates import Cand, Corpus, split_run
from tui.core.names.runs import Para
from tui.core.names.similar import close, same_sound, surname_sounds
from tui.core.names.words import function_word, name_key, word_key
from tui.core.settings import NameSettings
from tui.core.text import fold_text, strip_possessive
from tui.core.text.translit import phonetic_keys


def find_candidates(paras: Sequence[Para], corpus: Corpus, *, settings: NameSettings) -> list[Cand]:
    """The names of ``paras``: one candidate per span, in paragraph order."""
    strong: list[Cand] = []
    weak: list[Cand] = []
    for para in paras:
        for run in para.runs:
            for c in split_run(para, run, corpus, settings=settings):
                (weak if c.weak else strong).append(c)
    known = {c.key for c in strong}
    # the name after a nationality in running text ("Diyarbakir" of "Turkish
    # Diyarbakir") is known too
    known |= {name_key(c.core) for c in strong if c.core and not c.lowercase}
    # a word that opens sentences in several articles and is never written in
    # lowercase is a name there too ("Spain sent rescuers." twice)
    openers: dict[str, set[str]] = defaultdict(set)
    for c in weak:
        if len(c.words) == 1 and not c.prefix and c.words[0].lower() not in corpus.lowercase:
            openers[c.key].add(c.article)
    known |= {key for key, arts in openers.items() if len(arts) >= settings.opener_articles}
    known_words = _known_words(strong, settings)
    spelled = _Spelled(strong, settings)
    accepted: list[Cand] = list(strong)
    for c in weak:
        if (
            c.key in known
            or (len(c.words) == 1 and _known_word(c.words[0], known_words))
            or spelled.otherwise(c)
        ):
            c.weak = False
            accepted.append(c)
        elif len(c.words) > 1:
            accepted.extend(_weak_parts(c, known, known_words, settings))
    accepted.extend(_lowercase_mentions(paras, accepted, corpus, settings))
    return _dedupe(accepted)


class _Spelled:
    """The multi-word names of running text, to recognise a weak candidate as one
    of them spelled otherwise ("Eshagh Jahangiri" for "Es'haq Jahangiri") or
    shortened ("Tayyip Erdogan" for "President Recep Tayyip Erdogan")."""

    def __init__(self, strong: Iterable[Cand], settings: NameSettings) -> None:
        self.settings = settings
        # the sound of a last word -> each name ending so, and whether it is a person's
        self.by_sound: dict[str, dict[tuple[str, ...], bool]] = defaultdict(dict)
        for c in strong:
            if len(c.words) > 1 and not c.lowercase:
                for sound in phonetic_keys(c.words[-1]):
                    names = self.by_sound[sound]
                    names[c.words] = names.get(c.words, False) or c.person

    def otherwise(self, c: Cand) -> bool:
        if len(c.words) < 2:
            return False
        n = self.settings.close_min_length
        for sound in phonetic_keys(c.words[-1]):
            for words, person in self.by_sound.get(sound, {}).items():
                if len(words) == len(c.words):
                    pairs = zip(c.words, words, strict=True)
                    if all(close(a, b, self.settings) for a, b in pairs):
                        return True
                elif person and len(words) > len(c.words) and _shortens(c.words, words, n):
                    return True
        return False


def _shortens(short: Sequence[str], long: Sequence[str], min_length: int) -> bool:
    """Are the words of ``short`` those of ``long``, in order, some left out?"""
    words = iter(long)
    return all(any(same_sound(w, x, min_length) for x in words) for w in short)


def _weak_parts(
    c: Cand, known: set[str], known_words: set[str], settings: NameSettings
) -> list[Cand]:
    """The names a weak multi-word candidate holds."""
    parts = _known_parts(c, known, known_words)
    if not c.opening:
        return parts
    if parts and parts[0].start != c.start:
        return parts  # "Later Putin": the known name without the opener
    if c.common_start:
        if len(c.words) - 1 >= settings.core_min_words:
            return [_without_first(c)]
        return parts
    return parts or [c]  # "Mikhail Razvozhaev, the governor, said"


def _known_words(cands: Iterable[Cand], settings: NameSettings) -> set[str]:
    """Words known as names on their own: the spelling keys of the first and last
    words of multi-word names of people, and, by sound, their surnames ("Rohani"
    for a "Rouhani") and the one-word names of running text ("Raisi" for a
    "Raeisi" in a headline) of ``close_min_length`` letters."""
    out: set[str] = set()
    lo, hi = settings.person_min_words, settings.person_max_words
    for c in cands:
        if c.person and lo <= len(c.words) <= hi:
            out.add(word_key(c.words[-1]))
            out.add(word_key(c.words[0]))
            out.update(_SOUND + k for k in surname_sounds(c.words[-1]))
        elif len(c.words) == 1 and not c.lowercase:
            out.update(
                _SOUND + k for k in phonetic_keys(c.words[0]) if len(k) >= settings.close_min_length
            )
    return out


_SOUND = "\0"  # marks a phonetic key among spelling keys


def _known_word(word: str, words: set[str]) -> bool:
    """Is ``word`` among ``words`` (see :func:`_known_words`) by its spelling key
    or its sound?"""
    return word_key(word) in words or any(_SOUND + k in words for k in phonetic_keys(word))


def _known_parts(c: Cand, known: set[str], known_words: set[str]) -> list[Cand]:
    """The known names inside a weak run ("Putin", "Far East" in a headline)."""
    out: list[Cand] = []
    words = c.words
    offsets = _word_offsets(c)
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            sub = words[i:j]
            key = name_key(sub)
            if key in known or (j - i == 1 and _known_word(sub[0], known_words)):
                start, end = offsets[i][0], offsets[j - 1][1]
                out.append(
                    Cand(
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


def _without_first(c: Cand) -> Cand:
    start = _word_offsets(c)[1][0]
    return Cand(
        c.paragraph,
        c.article,
        c.start + start,
        c.end,
        c.text[start:],
        c.words[1:],
        person=c.person,
    )


def _word_offsets(c: Cand) -> list[tuple[int, int]]:
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
    paras: Sequence[Para], accepted: Sequence[Cand], corpus: Corpus, settings: NameSettings
) -> list[Cand]:
    """Multi-word names found capitalised somewhere, written in lowercase elsewhere
    ("Defence Ministry" -> "the defense ministry")."""
    # every way the comparison writes a word, by spelling key
    spelled: dict[str, set[str]] = defaultdict(set)
    for w in corpus.lowercase:
        spelled[word_key(w)].add(w)
    phrases: set[tuple[str, ...]] = set()
    for c in accepted:
        for words in (c.words, c.core):
            # only a phrase whose last word is ever written in lowercase can be
            if len(words) >= 2 and not c.lowercase and word_key(words[-1]) in spelled:
                phrases.add(tuple(words))
    if not phrases:
        return []
    for phrase in phrases:
        for w in phrase:
            spelled[word_key(w)].add(w)
    typo_max_length = settings.typo_max_length
    # a mention has a word written in lowercase that is no function word: a
    # paragraph without any such spelling has none (a search for plain strings,
    # much the faster)
    lower_forms = sorted(
        {
            v
            for phrase in phrases
            for w in phrase
            for v in spelled[word_key(w)]
            if v[0].islower() and not function_word(v, v.lower(), typo_max_length)
        }
    )
    if not lower_forms:
        return []
    pattern = _phrase_pattern(phrases, spelled)
    probe = re.compile("|".join(map(re.escape, lower_forms)))
    out: list[Cand] = []
    for para in paras:
        folded = para.folded
        if probe.search(folded) is None:
            continue
        for m in pattern.finditer(folded):
            found = m.group().split(" ")
            if not any(w[0].islower() for w in found) or any(
                function_word(w, w.lower(), typo_max_length) for w in found
            ):
                continue
            start, end = m.span()
            before = ""
            if start > 1 and folded[start - 1] == " ":
                k = folded.rfind(" ", 0, start - 1)
                before = strip_possessive(folded[k + 1 : start - 1])
            out.append(
                Cand(
                    para.id,
                    para.article,
                    start,
                    end,
                    para.text[start:end],
                    tuple(found),
                    lowercase=True,
                    core=(before,) if before[:1].isupper() else (),
                )
            )
    return out


def _phrase_pattern(
    phrases: Iterable[tuple[str, ...]], spelled: dict[str, set[str]]
) -> re.Pattern[str]:
    """Any of ``phrases``, each word in any of its spellings, longest phrases first."""
    alternatives = []
    for phrase in sorted(phrases, key=lambda ws: (-len(ws), ws)):
        parts = [
            "(?:" + "|".join(re.escape(v) for v in sorted(spelled[word_key(w)])) + ")"
            for w in phrase
        ]
        alternatives.append(" ".join(parts))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """One candidate per span; a longer span that covers shorter ones wins."""
    by_para: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        by_para[c.paragraph].append(c)
    out: list[Cand] = []
    for group in by_para.values():
        # the longest first; among equals, the first in the text
        group.sort(key=lambda c: (c.start - c.end, c.start))
        kept: list[Cand] = []
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

"""What a figure counts (its frame), which part of the whole (its scope), the
places its clause puts it in, and its unit of measure.

A frame comes from what happened to the things counted ("were killed": the
outcome), else from the counted noun itself ("four bodies", "144
passengers"), else from the nearest frame word in the clause ("the death toll
rose to 632").  The scope is the counted noun when it names a part of the
people ("three children", "18 Canadians", "nine crew"); generic nouns
("people", "victims", "workers") count the whole.
"""

from __future__ import annotations

import math
import re

from anyascii import anyascii

from tui.core.lexicon.calendar import MONTHS, WEEKDAYS
from tui.core.lexicon.frames import (
    DEGREE_ADVERBS,
    GAIN_VERBS,
    GENERIC_PEOPLE,
    LENGTH_FRAMES,
    NATIONALS,
    OUTCOME_FRAMES,
    PEOPLE_FRAMES,
    PLACE_PREPOSITIONS,
    SUBJECT_FRAMES,
    SUBJECT_PRONOUNS,
    SUBJECT_SCOPE,
    UNNAMED_SUBJECT,
    WHOLE_WORDS,
)
from tui.core.lexicon.numbers import is_participle, is_plural
from tui.core.lexicon.units import SQUARE_WORDS
from tui.core.quantities.frames import frame_near, frame_of_word, place_key
from tui.core.quantities.rules.hedges import bounds
from tui.core.quantities.rules.state import Analysis
from tui.core.quantities.tokens import tokens
from tui.core.quantities.units import unit, unit_word
from tui.core.text import STOPWORDS, stem

#: A figure written with a dot before three digits ("2.316 people"): in a
#: count of people that is a thousands separator, not a decimal point.
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
#: A preposition and the capitalised word after it: "in Turkey", "across Syria".
_PLACE_RE = re.compile(
    r"\b(?i:"
    + "|".join(sorted(PLACE_PREPOSITIONS))
    + r") (?:the )?([A-Z][a-z]+(?:(?:,| and| or) [A-Z][a-z]+)*)"
)
_PLACE_WORD_RE = re.compile(r"[A-Z][a-z]+")
#: A named site and a relative "where" that the figure stands in: "the Pyne
#: Tower building, where 30 people were trapped", "Grand Hotel, where ...".
_SITE_RE = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z][a-z]+)*(?: [a-z]+)?, where\b")
_SENTENCE_ENDS = (". ", "? ", "! ", "\n")
#: A word and its possessive ("Iran's" is one word: no subject, a modifier).
_SUBJECT_WORD_RE = re.compile(r"[^\W\d_]+(?:['’]s\b)?")
_KEY_CONSONANTS = frozenset("bcdfgjklmnpqrstvxz")
#: Capitalised words after a figure that name no part of the people (a title-case
#: headline capitalises every word: "Toll At 75 Dead").
_NOT_SCOPE = frozenset(GENERIC_PEOPLE | set(MONTHS) | set(WEEKDAYS))


def measurement(s: Analysis) -> None:
    """ "72 km", "a 240-metre span", "2,750 tonnes": a measurement, valued in SI
    units; what it measures (the span) stays its label."""
    if s.kind not in ("count", "measure"):
        return
    word, square = _unit_token(s)
    if not word:
        return
    found = unit(word, square=square)
    if found is None:
        return
    s.kind = "measure"
    s.dimension = found.dimension
    s.si_value = s.p.value * found.factor


def _unit_token(s: Analysis) -> tuple[str, bool]:
    """The unit name after the number (hyphened or not), and whether it is squared."""
    if s.measure:
        name = unit_word(s.measure, after_digits=False)
        if name:
            return name, False
    k = s.p.last + 1
    toks = s.toks
    square = False
    if k < len(toks) and toks[k].lower in SQUARE_WORDS:
        square = True
        k += 1
    if k >= len(toks) or toks[k].kind != "w":
        return "", False
    after_digits = toks[s.p.last].kind == "d"
    return unit_word(toks[k].lower, after_digits=after_digits) or "", square


def frame(s: Analysis) -> None:
    """The figure's frame, its scope, and the places its clause names."""
    if s.kind not in ("count", "measure", "percent"):
        return
    info = s.info
    if s.kind == "measure":
        near = _near(s) or _after_aside(s)
        info.frame = near if s.dimension == "length" and near in LENGTH_FRAMES else s.dimension
    else:
        head = s.unit_words[-1].lower if s.unit_words else ""
        found = (
            OUTCOME_FRAMES.get(info.outcome)
            or (frame_of_word(head) if head else None)
            or (frame_of_word(s.measure) if s.measure else None)
            or _near(s)
        )
        info.frame = "" if found in LENGTH_FRAMES else found
        info.scope = _scope(s, head) or (_subject(s) if info.frame in SUBJECT_FRAMES else "")
        if info.frame in PEOPLE_FRAMES:
            _thousands_dot(s)
    info.places = _places(s)


def _near(s: Analysis) -> str:
    """The frame of the nearest frame word in the clause."""
    lowered = [t.lower for t in s.toks]
    window = s.settings.frame_window
    return frame_near(lowered, s.hedge_first, end=s.last, window=window) or ""


def _after_aside(s: Analysis) -> str:
    """The frame of the words after a bracket that closes the figure's clause:
    "250 kilometers (155 miles) south of Istanbul" converts the figure in
    brackets, and the frame word comes after them."""
    folded, after = s.folded, s.toks[-1].end
    if s.last != len(s.toks) - 1 and s.j < len(s.toks):
        return ""  # the clause goes on after the figure
    opening = folded.find("(", after, after + 3)
    closing = folded.find(")", opening, opening + s.settings.aside_max_chars)
    if opening < 0 or closing < 0:
        return ""
    rest = [t.lower for t in tokens(folded, closing + 1)][: s.settings.frame_window]
    return frame_near(["", *rest], 0, window=s.settings.frame_window) or ""


def _scope(s: Analysis, head: str) -> str:
    """Which part of the people the figure counts: a nationality ("18
    Canadians", "eight Chinese nationals", "Turkish Residents") or a group
    named by the counted noun ("three children"); "" for the whole."""
    words = s.unit_words
    if not words or s.info.partitive:
        return ""
    last = words[-1]
    if _named(last.text):
        return place_key(last.lower)
    if last.lower in GENERIC_PEOPLE or last.lower in NATIONALS:
        named = [w for w in words[:-1] if _named(w.text)]
        if named:
            return place_key(named[-1].lower)
    if s.info.frame not in PEOPLE_FRAMES:
        return ""
    degree = next((w.lower for w in words if w.lower in DEGREE_ADVERBS), "")
    if degree:
        return stem(degree)  # "four seriously injured" are a part of the injured
    if head in GENERIC_PEOPLE or not is_plural(head):
        return ""
    return "" if is_participle(head) else stem(head)


def _subject(s: Analysis) -> str:
    """Whose figure it is: "by:" and the consonant key of the capitalised word
    nearest before it in its sentence ("Raisi garnered 15.7 million votes");
    "" after a pronoun (the name before it may be another's) or in a title-case
    headline, where every word is capitalised."""
    near = s.toks[max(0, s.hedge_first - 2) : s.last + s.settings.whole_reach + 1]
    if s.kind == "count" and any(t.lower in WHOLE_WORDS for t in near):
        return ""  # "40 million votes cast": everyone's (a share "of total votes" is one's)
    folded = s.folded
    at = s.toks[s.p.first].start
    start = max(folded.rfind(end, 0, at) for end in _SENTENCE_ENDS) + 1
    words = _SUBJECT_WORD_RE.findall(folded, start, at)
    capitals = [w for w in words if w[:1].isupper()]
    if len(words) >= s.settings.title_min_words and len(capitals) * 3 > len(words) * 2:
        return ""  # a title-case headline
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = word.lower()
        if low in SUBJECT_PRONOUNS:
            return _unnamed(words[k:])
        if low.endswith(("'s", "’s")):
            continue  # "Iran's seventh president": a modifier, not the subject
        if k and words[k - 1].lower() == "of":
            continue  # "president of Iran": a complement, not the subject
        if word[:1].isupper() and low not in STOPWORDS and low not in _NOT_SCOPE:
            return SUBJECT_SCOPE + name_key(low)
    return ""


def _unnamed(after: list[str]) -> str:
    """After a pronoun, a verb of gaining makes the figure someone's ("he won,
    gaining 23.5 million votes"): :data:`UNNAMED_SUBJECT`; else nobody's ("")."""
    return UNNAMED_SUBJECT if any(w.lower() in GAIN_VERBS for w in after) else ""


def name_key(low: str) -> str:
    """A key that transliterations of one name share: the first letter, then
    the consonants other than h, w and y, a doubled one once ("raisi",
    "raeisi", "rayeesi": "rs")."""
    ascii_ = anyascii(low)
    key = ascii_[:1]
    for c in ascii_[1:]:
        if c in _KEY_CONSONANTS and c != key[-1]:
            key += c  # a doubled letter once: "Adeyemmi" is "Adeyemi"
    return key


def _named(word: str) -> bool:
    """A capitalised word that names a people ("Canadians", "Turkish")."""
    low = word.lower()
    return word[:1].isupper() and low not in _NOT_SCOPE and not frame_of_word(low)


def _places(s: Analysis) -> frozenset[str]:
    """The places the figure's sentence puts it in: capitalised words after
    "in", "across" ("in Turkey", "across Syria"), and the named site a
    "where" clause holding the figure opens on ("the Harbour Tower building,
    where 30 were trapped"), as place keys."""
    folded = s.folded
    at = s.toks[s.p.first].start
    start = max(folded.rfind(end, 0, at) for end in _SENTENCE_ENDS) + 1
    stops = [k for k in (folded.find(end, at) for end in _SENTENCE_ENDS) if k >= 0]
    out = set()
    for m in _PLACE_RE.finditer(folded, start, min(stops, default=len(folded))):
        for word in _PLACE_WORD_RE.findall(m.group(1)):
            low = word.lower()
            if low not in MONTHS and low not in WEEKDAYS:
                out.add(place_key(low))
    # the site a relative "where" opens on, right before the figure's clause
    site = _SITE_RE.search(folded, start, at)
    if site is not None and "," not in folded[site.end() : at]:
        out.add(place_key(site.group(1).lower()))
    return frozenset(out)


def _thousands_dot(s: Analysis) -> None:
    """ "2.316 residents killed": a count of people is whole, so the dot
    separates thousands (a European way of writing 2,316)."""
    text = s.folded[s.toks[s.p.first].start : s.toks[s.p.last].end]
    if s.p.first == s.p.last and _DOT_THOUSANDS_RE.fullmatch(text):
        value = float(text.replace(".", ""))
        if not math.isclose(value, s.p.value):
            s.p.value = value
            s.low, s.high = bounds(s, value, s.bound)

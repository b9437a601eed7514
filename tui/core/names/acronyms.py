"""Acronyms a text defines: a name followed by its short form in brackets,
"the Inter Service Public Relations (ISPR)".

Two names that define one acronym are one name written two ways ("Inter-service
Public Relation (ISPR)" / "Inter Service Public Relations (ISPR)"), when the
acronym spells their initials or they share most of their words (an acronym of
the name in another language: "Disaster and Emergency Management Agency
(AFAD)" / "Disaster and Emergency Management Presidency (AFAD)").  A dateline
("NEW YORK (AP)") opens its paragraph and defines nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.names.candidates import Cand
from tui.core.names.runs import Para

#: The bracketed acronym right after a name: " (ISPR)".
_DEFINED_RE = re.compile(r" ?\(([A-Z]{2,6})\)")
_PIECE_RE = re.compile(r"[^\W\d_]+")
_HYPHENATED_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def mark_definitions(paras: Sequence[Para], cands: list[Cand]) -> list[Cand]:
    """Record on each candidate of two words or more the acronym it defines; a
    name whose acronym spells words before it takes them in ("Inter-service" of
    "Inter-service Public Relation (ISPR)").  The candidates, less those such a
    longer name covers."""
    text_of = {p.id: p.text for p in paras}
    grown: list[Cand] = []
    for c in cands:
        if len(c.words) < 2 or c.start == 0 or c.lowercase:
            continue
        text = text_of[c.paragraph]
        m = _DEFINED_RE.match(text, c.end)
        if m is None:
            continue
        c.defines = acr = m.group(1)
        if not spells_initials(acr, c.words) and _grow(c, text, acr):
            grown.append(c)
    if not grown:
        return cands
    return [
        c
        for c in cands
        if not any(
            g is not c and g.paragraph == c.paragraph and g.start <= c.start and c.end <= g.end
            for g in grown
        )
    ]


def _grow(c: Cand, text: str, acronym: str) -> bool:
    """Take in the capitalised words right before ``c`` that the acronym's
    first letters spell ("Inter-service"); whether it did."""
    before = text[: c.start].split(" ")[:-1]  # the words before the space before ``c``
    for k in range(1, len(acronym)):
        if k > len(before):
            return False
        words = before[-k:]
        if not all(_HYPHENATED_RE.fullmatch(w) for w in words) or not words[0][:1].isupper():
            continue
        if spells_initials(acronym, (*words, *c.words)):
            start = c.start - len(" ".join(words)) - 1
            c.start, c.text = start, text[start : c.end]
            c.words = (*words, *c.words)
            c._key = ""
            return True
    return False


def spells_initials(acronym: str, words: Sequence[str]) -> bool:
    """Does ``acronym`` spell the initials of ``words``, in order: of every word
    but short lowercase ones ("ISPR": "Inter-service Public Relation"; "NAN":
    "News Agency of Nigeria"), or of the capitalised ones only ("CRD":
    "Civil-defence Rescue Directorate")?"""
    pieces = _PIECE_RE.findall(" ".join(words))
    capitals = "".join(p[0] for p in pieces if p[:1].isupper())
    long_ = "".join(p[0].upper() for p in pieces if p[:1].isupper() or len(p) > 3)
    return acronym in (capitals, long_)


def share_most_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two names share at least two words, and most of the words of each?"""
    wa = {w.lower() for w in a}
    wb = {w.lower() for w in b}
    common = len(wa & wb)
    return common >= 2 and 2 * common > max(len(wa), len(wb))

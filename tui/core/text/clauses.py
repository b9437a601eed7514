"""Clauses: where a sentence can be cut into the statements it joins.

This is the one clause splitter of the engine.  What counts as a break is a
regular expression, so each caller says how finely it cuts:

- :data:`CLAUSE_BREAK_RE` cuts at the punctuation that joins clauses (a comma,
  semicolon, colon or dash followed by space) and at the conjunctions that
  open a new clause ("and", "but", "while", "after" ...).  A headline such as
  "Putin-Kim meeting marred by missile strike on Sevastopol" or a lead that
  sums up two events is then two pieces, each of which can join the claim it
  reports.
- :data:`PUNCTUATION_BREAK_RE` cuts at punctuation only, but at more of it:
  any comma or colon not between two digits, semicolons, brackets, quotes and
  dashes.  A number, its hedge and what it counts never cross such a break.

A break's own characters either stay at the end of the clause before it
(``keep_breaks=True``: "Kim met Putin," | "drones attack Odesa") or belong
to no clause (``keep_breaks=False``).  A break that starts inside a
``protected`` stretch, such as the comma of "Sept. 13, 2023", is no break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["CLAUSE_BREAK_RE", "PUNCTUATION_BREAK_RE", "split_clauses"]

#: Punctuation that joins clauses, and the conjunctions that open a new one.
CLAUSE_BREAK_RE = re.compile(
    r"[,;:\u2014\u2013]\s+|\s+(?:and|but|while|as|after|before|where|which|who|whereas)\s+"
)

# A comma or colon not between two digits, a semicolon, a bracket, a quote, a
# dash (spaced if a hyphen).  Written to open with one character class, which
# lets the regular expression engine skip ahead quickly.
PUNCTUATION_BREAK_RE = re.compile(
    r"[,:;()\"“”—–\s](?:(?<=[,:])(?:(?<!\d[,:])|(?!\d))|(?<=[;()\"“”—–])|(?<=\s)[-–—]\s)"
)
"""Punctuation that ends a clause: commas and colons (not inside "1,200" or
"10:30"), semicolons, brackets, quotes, dashes (a hyphen only when spaced)."""


def split_clauses(
    text: str,
    sentences: Iterable[tuple[int, int]],
    *,
    breaks: re.Pattern[str] = CLAUSE_BREAK_RE,
    keep_breaks: bool = True,
    protected: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The clauses of each sentence, as ``(start, end)`` offsets into ``text``.

    ``sentences`` are ``(start, end)`` offsets into ``text`` (such as
    :func:`~tui.core.text.sentence_spans` gives); a clause never crosses
    their ends.  A sentence is cut at every match of ``breaks`` except those
    that start strictly inside one of the ``protected`` stretches.  With
    ``keep_breaks`` the break's characters end the clause before it, without
    it they belong to no clause.  Empty clauses are left out.
    """
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        pos = start
        for m in breaks.finditer(text, start, end):
            if protected and any(ps < m.start() < pe for ps, pe in protected):
                continue
            cut = m.end() if keep_breaks else m.start()
            if cut > pos:
                spans.append((pos, cut))
            pos = m.end()
        if end > pos:
            spans.append((pos, end))
    return spans

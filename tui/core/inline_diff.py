"""Which words one paragraph has and another lacks, inline, like ``git diff --word-diff``.

Both texts are cut into **units** (:func:`units`): a word, or a stretch the
comparison already knows as one thing (a figure such as "two dozen", a name
such as "Olena Zelenska"), each with its offsets and a **key** it is compared
by:

* a figure by its value: "ten" and "10" are both ``#10``, and a mention the
  numbers engine read ("two dozen") carries the value it found (``#24``);
* a name by the entity it names: "Kiev" and "Kyiv" are both ``name:E2``;
* any other word by its stem and spelling (:func:`~tui.core.text.word_key`:
  "armoured" = "armored"); a function word by its folded self.

:func:`word_diff` matches the two key sequences with :mod:`difflib`'s opcodes
and returns :class:`DiffOp` values with offsets into both texts.  Units
that match by key but are written differently come out as ``"respell"``
(``{~Kiev→Kyiv~}``, ``{~40→Forty~}``).  :func:`inline_pieces` lays the ops
out as one text of pieces, for a widget to style: the markers are pieces of
their own, and the article's text is never parsed as markup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from tui.core.lexicon.numbers import NUMBER_WORDS
from tui.core.names import Entity, WordVariant
from tui.core.quantities import Quantity
from tui.core.text import fold_text, tokenize, word_key

__all__ = [
    "DiffOp",
    "KeySpan",
    "OpTag",
    "Piece",
    "PieceRole",
    "Unit",
    "figure_key",
    "inline_pieces",
    "known_spans",
    "units",
    "word_diff",
]

OpTag = Literal["equal", "delete", "insert", "replace", "respell"]
PieceRole = Literal["same", "delete", "insert", "respell-old", "respell-new", "marker"]

KeySpan = tuple[int, int, str]
"""(start, end, key): a stretch of a text to compare as one unit, by ``key``."""

#: The markers around each kind of change, as ``git diff --word-diff=plain`` writes them.
MARKERS: dict[str, tuple[str, str]] = {
    "delete": ("[-", "-]"),
    "insert": ("{+", "+}"),
    "respell": ("{~", "~}"),
}
RESPELL_ARROW = "→"


@dataclass(frozen=True, slots=True)
class Unit:
    """A word or a known stretch of a text, with the key it is compared by."""

    text: str
    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step from text ``a`` to text ``b``: offsets into each (an empty stretch
    where a side has nothing)."""

    tag: OpTag
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the inline diff and what it is."""

    text: str
    role: PieceRole


def figure_key(value: float) -> str:
    """The key of a figure: ``#24``, ``#2.5``."""
    return f"#{value:g}"


def _word_key(word: str) -> str:
    low = fold_text(word).lower()
    if low in NUMBER_WORDS:
        return figure_key(NUMBER_WORDS[low])
    if low[:1].isdigit():
        try:
            return figure_key(float(low.replace(",", "")))
        except ValueError:  # "1.2.3": not one figure
            return low
    return word_key(word) or low


def units(text: str, *, spans: Sequence[KeySpan] = ()) -> tuple[Unit, ...]:
    """The units of ``text``: its words, with every word inside one of ``spans``
    folded into that span's unit (see the module docstring)."""
    known = sorted(spans)
    out: list[Unit] = []
    k = 0
    for token in tokenize(text):
        while k < len(known) and known[k][1] <= token.start:
            k += 1
        if k < len(known) and known[k][0] < token.end:
            start, end, key = known[k]
            if not (out and out[-1].start == start and out[-1].key == key):
                out.append(Unit(text[start:end], start, end, key))
            continue
        out.append(Unit(token.text, token.start, token.end, _word_key(token.text)))
    return tuple(out)


def known_spans(
    *,
    entities: Iterable[Entity] = (),
    word_variants: Iterable[WordVariant] = (),
    quantities: Iterable[Quantity] = (),
) -> dict[str, tuple[KeySpan, ...]]:
    """Each paragraph's stretches the comparison knows as one thing: a figure keyed
    by its value, a name spelled more than one way by its entity, a word by its
    spelling group.  Where two overlap, the figure wins, then the name."""
    found: dict[str, list[KeySpan]] = defaultdict(list)
    for q in quantities:
        for m in q.mentions:
            found[m.paragraph].append((m.start, m.end, figure_key(m.value)))
    for e in entities:
        if len(e.spellings) < 2:  # one spelling: its words already compare equal
            continue
        for n in e.mentions:
            found[n.paragraph].append((n.start, n.end, f"name:{e.id}"))
    for w in word_variants:
        for n in w.mentions:
            found[n.paragraph].append((n.start, n.end, f"word:{w.key}"))
    out: dict[str, tuple[KeySpan, ...]] = {}
    for pid, spans in found.items():
        kept: list[KeySpan] = []
        for span in spans:  # in order of precedence
            if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
                kept.append(span)
        out[pid] = tuple(sorted(kept))
    return out


def _edge(us: Sequence[Unit], i: int, length: int) -> int:
    """Where unit ``i`` starts (the text's end after the last unit)."""
    return us[i].start if i < len(us) else length


def word_diff(
    a: str, b: str, *, a_spans: Sequence[KeySpan] = (), b_spans: Sequence[KeySpan] = ()
) -> tuple[DiffOp, ...]:
    """The steps from ``a`` to ``b``, unit by unit (see the module docstring)."""
    ua, ub = units(a, spans=a_spans), units(b, spans=b_spans)
    matcher = SequenceMatcher(None, [u.key for u in ua], [u.key for u in ub], autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            a_start, b_start = _edge(ua, i1, len(a)), _edge(ub, j1, len(b))
            if i1 == i2 and i1 > 0:  # an insertion goes right after the word before it
                a_start = ua[i1 - 1].end
            a_end = ua[i2 - 1].end if i2 > i1 else a_start
            b_end = ub[j2 - 1].end if j2 > j1 else b_start
            ops.append(DiffOp(tag, a_start, a_end, b_start, b_end))
            continue
        for x, y in zip(ua[i1:i2], ub[j1:j2], strict=True):
            if x.text.casefold() != y.text.casefold():
                ops.append(DiffOp("respell", x.start, x.end, y.start, y.end))
            elif ops and ops[-1].tag == "equal":
                ops[-1] = DiffOp("equal", ops[-1].a_start, x.end, ops[-1].b_start, y.end)
            else:
                ops.append(DiffOp("equal", x.start, x.end, y.start, y.end))
    return tuple(ops)


def inline_pieces(a: str, b: str, ops: Sequence[DiffOp]) -> tuple[Piece, ...]:
    """``a`` as it reads, with what ``b`` has instead marked inline:
    ``[-37-]{+73+}``, ``{~Kiev→Kyiv~}``.  Text between the units is ``a``'s."""
    pieces: list[Piece] = []
    pos = 0

    def add(text: str, role: PieceRole) -> None:
        if text:
            pieces.append(Piece(text, role))

    for op in ops:
        add(a[pos : op.a_start], "same")
        old, new = a[op.a_start : op.a_end], b[op.b_start : op.b_end]
        if op.tag == "equal":
            add(old, "same")
        elif op.tag == "respell":
            opening, closing = MARKERS["respell"]
            add(opening, "marker")
            add(old, "respell-old")
            add(RESPELL_ARROW, "marker")
            add(new, "respell-new")
            add(closing, "marker")
        else:
            if op.tag == "insert" and op.a_start > 0 and not a[op.a_start - 1].isspace():
                add(" ", "same")  # "trucks {+and boats+}."
            changes: tuple[tuple[str, Literal["delete", "insert"]], ...] = (
                (old, "delete"),
                (new, "insert"),
            )
            for text, role in changes:
                if text:
                    opening, closing = MARKERS[role]
                    add(opening, "marker")
                    add(text, role)
                    add(closing, "marker")
            if op.tag == "insert" and op.a_start == 0 and a[:1].isalnum():
                add(" ", "same")
        pos = max(pos, op.a_end)
    add(a[pos:], "same")
    return tuple(pieces)

"""Which paragraphs of N articles report the same facts.

The method, in four steps:

1. **Units** (:mod:`.units`).  Every content paragraph is split into
   sentences, and sentences into clauses.  A clause is represented by its
   content terms: stems of non-function words after spelling folding (so
   "Razvozhayev"/"Razvoshayev" and "armoured"/"armored" are one term) and
   numbers normalised to their value ("ten" and "10" are one term, "two
   dozen" is 24).
2. **Weights** (:mod:`.similarity`).  A term weighs its inverse document
   frequency across all the clauses being compared: words every outlet uses
   in every paragraph ("Ukraine" in a war story) count little, the rare
   names and numbers that pin down one fact count much.
3. **Candidates and links** (:mod:`.similarity`).  An inverted index over the
   rarer terms proposes clause pairs that share something informative; only
   those are scored (weighted cosine over shared terms), so the cost grows
   with the number of plausible pairs, not with the square of the number of
   clauses.
4. **Claims** (:mod:`.clustering`, :mod:`.groups`).  Clauses are clustered
   with average linkage: two clusters merge only when their clauses are, on
   average, similar enough, so one loose link cannot chain unrelated facts
   together the way single linkage (connected components) does.  A clause
   that reports several facts (a headline, a summary lead) also joins every
   other claim it matches as well as that claim's own members match each
   other.  Each claim that spans two or more articles becomes a group: the
   paragraphs holding its clauses, with the links that justify it.

A paragraph that reports several facts therefore belongs to several groups;
that is what many-to-many coverage is.  :mod:`.pipeline` runs the steps in
order; every knob is a field of :class:`~tui.core.settings.AlignSettings`.
"""

from typing import TYPE_CHECKING

from tui.core._lazy import lazy_exports
from tui.core.align.model import Alignment, Group, SentenceLink, SentenceRef

__all__ = [
    "Alignment",
    "Group",
    "SentenceLink",
    "SentenceRef",
    "align",
    "clause_spans",
]

if TYPE_CHECKING:
    from tui.core.align.pipeline import align
    from tui.core.align.units import clause_spans

__getattr__, __dir__ = lazy_exports(
    __name__,
    globals(),
    {"tui.core.align.pipeline": ("align",), "tui.core.align.units": ("clause_spans",)},
)

"""Quantities: find the numbers an article reports and link the same quantity
across outlets and within one article.

Finding (:func:`find_numbers`, one paragraph at a time; :mod:`.scan`):

* digits with separators and decimals ("1,200", "2.5", "7.0"), scale words and
  suffixes ("2.5 million", "3bn"), percentages ("40%", "40 per cent", "40 pct"), money
  ("$5m"), number words ("ten", "seventy-two", "one hundred and five",
  "a dozen", "two dozen", "four-and-a-half") and vague plurals ("dozens",
  "hundreds of", "tens of thousands of"), which keep a range (:mod:`.parse`);
* hedges are kept as the mention's ``qualifier`` ("at least", "about", "up
  to", "nearly", "some", "or more" ...) and turned into the range of values
  the mention allows (:mod:`.rules.hedges`);
* the thing counted (``unit``): the noun phrase after the number ("30 Iranian
  kamikaze drones" -> "Iranian kamikaze drones"), through a partitive ("seven
  of the missiles") and with the state it is in ("24 people injured")
  (:mod:`.rules.counted`; the rules run in the order of :data:`.analyse.RULES`);
* dates, times and weekdays are recognised as such, never as counts: "Sept.
  13, 2023", "13 September", "2023-09-13", "April 2019", "in May", "2014",
  "Wednesday", "8:30 a.m.", "3 AM".  Dates are valued YYYYMMDD (YYYYMM for a
  month, YYYY for a year) (:mod:`.dates`).

Linking (:func:`link_quantities`; :mod:`.link`) works on evidence, most
certain first (the passes of :data:`.link.PASSES`):

1. dates with the same resolved day anywhere in the comparison are one
   quantity (weekdays and year-less dates resolve against a reference date:
   the latest full date the article gives, else the latest in the comparison);
2. equal values with the same counted noun (or the same state: "24 people
   injured" / "two dozen injured") link when their paragraphs are aligned or
   their clauses share a content word, and no conflicting names stand around
   them; equal values with different nouns ("two naval vessels" / "two
   ships") link only when the same verb governs both ("damaged") in aligned
   paragraphs or one article;
3. parallel sentences: when two sentences of different articles already share
   a linked quantity, their other equal values link too ("ten cruise missiles
   ... three unmanned motorboats" / "10 cruise missiles ... three drones"),
   unless they count two roles of people ("two teachers" / "2 pilots");
4. different values link (a discrepancy) only for the same counted noun, of
   the same order of magnitude, with supporting context (aligned paragraphs,
   or shared modifiers within an article), never when the two values are each
   already confirmed by another outlet as separate quantities, and never with
   a partitive ("seven of the missiles") of the same article.

Frames (:mod:`.rules.frame`, :mod:`.passes.frames`): every figure knows what
it counts (``frame``: killed, injured, missing, trapped, rescued, displaced,
arrested, charged, aboard, votes, magnitude, depth, distance ...; the words
are in :mod:`tui.core.lexicon.frames`), which part of the whole (its scope:
"three children", "18 Canadians", the dead "in Turkey", the 30 trapped in "the
Harbour Tower building, where ...") and in what unit: a
measurement ("72 km", "a 240-metre span", "2,300 feet") is valued in SI units
by the ``pint`` units library, loaded on the first unit met
(:mod:`.units`).  Figures of one frame, kind and scope link across articles
without any alignment: equal values (measurements once converted), and each
report's lead figure, so that tolls reported at different times ("kills at
least 296" / "death toll rises to 632") are one quantity that differs.
:func:`frame_links` gives those links as paragraph pairs, evidence for the
alignment.  Times of day link across reports whose sentences share a word of
what happened ("collapsed at 7:40 am" / "collapsed at 8:40 am").

Every linked quantity gets a verdict (:mod:`.verdict`): ``agree`` (one value,
one hedge), ``compatible`` (one value with different hedges: "at least 24"
and "24"; measurements that agree to the rounding written: "2,300 feet" and
"700 m") or ``differ`` (different values, whatever their hedges, unless
:attr:`~tui.core.settings.NumberSettings.hedges_reconcile`; different times
of day).  A quantity that differs across reports of different dates names its
latest figure (``later``), so that an updated toll reads as an update.

The word tables live in :mod:`tui.core.lexicon.numbers`, the knobs in
:class:`tui.core.settings.NumberSettings`.
"""

from typing import TYPE_CHECKING

from tui.core._lazy import lazy_exports
from tui.core.quantities.model import Later, NumberKind, NumberMention, Quantity, Verdict

__all__ = [
    "Later",
    "NumberKind",
    "NumberMention",
    "Quantity",
    "Verdict",
    "find_numbers",
    "frame_links",
    "link_quantities",
]

if TYPE_CHECKING:
    from tui.core.quantities.link import frame_links, link_quantities
    from tui.core.quantities.scan import find_numbers

__getattr__, __dir__ = lazy_exports(
    __name__,
    globals(),
    {
        "tui.core.quantities.link": ("frame_links", "link_quantities"),
        "tui.core.quantities.scan": ("find_numbers",),
    },
)

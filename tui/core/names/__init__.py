"""Names: find the people, places and organisations the articles name, group
the mentions into entities across all articles, and record every spelling.

Finding a mention (per paragraph):

* a run of capitalised words, joined by spaces, hyphens ("Al-Haouz") or the
  dot of an abbreviation ("Mr. Putin"), with lowercase particles inside
  ("Bay of Sevastopol", "Secretary of State") (:mod:`.runs`);
* a possessive ends the name ("Sevastopol's" -> "Sevastopol");
* honorifics and titles are cut off and count as evidence of a person ("Mr.
  Razvozhayev", "President Vladimir Putin", "Governor Mikhail Razvoshayev");
  ambiguous titles ("General", "Major") only when a full name follows
  (:mod:`.candidates`);
* adjectives of nationality on their own are not names ("Russian", "North
  Korean", "Western"), but they stay in a longer name ("Russian Defence
  Ministry", "Crimean Peninsula");
* a capitalised word that only ever opens a sentence, or stands in a title-case
  headline, is trusted only when the same name is found elsewhere in running
  text ("Smoke rises ..." is not a name) (:mod:`.accept`);
* a multi-word name found capitalised is also found in lowercase elsewhere
  ("Defence Ministry" / "the defense ministry"; "Vostochny Cosmodrome" /
  "Vostochny cosmodrome").

Grouping mentions into entities (:mod:`.grouping`, :mod:`.entities`):

1. the same :func:`~tui.core.text.spelling_key` (case, hyphen and space,
   transliteration, British/American folding): "Kyiv"/"Kiev", "TASS"/"Tass",
   "Razvozhayev"/"Razvoshayev", "Zelensky"/"Zelenskyy";
2. a surname (or a Korean-style family name) alone joins the one full name it
   ends (or starts) when that name is a person's: "Putin" -> "Vladimir
   Putin", "Kim" -> "Kim Jong Un";
3. a name without its leading nationality joins the one entity that has it:
   "defense ministry" -> "Russian Defence Ministry";
4. close spellings that the key misses merge only with evidence beyond edit
   distance: a shared first name ("Khalifa Haftar"/"Khalifa Hifter"), or,
   for one-word names, use in aligned paragraphs of different articles and
   never both in one article.  Look-alikes (Sevastopol/Melitopol,
   Kiev/Kiper, Putin/Peskov, U.N./U.S.) stay apart.

Ordinary words spelled differently (armoured/armored, travelled/traveled) are
found by :func:`find_word_variants` (:mod:`.variants`).

The word tables live in :mod:`tui.core.lexicon.names`, the thresholds in
:class:`tui.core.settings.NameSettings`.
"""

from typing import TYPE_CHECKING

from tui.core._lazy import lazy_exports
from tui.core.names.model import Entity, NameMention, WordVariant

__all__ = [
    "Entity",
    "NameMention",
    "WordVariant",
    "find_entities",
    "find_word_variants",
]

if TYPE_CHECKING:
    from tui.core.names.entities import find_entities
    from tui.core.names.variants import find_word_variants

__getattr__, __dir__ = lazy_exports(
    __name__,
    globals(),
    {
        "tui.core.names.entities": ("find_entities",),
        "tui.core.names.variants": ("find_word_variants",),
    },
)

"""Names: find the people, places and organisations the articles name, group
the mentions into entities across all articles, and record every spelling.

Finding a mention (per paragraph):

* a run of capitalised words, joined by spaces, hyphens ("Al-Haouz") or the
  dot of an abbreviation ("Mr. Putin"), with lowercase particles inside
  ("Bay of Sevastopol", "Secretary of State") (:mod:`.runs`);
* a possessive ends the name ("Sevastopol's" -> "Sevastopol"); a count word
  stays inside one between two of its words ("TV One News"), an initial opens
  one ("B. Navy", "J. Smith"), and a semicolon opens no sentence ("Anvar
  Toshmatov, 41; Bakhrom Yusupov, 28");
* honorifics and titles are cut off and count as evidence of a person ("Mr.
  Razvozhayev", "President Vladimir Putin", "Governor Mikhail Razvoshayev"),
  as does a role word before the name or its comma ("his counterpart, Hasan
  Rohani"); ambiguous titles ("General", "Major") only when a full name
  follows (:mod:`.candidates`);
* a code of letters and digits is a name wherever it stands ("PS752",
  "PS-752", "ET 302"), without a common word before it ("Flight PS752");
* adjectives of nationality on their own are not names ("Russian", "North
  Korean", "Western"), but they stay in a longer name ("Russian Defence
  Ministry", "Crimean Peninsula"); before a one-word name never written in
  lowercase, the name is known on its own too ("Turkish Diyarbakir" makes a
  headline's "Diyarbakır" a name, and joins it);
* a name followed by an acronym in brackets defines it ("Inter-service Public
  Relation (ISPR)"); a name the acronym's letters spell only with the words
  before it takes them in (:mod:`.acronyms`);
* a capitalised word that only ever opens a sentence, or stands in a title-case
  headline, is trusted only when the same name is found elsewhere in running
  text ("Smoke rises ..." is not a name) (:mod:`.accept`);
* a multi-word name found capitalised is also found in lowercase elsewhere
  ("Defence Ministry" / "the defense ministry"; "Vostochny Cosmodrome" /
  "Vostochny cosmodrome").

Grouping mentions into entities (:mod:`.grouping`, :mod:`.similar`,
:mod:`.entities`):

1. the same spelling key, any script folded to ASCII first (anyascii: case,
   accents, "Yıldız"/"Yildiz", hyphen and space, transliteration,
   British/American folding): "Kyiv"/"Kiev", "TASS"/"Tass",
   "Razvozhayev"/"Razvoshayev", "Zelensky"/"Zelenskyy"; the same letters
   written apart or together ("Christ Church"/"Christchurch", "ET 302"/"ET-302");
2. a name without its leading nationality joins the one entity that has it:
   "defense ministry" -> "Russian Defence Ministry";
3. close spellings of multi-word names, compared by how their words sound
   (:func:`~tui.core.text.translit.phonetic_keys`: kh/h, q/gh/g, zh/sh/j,
   ou/oo/u, ee/i, e/i, -iyan/-ian), merge with a word in common or that sounds
   the same: "Mohammad Baqer Qalibaf"/"Mohammad Bagher Ghalibaf",
   "Tomas Wojcik"/"Tomasz Wójcik", "Khalifa Haftar"/"Khalifa Hifter";
4. a person's shorter name joins the one longer name it shortens: "Tayyip
   Erdogan", "Recep Erdogan" -> "Recep Tayyip Erdogan";
5. a surname (or a Korean-style family name) alone joins the one full name it
   ends (or starts), or whose surname it sounds like, when that name is a
   person's and a title, one article or aligned paragraphs back it: "Putin" ->
   "Vladimir Putin", "Kim" -> "Kim Jong Un", "Rouhani" -> "Hasan Rohani",
   "Abdollahian" -> "Hossein Amir-Abdollahian";
6. close one-word spellings, never both in one article, merge when they sound
   the same or nearly ("Rouhani"/"Rohani", "Jindayris"/"Jenderes"), or, merely
   close, when used in aligned paragraphs ("Sirte"/"Surt");
7. a person's name with the family name moved to the other end, each word
   alike, one the same sound ("Jong Un Kim"/"Kim Jong Un", "Shamsidin
   Fariduni"/"Faridun Shamsiddin"), in different articles;
8. names that define one acronym, when it spells their initials or they
   share most words ("Disaster and Emergency Management Agency (AFAD)" /
   "... Presidency (AFAD)"); the acronym alone joins them;
9. a name with an initial joins the one name it abbreviates ("B. Navy" ->
   "Bangladesh Navy").

Look-alikes stay apart: another first sound (Sevastopol/Melitopol), other
consonants (Putin/Peskov, Moscow/Morrow), a consonant more
(Barcelona/Barcelonnette, Kerman/Kermanshah), short words (IRNA/ISNA, U.N./U.S.),
another word of a multi-word name (Kim Jong Un/Kim Yo Jong), a province and its
capital city ("Kerman Province"/"Kerman").  A one-word name that ends the names
of two entities ("Navy" of "Bangladesh Navy" and "Lebanese Navy", "Gaddafi" of
"Muammar Gaddafi" and "Mutassim Gaddafi") is no entity and joins none.

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

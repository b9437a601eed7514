"""The words around personal and place names: titles, roles, particles, compass
points, and the words that never start or continue a name.

Month and weekday names live in :mod:`.calendar`, the shape of nationality
words in :mod:`.demonyms`.
"""

from __future__ import annotations

#: Titles and honorifics that always precede a person's name.
TITLES = frozenset(
    """
    mr mrs ms mx dr prof professor sir dame lord lady president vice-president premier
    chancellor minister secretary governor mayor senator sen congressman congresswoman
    representative rep ambassador envoy king queen prince princess emperor empress pope
    cardinal archbishop bishop rabbi imam sheikh sheik emir sultan ayatollah colonel col
    lieutenant lt sergeant sgt captain capt commander cmdr admiral adm brigadier corporal
    cpl spokesman spokeswoman spokesperson chairman chairwoman chairperson ceo councillor
    councilman councilwoman commissioner prosecutor inspector superintendent detective
    reverend rev mufti patriarch crown speaker
    """.split()
)

#: Words that are titles only when a full name follows ("General Staff" is no title).
AMBIGUOUS_TITLES = frozenset(
    "general gen major maj chief justice director leader head judge father private officer "
    "marshal".split()
)

#: Lowercase role words that announce a person ("leader Kim Jong Un"): the
#: titles, and these.
ROLE_WORDS = (
    TITLES
    | AMBIGUOUS_TITLES
    | frozenset(
        "official officials minister spokesperson governor president leader head chief "
        "commander adviser advisor aide deputy founder editor correspondent analyst "
        "journalist reporter photographer counterpart predecessor successor".split()
    )
)

#: Compass words: "Western officials" names no one, "North Korean" is a nationality.
COMPASS = frozenset(
    "north south east west northern southern eastern western northeastern northwestern "
    "southeastern southwestern central".split()
)

#: The compass words that are adjectives ("Western"), not places ("North").
COMPASS_ADJECTIVES = frozenset(w for w in COMPASS if w.endswith("ern") or w == "central")

#: Abbreviations written with a dot that does not end a sentence ("Mr. Putin").
ABBREVIATIONS_WITH_DOT = frozenset(
    "mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev st jr sr".split()
)

#: Times of day and time zones, capitalised but no names ("10 AM", "GMT").
TIME_MARKERS = frozenset("am pm a.m. p.m. gmt utc bst cet est edt pst".split())

#: Count words that neither start nor continue a name ("Twelve Ukrainian
#: soldiers", "Several").  Not the number parser's table
#: (:data:`tui.core.lexicon.numbers.ALL_NUMBER_WORDS`): this one adds the vague
#: counts "several", "hundreds" and "thousands", and leaves out rarer number
#: words ("Half", "Fourth", "Nineteen") that may stand inside a name.  With the
#: parser's table "Several" would become a name.
COUNT_WORDS_NOT_IN_NAMES = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion dozen dozens hundreds thousands first second third "
    "several".split()
)

#: Particles that join two words of one name with spaces round them ("Bay of
#: Sevastopol", "Secretary of the Navy", "Ursula von der Leyen", "Osama bin Laden").
NAME_PARTICLES = (
    "of",
    "of the",
    "de",
    "del",
    "della",
    "di",
    "da",
    "das",
    "dos",
    "du",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "ben",
)

#: The Arabic article, spelled as it assimilates, joined by a hyphen to the
#: next word of a name ("Bashar al-Assad", "Abd ar-Rahman").
ARABIC_ARTICLES = ("al", "el", "ad", "ash", "as", "an", "ar", "at", "az")

#: What a nationality word adds to its country's name ("Russia" -> "Russian",
#: "Israel" -> "Israeli", "Russians").
DEMONYM_ENDINGS = frozenset(("n", "an", "i", "ns", "ans", "is"))

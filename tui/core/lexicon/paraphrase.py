"""Event vocabulary of English news: words that report the same thing.

Each group lists words that outlets use interchangeably when they report one
fact ("killed" / "death toll" / "died", "missile" / "rocket", "injured" /
"hurt").  The alignment folds every word of a group onto the group's first
word, after stemming, so that paraphrases meet as one term.  These are
general English news words, not words of any one story.
"""

from __future__ import annotations

#: Groups of interchangeable news words; the first word names the group.
EVENT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    (
        "kill",
        "killed",
        "dead",
        "death",
        "deaths",
        "died",
        "die",
        "toll",
        "fatalities",
        "fatality",
        "fatal",
        "lives",
        "perished",
        "perish",
        "slain",
    ),
    ("injure", "injured", "injuries", "injury", "wounded", "wounds", "hurt"),
    ("missile", "missiles", "rocket", "rockets"),
    ("attack", "attacks", "strike", "strikes", "assault", "raid"),
    ("earthquake", "earthquakes", "quake", "quakes", "tremor", "temblor"),
    ("explosion", "explosions", "blast", "blasts", "exploded", "detonated"),
    ("arrest", "arrested", "detained", "detention", "custody"),
    ("election", "elections", "poll", "polls", "vote", "votes", "ballot", "ballots"),
    ("win", "won", "wins", "victory", "victor", "winner"),
    ("sentence", "sentenced", "jail", "jailed", "prison", "imprisonment"),
    ("rescue", "rescued", "rescuers", "rescuer", "saved"),
    ("fire", "fires", "blaze", "flames"),
    ("gunman", "gunmen", "shooter", "shooters", "assailant", "assailants", "attackers"),
    ("plane", "planes", "aircraft", "airliner", "jet", "jetliner"),
    ("rise", "rises", "rose", "risen", "climb", "climbed", "climbs", "mounted"),
    ("missing", "unaccounted"),
    ("hospital", "hospitals", "hospitalised", "hospitalized"),
)

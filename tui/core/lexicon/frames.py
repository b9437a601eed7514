"""Quantity frames: what a figure in the news counts, and the words that say so.

A frame is the thing a number counts ("killed", "injured", "magnitude").
Each frame lists the English words that announce it near a figure:
"killed at least 296", "the death toll rose to 632", "820 deaths",
"2,012 people were killed", "four bodies" are all the ``killed`` frame.
Units of measure are in :mod:`tui.core.lexicon.units`.
"""

from __future__ import annotations

#: Frame -> words that announce it next to a figure (matched after stemming).
FRAME_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed",
        "kill",
        "kills",
        "killing",
        "dead",
        "death",
        "deaths",
        "died",
        "die",
        "dies",
        "toll",
        "fatalities",
        "fatality",
        "lives",
        "bodies",
        "body",
        "perished",
        "slain",
        "victims",
    ),
    "injured": (
        "injured",
        "injuring",
        "injuries",
        "injury",
        "wounded",
        "wounding",
        "hurt",
        "hospitalised",
        "hospitalized",
    ),
    "missing": ("missing", "unaccounted"),
    "trapped": ("trapped", "buried", "stranded"),
    "rescued": ("rescued", "evacuated", "saved", "freed"),
    "displaced": ("displaced", "homeless", "fled", "evacuees", "refugees"),
    "arrested": ("arrested", "detained", "arrests", "detentions", "custody"),
    "aboard": ("passengers", "passenger", "aboard", "onboard", "crew"),
    "votes": ("votes", "vote", "ballots"),
    "turnout": ("turnout",),
    "magnitude": ("magnitude", "richter"),
    "depth": ("depth", "deep"),
    "vehicles": ("vehicles", "cars", "trucks", "buses"),
    "drones": ("drones", "drone", "uavs"),
    "missiles": ("missiles", "missile", "rockets", "rocket"),
    "buildings": ("buildings", "homes", "houses"),
}
#: When words of several frames stand near one figure, the earlier frame here wins
#: ("killed and injured": the nearest word decides first, then this order).
FRAME_ORDER: tuple[str, ...] = tuple(FRAME_WORDS)

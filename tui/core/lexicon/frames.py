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
        "life",
        "bodies",
        "body",
        "perished",
        "slain",
        "victims",
        "murdered",
        "murder",
        "massacred",
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
    "charged": ("charged", "indicted", "defendants"),
    "aboard": ("passengers", "passenger", "aboard", "onboard", "board", "crew", "carrying"),
    "votes": ("votes", "vote", "ballots"),
    "turnout": ("turnout",),
    "magnitude": ("magnitude", "richter"),
    "depth": ("depth", "deep"),
    "distance": (
        "away",
        "south",
        "north",
        "east",
        "west",
        "southeast",
        "southwest",
        "northeast",
        "northwest",
        "distance",
    ),
    "vehicles": ("vehicles", "cars", "trucks", "buses"),
    "drones": ("drones", "drone", "uavs"),
    "missiles": ("missiles", "missile", "rockets", "rocket"),
    "buildings": ("buildings", "homes", "houses"),
}
#: What happened to the people counted (the outcome classes of
#: :data:`tui.core.lexicon.numbers.OUTCOMES`) -> the frame it puts them in.
OUTCOME_FRAMES: dict[str, str] = {
    "dead": "killed",
    "hurt": "injured",
    "hospital": "injured",
    "missing": "missing",
    "displaced": "displaced",
    "detained": "arrested",
    "rescued": "rescued",
}
#: Frames that count people: their figures are linked across outlets by frame
#: even when nothing else ties them, and a toll may change between reports.
PEOPLE_FRAMES: frozenset[str] = frozenset(
    (
        "killed",
        "injured",
        "missing",
        "trapped",
        "rescued",
        "displaced",
        "arrested",
        "charged",
        "aboard",
    )
)
#: People frames whose figure grows as reports come in (a toll): the leads of
#: two reports link however far apart.  How many were aboard does not change.
TOLL_FRAMES: frozenset[str] = PEOPLE_FRAMES - {"aboard"}
#: Frames of a measurement or a reading: one figure per report and event.
#: A length, mass or area with no frame word is framed by its dimension.
MEASURE_FRAMES: frozenset[str] = frozenset(("magnitude", "depth", "distance", "turnout"))
#: Pairs of frames that one figure can stand in at once: everyone aboard a
#: crashed plane died ("all 157 on board were killed"); people evacuated are
#: rescued and displaced at once ("evacuated 363" / "363 were rescued").
FRAME_OVERLAPS: frozenset[frozenset[str]] = frozenset(
    (frozenset(("killed", "aboard")), frozenset(("rescued", "displaced")))
)
#: Nouns that say nothing about which people are counted: "296 people killed",
#: "820 deaths", "four bodies", "201 workers" in a mine.  Any other noun
#: ("children", "Canadians", "crew") names a part of the whole: its own figure.
GENERIC_PEOPLE: frozenset[str] = frozenset(
    "people persons person individuals victims residents others dead deaths death lives "
    "bodies body fatalities casualties those workers miners civilians inhabitants "
    "killed injured wounded hurt toll".split()
)
#: Nouns that name people by their role, age or group: two such nouns are two
#: groups ("two teachers" / "2 pilots"), however alike their figures' sentences.
PERSON_ROLES: frozenset[str] = frozenset(
    "teachers students pupils children kids adults women men girls boys babies infants "
    "teenagers pilots soldiers troops officers policemen policewomen firefighters "
    "rescuers doctors nurses medics paramedics journalists reporters tourists pilgrims "
    "fishermen sailors marines militants fighters gunmen attackers suspects prisoners "
    "hostages refugees migrants protesters protestors demonstrators worshippers guards "
    "employees staff athletes players fans volunteers engineers diplomats lawmakers "
    "ministers senators judges lawyers survivors witnesses relatives parents drivers "
    "guides farmers priests monks nuns scientists researchers experts inspectors "
    "investigators mechanics technicians contractors officials".split()
)
#: Nouns that count people by their nationality, named by the word before them
#: ("eight Chinese nationals", "45 Spanish citizens").
NATIONALS: frozenset[str] = frozenset(
    "nationals national citizens citizen residents expatriates expats passport holders".split()
)
#: Verbs that say a toll has grown since it was last reported ("has risen to 92").
UPDATE_VERBS: tuple[str, ...] = tuple(
    "rose risen rises climbed climbs mounted jumped increased reached stood stands topped "
    "surpassed exceeded passed".split()
)
#: Words around a time of day that say nothing about what happened at it.
TIME_NOISE: tuple[str, ...] = tuple(
    "local time gmt utc am pm a.m p.m morning evening afternoon night early late just "
    "shortly around about before after last next".split()
)
#: Adverbs that count a part of the people in a frame ("four seriously injured").
DEGREE_ADVERBS: frozenset[str] = frozenset(
    "seriously critically severely gravely badly slightly lightly fatally".split()
)
#: Words before a place name that put a figure in that place ("in Turkey",
#: "across Syria"): a figure for one place is not the figure for the whole.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(("in", "across", "inside", "throughout"))

#: Frames whose figures each belong to a named subject (the votes for one
#: candidate): a figure's scope is the name nearest before it in its sentence.
SUBJECT_FRAMES: frozenset[str] = frozenset(("votes",))
#: The prefix of a scope that names a subject ("by:rs").
SUBJECT_SCOPE = "by:"
#: Pronouns that stand for a subject named earlier: the name before them in the
#: sentence may be another person ("According to Smith, he won 40 percent").
SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she his her they their it its".split())
#: Verbs by which one subject gets a figure of a subject frame ("he won, gaining
#: 23.5 million votes", "she received 40 percent"): after a pronoun, the figure
#: is still one subject's, never everyone's (the votes cast).
GAIN_VERBS: frozenset[str] = frozenset(
    "won win wins winning gained gain gains gaining received receive receives receiving "
    "garnered garner garners garnering got gets getting secured secure secures securing "
    "obtained obtain obtains obtaining polled poll polls polling took".split()
)
#: The scope of a figure of a subject frame whose subject is a pronoun: someone's,
#: not everyone's, and not known to be any named subject's.
UNNAMED_SUBJECT = "by:?"

#: Words next to a figure of a subject frame that make it everyone's figure
#: ("a total of 41 million votes", "40 million votes cast"): no one subject.
WHOLE_WORDS: frozenset[str] = frozenset("total cast overall combined".split())

#: Frames only a measurement (a figure with a unit of length) can be in.
LENGTH_FRAMES: frozenset[str] = frozenset(("depth", "distance"))

#: When words of several frames stand near one figure, the earlier frame here wins
#: ("killed and injured": the nearest word decides first, then this order).
FRAME_ORDER: tuple[str, ...] = tuple(FRAME_WORDS)

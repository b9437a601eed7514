"""General English words the text utilities need: function words, abbreviations,
and the words that mark bylines, credits and timestamps.

Each table is used by one algorithm; where two look alike they answer different
questions (a sentence boundary in running text, a line's type), and the comment
says which.
"""

from __future__ import annotations

#: English function words: a general resource, not tuned to any article.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few for
    from further had has have having he her here hers herself him himself his how however i if
    in into is it its itself just least less let like may me might more most much must my myself
    neither no nor not now of off on once only or other ought our ours ourselves out over own per
    quite rather same shall she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to too toward towards under
    until up upon us very via was we were what when where whether which while who whom whose why
    will with within without would yet you your yours yourself yourselves
    said says say saying told according also still even well already
    mr mrs ms dr
    """.split()
)

#: Words written with a dot that ends no sentence in running text.
SENTENCE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt gov sen rep rev st jr sr inc ltd co corp vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx est dept univ
    """.split()
)

#: The same, for telling a line's type (a headline, a byline, a caption).
LINE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt gen sen rep gov lt col capt cmdr sgt prof jr sr no vs etc inc ltd co "
    "corp jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

#: Function words that a title-case headline leaves in lowercase.
HEADLINE_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at by for from with as that which who whose "
    "than into onto over under about after before between its his her their our your".split()
)

#: Words of datelines, timestamps and reading-time notes ("Updated 5 min ago"),
#: besides month and weekday names.
TIMESTAMP_WORDS = (
    "updated published posted modified created last date time on at ago today yesterday "
    "min mins minute minutes hour hours hr hrs h sec second seconds day days week weeks "
    "month months year years read reading listen views comments comment "
    "am pm a.m p.m gmt utc bst cet cest eet eest est edt cst cdt pst pdt et pt msk ist jst"
)
#: Labels that open a credit or caption line ("Photo: Reuters", "Source: AP").
CREDIT_LABELS = frozenset(
    "photo photos image images picture pictures source sources credit credits copyright "
    "illustration video graphic caption file".split()
)

#: Words that may join the names of a byline ("By Anna and Ben", "Pieter van Dam").
NAME_CONNECTORS = frozenset("and & de da di del der van von bin al la le du".split())

#: Verbs that show a line is a sentence, not a byline.
VERBISH = frozenset(
    "is are was were be been being am has have had do does did will would can could shall "
    "should may might must said says say told tells added".split()
)

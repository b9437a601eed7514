"""Every threshold of the engine, in one typed object with presets.

Each knob is named, documented with what it trades off, and passed in to the
function that uses it; no engine module keeps a bare number of its own.
:data:`DEFAULT` is the tested preset; :class:`Settings` groups the sections
so that one object can be handed through :func:`tui.core.compare.compare`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --------------------------------------------------------------------------- alignment


@dataclass(frozen=True, slots=True)
class AlignSettings:
    """The knobs of :func:`tui.core.align.align`; the defaults are the tested ones."""

    claim_threshold: float = 0.18
    """Average clause similarity at which two claims merge (average linkage).
    Lower joins more clauses (recall) at the cost of unrelated ones (precision)."""
    event_threshold: float = 0.2
    """Similarity of pooled wording at which claims about one event join.
    Lower builds larger, event-sized groups."""
    min_link: float = 0.05
    """The least similarity a clause pair needs to count at all; lower keeps
    more weak evidence and costs time on large inputs."""
    join_threshold: float = 0.1
    """Least cosine between a clause and a group's pooled wording for the clause to join."""
    join_relative: float = 0.3
    """...and at least this share of the group's own members' typical cosine."""
    join_direct: float = 0.1
    """...and a direct link at least this strong to another outlet's clause in the group."""
    idf_power: float = 1.0
    """Exponent on the comparison's inverse document frequency (below 1 flattens it)."""
    candidate_cap: int = 4
    """A term in more than this many clauses per article proposes no pairs by itself:
    higher finds more pairs through common words, at quadratic cost."""
    general_prior: bool = True
    """Weigh terms by their rarity in general English as well as in the comparison."""
    candidate_cap_min: int = 24
    """The least number of clauses a term may be in and still propose pairs, however
    few the articles: keeps a small comparison from silencing its common words."""
    clause_min_terms: int = 4
    """A clause fragment with fewer content words than this stays with its neighbour:
    lower cuts headlines and leads into more claims that can each join their own group,
    at the risk of fragments too short to match on anything but chance words."""
    bigram_max_gap: int = 2
    """Two content words at most this many characters apart (a space, a hyphen) also
    make a two-word term: wider pairs words across more punctuation, which says less."""
    rounding_min_value: float = 100
    """A figure from this value up also gets a term rounded to one significant digit,
    so that a figure updated between outlets (2,012 then 2,100 dead) still links;
    lower lets small counts that merely look alike link too."""
    year_min: int = 1800
    """A figure from ``year_min`` to ``year_max`` written without a thousands comma is a
    year, and gets no rounded term (2023 and 2019 are not one figure updated)."""
    year_max: int = 2100
    """See ``year_min``."""
    rarity_floor: float = 0.25
    """The general-English weight of the commonest words (the floor of the prior):
    lower lets everyday words count for less against names and numbers."""
    rarity_zipf_zero: float = 7.0
    """The Zipf frequency (wordfreq's scale: "the" is about 7.7) at which the general-English
    weight, falling linearly, would reach 0; with ``rarity_zipf_span`` it sets which
    words count as common."""
    rarity_zipf_span: float = 3.5
    """Over how many Zipf points the weight falls from 1 to 0: words rarer than
    ``rarity_zipf_zero - rarity_zipf_span`` (3.5; "shipyard" is 3.3) keep their full
    weight, "home" (5.8) keeps a third of it."""
    pair_model: bool = True
    """Weigh every pair of paragraphs on all the evidence (``tui.core.align.pairs``) and
    align the likely pairs; off, the groups are the clause clusters alone."""
    pair_weights: tuple[float, ...] = (
        -3.362,
        8.842,
        0.601,
        2.284,
        0.829,
        0.885,
        2.094,
        5.408,
        3.004,
    )
    """The logistic model's weights, in the order of ``tui.core.align.pairs.FEATURES``
    (bias, cosine, frames, names, claim, lead, position, clause, figures), fitted on the
    corpus with ``python -m tui.eval --fit``.  Refit after changing any feature."""
    pair_threshold: float = 0.2
    """The probability at which two paragraphs are aligned: lower aligns more pairs
    (recall) and more wrong ones (precision).  Fitted with the weights."""
    pair_min_cosine: float = 0.03
    """A pair needs at least this cosine of wording, or a shared frame or name, to be
    aligned at all: position alone (two leads) never aligns two paragraphs."""
    keep_claims: bool = False
    """Pairs that clause clustering put in one claim stay aligned whatever the pair
    model says: the claims are precise, and the model adds what they miss."""
    pair_top_k: int = 6
    """Each paragraph keeps at most this many aligned pairs towards each other article
    (its strongest): fewer keeps rows short and the cost low on repetitive input, at
    a small loss of recall on paragraphs that report many facts."""
    pair_max_pairs: int = 60_000
    """Above this many cross-article paragraph pairs the pair model is skipped and the
    clause clusters stand alone: it weighs every pair, so its cost grows with the
    square of the input, while clause clustering stays near linear."""
    pair_max_paragraphs: int = 1_500
    """The pair model is skipped above this many paragraphs in all, too (a live blog
    against a short report): its evidence reads every paragraph's figures again,
    which such an input does not repay."""
    pair_feature_cap: float = 2.0
    """The most that shared frames or shared names count for one pair, so that a long
    paragraph full of names does not align with everything."""
    frame_window: int = 6
    """How many words either side of a figure are searched for the word that says what
    it counts ("killed", "injured"): wider finds more frames and more wrong ones."""
    lead_depth: int = 2
    """Paragraphs up to this index (0 is the headline) count as an article's lead."""
    name_min_length: int = 3
    """Capitalised words shorter than this are not names for the pair model."""
    name_max_zipf: float = 4.0
    """A capitalised word this common in general English (wordfreq's Zipf scale) is an
    everyday word at a sentence start or in a title ("Armed", "Home"), not a name."""


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class NumberSettings:
    """The knobs of :func:`tui.core.quantities.find_numbers` and
    :func:`~tui.core.quantities.link_quantities`; the defaults are the tested ones."""

    approx_share: float = 0.1
    """How far an approximate hedge ("about 50") reaches either side, as a share of
    the value.  Wider lets more hedged figures pass as compatible with exact ones."""
    approx_min_width: float = 1.0
    """The least reach of an approximate hedge, so that "about 5" allows 4 to 6."""
    max_unit_words: int = 5
    """How many words after a number may name the thing counted: more catches long
    noun phrases, and more often runs into the next phrase."""
    verb_lookback: int = 4
    """How many words before a number (function words included) are searched for
    the verb that says what happened to it."""
    min_context_length: int = 3
    """Words shorter than this are no context: longer keeps fewer, surer words
    as evidence that two clauses speak of one thing."""
    month_window: int = 12
    """How many characters before a lone "May" or "March" are searched for the
    word that makes it a month ("in May")."""
    future_days: int = 183
    """A year-less date ("13 September") more than this many days after the
    reference date is read as last year's."""
    future_months: int = 6
    """A year-less month ("in May") more than this many months after the
    reference date's month is read as last year's."""
    historical_gap_days: int = 14
    """An article whose latest full date is more than this many days older than
    the comparison's resolves its weekdays against the comparison's date (its
    own is then a historical date, not the day it was written)."""
    max_ratio: float = 2.0
    """Two different values may be one quantity (a discrepancy) only when the
    larger is at most this many times the smaller: higher finds discrepancies
    between further-apart figures, at the risk of linking two counts."""
    min_shared_context: int = 2
    """Across outlets and outside aligned paragraphs, two different values are
    linked only when their clauses share a context word and either a modifier of
    the counted noun or this many context words: lower finds more discrepancies
    between loosely related sentences, and more false ones."""
    frame_window: int = 6
    """How many words either side of a figure are searched for the word that says
    what it counts ("killed", "injured", "magnitude"): wider frames more figures,
    and more of them wrongly (a word that belongs to the next phrase)."""
    aside_max_chars: int = 40
    """The longest bracketed aside after a measurement ("(155 miles)") past which
    the words that follow are still read for its frame ("south of Istanbul"):
    longer reaches frame words of another phrase after a long parenthesis."""
    toll_max_ratio: float = 20.0
    """The lead tolls of two reports (the first figure each gives for the dead,
    the injured ...) are one quantity only when the larger is at most this many
    times the smaller: tolls rise between reports (12 then 137 dead), but a
    report that leads with a part of the toll (80 of one nationality hurt,
    against 4,000 in all) is not the whole.  Higher links tolls further apart,
    and more parts to wholes."""
    title_min_words: int = 4
    """A run of at least this many words before a figure, over two thirds of them
    capitalised, is a title-case headline, where no capitalised word names whose
    figure it is: lower reads more headlines as title case (fewer subjects found
    in them), higher takes more headline words for names."""
    whole_reach: int = 3
    """How many words after a count of votes may say it is everyone's ("40
    million votes cast"): wider keeps more totals from being given to one
    candidate, and more of one candidate's votes from their name."""
    hedges_reconcile: bool = False
    """Whether hedges may reconcile different values: on, "at least 12" and "14"
    are compatible; off, two different figures differ whatever their hedges, and
    the reader judges whether "at least 12" still stands.  On hides more of the
    differences a fact-checker looks for; off flags more that a hedge explains."""


# --------------------------------------------------------------------------- names


@dataclass(frozen=True, slots=True)
class NameSettings:
    """The knobs of :func:`tui.core.names.find_entities` and
    :func:`tui.core.names.find_word_variants`; the defaults are the tested ones."""

    titlecase_share: float = 0.9
    """Share of a line's long words (four letters or more) that must be capitalised
    for it to read as a title-case headline, whose capitals say nothing about names.
    Lower ignores the capitals of more lines: fewer headline words taken for names,
    more names missed."""
    titlecase_words_per_capital: int = 3
    """A line is tested for title case only when more than one word in this many
    is capitalised (a quick test before the long words are counted); lower tests
    fewer lines."""
    titlecase_min_long_words: int = 2
    """A line with fewer long words than this is too short to judge by its share:
    it is title case when it is a title or heading, or no longer than
    ``short_line_words``."""
    short_line_words: int = 2
    """Most words of a short line that is capitalised by position
    ("Counternarratives", "By AP"): its capitals say nothing about names."""
    dotted_word_window: int = 12
    """Characters looked at before a full stop for the word it ends, to tell an
    abbreviation ("Mr.", "Sept.", "U.S.") from the end of a sentence; wider costs
    time and only matters for abbreviations longer than this."""
    typo_max_length: int = 5
    """Longest word checked for a function word mistyped with a doubled letter
    ("IIn", "Thhe"): longer catches more typos and risks taking a name for one."""
    ambiguous_title_name_words: int = 2
    """Words that must follow an ambiguous title ("General", "Major") for it to
    count as one: a full name ("General Valery Gerasimov", not "General Staff").
    Lower cuts more words off names."""
    institution_max_words: int = 2
    """Most words after "of the" behind a title that are all the name of an
    institution ("President of the Catalan Government"); longer, the first is
    taken for the title's complement and the rest for a person's name ("Minister
    of the Interior Gerald Darmanin").  Higher keeps more institutions whole and
    cuts more people's names short."""
    demonym_min_base: int = 3
    """Least letters of a one-word name in running text that a nationality word may
    be built on ("Israel" -> "Israeli"); lower takes more words for nationalities."""
    core_min_words: int = 2
    """Words a name must keep without its leading nationality or common opening
    word ("Russian Black Sea Fleet" -> "Black Sea Fleet") for that rest to stand
    for it; 1 would also join "Russian Navy" to any "Navy"."""
    opener_articles: int = 2
    """A capitalised word that only ever opens sentences, and is never written in
    lowercase, is a name when it opens sentences in this many articles ("Spain sent
    rescuers."); lower trusts more sentence openers, such as "Smoke rises"."""
    person_min_words: int = 2
    """Fewest words of a person's full name, that a surname alone ("Putin") joins."""
    person_max_words: int = 4
    """Most words of a person's full name; higher lets longer titles of things
    ("Black Sea Fleet Command") pass as people and absorb their last word."""
    close_min_length: int = 4
    """Shortest spelling key that may merge with a close spelling: shorter keys
    are too alike by chance (U.N./U.S., Kim/Kin)."""
    close_similarity: float = 0.8
    """Normalised Indel similarity at which the phonetic keys of two words (see
    :func:`tui.core.text.translit.phonetic_keys`) may be one name written two ways
    (still subject to evidence beyond the spelling). Lower merges more
    transliterations and more look-alikes (Sevastopol/Melitopol)."""
    skeleton_min_length: int = 3
    """Least letters of the consonant skeleton (first letter, then consonants,
    doubled ones once) that two words must share to count as close whatever their
    vowels ("Razvozhayev"/"Rozvozhaev"), and that two one-word names that sound
    the same must have to be one name in different articles without aligned
    paragraphs ("Rouhani"/"Rohani"); lower merges more short look-alikes."""
    unaligned_skeleton_length: int = 4
    """Consonants a one-word name must keep in its skeleton for a close spelling of
    it in another article (never both in one article, a consonant apart at most,
    the same first sound) to be one name without aligned paragraphs
    ("Jindayris"/"Jenderes", "Misrata"/"Misurata"); shorter ones need them
    ("Sirte"/"Surt", "Khamenei"/"Khomeini", which are two men).  A
    spelling that sounds the same needs only ``skeleton_min_length``.  Lower
    merges more names that only look alike."""
    close_block_prefix: int = 2
    """Letters a one-word name shares with another (besides a consonant skeleton)
    for the two to be compared at all: fewer compares more pairs, at quadratic cost."""
    modifier_prefix: int = 4
    """Letters of the capitalised word before a lowercase phrase ("Russia's defence
    ministry") that must open a capitalised form for the phrase to join it."""
    variant_min_length: int = 4
    """Shortest ordinary word whose spellings are compared; shorter words give more
    noise than spelling variants."""


# --------------------------------------------------------------------------- highlights


@dataclass(frozen=True, slots=True)
class HighlightSettings:
    """What the quiet word marking (:mod:`tui.core.worddiff`) keeps."""

    quiet_zipf_max: float = 3.5
    """A word the counterparts lack is marked, in the quiet marking, when it is rarer
    than this in general English (wordfreq's Zipf scale: "shipyard" 3.3, "damaged"
    4.3, "people" 6.1), besides figures and names."""


DEFAULT_HIGHLIGHTS = HighlightSettings()


# --------------------------------------------------------------------------- review
# (filled by the review/CLI work: ReviewSettings)


@dataclass(frozen=True, slots=True)
class Settings:
    """All sections together: what :func:`tui.core.compare.compare` takes."""

    align: AlignSettings = field(default_factory=AlignSettings)
    numbers: NumberSettings = field(default_factory=NumberSettings)
    names: NameSettings = field(default_factory=NameSettings)


#: The tested preset.
DEFAULT = Settings()

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


# --------------------------------------------------------------------------- numbers
# (filled by the quantities split: NumberSettings)

# --------------------------------------------------------------------------- names
# (filled by the names split: NameSettings)

# --------------------------------------------------------------------------- review
# (filled by the review/CLI work: ReviewSettings)


@dataclass(frozen=True, slots=True)
class Settings:
    """All sections together: what :func:`tui.core.compare.compare` takes."""

    align: AlignSettings = field(default_factory=AlignSettings)


#: The tested preset.
DEFAULT = Settings()

"""What two mentions' clauses say about whether they count one thing."""

from __future__ import annotations

from functools import cache

from tui.core.lexicon.frames import FRAME_OVERLAPS, PERSON_ROLES
from tui.core.quantities.found import Info
from tui.core.quantities.passes.state import Item
from tui.core.text import stem


def same_sentence(a: Item, b: Item) -> bool:
    return a.paragraph == b.paragraph and a.info.sentence == b.info.sentence


def names_conflict(a: Info, b: Info) -> bool:
    """Each clause names something (a place, a person) that the other's paragraph
    does not mention at all: likely two different events."""
    if not a.names or not b.names:
        return False
    return not (a.names & b.words) and not (b.names & a.words)


def states_conflict(a: Info, b: Info) -> bool:
    """Both say what happened to the people counted, and it is not the same thing."""
    return bool(a.outcome) and bool(b.outcome) and a.outcome != b.outcome


def frames_conflict(a: Info, b: Info) -> bool:
    """Both say what they count, and it is not the same thing ("200 miners
    trapped" / "killed more than 200 miners"), nor two frames one figure can
    stand in at once (:data:`~tui.core.lexicon.frames.FRAME_OVERLAPS`)."""
    if not a.frame or not b.frame or a.frame == b.frame:
        return False
    return frozenset((a.frame, b.frame)) not in FRAME_OVERLAPS


def scopes_conflict(a: Info, b: Info) -> bool:
    """Both count a named part of the people, and not the same part ("eight
    Chinese" / "eight Italians")."""
    return bool(a.scope) and bool(b.scope) and a.scope != b.scope


def roles_conflict(a: Info, b: Info) -> bool:
    """Both count people by a role, and not the same role ("two teachers" / "2
    pilots"; :data:`~tui.core.lexicon.frames.PERSON_ROLES`)."""
    if not a.noun or not b.noun or a.noun == b.noun:
        return False
    roles = _role_stems()
    return a.noun in roles and b.noun in roles


@cache
def _role_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in PERSON_ROLES)


def unit_match(a: Info, b: Info) -> bool:
    """The same thing counted: one noun, or (a noun missing) one state or outcome
    ("24 people injured" / "two dozen injured"; "2,012 people killed" / "the
    death toll rose to 2,012")."""
    if a.noun and b.noun:
        return a.noun == b.noun
    return (bool(a.state) and a.state == b.state) or (bool(a.outcome) and a.outcome == b.outcome)

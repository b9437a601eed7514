"""Review state: what the reader has checked, flagged and corrected.

A review is a small immutable value.  Every change returns a new
:class:`ReviewState`, so the screen can keep the previous one, and the
annotation work can save it as it is.

* **Reviewed** and **flagged** items are alignment groups ("G3") or single
  paragraphs that only one article has ("B12"); an :class:`ItemRef` says
  which, because a paragraph of article G ("G3") and a group can share an id.
* **Manual links** put a paragraph into a group the engine did not put it
  in; **manual unlinks** take a paragraph out of a group.
  :func:`apply_corrections` applies both to an :class:`~tui.core.align.Alignment`.

Linking and unlinking the same paragraph and group cancel out: the review
keeps at most one of the two for each pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from tui.core.align import Alignment, Group
from tui.core.model import Article, article_of

__all__ = [
    "ItemKind",
    "ItemRef",
    "ManualLink",
    "ManualUnlink",
    "ReviewState",
    "apply_corrections",
]

ItemKind = Literal["group", "paragraph"]

#: Manual groups (made by linking two paragraphs that were in no common
#: group) are numbered with this prefix: "M1", "M2", ...
MANUAL_PREFIX = "M"


@dataclass(frozen=True, slots=True, order=True)
class ItemRef:
    """Something a reader reviews: a group, or a paragraph only one article has."""

    kind: ItemKind
    id: str

    @classmethod
    def group(cls, group_id: str) -> ItemRef:
        return cls("group", group_id)

    @classmethod
    def paragraph(cls, paragraph_id: str) -> ItemRef:
        return cls("paragraph", paragraph_id)


@dataclass(frozen=True, slots=True)
class ManualLink:
    """The reader says ``paragraph`` reports what ``group`` reports.

    ``anchor`` is the paragraph of another article whose group it joined; when
    ``group`` is a manual group ("M1") that does not exist yet, the group is
    made of ``anchor`` and ``paragraph``.
    """

    paragraph: str
    group: str
    anchor: str


@dataclass(frozen=True, slots=True)
class ManualUnlink:
    """The reader says ``paragraph`` does not belong in ``group``."""

    paragraph: str
    group: str


@dataclass(frozen=True, slots=True)
class ReviewState:
    """Reviewed and flagged items, and the reader's corrections of the alignment."""

    reviewed: frozenset[ItemRef] = frozenset()
    flagged: frozenset[ItemRef] = frozenset()
    links: tuple[ManualLink, ...] = ()
    unlinks: tuple[ManualUnlink, ...] = ()

    def toggle_reviewed(self, item: ItemRef) -> ReviewState:
        return replace(self, reviewed=self.reviewed ^ {item})

    def toggle_flagged(self, item: ItemRef) -> ReviewState:
        return replace(self, flagged=self.flagged ^ {item})

    def is_linked(self, paragraph: str, group: str) -> bool:
        """True when the reader put ``paragraph`` into ``group``."""
        return any(k.paragraph == paragraph and k.group == group for k in self.links)

    def link(self, paragraph: str, group: str, *, anchor: str) -> ReviewState:
        """Put ``paragraph`` into ``group`` (undoing an earlier unlink of the two)."""
        if article_of(paragraph) == article_of(anchor):
            raise ValueError(f"{paragraph} and {anchor} are in the same article")
        kept = tuple(u for u in self.unlinks if (u.paragraph, u.group) != (paragraph, group))
        if len(kept) != len(self.unlinks):
            return replace(self, unlinks=kept)
        if self.is_linked(paragraph, group):
            return self
        return replace(self, links=(*self.links, ManualLink(paragraph, group, anchor)))

    def unlink(self, paragraph: str, group: str) -> ReviewState:
        """Take ``paragraph`` out of ``group`` (undoing an earlier link of the two)."""
        kept = tuple(k for k in self.links if (k.paragraph, k.group) != (paragraph, group))
        if len(kept) != len(self.links):
            return replace(self, links=kept)
        if any((u.paragraph, u.group) == (paragraph, group) for u in self.unlinks):
            return self
        return replace(self, unlinks=(*self.unlinks, ManualUnlink(paragraph, group)))

    def new_group_id(self, alignment: Alignment) -> str:
        """An id for a new manual group, unused by ``alignment`` and by this review."""
        used = {g.id for g in alignment.groups} | {k.group for k in self.links}
        n = 1
        while f"{MANUAL_PREFIX}{n}" in used:
            n += 1
        return f"{MANUAL_PREFIX}{n}"

    def progress(self, items: Iterable[ItemRef]) -> tuple[int, int]:
        """(reviewed, total) over ``items``."""
        all_items = set(items)
        return len(all_items & self.reviewed), len(all_items)


def apply_corrections(
    alignment: Alignment, review: ReviewState, articles: Sequence[Article]
) -> Alignment:
    """``alignment`` with the reader's links and unlinks applied.

    A group left with paragraphs of fewer than two articles is dropped; a
    content paragraph left in no group becomes unique, and a unique paragraph
    that was linked is unique no more.  Sentences and sentence links of a
    paragraph taken out of a group leave with it.  A manual group has no
    sentence links and a score of 1 (the reader vouches for it).
    """
    if not review.links and not review.unlinks:
        return alignment
    known = {p.id for a in articles for p in a.paragraphs}
    members: dict[str, list[str]] = {g.id: list(g.paragraphs) for g in alignment.groups}
    originals = {g.id: g for g in alignment.groups}
    order = [g.id for g in alignment.groups]
    for link in review.links:
        if link.paragraph not in known:
            continue
        if link.group not in members:
            if link.anchor not in known:
                continue
            members[link.group] = [link.anchor]
            order.append(link.group)
        if link.paragraph not in members[link.group]:
            members[link.group].append(link.paragraph)
    for unlink in review.unlinks:
        if unlink.group in members and unlink.paragraph in members[unlink.group]:
            members[unlink.group].remove(unlink.paragraph)

    groups: list[Group] = []
    for gid in order:
        paras = tuple(members[gid])
        if len({article_of(p) for p in paras}) < 2:
            continue
        original = originals.get(gid)
        if original is None:
            groups.append(Group(gid, paras, 1.0, (), ()))
            continue
        if paras == original.paragraphs:
            groups.append(original)
            continue
        inside = set(paras)
        groups.append(
            Group(
                gid,
                paras,
                original.score,
                tuple(s for s in original.sentences if s.paragraph in inside),
                tuple(
                    k for k in original.links if k.a.paragraph in inside and k.b.paragraph in inside
                ),
            )
        )
    return Alignment.of(groups, articles)

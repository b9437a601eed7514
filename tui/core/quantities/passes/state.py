"""The state the linking passes share: every mention, and the clusters so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.lexicon.frames import FRAME_OVERLAPS
from tui.core.quantities.found import Info
from tui.core.quantities.model import NumberMention
from tui.core.settings import NumberSettings
from tui.core.unionfind import UnionFind

#: The kinds of number that count something (no dates, weekdays or times).
COUNTABLE: frozenset[str] = frozenset({"count", "percent", "money", "ordinal", "duration"})


@dataclass(frozen=True, slots=True)
class Item:
    """One mention in the comparison, with where it stands."""

    index: int
    m: NumberMention
    info: Info
    article: str
    paragraph: str
    order: tuple[int, int, int]  # article, paragraph, offset
    groups: frozenset[int] = frozenset()  # the alignment groups of its paragraph


@dataclass(slots=True)
class Links:
    """The mentions, and the clusters (union-find over their indices) that
    remember the articles each cluster has mentions in."""

    items: list[Item]
    settings: NumberSettings
    articles: list[set[str]] = field(default_factory=list)
    """The articles of each cluster, by its root."""
    as_of: dict[str, str] = field(default_factory=dict)
    """Each article's latest full date (YYYY-MM-DD): the date it reports as of."""
    scopes: list[frozenset[str]] = field(default_factory=list)
    """The named parts of the people each cluster counts ("canad"), by its root."""
    frames: list[frozenset[str]] = field(default_factory=list)
    """The frames of each cluster's mentions ("trapped", "missing"), by its root."""
    clusters: UnionFind[int] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = [{it.article} for it in self.items]
        self.scopes = [frozenset((it.info.scope,)) - {""} for it in self.items]
        self.frames = [frozenset((it.info.frame,)) - {""} for it in self.items]
        self.clusters = UnionFind(
            range(len(self.items)), prefer=self._more_articles, on_union=self._pool
        )

    def _more_articles(self, a: int, b: int) -> bool:
        return len(self.articles[a]) >= len(self.articles[b])

    def _pool(self, kept: int, absorbed: int) -> None:
        self.articles[kept] |= self.articles[absorbed]
        self.scopes[kept] |= self.scopes[absorbed]
        self.frames[kept] |= self.frames[absorbed]

    def join(self, a: int, b: int) -> bool:
        """Join the clusters of mentions ``a`` and ``b`` unless they count
        different named parts of the people: "eight Americans" linked to a bare
        "8" must not bring "eight Italians" in through it; nor different
        frames that one figure cannot stand in at once: a bare "200 people"
        linked to "200 trapped" must not bring "200 missing" in through it.
        False when refused or one already."""
        find = self.clusters.find
        ra, rb = find(a), find(b)
        sa, sb = self.scopes[ra], self.scopes[rb]
        if sa and sb and sa != sb:
            return False
        if ra != rb and _frames_clash(self.frames[ra], self.frames[rb]):
            return False
        return self.clusters.union(a, b)

    def set_scope(self, index: int, scope: str) -> None:
        """Give mention ``index`` the scope ``scope`` (found by a later pass)."""
        self.items[index].info.scope = scope
        root = self.clusters.find(index)
        self.scopes[root] = self.scopes[root] | {scope}

    @staticmethod
    def aligned(a: Item, b: Item) -> bool:
        """One paragraph, or paragraphs of one alignment group."""
        return a.paragraph == b.paragraph or not a.groups.isdisjoint(b.groups)


def _frames_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two clusters' frames include a pair that is neither one frame nor two
    that one figure can stand in at once (:data:`FRAME_OVERLAPS`)."""
    return any(fa != fb and frozenset((fa, fb)) not in FRAME_OVERLAPS for fa in a for fb in b)

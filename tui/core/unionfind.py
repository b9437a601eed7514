"""Union-find (disjoint sets) over hashable keys, with path halving."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    """Disjoint sets over ``keys``.

    ``on_union(kept, absorbed)`` is called after each real merge with the two
    old roots, so a caller can pool what it keeps per set (articles, sizes).
    ``prefer(a, b)`` chooses which of two roots survives: it returns True to
    keep ``a``.  By default the first argument of :meth:`union` survives.
    """

    __slots__ = ("parent", "_on_union", "_prefer")

    def __init__(
        self,
        keys: Iterable[K],
        *,
        on_union: Callable[[K, K], None] | None = None,
        prefer: Callable[[K, K], bool] | None = None,
    ) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}
        self._on_union = on_union
        self._prefer = prefer

    def find(self, key: K) -> K:
        parent = self.parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: K, b: K) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were one already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._prefer is not None and not self._prefer(ra, rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self._on_union is not None:
            self._on_union(ra, rb)
        return True

    def groups(self) -> dict[K, list[K]]:
        """Each root with its members, in key order of insertion."""
        out: dict[K, list[K]] = {}
        for key in self.parent:
            out.setdefault(self.find(key), []).append(key)
        return out

"""Leave-one-event-out: choose a setting on the other events, score the one left out.

The only honest figure for a setting fitted on a corpus: every event is
scored with a choice that never saw it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class HeldOut(Generic[C]):
    """For one held-out event: the candidate chosen without it and its score there."""

    event: int
    choice: C
    score: float


def leave_one_out(
    candidates: Sequence[C], scores: Sequence[Sequence[float]], *, default: int = 0
) -> list[HeldOut[C]]:
    """``scores[e][c]`` is candidate ``c``'s objective on event ``e`` (higher is better).

    For each event ``e``, the candidate with the best mean on the other events
    is chosen (ties go to the one nearest ``default`` in the list, then the
    earlier), and its score on ``e`` is kept.
    """
    n_events = len(scores)
    if n_events < 2:
        raise ValueError("leave-one-event-out needs at least two events")
    out = []
    for held in range(n_events):
        others = [scores[e] for e in range(n_events) if e != held]

        def key(c: int, others: list[Sequence[float]] = others) -> tuple[float, int, int]:
            mean = sum(row[c] for row in others) / len(others)
            return (round(mean, 9), -abs(c - default), -c)

        best = max(range(len(candidates)), key=key)
        out.append(HeldOut(held, candidates[best], scores[held][best]))
    return out

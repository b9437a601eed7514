"""The status line's text: what the comparison found and how far the review has got.

A pure function of the screen's state, so it is tested without the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.core.align import Alignment
from tui.core.differences import Facts
from tui.core.review import ReviewState
from tui.core.rows import Row
from tui.screens.comparison.wording import plural


@dataclass(frozen=True, slots=True)
class StatusText:
    """A long and a short wording (the status line shows the long one when it fits),
    whether the comparison is still running, and the states the status line shows
    as badges, always in view ("autosave OFF")."""

    long: str
    short: str
    busy: bool = False
    badges: tuple[str, ...] = ()


def status_text(
    *,
    articles: int,
    view: str,
    alignment: Alignment | None,
    failed: bool = False,
    facts: Facts | None = None,
    rows: Sequence[Row] = (),
    review: ReviewState | None = None,
    notes: int = 0,
    autosave_off: bool = False,
) -> StatusText:
    """The status of ``articles`` articles shown in the ``view`` view ("aligned" or
    "reading"): before the comparison (``alignment`` None; ``failed`` if it
    stopped), or its counts, the review's progress over ``rows``, the number
    of ``notes``, and a badge when autosave is off."""
    n = plural(articles, "article")
    shown = f"{view} view"
    badges = ("autosave OFF",) if autosave_off else ()
    if alignment is None:
        state = "alignment failed" if failed else "aligning…"
        line = f"{n} · {state} · {shown}"
        return StatusText(line, line, busy=not failed, badges=badges)
    facts = facts or Facts()
    review = review or ReviewState()
    differ = facts.count("number", "differ")
    compatible = facts.count("number", "compatible")
    spelling = facts.count("spelling")
    done, total = review.progress([row.item for row in rows if row.item is not None])
    groups, unique = len(alignment.groups), len(alignment.unique)
    flagged = len(review.flagged)
    numbers = plural(differ, "number differs", "numbers differ")
    if compatible:
        numbers += f", {compatible} compatible"
    long = [
        n,
        plural(groups, "group"),
        f"{unique} unique",
        numbers,
        plural(spelling, "spelling variant"),
        f"reviewed {done}/{total}",
        f"{flagged} flagged",
        shown,
    ]
    short = [
        f"{articles} art · {groups} grp · {unique} uniq · ≠{differ} ≈{compatible}"
        f" · Aa {spelling} · ✓ {done}/{total} · ⚑ {flagged} · {view}"
    ]
    extra = [plural(notes, "note")] if notes else []
    return StatusText(" · ".join([*long, *extra]), " · ".join([*short, *extra]), badges=badges)


def session_label(path: Path | None, *, home: Path | None = None) -> str:
    """The session file as the reader would type it: ``~/news/a.parallax.json``;
    "none (not saved)" when the session lives in memory only."""
    if path is None:
        return "none (not saved)"
    full = path.absolute()
    home = home or Path.home()
    if full.is_relative_to(home):
        return str(Path("~") / full.relative_to(home))
    return str(full)

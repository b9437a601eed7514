"""How tall the aligned rows are on the seeds: paragraphs drawn once, and folds.

Run on demand (not part of the test suite):

    python tests/bench/bench_rows.py              # 140x36 and 160x45
    python tests/bench/bench_rows.py 100 30       # one terminal size

For each terminal size, headless, after the comparison: the lines of the
first five rows and of all rows, and how many rows are taller than the
screen, when

* each paragraph is drawn once per run of consecutive rows holding it
  (the rule without the screen's height);
* it is drawn once per screen (what the app does);
* and every group row is folded to its linked sentences (``z`` on each).

Then how far up the references point: the most lines from a reference's row
to the row that draws the paragraph, against the screen's height.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import tui.widgets.aligned_grid as grid_module  # noqa: E402
from tests.tui.conftest import analysed, build_app  # noqa: E402
from tui.core.layout_rows import place_rows  # noqa: E402
from tui.widgets.aligned_grid import AlignedGrid  # noqa: E402


async def measure(size: tuple[int, int], *, per_run: bool = False, fold: bool = False) -> str:
    """One line of figures for the seeds at ``size``."""

    def run_rule(rows: Sequence[Any], **_: object) -> Any:
        return place_rows(rows)

    placing: Callable[..., Any] = run_rule if per_run else place_rows
    grid_module.place_rows = placing  # type: ignore[assignment]
    try:
        app = build_app()
        async with app.run_test(size=size) as pilot:
            screen = await analysed(pilot)
            grid: AlignedGrid = screen.grid
            if fold:
                groups = frozenset(r.group.id for r in grid.rows if r.group is not None)
                grid.set_folded(groups)
            heights = [grid.row_height(r) for r in range(len(grid.rows))]
            screen_lines = grid.scrollable_content_region.height
            first = ", ".join(
                f"{row.key} {h}" for row, h in zip(grid.rows[:5], heights, strict=False)
            )
            taller = sum(h > screen_lines for h in heights)
            far = max(
                (
                    grid.row_region(r)[0] - grid.row_region(home)[0]
                    for (r, _), home in grid.placement.homes.items()
                ),
                default=0,
            )
            refs = len(grid.placement.homes)
            return (
                f"{first}; all rows {sum(heights)} lines, {taller} taller than the screen "
                f"({screen_lines}); {refs} references, the furthest {far} lines up"
            )
    finally:
        grid_module.place_rows = place_rows  # type: ignore[assignment]


async def main(sizes: Sequence[tuple[int, int]]) -> None:
    for size in sizes:
        print(f"seeds at {size[0]}x{size[1]}:")
        print("  once per run:    ", await measure(size, per_run=True))
        print("  once per screen: ", await measure(size))
        print("  and all folded:  ", await measure(size, fold=True))


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    asyncio.run(main([(args[0], args[1])] if len(args) == 2 else [(140, 36), (160, 45)]))

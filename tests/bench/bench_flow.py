"""Key press to repaint for the move-on keys and the word diff.

Run on demand (not part of the test suite):

    python tests/bench/bench_flow.py            # seeds and 12 articles x 100 paragraphs
    python tests/bench/bench_flow.py --n 300    # a larger synthetic input

Measured as :mod:`tests.bench.bench_screen` measures it (headless, 160x45, after
the comparison; from the key until its update is rendered), per group of keys:
the move-on keys (``u``, ``#``, ``s``, ``O``, space, ``F``), and ``j``/``k``
with the word diff open (each move compares the paragraph with its
counterparts again).  Figures, not pass/fail timings.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_screen import _latencies, _report  # noqa: E402
from tests.bench.synthetic import make_articles  # noqa: E402
from tests.tui.conftest import build_app  # noqa: E402

GROUPS: dict[str, list[str]] = {
    "move on: u # s O space F": [
        *"uuuuuu",
        *["number_sign"] * 6,
        *"ssssss",
        *"OOOOOO",
        *["space"] * 6,
        "f",
        "F",
        "v",
        *"uuuu",
        "v",
    ],
    "j k with the word diff open": ["w", *"jjjjjjjjjjjj", *"kkkk", "l", *"jjjj"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="paragraphs per synthetic article")
    args = parser.parse_args()
    size = (160, 45)
    print(f"key press to repaint (headless, {size[0]}x{size[1]}, after the comparison):")
    for label, keys in GROUPS.items():
        seeds = asyncio.run(_latencies(build_app(), keys, size))
        _report(f"seeds: {label}", seeds)
        big = asyncio.run(_latencies(build_app(make_articles(12, args.n)), keys, size))
        _report(f"12 x {args.n}: {label}", big)


if __name__ == "__main__":
    main()

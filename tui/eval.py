"""``python -m tui.eval [CORPUS]``: score Parallax on a corpus of real coverage.

CORPUS is a folder of events (default ``tests/data/coverage``), each a folder
with its articles and a ``gold.json``.  For every event, and as a mean, it
prints alignment precision/recall/F1, name-variant recall and false merges,
and number link recall, verdict accuracy, discrepancy recall and false links
for three systems measured in the same run: the rapidfuzz anchor, the engine
with default settings, and the engine with settings chosen leave-one-event-out
(the out-of-sample headline).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from tui.core.evaluation.corpus import load_corpus
from tui.core.evaluation.run import fit_corpus, run_all
from tui.core.evaluation.scoring import GoldError
from tui.core.evaluation.summary import format_means, format_table, summary

DEFAULT_CORPUS = Path("tests/data/coverage")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tui.eval",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  python -m tui.eval tests/data/coverage\n",
    )
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=DEFAULT_CORPUS,
        help="a folder of events, or one event folder",
    )
    parser.add_argument("--json", action="store_true", help="print the means as JSON")
    parser.add_argument(
        "--fit",
        action="store_true",
        help="fit the pair model on every event and print its weights (for the defaults)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        events = load_corpus(args.corpus)
    except GoldError as exc:
        print(f"python -m tui.eval: {exc}", file=sys.stderr)
        return 2
    if args.fit:
        setting = fit_corpus(events)
        print(f"pair_weights = {setting.pair_weights!r}")
        print(f"pair_threshold = {setting.pair_threshold!r}")
        return 0
    try:
        run = run_all(events)
    except GoldError as exc:
        print(f"python -m tui.eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({name: summary(rs) for name, rs in run.systems.items()}, indent=2))
        return 0
    print(f"{len(events)} events, {sum(len(e.articles) for e in events)} articles")
    print(format_table(run))
    print("\nleave-one-event-out chose, per held-out event:")
    for r in run.systems["loeo"]:
        print(f"  {r.event}: {r.setting}")
    print()
    print(format_means(run))
    print(f"({time.perf_counter() - started:.1f} s; the headline is the loeo row)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

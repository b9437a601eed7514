"""Alignment speed and memory: seeds, then 3, 6 and 12 articles of 300 paragraphs.

Run on demand (not part of the test suite):

    python tests/bench/bench_align.py

Prints wall time and peak traced memory for each size, and the time per
paragraph, so growth with input size can be read off one run.  The baseline in
the same run is a plain tokenise-every-paragraph pass over the same input: the
ratio to it is what to compare across machines, not the absolute seconds.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_articles, seed_articles  # noqa: E402

from tui.core.align import align  # noqa: E402
from tui.core.model import Article  # noqa: E402
from tui.core.text import tokenize  # noqa: E402


def baseline(articles: list[Article]) -> float:
    started = time.perf_counter()
    for a in articles:
        for p in a.paragraphs:
            tokenize(p.text)
    return time.perf_counter() - started


def measure(label: str, articles: list[Article], repeat: int = 3) -> None:
    n_paras = sum(len(a.paragraphs) for a in articles)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = align(articles)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    align(articles)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = min(times)
    base = baseline(articles)
    print(
        f"{label:<22} paragraphs={n_paras:>5}  groups={len(result.groups):>4}  "
        f"time={best * 1000:8.1f} ms  per-paragraph={best / n_paras * 1e6:7.1f} us  "
        f"peak={peak / 2**20:6.1f} MiB  x-tokenise-baseline={best / base:6.1f}"
    )


def main() -> None:
    seeds = seed_articles()
    align(seeds)  # warm caches (stemmer, word frequencies)
    measure("seeds (3 articles)", seeds, repeat=10)
    # sizes where every paragraph pair is weighed (the pair model runs below
    # AlignSettings.pair_max_pairs cross-article pairs)
    for n, m in ((6, 40), (12, 25)):
        measure(f"{n} x {m} paragraphs (pairs)", make_articles(n, m), repeat=2)
    for n in (3, 6, 12):
        measure(f"{n} x 300 paragraphs", make_articles(n, 300), repeat=1 if n == 12 else 2)


if __name__ == "__main__":
    main()

"""Names and numbers speed: seeds, then 3, 6 and 12 articles of 300 paragraphs.

Run on demand (not part of the test suite):

    python tests/bench/bench_names_numbers.py

For each size it prints the wall time of :func:`find_entities`,
:func:`find_word_variants` and :func:`link_quantities` (best of a few runs),
their sum, and how many entities and quantities came out.  The alignment the
two engines take as evidence is computed once per size and not timed.  The
target: names and numbers together under 1 s for 12 articles x 300 paragraphs.

Two inputs per size: ``synthetic`` (tests/bench/synthetic.py: perturbed seed
facts with invented names and numbers, about 330 characters, 14 capitalised
names and 2 numbers per paragraph: a dense worst case) and ``seed paragraphs``
(real seed paragraphs drawn at random: the density of real news).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import article_from_texts, make_articles, seed_articles  # noqa: E402

from tui.core.align import align  # noqa: E402
from tui.core.model import ARTICLE_IDS, Article  # noqa: E402
from tui.core.names import find_entities, find_word_variants  # noqa: E402
from tui.core.quantities import link_quantities  # noqa: E402


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    times = []
    result: Any = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def seed_paragraph_articles(
    seeds: list[Article], n_articles: int, n_paragraphs: int, *, seed: int = 3
) -> list[Article]:
    """Articles of ``n_paragraphs`` real seed paragraphs each, drawn at random."""
    rng = random.Random(seed)
    pool = [p.text for a in seeds for p in a.paragraphs if p.is_content]
    articles = []
    for a in range(n_articles):
        aid = ARTICLE_IDS[a]
        texts = [rng.choice(pool) for _ in range(n_paragraphs)]
        articles.append(article_from_texts(aid, f"seeds-{aid}.txt", texts))
    return articles


def measure(label: str, articles: list[Article], repeat: int = 3) -> None:
    alignment = align(articles)
    pairs = alignment.aligned_pairs()
    groups = [g.paragraphs for g in alignment.groups]
    n_paras = sum(len(a.paragraphs) for a in articles)
    t_names, entities = best_of(repeat, lambda: find_entities(articles, aligned=pairs))
    t_words, variants = best_of(repeat, lambda: find_word_variants(articles, aligned=pairs))
    t_numbers, quantities = best_of(repeat, lambda: link_quantities(articles, groups=groups))
    total = t_names + t_words + t_numbers
    print(
        f"{label:<26} paragraphs={n_paras:>5}  names={t_names * 1000:7.1f} ms  "
        f"words={t_words * 1000:6.1f} ms  numbers={t_numbers * 1000:7.1f} ms  "
        f"total={total * 1000:7.1f} ms  entities={len(entities):>4}  "
        f"word-variants={len(variants):>3}  quantities={len(quantities):>4}"
    )


def main() -> None:
    seeds = seed_articles()
    find_entities(seeds)  # warm caches (stemmer, spelling keys)
    link_quantities(seeds)
    measure("seeds (3 articles)", seeds, repeat=10)
    for n in (3, 6, 12):
        measure(f"synthetic {n} x 300", make_articles(n, 300), repeat=3)
    for n in (3, 6, 12):
        measure(f"seed paragraphs {n} x 300", seed_paragraph_articles(seeds, n, 300), repeat=3)


if __name__ == "__main__":
    main()

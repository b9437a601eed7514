"""Loader throughput: figures to read, not pass/fail timings.

Run with:  pytest -o addopts="" -m bench tests/bench -s
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tui.core.loader import Format, parse_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1b12af7d894930e8.txt"


@pytest.mark.bench
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_bench_parse_a_large_article(fmt: Format) -> None:
    text = (SEED.read_text(encoding="utf-8") + "\n\n") * 1400  # about 10 MB
    started = time.perf_counter()
    article = parse_article(text, article_id="A", source=f"big.{fmt}", format=fmt)
    seconds = time.perf_counter() - started
    mb = len(text.encode()) / 1e6
    print(f"\n{fmt}: {mb:.1f} MB, {len(article.paragraphs)} paragraphs in {seconds:.2f} s")
    assert article.paragraphs

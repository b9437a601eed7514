"""Large inputs end to end (issue 13): time and peak memory of ``parallax report``.

Each case writes its articles to a temporary folder and runs the report in a
fresh process, which prints its own peak resident memory, so the figure is
the command's alone.  The bounds are the ones the size limit promises
(``MAX_BYTES`` in ``tui/core/loader.py``, stated in ``--help``):

* an article of ordinary varied news text at the size limit (3 MB): under
  15 s and 1 GiB (4 MB took 14.9 s on the machine that set the limit);
* a 1 MB live blog (a few names, thousands of casualty figures): under 10 s;
* one 25,000-letter token: under 1 s of engine time.

Run with:  pytest -o addopts="" -m bench tests/bench/test_bench_large_inputs.py -s
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.bench.synthetic import make_articles
from tui.core.loader import MAX_BYTES

REPORT = """
import resource, sys, time
from tui import cli
started = time.perf_counter()
code = cli.main(["report", *sys.argv[1:], "-f", "json", "-o", "/dev/null"])
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(f'{{"code": {code}, "seconds": {seconds:.2f}, "peak": {peak}}}')
"""

GiB = 1024**3
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1b12af7d894930e8.txt"


def _report(*paths: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", REPORT, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["code"] == 0, done.stderr
    return figures


def _print(label: str, size: int, figures: dict[str, float]) -> None:
    mib = figures["peak"] / 2**20
    print(f"\n{label}: {size / 1e6:.1f} MB, {figures['seconds']:.1f} s, peak {mib:.0f} MiB")


def _varied_news(target: int, seed: int) -> str:
    paragraphs: list[str] = []
    size, round_ = 0, 0
    while size < target:
        (article,) = make_articles(1, 400, seed=seed + round_)
        paragraphs += [p.text for p in article.paragraphs]
        size += len(article.text.encode())
        round_ += 1
    return "Title of the story\n\n" + "\n\n".join(paragraphs) + "\n"


def _live_blog(target: int, seed: int) -> str:
    rng = random.Random(seed)
    places = ["Kharkiv", "Kyiv", "Odesa"]
    people = ["Ihor Terekhov", "Oleh Syniehubov"]
    entries: list[str] = ["Live: strikes across Ukraine"]
    size = 0
    while size < target:
        hour, minute = rng.randrange(24), rng.randrange(60)
        entry = (
            f"{hour:02d}:{minute:02d} {rng.choice(people)} said {rng.randint(2, 400)} people "
            f"were killed and {rng.randint(2, 900)} injured in {rng.choice(places)}, "
            f"and {rng.randint(2, 60)} buildings were damaged."
        )
        entries.append(entry)
        size += len(entry) + 2
    return "\n\n".join(entries) + "\n"


@pytest.mark.bench
def test_bench_an_article_at_the_size_limit(tmp_path: Path) -> None:
    first = tmp_path / "big.txt"
    text = _varied_news(MAX_BYTES, seed=1).encode("utf-8")[: MAX_BYTES - 1]
    first.write_text(text.decode("utf-8", "ignore") + "\n", encoding="utf-8")
    figures = _report(first, SEED)
    _print("varied news", first.stat().st_size, figures)
    assert figures["seconds"] < 15 and figures["peak"] < GiB


@pytest.mark.bench
def test_bench_a_1_mb_live_blog(tmp_path: Path) -> None:
    first = tmp_path / "blog.txt"
    first.write_text(_live_blog(1_000_000, seed=1), encoding="utf-8")
    figures = _report(first, SEED)  # against an ordinary news report
    _print("live blog", first.stat().st_size, figures)
    assert figures["seconds"] < 10


@pytest.mark.bench
def test_bench_one_25000_letter_token(tmp_path: Path) -> None:
    first, second = tmp_path / "token.txt", tmp_path / "plain.txt"
    first.write_text("Headline\n\n" + "ab" * 12_500 + " people.\n", encoding="utf-8")
    second.write_text("Headline\n\nTwelve people died on Monday.\n", encoding="utf-8")
    started = time.perf_counter()
    from tui.core.compare import compare
    from tui.core.loader import load_articles

    compare(load_articles([str(first), str(second)]))
    seconds = time.perf_counter() - started
    print(f"\n25,000-letter token: {seconds:.2f} s")
    assert seconds < 1.0

"""The HTML report: its size, the time to write it, and the time to open it in Chromium.

Run on demand (not part of the test suite):

    python tests/bench/bench_html.py

For the seeds and for 12 synthetic articles of 100 paragraphs
(``synthetic.make_articles``), prints

* the file's size, beside the JSON report of the same comparison (the anchor:
  the same facts without any presentation).  Target: under 2 MB;
* the time to render it from the report dictionary, beside the JSON dump;
* the time headless Chromium takes to open it (``driver.get`` until the load
  event, median of several), beside the same report's Markdown in a bare
  ``<pre>`` page (the anchor: as much text, no tables or styles).  Target:
  under 2 s.

The browser is Debian's ``chromium`` with ``chromium-driver``, as in the tests.
"""

from __future__ import annotations

import html
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.synthetic import make_articles, seed_articles  # noqa: E402
from tests.browser.chromium import chromium, missing  # noqa: E402
from tui.core.compare import compare  # noqa: E402
from tui.core.model import Article  # noqa: E402
from tui.core.report import render_markdown, report_json  # noqa: E402
from tui.core.report.html_report import render_html  # noqa: E402

MAX_BYTES = 2_000_000
MAX_OPEN_SECONDS = 2.0
OPENS = 5


def _timed(function: object, *args: object) -> tuple[object, float]:
    started = time.perf_counter()
    result = function(*args)  # type: ignore[operator]
    return result, time.perf_counter() - started


def _open_seconds(driver: object, path: Path) -> float:
    times = []
    for _ in range(OPENS):
        driver.get("about:blank")  # type: ignore[attr-defined]
        started = time.perf_counter()
        driver.get(path.as_uri())  # type: ignore[attr-defined]  # returns after the load event
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(label: str, articles: list[Article], folder: Path, driver: object | None) -> None:
    report = report_json(compare(articles))
    page, render = _timed(render_html, report)
    data, dump = _timed(json.dumps, report)
    assert isinstance(page, str) and isinstance(data, str)
    size, anchor_size = len(page.encode()), len(data.encode())
    target = path = folder / f"{label.replace(' ', '-')}.html"
    path.write_text(page, encoding="utf-8")
    plain = folder / f"{label.replace(' ', '-')}-plain.html"
    markdown = html.escape(render_markdown(report))
    plain.write_text(
        f'<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>x</title>'
        f"<pre>{markdown}</pre>",
        encoding="utf-8",
    )
    ok = "ok" if size < MAX_BYTES else "OVER"
    print(
        f"\n{label}: {len(articles)} articles, "
        f"{sum(len(a.paragraphs) for a in articles)} paragraphs"
    )
    print(
        f"  size     {size / 1e6:6.2f} MB   JSON report {anchor_size / 1e6:6.2f} MB   "
        f"{size / anchor_size:4.1f}x   target < {MAX_BYTES / 1e6:.0f} MB: {ok}"
    )
    print(f"  render   {render * 1000:6.0f} ms   JSON dump   {dump * 1000:6.0f} ms")
    if driver is None:
        return
    opened, anchor = _open_seconds(driver, target), _open_seconds(driver, plain)
    ok = "ok" if opened < MAX_OPEN_SECONDS else "OVER"
    print(
        f"  open     {opened * 1000:6.0f} ms   plain <pre> {anchor * 1000:6.0f} ms   "
        f"{opened / anchor:4.1f}x   target < {MAX_OPEN_SECONDS:.0f} s: {ok}"
    )


def main() -> None:
    why = missing()
    if why:
        print(f"no headless browser ({why}): sizes and render times only")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if why:
            measure("seeds", seed_articles(), folder, None)
            measure("synthetic 12 x 100", make_articles(12, 100), folder, None)
            return
        with chromium(1400, 900) as driver:
            measure("seeds", seed_articles(), folder, driver)
            measure("synthetic 12 x 100", make_articles(12, 100), folder, driver)


if __name__ == "__main__":
    main()

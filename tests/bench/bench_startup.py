"""Start-up: ``parallax --version`` and ``--help``, and the app's first paint.

Run on demand (not part of the test suite):

    python tests/bench/bench_startup.py            # everything
    python tests/bench/bench_startup.py --quick    # fewer repeats

Every figure is the median wall time of several fresh processes, from
starting the process to the moment measured, and is shown beside an anchor
measured in the same run, because the machine's speed and load move both:

1. **The command line.**  ``parallax --version`` and ``parallax --help`` (the
   installed script) against a bare ``python -c pass``.  Target: under 5 times.
   ``import tui.app`` is shown too: what the app loads before it can draw.

2. **First paint.**  ``parallax`` on the seeds (opened through their set
   file, as ``parallax`` with no arguments does), run as the command runs
   (:func:`tui.cli.main`) but headless (``App.run_test`` at 160x45), until the
   first frame that shows the first outlet's label in its pane header, then
   the seeds' text, and until the comparison is on screen (the status line's
   review count).  Anchor: a minimal Textual app (one ``Static``) started and
   measured the same way, in the same run, interleaved.  Both are reported in
   milliseconds.  Targets: the seeds' text under 1.5 s from process start
   (:data:`FIRST_PAINT_TARGET`), and within 2.5 times the minimal app's first
   paint.  (``bench_screen.py`` times the installed command in a pseudo-terminal
   instead, drawing included.)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PARALLAX = shutil.which("parallax", path=str(Path(PYTHON).parent)) or "parallax"

LABEL = "Epoch Times"
"""The first seed's outlet label (from the seeds' set file), in its pane header."""
TEXT = "Putin–Kim Meeting"
"""The start of the first seed's title: the seeds' text is on screen."""
FIRST_PAINT_TARGET = 1.5
"""Seconds from process start by which the seeds' text must be on screen."""
COMPARED = "reviewed 0/"
"""The status line's review count, shown once the comparison is done."""
IMPORTS = ("tui.cli", "textual.app", "tui.app")
"""Timed beside the commands: what the app must load before it can draw."""

PAINT = r"""
import sys, time
started = float(sys.argv[1])  # the parent's time.time() just before it started us
which, markers = sys.argv[2], sys.argv[3:]

import asyncio, re

ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)")


async def paint(app):
    seen, found = [], []
    original = app._display

    def display(screen, update):
        original(screen, update)
        if update is not None and len(found) < len(markers):
            seen.append(ANSI.sub("", update.render_segments(app.console)))
            text = "".join(seen)
            while len(found) < len(markers) and markers[len(found)] in text:
                found.append(time.time() - started)

    app._display = display
    async with app.run_test(size=(160, 45)) as pilot:
        while len(found) < len(markers) and time.time() - started < 60:
            await pilot.pause(0.002)
    print(*found)


if which == "minimal":
    from textual.app import App
    from textual.widgets import Static

    class Minimal(App):
        def compose(self):
            yield Static("minimal first paint")

    asyncio.run(paint(Minimal()))
else:
    import tui.cli

    def run_app(articles, *, session_path=None, title=None):
        from tui.app import ParallaxApp

        asyncio.run(paint(ParallaxApp(articles)))  # no session file: nothing written
        return 0

    tui.cli.run_app = run_app
    sys.exit(tui.cli.main([]))
"""


def wall(argv: Sequence[str]) -> float:
    """Seconds for ``argv`` to run to its end (output discarded)."""
    started = time.perf_counter()
    subprocess.run(argv, cwd=REPO, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def painted(which: str, markers: Sequence[str]) -> list[float]:
    """Seconds from starting a process until each marker was first drawn."""
    argv = [PYTHON, "-c", PAINT, str(time.time()), which, *markers]
    done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=120)
    times = [float(t) for t in done.stdout.split()]
    if done.returncode or len(times) < len(markers):
        raise RuntimeError(f"{which}: never drew {markers[len(times)]!r}\n{done.stderr}")
    return times


def _row(label: str, seconds: float, anchor: float, note: str = "") -> None:
    print(f"  {label:<32} {seconds * 1000:7.1f} ms  {seconds / anchor:5.1f}x  {note}".rstrip())


def command_line(runs: int) -> None:
    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "parallax --version": [PARALLAX, "--version"],
        "parallax --help": [PARALLAX, "--help"],
        **{f"python -c 'import {m}'": [PYTHON, "-c", f"import {m}"] for m in IMPORTS},
    }
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):  # interleaved, so that a busy moment hits every command
        for label, argv in commands.items():
            times[label].append(wall(argv))
    bare = statistics.median(times["python -c pass"])
    print(f"command line (process start to exit), median of {runs}:")
    for label, samples in times.items():
        note = "target < 5x" if label.startswith("parallax") else ""
        _row(label, statistics.median(samples), bare, note)


def first_paint(runs: int) -> None:
    minimal, ours = [], []
    for _ in range(runs):  # interleaved, so that a busy moment hits both
        minimal.append(painted("minimal", ["minimal first paint"])[0])
        ours.append(painted("parallax", [LABEL, TEXT, COMPARED]))
    anchor = statistics.median(minimal)
    text = statistics.median(t[1] for t in ours)
    target = f"target < {FIRST_PAINT_TARGET * 1000:.0f} ms and < 2.5x"
    print(f"first paint (process start to frame, headless 160x45), median of {runs}:")
    _row("minimal Textual app", anchor, anchor)
    _row("parallax: outlet label in header", statistics.median(t[0] for t in ours), anchor)
    _row("parallax: seeds' text on screen", text, anchor, target)
    _row("parallax: comparison on screen", statistics.median(t[2] for t in ours), anchor)
    verdict = "met" if text < FIRST_PAINT_TARGET and text < 2.5 * anchor else "MISSED"
    print(
        f"  first paint of the seeds: {text * 1000:.0f} ms against the minimal app's "
        f"{anchor * 1000:.0f} ms in the same run; target {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    quick = parser.parse_args().quick
    command_line(7 if quick else 21)
    first_paint(3 if quick else 7)


if __name__ == "__main__":
    main()

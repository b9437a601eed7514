"""Screen speed: process start to first paint, and key press to repaint.

Run on demand (not part of the test suite):

    python tests/bench/bench_screen.py            # everything
    python tests/bench/bench_screen.py --quick    # fewer repeats

1. **First paint.**  The installed ``parallax`` command on the seeds, in a
   pseudo-terminal of 160x45: wall time from starting the process until the
   first frame that shows article text, and until the alignment is on screen.
   Baseline in the same run: a minimal Textual app (one Static) started the
   same way, so the figure can be read as "ours minus the framework's own".
   Target: first paint under 1.5 s.

2. **Key press to repaint.**  In process, headless, after the comparison is
   done: for each key, the time from sending it until the screen's update for
   it has been rendered (widget lines drawn and turned into terminal output;
   only the write to a terminal is left out).  Keys: cursor moves, pane moves,
   next difference, view switch, search steps.  On the seeds and on 12
   articles of 300 paragraphs (``synthetic.make_articles``).  Baseline in the
   same run: the same measure on a minimal app whose key updates one Static.
   Target: median under 50 ms.

3. **Each key.**  The same measure for each of j, l, n, space and v alone
   (``--only each``), on the seeds and on 12 articles of 100 paragraphs, with
   the same baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from tests.bench.synthetic import make_articles  # noqa: E402
from tests.tui.conftest import build_app  # noqa: E402

ANSI = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)"
)

BASELINE_APP = """
from textual.app import App
from textual.widgets import Static

class Baseline(App):
    def compose(self):
        yield Static("baseline first paint")
    def on_key(self, event):
        self.exit()

Baseline().run()
"""


# --------------------------------------------------------------------------- first paint


def time_to_screen(
    argv: Sequence[str], markers: Sequence[str], *, size: tuple[int, int] = (160, 45)
) -> list[float]:
    """Seconds from spawning ``argv`` in a pty until each marker has been drawn."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(size[0]), "LINES": str(size[1])}
    env.pop("TEXTUAL", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=REPO,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    seen = ""
    raw = b""
    found: list[float] = []
    deadline = started + 30
    try:
        while len(found) < len(markers) and time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            raw += chunk
            seen = ANSI.sub("", raw.decode("utf-8", "replace"))
            while len(found) < len(markers) and markers[len(found)] in seen:
                found.append(time.perf_counter() - started)
        os.write(master, b"q")
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        os.close(master)
    if len(found) < len(markers):
        raise RuntimeError(f"{argv[0]}: never drew {markers[len(found)]!r}")
    return found


def first_paint(repeat: int) -> None:
    parallax = shutil.which("parallax", path=str(Path(sys.executable).parent)) or "parallax"
    ours: list[list[float]] = []
    base: list[float] = []
    for _ in range(repeat):
        base.append(time_to_screen([sys.executable, "-c", BASELINE_APP], ["baseline first"])[0])
        ours.append(time_to_screen([parallax], ["Putin–Kim Meeting", "reviewed 0/"]))
    paint = [t[0] for t in ours]
    aligned = [t[1] for t in ours]
    print(f"first paint (process start to screen), seeds, 160x45, median of {repeat} (min):")
    print(
        f"  baseline: minimal Textual app      {statistics.median(base) * 1000:7.0f} ms"
        f" ({min(base) * 1000:.0f})"
    )
    print(
        f"  parallax: articles on screen       {statistics.median(paint) * 1000:7.0f} ms"
        f" ({min(paint) * 1000:.0f})   target < 1500 ms"
    )
    print(
        f"  parallax: alignment on screen      {statistics.median(aligned) * 1000:7.0f} ms"
        f" ({min(aligned) * 1000:.0f})"
    )


# --------------------------------------------------------------------------- key to repaint


class _Repaints:
    """Records when the app has rendered an update for the terminal."""

    def __init__(self, app: Any) -> None:
        self.times: list[float] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None:
                # what a terminal write would cost, without the terminal
                render = getattr(renderable, "render_segments", None)
                if render is not None:
                    render(app.console)
                self.times.append(time.perf_counter())

        app._display = display


async def _latencies(app: Any, keys: Sequence[str], size: tuple[int, int]) -> list[float]:
    return [t for _, t in await _key_latencies(app, keys, size)]


async def _key_latencies(
    app: Any, keys: Sequence[str], size: tuple[int, int]
) -> list[tuple[str, float]]:
    """Each key that caused a repaint, and its press-to-repaint time in seconds."""
    out: list[tuple[str, float]] = []
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        repaints = _Repaints(app)
        for key in keys:
            await pilot.pause(0.02)
            seen = len(repaints.times)
            started = time.perf_counter()
            await pilot.press(key)
            # the update is drawn on the screen's next frame: wait for it
            deadline = time.perf_counter() + 2
            while len(repaints.times) == seen and time.perf_counter() < deadline:
                await asyncio.sleep(0.0005)
            if len(repaints.times) > seen:
                await pilot.pause(0.03)  # a second frame, if the key caused one
                out.append((key, repaints.times[-1] - started))
    return out


KEYS = [
    *"jjjjjjjjjjjjjjjj",
    *"kkkk",
    "l",
    "l",
    "h",
    *"nnnnnn",
    "N",
    "pagedown",
    "pagedown",
    "pageup",
    "v",
    *"jjjjjjjjjj",
    "tab",
    *"jjjj",
    "v",
    "end",
    "home",
]


EACH_KEY = ("j", "l", "n", "space", "v")
"""The keys of the per-key figures: a cursor move, a pane move, the next
difference, a review mark (the grid drawn again with it), the view switch."""


def _baseline_app() -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Baseline(App[None]):
        count = 0

        def compose(self) -> ComposeResult:
            yield Static("0", id="n")

        def on_key(self) -> None:
            self.count += 1
            self.query_one("#n", Static).update(str(self.count))

    return Baseline()


def _report(label: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p90 = ms[int(len(ms) * 0.9) - 1] if len(ms) >= 10 else ms[-1]
    print(
        f"  {label:<34} median {statistics.median(ms):6.1f} ms   p90 {p90:6.1f}   "
        f"max {ms[-1]:6.1f}   (n={len(ms)})"
    )


def key_to_repaint(quick: bool) -> None:
    size = (160, 45)
    print(f"key press to repaint (headless, {size[0]}x{size[1]}, after the comparison):")
    base = asyncio.run(_latencies(_baseline_app(), ["x"] * 30, size))
    _report("baseline: one Static updated", base)
    seeds = asyncio.run(_latencies(build_app(), KEYS, size))
    _report("parallax: seeds", seeds)
    n = 100 if quick else 300
    started = time.perf_counter()
    big = asyncio.run(_latencies(build_app(make_articles(12, n)), KEYS, size))
    _report(f"parallax: 12 articles x {n} paragraphs", big)
    print(f"  (the large run took {time.perf_counter() - started:.1f} s with its comparison)")
    each_key(quick)


def each_key(quick: bool) -> None:
    """The median of each of :data:`EACH_KEY`, on the seeds and on 12 x 100."""
    size = (160, 45)
    rounds = 6 if quick else 12
    keys = [key for _ in range(rounds) for key in EACH_KEY]
    print(f"each key, press to repaint (headless, {size[0]}x{size[1]}, {rounds} presses each):")
    base = asyncio.run(_latencies(_baseline_app(), ["x"] * 30, size))
    _report("baseline: one Static updated", base)
    for label, app in (
        ("seeds", build_app()),
        ("12 articles x 100 paragraphs", build_app(make_articles(12, 100))),
    ):
        timed = asyncio.run(_key_latencies(app, keys, size))
        for key in EACH_KEY:
            samples = [t for k, t in timed if k == key]
            if samples:
                _report(f"parallax: {label}, {key}", samples)
        _report(f"parallax: {label}, all five", [t for _, t in timed])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, a smaller input")
    parser.add_argument("--only", choices=("paint", "keys", "each"), help="run one part")
    args = parser.parse_args()
    if args.only in (None, "paint"):
        first_paint(3 if args.quick else 7)
    if args.only in (None, "keys"):
        key_to_repaint(args.quick)
    elif args.only == "each":
        each_key(args.quick)


if __name__ == "__main__":
    main()

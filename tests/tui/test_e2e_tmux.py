"""End to end: the installed ``parallax`` command in a real terminal (tmux), driven by keys.

Skipped when tmux is not installed (CI has it).  Each run uses its own tmux
server (``-L``), so it never touches a tmux the developer is using.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.conftest import REPO

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


def parallax_command() -> str:
    """The installed console script next to this Python, else ``python -m tui``."""
    script = Path(sys.executable).parent / "parallax"
    if script.exists():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m tui"


class Terminal:
    """A tmux session of a fixed size: send keys, read the screen."""

    def __init__(self, socket: str, session: str) -> None:
        self.socket, self.session = socket, session

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=20
        )
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never showed; the screen was:\n{screen}")

    def wait_for_match(self, pattern: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{pattern!r} never showed; the screen was:\n{screen}")

    def wait_until_gone(self, text: str, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        screen = self.screen()
        while text in screen and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = self.screen()
        assert text not in screen, screen
        return screen


def start(socket: str, *args: str, cwd: Path) -> Terminal:
    """``parallax ARGS`` in a new tmux server of its own, 160x45, working in ``cwd``
    (never the checkout, where a user's own session file may lie)."""
    term = Terminal(socket, "parallax")
    # the size comes from the terminal, not from a COLUMNS or LINES the test runner set
    line = " ".join([parallax_command(), *(shlex.quote(a) for a in args)])
    command = f"env -u COLUMNS -u LINES {line}; echo PARALLAX-EXITED $?; sleep 60"
    term.tmux(
        "new-session", "-d", "-s", "parallax", "-x", "160", "-y", "45", "-c", str(cwd), command
    )
    return term


def stop(term: Terminal) -> None:
    socket_path = term.tmux("display-message", "-p", "#{socket_path}").strip()
    term.tmux("kill-server")
    if socket_path:
        Path(socket_path).unlink(missing_ok=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = start(f"parallax-test-{os.getpid()}", cwd=tmp_path)
    try:
        yield term
    finally:
        stop(term)


def after_down(screen: str) -> str:
    """A pattern of what the detail line says once ``j`` has moved the cursor from
    A's first paragraph in the first row, read off the row heads on ``screen``
    (``▶ group G1 · A1 A3 +2 ─── B5 ─── C1``, ``─ unique · A4 ───``): the next
    paragraph of A's cell, else A's paragraph in the next row that has one."""
    heads = [line.split() for line in screen.splitlines() if line[:2] in ("▶ ", "─ ")]
    assert heads and heads[0][0] == "▶", screen
    for n, head in enumerate(heads):
        kind = head[1]
        # A's cell: the words after the dot up to the first rule (none without a dot)
        cell = itertools.takewhile(
            lambda word: not word.startswith("─"),
            head[head.index("·") + 1 :] if "·" in head else [],
        )
        ids = [word for word in cell if re.fullmatch(r"A\d+|\+\d+", word)]
        later = ids[1:] if n == 0 else ids
        if not later:
            continue
        pid = later[0] if not later[0].startswith("+") else f"A(?!{re.escape(ids[0][1:])}\\b)\\d+"
        if kind == "group":
            return rf"{pid} · {head[2]}: reported by"
        if kind == "unique":
            return rf"{pid} · only A reports this"
        return rf"{pid} · "
    raise AssertionError(f"no row on screen after the first has a paragraph of A:\n{screen}")


def test_the_installed_app_in_a_real_terminal(terminal: Terminal) -> None:
    screen = terminal.wait_for("reviewed 0/")  # the alignment is on screen
    assert "A  Epoch Times" in screen  # the seeds' set file, from the checkout or the wheel
    assert "▶ group G1 · A1" in screen  # the first group row, with the cursor
    assert "aligned view" in screen

    terminal.send("j")
    terminal.wait_for_match(after_down(screen))  # the detail line follows the cursor

    terminal.send("v")
    screen = terminal.wait_for("reading view")
    assert "┃" in screen  # counterparts are marked in the other panes

    terminal.send("?")
    terminal.wait_for("Keys and marks")
    terminal.send("Escape")
    terminal.wait_until_gone("Keys and marks")
    time.sleep(0.3)  # a key right after Escape would read as alt+key

    terminal.send("/")
    terminal.wait_for("search all articles")  # the box has the keys now
    terminal.send("-l", "Sevastopol")
    terminal.send("Enter")
    screen = terminal.wait_for("1 of ")
    terminal.send("n")
    terminal.wait_for("2 of ")
    terminal.send("Escape")
    terminal.wait_until_gone("2 of ")
    time.sleep(0.3)

    terminal.send("v")
    terminal.wait_for("aligned view")
    terminal.send("d")
    screen = terminal.wait_for("Differences (")
    assert "Numbers that differ" in screen or "Spelled differently" in screen

    terminal.send("Escape")  # back from the list; alone, or the terminal reads alt+q
    time.sleep(0.5)
    terminal.send("q")
    terminal.wait_for("PARALLAX-EXITED 0")


def test_a_note_survives_quitting(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))
    session = tmp_path / "review.parallax.json"
    args = ("--session", str(session), *seeds)
    term = start(f"parallax-notes-{os.getpid()}", *args, cwd=tmp_path)
    try:
        term.wait_for("reviewed 0/")
        term.send("a")
        term.wait_for("Your note")
        term.send("-l", "Seen in tmux")
        term.wait_for("Seen in tmux")
        term.send("C-s")
        screen = term.wait_for("1 note")
        assert "✎" in screen  # the gutter marker
        time.sleep(0.3)
        term.send("q")
        term.wait_for("PARALLAX-EXITED 0")
    finally:
        stop(term)
    assert "Seen in tmux" in session.read_text(encoding="utf-8")

    term = start(f"parallax-notes2-{os.getpid()}", *args, cwd=tmp_path)
    try:
        term.wait_for("1 note")  # loaded with the comparison
        term.send("o")
        screen = term.wait_for("Notes (1)")
        assert "Seen in tmux" in screen
        term.send("Escape")
        time.sleep(0.5)
        term.send("q")
        term.wait_for("PARALLAX-EXITED 0")
    finally:
        stop(term)


def _three_spellings(seeds: list[str], cwd: Path) -> tuple[str, int]:
    """A name the seeds spell three ways, and how many times it is mentioned in all,
    as ``parallax report`` (the installed command) finds them."""
    command = [*shlex.split(parallax_command()), "report", "--format", "json", *seeds]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=cwd)
    entities = json.loads(done.stdout)["entities"]
    named = next(e for e in entities if len(e["spellings"]) == 3)
    return named["spellings"][0], len(named["mentions"])


def _detail(screen: str) -> str:
    """The detail line: where the cursor is ("A7 · G4: reported by A B")."""
    found = re.search(r"^ ([A-C]\d+ · .*?)\s*$", screen, re.MULTILINE)
    assert found, screen
    return found.group(1).split("▌")[0].rstrip()  # not a message drawn over its end


def test_the_whole_loop_search_verdict_export_and_return(tmp_path: Path) -> None:
    """Open the seeds; search a name and see its three spellings counted; set a
    verdict; export Markdown with ctrl+e and find the verdict in it; quit, reopen
    and find the cursor where it was."""
    seeds = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))
    name, mentions = _three_spellings(seeds, tmp_path)
    session = tmp_path / "review.parallax.json"
    args = ("--session", str(session), *seeds)
    term = start(f"parallax-loop-{os.getpid()}", *args, cwd=tmp_path)
    try:
        term.wait_for_match(r"reviewed 0/|✓ 0/")
        term.send("/")
        term.wait_for("search all articles")
        term.send("-l", name)
        term.wait_for(f"{mentions} matches · all forms")  # every spelling, not one
        term.send("C-t")
        screen = term.wait_for("· exact")
        exact = int(re.search(r"(\d+) match(?:es)? · exact", screen).group(1))  # type: ignore[union-attr]
        assert exact < mentions
        term.send("Escape")
        term.wait_until_gone("· exact")
        time.sleep(0.3)

        term.send("j")
        time.sleep(0.3)
        term.send("V")
        term.wait_for("misleading")
        term.send("3")  # the third verdict: misleading
        term.wait_until_gone("Reason (optional)")
        time.sleep(0.3)

        term.send("C-e")
        term.wait_for("Export the report")
        term.send("Enter")
        report = tmp_path / "review.report.md"
        term.wait_for("Exported Markdown to")
        assert "misleading" in report.read_text(encoding="utf-8")

        term.send("j", "j", "j")
        time.sleep(0.5)
        where = _detail(term.screen())
        term.send("q")
        term.wait_for("PARALLAX-EXITED 0")
    finally:
        stop(term)

    term = start(f"parallax-loop2-{os.getpid()}", *args, cwd=tmp_path)
    try:
        term.wait_for_match(r"reviewed 0/|✓ 0/|reviewed \d+/|✓ \d+/")
        term.wait_for(where)  # the cursor is back where it was
        time.sleep(0.3)
        term.send("q")
        term.wait_for("PARALLAX-EXITED 0")
    finally:
        stop(term)

"""Probe the command line the way issue 13 did: tried, held and failed, by category.

Each probe runs ``python -m tui`` in a fresh temporary folder, with its own
files (and, for URLs, a server on 127.0.0.1), and checks what a user would:
the exit status, a one-line message with no escape sequence and no traceback,
no temporary file left, nothing lost.  Prints a table; it is a figure, not a
test.

    python tests/bench/probe_hostile.py
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

A = (
    "Missile strike on Kyiv\n\nA missile strike hit Kyiv on Monday, killing 12 people.\n\n"
    "The mayor said 40 people were injured.\n"
)
B = (
    "Strike kills 12 in Kyiv\n\nTwelve people died when a missile hit Kyiv on Monday.\n\n"
    "Forty people were wounded, the mayor said.\n"
)
C = "Floods in Valencia\n\nHeavy rain flooded Valencia on Tuesday, and 95 people died.\n"
ESC = "\x1b]52;c;aGk=\x07\x1b[2J"

Result = tuple[int, str, str, float]
PARALLAX = [sys.executable, "-m", "tui"]


def run(folder: Path, *args: str, timeout: float = 60) -> Result:
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tui", *args],
            cwd=folder,
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return -1, "", "timed out", time.monotonic() - started
    out, err = (done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"))
    return done.returncode, out, err, time.monotonic() - started


def clean_error(result: Result) -> bool:
    code, _out, err, _ = result
    lines = [line for line in err.splitlines() if line.startswith("parallax: error:")]
    return code == 2 and len(lines) == 1 and "\x1b" not in err and "Traceback" not in err


def ok(result: Result) -> bool:
    return result[0] == 0 and "Traceback" not in result[2] and "\x1b" not in result[2]


def no_tmp(folder: Path) -> bool:
    return not list(folder.glob(".*.tmp"))


def server(answer: Callable[[socket.socket, str], None]) -> str:
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            conn, _ = listener.accept()
            with conn:
                request = conn.recv(65536).decode("latin-1")
                try:
                    answer(conn, request)
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}"


def write_annotations(folder: Path, items: list[dict[str, object]], **extra: object) -> None:
    document = {"type": "AnnotationCollection", "first": {"items": items}, **extra}
    (folder / "notes.json").write_text(json.dumps(document), encoding="utf-8")


def item(note_id: str | None, body: str, quote: str = "missile") -> dict[str, object]:
    start = A.index(quote)
    found: dict[str, object] = {
        "type": "Annotation",
        "body": [{"type": "TextualBody", "value": body}],
        "target": {
            "source": "a.txt",
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote},
                {"type": "TextPositionSelector", "start": start, "end": start + len(quote)},
            ],
        },
    }
    if note_id is not None:
        found["id"] = note_id
    return found


def imported(folder: Path) -> int:
    return len(json.loads((folder / "s.json").read_text(encoding="utf-8"))["notes"])


# -- the probes: (category, name, check(folder) -> held) ------------------------------


def p_big_number(f: Path) -> bool:
    (f / "x.txt").write_text("1" * 310 + " people.\n")
    (f / "y.txt").write_text("1" * 310 + " people.\n")
    return all(ok(run(f, "report", "x.txt", "y.txt", "-f", fmt)) for fmt in ("json", "markdown"))


def p_nested_session(f: Path) -> bool:
    (f / "deep.json").write_text("[" * 1000 + "]" * 1000)
    return clean_error(run(f, "report", "a.txt", "b.txt", "--session", "deep.json"))


def p_nested_annotations(f: Path) -> bool:
    (f / "deep.json").write_text("[" * 1000 + "]" * 1000)
    return clean_error(
        run(f, "import-annotations", "deep.json", "--session", "s.json", "a.txt", "b.txt")
    )


def p_surrogate_import(f: Path) -> bool:
    write_annotations(f, [item("n1", "odd \ud800")])
    return ok(
        run(f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt")
    ) and no_tmp(f)


def p_surrogate_report(f: Path) -> bool:
    p_surrogate_import(f)
    return all(
        ok(run(f, "report", "a.txt", "b.txt", "--session", "s.json", "-f", fmt))
        for fmt in ("json", "markdown", "annotations")
    )


def p_ipv6(f: Path) -> bool:
    return clean_error(run(f, "report", "http://[::1/x", "b.txt"))


def p_long_token(f: Path) -> bool:
    (f / "x.txt").write_text("Title\n\n" + "ab" * 12_500 + ". More people.\n")
    result = run(f, "report", "x.txt", "b.txt")
    return ok(result) and result[3] < 10


def p_live_blog(f: Path) -> bool:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.bench.test_bench_large_inputs import _live_blog

    (f / "blog.txt").write_text(_live_blog(1_000_000, seed=1), encoding="utf-8")
    result = run(f, "report", "blog.txt", "b.txt", "-f", "json", "-o", "/dev/null", timeout=120)
    return ok(result) and result[3] < 10


def p_trickle(f: Path) -> bool:
    def trickle(conn: socket.socket, request: str) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
        for _ in range(60):
            conn.sendall(b"x")
            time.sleep(2)

    code = (
        "import sys; from tui.core.loader import fetch_url, LoadError\n"
        "try: fetch_url(sys.argv[1], timeout=3)\n"
        "except LoadError as e: print(e); sys.exit(2)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code, server(trickle) + "/x"], capture_output=True, timeout=60
    )
    return done.returncode == 2 and time.monotonic() - started < 10


def p_fifo(f: Path) -> bool:
    os.mkfifo(f / "pipe")
    results = [
        run(f, "report", "pipe", "b.txt", timeout=20),
        run(f, "report", "a.txt", "b.txt", "--session", "pipe", timeout=20),
        run(f, "import-annotations", "pipe", "--session", "s.json", "a.txt", "b.txt", timeout=20),
    ]
    return all(clean_error(r) for r in results)


def p_escape_id(f: Path) -> bool:
    (f / "notes.json").write_text(json.dumps({"type": "Annotation", "id": ESC, "target": {}}))
    return clean_error(
        run(f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt")
    )


def p_escape_source(f: Path) -> bool:
    session = {"format": "parallax-session", "version": 1, "articles": [{"id": "A", "source": ESC}]}
    (f / "s.json").write_text(json.dumps(session))
    return clean_error(run(f, "report", "a.txt", "b.txt", "--session", "s.json")) and clean_error(
        run(f, "import-annotations", "s.json", "--session", "s.json")
    )


def p_escape_reason(f: Path) -> bool:
    def hostile(conn: socket.socket, request: str) -> None:
        conn.sendall(f"HTTP/1.1 404 {ESC}\r\nContent-Length: 0\r\n\r\n".encode("latin-1"))

    return clean_error(run(f, "report", server(hostile) + "/x", "b.txt"))


def p_json_c1(f: Path) -> bool:
    (f / "d.txt").write_text("Title \x7f\x9b\n\nBody \x9b[2J text.\n")
    result = run(f, "report", "d.txt", "b.txt", "-f", "json")
    return ok(result) and not any(c in result[1] for c in "\x7f\x9b")


def _session_on_ab(f: Path) -> None:
    write_annotations(f, [item("n1", "keep")])
    run(f, "import-annotations", "notes.json", "--session", "a.parallax.json", "a.txt", "b.txt")


def p_other_articles(f: Path) -> bool:
    _session_on_ab(f)
    before = (f / "a.parallax.json").read_bytes()
    result = run(f, "report", "a.txt", "c.txt", "-f", "json")
    return (
        ok(result)
        and "other articles" in result[2]
        and (f / "a.parallax.json").read_bytes() == before
    )


def p_import_other_articles(f: Path) -> bool:
    _session_on_ab(f)
    before = (f / "a.parallax.json").read_bytes()
    result = run(
        f, "import-annotations", "notes.json", "--session", "a.parallax.json", "c.txt", "b.txt"
    )
    return clean_error(result) and (f / "a.parallax.json").read_bytes() == before


def p_concurrent_imports(f: Path) -> bool:
    for trial in range(5):
        for i in (1, 2):
            page = {"items": [item(f"n{trial}-{i}", "x")]}
            document = {"type": "AnnotationCollection", "first": page}
            (f / f"n{i}.json").write_text(json.dumps(document))
        session = f"s{trial}.json"
        procs = [
            subprocess.Popen(
                [
                    *PARALLAX,
                    "import-annotations",
                    f"n{i}.json",
                    "--session",
                    session,
                    "a.txt",
                    "b.txt",
                ],
                cwd=f,
                stderr=subprocess.DEVNULL,
            )
            for i in (1, 2)
        ]
        for p in procs:
            p.wait(60)
        if len(json.loads((f / f"s{trial}.json").read_text())["notes"]) != 2:
            return False
    return True


def p_mode(f: Path) -> bool:
    _session_on_ab(f)
    os.chmod(f / "a.parallax.json", 0o664)
    write_annotations(f, [item("n2", "more")])
    run(f, "import-annotations", "notes.json", "--session", "a.parallax.json", "a.txt", "b.txt")
    return (f / "a.parallax.json").stat().st_mode & 0o777 == 0o664


def p_symlink(f: Path) -> bool:
    _session_on_ab(f)
    (f / "link.json").symlink_to(f / "a.parallax.json")
    write_annotations(f, [item("n2", "more")])
    run(f, "import-annotations", "notes.json", "--session", "link.json", "a.txt", "b.txt")
    return (f / "link.json").is_symlink() and len(
        json.loads((f / "a.parallax.json").read_text())["notes"]
    ) == 2


def p_stale_tmp(f: Path) -> bool:
    _session_on_ab(f)
    stale = f / ".a.parallax.json.x1y2.tmp"
    stale.write_text("partial")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    write_annotations(f, [item("n2", "more")])
    run(f, "import-annotations", "notes.json", "--session", "a.parallax.json", "a.txt", "b.txt")
    return not stale.exists()


def p_output_onto_session(f: Path) -> bool:
    _session_on_ab(f)
    before = (f / "a.parallax.json").read_bytes()
    a = run(f, "report", "a.txt", "b.txt", "-o", "a.parallax.json")
    b = run(f, "report", "a.txt", "b.txt", "-o", "a.txt", "--force")
    return (
        clean_error(a)
        and clean_error(b)
        and (f / "a.parallax.json").read_bytes() == before
        and (f / "a.txt").read_text() == A
    )


def p_paged(f: Path) -> bool:
    document = {
        "type": "AnnotationCollection",
        "first": {"items": [item("p1", "x")], "next": {"items": [item("p2", "y")]}},
    }
    (f / "notes.json").write_text(json.dumps(document))
    run(f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt")
    return imported(f) == 2


def p_first_link(f: Path) -> bool:
    (f / "notes.json").write_text(
        json.dumps({"type": "AnnotationCollection", "first": "https://x/p1"})
    )
    result = run(f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt")
    return "skipped" in result[2]


def p_no_id(f: Path) -> bool:
    write_annotations(f, [item(None, "anonymous")])
    for _ in range(3):
        run(f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt")
    return imported(f) == 1


def p_replace_many(f: Path) -> bool:
    write_annotations(f, [item(f"n{i}", "x") for i in range(100_000)])
    run(f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt", timeout=300)
    write_annotations(f, [item(f"n{i}", "y") for i in range(100_000)])
    result = run(
        f, "import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt", timeout=300
    )
    return ok(result) and result[3] < 60 and "100000 replaced" in result[2]


def p_truncated(f: Path) -> bool:
    def cut(conn: socket.socket, request: str) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
        conn.sendall(head + b"Missile strike o" + b"x" * 84)

    return clean_error(run(f, "report", server(cut) + "/a.txt", "b.txt"))


def p_ftp_redirect(f: Path) -> bool:
    def away(conn: socket.socket, request: str) -> None:
        conn.sendall(
            b"HTTP/1.1 302 Found\r\nLocation: ftp://127.0.0.1/x\r\nContent-Length: 0\r\n\r\n"
        )

    return clean_error(run(f, "report", server(away) + "/a.txt", "b.txt"))


def p_relative_absolute(f: Path) -> bool:
    write_annotations(f, [item("n1", "x")])
    run(f, "import-annotations", "notes.json", "--session", "s.json", "./a.txt", "b.txt")
    result = run(f, "report", str(f / "a.txt"), "b.txt", "--session", "s.json", "-f", "json")
    return ok(result) and "orphan" not in json.dumps(
        json.loads(result[1]).get("review", {}).get("orphaned", []) or ""
    )


def p_same_file_twice(f: Path) -> bool:
    return clean_error(run(f, "report", "a.txt", "./a.txt"))


def p_utf16(f: Path) -> bool:
    (f / "u.txt").write_bytes(A.encode("utf-16-le"))
    result = run(f, "report", "u.txt", "b.txt")
    return ok(result) and "Missile strike" in result[1]


PROBES: list[tuple[str, str, Callable[[Path], bool]]] = [
    ("crashes", "310-digit number", p_big_number),
    ("crashes", "nested JSON session", p_nested_session),
    ("crashes", "nested JSON annotations", p_nested_annotations),
    ("crashes", "lone surrogate import", p_surrogate_import),
    ("crashes", "lone surrogate report", p_surrogate_report),
    ("crashes", "malformed IPv6 URL", p_ipv6),
    ("hangs", "25,000-letter token", p_long_token),
    ("hangs", "1 MB live blog", p_live_blog),
    ("hangs", "trickling server", p_trickle),
    ("hangs", "FIFO as file, session, annotations", p_fifo),
    ("injection", "annotation id", p_escape_id),
    ("injection", "session source", p_escape_source),
    ("injection", "HTTP reason phrase", p_escape_reason),
    ("injection", "JSON DEL and C1", p_json_c1),
    ("data loss", "session of other articles", p_other_articles),
    ("data loss", "import onto other articles", p_import_other_articles),
    ("data loss", "two concurrent imports x5", p_concurrent_imports),
    ("data loss", "mode kept", p_mode),
    ("data loss", "symlink followed", p_symlink),
    ("data loss", "stale temp cleaned", p_stale_tmp),
    ("data loss", "-o onto session or input", p_output_onto_session),
    ("imports", "paged collection", p_paged),
    ("imports", "first as a link", p_first_link),
    ("imports", "id-less annotation x3", p_no_id),
    ("imports", "replace 100k", p_replace_many),
    ("urls", "truncated body", p_truncated),
    ("urls", "ftp redirect", p_ftp_redirect),
    ("also", "./a.txt vs absolute", p_relative_absolute),
    ("also", "same file twice", p_same_file_twice),
    ("also", "UTF-16 without BOM", p_utf16),
]


def main() -> int:
    counts: dict[str, list[int]] = {}
    for category, name, probe in PROBES:
        with tempfile.TemporaryDirectory(prefix="parallax-probe-") as tmp:
            folder = Path(tmp)
            for file, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
                (folder / file).write_text(text, encoding="utf-8")
            try:
                held = probe(folder)
            except Exception as exc:  # a probe that breaks counts as failed
                print(f"  {name}: probe error {exc!r}")
                held = False
        tried_held = counts.setdefault(category, [0, 0])
        tried_held[0] += 1
        tried_held[1] += int(held)
        print(f"{'held ' if held else 'FAILED'} {category:10} {name}")
    print(f"\n{'category':12}{'tried':>6}{'held':>6}{'failed':>8}")
    for category, (tried, kept) in counts.items():
        print(f"{category:12}{tried:>6}{kept:>6}{tried - kept:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

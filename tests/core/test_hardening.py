"""Hostile input, careless use and slow servers (issue 13): one test per failure found.

Each test names the failure it pins.  Everything runs in a temporary folder,
against articles written there and servers on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tui import cli
from tui.core.align import Alignment
from tui.core.annotations import Note, make_anchor, new_note, to_web_annotations
from tui.core.compare import compare
from tui.core.loader import LoadError, decode_bytes, fetch_url, load_article, load_articles
from tui.core.marking import note_spans
from tui.core.model import Article
from tui.core.report import report_json
from tui.core.review import ItemRef
from tui.core.review_service import NotesImported, import_notes, merge_notes, read_annotations
from tui.core.session import (
    Session,
    SessionConflict,
    SessionMismatch,
    Verdict,
    load_session,
    merge_sessions,
    placements,
    save_session,
)
from tui.core.storage import StorageError, clean_stale_temps, read_json, write_json_atomic
from tui.core.textsafe import json_text, shown
from tui.session_store import SessionStore

A = (
    "Missile strike on Kyiv\n\n"
    "A missile strike hit Kyiv on Monday, killing 12 people, officials said.\n\n"
    "The mayor said 40 people were injured and 3 buildings were destroyed.\n\n"
    "Rescue teams worked through the night.\n"
)
B = (
    "Strike kills 12 in Kyiv\n\n"
    "Twelve people died when a missile hit Kyiv on Monday, officials said.\n\n"
    "Forty people were wounded, the mayor said, and three buildings collapsed.\n"
)
C = (
    "Floods in Valencia\n\n"
    "Heavy rain flooded Valencia on Tuesday, and 95 people died.\n\n"
    "The regional government said 2,000 homes were damaged.\n"
)
T = TypeVar("T")
ESC = "\x1b]52;c;aGVsbG8=\x07\x1b[2J"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding a.txt, b.txt and c.txt, made the current directory."""
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _compared(*names: str) -> tuple[list[Article], Alignment]:
    articles = load_articles(list(names))
    return articles, compare(articles).alignment


def _note(article: Article, body: str, quote: str = "missile", note_id: str = "") -> Note:
    start = article.text.index(quote)
    anchor = make_anchor(article.text, start, start + len(quote), source=article.source)
    note = new_note(anchor, body)
    return note if not note_id else Note(note_id, note.anchor, body)


def _race(*calls: Callable[[], T]) -> list[T]:
    """Run ``calls`` at once, each in its own thread; their results, in order."""
    barrier = threading.Barrier(len(calls))
    results: dict[int, T] = {}

    def run(i: int) -> None:
        barrier.wait()
        results[i] = calls[i]()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return [results[i] for i in range(len(calls))]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _one_line_error(err: str, *names: str) -> None:
    assert err.startswith("parallax: error: ") and err.count("\n") == 1, err
    assert "\x1b" not in err and "Traceback" not in err
    for name in names:
        assert name in err


# -- 2. deeply nested JSON -------------------------------------------------------------

NESTED = "[" * 1000 + "]" * 1000


def test_2_nested_json_is_a_clear_error_everywhere(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "deep.json").write_text(NESTED, encoding="utf-8")
    (folder / "deeper.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for name in ("deep.json", "deeper.json"):
        with pytest.raises(StorageError, match="nested more than"):
            read_json(folder / name)
    assert cli.main(["report", "a.txt", "b.txt", "--session", "deep.json"]) == 2
    _one_line_error(capsys.readouterr().err, "deep.json", "nested")
    assert (
        cli.main(["import-annotations", "deep.json", "--session", "s.json", "a.txt", "b.txt"]) == 2
    )
    _one_line_error(capsys.readouterr().err, "deep.json")
    # the app: the store reports it and turns autosave off, nothing crashes
    articles, alignment = _compared("a.txt", "b.txt")
    store = SessionStore(folder / "deep.json")
    assert store.load(articles, alignment) is None
    assert store.problem and "nested" in store.problem and not store.autosave


# -- 3. lone surrogates ------------------------------------------------------------------


def test_3_lone_surrogate_in_a_note_is_saved_reported_and_imported(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles, alignment = _compared("a.txt", "b.txt")
    note = _note(articles[0], "odd \ud800 body")
    document = to_web_annotations([note])
    (folder / "notes.json").write_text(json_text(document), encoding="utf-8")
    args = ["import-annotations", "notes.json", "--session", "s.json", "a.txt", "b.txt"]
    assert cli.main(args) == 0
    assert _leftovers(folder) == []
    assert read_json(folder / "s.json")["notes"][0]["body"][0]["value"] == "odd \ud800 body"
    for fmt in ("markdown", "json", "annotations"):
        capsys.readouterr()
        assert cli.main(["report", "a.txt", "b.txt", "--session", "s.json", "-f", fmt]) == 0
    # the app's save after a change
    store = SessionStore(folder / "s.json")
    session = store.load(articles, alignment)
    assert session is not None
    changed = session.with_verdict(ItemRef.group("G1"), Verdict("accurate", "\udfff"))
    assert store.save(changed, articles, alignment)
    assert load_session(folder / "s.json", articles, alignment) == changed


def test_3_json_text_round_trips_and_escapes_what_a_terminal_would_obey() -> None:
    data = {"x": "del \x7f csi \x9b sep \u2028 lone \ud800 é ✓", "n": [1, 2.5, None]}
    text = json_text(data)
    assert not any(c in text for c in "\x7f\x9b\u2028\ud800")
    assert "é ✓" in text  # the rest stays readable
    assert json.loads(text) == data
    text.encode("utf-8")  # no UnicodeEncodeError


# -- 4. malformed URLs ----------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://[::1/x", "http://exa mple.com/\x1b[2J", "http://:99999/"])
def test_4_malformed_url_is_a_one_line_error(
    url: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["report", url, "b.txt"]) == 2
    _one_line_error(capsys.readouterr().err)


# -- 5. one long run of letters ---------------------------------------------------------


def test_5_a_25000_letter_token_is_fast(tmp_path: Path) -> None:
    from tui.core.text.normalize import fold_spelling, spelling_key

    for word in ("ab" * 12_500 + "tre", "b" * 25_000 + "ised", "x" * 25_000 + "ogues"):
        start = time.perf_counter()
        fold_spelling(word)
        spelling_key(word)
        assert time.perf_counter() - start < 1.0
    # the spelling rules still fold what they did
    assert [fold_spelling(w) for w in ("centres", "organised", "catalogues", "programmes")] == [
        "centers",
        "organized",
        "catalogs",
        "programs",
    ]
    token = "ab" * 12_500
    (tmp_path / "x.txt").write_text(f"Title\n\n{token}. {token} people. Next.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text(B, encoding="utf-8")
    start = time.perf_counter()
    compare(load_articles([str(tmp_path / "x.txt"), str(tmp_path / "y.txt")]))
    assert time.perf_counter() - start < 3.0  # 0.05 s alone; generous for a busy machine


# -- 7 and 14. slow, truncating and redirecting servers ---------------------------------


Behaviour = Callable[[socket.socket, str], None]


@pytest.fixture
def raw_server() -> Iterator[Callable[[Behaviour], str]]:
    """A one-connection-at-a-time HTTP server on 127.0.0.1 that answers as told."""
    servers: list[socket.socket] = []

    def start(behaviour: Behaviour) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        servers.append(listener)
        port = listener.getsockname()[1]

        def serve() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                with conn:
                    request = conn.recv(65536).decode("latin-1")
                    try:
                        behaviour(conn, request)
                    except OSError:
                        pass

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{port}"

    yield start
    for listener in servers:
        listener.close()


def test_7_a_server_trickling_bytes_is_timed_out(raw_server: Callable[[Behaviour], str]) -> None:
    def trickle(conn: socket.socket, request: str) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
        for _ in range(40):
            conn.sendall(b"x")
            time.sleep(0.25)

    base = raw_server(trickle)
    start = time.monotonic()
    with pytest.raises(LoadError, match="no complete answer within 1 seconds"):
        fetch_url(base + "/slow.txt", timeout=1.0)
    assert time.monotonic() - start < 3.0


def test_7_trickled_headers_are_timed_out_too(raw_server: Callable[[Behaviour], str]) -> None:
    def trickle(conn: socket.socket, request: str) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for _ in range(40):
            conn.sendall(b"X: y\r\n")
            time.sleep(0.25)

    start = time.monotonic()
    with pytest.raises(LoadError, match="no complete answer"):
        fetch_url(raw_server(trickle) + "/slow", timeout=1.0)
    assert time.monotonic() - start < 3.0


def test_14_a_truncated_body_is_an_error(raw_server: Callable[[Behaviour], str]) -> None:
    def truncate(conn: socket.socket, request: str) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
        conn.sendall(head + b"Missile strike on Kyiv\n\n" + b"y" * 76)

    with pytest.raises(LoadError, match="closed after 100 of the 5000 bytes"):
        fetch_url(raw_server(truncate) + "/cut.txt", timeout=5)


def test_14_redirects_are_followed_only_to_http(raw_server: Callable[[Behaviour], str]) -> None:
    def redirect(conn: socket.socket, request: str) -> None:
        if request.startswith("GET /ok"):
            body = A.encode()
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}"
            conn.sendall(head.encode() + b"\r\n\r\n" + body)
            return
        where = "/ok.txt" if request.startswith("GET /local") else "ftp://127.0.0.1/x.txt"
        conn.sendall(
            f"HTTP/1.1 302 Found\r\nLocation: {where}\r\nContent-Length: 0\r\n\r\n".encode()
        )

    base = raw_server(redirect)
    assert fetch_url(base + "/local", timeout=5)[0] == A.encode()
    with pytest.raises(LoadError, match="not an http\\(s\\) address; not followed"):
        fetch_url(base + "/away", timeout=5)


def test_9_a_hostile_reason_phrase_is_shown_inert(
    raw_server: Callable[[Behaviour], str], folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def hostile(conn: socket.socket, request: str) -> None:
        conn.sendall(f"HTTP/1.1 404 {ESC}\r\nContent-Length: 0\r\n\r\n".encode("latin-1"))

    assert cli.main(["report", raw_server(hostile) + "/x", "b.txt"]) == 2
    err = capsys.readouterr().err
    _one_line_error(err, "404")
    assert "␛]52" in err


# -- 8. FIFOs and other non-regular files ------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_8_a_fifo_is_refused_not_waited_on(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(folder / "pipe")
    results: list[int] = []

    def run_all() -> None:
        results.append(cli.main(["report", "pipe", "b.txt"]))
        results.append(cli.main(["report", "a.txt", "b.txt", "--session", "pipe"]))
        results.append(
            cli.main(["import-annotations", "pipe", "--session", "s.json", "a.txt", "b.txt"])
        )

    worker = threading.Thread(target=run_all, daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # unblock the reader so that the test run can end
        with open(folder / "pipe", "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert results == [2, 2, 2]
    assert capsys.readouterr().err.count("not a regular file") == 3


# -- 9. control sequences in messages and JSON -------------------------------------------


def test_9_an_annotation_id_cannot_drive_the_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {"type": "Annotation", "id": ESC, "target": {"selector": []}}
    (folder / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    args = ["import-annotations", "bad.json", "--session", "s.json", "a.txt", "b.txt"]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    _one_line_error(err, "no target source")
    assert "␛]52;c;" in err


def test_9_a_session_source_cannot_drive_the_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = {
        "format": "parallax-session",
        "version": 1,
        "articles": [{"id": "A", "source": ESC, "sha256": "0"}, {"id": "B", "source": "x"}],
    }
    (folder / "s.json").write_text(json.dumps(session), encoding="utf-8")
    assert cli.main(["report", "a.txt", "b.txt", "--session", "s.json"]) == 2
    _one_line_error(capsys.readouterr().err, "other articles")
    assert cli.main(["import-annotations", "s.json", "--session", "s.json"]) == 2
    assert "\x1b" not in capsys.readouterr().err


def test_9_json_report_escapes_del_and_c1(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "d.txt").write_text("Title \x7f and \x9b\n\nBody \u009b[2J text.\n", encoding="utf-8")
    assert cli.main(["report", "d.txt", "b.txt", "-f", "json"]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x7f\x9b\x1b")
    assert json.loads(out)["articles"][0]["source"] == "d.txt"


def test_9_shown_makes_every_control_visible() -> None:
    text = shown("id\x1b[2J\n\t\x07\x9b\ud800")
    assert text == "id␛[2J␤␉␇\ufffd\\ud800"
    assert len(shown("x" * 1000)) == 200


# -- 10. a session opened on other articles ----------------------------------------------


def _flag_and_judge(path: Path, names: tuple[str, ...]) -> Session:
    articles, alignment = _compared(*names)
    session = Session().with_verdict(ItemRef.group("G1"), Verdict("inaccurate"))
    session = session.with_review(session.review.toggle_flagged(ItemRef.group("G1")))
    save_session(path, session, articles, alignment)
    return session


def test_10_marks_never_move_to_another_articles_claims(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _flag_and_judge(folder / "a.parallax.json", ("a.txt", "b.txt"))
    saved = (folder / "a.parallax.json").read_bytes()
    # the default session of a.txt c.txt is another file, and the reader is told
    assert cli.main(["report", "a.txt", "c.txt", "-f", "json"]) == 0
    captured = capsys.readouterr()
    assert "is the session of other articles" in captured.err
    assert "review" not in json.loads(captured.out)  # no session file of a.txt c.txt yet
    # a session named for other articles is refused, in the report and the import
    assert cli.main(["report", "a.txt", "c.txt", "--session", "a.parallax.json"]) == 2
    _one_line_error(capsys.readouterr().err, "other articles")
    (folder / "none.json").write_text("[]", encoding="utf-8")
    args = ["import-annotations", "none.json", "--session", "a.parallax.json", "c.txt", "b.txt"]
    assert cli.main(args) == 2
    assert (folder / "a.parallax.json").read_bytes() == saved  # groups and paragraphs kept
    articles, alignment = _compared("a.txt", "c.txt")
    with pytest.raises(SessionMismatch):
        load_session(folder / "a.parallax.json", articles, alignment)


def test_10_unresolved_marks_come_back_when_the_article_does(folder: Path) -> None:
    path = folder / "s.json"
    session = _flag_and_judge(path, ("a.txt", "b.txt"))
    original = (folder / "b.txt").read_text(encoding="utf-8")
    (folder / "b.txt").write_text("Something else\n\nNothing in common here at all.\n")
    articles, alignment = _compared("a.txt", "b.txt")
    edited = load_session(path, articles, alignment)
    assert edited is not None and len(edited.unresolved) == 2 and not edited.verdicts
    store = SessionStore(path)  # the app says how many marks found no place
    store.load(articles, alignment)
    assert store.notice and store.notice.startswith("2 mark(s)") and store.autosave
    save_session(path, edited, articles, alignment)
    (folder / "b.txt").write_text(original, encoding="utf-8")
    articles, alignment = _compared("a.txt", "b.txt")
    restored = load_session(path, articles, alignment)
    assert restored == session


def test_also_a_relative_and_an_absolute_path_are_one_article(folder: Path) -> None:
    articles, _ = _compared("./a.txt", "b.txt")
    note = _note(articles[0], "body")
    session = Session(notes=(note,))
    again = load_articles([str(folder / "a.txt"), "b.txt"])
    (where,) = placements(session, again).values()
    assert where.how == "unchanged"
    # the app draws it, and the report puts it in its paragraph
    assert note_spans(again, session.notes, placements(session, again))["A2"]
    comparison = compare(again)
    (entry,) = report_json(comparison, session=session)["review"]["notes"]
    assert entry["article"] == "A" and entry["paragraph"] == "A2"


def test_also_one_file_twice_is_refused(folder: Path) -> None:
    with pytest.raises(LoadError, match="same article as a.txt"):
        load_articles(["a.txt", "./a.txt"])


def test_also_utf16_without_a_bom_is_read() -> None:
    text, warnings = decode_bytes(A.encode("utf-16-le"), name="u.txt")
    assert text == A and "UTF-16 LE" in warnings[0]
    text, warnings = decode_bytes(A.encode("utf-16-be"), name="u.txt")
    assert text == A and "UTF-16 BE" in warnings[0]
    with pytest.raises(LoadError, match="binary"):
        decode_bytes(bytes(range(256)) * 4, name="bin")


# -- 11. lost updates -----------------------------------------------------------------------


def test_11_two_apps_on_one_session_keep_both_changes(folder: Path) -> None:
    articles, alignment = _compared("a.txt", "b.txt")
    path = folder / "s.json"
    one, two = SessionStore(path), SessionStore(path)
    s1 = one.load(articles, alignment) or Session()
    s2 = two.load(articles, alignment) or Session()
    g1, g2 = ItemRef.group("G1"), ItemRef.group("G2")
    s1 = s1.with_review(s1.review.toggle_flagged(g1))
    s2 = s2.with_review(s2.review.toggle_flagged(g2))
    assert one.save(s1, articles, alignment)
    assert two.save(s2, articles, alignment)
    assert two.notice and "changed by another program" in two.notice
    on_disk = load_session(path, articles, alignment)
    assert on_disk is not None and on_disk.review.flagged == {g1, g2}
    # a later change of app two does not undo app one's flag
    s2 = s2.with_review(s2.review.toggle_flagged(g2).toggle_reviewed(g2))
    assert two.save(s2, articles, alignment)
    on_disk = load_session(path, articles, alignment)
    assert (
        on_disk is not None and on_disk.review.flagged == {g1} and on_disk.review.reviewed == {g2}
    )


def test_11_the_same_mark_changed_twice_is_refused_not_overwritten(folder: Path) -> None:
    articles, alignment = _compared("a.txt", "b.txt")
    path = folder / "s.json"
    one, two = SessionStore(path), SessionStore(path)
    base = one.load(articles, alignment) or Session()
    two.load(articles, alignment)
    g1 = ItemRef.group("G1")
    assert one.save(base.with_verdict(g1, Verdict("accurate")), articles, alignment)
    assert not two.save(base.with_verdict(g1, Verdict("misleading")), articles, alignment)
    assert two.problem and "Not saved" in two.problem and "verdict" in two.problem
    on_disk = load_session(path, articles, alignment)
    assert on_disk is not None and on_disk.verdict(g1) == Verdict("accurate")


def test_11_merge_keeps_disjoint_changes_and_refuses_clashes() -> None:
    g1, g2 = ItemRef.group("G1"), ItemRef.group("G2")
    base = Session().with_verdict(g1, Verdict("accurate"))
    mine = base.with_verdict(g2, Verdict("unverified"))
    theirs = base.with_verdict(g1, None)
    merged = merge_sessions(base, mine, theirs)
    assert merged.verdicts == ((g2, Verdict("unverified")),)
    with pytest.raises(SessionConflict):
        merge_sessions(
            base, base.with_verdict(g1, Verdict("x")), base.with_verdict(g1, Verdict("y"))
        )


def test_11_concurrent_imports_lose_no_note_50_times(folder: Path) -> None:
    articles, alignment = _compared("a.txt", "b.txt")
    for trial in range(50):
        path = folder / f"s{trial}.json"
        one, two = (_note(articles[0], "x", note_id=f"n{trial}-{i}") for i in (1, 2))
        results = _race(
            partial(import_notes, path, [one], articles, alignment),
            partial(import_notes, path, [two], articles, alignment),
        )
        assert [r.added for r in results] == [1, 1]
        assert sorted(n["id"] for n in read_json(path)["notes"]) == [f"n{trial}-1", f"n{trial}-2"]


def test_11_an_app_and_an_import_lose_nothing_50_times(folder: Path) -> None:
    articles, alignment = _compared("a.txt", "b.txt")
    g1 = ItemRef.group("G1")
    for trial in range(50):
        path = folder / f"s{trial}.json"
        store = SessionStore(path)
        session = store.load(articles, alignment) or Session()
        flagged = session.with_review(session.review.toggle_flagged(g1))
        note = _note(articles[0], "imported", note_id=f"n{trial}")
        saved, imported = _race(
            partial(store.save, flagged, articles, alignment),
            partial(import_notes, path, [note], articles, alignment),
        )
        assert saved is True, store.problem
        assert isinstance(imported, NotesImported) and imported.added == 1
        on_disk = load_session(path, articles, alignment)
        assert on_disk is not None
        assert [n.id for n in on_disk.notes] == [f"n{trial}"]
        assert on_disk.review.flagged == {g1}


# -- 12. saving keeps what it should ------------------------------------------------------


def test_12_a_save_keeps_mode_and_group(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"v": 1})
    os.chmod(path, 0o664)
    groups = os.getgroups() if hasattr(os, "getgroups") else []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        groups = [100]  # root may give any group ("users" in the report)
    other = next((g for g in groups if g != path.stat().st_gid), None)
    if other is not None:
        os.chown(path, -1, other)
    write_json_atomic(path, {"v": 2})
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    if other is not None:
        assert path.stat().st_gid == other


def test_12_a_save_writes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real" / "s.json"
    target.parent.mkdir()
    write_json_atomic(target, {"v": 1})
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_json_atomic(link, {"v": 2})
    assert link.is_symlink() and read_json(target) == {"v": 2}


def test_12_stale_temp_files_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    old = tmp_path / ".s.json.abc123.tmp"
    fresh = tmp_path / ".s.json.def456.tmp"
    foreign = tmp_path / ".other.json.x.tmp"
    for p in (old, fresh, foreign):
        p.write_text("partial")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    os.utime(foreign, (time.time() - 3600, time.time() - 3600))
    write_json_atomic(path, {"v": 1})
    assert not old.exists() and fresh.exists() and foreign.exists()
    assert clean_stale_temps(path, older_than=0) == 1


def test_12_output_never_overwrites_an_input_or_the_session(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _flag_and_judge(folder / "s.json", ("a.txt", "b.txt"))
    saved = (folder / "s.json").read_bytes()
    for out in ("s.json", "a.txt", "./b.txt"):
        assert cli.main(["report", "a.txt", "b.txt", "--session", "s.json", "-o", out]) == 2
        _one_line_error(capsys.readouterr().err, "not written")
        assert (
            cli.main(["report", "a.txt", "b.txt", "--session", "s.json", "-o", out, "--force"]) == 2
        )
        _one_line_error(capsys.readouterr().err, "is one of the inputs or the session file")
    assert (folder / "s.json").read_bytes() == saved and (folder / "a.txt").read_text() == A
    (folder / "old.md").write_text("keep me")
    assert cli.main(["report", "a.txt", "b.txt", "-o", "old.md"]) == 2
    assert "--force" in capsys.readouterr().err and (folder / "old.md").read_text() == "keep me"
    assert cli.main(["report", "a.txt", "b.txt", "-o", "old.md", "--force"]) == 0
    assert (folder / "old.md").read_text().startswith("#")


# -- 13. imports ---------------------------------------------------------------------------


def test_13_every_page_of_a_collection_is_imported(folder: Path) -> None:
    articles, _ = _compared("a.txt", "b.txt")
    notes = [_note(articles[0], f"n{i}", note_id=f"id{i}") for i in range(5)]
    document = to_web_annotations(notes)
    items = document["first"]["items"]
    document["first"] = {
        "type": "AnnotationPage",
        "items": items[:2],
        "next": {"type": "AnnotationPage", "items": items[2:4], "next": {"items": items[4:]}},
    }
    (folder / "paged.json").write_text(json.dumps(document))
    read, problems = read_annotations(folder / "paged.json")
    assert [n.id for n in read] == [f"id{i}" for i in range(5)] and problems == []


def test_13_a_page_given_as_a_link_is_reported(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {"type": "AnnotationCollection", "total": 3, "first": "https://example.org/p1"}
    (folder / "linked.json").write_text(json.dumps(document))
    args = ["import-annotations", "linked.json", "--session", "s.json", "a.txt", "b.txt"]
    assert cli.main(args) == 0
    err = capsys.readouterr().err
    assert "is a link, not in the file: skipped" in err and "says 3 annotations" in err


def test_13_an_annotation_without_id_is_imported_once(folder: Path) -> None:
    articles, alignment = _compared("a.txt", "b.txt")
    document = to_web_annotations([_note(articles[0], "no id")])
    del document["first"]["items"][0]["id"]
    (folder / "anon.json").write_text(json.dumps(document))
    for _ in range(3):
        notes, _problems = read_annotations(folder / "anon.json")
        import_notes(folder / "s.json", notes, articles, alignment)
    assert len(read_json(folder / "s.json")["notes"]) == 1


def test_13_replacing_many_notes_is_linear() -> None:
    articles = load_articles.__wrapped__ if hasattr(load_articles, "__wrapped__") else None
    del articles
    text = A
    notes = [new_note(make_anchor(text, 2, 9, source="a.txt"), f"note {i}") for i in range(40_000)]
    session = Session(notes=tuple(notes))
    changed = [type(n)(n.id, n.anchor, n.body + " edited") for n in notes]
    start = time.perf_counter()
    merged = merge_notes(session, changed)
    assert time.perf_counter() - start < 2.0
    assert merged.replaced == 40_000 and merged.added == 0
    assert merged.session.notes[-1].body == "note 39999 edited"


# -- readers: a regular file only, each with its own message -------------------------------


def test_readers_refuse_directories_and_name_the_input(folder: Path) -> None:
    with pytest.raises(LoadError, match="is a directory"):
        load_article(str(folder))
    with pytest.raises(StorageError, match="is a directory"):
        read_json(folder)


WRITER = """
import sys, time
from pathlib import Path
from tui.core.annotations import Note, make_anchor
from tui.core.compare import compare
from tui.core.loader import load_articles
from tui.core.review import ItemRef
from tui.core.review_service import import_notes
from tui.core.session import Session
from tui.session_store import SessionStore

folder, role = Path(sys.argv[1]), sys.argv[2]
articles = load_articles([str(folder / "a.txt"), str(folder / "b.txt")])
alignment = compare(articles).alignment
(folder / f"ready-{role}").touch()
while not (folder / "go").exists():
    time.sleep(0.005)
for trial in range(50):
    path = folder / f"s{trial}.json"
    if role == "app":
        store = SessionStore(path)
        session = store.load(articles, alignment) or Session()
        flagged = session.with_review(session.review.toggle_flagged(ItemRef.group("G1")))
        assert store.save(flagged, articles, alignment), store.problem
    else:
        text = articles[0].text
        anchor = make_anchor(text, 2, 9, source=articles[0].source)
        import_notes(path, [Note(f"n{trial}", anchor, "imported")], articles, alignment)
"""


def test_11_an_app_process_and_an_import_process_lose_nothing_50_times(folder: Path) -> None:
    import subprocess
    import sys

    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), role],
            stderr=subprocess.PIPE,
        )
        for role in ("app", "import")
    ]
    deadline = time.monotonic() + 60
    while not all((folder / f"ready-{r}").exists() for r in ("app", "import")):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs)
        time.sleep(0.01)
    (folder / "go").touch()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    articles, alignment = _compared("a.txt", "b.txt")
    for trial in range(50):
        on_disk = load_session(folder / f"s{trial}.json", articles, alignment)
        assert on_disk is not None
        assert [n.id for n in on_disk.notes] == [f"n{trial}"]
        assert on_disk.review.flagged == {ItemRef.group("G1")}


def test_the_size_limit_in_help_is_the_loaders() -> None:
    from tui.core.loader import MAX_BYTES, _size

    assert cli.SIZE_LIMIT == _size(MAX_BYTES)
    assert f"at most {cli.SIZE_LIMIT}" in cli.MAIN_EPILOG


# -- 1. a number too large for a float ----------------------------------------------------


def test_1_a_310_digit_number_is_reported_in_every_format(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "1" * 310
    (folder / "x.txt").write_text(f"Title\n\n{huge} people died.\n", encoding="utf-8")
    (folder / "y.txt").write_text(f"Title\n\n{huge} people died, and 1{'0' * 307} km.\n")
    for fmt in ("json", "markdown", "annotations"):
        assert cli.main(["report", "x.txt", "y.txt", "-f", fmt]) == 0
        out = capsys.readouterr().out
        if fmt == "json":
            json.loads(out, parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))


# -- 6. many mentions of one counted thing ------------------------------------------------


def _blog(entries: int, seed: int) -> str:
    import random

    rng = random.Random(seed)
    lines = ["Live: strikes across Ukraine"]
    for _ in range(entries):
        lines.append(
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d} Officials said "
            f"{rng.randint(2, 60)} people were killed and {rng.randint(2, 90)} injured "
            f"in {rng.choice(['Kharkiv', 'Kyiv'])}."
        )
    return "\n\n".join(lines) + "\n"


def test_6_pairing_scales_with_distinct_values_not_mentions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.core.quantities.passes.different as different

    scored = [0]
    score = different._score

    def counting(*args: Any, **kwargs: Any) -> Any:
        scored[0] += 1
        return score(*args, **kwargs)

    monkeypatch.setattr(different, "_score", counting)
    counts = []
    for entries in (600, 1200):
        (tmp_path / "blog.txt").write_text(_blog(entries, seed=1), encoding="utf-8")
        (tmp_path / "other.txt").write_text(_blog(20, seed=2), encoding="utf-8")
        scored[0] = 0
        compare(load_articles([str(tmp_path / "blog.txt"), str(tmp_path / "other.txt")]))
        counts.append(scored[0])
    # twice the mentions of the same ~150 values: about the same pairs, not four times
    assert counts[1] < 1.6 * counts[0], counts


def test_10_the_app_opens_other_articles_on_a_session_of_their_own(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _flag_and_judge(folder / "a.parallax.json", ("a.txt", "b.txt"))
    opened: list[tuple[list[Article], Path | None]] = []

    def fake_app(articles: list[Article], *, session_path: Path | None = None, **_: object) -> int:
        opened.append((list(articles), session_path))
        return 0

    monkeypatch.setattr(cli, "run_app", fake_app)
    assert cli.main(["a.txt", "b.txt"]) == 0
    assert cli.main(["a.txt", "c.txt"]) == 0
    (same, same_path), (other, other_path) = opened
    assert same_path == Path("a.parallax.json") and not same[0].warnings
    assert other_path is not None and other_path.name.startswith("a.")
    assert other_path != Path("a.parallax.json")
    assert any("session of other articles" in w for w in other[0].warnings)  # shown in the app


def test_10_the_report_lists_unresolved_marks_as_the_schema_says(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _flag_and_judge(folder / "s.json", ("a.txt", "b.txt"))
    (folder / "b.txt").write_text("Something else\n\nNothing in common here at all.\n")
    assert cli.main(["report", "a.txt", "b.txt", "--session", "s.json", "-f", "json"]) == 0
    unresolved = json.loads(capsys.readouterr().out)["review"]["unresolved"]
    assert {u["mark"] for u in unresolved} == {"flagged", "verdict"}
    assert all(set(u) <= {"mark", "kind", "id", "label", "comment"} for u in unresolved)

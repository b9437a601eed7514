"""The command line, called in process and as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.core.conftest import REPO, SEEDS
from tui import __version__, cli
from tui.core.model import Article

SEED_PATHS = [str(p.relative_to(REPO)) for p in sorted(SEEDS.glob("*.txt"))]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m tui ARGS`` from the repository, as CI would run it (no terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=REPO,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        env={**os.environ, "CI": "true"},
    )


sessions: list[Path | None] = []
"""The session path of each run of the stand-in app."""
titles: list[str | None] = []
"""The comparison's title (a set file's) of each run of the stand-in app."""


@pytest.fixture
def app_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[Article]]:
    """Stand-in for the Textual app: records the articles it would show."""
    runs: list[list[Article]] = []
    sessions.clear()
    titles.clear()

    def fake_run_app(
        articles: Sequence[Article], *, session_path: Path | None = None, title: str | None = None
    ) -> int:
        runs.append(list(articles))
        sessions.append(session_path)
        titles.append(title)
        return 0

    monkeypatch.setattr(cli, "run_app", fake_run_app)
    return runs


# -- in process -----------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"parallax {__version__}\n"


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "usage: parallax [-h] [--version] [--session PATH] [--label NAME ...] [FILE ...]\n"
        "       parallax SET.toml [--session PATH]\n"
        "       parallax report"
    )
    assert "import-annotations FILE --session PATH" in out and "sessions:" in out
    assert "examples:" in out and "parallax report a.txt b.txt --format json" in out
    assert cli.main(["report", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: parallax report")
    assert (
        "--format {json,markdown,html,annotations}" in out
        and "--session PATH" in out
        and "-o OUT" in out
        and "examples:" in out
    )


def test_no_arguments_opens_the_seeds(
    app_runs: list[list[Article]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert cli.main([]) == 0
    [articles] = app_runs
    assert [a.source for a in articles] == SEED_PATHS
    assert [a.id for a in articles] == ["A", "B", "C"]


def test_seeds_are_found_from_anywhere(
    app_runs: list[list[Article]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main([]) == 0
    assert [Path(a.source).name for a in app_runs[0]] == [Path(p).name for p in SEED_PATHS]
    assert all(Path(a.source).is_absolute() for a in app_runs[0])


def test_files_open_in_the_app(app_runs: list[list[Article]], tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("One story.\n", encoding="utf-8")
    b.write_text("# Another\n\nstory.\n", encoding="utf-8")
    assert cli.main([str(a), str(b)]) == 0
    assert [(x.id, x.format) for x in app_runs[0]] == [("A", "text"), ("B", "markdown")]


def test_report_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    assert cli.main(["report", *SEED_PATHS, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "parallax-report"
    assert [a["source"] for a in data["articles"]] == SEED_PATHS


def test_report_markdown_is_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert cli.main(["report"]) == 0  # no files: the seeds
    out = capsys.readouterr().out
    assert out.startswith(
        "# Parallax report: Strike on Sevastopol; Putin meets Kim\n\n3 articles compared:"
    )


def test_report_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert (
        cli.main(["report", *(str(REPO / p) for p in SEED_PATHS), "-f", "json", "-o", str(out)])
        == 0
    )
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_report_cannot_be_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir.json"
    assert cli.main(["report", *(str(REPO / p) for p in SEED_PATHS), "-o", str(target)]) == 2
    assert (
        capsys.readouterr().err
        == f"parallax: error: {target}: cannot write the report (No such file or directory)\n"
    )


def test_decoding_warnings_go_to_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_bytes("Caf\xe9 story.".encode("cp1252"))
    assert cli.main(["report", str(old), str(SEEDS / "000_1b12af7d894930e8.txt")]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"parallax: warning: {old}: not valid UTF-8; decoded as cp1252 (Windows Western European)\n"
    )


def bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    """Each bad input: the arguments, and what the error line must say."""
    seed = str(SEEDS / "000_1b12af7d894930e8.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.dat").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(5 * 1024 * 1024)
    return {
        "missing": (
            [str(tmp_path / "missing.txt"), seed],
            f"{tmp_path / 'missing.txt'}: no such file",
        ),
        "directory": ([str(tmp_path), seed], f"{tmp_path}: is a directory"),
        "binary": ([str(tmp_path / "binary.dat"), seed], "binary.dat: looks like a binary file"),
        "empty": ([str(tmp_path / "empty.txt"), seed], "empty.txt: is empty"),
        "huge": (
            [str(tmp_path / "huge.txt"), seed],
            "huge.txt: the file is 5 MB, over the 3 MB limit",
        ),
        "url": (
            ["http://127.0.0.1:9/nothing.html", seed],
            "http://127.0.0.1:9/nothing.html: cannot reach",
        ),
        "one": ([seed], "need at least 2 articles to compare, got 1"),
        "thirteen": ([seed] * 13, "at most 12 articles can be compared, got 13"),
    }


@pytest.mark.parametrize(
    "case", ["missing", "directory", "binary", "empty", "huge", "url", "one", "thirteen"]
)
@pytest.mark.parametrize("command", ["app", "report"])
def test_bad_input_exits_2_with_a_clear_line(
    case: str,
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    app_runs: list[list[Article]],
) -> None:
    args, expected = bad_inputs(tmp_path)[case]
    argv = ["report", *args] if command == "report" else args
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert 1 <= len(lines) <= 2
    assert lines[0].startswith("parallax: error: ")
    assert expected in lines[0]
    assert app_runs == []


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", "--format", "pdf"]) == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_report_does_not_import_textual() -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"rc = main(['report', *{SEED_PATHS!r}, '-o', '/dev/null']); "
        "sys.exit(rc + 10 * ('textual' in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, timeout=60)
    assert done.returncode == 0


# -- as a subprocess ------------------------------------------------------------------


def test_python_m_tui_report_json() -> None:
    done = run("report", *SEED_PATHS, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    data = json.loads(done.stdout.decode("utf-8"))
    assert [len(a["paragraphs"]) for a in data["articles"]] == [51, 23, 8]


def test_python_m_tui_bad_input() -> None:
    done = run("nope.txt", SEED_PATHS[0])
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr == b"parallax: error: nope.txt: no such file\n"


def test_python_m_tui_version() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"parallax {__version__}\n".encode())


def test_stdin_article() -> None:
    story = b"A Story From A Pipe\n\nIt arrived on standard input.\n"
    done = run("report", "-", SEED_PATHS[0], "--format", "json", stdin=story)
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)["articles"][0]
    assert (first["source"], first["title"]) == ("-", "A Story From A Pipe")


def test_stdin_without_input() -> None:
    done = run("report", "-", SEED_PATHS[0])  # CI: standard input is empty
    assert done.returncode == 2
    assert done.stderr == b"parallax: error: -: is empty, there is no text to compare\n"


def test_console_script() -> None:
    script = Path(sys.executable).with_name("parallax")
    if not script.exists():
        pytest.skip("the parallax script is not installed next to this Python")
    done = subprocess.run([str(script), "--version"], capture_output=True, timeout=60)
    assert done.stdout == f"parallax {__version__}\n".encode()


def test_app_from_a_pipe_without_a_terminal() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui", "-", SEED_PATHS[0]],
        cwd=REPO,
        input=b"A story from a pipe.",
        capture_output=True,
        timeout=60,
        start_new_session=True,  # no controlling terminal to take keys from
    )
    assert done.returncode == 2
    assert done.stderr.decode().startswith(
        "parallax: error: -: the app reads keys from standard input, which held the article"
    )
    assert b"Traceback" not in done.stderr


# -- sessions, review reports and annotations ------------------------------------


def _two_articles(tmp_path: Path) -> list[str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        "Ten cruise missiles hit the shipyard, the ministry said.\n\n"
        "Heavy rain flooded the valley.\n",
        encoding="utf-8",
    )
    b.write_text(
        "The ministry said 10 cruise missiles hit the shipyard.\n\nA chess olympiad opened.\n",
        encoding="utf-8",
    )
    return [str(a), str(b)]


def _session_with_a_note(tmp_path: Path, files: list[str]) -> Path:
    from tui.core.annotations import make_anchor, new_note
    from tui.core.compare import compare
    from tui.core.loader import load_articles
    from tui.core.review import ItemRef
    from tui.core.session import Session, Verdict, save_session

    articles = load_articles(files)
    alignment = compare(articles).alignment
    text = articles[0].text
    start = text.index("Heavy rain")
    note = new_note(make_anchor(text, start, start + 10, source=articles[0].source), "Check it")
    session = Session().add_note(note).with_verdict(ItemRef.paragraph("A2"), Verdict("unverified"))
    path = tmp_path / "review.parallax.json"
    save_session(path, session, articles, alignment)
    return path


def test_app_gets_the_session_path(app_runs: list[list[Article]], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    assert cli.main(files) == 0
    assert sessions[-1] == tmp_path / "a.parallax.json"
    assert cli.main([*files, "--session", str(tmp_path / "s.json")]) == 0
    assert sessions[-1] == tmp_path / "s.json"


def test_the_seeds_session_goes_in_the_current_directory(
    app_runs: list[list[Article]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main([]) == 0
    assert sessions[-1] is not None and sessions[-1].parent == tmp_path


def test_report_with_a_session(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    path = _session_with_a_note(tmp_path, files)
    assert cli.main(["report", *files, "--session", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Heavy rain" in out and "Check it" in out and "unverified" in out
    assert cli.main(["report", *files, "--session", str(path), "--format", "json"]) == 0
    review = json.loads(capsys.readouterr().out)["review"]
    assert [n["note"] for n in review["notes"]] == ["Check it"]


def test_report_annotations_and_import_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = _two_articles(tmp_path)
    path = _session_with_a_note(tmp_path, files)
    args = ["report", *files, "--session", str(path), "--format", "annotations"]
    assert cli.main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["type"] == "AnnotationCollection" and document["total"] == 1
    [item] = document["first"]["items"]
    assert item["target"]["selector"][0]["exact"] == "Heavy rain"
    # into a new session: the note comes back; imported twice, it is not doubled
    exported = tmp_path / "notes.jsonld"
    exported.write_text(json.dumps(document), encoding="utf-8")
    fresh = tmp_path / "fresh.parallax.json"
    for _ in range(2):
        assert cli.main(["import-annotations", str(exported), "--session", str(fresh), *files]) == 0
    assert "added" in capsys.readouterr().err
    saved = json.loads(fresh.read_text(encoding="utf-8"))
    assert [n["id"] for n in saved["notes"]] == [item["id"]]
    # the articles can come from the session file itself
    item["body"][0]["value"] = "Checked"
    exported.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["import-annotations", str(exported), "--session", str(fresh)]) == 0
    saved = json.loads(fresh.read_text(encoding="utf-8"))
    assert [n["body"][0]["value"] for n in saved["notes"]] == ["Checked"]


def test_bad_session_or_annotations_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = _two_articles(tmp_path)
    bad = tmp_path / "bad.parallax.json"
    bad.write_text("{not json", encoding="utf-8")
    assert cli.main(["report", *files, "--session", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parallax: error: ") and "left untouched" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert bad.read_text(encoding="utf-8") == "{not json"
    assert cli.main(["report", *files, "--session", str(tmp_path / "missing.json")]) == 2
    assert "no such session file" in capsys.readouterr().err
    notes = tmp_path / "notes.json"
    notes.write_text('{"type": "Something"}', encoding="utf-8")
    args = ["import-annotations", str(notes), "--session", str(tmp_path / "s.json"), *files]
    assert cli.main(args) == 2
    assert "not a W3C annotation collection" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()
    args = ["import-annotations", str(notes), "--session", str(bad), *files]
    notes.write_text(json.dumps({"type": "AnnotationPage", "items": []}), encoding="utf-8")
    assert cli.main(args) == 2
    assert "left untouched" in capsys.readouterr().err
    assert bad.read_text(encoding="utf-8") == "{not json"


# -- labels and set files -------------------------------------------------------


def test_no_arguments_open_the_seeds_set_with_its_labels(
    app_runs: list[list[Article]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert cli.main([]) == 0
    assert [a.label for a in app_runs[0]] == [
        "Epoch Times",
        "Novaya Gazeta Europe",
        "German outlet (in translation, unnamed)",
    ]
    assert {a.date for a in app_runs[0]} == {"2023-09-13"}
    assert titles == ["Strike on Sevastopol; Putin meets Kim"]


def test_the_seeds_set_keeps_the_seeds_session(
    app_runs: list[list[Article]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a session made when the seeds were opened by their paths is the set's session too
    monkeypatch.chdir(tmp_path)
    seeds = [str(REPO / p) for p in SEED_PATHS]
    assert cli.main(seeds) == 0
    by_paths = sessions[-1]
    assert by_paths is not None
    from tui.core.annotations import article_key, text_hash

    recorded = [{"path": article_key(a.source), "sha256": text_hash(a.text)} for a in app_runs[0]]
    by_paths.write_text(json.dumps({"articles": recorded}), encoding="utf-8")
    assert cli.main([]) == 0
    assert cli.main([str(SEEDS / "seeds.toml")]) == 0
    assert sessions[-2:] == [by_paths, by_paths]
    assert not any(a.warnings for run in app_runs for a in run)  # no "other articles" notice


def test_labels_from_the_command_line(app_runs: list[list[Article]], tmp_path: Path) -> None:
    files = _two_articles(tmp_path)
    assert cli.main([*files, "--label", "Reuters", "--label", "TASS"]) == 0
    assert [a.label for a in app_runs[-1]] == ["Reuters", "TASS"]
    assert cli.main([*files, "--label", f"TASS={files[1]}"]) == 0
    assert [a.label for a in app_runs[-1]] == ["a", "TASS"]  # the other: its file's stem
    assert titles == [None, None]


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (["Reuters"], "--label: 1 label(s) for 2 article(s)"),
        (["A", "B", "C"], "--label: 3 label(s) for 2 article(s)"),
    ],
)
def test_label_count_mismatch(
    app_runs: list[list[Article]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    labels: list[str],
    message: str,
) -> None:
    files = _two_articles(tmp_path)
    args = [a for label in labels for a in ("--label", label)]
    for argv in ([*files, *args], ["report", *files, *args]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"parallax: error: {message}") and len(err.splitlines()) == 1
    assert app_runs == []


def _set_file(tmp_path: Path, files: list[str], extra: str = "") -> Path:
    path = tmp_path / "event.toml"
    path.write_text(
        'title = "Shipyard strike"\n'
        + "".join(
            f'[[article]]\npath = "{Path(f).name}"\nlabel = "Outlet {i}"\ndate = 2024-05-0{i}\n'
            for i, f in enumerate(files, 1)
        )
        + extra,
        encoding="utf-8",
    )
    return path


def test_a_set_file_opens_with_its_labels_dates_and_title(
    app_runs: list[list[Article]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _set_file(tmp_path, _two_articles(tmp_path))
    monkeypatch.chdir(REPO)  # paths are relative to the set file, not to the current directory
    assert cli.main([str(path)]) == 0
    assert [(a.label, a.date) for a in app_runs[0]] == [
        ("Outlet 1", "2024-05-01"),
        ("Outlet 2", "2024-05-02"),
    ]
    assert titles == ["Shipyard strike"]
    assert sessions == [tmp_path / "a.parallax.json"]


def test_a_report_of_a_set_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _set_file(tmp_path, _two_articles(tmp_path))
    assert cli.main(["report", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Shipyard strike"
    assert [(a["label"], a["date"]) for a in data["articles"]] == [
        ("Outlet 1", "2024-05-01"),
        ("Outlet 2", "2024-05-02"),
    ]
    assert cli.main(["report", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Parallax report: Shipyard strike\n")
    assert "- **A** Outlet 1 (2024-05-01): Ten cruise missiles" in out
    assert cli.main(["report", str(path), "--format", "html", "-o", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Shipyard strike" in page and "Outlet 2" in page and "2024-05-02" in page
    # -o never writes over the set file
    assert cli.main(["report", str(path), "-o", str(path), "--force"]) == 2
    assert "is one of the inputs" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["{set}", "{a}"],
            "{set}: a set file must be the only input (list every article in it, or give the "
            "article files without it)",
        ),
        (
            ["{set}", "--label", "X"],
            "--label: the set file gives the labels (label = ... per article)",
        ),
        (
            ["{bad}"],
            "{bad}, line 3 (article 1, date): 'soon' is not a date; write it as YYYY-MM-DD",
        ),
        (["{none}"], "{none}: no such file"),
    ],
)
def test_set_file_errors(
    app_runs: list[list[Article]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: list[str],
    message: str,
) -> None:
    files = _two_articles(tmp_path)
    names = {
        "set": str(_set_file(tmp_path, files)),
        "a": files[0],
        "bad": str(tmp_path / "bad.toml"),
        "none": str(tmp_path / "none.toml"),
    }
    Path(names["bad"]).write_text(
        '[[article]]\npath = "a.txt"\ndate = "soon"\n[[article]]\npath = "b.txt"\n',
        encoding="utf-8",
    )
    args = [a.format(**names) for a in argv]
    for command in ([], ["report"]):
        assert cli.main([*command, *args]) == 2
        err = capsys.readouterr().err
        assert err == f"parallax: error: {message.format(**names)}\n"
    assert app_runs == []

"""The command line: ``parallax [FILE ...]``, ``parallax report FILE ...`` and
``parallax import-annotations FILE --session PATH``.

``python -m tui`` and the ``parallax`` script both call :func:`main`.  Bad
input ends with a short message on standard error and exit status 2, never a
traceback.  What the commands do with a session (open it on a comparison,
import notes into it) is :mod:`tui.core.review_service`, shared with the app.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from tui import WEB_INSTALL_HINT, __version__
from tui.resources import seed_set, seeds_dir

if TYPE_CHECKING:
    from tui.core.model import Article

# The engine is imported inside the functions that run it, so that --help and
# --version take no longer than Python's own start (a test checks this).

PROG = "parallax"
SIZE_LIMIT = "3 MB"
"""The size limit as --help states it (tui.core.loader.MAX_BYTES; a test keeps them equal)."""
EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130

_INPUTS = f"""\
inputs:
  Plain text (any text file), Markdown (.md, .markdown), HTML (.html, .htm),
  http:// and https:// URLs, and - for standard input.  2 to 12 articles, each
  at most {SIZE_LIMIT} (what the comparison handles in seconds); a pipe or a device
  is refused as a FILE (give - instead), and so is one file given twice.  A URL
  must answer completely within 30 seconds; redirects are followed to http(s) only.
  HTML and URLs need the web extra: {WEB_INSTALL_HINT}
  A set file (SET.toml) lists the articles of one comparison with their labels
  and dates; it must be the only input (see the README for its format).

labels:
  Each pane is headed by the outlet's label: the --label given, else the page's
  og:site_name or domain, Markdown front matter (outlet:, site_name:, source:),
  a "Source:" line or a byline naming an outlet, else the file's name.
"""

MAIN_EPILOG = f"""\
examples:
  parallax                               open the three bundled sample articles
  parallax a.txt b.md https://example.com/story.html
  parallax a.txt b.txt --label Reuters --label TASS
  parallax a.txt b.txt --label TASS=b.txt  label one article by its file
  parallax event.toml                    a set file: articles, labels, dates
  curl -s https://example.com/a.txt | parallax - b.txt
  parallax report a.txt b.txt --format json -o report.json
  parallax a.txt b.txt --session review.parallax.json
  parallax report --help                 options of the report command
  parallax import-annotations notes.jsonld --session review.parallax.json

sessions:
  Notes, verdicts, review marks and alignment corrections are saved after every
  change to a session file: <first article's name>.parallax.json beside the first
  article (in the current directory for the bundled samples), or --session PATH.
  A session file that cannot be read is reported and left untouched; the app
  then opens without it and does not save.  A session records its articles:
  one made on other articles is never applied (the default then becomes
  <name>.<hash>.parallax.json; a --session of other articles is refused).
  Two programs on one session take turns (a .<name>.lock file) and merge their
  changes; when both changed the same mark the app says so and does not save.

{_INPUTS}
keys: j/k or arrows move, h/l or tab change pane, v aligned/reading view, n next
  difference, d differences list, / search, space reviewed, f flag, ? all keys, q quit.
"""

REPORT_EPILOG = f"""\
examples:
  parallax report a.txt b.txt                       Markdown on standard output
  parallax report a.txt b.txt c.md --format json    JSON (see REPORT-SCHEMA.md)
  parallax report --format json -o seeds.json       the bundled samples, to a file
  parallax report a.txt b.txt --session s.parallax.json
                                                    with the review: verdicts, notes
  parallax report a.txt b.txt --format annotations  the notes as a W3C AnnotationCollection
  parallax report a.txt b.txt --format html -o comparison.html
                                                    one self-contained page to hand on

{_INPUTS}"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``parallax [FILE ...]`` (the app)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=(
            f"{PROG} [-h] [--version] [--session PATH] [--label NAME ...] [FILE ...]\n"
            f"       {PROG} SET.toml [--session PATH]\n"
            f"       {PROG} report [FILE ...] [options]\n"
            f"       {PROG} import-annotations FILE --session PATH [ARTICLE ...]"
        ),
        description=(
            "Compare news articles about the same event side by side in the terminal. "
            "With no FILE, open the bundled sample articles. "
            "'parallax report' prints the comparison without the app."
        ),
        epilog=MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="an article: a path, an http(s) URL, or -; or one set file (SET.toml)",
    )
    parser.add_argument("--session", metavar="PATH", help=SESSION_HELP)
    _add_label_option(parser)
    return parser


def _add_label_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="NAME",
        help=(
            "the outlet's name shown for an article: one --label per FILE, in order, "
            "or NAME=FILE for that file (default: from the article's metadata)"
        ),
    )


SESSION_HELP = (
    "the session file (notes, verdicts, marks, corrections); default: "
    "<first article>.parallax.json beside the first article"
)


def build_report_parser() -> argparse.ArgumentParser:
    """The parser of ``parallax report FILE ...``."""
    parser = argparse.ArgumentParser(
        prog=f"{PROG} report",
        description=(
            "Print the comparison of the articles without the app. "
            "With no FILE, report on the bundled sample articles."
        ),
        epilog=REPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="an article: a path, an http(s) URL, or -; or one set file (SET.toml)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("json", "markdown", "html", "annotations"),
        default="markdown",
        help=(
            "output format (default: markdown); html: one self-contained page for a "
            "browser (no scripts, printable); annotations: the session's notes as a "
            "W3C AnnotationCollection (JSON-LD)"
        ),
    )
    parser.add_argument("--session", metavar="PATH", help=SESSION_HELP)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=(
            "write to OUT instead of standard output; never over an article or the "
            "session file, and over another existing file only with --force"
        ),
    )
    parser.add_argument(
        "--force", action="store_true", help="let -o replace an existing file (not an input)"
    )
    _add_label_option(parser)
    return parser


def build_import_parser() -> argparse.ArgumentParser:
    """The parser of ``parallax import-annotations FILE --session PATH``."""
    parser = argparse.ArgumentParser(
        prog=f"{PROG} import-annotations",
        description=(
            "Restore notes from a W3C AnnotationCollection (as written by "
            "'parallax report --format annotations') into a session file.  A note whose "
            "id is already in the session replaces it; the others are added."
        ),
        epilog=(
            "The articles are the ARTICLEs given, else those the session file records, "
            "else the bundled samples."
        ),
    )
    parser.add_argument("annotations", metavar="FILE", help="the annotations (JSON-LD)")
    parser.add_argument("--session", metavar="PATH", required=True, help="the session file")
    parser.add_argument("articles", nargs="*", metavar="ARTICLE", help="the compared articles")
    return parser


def _error(message: str) -> None:
    from tui.core.textsafe import printable  # no control sequence reaches the terminal

    first, *rest = [printable(line) for line in message.splitlines()] or [""]
    print(f"{PROG}: error: {first}", *rest, sep="\n", file=sys.stderr)


def _warn(message: str) -> None:
    from tui.core.textsafe import shown

    print(f"{PROG}: warning: {shown(message, limit=2000)}", file=sys.stderr)


@dataclass(frozen=True, slots=True)
class Inputs:
    """What to load: the sources, the reader's labels and dates, and the set's title."""

    sources: list[str]
    labels: list[str | None] = field(default_factory=list)
    dates: list[str | None] = field(default_factory=list)
    title: str | None = None
    set_file: str | None = None


def _inputs(files: Sequence[str], labels: Sequence[str] = ()) -> Inputs:
    """The inputs: the given files with their ``--label``s, a set file, or the bundled seeds."""
    from tui.core.loader import LoadError
    from tui.core.sets import is_set_file, read_set
    from tui.core.textsafe import shown

    sets = [f for f in files if is_set_file(f)]
    if not files or sets:
        if len(files) > 1:
            raise LoadError(
                f"{shown(sets[0])}: a set file must be the only input "
                "(list every article in it, or give the article files without it)"
            )
        if labels:
            raise LoadError("--label: the set file gives the labels (label = ... per article)")
        path = files[0] if files else str(seed_set())
        found = read_set(path)
        return Inputs(found.sources, found.labels, found.dates, found.title, path)
    from tui.core.labels import assign_labels

    return Inputs(list(files), assign_labels(files, labels))


def _load(inputs: Inputs) -> list[Article]:
    from tui.core.loader import load_articles

    articles = load_articles(inputs.sources, labels=inputs.labels, dates=inputs.dates)
    for article in articles:
        for warning in article.warnings:
            _warn(warning)
    return articles


class OutputError(Exception):
    """The report cannot be written where it was asked for; the message names the file."""


def _check_output(output: str, keep: Sequence[str | Path | None], *, force: bool) -> None:
    """Refuse ``-o`` onto an input or the session file, and onto any other file without --force."""
    from tui.core.textsafe import shown

    out = Path(output)
    if not out.is_file():  # a new file, or a device such as /dev/null
        return
    for path in keep:
        if path is not None and path != "-" and "://" not in str(path):
            if Path(path).exists() and out.samefile(path):
                raise OutputError(
                    f"{shown(output)}: is one of the inputs or the session file; "
                    "the report was not written"
                )
    if not force:
        raise OutputError(f"{shown(output)}: already exists; add --force to replace it")


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        from tui.core.storage import StorageError, write_text_atomic
        from tui.core.textsafe import shown

        try:
            if Path(output).exists() and not Path(output).is_file():  # /dev/null, a pipe
                with open(output, "w", encoding="utf-8", errors="backslashreplace") as fh:
                    fh.write(text)
            else:
                write_text_atomic(output, text)
        except OSError as exc:
            why = exc.strerror or exc
            raise OutputError(f"{shown(output)}: cannot write the report ({why})") from None
        except StorageError as exc:
            raise OutputError(
                str(exc).replace(": cannot save (", ": cannot write the report (", 1)
            ) from None
        return
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(text.encode("utf-8", "backslashreplace"))
        buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _default_session(articles: Sequence[Article]) -> tuple[Path | None, str]:
    """The session file of these articles when none was named, and why, if not the usual one."""
    from tui.core.review_service import choose_session_path
    from tui.core.session import default_session_path

    return choose_session_path(default_session_path(articles, seeds=seeds_dir()), articles)


def _default_session_path(articles: Sequence[Article]) -> Path | None:
    """:func:`_default_session`, the reason said on standard error."""
    path, why = _default_session(articles)
    if why:
        _warn(why)
    return path


def run_report(args: argparse.Namespace) -> int:
    """Print (or write) the comparison, with the session's review.

    An explicit ``--session`` must exist; the default one is used when it does.
    """

    from tui.core.annotations import to_web_annotations
    from tui.core.compare import compare, with_alignment
    from tui.core.report import report_json, report_markdown
    from tui.core.review_service import open_review
    from tui.core.textsafe import json_text

    inputs = _inputs(args.files, args.label)
    articles = _load(inputs)
    given: str | None = args.session
    session_path = given or _default_session_path(articles)
    if args.output and args.output != "-":
        keep = [*inputs.sources, inputs.set_file, session_path]
        _check_output(args.output, keep, force=args.force)
    reviewed = open_review(
        articles,
        compare(articles),
        session_path,
        reanalyse=with_alignment,
        required=bool(given),
    )
    comparison, session = reviewed.comparison, reviewed.session
    if args.format == "annotations":
        notes = session.notes if session is not None else ()
        document = to_web_annotations(notes)
        text = json_text(document) + "\n"
    elif args.format == "json":
        report = report_json(comparison, session=session, title=inputs.title)
        text = json_text(report) + "\n"
    elif args.format == "html":
        from tui.core.report.html_report import render_html

        text = render_html(report_json(comparison, session=session, title=inputs.title))
    else:
        text = report_markdown(comparison, session=session, title=inputs.title)
    _write(text, args.output)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Merge the notes of an annotation file into a session, by note id."""
    from tui.core.compare import compare
    from tui.core.review_service import import_notes, read_annotations, recorded_sources

    notes, problems = read_annotations(args.annotations)
    for problem in problems:
        _warn(problem)
    path = Path(args.session)
    articles = _load(_inputs(list(args.articles) or recorded_sources(path)))
    imported = import_notes(path, notes, articles, compare(articles).alignment)
    print(
        f"{PROG}: {imported.added} note(s) added, {imported.replaced} replaced in {path}",
        file=sys.stderr,
    )
    return EXIT_OK


def _reattach_terminal() -> None:
    """After reading an article from a pipe, take keys from the terminal instead."""
    from tui.core.loader import LoadError

    if os.isatty(0):
        return
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise LoadError(
            "-: the app reads keys from standard input, which held the article and no "
            "terminal is available; use 'parallax report' instead"
        ) from None
    os.dup2(fd, 0)
    os.close(fd)


def run_open(args: argparse.Namespace) -> int:
    """Open the articles in the app."""
    from tui.core.loader import STDIN

    inputs = _inputs(args.files, args.label)
    articles = _load(inputs)
    if STDIN in inputs.sources:
        _reattach_terminal()
    if args.session:
        return run_app(articles, session_path=Path(args.session), title=inputs.title)
    session_path, why = _default_session(articles)
    if why:  # shown in the app too, with the articles' warnings
        _warn(why)
        articles[0] = replace(articles[0], warnings=(*articles[0].warnings, why))
    return run_app(articles, session_path=session_path, title=inputs.title)


def run_app(
    articles: Sequence[Article], *, session_path: Path | None = None, title: str | None = None
) -> int:
    """Run the app; ``title``: the comparison's (a set file's), shown in the header."""
    from tui.app import ParallaxApp  # Textual is imported only when the app runs

    app = ParallaxApp(articles, session_path=session_path)
    if title:
        app.sub_title = f"{title} · {app.sub_title}"
    app.run()
    return app.return_code or EXIT_OK


def _user_errors() -> tuple[type[Exception], ...]:
    """The errors that end with a one-line message and exit status 2, not a traceback.

    Imported when an exception reaches :func:`main`, not at start.
    """
    from tui.core.annotations import AnnotationFormatError
    from tui.core.labels import LabelError
    from tui.core.loader import LoadError
    from tui.core.session import SessionError
    from tui.core.storage import StorageError

    return (LoadError, LabelError, SessionError, StorageError, AnnotationFormatError, OutputError)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list[:1] == ["report"]:
            return run_report(build_report_parser().parse_args(args_list[1:]))
        if args_list[:1] == ["import-annotations"]:
            return run_import(build_import_parser().parse_intermixed_args(args_list[1:]))
        return run_open(build_parser().parse_args(args_list))
    except SystemExit as exc:  # --help, --version and usage errors from argparse
        return (
            EXIT_OK if exc.code is None else exc.code if isinstance(exc.code, int) else EXIT_USAGE
        )
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``parallax report ... | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except _user_errors() as exc:  # evaluated only when an exception gets this far
        _error(str(exc))
        return EXIT_USAGE

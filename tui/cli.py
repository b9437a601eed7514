"""The command line: ``parallax [FILE ...]`` and ``parallax report FILE ...``.

``python -m tui`` and the ``parallax`` script both call :func:`main`.  Bad
input ends with a short message on standard error and exit status 2, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.core.loader import STDIN, WEB_INSTALL_HINT, LoadError, load_articles
from tui.core.model import Article
from tui.core.report import report_json, report_markdown
from tui.resources import seed_paths

PROG = "parallax"
EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130

_INPUTS = f"""\
inputs:
  Plain text (any text file), Markdown (.md, .markdown), HTML (.html, .htm),
  http:// and https:// URLs, and - for standard input.  2 to 12 articles.
  HTML and URLs need the web extra: {WEB_INSTALL_HINT}
"""

MAIN_EPILOG = f"""\
examples:
  parallax                               open the three bundled sample articles
  parallax a.txt b.md https://example.com/story.html
  curl -s https://example.com/a.txt | parallax - b.txt
  parallax report a.txt b.txt --format json -o report.json
  parallax report --help                 options of the report command

{_INPUTS}
keys: j/k or arrows move, h/l or tab change pane, v aligned/reading view, n next
  difference, d differences list, / search, space reviewed, f flag, ? all keys, q quit.
"""

REPORT_EPILOG = f"""\
examples:
  parallax report a.txt b.txt                       Markdown on standard output
  parallax report a.txt b.txt c.md --format json    JSON (see REPORT-SCHEMA.md)
  parallax report --format json -o seeds.json       the bundled samples, to a file

{_INPUTS}"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``parallax [FILE ...]`` (the app)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [FILE ...]\n       {PROG} report [FILE ...] [options]",
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
        "files", nargs="*", metavar="FILE", help="an article: a path, an http(s) URL, or -"
    )
    return parser


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
        "files", nargs="*", metavar="FILE", help="an article: a path, an http(s) URL, or -"
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("json", "markdown"),
        default="markdown",
        help="output format (default: markdown)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )
    return parser


def _error(message: str) -> None:
    first, *rest = message.splitlines() or [""]
    print(f"{PROG}: error: {first}", *rest, sep="\n", file=sys.stderr)


def _sources(files: Sequence[str]) -> list[str]:
    """The inputs to load: the given files, or the bundled seeds."""
    if files:
        return list(files)
    cwd = Path.cwd()
    return [str(p.relative_to(cwd)) if p.is_relative_to(cwd) else str(p) for p in seed_paths()]


def _load(files: Sequence[str]) -> list[Article]:
    articles = load_articles(_sources(files))
    for article in articles:
        for warning in article.warnings:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return articles


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise LoadError(f"{output}: cannot write the report ({exc.strerror or exc})") from None
        return
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def run_report(args: argparse.Namespace) -> int:
    articles = _load(args.files)
    if args.format == "json":
        text = json.dumps(report_json(articles), ensure_ascii=False, indent=2) + "\n"
    else:
        text = report_markdown(articles)
    _write(text, args.output)
    return EXIT_OK


def _reattach_terminal() -> None:
    """After reading an article from a pipe, take keys from the terminal instead."""
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


def run_app(articles: Sequence[Article]) -> int:
    from tui.app import ParallaxApp  # Textual is imported only when the app runs

    app = ParallaxApp(articles)
    app.run()
    return app.return_code or EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list[:1] == ["report"]:
            return run_report(build_report_parser().parse_args(args_list[1:]))
        args = build_parser().parse_args(args_list)
        articles = _load(args.files)
        if STDIN in args.files:
            _reattach_terminal()
        return run_app(articles)
    except LoadError as exc:
        _error(str(exc))
        return EXIT_USAGE
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

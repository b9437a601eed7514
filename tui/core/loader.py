"""Load articles from files, URLs and standard input.

This is the one part of the core that does I/O.  It reads bytes (at most
:data:`MAX_BYTES`), decodes them, picks the format, and hands the text to the
splitters in :mod:`tui.core.text.segment` and :mod:`tui.core.htmltext`.
Anything that cannot be loaded raises :class:`LoadError` with a message that
names the input and the problem.
"""

from __future__ import annotations

import codecs
import contextlib
import http.client
import os
import re
import socket
import ssl
import stat
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal

from tui import WEB_INSTALL_HINT, __version__
from tui.core.labels import (
    choose_label,
    first_sentence_title,
    front_matter_date,
    front_matter_title,
    split_front_matter,
)
from tui.core.model import ARTICLE_IDS, MAX_ARTICLES, MIN_ARTICLES, Article
from tui.core.text import Block, dateline_headline, make_paragraphs, split_markdown, split_plain
from tui.core.textsafe import shown

Format = Literal["text", "markdown", "html"]

MAX_BYTES = 3 * 1024 * 1024
"""The largest input accepted, in bytes (3 MB): what the engine compares in seconds.

``tests/bench/test_bench_large_inputs.py`` measures it (an article of news text
this size in about 12 s and 300 MiB; 4 MB takes 15 s, the most the limit may
cost); ``--help`` states it (``tui.cli.SIZE_LIMIT``).
"""
DEFAULT_TIMEOUT = 30.0
"""Seconds allowed for fetching one URL, from connecting to the last byte."""
STDIN = "-"

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CHUNK = 64 * 1024


class LoadError(Exception):
    """An input that cannot be loaded; the message names it and says what is wrong."""


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fallback_title(source: str) -> str:
    """The title of an article that has none: its file name (or host and path)."""
    if source == STDIN:
        return "standard input"
    if is_url(source):
        parts = urllib.parse.urlsplit(source)
        tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
        return urllib.parse.unquote(tail) or parts.netloc
    return Path(source).name or source


# --------------------------------------------------------------------------
# Reading bytes


def read_file(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file, refusing directories, pipes, devices and files over ``max_bytes``."""
    name = shown(path)
    try:
        status = os.stat(path)
        if stat.S_ISDIR(status.st_mode):
            raise LoadError(f"{name}: is a directory, not an article file")
        if not stat.S_ISREG(status.st_mode):
            raise LoadError(
                f"{name}: not a regular file (a pipe or a device); "
                "to read a stream, pipe it in and give -"
            )
        if status.st_size > max_bytes:
            raise LoadError(
                f"{name}: the file is {_size(status.st_size)}, over the {_size(max_bytes)} limit"
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise LoadError(f"{name}: no such file") from None
    except PermissionError:
        raise LoadError(f"{name}: permission denied") from None
    except (OSError, ValueError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise LoadError(f"{name}: cannot read the file ({shown(why)})") from None
    if len(data) > max_bytes:
        raise LoadError(f"{name}: the file is over the {_size(max_bytes)} limit")
    return data


def read_stdin(stream: BinaryIO | None = None, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of standard input (or of ``stream``)."""
    if stream is None:
        if sys.stdin is None or not hasattr(sys.stdin, "buffer"):
            raise LoadError("-: there is no standard input to read")
        stream = sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(f"-: cannot read standard input ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise LoadError(f"-: standard input is over the {_size(max_bytes)} limit")
    return data


class _Deadline:
    """The total time allowed for one URL, enforced on its sockets.

    Every connection made for the URL (redirects included) registers its
    socket; when the time is up a timer shuts them down, which ends a read
    in progress however slowly the server sends (one byte every few seconds
    never resets it, unlike a per-read timeout).
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    """A URL opener whose sockets obey ``deadline`` and whose redirects stay on http(s)."""

    class _HTTP(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.register(self.sock)

    class _HTTPS(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.register(self.sock)

    class _HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(_HTTP, req)

    class _HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(_HTTPS, req, context=ssl.create_default_context())

    return urllib.request.build_opener(_HTTPHandler, _HTTPSHandler, _Redirects)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (never to ftp:// or file://)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise LoadError(
                f"{shown(req.full_url)}: redirected to {shown(newurl)}, which is not an "
                "http(s) address; not followed"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_body(response: http.client.HTTPResponse, url: str, max_bytes: int) -> bytes:
    """The body, one network read at a time, checked against its size limit and Content-Length."""
    length = response.headers.get("Content-Length", "").strip()
    declared = int(length) if length.isdigit() and len(length) < 19 else None
    if declared is not None and declared > max_bytes:
        raise LoadError(
            f"{shown(url)}: the page is {_size(declared)}, over the {_size(max_bytes)} limit"
        )
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read1(_CHUNK):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise LoadError(f"{shown(url)}: the page is over the {_size(max_bytes)} limit")
    if declared is not None and total < declared:
        raise LoadError(
            f"{shown(url)}: the connection closed after {total} of the {declared} bytes "
            "announced; the page is incomplete"
        )
    return b"".join(chunks)


def fetch_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES
) -> tuple[bytes, str, str | None]:
    """GET ``url``: its body, its content type and its declared charset.

    ``timeout`` bounds the whole exchange (connecting, redirects, headers and
    every byte of the body), not just each socket operation.
    """
    name = shown(url)
    headers = {
        "User-Agent": f"parallax/{__version__} (article comparison)",
        "Accept": "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5",
    }
    with _Deadline(timeout) as deadline:
        try:
            request = urllib.request.Request(url, headers=headers)
            with _opener(deadline).open(request, timeout=timeout) as response:
                body = _read_body(response, url, max_bytes)
                content_type = response.headers.get_content_type()
                charset = response.headers.get_content_charset()
        except LoadError:
            if deadline.expired:
                raise LoadError(f"{name}: no complete answer within {timeout:g} seconds") from None
            raise
        except urllib.error.HTTPError as exc:
            exc.close()
            reason = shown(exc.reason, limit=80)
            raise LoadError(f"{name}: the server answered {exc.code} {reason}") from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if deadline.expired or _timed_out(exc):
                raise LoadError(f"{name}: no complete answer within {timeout:g} seconds") from None
            if isinstance(exc, urllib.error.URLError):
                why = shown(exc.reason, limit=120)
                raise LoadError(f"{name}: cannot reach the server ({why})") from None
            raise LoadError(f"{name}: cannot fetch the page ({shown(exc, limit=120)})") from None
    if deadline.expired:
        raise LoadError(f"{name}: no complete answer within {timeout:g} seconds")
    return body, content_type, charset


def _timed_out(exc: BaseException) -> bool:
    reason = getattr(exc, "reason", None)
    return isinstance(exc, TimeoutError) or isinstance(reason, TimeoutError)


# --------------------------------------------------------------------------
# Decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def decode_bytes(data: bytes, *, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode an input: the text and any warnings about it.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32).  Otherwise the declared
    charset (HTTP header or HTML ``<meta>``) if it works, then UTF-8, then
    cp1252 and latin-1 with a warning naming the input.  Binary data raises
    :class:`LoadError`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                label = encoding.removesuffix("-sig").upper()
                warning = f"{shown(name)}: invalid {label} bytes replaced with \ufffd"
                return data.decode(encoding, errors="replace"), [warning]
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise LoadError(f"{shown(name)}: looks like a binary file, not text")
        text = data.decode(utf16, errors="replace")
        label = "UTF-16 LE" if utf16 == "utf-16-le" else "UTF-16 BE"
        return _check_text(text, name), [
            f"{shown(name)}: no byte-order mark; read as {label} (its zero bytes say so)"
        ]
    candidates = [c for c in (_codec(declared), "utf-8") if c]
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:
        try:
            text = data.decode("cp1252")
            used = "cp1252 (Windows Western European)"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            used = "latin-1"
        return _check_text(text, name), [f"{shown(name)}: not valid UTF-8; decoded as {used}"]
    return _check_text(text, name), []


def _bomless_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` looks like UTF-16 text without a BOM.

    Text in a Latin script has a zero byte in nearly every other position (the
    high byte of each code unit), and almost none in the others.
    """
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0) / pairs
    odd = sample[1 : 2 * pairs : 2].count(0) / pairs
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str, name: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise LoadError(f"{shown(name)}: looks like a binary file, not text")
    return text


# --------------------------------------------------------------------------
# Formats


def guess_format(source: str, data: bytes, content_type: str | None = None) -> Format:
    """The format of an input, from its content type, then its name, then its start."""
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in ("text/markdown", "text/x-markdown"):
        return "markdown"
    path = urllib.parse.urlsplit(source).path if is_url(source) else source
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES or _HTML_START.match(data[:4096]):
        return "html"
    return "text"


def _html_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def parse_article(
    text: str,
    *,
    article_id: str,
    source: str,
    format: Format = "text",
    warnings: Sequence[str] = (),
    label: str | None = None,
    date: str | None = None,
) -> Article:
    """An :class:`Article` from decoded text (no I/O).

    ``label`` and ``date`` are the reader's (a set file, ``--label``); without
    them the article's own metadata decides (:mod:`tui.core.labels`).
    """
    if not text.strip():
        raise LoadError(f"{shown(source)}: is empty, there is no text to compare")
    found_warnings = list(warnings)
    page = _Metadata()
    if format == "markdown":
        page.fields, end = split_front_matter(text)
        # the front matter is metadata, not text: blanked (offsets kept) before splitting
        blocks = split_markdown(re.sub(r"[^\n]", " ", text[:end]) + text[end:])
        page.title = front_matter_title(page.fields)
        page.date = front_matter_date(page.fields)
    elif format == "html":
        blocks = _html_blocks(text, source, page, found_warnings)
    else:
        blocks = split_plain(text)
    if not blocks:
        raise LoadError(f"{shown(source)}: no article text found")
    paragraphs = make_paragraphs(blocks, article_id)
    title = next((p.text for p in paragraphs if p.kind == "title"), None)
    if title is None:
        title = dateline_headline(paragraphs[0].text)
    if title is None:
        first_heading = next((b.text for b in blocks if b.role == "heading"), None)
        title = (
            page.title
            or first_heading
            or first_sentence_title(paragraphs)
            or fallback_title(source)
        )
    return Article(
        id=article_id,
        source=source,
        title=" ".join(title.split()),
        text=text,
        paragraphs=paragraphs,
        format=format,
        warnings=tuple(found_warnings),
        label=choose_label(
            source,
            given=label,
            site_name=page.site_name,
            address=page.address,
            front_matter=page.fields,
            paragraphs=paragraphs,
        ),
        date=date or page.date,
    )


class _Metadata:
    """What a page says about itself, beside its text (all optional)."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.site_name: str | None = None
        self.address: str | None = None
        self.date: str | None = None
        self.fields: dict[str, str] = {}


def _html_blocks(text: str, source: str, page: _Metadata, warnings: list[str]) -> list[Block]:
    """The blocks of an HTML page; its title, site name, address and date go to ``page``."""
    try:
        from tui.core.htmltext import split_html

        found = split_html(text)
    except ImportError as exc:
        problem = "is not installed" if exc.name == "trafilatura" else f"fails to load ({exc})"
        raise LoadError(
            f"{shown(source)}: reading HTML needs trafilatura, which {problem}\n"
            f"  install the web extra: {WEB_INSTALL_HINT}"
        ) from None
    page.title, page.site_name = found.title, found.site_name
    page.address, page.date = found.address, found.date
    if found.unlocated:
        warnings.append(
            f"{shown(source)}: {found.unlocated} of {len(found.blocks)} paragraphs could not be "
            "located in the HTML source; their offsets are empty"
        )
    return found.blocks


def load_article(
    source: str,
    article_id: str = "A",
    *,
    stdin: BinaryIO | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    label: str | None = None,
    date: str | None = None,
) -> Article:
    """Load one article from a path, an ``http(s)://`` URL, or ``-`` (standard input).

    ``label`` and ``date``: the reader's, when given (see :func:`parse_article`).
    """
    content_type: str | None = None
    declared: str | None = None
    if source == STDIN:
        data = read_stdin(stdin, max_bytes=max_bytes)
    elif is_url(source):
        data, content_type, declared = fetch_url(source, timeout=timeout, max_bytes=max_bytes)
    else:
        data = read_file(source, max_bytes=max_bytes)
    if not data.strip():
        raise LoadError(f"{shown(source)}: is empty, there is no text to compare")
    format = guess_format(source, data, content_type)
    if format == "html" and declared is None:
        declared = _html_charset(data)
    text, warnings = decode_bytes(data, name=source, declared=declared)
    return parse_article(
        text,
        article_id=article_id,
        source=source,
        format=format,
        warnings=warnings,
        label=label,
        date=date,
    )


def _same_input(source: str) -> str:
    if source == STDIN or is_url(source):
        return source
    return os.path.realpath(source)


def _refuse_repeats(sources: Sequence[str]) -> None:
    """Refuse one file (or URL) given twice, even when written two ways (./a.txt, a.txt)."""
    seen: dict[str, str] = {}
    for source in sources:
        key = _same_input(source)
        if key in seen:
            raise LoadError(
                f"{shown(source)}: is the same article as {shown(seen[key])}; give each one once"
            )
        seen[key] = source


def load_articles(
    sources: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    labels: Sequence[str | None] = (),
    dates: Sequence[str | None] = (),
) -> list[Article]:
    """Load the articles to compare (2 to 12), with ids ``A``, ``B``... in order.

    ``labels`` and ``dates``, when given, are the reader's for each source in
    order (None: let the article's metadata decide).
    """
    if len(sources) < MIN_ARTICLES:
        raise LoadError(
            f"need at least {MIN_ARTICLES} articles to compare, got {len(sources)}"
            + (f" ({sources[0]})" if sources else "")
        )
    if len(sources) > MAX_ARTICLES:
        raise LoadError(f"at most {MAX_ARTICLES} articles can be compared, got {len(sources)}")
    if list(sources).count(STDIN) > 1:
        raise LoadError("-: standard input can be read only once")
    _refuse_repeats(sources)
    return [
        load_article(
            source,
            article_id,
            stdin=stdin,
            timeout=timeout,
            max_bytes=max_bytes,
            label=labels[i] if i < len(labels) else None,
            date=dates[i] if i < len(dates) else None,
        )
        for i, (source, article_id) in enumerate(zip(sources, ARTICLE_IDS, strict=False))
    ]

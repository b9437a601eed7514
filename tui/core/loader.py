"""Load articles from files, URLs and standard input.

This is the one part of the core that does I/O.  It reads bytes (at most
:data:`MAX_BYTES`), decodes them, picks the format, and hands the text to the
splitters in :mod:`tui.core.text.segment` and :mod:`tui.core.htmltext`.
Anything that cannot be loaded raises :class:`LoadError` with a message that
names the input and the problem.
"""

from __future__ import annotations

import codecs
import http.client
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, Literal

from tui import WEB_INSTALL_HINT, __version__
from tui.core.model import ARTICLE_IDS, MAX_ARTICLES, MIN_ARTICLES, Article
from tui.core.text import Block, dateline_headline, make_paragraphs, split_markdown, split_plain

Format = Literal["text", "markdown", "html"]

MAX_BYTES = 20 * 1024 * 1024
"""The largest input accepted, in bytes (20 MB)."""
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
    """The bytes of a file, refusing directories and files over ``max_bytes``."""
    p = Path(path)
    try:
        if p.is_dir():
            raise LoadError(f"{path}: is a directory, not an article file")
        size = p.stat().st_size
        if size > max_bytes:
            raise LoadError(f"{path}: the file is {_size(size)}, over the {_size(max_bytes)} limit")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise LoadError(f"{path}: the file is over the {_size(max_bytes)} limit")
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


def fetch_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES
) -> tuple[bytes, str, str | None]:
    """GET ``url``: its body, its content type and its declared charset.

    ``timeout`` bounds the whole exchange, not just each socket operation.
    """
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"parallax/{__version__} (article comparison)",
            "Accept": "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise LoadError(
                    f"{url}: the page is {_size(int(length))}, over the {_size(max_bytes)} limit"
                )
            chunks: list[bytes] = []
            total = 0
            while chunk := response.read(_CHUNK):
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise LoadError(f"{url}: the page is over the {_size(max_bytes)} limit")
                if time.monotonic() > deadline:
                    raise TimeoutError
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        exc.close()
        raise LoadError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise LoadError(f"{url}: no answer within {timeout:g} seconds") from None
        raise LoadError(f"{url}: cannot reach the server ({exc.reason})") from None
    except TimeoutError:
        raise LoadError(f"{url}: no complete answer within {timeout:g} seconds") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise LoadError(f"{url}: cannot fetch the page ({exc})") from None
    return b"".join(chunks), content_type, charset


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
                warning = f"{name}: invalid {label} bytes replaced with \ufffd"
                return data.decode(encoding, errors="replace"), [warning]
    if b"\x00" in data:
        raise LoadError(f"{name}: looks like a binary file, not text")
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
        return _check_text(text, name), [f"{name}: not valid UTF-8; decoded as {used}"]
    return _check_text(text, name), []


def _check_text(text: str, name: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise LoadError(f"{name}: looks like a binary file, not text")
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
) -> Article:
    """An :class:`Article` from decoded text (no I/O)."""
    if not text.strip():
        raise LoadError(f"{source}: is empty, there is no text to compare")
    found_warnings = list(warnings)
    metadata_title: str | None = None
    blocks: list[Block]
    if format == "markdown":
        blocks = split_markdown(text)
    elif format == "html":
        try:
            from tui.core.htmltext import split_html

            page = split_html(text)
        except ImportError as exc:
            problem = "is not installed" if exc.name == "trafilatura" else f"fails to load ({exc})"
            raise LoadError(
                f"{source}: reading HTML needs trafilatura, which {problem}\n"
                f"  install the web extra: {WEB_INSTALL_HINT}"
            ) from None
        blocks, metadata_title = page.blocks, page.title
        if page.unlocated:
            found_warnings.append(
                f"{source}: {page.unlocated} of {len(blocks)} paragraphs could not be "
                "located in the HTML source; their offsets are empty"
            )
    else:
        blocks = split_plain(text)
    if not blocks:
        raise LoadError(f"{source}: no article text found")
    paragraphs = make_paragraphs(blocks, article_id)
    title = next((p.text for p in paragraphs if p.kind == "title"), None)
    if title is None:
        title = dateline_headline(paragraphs[0].text)
    if title is None:
        first_heading = next((b.text for b in blocks if b.role == "heading"), None)
        title = metadata_title or first_heading or fallback_title(source)
    return Article(
        id=article_id,
        source=source,
        title=" ".join(title.split()),
        text=text,
        paragraphs=paragraphs,
        format=format,
        warnings=tuple(found_warnings),
    )


def load_article(
    source: str,
    article_id: str = "A",
    *,
    stdin: BinaryIO | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """Load one article from a path, an ``http(s)://`` URL, or ``-`` (standard input)."""
    content_type: str | None = None
    declared: str | None = None
    if source == STDIN:
        data = read_stdin(stdin, max_bytes=max_bytes)
    elif is_url(source):
        data, content_type, declared = fetch_url(source, timeout=timeout, max_bytes=max_bytes)
    else:
        data = read_file(source, max_bytes=max_bytes)
    if not data.strip():
        raise LoadError(f"{source}: is empty, there is no text to compare")
    format = guess_format(source, data, content_type)
    if format == "html" and declared is None:
        declared = _html_charset(data)
    text, warnings = decode_bytes(data, name=source, declared=declared)
    return parse_article(
        text, article_id=article_id, source=source, format=format, warnings=warnings
    )


def load_articles(
    sources: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> list[Article]:
    """Load the articles to compare (2 to 12), with ids ``A``, ``B``... in order."""
    if len(sources) < MIN_ARTICLES:
        raise LoadError(
            f"need at least {MIN_ARTICLES} articles to compare, got {len(sources)}"
            + (f" ({sources[0]})" if sources else "")
        )
    if len(sources) > MAX_ARTICLES:
        raise LoadError(f"at most {MAX_ARTICLES} articles can be compared, got {len(sources)}")
    if list(sources).count(STDIN) > 1:
        raise LoadError("-: standard input can be read only once")
    return [
        load_article(source, article_id, stdin=stdin, timeout=timeout, max_bytes=max_bytes)
        for source, article_id in zip(sources, ARTICLE_IDS, strict=False)
    ]

"""Set files: a comparison described in TOML, which ``parallax SET.toml`` opens.

::

    title = "Strike on Sevastopol; Putin meets Kim"

    [[article]]
    path = "000_1b12af7d894930e8.txt"   # relative to the set file
    label = "Epoch Times"
    date = 2023-09-13                   # or "2023-09-13"

    [[article]]
    url = "https://example.com/story.html"
    label = "Example News"

Each article has a ``path`` (relative to the set file, or absolute) or a
``url``, and optionally a ``label`` and a ``date``.  Anything else is an
error whose message names the file, the line and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core.loader import LoadError, is_url, read_file
from tui.core.model import MAX_ARTICLES, MIN_ARTICLES
from tui.core.textsafe import shown

SET_SUFFIXES = frozenset({".toml"})
"""A single input with one of these suffixes is read as a set file."""
SET_KEYS = frozenset({"title", "article"})
ARTICLE_KEYS = frozenset({"path", "url", "label", "date"})
SET_MAX_BYTES = 64 * 1024
"""A set file lists articles; anything larger than this is not one."""

_ARTICLE_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*article[ \t]*\]\]", re.M)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class SetError(LoadError):
    """A set file that cannot be used; the message names the file, line and field."""


@dataclass(frozen=True, slots=True)
class SetArticle:
    """One article of a set: where it is, and what the set says about it."""

    source: str
    """A path (resolved against the set file's folder) or an http(s) URL."""
    label: str | None = None
    date: str | None = None
    """``YYYY-MM-DD``."""


@dataclass(frozen=True, slots=True)
class ArticleSet:
    """A set file, read: its title and its articles, in order."""

    path: Path
    title: str | None
    articles: tuple[SetArticle, ...]

    @property
    def sources(self) -> list[str]:
        return [a.source for a in self.articles]

    @property
    def labels(self) -> list[str | None]:
        return [a.label for a in self.articles]

    @property
    def dates(self) -> list[str | None]:
        return [a.date for a in self.articles]


def is_set_file(source: str) -> bool:
    """True for an input named like a set file (``*.toml``); a URL never is."""
    return not is_url(source) and Path(source).suffix.lower() in SET_SUFFIXES


class _Lines:
    """Finds the line of a field in the set file's text, for messages."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.headers = [m.start() for m in _ARTICLE_HEADER.finditer(text)]

    def _line(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    def where(self, index: int | None = None, key: str | None = None) -> str:
        """ "set.toml, line 7 (article 2, date)", as closely as the text allows."""
        start = self.headers[index] if index is not None and index < len(self.headers) else 0
        end = len(self.text)
        if index is not None and index + 1 < len(self.headers):
            end = self.headers[index + 1]
        elif index is None and self.headers:
            end = self.headers[0]
        line = self._line(start) if index is not None else None
        if key is not None:
            found = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.M).search(
                self.text, start, end
            )
            if found:
                line = self._line(found.start())
        what = ", ".join(
            part
            for part in (f"article {index + 1}" if index is not None else "", key or "")
            if part
        )
        at = f"line {line}" if line is not None else ""
        place = ", ".join(p for p in (self.name, at) if p)
        return f"{place} ({what})" if what else place


def read_set(path: str | Path, *, cwd: Path | None = None) -> ArticleSet:
    """Read and check a set file (raises :class:`SetError` with the place of the problem).

    Paths are resolved against the set file's folder, and given relative to
    ``cwd`` (default: the current directory) when they are inside it, as a
    reader would type them; an article file that does not exist is an error here.
    """
    name = shown(str(path))
    data = read_file(str(path), max_bytes=SET_MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SetError(f"{name}: a set file must be UTF-8 text (TOML)") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SetError(f"{name}: not a valid set file (TOML): {shown(exc)}") from None
    lines = _Lines(name, text)
    unknown = sorted(set(document) - SET_KEYS)
    if unknown:
        raise SetError(
            f"{lines.where(key=unknown[0])}: unknown key '{shown(unknown[0])}'; "
            "a set file has a title and [[article]] tables with path or url, label and date"
        )
    title = _text(document, "title", lines, None)
    entries = document.get("article")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise SetError(f"{name}: no [[article]] tables; a set file lists its articles in them")
    if not MIN_ARTICLES <= len(entries) <= MAX_ARTICLES:
        raise SetError(
            f"{name}: lists {len(entries)} article(s); a comparison needs "
            f"{MIN_ARTICLES} to {MAX_ARTICLES}"
        )
    folder = Path(path).parent
    base = cwd if cwd is not None else Path.cwd()
    articles = tuple(_article(entry, i, lines, folder, base) for i, entry in enumerate(entries))
    return ArticleSet(Path(path), title, articles)


def _text(table: Mapping[str, Any], key: str, lines: _Lines, index: int | None) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SetError(f"{lines.where(index, key)}: {key} must be a non-empty string")
    return " ".join(value.split())


def _date(table: Mapping[str, Any], lines: _Lines, index: int) -> str | None:
    value = table.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise SetError(
        f"{lines.where(index, 'date')}: '{shown(str(value))}' is not a date; write it as YYYY-MM-DD"
    )


def _article(
    entry: Mapping[str, Any], index: int, lines: _Lines, folder: Path, base: Path
) -> SetArticle:
    unknown = sorted(set(entry) - ARTICLE_KEYS)
    if unknown:
        raise SetError(
            f"{lines.where(index, unknown[0])}: unknown key '{shown(unknown[0])}'; "
            "an article has path or url, label and date"
        )
    path, url = _text(entry, "path", lines, index), _text(entry, "url", lines, index)
    if (path is None) == (url is None):
        raise SetError(f"{lines.where(index)}: give the article's path or its url (one of them)")
    label = _text(entry, "label", lines, index)
    date = _date(entry, lines, index)
    if url is not None:
        if not is_url(url):
            raise SetError(f"{lines.where(index, 'url')}: '{shown(url)}' is not an http(s) address")
        return SetArticle(url, label, date)
    assert path is not None
    target = Path(path).expanduser()
    if not target.is_absolute():
        target = folder / target
    if not target.exists():
        raise SetError(f"{lines.where(index, 'path')}: {shown(str(target))}: no such file")
    absolute = target if target.is_absolute() else base / target
    source = str(absolute.relative_to(base)) if absolute.is_relative_to(base) else str(target)
    return SetArticle(source, label, date)

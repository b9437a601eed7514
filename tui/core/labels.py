"""Short names for articles: the outlet label of each pane, and a title for an article without one.

An article's label comes from the first of these that says something:

1. the label the reader gave (``--label`` or a set file's ``label =``);
2. an HTML page's ``og:site_name`` (its site name in the metadata);
3. the domain of the address it came from (or of the page's canonical
   address), without ``www.``;
4. Markdown front matter (``outlet:``, ``site_name:``, ``publisher:``, ``source:`` ...);
5. a ``Source:``/``Publisher:`` line, or a byline that names an outlet
   ("By Jane Doe, Reuters", "By Jane Doe for The Guardian", "By Reuters Staff");
6. the file's stem (the host of a URL; "standard input" for ``-``).

An article without a title gets its first sentence, shortened on a word
boundary.  Everything here is pure: the loader hands in what it found.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any

from tui.core.lexicon.outlets import (
    BYLINE_JOINERS,
    FRONT_MATTER_DATE_KEYS,
    FRONT_MATTER_OUTLET_KEYS,
    FRONT_MATTER_TITLE_KEYS,
    JOB_TITLE_WORDS,
    NEWSROOM_WORDS,
    SOURCE_LINE_LABELS,
)
from tui.core.model import Paragraph, source_stem
from tui.core.text import sentence_spans
from tui.core.text.segment import _DATELINE_PREFIX  # the one home of the dateline

LABEL_CHARACTERS = 40
"""The longest label kept; a longer one is shortened on a word boundary with "…"."""
TITLE_CHARACTERS = 90
"""The longest title made from a first sentence (longer ones are shortened)."""
BYLINE_WORDS = 16
"""A line longer than this is a sentence, not a byline or a "Source:" line."""
BYLINE_SCAN = 8
"""How many paragraphs at the start (and at the end) of an article may hold its byline."""
OUTLET_WORDS = 6
"""The most words an outlet's name in a byline may have."""

_BYLINE = re.compile(r"^\s*by\s+(?=\S)", re.I)
_SEPARATORS = re.compile(
    r"\s*(?:,|\||\s[-\u2013\u2014]\s|\((?=[^)]*\)\s*$))\s*|\s+(?:"
    + "|".join(BYLINE_JOINERS)
    + r")\s+(?=[A-Z])"
)
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)^\1[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
_YAML_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


# --------------------------------------------------------------------------- helpers


def shorten(text: str, width: int) -> str:
    """``text`` with whitespace collapsed, cut on a word boundary to ``width`` with "…"."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def domain(address: str) -> str | None:
    """The host of an ``http(s)`` address without ``www.``: ``www.bbc.co.uk`` -> ``bbc.co.uk``."""
    try:
        host = urllib.parse.urlsplit(address.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.") or None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).strip("\"'")
    return text or None


# --------------------------------------------------------------------------- front matter


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of a Markdown document's front matter and where the block ends (0: none).

    YAML (``---``) front matter is read as ``key: value`` lines (scalars only;
    lists and nested maps are skipped); TOML (``+++``) with :mod:`tomllib`.
    Keys are lower-cased with ``-`` read as ``_``.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    fence, body = m.group(1), m.group(2)
    fields: dict[str, str] = {}
    if fence == "+++":
        import tomllib

        try:
            data: Mapping[str, Any] = tomllib.loads(body)
        except tomllib.TOMLDecodeError:
            data = {}
        for key, value in data.items():
            shown = str(value) if not isinstance(value, dict | list) else None
            if shown is not None and (clean := _clean(shown)):
                fields[key.lower().replace("-", "_")] = clean
    else:
        for line in body.splitlines():
            found = _YAML_LINE.match(line)
            if found and (clean := _clean(found.group(2))):
                fields[found.group(1).lower().replace("-", "_")] = clean
    return fields, m.end()


def _first_field(fields: Mapping[str, str], keys: Sequence[str]) -> str | None:
    return next((fields[k] for k in keys if fields.get(k)), None)


def front_matter_outlet(fields: Mapping[str, str]) -> str | None:
    """The outlet front matter names (``outlet:``, ``site_name:``, ``publisher:`` ...)."""
    value = _first_field(fields, FRONT_MATTER_OUTLET_KEYS)
    if value and "://" in value:
        return domain(value)
    return value


def front_matter_title(fields: Mapping[str, str]) -> str | None:
    return _first_field(fields, FRONT_MATTER_TITLE_KEYS)


def front_matter_date(fields: Mapping[str, str]) -> str | None:
    """The front matter's date as ``YYYY-MM-DD``, if it starts with one."""
    value = _first_field(fields, FRONT_MATTER_DATE_KEYS)
    found = re.match(r"\d{4}-\d{2}-\d{2}", value or "")
    return found.group() if found else None


# --------------------------------------------------------------------------- lines


def _outlet_part(part: str) -> str | None:
    """``part`` when it reads like an outlet's name, not a job title or a date."""
    part = part.strip(" ()[].")
    words = part.split()
    if not words or len(words) > OUTLET_WORDS or not part[0].isupper():
        return None
    if any(ch.isdigit() for ch in part):
        return None
    if any(w.lower().strip(",.") in JOB_TITLE_WORDS for w in words):
        return None
    return part


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names: "By Jane Doe, Reuters" -> "Reuters".

    A byline of people only ("By Jane Doe and John Roe") names no outlet.  A
    one-word byline ("By Reuters") and one ending in a newsroom word ("By
    Reuters Staff") are the outlet's own.
    """
    m = _BYLINE.match(line)
    if not m or len(line.split()) > BYLINE_WORDS:
        return None
    rest = line[m.end() :].strip().rstrip(".")
    parts = [p for p in _SEPARATORS.split(rest) if p and p.strip()]
    if len(parts) >= 2:
        return _outlet_part(parts[-1])
    words = rest.split()
    if len(words) >= 2 and words[-1].lower() in NEWSROOM_WORDS:
        return _outlet_part(" ".join(words[:-1]))
    if len(words) == 1:
        return _outlet_part(words[0])
    return None


def source_line_outlet(line: str) -> str | None:
    """The outlet a "Source: Reuters" line names (an address: its domain)."""
    label, colon, value = line.partition(":")
    if not colon or label.strip().lower() not in SOURCE_LINE_LABELS:
        return None
    if len(line.split()) > BYLINE_WORDS:
        return None
    value = value.strip()
    if value.lower().startswith(("http://", "https://", "//")) or value.startswith("www."):
        address = value.split()[0]
        return domain(address if "://" in address else f"https://{address.lstrip('/')}")
    return _clean(value.rstrip("."))


def line_outlet(paragraphs: Sequence[Paragraph]) -> str | None:
    """The outlet named by a "Source:" line, else by a byline, near the start or the end."""
    ends = [*paragraphs[:BYLINE_SCAN], *paragraphs[BYLINE_SCAN:][-BYLINE_SCAN:]]
    texts = [" ".join(p.text.split()) for p in ends]
    for text in texts:
        if found := source_line_outlet(text):
            return found
    for text in texts:
        if found := byline_outlet(text):
            return found
    return None


# --------------------------------------------------------------------------- choosing


def choose_label(
    source: str,
    *,
    given: str | None = None,
    site_name: str | None = None,
    address: str | None = None,
    front_matter: Mapping[str, str] | None = None,
    paragraphs: Sequence[Paragraph] = (),
) -> str:
    """The label of an article: the first of the sources in the module's order that has one.

    ``address`` is the page's canonical address when the loader found one; a
    URL ``source`` is used as the address when it did not.
    """
    if address is None and source.lower().startswith(("http://", "https://")):
        address = source
    found = (
        _clean(given)
        or _clean(site_name)
        or (domain(address) if address else None)
        or (front_matter_outlet(front_matter) if front_matter else None)
        or line_outlet(paragraphs)
        or source_stem(source)
    )
    return shorten(found, LABEL_CHARACTERS)


def first_sentence_title(paragraphs: Sequence[Paragraph]) -> str | None:
    """The first sentence of the first body paragraph, shortened: a title for an article
    that has none (a date glued to its start, "2023-09-13 ...", is left out)."""
    first = next((p for p in paragraphs if p.kind == "body" and p.repeat_of is None), None)
    if first is None:
        first = next((p for p in paragraphs if p.kind != "metadata"), None)
    if first is None:
        return None
    text = first.text
    if m := _DATELINE_PREFIX.match(text):
        text = text[m.end() :]
    spans = sentence_spans(text)
    sentence = text[spans[0][0] : spans[0][1]] if spans else text
    return shorten(sentence, TITLE_CHARACTERS) or None


# --------------------------------------------------------------------------- --label


class LabelError(ValueError):
    """``--label`` values that do not fit the inputs; the message says how."""


def _same_input(a: str, b: str, cwd: str | None) -> bool:
    if a == b:
        return True
    if "://" in a or "://" in b or "-" in (a, b):
        return False
    base = cwd if cwd is not None else os.getcwd()
    return os.path.normpath(os.path.join(base, a)) == os.path.normpath(os.path.join(base, b))


def assign_labels(
    sources: Sequence[str], given: Sequence[str], *, cwd: str | None = None
) -> list[str | None]:
    """The reader's label for each source (None: none given), from ``--label`` values.

    A value ``NAME=FILE`` whose FILE is one of the inputs labels that input;
    the other values label the remaining inputs in order, and there must be
    exactly one per remaining input.  Raises :class:`LabelError`.
    """
    labels: list[str | None] = [None] * len(sources)
    plain: list[str] = []
    for value in given:
        name, equals, target = value.rpartition("=")
        index = next(
            (i for i, s in enumerate(sources) if equals and _same_input(target, s, cwd)), None
        )
        if index is None:
            plain.append(value)
            continue
        if not name.strip():
            raise LabelError(f"--label {value}: the label before '=' is empty")
        if labels[index] is not None:
            raise LabelError(f"--label: {target} is labelled twice")
        labels[index] = name
    if not plain:
        return labels
    free = [i for i, label in enumerate(labels) if label is None]
    if len(plain) != len(free):
        named = len(given) - len(plain)
        raise LabelError(
            f"--label: {len(plain)} label(s) for {len(free)} article(s)"
            + (f" (after the {named} given as NAME=FILE)" if named else "")
            + "; give one --label per article, in order, or NAME=FILE for some of them"
        )
    for i, name in zip(free, plain, strict=True):
        if not name.strip():
            raise LabelError("--label: a label is empty")
        labels[i] = name
    return labels

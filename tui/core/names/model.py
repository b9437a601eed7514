"""What the names engine finds: mentions, entities and ordinary-word variants,
with their JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class NameMention:
    """One occurrence of a name (or word); offsets are relative to the paragraph text."""

    paragraph: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world name and every way the articles write it."""

    id: str
    name: str
    """The fullest, most common form ("Mikhail Razvozhayev")."""
    spellings: tuple[str, ...]
    """Each distinct spelling ("Razvozhayev", "Razvozhaev", "Razvoshayev"); for a
    name written one way only, that one form."""
    mentions: tuple[NameMention, ...]
    by_article: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(article id, the spellings it uses), in article order."""

    @property
    def variants(self) -> bool:
        """True when the articles spell the name in more than one way."""
        return len(self.spellings) > 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "spellings": list(self.spellings),
            "variants": self.variants,
            "by_article": {a: list(s) for a, s in self.by_article},
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class WordVariant:
    """An ordinary word spelled differently across the articles ("armoured"/"armored")."""

    key: str
    """The folded spelling both forms share ("armored")."""
    spellings: tuple[str, ...]
    mentions: tuple[NameMention, ...]
    by_article: tuple[tuple[str, tuple[str, ...]], ...] = ()
    aligned: bool = False
    """True when two different spellings occur in aligned paragraphs."""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "spellings": list(self.spellings),
            "aligned": self.aligned,
            "by_article": {a: list(s) for a, s in self.by_article},
            "mentions": [m.to_json() for m in self.mentions],
        }

"""A development corpus: events on disk, each with its articles and a gold file.

One folder per event holds the articles (text files), ``gold.json`` (the
gold format the scorer reads: facts, entities, spelling variants, look-alike
pairs, numbers) and ``SOURCES.md`` (outlet, address and date per article).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core.evaluation.scoring import GoldError
from tui.core.loader import LoadError, load_article
from tui.core.model import ARTICLE_IDS, MAX_ARTICLES, Article

GOLD_FILE = "gold.json"


@dataclass(frozen=True, slots=True)
class Event:
    """One event of the corpus: its name, its articles (in gold order) and its gold."""

    name: str
    articles: tuple[Article, ...]
    gold: dict[str, Any]


def load_event(folder: Path) -> Event:
    """Load the event in ``folder``; :class:`GoldError` names what is wrong."""
    gold_path = folder / GOLD_FILE
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise GoldError(f"{gold_path}: cannot read the gold file ({exc})") from exc
    names = gold.get("articles") if isinstance(gold, dict) else None
    if not isinstance(names, list) or not 2 <= len(names) <= MAX_ARTICLES:
        raise GoldError(f"{gold_path}: 'articles' must list 2 to {MAX_ARTICLES} file names")
    try:
        articles = tuple(
            load_article(str(folder / str(name)), ARTICLE_IDS[i]) for i, name in enumerate(names)
        )
    except LoadError as exc:
        raise GoldError(str(exc)) from exc
    return Event(folder.name, articles, gold)


def event_folders(root: Path) -> list[Path]:
    """The event folders under ``root`` (those holding a gold file), sorted by name.

    ``root`` may also be a single event folder.
    """
    if (root / GOLD_FILE).is_file():
        return [root]
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / GOLD_FILE).is_file())


def load_corpus(root: Path) -> list[Event]:
    """Every event under ``root``."""
    if not root.is_dir():
        raise GoldError(f"{root}: not a folder of events")
    folders = event_folders(root)
    if not folders:
        raise GoldError(f"{root}: no event folder with a {GOLD_FILE} in it")
    return [load_event(f) for f in folders]

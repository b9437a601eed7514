"""The one factory that builds the app for tests: seeds, theme, title and size pinned."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from tui.app import ParallaxApp
from tui.core.loader import load_articles, parse_article
from tui.core.model import ARTICLE_IDS, Article

REPO = Path(__file__).resolve().parents[2]
SEED_PATHS = [str(p.relative_to(REPO)) for p in sorted((REPO / "seeds").glob("*.txt"))]
THEME = "textual-dark"
SIZE = (140, 36)

AppFactory = Callable[..., ParallaxApp]


def seed_articles() -> list[Article]:
    """The seeds, loaded with the paths a user in the checkout would type."""
    return load_articles([str(REPO / p) for p in SEED_PATHS])


def articles_from_texts(*texts: str) -> list[Article]:
    return [
        parse_article(text, article_id=article_id, source=f"{article_id.lower()}.txt")
        for text, article_id in zip(texts, ARTICLE_IDS, strict=False)
    ]


def build_app(articles: Sequence[Article] | None = None) -> ParallaxApp:
    """The app on ``articles`` (default: the seeds), with a pinned theme and title."""
    if articles is None:
        articles = seed_articles()
        # Show the sources as relative paths, whatever the checkout's location.
        articles = [replace(a, source=p) for a, p in zip(articles, SEED_PATHS, strict=True)]
    app = ParallaxApp(articles, theme=THEME)
    app.title = "Parallax"
    return app


@pytest.fixture
def make_app() -> AppFactory:
    return build_app

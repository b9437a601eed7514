"""The one factory that builds the app for tests: seeds, theme, title and size pinned."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.story import story_articles, story_comparison
from tui.app import ParallaxApp
from tui.core.compare import Comparison
from tui.core.loader import load_articles, parse_article
from tui.core.model import ARTICLE_IDS, Article
from tui.core.review import ReviewState
from tui.core.session import Session
from tui.core.sets import read_set
from tui.screens.comparison import Analyse, ComparisonScreen

REPO = Path(__file__).resolve().parents[2]
SEED_PATHS = [str(p.relative_to(REPO)) for p in sorted((REPO / "seeds").glob("*.txt"))]
THEME = "textual-dark"
SIZE = (140, 36)

AppFactory = Callable[..., ParallaxApp]


def seed_articles() -> list[Article]:
    """The seeds as ``parallax`` opens them: with the labels and dates of their set file."""
    seeds = read_set(REPO / "seeds" / "seeds.toml")
    paths = [str(REPO / p) for p in SEED_PATHS]
    assert [Path(s).name for s in seeds.sources] == [Path(p).name for p in paths]
    return load_articles(paths, labels=seeds.labels, dates=seeds.dates)


def articles_from_texts(*texts: str) -> list[Article]:
    return [
        parse_article(text, article_id=article_id, source=f"{article_id.lower()}.txt")
        for text, article_id in zip(texts, ARTICLE_IDS, strict=False)
    ]


def build_app(
    articles: Sequence[Article] | None = None,
    *,
    theme: str = THEME,
    comparison: Comparison | None = None,
    analyse: Analyse | None = None,
    review: ReviewState | None = None,
    session: Session | None = None,
    session_path: Path | None = None,
) -> ParallaxApp:
    """The app on ``articles`` (default: the seeds), with a pinned theme and title.

    ``comparison`` replaces the engine's result (the story's hand-made one, say);
    ``analyse`` replaces the engine call itself.  ``session_path``: a session
    file to load and autosave (tests pass one in ``tmp_path``; None keeps the
    session in memory).
    """
    if articles is None:
        articles = seed_articles()
        # Show the sources as relative paths, whatever the checkout's location.
        articles = [replace(a, source=p) for a, p in zip(articles, SEED_PATHS, strict=True)]
    if comparison is not None:
        fixed = comparison

        def analyse(_: Sequence[Article]) -> Comparison:
            return fixed

        app = ParallaxApp(
            articles,
            theme=theme,
            analyse=analyse,
            reanalyse=lambda _, alignment: replace(fixed, alignment=alignment),
            review=review,
            session=session,
            session_path=session_path,
        )
    elif analyse is not None:
        app = ParallaxApp(
            articles,
            theme=theme,
            analyse=analyse,
            review=review,
            session=session,
            session_path=session_path,
        )
    else:
        app = ParallaxApp(
            articles, theme=theme, review=review, session=session, session_path=session_path
        )
    app.title = "Parallax"
    return app


def build_story_app(**kwargs: object) -> ParallaxApp:
    """The app on the hand-aligned story of :mod:`tests.story`."""
    return build_app(story_articles(), comparison=story_comparison(), **kwargs)  # type: ignore[arg-type]


async def settled(pilot: Pilot[None], timeout: float = 30) -> ComparisonScreen:
    """Wait until the analysis is over (the comparison on screen, or its failure
    said); returns the screen.  Waiting for the workers alone is not enough: the
    analysis worker may not have started yet."""
    deadline = time.monotonic() + timeout
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ComparisonScreen) and (
            screen.alignment is not None or screen.error is not None
        ):
            return screen
        assert time.monotonic() < deadline, "the analysis never finished"
        await asyncio.sleep(0.01)


async def analysed(pilot: Pilot[None]) -> ComparisonScreen:
    """Wait until the comparison is on screen; returns the screen."""
    screen = await settled(pilot)
    assert screen.alignment is not None, screen.error
    return screen


@pytest.fixture
def make_app() -> AppFactory:
    return build_app

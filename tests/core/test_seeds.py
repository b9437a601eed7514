"""How the three bundled seed articles are segmented."""

from __future__ import annotations

import pytest

from tests.core.conftest import SEEDS
from tui.core.loader import load_articles
from tui.core.model import Article


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    paths = sorted(SEEDS.glob("*.txt"))
    return {
        p.name[:3]: a for p, a in zip(paths, load_articles([str(p) for p in paths]), strict=True)
    }


def by_text(article: Article, text: str) -> list[tuple[str, str, str | None]]:
    return [(p.id, p.kind, p.repeat_of) for p in article.paragraphs if p.text == text]


def test_offsets_are_exact(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        for p in article.paragraphs:
            assert article.text[p.start : p.end] == p.text


def test_seed_000(seeds: dict[str, Article]) -> None:
    a = seeds["000"]
    headline = "Putin–Kim Meeting in Russia’s Far East Marred by Missile Strike on Sevastopol"
    assert a.title == headline
    assert by_text(a, headline) == [("A1", "title", None), ("A3", "heading", "A1")]
    assert by_text(a, "Adam Morrow") == [("A5", "metadata", None)]
    assert by_text(a, "Updated:") == [("A6", "metadata", None)]
    assert by_text(a, "0:00") == [("A7", "metadata", None)]
    assert by_text(a, "Counternarratives") == [("A25", "heading", None)]
    assert by_text(a, "West ‘Needs Off-Ramp’") == [("A41", "heading", None)]
    # Each photo caption is shown twice, the second time without parentheses.
    captions = [
        p for p in a.paragraphs if p.text.startswith(("Ukraine's President", "Ukrainian soldiers"))
    ]
    assert [(p.kind, p.repeat_of) for p in captions] == [
        ("body", None),
        ("body", captions[0].id),
        ("body", None),
        ("body", captions[2].id),
    ]
    smoke = next(p for p in a.paragraphs if p.text.startswith("Smoke rises"))
    assert smoke.is_content
    assert a.paragraphs[-1].text == "Reuters contributed to this report."
    assert len(a.paragraphs) == 51
    assert len(a.content_paragraphs) == 45


def test_seed_002(seeds: dict[str, Article]) -> None:
    b = seeds["002"]
    assert b.title.startswith("Kim Jong Un and Putin meet for talks, Russian drones attack Odesa")
    assert b.paragraphs[0].kind == "title"
    caption = "Vladimir Putin and Kim Jong Un. Photo: The Kremlin"
    assert by_text(b, caption) == [("B3", "metadata", None), ("B4", "metadata", "B3")]
    assert by_text(b, "Editor in chief — Kirill Martynov. Terms of use. Privacy policy.") == [
        ("B23", "metadata", None)
    ]
    headings = [p.text for p in b.paragraphs if p.kind == "heading"]
    assert headings == [
        "Novaya-Europe's roundup",
        "Kim Jong Un and Vladimir Putin meet to hold talks at the Vostochny Cosmodrome",
        "Injuries reported as drones attack ports in Ukraine’s Odesa region",
        "Russian Defence Ministry says two ships damaged as Ukraine launches cruise missile "
        "strike on Sevastopol shipyard",
    ]


def test_seed_003(seeds: dict[str, Article]) -> None:
    c = seeds["003"]
    # it opens with body text, not a headline: its first sentence, the date left out
    assert c.title == (
        "IIn Russia’s Far East, President Vladimir Putin is expected to meet with North Korean…"
    )
    first = c.paragraphs[0]
    assert (first.id, first.kind, first.start) == ("C1", "body", 1)
    assert first.text.startswith("date 2023-09-13 IIn Russia’s Far East, President Vladimir Putin")
    assert first.text.endswith("in a heavily armored special train.")
    assert "date 2023-09-13 IIn Russia’s" in first.text
    assert [p.text for p in c.paragraphs if p.kind == "heading"] == [
        "Ukrainians advance near Bakhmut",
        "Governor: Major fire after attack on Sevastopol",
    ]
    assert len(c.paragraphs) == 8
    assert all(p.kind in ("body", "heading") and p.repeat_of is None for p in c.paragraphs)

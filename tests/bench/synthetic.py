"""Realistic large comparisons for the benchmarks, built from the seed articles.

Each synthetic article draws sentences from the real seed sentences, reorders
them, perturbs their wording (dropped words, swapped neighbours, changed
numbers, respelled names) and adds a filler sentence to each paragraph.
The same ``seed`` always gives the same articles.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from tui.core.loader import load_article
from tui.core.model import ARTICLE_IDS, Article, Paragraph
from tui.core.text import sentence_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_FILLER_SUBJECTS = (
    "Local officials",
    "Analysts in the region",
    "A spokesperson for the ministry",
    "Witnesses contacted by reporters",
    "Independent observers",
    "Residents of nearby districts",
)
_FILLER_VERBS = ("noted", "stressed", "suggested", "argued", "cautioned", "added")
_FILLER_TAILS = (
    "that the situation remained fluid",
    "that further details would follow",
    "that the figures could not be verified",
    "that talks would continue next week",
    "that damage assessments were still under way",
    "that the response had been coordinated",
)


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for block in re.split(r"\n\s*\n|\n", text):
            for start, end in sentence_spans(block.strip()):
                sentence = block.strip()[start:end]
                if len(sentence.split()) >= 6:
                    sentences.append(sentence)
    return sentences


def _perturb(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    out: list[str] = []
    for word in words:
        r = rng.random()
        if r < 0.05 and len(words) > 8:
            continue  # dropped word
        if r < 0.10 and word.isdigit():
            word = str(int(word) + rng.randint(-3, 3))
        elif r < 0.13 and len(word) > 6 and word[0].isupper():
            word = word.replace("zh", "sh").replace("y", "i")
        out.append(word)
    if len(out) > 4 and rng.random() < 0.3:
        i = rng.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def _filler(rng: random.Random) -> str:
    return (
        f"{rng.choice(_FILLER_SUBJECTS)} {rng.choice(_FILLER_VERBS)} {rng.choice(_FILLER_TAILS)}."
    )


_SYLLABLES = ("ka", "ro", "vi", "len", "dar", "mo", "shev", "zin", "tal", "bor", "ne", "gra", "pol")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _fact(template: str, rng: random.Random, cast: list[str]) -> str:
    """A new fact in the shape of a real sentence: other names, other numbers.

    Names come from the story's ``cast``, as in real coverage where the same
    people and places recur, rather than a new name at every turn.
    """
    words = []
    for i, word in enumerate(template.split()):
        core = word.strip(".,;:\"'()\u201c\u201d\u2019")
        if i > 0 and core[:1].isupper() and core.isalpha():
            word = word.replace(core, rng.choice(cast))
        elif core.isdigit():
            word = word.replace(core, str(rng.randint(2, 900)))
        words.append(word)
    return " ".join(words)


def make_articles(
    n_articles: int, n_paragraphs: int, *, seed: int = 7, coverage: float = 0.5
) -> list[Article]:
    """``n_articles`` reports of one story with ``n_paragraphs`` paragraphs each.

    The story has ``n_paragraphs / coverage`` facts; each article reports a
    random ``coverage`` share of them, in its own order and wording.
    """
    rng = random.Random(seed)
    pool = seed_sentences()
    cast = [_name(rng) for _ in range(max(40, n_paragraphs // 3))]
    n_facts = int(n_paragraphs * 2 / coverage)
    facts = [_fact(rng.choice(pool), rng, cast) for _ in range(n_facts)]
    articles = []
    for a in range(n_articles):
        aid = ARTICLE_IDS[a]
        chosen = rng.sample(range(len(facts)), k=min(len(facts), n_paragraphs * 2))
        texts = []
        for i in range(n_paragraphs):
            k = rng.choice((1, 2, 2, 3))
            sentences = [_perturb(facts[j], rng) for j in chosen[2 * i : 2 * i + k]]
            sentences.append(_filler(rng))
            texts.append(" ".join(sentences))
        articles.append(article_from_texts(aid, f"synthetic-{aid}.txt", texts))
    return articles


def article_from_texts(article_id: str, source: str, texts: list[str]) -> Article:
    """An article whose paragraphs are ``texts``, joined by blank lines."""
    text = "\n\n".join(texts)
    paragraphs = []
    pos = 0
    for i, para in enumerate(texts):
        start = text.index(para, pos)
        pos = start + len(para)
        paragraphs.append(Paragraph(f"{article_id}{i + 1}", article_id, i, para, start, pos))
    return Article(article_id, source, texts[0][:60], text, tuple(paragraphs))


def seed_articles() -> list[Article]:
    """The three seed articles, loaded as the app loads them."""
    paths = sorted(SEEDS.glob("*.txt"))
    return [load_article(str(p), ARTICLE_IDS[i]) for i, p in enumerate(paths)]

"""Regression guard: alignment quality on the seeds against their gold annotation.

The gold (tests/data/seeds-gold.json, a copy of the project's evaluation
gold) lists the facts each seed article states, as text snippets.  Two
paragraphs of different articles should be aligned when they state a common
fact; this test scores the engine's groups the same way the project's scorer
does (precision, recall and F1 over cross-article paragraph pairs) and fails
if the score slips below where it stands.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest

from tui.core import load_articles
from tui.core.compare import compare
from tui.core.model import Article

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "data" / "seeds-gold.json").read_text(encoding="utf-8"))

# Where the seeds stand today (align F1 0.86); the floor leaves room for
# harmless changes, not for a regression.
ALIGN_F1_FLOOR = 0.84


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return load_articles([str(ROOT / "seeds" / name) for name in GOLD["articles"]])


def _gold_pairs(articles: list[Article]) -> set[tuple[str, str]]:
    by_name = {Path(a.source).name: a for a in articles}
    facts_of: dict[str, set[str]] = {}
    for fact in GOLD["facts"]:
        for name, snippets in fact["mentions"].items():
            for snippet in snippets:
                hits = [p.id for p in by_name[name].paragraphs if _norm(snippet) in _norm(p.text)]
                assert hits, f"gold snippet not found in {name}: {snippet!r}"
                for pid in hits:
                    facts_of.setdefault(pid, set()).add(fact["id"])
    return {
        (a, b)
        for a, b in itertools.combinations(sorted(facts_of), 2)
        if a.rstrip("0123456789") != b.rstrip("0123456789") and facts_of[a] & facts_of[b]
    }


def test_seed_alignment_f1_does_not_slip(seeds: list[Article]) -> None:
    gold = _gold_pairs(seeds)
    predicted = compare(seeds).alignment.aligned_pairs()
    true_positives = len(gold & predicted)
    precision = true_positives / len(predicted)
    recall = true_positives / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= ALIGN_F1_FLOOR, f"align F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"
    assert precision >= 0.8 and recall >= 0.8

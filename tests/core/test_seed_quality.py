"""Regression guard: quality on the seeds against their gold annotation.

The gold (tests/data/seeds-gold.json, a copy of the project's evaluation
gold) lists the facts, names and quantities of each seed article.  The
seeds keep their bar: align F1 >= 0.85, every spelling variant found with
no false merge, and every number linked and judged right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core import load_articles
from tui.core.compare import compare
from tui.core.evaluation.scoring import Score, score_report
from tui.core.report import report_json

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "data" / "seeds-gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def score() -> Score:
    seeds = load_articles([str(ROOT / "seeds" / name) for name in GOLD["articles"]])
    return score_report(dict(report_json(compare(seeds))), GOLD)


def test_seed_alignment_keeps_its_bar(score: Score) -> None:
    a = score.align
    assert a.f1 >= 0.85, f"align F1 {a.f1:.3f} (P {a.precision:.3f}, R {a.recall:.3f})"
    assert score.problems == ()


def test_seed_names_keep_their_bar(score: Score) -> None:
    assert score.names.variant_recall == 1.0, score.names.missed
    assert score.names.false_merges == 0


def test_seed_numbers_keep_their_bar(score: Score) -> None:
    n = score.numbers
    assert (n.link_recall, n.verdict_accuracy, n.discrepancy_recall) == (1.0, 1.0, 1.0), n.unlinked
    assert n.false_links == 0

"""The evaluation: our scorer agrees with the reference scorer, LOEO never peeks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core import load_articles
from tui.core.compare import Comparison, compare
from tui.core.evaluation.baseline import baseline_groups, pair_scores
from tui.core.evaluation.corpus import load_corpus, load_event
from tui.core.evaluation.loeo import leave_one_out
from tui.core.evaluation.scoring import GoldError, form_matches, score_report
from tui.core.model import Article
from tui.core.report import report_json
from tui.eval import main as eval_main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "coverage"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds-gold.json"
REFERENCE = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    return load_articles([str(ROOT / "seeds" / name) for name in gold["articles"]])


@pytest.fixture(scope="module")
def seed_comparison(seed_articles: list[Article]) -> Comparison:
    return compare(seed_articles)


def _reference(report: dict[str, object], gold: Path, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(REFERENCE), str(path), str(gold), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout))


@pytest.mark.skipif(not REFERENCE.is_file(), reason="the reference scorer (../shared) is absent")
def test_figures_equal_the_reference_scorer_on_the_seeds(
    seed_comparison: Comparison, tmp_path: Path
) -> None:
    report = dict(report_json(seed_comparison))
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    assert score_report(report, gold).figures() == _reference(report, SEEDS_GOLD, tmp_path)


@pytest.mark.skipif(not REFERENCE.is_file(), reason="the reference scorer (../shared) is absent")
@pytest.mark.parametrize("event", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_figures_equal_the_reference_scorer_on_the_corpus(event: str, tmp_path: Path) -> None:
    ev = load_event(CORPUS / event)
    report = dict(report_json(ev.articles))
    # the reference scorer matches articles by file name: point it at the event folder
    assert score_report(report, ev.gold).figures() == _reference(
        report, CORPUS / event / "gold.json", tmp_path
    )


def test_every_corpus_snippet_is_found() -> None:
    for ev in load_corpus(CORPUS):
        report = dict(report_json(ev.articles))
        assert score_report(report, ev.gold).problems == (), ev.name


def test_form_matching_is_on_word_boundaries() -> None:
    assert form_matches("Mikhail Razvozhaev", "Razvozhaev")
    assert not form_matches("Sevastopol shipyard", "Sevastopol")
    assert form_matches("Kyiv’s", "kyiv s")


def test_leave_one_out_never_uses_the_held_out_event() -> None:
    # "b" is best on event 0 only: event 0 is still scored with "a"
    scores = [[0.1, 0.9], [0.8, 0.2], [0.7, 0.3], [0.9, 0.1]]
    chosen = leave_one_out(["a", "b"], scores)
    assert [h.choice for h in chosen] == ["a", "a", "a", "a"]
    assert [h.score for h in chosen] == [0.1, 0.8, 0.7, 0.9]
    with pytest.raises(ValueError):
        leave_one_out(["a"], [[1.0]])


def test_baseline_pairs_only_cross_articles(seed_articles: list[Article]) -> None:
    scores = pair_scores(seed_articles)
    assert all(a[0] != b[0] for a, b, _ in scores)
    assert baseline_groups(scores, 101) == []
    assert all(len(g) == 2 for g in baseline_groups(scores, 50))


def test_a_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="gold.json"):
        load_event(tmp_path)
    assert eval_main([str(tmp_path)]) == 2


def test_the_command_prints_all_three_systems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in sorted(p.name for p in CORPUS.iterdir() if p.is_dir())[:2]:
        shutil.copytree(CORPUS / name, tmp_path / name)
    assert eval_main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for label in ("baseline", "default", "loeo", "MEAN", "leave-one-event-out chose"):
        assert label in out

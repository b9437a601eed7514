"""Seeds regression: names and numbers scored against the gold annotation.

The report is built here from the loader, the alignment and the two engines
(as ``parallax report --format json`` will), then scored by
``../shared/eval/score.py``.  The bar: every gold spelling variant merged, no
false merge; at least 90% of the gold number links, every verdict right, the
discrepancy found, no false link.  The numbers must also hold without the
alignment, so that they do not depend on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.core.conftest import REPO, SEEDS
from tui.core.align import align
from tui.core.loader import load_articles
from tui.core.names import find_entities
from tui.core.quantities import link_quantities
from tui.core.report import report_json

EVAL = REPO.parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(
    not (EVAL / "score.py").exists(), reason="../shared/eval is not beside the repository"
)


def score(tmp_path: Path, *, aligned: bool) -> dict[str, Any]:
    arts = load_articles([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    alignment = align(arts)
    groups = [list(g.paragraphs) for g in alignment.groups] if aligned else []
    pairs = alignment.aligned_pairs() if aligned else set()
    report = report_json(arts)
    report["groups"] = [
        {"id": g.id, "paragraphs": list(g.paragraphs), "score": g.score} for g in alignment.groups
    ]
    report["entities"] = [e.to_json() for e in find_entities(arts, aligned=pairs)]
    report["numbers"] = [q.to_json() for q in link_quantities(arts, groups=groups)]
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(path),
            str(EVAL / "seeds-gold.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


@pytest.mark.parametrize("aligned", [True, False], ids=["aligned", "unaligned"])
def test_seed_names_and_numbers_meet_the_bar(tmp_path: Path, aligned: bool) -> None:
    result = score(tmp_path, aligned=aligned)
    names, numbers = result["names"], result["numbers"]
    assert names["variant_recall"] == 1.0
    assert names["false_merges"] == 0
    assert numbers["link_recall"] >= 0.9
    assert numbers["verdict_accuracy"] == 1.0
    assert numbers["discrepancy_recall"] == 1.0
    assert numbers["false_links"] == 0

"""Run the engine and the anchors over a corpus and gather their scores.

Three systems are scored on every event in one run:

- ``baseline``: the one-line rapidfuzz anchor at its best cut, chosen on all
  events at once (in-sample, so optimistic: the anchor to beat);
- ``default``: the engine with its default settings;
- ``loeo``: the engine with settings chosen leave-one-event-out from a small
  grid (the out-of-sample headline).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from tui.core.align.pairs import FEATURES, Pair, PairEvidence, predicted_pairs
from tui.core.align.pipeline import evidence
from tui.core.compare import compare
from tui.core.evaluation.baseline import BASELINE_CUTS, baseline_groups, pair_scores
from tui.core.evaluation.corpus import Event
from tui.core.evaluation.fit import Row, fit_logistic
from tui.core.evaluation.scoring import Score, gold_pairs, pair_f1, score_report
from tui.core.report import report_json
from tui.core.settings import AlignSettings, Settings

_DEFAULT = AlignSettings()

#: The probability thresholds the leave-one-event-out fit chooses from.
THRESHOLDS: tuple[float, ...] = tuple(round(0.1 + 0.05 * i, 2) for i in range(11))


@dataclass(frozen=True, slots=True)
class EventResult:
    """One system's score on one event, and the setting it ran with."""

    event: str
    score: Score
    setting: str = ""
    align_only: bool = False
    """The system only aligns (the anchor): its names and numbers are not scored."""

    def figures(self) -> dict[str, dict[str, float | int | None]]:
        out = self.score.figures()
        if self.align_only:
            for area in ("names", "numbers"):
                out[area] = dict.fromkeys(out[area])
        return out


@dataclass(frozen=True, slots=True)
class RunResult:
    """Per system, one result per event (in corpus order)."""

    systems: dict[str, list[EventResult]]


def _skeleton(event: Event) -> dict[str, Any]:
    """A report with every paragraph and nothing else, to put groups into."""
    full = report_json_articles(event)
    return {"articles": full, "groups": [], "entities": [], "numbers": []}


def report_json_articles(event: Event) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "source": a.source,
            "paragraphs": [{"id": p.id, "text": p.text} for p in a.paragraphs],
        }
        for a in event.articles
    ]


def _with_groups(skeleton: dict[str, Any], groups: Sequence[Sequence[str]]) -> dict[str, Any]:
    return {**skeleton, "groups": [{"paragraphs": list(g)} for g in groups]}


def _describe(setting: AlignSettings) -> str:
    weights = " ".join(f"{w:g}" for w in setting.pair_weights)
    return f"pair weights {weights}, threshold {setting.pair_threshold:g}"


def run_baseline(events: Sequence[Event]) -> list[EventResult]:
    """The anchor at the cut with the best mean align F1 over all events."""
    skeletons = [_skeleton(e) for e in events]
    pairs = [pair_scores(e.articles) for e in events]
    table = [
        [score_report(_with_groups(sk, baseline_groups(ps, cut)), e.gold) for cut in BASELINE_CUTS]
        for e, sk, ps in zip(events, skeletons, pairs, strict=True)
    ]
    means = [sum(row[c].align.f1 for row in table) / len(table) for c in range(len(BASELINE_CUTS))]
    best = max(range(len(BASELINE_CUTS)), key=lambda c: (means[c], -c))
    return [
        EventResult(e.name, row[best], f"token_set_ratio >= {BASELINE_CUTS[best]}", True)
        for e, row in zip(events, table, strict=True)
    ]


def run_engine(events: Sequence[Event], setting: AlignSettings = _DEFAULT) -> list[EventResult]:
    """The whole engine (alignment, names, numbers) with one setting on every event."""
    return [
        EventResult(
            e.name,
            score_report(
                report_json(compare(e.articles, settings=Settings(align=setting))), e.gold
            ),
            _describe(setting),
        )
        for e in events
    ]


@dataclass(frozen=True, slots=True)
class _Evidence:
    """One event's pair evidence, labelled by its gold."""

    pairs: list[Pair]
    features: list[tuple[float, ...]]
    gold: set[Pair]
    claims: set[Pair]

    def rows(self) -> list[Row]:
        return [(x, int(p in self.gold)) for p, x in zip(self.pairs, self.features, strict=True)]

    def f1(self, weights: Sequence[float], threshold: float) -> float:
        predicted = set(
            predicted_pairs(
                (PairEvidence(p, x) for p, x in zip(self.pairs, self.features, strict=True)),
                weights=weights,
                threshold=threshold,
                min_cosine=_DEFAULT.pair_min_cosine,
            )
        )
        if _DEFAULT.keep_claims:
            predicted |= self.claims
        return pair_f1(predicted, self.gold)


def _event_evidence(event: Event, setting: AlignSettings) -> _Evidence:
    found = evidence(event.articles, setting)
    gold = gold_pairs(_skeleton(event), event.gold)
    claims = {e.pair for e in found if e.features[FEATURES.index("claim")]}
    return _Evidence([e.pair for e in found], [e.features for e in found], gold, claims)


def fit_pair_model(
    labelled: Sequence[_Evidence], *, start: Sequence[float] | None = None
) -> AlignSettings:
    """The pair model's weights and threshold fitted on ``labelled`` events."""
    weights = fit_logistic([r for ev in labelled for r in ev.rows()], start=start)
    best = max(
        THRESHOLDS, key=lambda t: (sum(ev.f1(weights, t) for ev in labelled), -abs(t - 0.25))
    )
    return replace(_DEFAULT, pair_weights=weights, pair_threshold=best)


def fit_corpus(events: Sequence[Event]) -> AlignSettings:
    """The pair model fitted on every event (what ``--fit`` prints for the defaults)."""
    return fit_pair_model([_event_evidence(e, _DEFAULT) for e in events])


def run_loeo(events: Sequence[Event]) -> list[EventResult]:
    """The engine with the pair model fitted on the other events, scored on each one."""
    labelled = [_event_evidence(e, _DEFAULT) for e in events]
    start = fit_logistic([r for ev in labelled for r in ev.rows()])
    out = []
    for held, event in enumerate(events):
        others = [ev for i, ev in enumerate(labelled) if i != held]
        setting = fit_pair_model(others, start=start)
        report = report_json(compare(event.articles, settings=Settings(align=setting)))
        out.append(EventResult(event.name, score_report(report, event.gold), _describe(setting)))
    return out


def run_all(events: Sequence[Event], *, progress: Callable[[str], None] | None = None) -> RunResult:
    """Every system on every event."""
    systems: dict[str, list[EventResult]] = {}
    for name, runner in (("baseline", run_baseline), ("default", run_engine), ("loeo", run_loeo)):
        if progress is not None:
            progress(name)
        systems[name] = runner(events)
    return RunResult(systems)

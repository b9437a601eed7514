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

from tui.core.align import align
from tui.core.compare import compare
from tui.core.evaluation.baseline import BASELINE_CUTS, baseline_groups, pair_scores
from tui.core.evaluation.corpus import Event
from tui.core.evaluation.loeo import leave_one_out
from tui.core.evaluation.scoring import Score, score_report
from tui.core.report import report_json
from tui.core.settings import AlignSettings

_DEFAULT = AlignSettings()

#: The settings the leave-one-event-out fit chooses from (the default first).
ALIGN_GRID: tuple[AlignSettings, ...] = (
    _DEFAULT,
    *(
        replace(_DEFAULT, claim_threshold=c, event_threshold=e)
        for c in (0.12, 0.15, 0.18, 0.22, 0.26)
        for e in (0.15, 0.2, 0.3)
        if (c, e) != (_DEFAULT.claim_threshold, _DEFAULT.event_threshold)
    ),
)


@dataclass(frozen=True, slots=True)
class EventResult:
    """One system's score on one event, and the setting it ran with."""

    event: str
    score: Score
    setting: str = ""


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
    return f"claim {setting.claim_threshold:g} event {setting.event_threshold:g}"


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
        EventResult(e.name, row[best], f"token_set_ratio >= {BASELINE_CUTS[best]}")
        for e, row in zip(events, table, strict=True)
    ]


def run_engine(events: Sequence[Event], setting: AlignSettings = _DEFAULT) -> list[EventResult]:
    """The whole engine (alignment, names, numbers) with one setting on every event."""
    return [
        EventResult(
            e.name,
            score_report(report_json(compare(e.articles, settings=setting)), e.gold),
            _describe(setting),
        )
        for e in events
    ]


def run_loeo(
    events: Sequence[Event], grid: Sequence[AlignSettings] = ALIGN_GRID
) -> list[EventResult]:
    """The engine with each event's settings chosen on the other events (align F1)."""
    table = []
    for e in events:
        sk = _skeleton(e)
        row = []
        for setting in grid:
            groups = [g.paragraphs for g in align(e.articles, settings=setting).groups]
            row.append(score_report(_with_groups(sk, groups), e.gold).align.f1)
        table.append(row)
    chosen = leave_one_out(grid, table)
    return [
        EventResult(
            events[h.event].name,
            score_report(
                report_json(compare(events[h.event].articles, settings=h.choice)),
                events[h.event].gold,
            ),
            _describe(h.choice),
        )
        for h in chosen
    ]


def run_all(events: Sequence[Event], *, progress: Callable[[str], None] | None = None) -> RunResult:
    """Every system on every event."""
    systems: dict[str, list[EventResult]] = {}
    for name, runner in (("baseline", run_baseline), ("default", run_engine), ("loeo", run_loeo)):
        if progress is not None:
            progress(name)
        systems[name] = runner(events)
    return RunResult(systems)

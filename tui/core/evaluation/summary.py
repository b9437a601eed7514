"""Means over events and the printed table of an evaluation run."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.evaluation.run import EventResult, RunResult

#: (heading, area, figure, is a count) for each printed column.
COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("P", "align", "precision", False),
    ("R", "align", "recall", False),
    ("F1", "align", "f1", False),
    ("var.rec", "names", "variant_recall", False),
    ("merges", "names", "false_merges", True),
    ("link.rec", "numbers", "link_recall", False),
    ("verdict", "numbers", "verdict_accuracy", False),
    ("disc.rec", "numbers", "discrepancy_recall", False),
    ("f.links", "numbers", "false_links", True),
)

SYSTEM_LABELS = {
    "baseline": "baseline (rapidfuzz, best cut in-sample)",
    "default": "engine, default settings",
    "loeo": "engine, settings chosen leave-one-event-out",
}


def summary(results: Sequence[EventResult]) -> dict[str, float | int | None]:
    """Mean of each ratio over the events that have it; the sum of each count."""
    out: dict[str, float | int | None] = {}
    for _, area, key, is_count in COLUMNS:
        values = [r.figures()[area][key] for r in results]
        present = [v for v in values if v is not None]
        if is_count:
            out[f"{area}.{key}"] = int(sum(present)) if present else None
        else:
            out[f"{area}.{key}"] = round(sum(present) / len(present), 3) if present else None
    return out


def _cell(value: float | int | None, is_count: bool) -> str:
    if value is None:
        return "-"
    return str(int(value)) if is_count else f"{value:.2f}"


def format_table(run: RunResult) -> str:
    """One block per system: a row per event and the mean (counts summed)."""
    names = [r.event for rs in run.systems.values() for r in rs]
    width = max([len(n) for n in names] + [12])
    head = f"{'event':<{width}}  " + " ".join(f"{h:>8}" for h, *_ in COLUMNS)
    lines: list[str] = []
    for system, results in run.systems.items():
        lines += ["", f"== {SYSTEM_LABELS.get(system, system)}", head]
        for r in results:
            figures = r.figures()
            cells = [_cell(figures[a][k], c) for _, a, k, c in COLUMNS]
            lines.append(f"{r.event:<{width}}  " + " ".join(f"{x:>8}" for x in cells))
        total = summary(results)
        cells = [_cell(total[f"{a}.{k}"], c) for _, a, k, c in COLUMNS]
        row = " ".join(f"{x:>8}" for x in cells)
        lines.append(f"{'MEAN':<{width}}  {row}")
    return "\n".join(lines)


def format_means(run: RunResult) -> str:
    """The mean of every system, one row each (counts summed over the events)."""
    width = max([len(s) for s in run.systems] + [12])
    head = f"{'system':<{width}}  " + " ".join(f"{h:>8}" for h, *_ in COLUMNS)
    rows = []
    for system, results in run.systems.items():
        total = summary(results)
        cells = [_cell(total[f"{a}.{k}"], c) for _, a, k, c in COLUMNS]
        rows.append(f"{system:<{width}}  " + " ".join(f"{x:>8}" for x in cells))
    return "\n".join(["== means (counts summed over events)", head, *rows])

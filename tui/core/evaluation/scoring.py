"""Score a comparison report against a gold annotation of the same articles.

The figures and their definitions are those of the project's reference
scorer (the evaluation protocol the held-out events are scored with), so a
figure printed by ``python -m tui.eval`` means the same as one printed by it:

- ``align``: precision, recall and F1 over cross-article paragraph pairs.  A
  pair is predicted when both paragraphs sit in one report group, and correct
  when the two paragraphs state at least one common gold fact.
- ``names``: the share of gold spelling-variant pairs whose two spellings the
  report puts in one entity, and the count of false merges (gold look-alike
  pairs put together, plus report entities holding two gold entities).
- ``numbers``: the share of gold pairs of number mentions the report links,
  the verdict accuracy over linked quantities, the share of disagreeing
  quantities caught, and the count of report items joining two quantities.

Everything here is pure: reports and gold files come in as parsed JSON.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

JsonObject = Mapping[str, Any]

_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+")
_PUNCTUATION = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-"})


class GoldError(ValueError):
    """A gold file or report that cannot be scored (with a one-line reason)."""


def normalise(text: str) -> str:
    """NFC, straight quotes, plain dashes and single spaces: how snippets are matched."""
    text = unicodedata.normalize("NFC", text).translate(_PUNCTUATION).translate(_DASHES)
    return _SPACE_RE.sub(" ", text).strip()


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(normalise(text).lower())


def form_matches(mention: str, form: str) -> bool:
    """Equal word for word, or one ends with the other on a word boundary.

    "Mikhail Razvozhaev" matches "Razvozhaev"; "Sevastopol shipyard" does not
    match "Sevastopol".
    """
    m, f = _words(mention), _words(form)
    if not m or not f:
        return False
    if m == f:
        return True
    short, long_ = (m, f) if len(m) < len(f) else (f, m)
    return long_[-len(short) :] == short


# --------------------------------------------------------------------------- the report


@dataclass(slots=True)
class _Report:
    article_of: dict[str, str] = field(default_factory=dict)
    text_of: dict[str, str] = field(default_factory=dict)
    paragraphs: dict[str, list[str]] = field(default_factory=dict)
    groups: list[list[str]] = field(default_factory=list)
    entities: list[JsonObject] = field(default_factory=list)
    numbers: list[JsonObject] = field(default_factory=list)

    def find(self, article: str, snippet: str) -> list[str]:
        s = normalise(snippet)
        return [pid for pid in self.paragraphs[article] if s in self.text_of[pid]]


def _read_report(data: JsonObject, gold_articles: Sequence[str]) -> _Report:
    articles = data.get("articles") if isinstance(data, Mapping) else None
    if not isinstance(articles, list):
        raise GoldError("report has no 'articles' list")
    rep = _Report(paragraphs={a: [] for a in gold_articles})
    by_name = {PurePath(a).name: a for a in gold_articles}
    for art in articles:
        name = by_name.get(PurePath(str(art.get("source", ""))).name)
        if name is None:
            continue
        for p in art.get("paragraphs", []):
            pid = str(p["id"])
            rep.article_of[pid] = name
            rep.text_of[pid] = normalise(p.get("text", ""))
            rep.paragraphs[name].append(pid)
    missing = [a for a, ps in rep.paragraphs.items() if not ps]
    if missing:
        raise GoldError(f"report has no paragraphs for gold article(s) {missing}")
    rep.groups = [[str(x) for x in g.get("paragraphs", [])] for g in data.get("groups", [])]
    rep.entities = list(data.get("entities", []))
    rep.numbers = list(data.get("numbers", []))
    return rep


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class AlignScore:
    precision: float
    recall: float
    f1: float
    gold_pairs: int
    predicted_pairs: int
    missed: tuple[tuple[str, str], ...] = ()
    wrong: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class NameScore:
    variant_recall: float | None
    variant_pairs: int
    false_merges: int
    missed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class NumberScore:
    link_recall: float | None
    verdict_accuracy: float | None
    discrepancy_recall: float | None
    false_links: int
    gold_pairs: int = 0
    linked_pairs: int = 0
    disagreeing: int = 0
    caught: int = 0
    unlinked: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Score:
    align: AlignScore
    names: NameScore
    numbers: NumberScore
    problems: tuple[str, ...] = ()

    def figures(self) -> dict[str, dict[str, float | int | None]]:
        """The printed figures, keyed as the reference scorer keys them."""
        a, n, q = self.align, self.names, self.numbers
        return {
            "align": {
                "precision": a.precision,
                "recall": a.recall,
                "f1": a.f1,
                "gold_pairs": a.gold_pairs,
                "predicted_pairs": a.predicted_pairs,
            },
            "names": {
                "variant_recall": n.variant_recall,
                "variant_pairs": n.variant_pairs,
                "false_merges": n.false_merges,
            },
            "numbers": {
                "link_recall": q.link_recall,
                "verdict_accuracy": q.verdict_accuracy,
                "discrepancy_recall": q.discrepancy_recall,
                "false_links": q.false_links,
            },
        }


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


# --------------------------------------------------------------------------- alignment


def _cross_pairs(rep: _Report, pids: Iterable[str]) -> Iterator[tuple[str, str]]:
    for a, b in itertools.combinations(sorted(set(pids)), 2):
        art_a, art_b = rep.article_of.get(a), rep.article_of.get(b)
        if art_a and art_b and art_a != art_b:
            yield (a, b)


def _gold_pairs(rep: _Report, gold: JsonObject, problems: list[str]) -> set[tuple[str, str]]:
    facts_of: dict[str, set[str]] = {}
    for fact in gold.get("facts", []):
        for art, snippets in fact["mentions"].items():
            for snip in snippets:
                hits = rep.find(art, snip)
                if not hits:
                    problems.append(
                        f"fact {fact['id']}: snippet not found in any paragraph of {art}: {snip!r}"
                    )
                for pid in hits:
                    facts_of.setdefault(pid, set()).add(fact["id"])
    return {p for p in _cross_pairs(rep, facts_of) if facts_of[p[0]] & facts_of[p[1]]}


def gold_pairs(report: JsonObject, gold: JsonObject) -> set[tuple[str, str]]:
    """The cross-article paragraph pairs (report ids, sorted) that state a common gold fact."""
    articles = gold.get("articles") if isinstance(gold, Mapping) else None
    if not isinstance(articles, list) or not articles:
        raise GoldError("gold has no 'articles' list")
    return _gold_pairs(_read_report(report, [str(a) for a in articles]), gold, [])


def pair_f1(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> float:
    """F1 of predicted against gold pairs, as the align score computes it (unrounded)."""
    tp = len(predicted & gold)
    if not tp:
        return 0.0
    precision, recall = tp / len(predicted), tp / len(gold)
    return 2 * precision * recall / (precision + recall)


def _score_alignment(rep: _Report, gold: JsonObject, problems: list[str]) -> AlignScore:
    gold_pairs = _gold_pairs(rep, gold, problems)
    predicted: set[tuple[str, str]] = set()
    for g in rep.groups:
        predicted.update(_cross_pairs(rep, g))
    tp = len(gold_pairs & predicted)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold_pairs) if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return AlignScore(
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        gold_pairs=len(gold_pairs),
        predicted_pairs=len(predicted),
        missed=tuple(sorted(gold_pairs - predicted)),
        wrong=tuple(sorted(predicted - gold_pairs)),
    )


# --------------------------------------------------------------------------- names


def _entity_strings(ent: JsonObject) -> list[str]:
    out = [str(m.get("text", "")) for m in ent.get("mentions", [])]
    out += [str(s) for s in ent.get("spellings", [])]
    if ent.get("name"):
        out.append(str(ent["name"]))
    return [s for s in out if s]


def _score_names(rep: _Report, gold: JsonObject) -> NameScore:
    ents = [_entity_strings(e) for e in rep.entities]

    def together(f1: str, f2: str) -> bool:
        return any(
            any(form_matches(s, f1) for s in strs) and any(form_matches(s, f2) for s in strs)
            for strs in ents
        )

    variant_pairs = [
        (str(a), str(b))
        for group in gold.get("spelling_variants", [])
        for a, b in itertools.combinations(group, 2)
    ]
    found = [p for p in variant_pairs if together(*p)]
    merges = [p for p in gold.get("distinct_pairs", []) if together(str(p[0]), str(p[1]))]
    inventory = [
        (e["id"], form)
        for e in gold.get("entities", [])
        for forms in e["forms"].values()
        for form in forms
    ]
    impure = 0
    for strs in ents:
        ids: set[str] = set()
        for s in strs:
            owners = {gid for gid, form in inventory if form_matches(s, form)}
            if len(owners) == 1:
                ids |= owners
        impure += len(ids) > 1
    return NameScore(
        variant_recall=_ratio(len(found), len(variant_pairs)),
        variant_pairs=len(variant_pairs),
        false_merges=len(merges) + impure,
        missed=tuple(p for p in variant_pairs if p not in found),
    )


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class _GoldMention:
    quantity: str
    paragraphs: frozenset[str]
    value: float
    snippet: str


def _gold_mentions(rep: _Report, gold: JsonObject, problems: list[str]) -> list[_GoldMention]:
    out: list[_GoldMention] = []
    for q in gold.get("numbers", []):
        entries = [
            (art, v)
            for art, vals in q["values"].items()
            for v in (vals if isinstance(vals, list) else [vals])
        ]
        entries += [(extra["article"], extra) for extra in q.get("also", [])]
        for art, v in entries:
            pids = rep.find(art, v["text"])
            if not pids:
                problems.append(f"number {q['id']}: snippet not found in {art}: {v['text']!r}")
            out.append(
                _GoldMention(q["id"], frozenset(pids), float(v["value"]), normalise(v["text"]))
            )
    return out


def _owner(mention: JsonObject, gold: Sequence[_GoldMention]) -> int | None:
    """The gold mention a report mention stands for: same paragraph and value, text inside."""
    pid, text = str(mention.get("paragraph")), normalise(str(mention.get("text", "")))
    try:
        value = float(mention.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    for i, g in enumerate(gold):
        if pid in g.paragraphs and abs(g.value - value) < 1e-9 and text:
            if text in g.snippet or g.snippet in text:
                return i
    return None


def _score_numbers(rep: _Report, gold: JsonObject, problems: list[str]) -> NumberScore:
    mentions = _gold_mentions(rep, gold, problems)
    agree_of = {q["id"]: bool(q["agree"]) for q in gold.get("numbers", [])}
    linked: set[tuple[int, int]] = set()
    verdicts: dict[str, list[bool]] = {}
    false_links = 0
    for item in rep.numbers:
        owners = {_owner(m, mentions) for m in item.get("mentions", [])} - {None}
        found = sorted(o for o in owners if o is not None)
        qids = {mentions[i].quantity for i in found}
        false_links += len(qids) > 1
        for a, b in itertools.combinations(found, 2):
            if mentions[a].quantity == mentions[b].quantity:
                linked.add((a, b))
        if len(found) >= 2 and len(qids) == 1:
            verdicts.setdefault(next(iter(qids)), []).append(bool(item.get("agree", True)))
    gold_pairs = [
        (a, b)
        for a, b in itertools.combinations(range(len(mentions)), 2)
        if mentions[a].quantity == mentions[b].quantity
        and (
            mentions[a].paragraphs != mentions[b].paragraphs
            or mentions[a].value != mentions[b].value
        )
    ]
    hit = sum(1 for p in gold_pairs if p in linked)
    correct = sum(1 for qid, vs in verdicts.items() if all(v == agree_of[qid] for v in vs))
    disagreeing = [qid for qid, agree in agree_of.items() if not agree]
    caught = [q for q in disagreeing if q in verdicts and not any(verdicts[q])]
    return NumberScore(
        link_recall=_ratio(hit, len(gold_pairs)),
        verdict_accuracy=_ratio(correct, len(verdicts)),
        discrepancy_recall=_ratio(len(caught), len(disagreeing)),
        false_links=false_links,
        gold_pairs=len(gold_pairs),
        linked_pairs=hit,
        disagreeing=len(disagreeing),
        caught=len(caught),
        unlinked=tuple(
            sorted({mentions[a].quantity for a, b in gold_pairs if (a, b) not in linked})
        ),
    )


# --------------------------------------------------------------------------- entry point


def score_report(report: JsonObject, gold: JsonObject) -> Score:
    """Score ``report`` (the JSON report, parsed) against ``gold`` (a gold file, parsed)."""
    articles = gold.get("articles") if isinstance(gold, Mapping) else None
    if not isinstance(articles, list) or not articles:
        raise GoldError("gold has no 'articles' list")
    rep = _read_report(report, [str(a) for a in articles])
    problems: list[str] = []
    try:
        return Score(
            align=_score_alignment(rep, gold, problems),
            names=_score_names(rep, gold),
            numbers=_score_numbers(rep, gold, problems),
            problems=tuple(problems),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"malformed gold or report: {exc!r}") from exc

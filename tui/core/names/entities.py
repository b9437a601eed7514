"""Entities: the names of a comparison, each with its fullest form and every
way the articles spell it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from tui.core._gc import gc_paused
from tui.core.model import Article
from tui.core.names.accept import find_candidates
from tui.core.names.acronyms import mark_definitions
from tui.core.names.candidates import build_corpus
from tui.core.names.grouping import Form, forms_of, group_forms
from tui.core.names.model import Entity, NameMention
from tui.core.names.runs import paragraph_runs
from tui.core.names.similar import close
from tui.core.names.words import content_paragraphs, initial_word
from tui.core.settings import NameSettings


@gc_paused
def find_entities(
    articles: Sequence[Article],
    *,
    aligned: Collection[tuple[str, str]] = (),
    settings: NameSettings | None = None,
) -> list[Entity]:
    """The names used across ``articles``, grouped into entities.

    ``aligned`` holds pairs of paragraph ids that report the same facts; a
    one-word spelling variant the spelling key misses merges only when its
    two spellings are used in aligned paragraphs of different articles.
    """
    cfg = settings or NameSettings()
    paras = [paragraph_runs(a, p, settings=cfg) for a, p in content_paragraphs(articles)]
    corpus = build_corpus(paras)
    cands = find_candidates(paras, corpus, settings=cfg)
    if not cands:
        return []
    cands = mark_definitions(paras, cands)
    clusters = group_forms(
        forms_of(cands), lowercase=corpus.lowercase, aligned=aligned, settings=cfg
    )
    order = {p.id: (ai, p.index) for ai, a in enumerate(articles) for p in a.paragraphs}
    entities = [_entity(forms, order, cfg) for forms in clusters]
    entities.sort(key=lambda e: (-len(e.by_article), order.get(e.mentions[0].paragraph, (0, 0))))
    return [
        Entity(f"E{i + 1}", e.name, e.spellings, e.mentions, e.by_article)
        for i, e in enumerate(entities)
    ]


def _entity(forms: list[Form], order: dict[str, tuple[int, int]], settings: NameSettings) -> Entity:
    cands = sorted(
        (c for f in forms for c in f.cands),
        key=lambda c: (order.get(c.paragraph, (0, 0)), c.start),
    )
    mentions = tuple(NameMention(c.paragraph, c.text, c.start, c.end) for c in cands)
    proper = [c for c in cands if not c.lowercase] or cands
    # the most words, then the most used, then the first seen (words hold no
    # spaces, so a form's words and their text are one)
    counts = Counter(c.words for c in proper)
    first_seen: dict[tuple[str, ...], int] = {}
    for i, c in enumerate(proper):
        first_seen.setdefault(c.words, i)
    # (a name spelled out rather than with an initial: "Bangladesh Navy", not "B. Navy")
    best = max(
        counts, key=lambda ws: (not initial_word(ws[0]), len(ws), counts[ws], -first_seen[ws])
    )
    name = " ".join(best)
    surfaces = list(dict.fromkeys(c.words for c in cands))
    if len(surfaces) == 1:
        spelling_of = {surfaces[0]: name}
    else:
        spelling_of = _spellings(surfaces, tuple(name.split()), settings)
    spellings = tuple(dict.fromkeys(spelling_of.values()))
    if len(spellings) <= 1:
        spellings = (name,)
        spelling_of = {w: name for w in surfaces}
    by_article: dict[str, list[str]] = {}
    for c in cands:
        lst = by_article.setdefault(c.article, [])
        if spelling_of[c.words] not in lst:
            lst.append(spelling_of[c.words])
    return Entity(
        "", name, spellings, mentions, tuple((a, tuple(s)) for a, s in by_article.items())
    )


_PIECE_RE = re.compile(r"[^\s\-\u2010\u2011]+")


def _spellings(
    surfaces: Sequence[tuple[str, ...]], name: tuple[str, ...], settings: NameSettings
) -> dict[tuple[str, ...], str]:
    """Each way of writing the name -> its spelling of the words the forms write
    differently: "Mikhail Razvozhayev" and "Razvozhaev" -> "Razvozhayev" and
    "Razvozhaev"; "Es'haq Jahangiri" and "Eshagh Jahangiri" -> "Es'haq" and
    "Eshagh"; "Tomas Wojcik", "Wojcik" and "Tomasz Wójcik" -> "Tomas Wojcik"
    and "Tomasz Wójcik" (a spelling inside a longer one is that one).  Where
    the forms differ in case only, the part every form writes is shown
    ("Vostochny Cosmodrome" / "Vostochny cosmodrome").  Words are compared
    piece by piece, so "Al-Haouz" and "Al Haouz" line up (and differ in what
    joins their pieces)."""
    canon = [m.group() for m in _PIECE_RE.finditer(" ".join(name))]
    placed: dict[tuple[str, ...], tuple[str, list[re.Match[str]], list[int]]] = {}
    written: dict[int, set[str]] = defaultdict(set)  # position -> its pieces as written
    joined: dict[int, set[str]] = defaultdict(set)  # position -> what joins it to the next
    for words in surfaces:
        text = " ".join(words)
        pieces = list(_PIECE_RE.finditer(text))
        pos, fits = _positions([m.group() for m in pieces], canon, settings)
        if not fits:  # written apart and together: "Christ Church"/"Christchurch"
            return _whole_spellings(surfaces)
        placed[words] = (text, pieces, pos)
        for k, (m, q) in enumerate(zip(pieces, pos, strict=True)):
            written[q].add(m.group())
            if k:
                joined[pos[k - 1]].add(text[pieces[k - 1].end() : m.start()])
    differ = _differing(written, joined, [set(pos) for _, _, pos in placed.values()])
    out: dict[tuple[str, ...], str] = {}
    for words, (text, pieces, pos) in placed.items():
        chosen = [m for m, q in zip(pieces, pos, strict=True) if q in differ]
        out[words] = text[chosen[0].start() : chosen[-1].end()] if chosen else ""
    spellings = list(dict.fromkeys(s for s in out.values() if s))
    inside = {s: _container(s, spellings) for s in spellings}
    first = spellings[0] if spellings else " ".join(name)
    return {w: (inside[s] or s) if s else first for w, s in out.items()}


def _differing(
    written: dict[int, set[str]], joined: dict[int, set[str]], placed: Sequence[set[int]]
) -> set[int]:
    """The positions of the full name to show in each spelling (see :func:`_spellings`)."""
    cased = {q for q, ws in written.items() if len(ws) > 1}
    spelled = {q for q in cased if len({w.casefold() for w in written[q]}) > 1}
    for q, joiners in joined.items():
        if len(joiners) > 1:  # "Al-Haouz" / "Al Haouz"
            spelled |= {q, q + 1}
    if spelled:
        return spelled | cased
    if cased:
        return cased | set.intersection(*placed)
    return set()


def _container(spelling: str, spellings: Sequence[str]) -> str | None:
    """The first of ``spellings`` that holds ``spelling`` as whole words."""
    pattern = re.compile(r"(?<!\S)" + re.escape(spelling) + r"(?!\S)")
    return next((s for s in spellings if s != spelling and pattern.search(s)), None)


def _whole_spellings(surfaces: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Each way of writing the name -> itself, or the longer one it is inside."""
    texts = [" ".join(words) for words in surfaces]
    return {w: _container(t, texts) or t for w, t in zip(surfaces, texts, strict=True)}


def _positions(
    words: Sequence[str], canon: Sequence[str], settings: NameSettings
) -> tuple[list[int], bool]:
    """Where each of ``words`` sits in the entity's full name, and whether each
    is close to the word it is placed on: in order, some words of the full name
    left out ("Recep Erdogan" in "Recep Tayyip Erdogan"), else at the offset
    that places the most."""
    placed: list[int] = []
    q = 0
    for word in words:
        while q < len(canon) and not close(word, canon[q], settings):
            q += 1
        if q == len(canon):
            break
        placed.append(q)
        q += 1
    else:
        return placed, True
    best: list[int] = []
    best_score = -1
    for offset in range(0, max(1, len(canon) - len(words) + 1)):
        score = sum(
            1
            for k, word in enumerate(words)
            if offset + k < len(canon) and close(word, canon[offset + k], settings)
        )
        if score > best_score:
            best_score = score
            best = [offset + k for k in range(len(words))]
    return best, best_score == len(words)

"""What happened to the things counted: the verb before the number, the
verbs around it, and the outcome class ("dead", "hurt") they name."""

from __future__ import annotations

from tui.core.lexicon.numbers import ANAPHORIC, CONJUNCTIONS, OUTCOMES, PRE_SKIP, is_participle
from tui.core.quantities.found import frozen
from tui.core.quantities.rules.context import REPORTING
from tui.core.quantities.rules.state import Analysis
from tui.core.text import STOPWORDS, stem

#: Stems of the outcome words -> their class: counts in different classes
#: ("killed" / "injured") are different quantities even for the same noun.
OUTCOME_OF = {stem(w): cls for cls, words in OUTCOMES.items() for w in words}


def verb_before(s: Analysis) -> None:
    """The verb before the number (past function words, within a few words and
    the clause); "the three", "all three" point back to a count."""
    toks = s.toks
    k = s.hedge_first - 1
    steps = 0
    while k >= 0 and steps < s.settings.verb_lookback:
        t = toks[k]
        if t.kind != "w" or t.lower in CONJUNCTIONS:
            break
        if t.lower in PRE_SKIP or t.lower in STOPWORDS or t.lower in ANAPHORIC:
            if steps == 0 and t.lower in ANAPHORIC:
                s.info.anaphoric = True
            k -= 1
            steps += 1
            continue
        if not t.text[:1].isupper():
            s.pre = t.lower
        break
    pre = s.pre
    if not s.info.state and pre and (is_participle(pre) or pre.endswith("ing")):
        s.info.state = stem(pre)


def outcome(s: Analysis) -> None:
    """The verbs that govern the number, and the outcome they name."""
    info = s.info
    preds = {stem(s.pre)} if s.pre else set()
    if info.state:
        preds.add(info.state)
    info.preds = frozen(preds - REPORTING - {""})
    info.outcome = OUTCOME_OF.get(info.state, "") or next(
        (OUTCOME_OF[x] for x in sorted(info.preds) if x in OUTCOME_OF), ""
    )


def outcome_from_context(s: Analysis) -> None:
    """ "the death toll has risen to 2,012": without a noun or verb of its own,
    the clause says what is counted, if it names one outcome."""
    info = s.info
    if info.noun or info.outcome:
        return
    found = sorted({OUTCOME_OF[w] for w in info.context if w in OUTCOME_OF})
    if len(found) == 1:
        info.outcome = found[0]
        info.label = info.label or found[0]

"""A small hand-aligned story for the screen and highlight tests.

Three outlets report a flood.  The alignment, the names and the numbers are
written out by hand (not computed), so tests of what the screen shows do not
move when the engine's figures do:

* G1: the two titles;  G2: homes flooded (A2, B2, C1);  G3: rescuers (A3, B3);
* unique: A4, B4, C2;
* numbers: homes flooded differ (24 / 30 / two dozen), the day agrees
  (Monday), the rescuers are compatible (about 40 / Forty);
* spellings: Zelenska / Zelenskaya, Kiev / Kyiv, armoured / armored.
"""

from __future__ import annotations

from tui.core.align import Alignment, Group, SentenceLink, SentenceRef
from tui.core.compare import Comparison
from tui.core.model import ARTICLE_IDS, Article, Paragraph, ParagraphKind
from tui.core.names import Entity, NameMention, WordVariant
from tui.core.quantities import NumberMention, Quantity

TEXTS: tuple[tuple[tuple[str, ParagraphKind], ...], ...] = (
    (
        ("Storm floods Port Vale", "title"),
        (
            "The storm flooded 24 homes in Port Vale on Monday, Mayor Olena Zelenska said. "
            "Water rose a metre in an hour.",
            "body",
        ),
        ("About 40 rescuers from Kiev arrived in armoured trucks.", "body"),
        ("The town's football match was postponed to next week.", "body"),
    ),
    (
        ("Floods in Port Vale", "title"),
        (
            "Floodwater damaged 30 homes in Port Vale on Monday, mayor Olena Zelenskaya told us.",
            "body",
        ),
        ("Forty rescuers from Kyiv came in armored trucks and boats.", "body"),
        ("Insurers expect claims to rise sharply this winter.", "body"),
    ),
    (
        ("About two dozen homes in Port Vale were flooded, officials said on Monday.", "body"),
        ("Schools will stay closed until Thursday.", "body"),
    ),
)


def story_articles() -> list[Article]:
    out = []
    for i, paragraphs in enumerate(TEXTS):
        aid = ARTICLE_IDS[i]
        text = "\n\n".join(t for t, _ in paragraphs)
        paras = []
        pos = 0
        for k, (t, kind) in enumerate(paragraphs):
            start = text.index(t, pos)
            pos = start + len(t)
            paras.append(Paragraph(f"{aid}{k + 1}", aid, k, t, start, pos, kind))
        title = paragraphs[0][0] if paragraphs[0][1] == "title" else f"{aid.lower()}.txt"
        out.append(Article(aid, f"{aid.lower()}.txt", title, text, tuple(paras)))
    return out


def _text(pid: str) -> str:
    article = ARTICLE_IDS.index(pid[0])
    return TEXTS[article][int(pid[1:]) - 1][0]


def _sentence(pid: str, first: str, last: str | None = None) -> SentenceRef:
    text = _text(pid)
    start = text.index(first)
    end = text.index(last) + len(last) if last else len(text)
    return SentenceRef(pid, start, end)


def _at(pid: str, word: str) -> tuple[int, int]:
    start = _text(pid).index(word)
    return start, start + len(word)


def _name(pid: str, word: str) -> NameMention:
    return NameMention(pid, word, *_at(pid, word))


def _number(pid: str, word: str, value: float, qualifier: str | None = None) -> NumberMention:
    return NumberMention(pid, word, *_at(pid, word), value, qualifier=qualifier)


def story_alignment() -> Alignment:
    a2 = _sentence("A2", "The storm", "Zelenska said.")
    b2 = _sentence("B2", "Floodwater")
    c1 = _sentence("C1", "About")
    a3 = _sentence("A3", "About")
    b3 = _sentence("B3", "Forty")
    groups = (
        Group(
            "G1",
            ("A1", "B1"),
            0.5,
            (_sentence("A1", "Storm"), _sentence("B1", "Floods")),
            (SentenceLink(_sentence("A1", "Storm"), _sentence("B1", "Floods"), 0.5),),
        ),
        Group(
            "G2",
            ("A2", "B2", "C1"),
            0.6,
            (a2, b2, c1),
            (SentenceLink(a2, b2, 0.7), SentenceLink(b2, c1, 0.5)),
        ),
        Group("G3", ("A3", "B3"), 0.55, (a3, b3), (SentenceLink(a3, b3, 0.55),)),
    )
    by_paragraph = {pid: (i,) for i, g in enumerate(groups) for pid in g.paragraphs}
    return Alignment(groups, ("A4", "B4", "C2"), by_paragraph)


def story_comparison() -> Comparison:
    articles = tuple(story_articles())
    return Comparison(
        articles,
        story_alignment(),
        entities=(
            Entity(
                "E1",
                "Olena Zelenska",
                ("Olena Zelenska", "Olena Zelenskaya"),
                (_name("A2", "Olena Zelenska"), _name("B2", "Olena Zelenskaya")),
            ),
            Entity("E2", "Kyiv", ("Kiev", "Kyiv"), (_name("A3", "Kiev"), _name("B3", "Kyiv"))),
            Entity("E3", "Port Vale", ("Port Vale",), (_name("A2", "Port Vale"),)),
        ),
        word_variants=(
            WordVariant(
                "armored",
                ("armoured", "armored"),
                (_name("A3", "armoured"), _name("B3", "armored")),
            ),
        ),
        quantities=(
            Quantity(
                "N1",
                "homes flooded",
                "differ",
                (
                    _number("A2", "24", 24),
                    _number("B2", "30", 30),
                    _number("C1", "two dozen", 24, "About"),
                ),
            ),
            Quantity(
                "N2",
                "date",
                "agree",
                (
                    _number("A2", "Monday", 1),
                    _number("B2", "Monday", 1),
                    _number("C1", "Monday", 1),
                ),
                kind="weekday",
            ),
            Quantity(
                "N3",
                "rescuers",
                "compatible",
                (_number("A3", "40", 40, "About"), _number("B3", "Forty", 40)),
            ),
        ),
    )

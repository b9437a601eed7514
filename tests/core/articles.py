"""Build small in-memory articles for the engine tests (no files, no loader)."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model import ARTICLE_IDS, Article, Paragraph, ParagraphKind


def article(aid: str, *paragraphs: str | tuple[str, ParagraphKind]) -> Article:
    """An article ``aid`` whose paragraphs are ``paragraphs`` (ids "A1", "A2"...).

    A paragraph may be given as ``(text, kind)`` to set its kind.
    """
    texts = [p if isinstance(p, str) else p[0] for p in paragraphs]
    kinds: list[ParagraphKind] = [("body" if isinstance(p, str) else p[1]) for p in paragraphs]
    text = "\n\n".join(texts)
    out = []
    pos = 0
    for i, (t, kind) in enumerate(zip(texts, kinds, strict=True)):
        start = text.index(t, pos)
        pos = start + len(t)
        out.append(Paragraph(f"{aid}{i + 1}", aid, i, t, start, pos, kind))
    return Article(aid, f"{aid}.txt", texts[0][:40], text, tuple(out))


def articles(*bodies: Sequence[str | tuple[str, ParagraphKind]]) -> list[Article]:
    """One article per argument, with ids "A", "B", ... in order."""
    return [article(ARTICLE_IDS[i], *body) for i, body in enumerate(bodies)]

"""Snapshots of screens a user would recognise.  Review every new SVG by eye.

Each one waits for the comparison (run in a worker) before its keys are pressed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.bench.synthetic import make_articles
from tests.story import story_articles
from tests.tui.conftest import (
    SIZE,
    AppFactory,
    articles_from_texts,
    build_app,
    build_story_app,
    settled,
)
from tui.core.annotations import make_anchor, new_note
from tui.core.session import Session


def after_analysis(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run(pilot: Pilot[None]) -> None:
        await settled(pilot)
        await pilot.press(*keys)
        await pilot.pause()

    return run


def test_aligned_view(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis("j"))


def test_reading_view_shows_counterparts(snap_compare: Any, make_app: AppFactory) -> None:
    keys = ("v", *"jjjjjjjjj")  # A10: two dozen injured, with its counterparts in B and C
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_differences_panel(snap_compare: Any, make_app: AppFactory) -> None:
    keys = ("d", "enter")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_search(snap_compare: Any, make_app: AppFactory) -> None:
    keys = ("slash", *"two dozen", "enter", "n")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_help_screen(snap_compare: Any, make_app: AppFactory) -> None:
    keys = ("question_mark",)
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_aligned_view_at_80x24(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=after_analysis())


def test_highlights_unique_rows_and_review_marks(snap_compare: Any) -> None:
    # G1 reviewed, G2 flagged, the cursor on B2 (30 homes: the number that differs)
    keys = ("space", "f", "l")  # space goes on to G2
    assert snap_compare(build_story_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_light_theme(snap_compare: Any) -> None:
    app = build_story_app(theme="textual-light")
    assert snap_compare(app, terminal_size=SIZE, run_before=after_analysis("j", "j", "j"))


def test_article_text_that_looks_like_markup(snap_compare: Any) -> None:
    articles = articles_from_texts(
        "Tricky [bold]x[/bold] Title\n\nClick [@click=app.quit]here[/] to quit.\n\n"
        "Colour \x1b[31mred\x1b[0m text with a bell\x07 and [link=https://example.com]a link[/].",
        "Second [i]article[/i] about the [b]same[/b] click.",
    )
    articles[1] = replace(articles[1], source="[b]evil[/b].txt")
    assert snap_compare(build_app(articles), terminal_size=SIZE, run_before=after_analysis())


def test_twelve_articles_scroll_sideways(snap_compare: Any) -> None:
    app = build_app(make_articles(12, 30))
    keys = ("shift+tab", "shift+tab")  # round to L, then K: the view moves right
    assert snap_compare(app, terminal_size=(160, 45), run_before=after_analysis(*keys))


def _story_session(*, orphan: bool) -> Session:
    """Two notes on the story's articles, and (with ``orphan``) one whose text is gone."""
    articles = story_articles()
    a, b = articles[0], articles[1]
    notes = []
    for article, words, body, tag in (
        (a, a.paragraphs[1].text.split()[2], "Which ministry? Not named here.", "needs source"),
        (b, b.paragraphs[1].text.split()[0], "Agrees with the wire copy.", "verified"),
    ):
        start = article.text.index(words)
        anchor = make_anchor(article.text, start, start + len(words), source=article.source)
        notes.append(replace(new_note(anchor, body, tag), id=f"urn:uuid:{len(notes)}"))
    if orphan:
        gone = "a sentence the outlet has since removed from the article"
        anchor = replace(make_anchor(gone, 0, len(gone), source=a.source), sha256="0" * 64)
        notes.append(replace(new_note(anchor, "Quoted in our first draft.", "disputed"), id="x"))
    return Session(notes=tuple(notes))


def test_note_editor(snap_compare: Any) -> None:
    keys = ("j", "ctrl+right", "ctrl+shift+right", "ctrl+shift+right", "a", *"Two outlets, two ")
    keys = (*keys, *"figures.", "enter", *"Ask the ministry.")
    assert snap_compare(build_story_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_notes_panel(snap_compare: Any) -> None:
    app = build_story_app(session=_story_session(orphan=False))
    assert snap_compare(app, terminal_size=SIZE, run_before=after_analysis("j", "o"))


def test_orphaned_notes_are_listed(snap_compare: Any) -> None:
    app = build_story_app(session=_story_session(orphan=True))
    assert snap_compare(app, terminal_size=SIZE, run_before=after_analysis("o", "down", "down"))


def test_verdict_picker(snap_compare: Any) -> None:
    keys = ("j", "V", "j", "j", "tab", *"Ministry figure is 30")
    assert snap_compare(build_story_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_verdicts_on_a_claim_in_the_notes_panel(snap_compare: Any) -> None:
    keys = ("j", "V", "2", "o")
    assert snap_compare(build_story_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_help_lists_the_articles_with_label_and_path(
    snap_compare: Any, make_app: AppFactory
) -> None:
    keys = ("question_mark", "end")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_differences_filtered_by_kind_and_article(snap_compare: Any, make_app: AppFactory) -> None:
    keys = ("d", "t", "a", "a")  # numbers that differ or roughly agree, in B
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_word_diff(snap_compare: Any) -> None:
    keys = ("j", "w")  # G2: A2 against B2 (30 homes) and C1 (two dozen)
    assert snap_compare(build_story_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_differences_over_the_panes_below_120_columns(snap_compare: Any) -> None:
    keys = ("d",)  # the list lies over the panes; they keep their width
    assert snap_compare(
        build_story_app(), terminal_size=(100, 30), run_before=after_analysis(*keys)
    )


#: The states of the visual matrix: the keys that reach each on the seeds.
VISUAL_STATES: dict[str, tuple[str, ...]] = {
    "aligned": ("j",),
    "reading": ("v", *"jjjjjjjjj"),  # A10: two dozen injured, with its counterparts
    "differences": ("d", "enter"),
    "help": ("question_mark",),
    "note": ("j", "j", "a", *"Check the figure."),
}


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize(
    "size", [(80, 24), (120, 40), (200, 60)], ids=lambda s: "x".join(map(str, s))
)
@pytest.mark.parametrize("state", list(VISUAL_STATES))
def test_visual_matrix(snap_compare: Any, state: str, size: tuple[int, int], theme: str) -> None:
    """Each state a reader knows, at three sizes, in the dark and the light theme."""
    app = build_app(theme=theme)
    assert snap_compare(app, terminal_size=size, run_before=after_analysis(*VISUAL_STATES[state]))


def test_a_paragraph_drawn_once_with_also_and_references(snap_compare: Any) -> None:
    # G1 draws A1, A3, A9 and names the rows after it that hold them ("↓ also G2 …");
    # G2 refers to them in one line each, and the cursor is on one of those references
    keys = ("j", "j", "j")
    assert snap_compare(build_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_a_folded_group(snap_compare: Any) -> None:
    # G3 is taller than the screen; z folds it to its linked sentences (the cursor on C2)
    keys = ("j",) * 7 + ("l", "l", "j", "z")
    assert snap_compare(build_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_export_dialog(snap_compare: Any) -> None:
    keys = ("ctrl+e", "j", "j", "tab", "end", "shift+home", *"review.report.html")
    assert snap_compare(build_story_app(), terminal_size=SIZE, run_before=after_analysis(*keys))


def test_pane_chooser(snap_compare: Any) -> None:
    app = build_app(make_articles(12, 30))
    keys = ("p", "j", "space", "j", "j", "space", "j", "j", "b", "K")
    assert snap_compare(app, terminal_size=(160, 45), run_before=after_analysis(*keys))

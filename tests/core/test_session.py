"""Sessions: saving, reloading onto a changed comparison, corrupt files, undo/redo."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tui.core.align import Alignment, Group, align
from tui.core.annotations import make_anchor, new_note
from tui.core.loader import parse_article
from tui.core.model import Article
from tui.core.review import ItemRef, ReviewState
from tui.core.session import (
    History,
    Session,
    SessionError,
    Verdict,
    default_session_path,
    load_session,
    placements,
    save_session,
)

A_TEXT = (
    "Ukrainian forces fired ten cruise missiles at the Sevastopol shipyard, the ministry said.\n\n"
    "Vladimir Putin met Kim Jong Un at the Vostochny cosmodrome in the Far East.\n\n"
    "Heavy rain flooded the valley and farmers lost their harvest."
)
B_TEXT = (
    "Kim Jong Un and Vladimir Putin held talks at the Vostochny Cosmodrome.\n\n"
    "The ministry said Ukraine launched 10 cruise missiles at the Sevastopol shipyard.\n\n"
    "A chess olympiad opened with a blitz tournament."
)


def articles(a_text: str = A_TEXT, b_text: str = B_TEXT) -> list[Article]:
    return [
        parse_article(a_text, article_id="A", source="/tmp/a.txt"),
        parse_article(b_text, article_id="B", source="/tmp/b.txt"),
    ]


def group_with(alignment: Alignment, paragraph: str) -> Group:
    return next(g for g in alignment.groups if paragraph in g.paragraphs)


def rich_session(arts: list[Article], alignment: Alignment) -> Session:
    strike = group_with(alignment, "A1")
    review = (
        ReviewState()
        .toggle_reviewed(ItemRef.group(strike.id))
        .toggle_flagged(ItemRef.paragraph("A3"))
        .unlink("B1", group_with(alignment, "A2").id)
    )
    text = arts[0].text
    start = text.index("ten cruise missiles")
    note = new_note(
        make_anchor(text, start, start + len("ten cruise missiles"), source=arts[0].source),
        "Ten here, 10 there: same figure.",
        "verified",
    )
    return (
        Session()
        .with_review(review)
        .with_verdict(ItemRef.group(strike.id), Verdict("accurate", "both cite the ministry"))
        .add_note(note)
    )


def test_default_path_is_beside_the_first_file():
    assert default_session_path(articles()) == Path("/tmp/a.parallax.json")
    stdin = [replace(a, source="-") for a in articles()]
    assert default_session_path(stdin) is None


def test_default_path_for_the_bundled_samples_is_the_current_directory(tmp_path: Path):
    seeds = tmp_path / "site-packages" / "tui" / "seeds"
    inside = [replace(a, source=str(seeds / "a.txt")) for a in articles()]
    cwd = tmp_path / "work"
    assert default_session_path(inside, seeds=seeds, cwd=cwd) == cwd / "a.parallax.json"
    relative = [replace(a, source="seeds/a.txt") for a in articles()]
    assert default_session_path(relative, seeds=Path("seeds"), cwd=cwd) == cwd / "a.parallax.json"
    beside = default_session_path(articles(), seeds=seeds, cwd=cwd)
    assert beside == Path("/tmp/a.parallax.json")


def test_save_and_load_round_trip(tmp_path: Path):
    arts = articles()
    alignment = align(arts)
    session = rich_session(arts, alignment)
    path = tmp_path / "s.parallax.json"
    save_session(path, session, arts, alignment)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "parallax-session" and data["version"] == 1
    assert data["notes"][0]["target"]["selector"][0]["type"] == "TextQuoteSelector"
    loaded = load_session(path, arts, alignment)
    assert loaded == session


def test_missing_file_is_a_new_session(tmp_path: Path):
    arts = articles()
    assert load_session(tmp_path / "none.json", arts, align(arts)) is None


@pytest.mark.parametrize(
    "content, message",
    [
        (b'{"format": "parallax-session", "version": 1, "notes": [', "not valid JSON"),
        (b'{"format": "something-else"}', "not a Parallax session"),
        (b'{"format": "parallax-session", "version": 99}', "version 99 is not supported"),
        (b'{"format": "parallax-session", "version": 1, "reviewed": [{"id": 3}]}', "damaged"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
    ],
)
def test_unusable_files_are_reported_and_left_untouched(
    tmp_path: Path, content: bytes, message: str
):
    arts = articles()
    path = tmp_path / "s.parallax.json"
    path.write_bytes(content)
    with pytest.raises(SessionError, match=message) as info:
        load_session(path, arts, align(arts))
    assert "left untouched" in str(info.value)
    assert path.read_bytes() == content


def test_marks_follow_their_group_when_the_engine_renumbers(tmp_path: Path):
    arts = articles()
    alignment = align(arts)
    session = rich_session(arts, alignment)
    path = tmp_path / "s.json"
    save_session(path, session, arts, alignment)
    # the same groups in another order, with other ids
    renumbered = Alignment(
        tuple(
            replace(g, id=f"G{len(alignment.groups) - i}") for i, g in enumerate(alignment.groups)
        ),
        alignment.unique,
    )
    loaded = load_session(path, arts, renumbered)
    assert loaded is not None
    strike_now = group_with(renumbered, "A1").id
    assert ItemRef.group(strike_now) in loaded.review.reviewed
    verdict = loaded.verdict(ItemRef.group(strike_now))
    assert verdict == Verdict("accurate", "both cite the ministry")
    assert loaded.unresolved == ()


def test_edited_article_moves_marks_and_re_anchors_notes(tmp_path: Path):
    arts = articles()
    alignment = align(arts)
    session = rich_session(arts, alignment)
    path = tmp_path / "s.json"
    save_session(path, session, arts, alignment)
    # a paragraph inserted at the top of A: every A paragraph id shifts by one
    edited = articles("Editor's note: updated.\n\n" + A_TEXT)
    new_alignment = align(edited)
    loaded = load_session(path, edited, new_alignment)
    assert loaded is not None
    assert ItemRef.paragraph("A4") in loaded.review.flagged  # was A3
    assert ItemRef.group(group_with(new_alignment, "A2").id) in loaded.review.reviewed
    (where,) = placements(loaded, edited).values()
    assert where.how == "exact"
    assert edited[0].text[where.start : where.end] == "ten cruise missiles"


def test_what_cannot_be_placed_is_kept_not_dropped(tmp_path: Path):
    arts = articles()
    alignment = align(arts)
    session = rich_session(arts, alignment)
    path = tmp_path / "s.json"
    save_session(path, session, arts, alignment)
    # A's flagged paragraph and the quoted words are gone
    edited = articles(A_TEXT.replace("ten cruise missiles", "rockets").rsplit("\n\n", 1)[0])
    new_alignment = align(edited)
    loaded = load_session(path, edited, new_alignment)
    assert loaded is not None
    assert any(u["mark"] == "flagged" and u["id"] == "A3" for u in loaded.unresolved)
    (where,) = placements(loaded, edited).values()
    assert where.orphaned
    assert loaded.notes == session.notes  # the note and its quote are kept
    # and saving again writes the unresolved marks back
    save_session(path, loaded, edited, new_alignment)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert any(u["mark"] == "flagged" for u in again["unresolved"])


def test_history_undoes_and_redoes_every_change():
    arts = articles()
    alignment = align(arts)
    history = History(Session())
    first = history.apply(rich_session(arts, alignment))
    second = history.apply(first.delete_note(first.notes[0].id))
    assert second.notes == ()
    assert history.undo() == first
    assert history.undo() == Session()
    assert not history.can_undo
    assert history.redo() == first
    assert history.redo() == second
    assert not history.can_redo
    history.undo()
    history.apply(first.with_verdict(ItemRef.paragraph("A3"), Verdict("unverified")))
    assert not history.can_redo  # a new change clears what could be redone

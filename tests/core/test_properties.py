"""Properties over the loaders, the engine, the session store and the annotation import.

Whatever the input, each either works or raises its documented error (with a
message), every offset slices back to its text, and what is written reads
back identical.  Each property runs ``EXAMPLES`` generated cases; the
``@example`` cases are inputs that once broke something (issue 13).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.core.articles import articles as make_articles
from tui.core.align import Alignment
from tui.core.annotations import (
    AnnotationFormatError,
    Note,
    TextAnchor,
    from_web_annotations,
    note_json,
    to_web_annotations,
)
from tui.core.compare import compare
from tui.core.loader import LoadError, decode_bytes, parse_article
from tui.core.model import Article
from tui.core.report import report_json, report_markdown
from tui.core.review import ItemRef, ManualLink, ManualUnlink, ReviewState
from tui.core.session import Session, Verdict, load_session, save_session
from tui.core.storage import StorageError, read_json, write_json_atomic
from tui.core.textsafe import json_text

EXAMPLES = 500
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Any text, lone surrogates and controls included.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
json_scalar = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | any_text
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)


def _write(data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="parallax-prop-"))
    path = folder / "input.json"
    path.write_bytes(data)
    return path


# -- loaders ---------------------------------------------------------------------------


@PROPERTY
@given(st.binary(max_size=400))
@example(b"\xff\xfe\x00garbage")
@example("Title\n\nA line.\n".encode("utf-16-le"))
@example(("1" * 310 + " people.\n\n" + "Another 1" + "0" * 400 + " people.").encode())
@example(b"\x1b]52;c;aGk=\x07\x1b[2J title\n\nbody\x9b text\n")
def test_loading_any_bytes_gives_an_article_or_a_load_error(data: bytes) -> None:
    try:
        text, _warnings = decode_bytes(data, name="input.txt")
        article = parse_article(text, article_id="A", source="input.txt")
    except LoadError as exc:
        assert str(exc).startswith("input.txt: ") and "\n" not in str(exc)
        return
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text


@PROPERTY
@given(st.binary(max_size=300))
@example(b"[" * 1000 + b"]" * 1000)
@example(b'{"a": NaN}')
@example(b'"\\ud800"')
@example(b"1" * 5000)
def test_reading_any_file_as_json_gives_a_value_or_a_storage_error(data: bytes) -> None:
    path = _write(data)
    try:
        read_json(path)
    except StorageError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)


@PROPERTY
@given(json_value)
@example({"body": "\ud800", "c1": "\x9b\x7f", "sep": "\u2028"})
@example([[[[[]]]]])
@example(10**30)
def test_json_round_trip_is_identical(value: Any) -> None:
    text = json_text(value)
    text.encode("utf-8")
    assert not any(c in text for c in "\x7f\x9b\u2028")
    assert json.loads(text) == value
    path = _write(b"")
    write_json_atomic(path, value)
    assert read_json(path) == value


# -- the engine ------------------------------------------------------------------------

words = st.sampled_from(
    "Kyiv Moscow missile strike killed 12 people twelve 1,200 3.5 million on Monday "
    "said officials the mayor injured 40 forty buildings at least about Zelensky "
    "Zelenskyy ministry Tuesday 2023 percent km 5 km $3 billion dozens".split()
)
paragraph = st.lists(words, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
article_body = st.lists(paragraph, min_size=1, max_size=5)


def _engine_offsets_hold(arts: list[Article]) -> None:
    comparison = compare(arts)
    texts = {p.id: p.text for a in arts for p in a.paragraphs}
    spans = [(m.paragraph, m.text, m.start, m.end) for e in comparison.entities for m in e.mentions]
    spans += [
        (m.paragraph, m.text, m.start, m.end) for q in comparison.quantities for m in q.mentions
    ]
    for paragraph_id, text, start, end in spans:
        assert texts[paragraph_id][start:end] == text
    for group in comparison.alignment.groups:
        assert set(group.paragraphs) <= set(texts)
        for ref in group.sentences:
            assert 0 <= ref.start < ref.end <= len(texts[ref.paragraph])
    report = json.loads(json_text(report_json(comparison)))  # every format renders
    assert len(report["articles"]) == len(arts)
    report_markdown(comparison)


@PROPERTY
@given(article_body, article_body)
@example(["1" * 310 + " people died."], ["1" * 310 + " people died."])
@example(["killed 12 people " * 20], ["twelve people " * 20])
def test_the_engine_never_fails_and_its_offsets_slice_back(
    first: list[str], second: list[str]
) -> None:
    _engine_offsets_hold(make_articles(first, second))


# -- annotations and sessions ----------------------------------------------------------

ARTICLES = make_articles(
    [
        "A missile strike hit Kyiv on Monday, killing 12 people.",
        "The mayor said 40 people were injured.",
        "Rescue teams worked through the night.",
    ],
    [
        "Twelve people died when a missile hit Kyiv on Monday.",
        "Forty people were wounded, the mayor said.",
    ],
)
ALIGNMENT: Alignment = compare(ARTICLES).alignment
GROUPS = [g.id for g in ALIGNMENT.groups]
PARAGRAPHS = [p.id for a in ARTICLES for p in a.paragraphs]


@st.composite
def notes(draw: st.DrawFn) -> Note:
    article = draw(st.sampled_from(ARTICLES))
    start = draw(st.integers(0, len(article.text)))
    end = draw(st.integers(start, len(article.text)))
    text = article.text
    anchor = TextAnchor(
        article.source,
        start,
        end,
        text[start:end],
        text[max(0, start - 32) : start],
        text[end : end + 32],
        draw(st.sampled_from(["", "0" * 64])),
    )
    return Note(
        draw(any_text.filter(bool)), anchor, draw(any_text), draw(any_text), draw(any_text), ""
    )


items = st.sampled_from(
    [ItemRef.group(g) for g in GROUPS] + [ItemRef.paragraph(p) for p in PARAGRAPHS]
)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    reviewed = draw(st.frozensets(items, max_size=4))
    flagged = draw(st.frozensets(items, max_size=4))
    verdicts = draw(st.dictionaries(items, st.builds(Verdict, any_text, any_text), max_size=3))
    links: tuple[ManualLink, ...] = ()
    unlinks: tuple[ManualUnlink, ...] = ()
    if draw(st.booleans()) and GROUPS:
        group = ALIGNMENT.groups[0]
        unlinks = (ManualUnlink(group.paragraphs[-1], group.id),)
    chosen = draw(st.lists(notes(), max_size=3, unique_by=lambda n: n.id))
    review = ReviewState(reviewed, flagged, links, unlinks)
    return Session(review, tuple(verdicts.items()), tuple(chosen))


@PROPERTY
@given(sessions())
@example(Session(verdicts=((ItemRef.group("G1"), Verdict("\ud800", "\x1b[2J")),)))
def test_a_session_saved_and_loaded_is_identical(session: Session) -> None:
    path = _write(b"")
    path.unlink()
    save_session(path, session, ARTICLES, ALIGNMENT)
    assert load_session(path, ARTICLES, ALIGNMENT) == session


@PROPERTY
@given(st.lists(notes(), max_size=4, unique_by=lambda n: n.id))
def test_annotations_round_trip(chosen: list[Note]) -> None:
    document = json.loads(json_text(to_web_annotations(chosen)))
    assert from_web_annotations(document) == chosen


@PROPERTY
@given(json_value | st.lists(st.dictionaries(any_text, json_value, max_size=5), max_size=3))
@example({"type": "AnnotationCollection", "first": "https://example.org/page1"})
@example({"type": "Annotation", "id": "\x1b]52;c;x\x07", "target": {"selector": []}})
@example({"type": "AnnotationPage", "items": [{"target": {"source": "a", "selector": {}}}]})
def test_importing_any_document_gives_notes_or_a_format_error(document: Any) -> None:
    try:
        found = from_web_annotations(document)
    except AnnotationFormatError as exc:
        assert "\x1b" not in str(exc)
        return
    for note in found:
        assert note.id and json.loads(json_text(note_json(note)))["id"] == note.id

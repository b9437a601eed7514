"""Loading articles: formats, offsets, encodings, URLs, standard input, bad input."""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path

import pytest

from tests.core.conftest import ARTICLE_HTML, SEEDS
from tui.core.loader import (
    MAX_BYTES,
    LoadError,
    decode_bytes,
    load_article,
    load_articles,
    parse_article,
)
from tui.core.model import Article

TEXT = "A Headline Worth Reading\n\nThe first paragraph, with “quotes”.\nA second line.\n"


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def assert_plain_offsets(article: Article) -> None:
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
        assert p.text == p.text.strip() and p.text


# -- formats --------------------------------------------------------------------


def test_plain_text(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "story.txt", TEXT), "C")
    assert article.format == "text"
    assert article.title == "A Headline Worth Reading"
    assert [(p.id, p.kind, p.text) for p in article.paragraphs] == [
        ("C1", "title", "A Headline Worth Reading"),
        ("C2", "body", "The first paragraph, with “quotes”."),
        ("C3", "body", "A second line."),
    ]
    assert_plain_offsets(article)


def test_any_text_file_is_plain_text(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "notes", "# not markdown here\n\nJust text."))
    assert article.format == "text"
    assert article.paragraphs[0].text == "# not markdown here"


def test_markdown(tmp_path: Path) -> None:
    source = (
        "# Council *approves* budget\n\n"
        "The [council](http://x) met on **Tuesday**.\n\n"
        "- roads get `10%` more\n"
    )
    article = load_article(write(tmp_path, "story.md", source))
    assert article.format == "markdown"
    assert article.title == "Council approves budget"
    assert [p.text for p in article.paragraphs] == [
        "Council approves budget",
        "The council met on Tuesday.",
        "roads get 10% more",
    ]
    assert [article.text[p.start : p.end] for p in article.paragraphs] == source.strip().split(
        "\n\n"
    )
    for p in article.paragraphs:
        assert not set("*#[]`") & set(p.text)


def test_markdown_suffix_variants(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "story.markdown", "Intro text.\n\n## Later heading\n"))
    assert article.format == "markdown"
    assert article.title == "Later heading"  # the first heading, though not at the top
    assert [p.kind for p in article.paragraphs] == ["body", "heading"]


def test_html_file(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "story.html", ARTICLE_HTML))
    assert article.format == "html"
    assert article.title == "Council approves budget & road plan"
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == "Council approves budget & road plan"
    assert article.paragraphs[0].kind == "title"
    assert "The city council approved next year’s budget on Tuesday" in texts[1]
    assert "The plan raises spending on roads by ten percent and sets aside money" in texts[2]
    assert "Reactions" in texts
    assert "Residents of the northern districts cheered the decision." in texts
    assert "“This is a good day for the city,” the mayor said in a statement." in texts
    assert not any("Home" in t or "Copyright" in t or "ignored" in t for t in texts)
    assert article.warnings == ()
    for p in article.paragraphs:
        span = article.text[p.start : p.end]
        assert "<" not in span[:1] and ">" not in span[-1:]
        first_word, last_word = p.text.split()[0], p.text.split()[-1]
        assert span.startswith(first_word.replace("’", "&rsquo;").replace("“", "&ldquo;"))
        assert span.endswith(last_word)
    assert article.text[article.paragraphs[0].start : article.paragraphs[0].end] == (
        "Council approves budget &amp; road plan"
    )


def test_html_is_recognised_by_its_content(tmp_path: Path) -> None:
    assert load_article(write(tmp_path, "page", ARTICLE_HTML)).format == "html"


def test_html_without_trafilatura(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes "import trafilatura" fail
    path = write(tmp_path, "story.html", ARTICLE_HTML)
    with pytest.raises(LoadError) as info:
        load_article(path)
    message = str(info.value)
    assert message.splitlines()[0] == (
        f"{path}: reading HTML needs trafilatura, which is not installed"
    )
    assert 'pip install "parallax[web]"' in message
    assert len(message.splitlines()) == 2


def test_html_with_no_article_text(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no article text found"):
        load_article(write(tmp_path, "blank.html", "<html><body><nav>Home</nav></body></html>"))


# -- URLs -----------------------------------------------------------------------


def test_url_html(http_server: str) -> None:
    article = load_article(f"{http_server}/story")
    assert article.format == "html"
    assert article.source == f"{http_server}/story"
    assert article.title == "Council approves budget & road plan"
    assert any("ten percent" in p.text for p in article.paragraphs)


def test_url_plain_text_uses_the_declared_charset(http_server: str) -> None:
    article = load_article(f"{http_server}/plain.txt")
    assert article.format == "text"
    assert [p.text for p in article.paragraphs] == [
        "A headline from the web",
        "It said something “quoted”.",
    ]
    assert_plain_offsets(article)
    latin = load_article(f"{http_server}/latin")
    assert latin.title == "Заголовок статьи" and latin.warnings == ()


def test_url_errors(http_server: str) -> None:
    with pytest.raises(LoadError, match=r"/missing: the server answered 404"):
        load_article(f"{http_server}/missing")
    with pytest.raises(LoadError, match=r"/big.txt: the page is 5000 bytes, over the 100 bytes"):
        load_article(f"{http_server}/big.txt", max_bytes=100)
    with pytest.raises(LoadError, match=r"/empty.txt: is empty"):
        load_article(f"{http_server}/empty.txt")
    with pytest.raises(LoadError, match=r"/slow: no complete answer within 0.5 seconds"):
        load_article(f"{http_server}/slow", timeout=0.5)


def test_unreachable_url() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story.html"
    with pytest.raises(LoadError) as info:
        load_article(url)
    assert str(info.value).startswith(f"{url}: cannot reach the server")


# -- standard input ---------------------------------------------------------------


def test_stdin() -> None:
    article = load_article("-", "B", stdin=io.BytesIO(TEXT.encode()))
    assert article.source == "-"
    assert article.title == "A Headline Worth Reading"
    assert_plain_offsets(article)


def test_stdin_untitled_takes_its_first_sentence() -> None:
    article = load_article("-", stdin=io.BytesIO(b"Just one sentence of text."))
    assert article.title == "Just one sentence of text."  # no headline: its first sentence


def test_stdin_can_be_read_once(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="standard input can be read only once"):
        load_articles(["-", "-"], stdin=io.BytesIO(b"x"))


# -- encodings ------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a BOM, in the machine's byte order
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings(tmp_path: Path, encoded: bytes) -> None:
    article = load_article(write(tmp_path, "story.txt", encoded))
    assert article.text == TEXT  # no BOM in the decoded text: offsets start at the text
    assert article.warnings == ()
    assert article.paragraphs[1].text == "The first paragraph, with “quotes”."
    assert_plain_offsets(article)


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    path = write(tmp_path, "old.txt", "Caf\xe9 news \u201cquoted\u201d\n\nBody.".encode("cp1252"))
    article = load_article(path)
    assert article.paragraphs[0].text == "Café news “quoted”"
    assert article.warnings == (
        f"{path}: not valid UTF-8; decoded as cp1252 (Windows Western European)",
    )
    assert_plain_offsets(article)


def test_latin1_fallback_warns() -> None:
    text, warnings = decode_bytes(b"Caf\xe9 \x81 here", name="x.txt")
    assert text == "Café \x81 here"
    assert warnings == ["x.txt: not valid UTF-8; decoded as latin-1"]


def test_html_meta_charset(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Council approves budget &amp; road plan", "Совет утвердил бюджет"
    )
    article = load_article(write(tmp_path, "ru.html", page.encode("cp1251")))
    assert article.warnings == ()
    assert article.title == "Совет утвердил бюджет"


# -- bad input ------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match=f"^{path}: no such file$"):
        load_article(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=f"^{tmp_path}: is a directory"):
        load_article(str(tmp_path))


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    path = write(tmp_path, "image.txt", png)
    with pytest.raises(LoadError, match=f"^{path}: looks like a binary file"):
        load_article(path)


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "noise.bin", bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 100)
    with pytest.raises(LoadError, match="looks like a binary file"):
        load_article(path)


@pytest.mark.parametrize("data", [b"", b"  \n\n\t \n", "\ufeff".encode()])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(LoadError, match=f"^{path}: is empty"):
        load_article(path)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: takes no disk space
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(LoadError, match=r"huge.txt: the file is 3 MB, over the 3 MB limit"):
        load_article(str(path))


def test_fewer_than_two_articles() -> None:
    with pytest.raises(LoadError, match=r"need at least 2 articles to compare, got 1 \(a.txt\)"):
        load_articles(["a.txt"])
    with pytest.raises(LoadError, match="got 0"):
        load_articles([])


def test_more_than_twelve_articles() -> None:
    with pytest.raises(LoadError, match="at most 12 articles can be compared, got 13"):
        load_articles([f"{i}.txt" for i in range(13)])


def test_ids_follow_load_order(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i:02}.txt", f"Story number {i}.") for i in range(12)]
    articles = load_articles(paths)
    assert [a.id for a in articles] == list("ABCDEFGHIJKL")
    assert [a.source for a in articles] == paths
    assert articles[11].paragraphs[0].id == "L1"
    assert articles[0].title == "Story number 0."  # no headline: its first sentence


def test_the_first_bad_input_is_named(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", TEXT)
    with pytest.raises(LoadError, match="missing.txt: no such file"):
        load_articles([good, str(tmp_path / "missing.txt")])


def test_parse_article_is_pure() -> None:
    article = parse_article(TEXT, article_id="D", source="inline")
    assert article.id == "D" and article.source == "inline"
    assert article.paragraphs[0].id == "D1"


def test_seeds_load(tmp_path: Path) -> None:
    articles = load_articles(sorted(str(p) for p in SEEDS.glob("*.txt")))
    assert len(articles) == 3
    for article in articles:
        assert article.warnings == ()
        assert_plain_offsets(article)

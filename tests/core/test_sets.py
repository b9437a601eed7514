"""Set files (tui.core.sets): parsing, paths relative to the file, and every error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.loader import LoadError, load_articles
from tui.core.sets import SetError, is_set_file, read_set
from tui.resources import seed_paths, seed_set

REPO = Path(__file__).resolve().parents[2]
BODY = "Rescuers reached the village on Tuesday after the river burst its banks.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text("Water fell. " + BODY, encoding="utf-8")
    return tmp_path


def _write(folder: Path, text: str) -> Path:
    path = folder / "news" / "event.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
title = "Flood in the valley"

[[article]]
path = "a.txt"
label = "Valley Herald"
date = 2024-05-02

[[article]]
path = "b.txt"
date = "2024-05-03"

[[article]]
url = "https://example.com/flood.html"
label = "Example News"
"""


def test_a_set_file(folder: Path) -> None:
    found = read_set(_write(folder, GOOD), cwd=folder)
    assert found.title == "Flood in the valley"
    assert found.sources == ["news/a.txt", "news/b.txt", "https://example.com/flood.html"]
    assert found.labels == ["Valley Herald", None, "Example News"]
    assert found.dates == ["2024-05-02", "2024-05-03", None]


def test_paths_are_relative_to_the_set_file_wherever_it_is_read_from(
    folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = _write(folder, GOOD.split("[[article]]\nurl")[0])
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    found = read_set(path, cwd=elsewhere)
    assert found.sources == [str(folder / "news" / "a.txt"), str(folder / "news" / "b.txt")]
    articles = load_articles(found.sources, labels=found.labels, dates=found.dates)
    assert [(a.label, a.date) for a in articles] == [
        ("Valley Herald", "2024-05-02"),
        ("b", "2024-05-03"),
    ]


def test_the_seeds_ship_as_a_set() -> None:
    found = read_set(seed_set(), cwd=REPO)
    assert found.title == "Strike on Sevastopol; Putin meets Kim"
    assert found.labels == [
        "Epoch Times",
        "Novaya Gazeta Europe",
        "German outlet (in translation, unnamed)",
    ]
    assert found.sources == [str(p.relative_to(REPO)) for p in seed_paths()]
    assert found.dates == ["2023-09-13"] * 3
    assert seed_set() not in seed_paths()  # the set is not an article


def test_is_set_file() -> None:
    assert is_set_file("event.toml") and is_set_file("dir/EVENT.TOML")
    assert not is_set_file("a.txt") and not is_set_file("https://example.com/x.toml")


def _one(path: str = "a.txt", extra: str = "") -> str:
    return f'[[article]]\npath = "{path}"\n{extra}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title = 'x'\n[[article]\n", "not a valid set file (TOML): "),
        ('name = "x"\n' + _one() + _one("b.txt"), "line 1 (name): unknown key 'name'"),
        (
            "title = 3\n" + _one() + _one("b.txt"),
            "line 1 (title): title must be a non-empty string",
        ),
        ('title = "x"\n', "no [[article]] tables"),
        (_one(), "lists 1 article(s); a comparison needs 2 to 12"),
        (_one() * 13, "lists 13 article(s)"),
        (
            _one() + _one("b.txt", 'author = "Ann"'),
            "line 6 (article 2, author): unknown key 'author'",
        ),
        (
            _one() + '[[article]]\nlabel = "B"\n',
            "line 4 (article 2): give the article's path or its url",
        ),
        (
            _one() + '[[article]]\npath = "b.txt"\nurl = "https://x.org/"\n',
            "line 4 (article 2): give the article's path or its url (one of them)",
        ),
        (_one() + _one("c.txt"), "line 5 (article 2, path): "),
        (
            _one() + _one("b.txt", 'date = "2024-13-01"'),
            "line 6 (article 2, date): '2024-13-01' is not a date",
        ),
        (_one() + _one("b.txt", 'date = "May 2"'), "'May 2' is not a date; write it as YYYY-MM-DD"),
        (
            _one() + _one("b.txt", "label = ''"),
            "line 6 (article 2, label): label must be a non-empty",
        ),
        (
            _one() + '[[article]]\nurl = "ftp://x.org/a"\n',
            "line 5 (article 2, url): 'ftp://x.org/a' is not an http(s)",
        ),
    ],
)
def test_set_file_mistakes(folder: Path, text: str, message: str) -> None:
    path = _write(folder, text)
    with pytest.raises(SetError) as caught:
        read_set(path, cwd=folder)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_a_missing_article_file_is_named(folder: Path) -> None:
    with pytest.raises(SetError, match=r"line 5 \(article 2, path\): .*c\.txt: no such file"):
        read_set(_write(folder, _one() + _one("c.txt")), cwd=folder)


def test_a_set_file_that_is_not_text_or_not_there(folder: Path) -> None:
    path = folder / "news" / "bad.toml"
    path.write_bytes(b"title = '\xff'\n")
    with pytest.raises(SetError, match="must be UTF-8 text"):
        read_set(path)
    with pytest.raises(LoadError, match="no such file"):
        read_set(folder / "none.toml")

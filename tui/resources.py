"""Where the files that ship with Parallax are: the stylesheet and the seed articles.

An installed wheel carries them inside the package (``tui/styles.tcss``,
``tui/seeds/``); a checkout has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for base in (_PACKAGE, _PACKAGE.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is neither in {_PACKAGE} nor in {_PACKAGE.parent}")


def stylesheet_path() -> Path:
    """The app's stylesheet, ``styles.tcss``."""
    return _find("styles.tcss")


def seeds_dir() -> Path:
    """The directory of the bundled sample articles."""
    return _find("seeds")


SEED_SET = "seeds.toml"
"""The set file of the sample articles (their labels, dates and the event's title)."""


def seed_set() -> Path:
    """The set file that describes the bundled sample articles."""
    return seeds_dir() / SEED_SET


def seed_paths() -> list[Path]:
    """The bundled sample articles (not their set file), in name order."""
    return sorted(
        p
        for p in seeds_dir().iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != SEED_SET
    )

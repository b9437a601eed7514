"""Small helpers for the screen's wording."""

from __future__ import annotations


def plural(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun that goes with it: "1 note", "3 notes", "2 matches"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"

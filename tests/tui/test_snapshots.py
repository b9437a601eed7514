"""Snapshots of screens a user would recognise.  Review every new SVG by eye."""

from __future__ import annotations

from typing import Any

from tests.tui.conftest import SIZE, AppFactory


def test_first_screen_shows_the_seeds_side_by_side(snap_compare: Any, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE)

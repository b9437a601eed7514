"""The status line's badges stay in view: toasts stand above the status line."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from textual.widgets._toast import Toast

from tests.tui.conftest import SIZE, AppFactory, analysed
from tui.palette import contrast_ratio
from tui.widgets.status_line import StatusLine


async def test_autosave_off_is_a_badge_no_toast_covers(
    make_app: AppFactory, tmp_path: Path
) -> None:
    path = tmp_path / "s.parallax.json"
    path.write_text("{broken", encoding="utf-8")
    async with make_app(session_path=path).run_test(size=(80, 24), notifications=True) as pilot:
        screen = await analysed(pilot)
        await pilot.pause()
        status = screen.query_one(StatusLine)
        badge = status.query_one("#status-badges", Static)
        assert badge.display and str(badge.render()) == "autosave OFF"
        assert badge.region.right <= 80 and badge.region.width >= len("autosave OFF")
        look = badge.get_visual_style()
        assert look.foreground is not None and look.background is not None
        assert contrast_ratio(look.background + look.foreground, look.background) >= 4.5
        toasts = list(screen.query(Toast))
        assert toasts, "the corrupt session is said in a toast"
        for toast in toasts:
            assert not toast.region.overlaps(status.region), (toast.region, status.region)


async def test_no_badge_when_autosave_works(make_app: AppFactory, tmp_path: Path) -> None:
    async with make_app(session_path=tmp_path / "s.parallax.json").run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert not screen.query_one("#status-badges", Static).display

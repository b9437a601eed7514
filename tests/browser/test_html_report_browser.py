"""The HTML report in a real browser: headless Chromium, driven by Selenium.

Skipped, with the reason, where no Chromium and chromedriver are installed
(``.ci/run`` installs Debian's).  Screenshots are saved at 1400 and 390 CSS
pixels wide, into ``$PARALLAX_SCREENSHOTS`` when it is set (to look at them),
else into the test's temporary folder.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.chromium import chromium, missing, screenshot, set_viewport
from tests.core.html_pages import MARKER, hostile_html, seeds_report
from tui.core.report.html_report import PALETTE, render_html

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

if missing() and os.environ.get("PARALLAX_REQUIRE_BROWSER"):  # CI installed one: never skip
    raise RuntimeError(f"PARALLAX_REQUIRE_BROWSER is set, but {missing()}")
pytestmark = pytest.mark.skipif(missing() is not None, reason=f"no headless browser: {missing()}")

GOVERNOR = ("Razvozhayev", "Razvozhaev", "Razvoshayev")


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    with chromium(1400, 900) as driver:
        yield driver


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    path.write_text(render_html(seeds_report()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.html"
    path.write_text(hostile_html(folder), encoding="utf-8")
    return path


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PARALLAX_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_page(driver: WebDriver, path: Path, width: int = 1400, height: int = 900) -> None:
    set_viewport(driver, width, height, mobile=width < 600)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
    driver.get(path.as_uri())


def visible_text(driver: WebDriver, selector: str = "body") -> str:
    from selenium.webdriver.common.by import By

    return " ".join(driver.find_element(By.CSS_SELECTOR, selector).text.split())


def rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_the_seeds_report_shows_what_differs(browser: WebDriver, seeds_page: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, seeds_page)
    figures = visible_text(browser, "table.figures")
    assert "30 Iranian kamikaze drones" in figures and "32 Iranian made Shahed drones" in figures
    differ = browser.find_element(By.CSS_SELECTOR, "table.figures mark.m-differ")
    assert differ.is_displayed()
    # The stylesheet applies (its hash is in the page's policy): the colour and the sign.
    background = browser.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor", differ
    )
    assert background == rgb(PALETTE["differ-bg"])
    sign = browser.execute_script(
        "return getComputedStyle(arguments[0], '::after').content", differ
    )
    assert sign.startswith('"≠"')  # a sign beside the colour, with alt text
    spellings = visible_text(browser, "table.spellings")
    assert all(name in spellings for name in GOVERNOR)


def test_the_legend_and_the_matrix_are_there(browser: WebDriver, seeds_page: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, seeds_page)
    legend = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=legend]")
    assert legend.is_displayed()
    entries = legend.find_elements(By.CSS_SELECTOR, "dl.legend > div")
    assert len(entries) >= 6 and all(e.is_displayed() for e in entries)
    assert "a figure that differs" in legend.text
    columns = browser.find_elements(By.CSS_SELECTOR, "table.matrix thead th")
    assert [c.text.split()[0] for c in columns] == ["Claim", "A", "B", "C"]
    assert browser.execute_script(f"return typeof window.{MARKER}") == "undefined"


def test_no_script_runs_from_a_hostile_article(browser: WebDriver, hostile_page: Path) -> None:
    open_page(browser, hostile_page)
    assert browser.execute_script(f"return typeof window.{MARKER}") == "undefined"
    assert browser.title.startswith("Parallax comparison of 4 outlets")
    assert "pwned" not in browser.title
    text = visible_text(browser)
    assert f"<script>window.{MARKER}" in text
    assert "</style><script>" in text
    assert browser.execute_script("return document.scripts.length + document.images.length") == 0


def test_screenshots_wide_and_narrow(browser: WebDriver, seeds_page: Path, shots: Path) -> None:
    for width in (1400, 390):
        open_page(browser, seeds_page, width, 900)
        assert browser.execute_script("return window.innerWidth") == width
        # The page itself never scrolls sideways; wide tables scroll in their own region.
        page_width = browser.execute_script("return document.documentElement.scrollWidth")
        assert page_width <= width
        path = screenshot(browser, shots / f"report-{width}.png", max_height=4000)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    overflowing = browser.execute_script(
        "return [...document.querySelectorAll('.scroll')]"
        ".filter(e => e.scrollWidth > e.clientWidth).length"
    )
    assert overflowing > 0  # at 390 px the aligned columns scroll sideways


def test_print_unfolds_every_group_on_a4_landscape(browser: WebDriver, seeds_page: Path) -> None:
    open_page(browser, seeds_page)
    folded = "return [...document.querySelectorAll('details.row:not([open]) .para')]"
    assert browser.execute_script(folded + ".some(e => e.checkVisibility())") is False
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert browser.execute_script(folded + ".every(e => e.checkVisibility())") is True
    pdf = base64.b64decode(
        browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "pageRanges": "1"})[
            "data"
        ]
    )
    width, height = (float(v) for v in re.findall(rb"MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf)[0])
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points

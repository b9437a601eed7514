"""A headless Chromium for the tests and benchmarks, driven by Selenium.

Uses the system's browser (Debian's ``chromium`` and ``chromium-driver``
packages, which ``.ci/run`` installs); Selenium is never allowed to download
one.  :func:`missing` says why no browser can be started here, so the tests
that need one skip with that reason on a bare machine.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)
#: Flags for a quiet, isolated, offline-friendly headless browser.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)
INSTALL_HINT = "apt-get install chromium chromium-driver"


def _which(names: tuple[str, ...], variable: str) -> str | None:
    given = os.environ.get(variable)
    if given:
        return given if Path(given).exists() else None
    return next((path for name in names if (path := shutil.which(name))), None)


def browser_path() -> str | None:
    return _which(BROWSERS, "PARALLAX_CHROMIUM")


def driver_path() -> str | None:
    return _which(DRIVERS, "PARALLAX_CHROMEDRIVER")


def missing() -> str | None:
    """Why no headless browser can run here (None: one can)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return 'Selenium is not installed (pip install ".[test]")'
    if browser_path() is None:
        return f"no Chromium found ({INSTALL_HINT})"
    if driver_path() is None:
        return f"no chromedriver found ({INSTALL_HINT})"
    return None


@contextmanager
def chromium(width: int = 1400, height: int = 900) -> Iterator[WebDriver]:
    """A headless Chromium with a fresh profile, closed (and its profile removed) after."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser_path() or ""
    profile = tempfile.mkdtemp(prefix="parallax-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path()))
    try:
        set_viewport(driver, width, height)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def set_viewport(driver: WebDriver, width: int, height: int, *, mobile: bool = False) -> None:
    """Emulate a screen ``width`` CSS pixels wide (a phone at 390 is narrower than a window)."""
    metrics: dict[str, Any] = {
        "width": width,
        "height": height,
        "deviceScaleFactor": 1,
        "mobile": mobile,
    }
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


def screenshot(driver: WebDriver, path: Path, *, max_height: int = 6000) -> Path:
    """The whole page (up to ``max_height`` pixels tall) as a PNG at ``path``."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    width = int(driver.execute_script("return window.innerWidth"))
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(height, max_height), "scale": 1},
        },
    )
    path.write_bytes(base64.b64decode(shot["data"]))
    return path

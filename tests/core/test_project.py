"""The project as a whole: the wheel, the core's independence, README and CI."""

from __future__ import annotations

import os
import pkgutil
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import tui.core
from tests.core.conftest import REPO, SEEDS


def test_core_never_imports_textual() -> None:
    modules = [f"tui.core.{m.name}" for m in pkgutil.iter_modules(tui.core.__path__)]
    assert "tui.core.loader" in modules and "tui.core.report" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_wheel_carries_the_stylesheet_and_the_seeds(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    [wheel] = tmp_path.glob("parallax-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "parallax = tui.cli:main" in zf.read(entry_points).decode()
        zf.extractall(tmp_path / "site")
    assert "tui/styles.tcss" in names
    assert {f"tui/seeds/{p.name}" for p in SEEDS.glob("*.txt")} <= names
    assert "tui/seeds/seeds.toml" in names  # the seeds' set file: labels, dates, title
    assert {"tui/__init__.py", "tui/__main__.py", "tui/cli.py", "tui/core/loader.py"} <= names

    # Installed, the package finds its own copies, from any directory.
    code = (
        "import tui, tui.resources as r; "
        "print(tui.__file__); print(r.stylesheet_path()); print(r.seeds_dir())"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    shown = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    site = tmp_path / "site" / "tui"
    assert shown.stdout.splitlines() == [
        str(site / "__init__.py"),
        str(site / "styles.tcss"),
        str(site / "seeds"),
    ]
    report = subprocess.run(
        [sys.executable, "-m", "tui", "report"], cwd=tmp_path, env=env, capture_output=True
    )
    assert report.returncode == 0, report.stderr
    assert b"3 articles compared" in report.stdout
    # the set file finds its articles beside it, inside the installed package
    assert "- **A** Epoch Times (2023-09-13)" in report.stdout.decode()


def quick_start() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    [block] = re.findall(r"```sh\n(.*?)```", section, re.S)
    return block.strip().splitlines()


def test_readme_quick_start_is_two_commands() -> None:
    assert quick_start() == ["pip install . && parallax", 'pip install ".[test]" && pytest']


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in ci.splitlines()]
    assert "set -euo pipefail" in lines
    assert f"readme_tests='{quick_start()[1]}'" in lines
    assert 'bash -c "$readme_tests"' in lines
    for check in ("ruff check .", "ruff format --check .", "mypy tui"):
        assert check in lines
    assert os.access(REPO / ".ci" / "run", os.X_OK)

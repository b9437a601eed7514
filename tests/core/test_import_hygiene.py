"""What loads what: the command line starts without the engine, the engine without the app.

The start-up figures themselves are in ``tests/bench/bench_startup.py``; these
tests keep the imports that make them possible from coming back.
"""

from __future__ import annotations

import importlib
import subprocess
import sys

import tui.core
from tests.bench.import_graph import Import, imports, violations
from tests.core.conftest import REPO


def loaded_after(statement: str, *prefixes: str) -> list[str]:
    """The modules starting with one of ``prefixes`` that ``statement`` loads, in a fresh Python."""
    code = (
        f"import sys\n{statement}\n"
        f"print(' '.join(sorted(m for m in sys.modules if m.startswith({prefixes!r}))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_command_line_starts_without_the_engine_or_textual() -> None:
    assert loaded_after("import tui.cli", "wordfreq", "textual", "tui.core.align") == []


def test_a_light_engine_module_loads_only_itself() -> None:
    assert loaded_after("import tui.core.model", "wordfreq", "tui.core.") == ["tui.core.model"]


def test_the_aligner_loads_word_frequencies_on_first_use() -> None:
    assert loaded_after("import tui.core.align", "wordfreq") == []


def test_every_public_name_of_the_engine_comes_from_its_module() -> None:
    for name in tui.core.__all__:
        value = getattr(tui.core, name)
        home = importlib.import_module(tui.core._HOME[name])
        assert value is getattr(home, name), name
    assert sorted(tui.core._HOME) == sorted(tui.core.__all__)


def test_a_function_named_like_its_module_stays_the_function() -> None:
    importlib.import_module("tui.core.compare")
    importlib.import_module("tui.core.align")
    from tui.core import align, compare

    assert callable(compare) and compare.__module__ == "tui.core.compare"
    assert callable(align) and align.__module__ == "tui.core.align.pipeline"


def test_the_engine_imports_nothing_of_textual_or_the_app() -> None:
    found = imports()
    assert any(i.module == "tui.core.loader" for i in found)  # the graph was read
    assert violations(found) == []


def test_the_rule_catches_a_lazy_import_of_the_app_side() -> None:
    found = [
        Import("tui.core.x", "textual.widgets", 3, "lazy"),
        Import("tui.core.x", "tui.widgets.text_view", 4, "type"),
        Import("tui.core.x", "tui", 5, "top"),
        Import("tui.core.x", "tui.core.model", 6, "top"),
        Import("tui.cli", "tui.app", 7, "lazy"),
    ]
    assert [i.line for i in violations(found)] == [3, 4]

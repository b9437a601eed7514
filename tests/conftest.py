"""Every test runs in a working folder of its own.

A user who has run ``parallax`` in this checkout has a session file here
(``<first article>.parallax.json`` for the samples); no test may read or
write it, so no test starts in the checkout.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_working_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))

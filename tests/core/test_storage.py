"""Atomic saves: a killed writer leaves the old file or the new one, never a mix."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tui.core.storage as storage_module
from tui.core.storage import StorageError, read_json, write_json_atomic

STORAGE = Path(storage_module.__file__ or "")

# The writer loads storage.py on its own (not the whole engine) so that it is
# saving within a few milliseconds of starting.
WRITER = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("storage", sys.argv[3])
storage = importlib.util.module_from_spec(spec)
spec.loader.exec_module(storage)
write_json_atomic = storage.write_json_atomic
path = sys.argv[1]
n = int(sys.argv[2])
while True:
    n += 1
    # a few hundred KB, so a write takes long enough to be interrupted
    write_json_atomic(path, {"version": n, "notes": ["x" * 200] * (1000 + n % 7), "end": n})
"""


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"a": [1, "ü"]})
    assert read_json(path) == {"a": [1, "ü"]}
    write_json_atomic(path, {"a": 2})
    assert read_json(path) == {"a": 2}
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary files left


def test_corrupt_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b'{"notes": [tru')
    with pytest.raises(StorageError, match=r"s\.json: not valid JSON"):
        read_json(path)
    assert path.read_bytes() == b'{"notes": [tru'


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot save"):
        write_json_atomic(tmp_path / "missing" / "s.json", {})


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_saves_never_corrupts(tmp_path: Path) -> None:
    path = tmp_path / "session.json"
    write_json_atomic(path, {"version": 0, "notes": [], "end": 0})
    rng = random.Random(1234)
    kills = 0
    last = 0
    while kills < 200:
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(last), str(STORAGE)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.03, 0.09))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        assert proc.returncode == -signal.SIGKILL, err.decode()
        kills += 1
        data = json.loads(path.read_text(encoding="utf-8"))  # always whole JSON
        assert data["version"] == data["end"] >= last
        assert len(data["notes"]) == (1000 + data["version"] % 7 if data["version"] else 0)
        last = data["version"]
    assert last > 0, "the writer never completed a save"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "session.json"]
    # a killed writer may leave its temporary file, never a damaged session
    assert all(name.startswith(".session.json.") for name in leftovers)

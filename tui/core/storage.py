"""Saving and reading JSON files so that nothing a user wrote is ever lost.

:func:`write_json_atomic` writes to a temporary file in the same folder,
flushes and fsyncs it, renames it over the target (atomic on POSIX and
Windows) and fsyncs the folder, so a crash at any moment leaves either the
old file or the new one, never a mix.  :func:`read_json` reports an
unreadable or corrupt file as a :class:`StorageError` and never touches it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["StorageError", "read_json", "write_json_atomic"]


class StorageError(Exception):
    """A file that cannot be read or written; the message names it."""


def write_json_atomic(path: str | os.PathLike[str], data: Any) -> None:
    """Replace ``path`` with ``data`` as JSON, atomically and durably."""
    target = Path(path)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"{target}: cannot save ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(f"{target}: cannot save ({exc.strerror or exc})") from None
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_json(path: str | os.PathLike[str]) -> Any:
    """The JSON document at ``path``; :class:`StorageError` if unreadable or not JSON."""
    target = Path(path)
    try:
        raw = target.read_bytes()
    except OSError as exc:
        raise StorageError(f"{target}: cannot read ({exc.strerror or exc})") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StorageError(f"{target}: not valid JSON ({exc})") from None

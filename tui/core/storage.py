"""Saving and reading JSON files so that nothing a user wrote is ever lost.

:func:`write_json_atomic` writes to a temporary file in the same folder,
flushes and fsyncs it, renames it over the target (atomic on POSIX and
Windows) and fsyncs the folder, so a crash at any moment leaves either the
old file or the new one, never a mix.  It keeps the file's permission bits
and group, writes through a symbolic link to the file it points to, and
removes the temporary files that killed saves left behind.

:func:`read_json` reports an unreadable, corrupt, too deeply nested or
non-regular file (a FIFO, a device) as a :class:`StorageError` and never
touches it.  :func:`locked` is an advisory lock beside a file, so two
programs that save it take turns, and :func:`file_digest` tells whether a
file changed since it was read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tui.core.textsafe import json_text, shown

__all__ = [
    "MAX_DEPTH",
    "StorageError",
    "clean_stale_temps",
    "file_digest",
    "locked",
    "read_json",
    "real_target",
    "regular_file",
    "write_json_atomic",
    "write_text_atomic",
]

MAX_DEPTH = 64
"""The deepest nesting of arrays and objects accepted in a JSON file."""
MAX_JSON_BYTES = 256 * 1024 * 1024
"""The largest JSON file read (256 MB)."""
STALE_SECONDS = 60.0
"""A temporary file of a save older than this is left from a killed save."""
LOCK_WAIT = 10.0
"""Seconds to wait for another program to finish saving the same file."""


class StorageError(Exception):
    """A file that cannot be read or written; the message names it."""


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def real_target(path: str | os.PathLike[str]) -> Path:
    """``path`` with symbolic links followed: the file a save must replace."""
    target = Path(path)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def clean_stale_temps(path: str | os.PathLike[str], *, older_than: float = STALE_SECONDS) -> int:
    """Remove the temporary files that killed saves of ``path`` left; how many were removed.

    Only files of this module's own pattern (``.<name>.*.tmp`` beside the
    target) that are older than ``older_than`` seconds, so a save in progress
    elsewhere keeps its file.
    """
    target = real_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    prefix, limit, removed = _temp_prefix(target), time.time() - older_than, 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < limit:
                        os.unlink(entry.path)
                        removed += 1
    return removed


def _keep_mode_and_group(fd: int, target: Path) -> None:
    """Give the new file the old one's permission bits and group (and owner, if allowed)."""
    try:
        old = os.stat(target)
    except OSError:
        return
    if not hasattr(os, "fchown"):  # Windows: no POSIX modes or groups to keep
        return
    with contextlib.suppress(OSError):
        os.fchmod(fd, stat.S_IMODE(old.st_mode))
    with contextlib.suppress(OSError):
        os.fchown(fd, old.st_uid, old.st_gid)  # the owner too, where allowed (root)
        return
    with contextlib.suppress(OSError):
        os.fchown(fd, -1, old.st_gid)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Replace ``path`` (or the file its symbolic link points to) with ``text``, atomically."""
    target = real_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    shown_path = shown(path)
    data = text.encode("utf-8", "backslashreplace")
    clean_stale_temps(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(f"{shown_path}: cannot save ({_why(exc)})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            _keep_mode_and_group(fh.fileno(), target)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise StorageError(f"{shown_path}: cannot save ({_why(exc)})") from None
        raise
    _fsync_folder(folder)


def write_json_atomic(path: str | os.PathLike[str], data: Any) -> None:
    """Replace ``path`` with ``data`` as JSON, atomically and durably."""
    try:
        text = json_text(data) + "\n"
    except (ValueError, TypeError, RecursionError) as exc:
        raise StorageError(f"{shown(path)}: cannot save ({exc})") from None
    write_text_atomic(path, text)


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


def regular_file(path: str | os.PathLike[str], *, what: str = "file") -> os.stat_result:
    """The status of ``path``, refusing anything but a regular file (a FIFO would block)."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise StorageError(f"{shown(path)}: cannot read (no such file)") from None
    except OSError as exc:
        raise StorageError(f"{shown(path)}: cannot read ({_why(exc)})") from None
    if stat.S_ISDIR(status.st_mode):
        raise StorageError(f"{shown(path)}: is a directory, not a {what}")
    if not stat.S_ISREG(status.st_mode):
        raise StorageError(f"{shown(path)}: not a regular file (a pipe or a device); refused")
    return status


def _depth(document: Any) -> int:
    """How deeply arrays and objects nest in ``document`` (without recursion)."""
    deepest, stack = 0, [(document, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                stack.extend((v, level + 1) for v in value)
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_json(path: str | os.PathLike[str]) -> Any:
    """The JSON document at ``path``; :class:`StorageError` if unreadable or not JSON."""
    status = regular_file(path, what="JSON file")
    if status.st_size > MAX_JSON_BYTES:
        raise StorageError(f"{shown(path)}: the file is over the 256 MB limit")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise StorageError(f"{shown(path)}: cannot read ({_why(exc)})") from None
    try:
        document = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        why = shown(exc.reason)
        raise StorageError(f"{shown(path)}: not valid JSON (not UTF-8: {why})") from None
    except RecursionError:
        raise StorageError(f"{shown(path)}: nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:
        raise StorageError(f"{shown(path)}: not valid JSON ({shown(exc)})") from None
    if _depth(document) > MAX_DEPTH:
        raise StorageError(f"{shown(path)}: nested more than {MAX_DEPTH} levels deep")
    return document


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of the file's bytes; None when there is no file (or it cannot be read)."""
    try:
        with open(real_target(path), "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


@contextlib.contextmanager
def locked(path: str | os.PathLike[str], *, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the advisory lock of ``path`` (the file ``.<name>.lock`` beside it).

    Every Parallax that saves a session or imports into it takes this lock
    first, so their read-check-write steps never interleave.  Waits up to
    ``wait`` seconds, then :class:`StorageError`.  Where ``fcntl`` is missing
    (Windows) the lock is a no-op and the content check alone guards the file.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    target = real_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    lock_path = folder / f".{target.name}.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        yield  # a read-only folder: nothing will be saved there anyway
        return
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StorageError(
                        f"{shown(path)}: another program has been saving it for "
                        f"{wait:g} seconds; try again"
                    ) from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)

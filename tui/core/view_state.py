"""Where the reader was: the view, the paragraph under the cursor and the panes
in view, kept in the session file so that reopening returns there.

An optional ``"view"`` entry of the session file (older files have none and
still load; older versions of Parallax ignore it).  A paragraph is recorded
with its text's hash, and is not returned to when its text has changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core.model import Article
from tui.core.storage import StorageError, read_json

VIEWS = ("aligned", "reading")


@dataclass(frozen=True, slots=True)
class ViewState:
    """The view that is on, the cursor's paragraph (and group), and the panes in view."""

    view: str = "aligned"
    paragraph: str | None = None
    group: str | None = None
    panes: tuple[int, ...] | None = None
    """The visible articles (indices), in their order; None: all, in order."""
    pinned: int | None = None
    """The article kept at the left, if one is pinned."""


def _hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def view_json(state: ViewState, articles: Sequence[Article]) -> dict[str, Any]:
    """``state`` as the session file's ``"view"`` entry (articles by their ids)."""
    ids = [a.id for a in articles]
    texts = {p.id: p.text for a in articles for p in a.paragraphs}
    out: dict[str, Any] = {"view": state.view}
    if state.paragraph in texts:
        out["paragraph"] = {"id": state.paragraph, "hash": _hash(texts[state.paragraph])}
        if state.group is not None:
            out["group"] = state.group
    if state.panes is not None:
        out["panes"] = [ids[i] for i in state.panes if 0 <= i < len(ids)]
    if state.pinned is not None and 0 <= state.pinned < len(ids):
        out["pinned"] = ids[state.pinned]
    return out


def view_from_json(raw: object, articles: Sequence[Article]) -> ViewState | None:
    """The ``"view"`` entry read back; what does not fit these articles is left out,
    and an entry that is not one at all gives None."""
    if not isinstance(raw, Mapping):
        return None
    index = {a.id: i for i, a in enumerate(articles)}
    texts = {p.id: p.text for a in articles for p in a.paragraphs}
    view = raw.get("view")
    paragraph = group = None
    place = raw.get("paragraph")
    if isinstance(place, Mapping):
        pid = place.get("id")
        if isinstance(pid, str) and pid in texts and place.get("hash") == _hash(texts[pid]):
            paragraph = pid
            group = raw.get("group") if isinstance(raw.get("group"), str) else None
    panes: tuple[int, ...] | None = None
    listed = raw.get("panes")
    if isinstance(listed, list):
        shown = [index[a] for a in listed if isinstance(a, str) and a in index]
        panes = tuple(dict.fromkeys(shown)) or None
    pinned = index.get(raw["pinned"]) if isinstance(raw.get("pinned"), str) else None
    return ViewState(view if view in VIEWS else "aligned", paragraph, group, panes, pinned)


def read_view_state(path: str | Path, articles: Sequence[Article]) -> ViewState | None:
    """The view state saved in the session file at ``path``; None without one (or
    without a readable file: the session's own loading says what is wrong)."""
    try:
        data = read_json(path)
    except (StorageError, OSError):
        return None
    return view_from_json(data.get("view"), articles) if isinstance(data, dict) else None

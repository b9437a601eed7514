"""The session file of the running app: where it is, and whether it may be written.

The app saves the session after every change, but never over a file it
could not read: after a failed load, autosave is off for that path and
:attr:`SessionStore.problem` says why, for the reader to see.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tui.core.align import Alignment
from tui.core.model import Article
from tui.core.review_service import open_session
from tui.core.session import Session, SessionError, save_session


class SessionStore:
    """Loads and saves one session file; ``path`` None keeps the session in memory."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.autosave = self.path is not None
        self.problem: str | None = None

    def load(self, articles: Sequence[Article], alignment: Alignment) -> Session | None:
        """The saved session, None when there is none; a bad file turns autosave off."""
        try:
            return open_session(self.path, articles, alignment)
        except SessionError as exc:
            self.autosave = False
            self.problem = f"{exc}. Autosave is off: nothing will be written to that file."
            return None

    def save(self, session: Session, articles: Sequence[Article], alignment: Alignment) -> bool:
        """Write the session if autosave is on; False (and :attr:`problem`) on failure."""
        if self.path is None or not self.autosave:
            return False
        try:
            save_session(self.path, session, articles, alignment)
        except SessionError as exc:
            self.problem = f"Could not save the session: {exc}"
            return False
        self.problem = None
        return True

"""The session file of the running app: where it is, and whether it may be written.

The app saves the session after every change, but never over a file it
could not read: after a failed load, autosave is off for that path and
:attr:`SessionStore.problem` says why, for the reader to see.

Another program may change the same file meanwhile (a second window, an
``import-annotations``).  Each save holds the file's lock, checks whether the
file is still what this app last read or wrote, and if not merges: this
app's changes since then are applied to the file as it is now.  When both
changed the same mark or note, nothing is written and :attr:`problem` says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tui.core.align import Alignment
from tui.core.model import Article
from tui.core.review_service import open_session
from tui.core.session import (
    Session,
    SessionConflict,
    SessionError,
    load_session,
    merge_sessions,
    save_session,
)
from tui.core.storage import StorageError, clean_stale_temps, file_digest, locked
from tui.core.view_state import ViewState, read_view_state


class SessionStore:
    """Loads and saves one session file; ``path`` None keeps the session in memory."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.autosave = self.path is not None
        self.problem: str | None = None
        self.notice: str | None = None
        """Set by a save that kept another program's changes to the file."""
        self._base = Session()  # this app's session as last read or written
        self._disk = Session()  # the file's session as last read or written
        self._digest: str | None = None
        self.view: ViewState | None = None
        """Where the reader was, as the file last read or written has it."""

    def load(self, articles: Sequence[Article], alignment: Alignment) -> Session | None:
        """The saved session, None when there is none; a bad file turns autosave off."""
        if self.path is None:
            return None
        clean_stale_temps(self.path)
        try:
            with locked(self.path):
                self._digest = file_digest(self.path)
                session = open_session(self.path, articles, alignment)
                self.view = read_view_state(self.path, articles) if session else None
        except (SessionError, StorageError) as exc:
            self.autosave = False
            self.problem = f"{exc}. Autosave is off: nothing will be written to that file."
            return None
        self._base = self._disk = session or Session()
        self.notice = None
        if session is not None and session.unresolved:
            self.notice = (
                f"{len(session.unresolved)} mark(s) of this session could not be placed on "
                "the articles as they are now; they are kept as unresolved and listed in "
                "'parallax report'."
            )
        return session

    def save(
        self,
        session: Session,
        articles: Sequence[Article],
        alignment: Alignment,
        *,
        view: ViewState | None = None,
    ) -> bool:
        """Write the session if autosave is on; False (and :attr:`problem`) on failure.
        ``view``: where the reader is (None: as last saved)."""
        if self.path is None or not self.autosave:
            return False
        self.notice = None
        try:
            with locked(self.path):
                changed = file_digest(self.path) != self._digest
                theirs = self._disk
                if changed:
                    theirs = load_session(self.path, articles, alignment) or Session()
                merged = merge_sessions(self._base, session, theirs)
                view = view or self.view
                save_session(self.path, merged, articles, alignment, view=view)
                self._digest = file_digest(self.path)
        except SessionConflict as exc:
            self.problem = f"Not saved: {exc}. Reopen the comparison to see their changes."
            return False
        except (SessionError, StorageError) as exc:
            self.problem = f"Could not save the session: {exc}"
            return False
        if changed:
            self.notice = (
                "The session file was changed by another program; its changes were kept "
                "(reopen to see them)."
            )
        self._base, self._disk, self.view = session, merged, view
        self.problem = None
        return True

    def save_view(
        self, view: ViewState, session: Session, articles: Sequence[Article], alignment: Alignment
    ) -> bool:
        """Save where the reader is (on quitting), when it moved since the file was
        read or written; never a new file for a session with nothing in it."""
        if self.path is None or not self.autosave or view == self.view:
            return False
        if session == Session() and not self.path.exists():
            return False
        return self.save(session, articles, alignment, view=view)

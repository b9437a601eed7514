"""The review session on screen: marks, links, verdicts and notes.

Every change makes a new :class:`~tui.core.session.Session`, one step of undo
in the :class:`~tui.core.session.History`.  The screen draws it again, and
announces it to the app (:class:`~tui.messages.ReviewChanged`), which saves
it.  A note goes on the text cursor's selection (:mod:`.caret`), or on the
whole paragraph without one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol

from textual.app import App

from tui.core.align import Alignment, Group
from tui.core.annotations import Note, new_note, now
from tui.core.claims import VERDICT_TAGS, ClaimPart, claim_at
from tui.core.marking import NoteSpan, note_spans, selection_anchor
from tui.core.model import Paragraph, article_of
from tui.core.review import ItemRef, ReviewState
from tui.core.session import History, Session, placements
from tui.messages import ReviewChanged
from tui.screens.comparison.caret import TextCursor
from tui.screens.comparison.host import Host as ScreenHost
from tui.screens.comparison.notes import drawn_marks, note_at, note_places
from tui.screens.note_editor import NoteDraft, NoteEditor
from tui.screens.verdict_picker import CLEAR, VerdictChoice, VerdictPicker
from tui.widgets.notes_panel import NotesPanel

Keep = tuple[str, str | None]
"""The paragraph and group the cursor stays on after a correction."""


@dataclass(frozen=True, slots=True)
class Change:
    """One step of the history, for undo and redo to name and to go back to."""

    label: str
    """What changed, as "link B6 → G1" or "verdict on G2: accurate"."""
    paragraph: str | None = None
    """Where the cursor was when it changed (undo and redo return there)."""
    group: str | None = None


@dataclass(frozen=True, slots=True)
class LinkPlan:
    """What ``L`` or ``U`` would do, said before it is done when it is not plain to see."""

    unlink: bool
    paragraph: str
    group: str
    anchor: str | None = None

    @property
    def label(self) -> str:
        if self.unlink:
            return f"unlink {self.paragraph} from {self.group}"
        return f"link {self.paragraph} → {self.group}"


class Host(ScreenHost, Protocol):
    """What the review needs of the screen that shows it."""

    @property
    def engine_alignment(self) -> Alignment | None:
        """The engine's alignment, which the session is saved against."""

    @property
    def alignment(self) -> Alignment | None:
        """The alignment with the reader's corrections."""

    @property
    def text_cursor(self) -> TextCursor: ...

    @property
    def notes_panel(self) -> NotesPanel: ...

    @property
    def app(self) -> App[Any]: ...

    def current_paragraph(self) -> str | None: ...

    def current_group(self) -> str | None: ...

    def current_item(self) -> ItemRef | None: ...

    def needs_alignment(self) -> bool:
        """True (and said) while the articles are not aligned yet."""

    def rebuild(self, keep: Keep | None = None) -> None:
        """Lay out the comparison again, with the session's corrections."""

    def jump(self, pid: str, offset: int | None = None) -> None:
        """Put the cursor on paragraph ``pid``."""

    def on_screen(self, pid: str, group: str | None) -> bool:
        """True if ``pid`` (in ``group``) is on screen in the view that is on."""

    def refresh_facts(self, alignment: Alignment) -> object: ...

    def update_status(self) -> None: ...


def link_group(alignment: Alignment, anchor: str, group: str | None) -> Group | None:
    """The group to link into with ``anchor``: ``group`` if the anchor is still in it,
    else the anchor's first group (None: a new group of the two)."""
    groups = {g.id: g for g in alignment.groups}
    if group in groups and anchor in groups[group].paragraphs:
        return groups[group]
    anchor_groups = alignment.groups_of(anchor)
    return anchor_groups[0] if anchor_groups else None


class Reviewing:
    """The session and its history, and the review keys."""

    def __init__(self, host: Host, history: History) -> None:
        self.host = host
        self._history = history
        self.done: list[Change] = []
        """What each step of the history changed (undo takes the last)."""
        self.undone: list[Change] = []
        """What each undone step changed (redo takes the last)."""
        self.pending: LinkPlan | None = None
        """A link or unlink said but not done: the same key again does it."""
        self.note_marks: dict[str, tuple[NoteSpan, ...]] = {}
        """Each paragraph's note spans, for the session as it is now."""

    @property
    def history(self) -> History:
        """Every state of the review session, for undo and redo."""
        return self._history

    @history.setter
    def history(self, history: History) -> None:
        self._history = history
        self.done, self.undone = [], []

    @property
    def session(self) -> Session:
        """The review session as it is now."""
        return self.history.current

    @property
    def review(self) -> ReviewState:
        """The marks and manual links of the session."""
        return self.history.current.review

    # ------------------------------------------------------------------ marks, links, verdicts

    def _item(self, nothing: str) -> ItemRef | None:
        """The item under the cursor, once the articles are aligned; else say why not."""
        if self.host.needs_alignment():
            return None
        item = self.host.current_item()
        if item is None:
            self.host.notify(f"{nothing}: not a group or a unique paragraph", timeout=3)
        return item

    def _here(self, label: str, item: ItemRef | None = None) -> Change:
        """A change named ``label``, made where the cursor is (on ``item``)."""
        pid = self.host.current_paragraph()
        if pid is None and item is not None and item.kind == "paragraph":
            pid = item.id  # the row of a paragraph only another pane has
        return Change(label, pid, self.host.current_group())

    def toggle_reviewed(self) -> None:
        if (item := self._item("Nothing to review here")) is not None:
            done = item in self.review.reviewed
            change = self._here(f"{'unmark' if done else 'mark'} {item.id} reviewed", item)
            self.apply(self.session.with_review(self.review.toggle_reviewed(item)), change=change)

    def toggle_flagged(self) -> None:
        if (item := self._item("Nothing to flag here")) is not None:
            flagged = item in self.review.flagged
            change = self._here(f"{'unflag' if flagged else 'flag'} {item.id}", item)
            self.apply(self.session.with_review(self.review.toggle_flagged(item)), change=change)

    # ------------------------------------------------------------------ verdicts on claims

    def claim(self) -> tuple[ClaimPart, ...]:
        """The claim at the text cursor (the paragraph's first sentence without it): its
        sentence and the sentences linked to it, or the selection."""
        host = self.host
        pid = host.current_paragraph()
        if pid is None:
            return ()
        caret = host.text_cursor.caret
        here = caret.active and caret.paragraph == pid
        group = None
        if host.alignment is not None and (gid := host.current_group()) is not None:
            group = next((g for g in host.alignment.groups if g.id == gid), None)
        return claim_at(
            pid,
            self._paragraph(pid).text,
            caret.pos if here else 0,
            selection=caret.selection if here else None,
            group=group,
        )

    def verdict_notes(self, parts: tuple[ClaimPart, ...]) -> list[Note]:
        """The verdict notes (notes tagged with a verdict) on any part of the claim."""
        by_id = {n.id: n for n in self.session.notes if n.tag in VERDICT_TAGS}
        ids = [
            span.note
            for part in parts
            for span in self.note_marks.get(part.paragraph, ())
            if span.note in by_id and span.start < part.end and part.start < span.end
        ]
        return [by_id[i] for i in dict.fromkeys(ids)]

    def pick_verdict(self) -> None:
        """Ask for a verdict on the claim under the text cursor, and set it on every part."""
        host = self.host
        if host.needs_alignment():
            return
        parts = self.claim()
        if not parts:
            host.notify("No paragraph under the cursor in this pane", timeout=3)
            return
        first = parts[0]
        quote = self._paragraph(first.paragraph).text[first.start : first.end]
        where = ", ".join(p.paragraph for p in parts)
        old = self.verdict_notes(parts)
        current = old[0] if old else None

        def picked(choice: VerdictChoice | None) -> None:
            if choice is not None:
                self.set_verdict(parts, choice)

        host.app.push_screen(
            VerdictPicker(
                quote,
                title=f"Verdict on the claim in {where}",
                current=current.tag if current else "",
                reason=current.body if current else "",
            ),
            picked,
        )

    def set_verdict(self, parts: tuple[ClaimPart, ...], choice: VerdictChoice) -> None:
        """Put ``choice`` on each part of the claim (one step of undo); "clear" takes
        the claim's verdict away."""
        host = self.host
        session = self.session
        for note in self.verdict_notes(parts):
            session = session.delete_note(note.id)
        if choice.verdict != CLEAR:
            for part in parts:
                article = host.articles[host.where[part.paragraph][0]]
                paragraph = self._paragraph(part.paragraph)
                anchor = selection_anchor(article, paragraph, part.start, part.end)
                session = session.add_note(new_note(anchor, choice.reason, choice.verdict))
        where = " ".join(p.paragraph for p in parts)
        said = f"verdict on {where}: {'none' if choice.verdict == CLEAR else choice.verdict}"
        first = parts[0].paragraph
        self.apply(session, change=Change(said, first, host.current_group()))
        host.notify(said[0].upper() + said[1:], timeout=4)

    def _confirmed(self, plan: LinkPlan, *, plain: bool, why: str) -> bool:
        """True if ``plan`` may be done now: it is plain to see, or was said and the
        same key came again.  Otherwise say what the key would do, and wait."""
        if plain or self.pending == plan:
            self.pending = None
            return True
        self.pending = plan
        key = "U" if plan.unlink else "L"
        self.host.notify(
            f"{key} again to {plan.label} ({why}); move the cursor to cancel", timeout=8
        )
        return False

    def link(self) -> None:
        """Link the paragraph under the cursor into the group of the paragraph the
        cursor left in the pane it came from."""
        host = self.host
        if host.needs_alignment():
            return
        assert host.alignment is not None
        pid = host.current_paragraph()
        if pid is None:
            host.notify("No paragraph under the cursor in this pane", timeout=3)
            return
        anchor, group = host.trail.source()
        if anchor is None or article_of(anchor) == article_of(pid):
            host.notify(
                "Put the cursor on a paragraph in another pane first, then come back here "
                "and press L",
                timeout=5,
            )
            return
        into = link_group(host.alignment, anchor, group)
        if into is not None and pid in into.paragraphs:
            host.notify(f"{pid} is already in {into.id}", timeout=3)
            return
        group = into.id if into is not None else self.review.new_group_id(host.alignment)
        plan = LinkPlan(False, pid, group, anchor)
        shown = host.on_screen(anchor, into.id if into is not None else None)
        several = len(host.alignment.groups_of(anchor)) > 1
        why = f"with {anchor}, " + (
            f"which is in {len(host.alignment.groups_of(anchor))} groups"
            if several
            else "off screen"
        )
        if not self._confirmed(plan, plain=shown and not several, why=why):
            return
        self.apply(
            self.session.with_review(self.review.link(pid, group, anchor=anchor)),
            keep=(pid, group),
            change=Change(plan.label, pid, group),
        )
        host.notify(f"Linked {pid} into {group} with {anchor}", timeout=4)

    def unlink(self) -> None:
        host = self.host
        if host.needs_alignment():
            return
        pid, group = host.current_paragraph(), host.current_group()
        if pid is None or group is None:
            host.notify("The cursor is on no paragraph of a group", timeout=3)
            return
        assert host.alignment is not None
        plan = LinkPlan(True, pid, group)
        others = [g.id for g in host.alignment.groups_of(pid) if g.id != group]
        why = f"the group on screen; {pid} is also in {', '.join(others)}"
        if not self._confirmed(plan, plain=not others, why=why):
            return
        self.apply(
            self.session.with_review(self.review.unlink(pid, group)),
            keep=(pid, None),
            change=Change(plan.label, pid, group),
        )
        host.notify(f"Unlinked {pid} from {group}", timeout=4)

    # ------------------------------------------------------------------ the session

    def undo(self) -> None:
        self._travel(back=True)

    def redo(self) -> None:
        self._travel(back=False)

    def _travel(self, *, back: bool) -> None:
        """One step back (undo) or forward (redo) in the history."""
        history = self.history
        if not (history.can_undo if back else history.can_redo):
            self.host.notify(f"Nothing to {'undo' if back else 'redo'}", timeout=2)
            return
        old = self.session
        source, target = (self.done, self.undone) if back else (self.undone, self.done)
        change = source.pop() if source else Change("a change")
        target.append(change)
        if back:
            history.undo()
        else:
            history.redo()
        pid = change.paragraph
        known = pid is not None and pid in self.host.where
        self._changed(old, keep=(pid, change.group) if known and pid is not None else None)
        if known and pid is not None and self.host.current_paragraph() != pid:
            self.host.jump(pid)
        self.host.notify(f"{'Undone' if back else 'Redone'}: {change.label}", timeout=4)

    def apply(
        self, new: Session, *, keep: Keep | None = None, change: Change | None = None
    ) -> None:
        """Make ``new`` the session: one step of undo (named by ``change``), drawn and
        announced."""
        old = self.session
        if new == old:
            return
        self.history.apply(new)
        self.done.append(change or self._here("a change"))
        self.undone.clear()
        self._changed(old, keep=keep)

    def _changed(self, old: Session, *, keep: Keep | None = None) -> None:
        host, new = self.host, self.session
        corrected = (old.review.links, old.review.unlinks) != (new.review.links, new.review.unlinks)
        if corrected:
            # the alignment changed by hand: show it now, find names and numbers again
            host.rebuild(keep)
            assert host.alignment is not None
            host.refresh_facts(host.alignment)
        else:
            host.grid.set_review(self.review, self.verdict_labels())
        if old.notes != new.notes:
            self.refresh_notes()
        host.cursor_moved()
        host.update_status()
        # to the app straight away, not bubbling up from the screen: keys run their
        # actions in the app's task, so the session is saved before a key that
        # follows at once (q) is handled
        host.app.post_message(ReviewChanged(self.review, new, host.engine_alignment))

    def verdict_labels(self) -> dict[ItemRef, str]:
        return {item: verdict.label for item, verdict in self.session.verdicts}

    # ------------------------------------------------------------------ notes

    def refresh_notes(self) -> None:
        """Place every note again and show them: highlights, gutter marks, the list."""
        host, session = self.host, self.session
        self.note_marks = note_spans(
            host.articles, session.notes, placements(session, host.articles)
        )
        places = note_places(host.articles, session.notes, self.note_marks, host.where)
        host.notes_panel.show(session.notes, places)
        self.push_marks()

    def push_marks(self) -> None:
        """Tell the views what to draw over the text: notes, the selection, the cursor."""
        caret = self.host.text_cursor.caret
        pid = caret.paragraph
        length = len(self._paragraph(pid).text) if pid is not None and caret.active else 0
        marks = drawn_marks(self.note_marks, caret, length)
        noted = frozenset(self.note_marks)
        verdicts = {n.id for n in self.session.notes if n.tag in VERDICT_TAGS}
        judged = frozenset(
            pid for pid, spans in self.note_marks.items() if any(s.note in verdicts for s in spans)
        )
        for view in self.host.text_views:
            view.set_marks(marks, noted, judged)

    def _paragraph(self, pid: str) -> Paragraph:
        ai, index = self.host.where[pid]
        return self.host.articles[ai].paragraphs[index]

    def note_under_cursor(self) -> Note | None:
        """The note at the text cursor; without one, the paragraph's first note."""
        host = self.host
        return note_at(
            self.note_marks, self.session.notes, host.current_paragraph(), host.text_cursor.caret
        )

    def add_note(self) -> None:
        """Ask for a note on the selection (the whole paragraph without one), and add it."""
        host = self.host
        if host.needs_alignment():
            return
        pid = host.current_paragraph()
        if pid is None:
            host.notify("No paragraph under the cursor in this pane", timeout=3)
            return
        article = host.articles[host.where[pid][0]]
        selection = host.text_cursor.caret.selection
        start, end = selection or (0, 0)
        anchor = selection_anchor(article, self._paragraph(pid), start, end)
        what = "the selection" if selection else "the paragraph"

        def added(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            change = Change(f"note on {pid}", pid, host.current_group())
            self.apply(
                self.session.add_note(new_note(anchor, draft.body, draft.tag)), change=change
            )
            host.text_cursor.drop_selection()
            self.push_marks()
            host.cursor_moved()
            host.notify(f"Note added to {pid}", timeout=3)

        host.app.push_screen(NoteEditor(anchor.exact, title=f"Add a note to {what} ({pid})"), added)

    def edit_note(self) -> None:
        note = self.note_under_cursor()
        if note is None:
            self.host.notify("No note here: a adds one", timeout=3)
            return

        def edited(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            changed = replace(note, body=draft.body, tag=draft.tag, modified=now())
            self.apply(self.session.replace_note(changed), change=self._here("note edited"))
            self.host.notify("Note saved", timeout=3)

        self.host.app.push_screen(
            NoteEditor(note.anchor.exact, title="Edit the note", body=note.body, tag=note.tag),
            edited,
        )

    def delete_note(self) -> None:
        note = self.note_under_cursor()
        if note is None:
            self.host.notify("No note here to delete", timeout=3)
            return
        self.apply(self.session.delete_note(note.id), change=self._here("note deleted"))
        self.host.notify("Note deleted (ctrl+z brings it back)", timeout=4)

"""Every key of the comparison screen, in one table.

The screen's bindings, the footer, the help screen (``?``) and the command
palette (``ctrl+p``) are all made from :data:`KEYS`, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    """One action and the keys that run it."""

    keys: str
    """Comma-separated Textual key names, the one to show first."""
    action: str
    """The screen action (``action_<name>``), with its arguments if it takes any:
    ``move_caret('word_right', True)``."""
    label: str
    """Short, for the footer."""
    title: str
    """The command's name in the command palette."""
    help: str
    """A sentence, for the help screen and the command palette."""
    footer: bool = True
    display: str | None = None
    """How the help screen and footer write the keys, when not by their names."""
    target: str = "screen"
    """Who owns the key: ``"screen"`` (the comparison screen), ``"list"`` (the
    differences or notes list, while it is open and focused) or ``"differences"``
    (the differences list only)."""

    def binding(self) -> Binding:
        return Binding(
            self.keys, self.action, self.label, show=self.footer, key_display=self.display
        )

    @property
    def shown_keys(self) -> str:
        """The keys as a person types them: "↓ j", "/", "space"."""
        if self.display:
            return self.display
        names = {
            "down": "↓",
            "up": "↑",
            "left": "←",
            "right": "→",
            "slash": "/",
            "question_mark": "?",
            "shift+tab": "shift+tab",
            "pagedown": "pgdn",
            "pageup": "pgup",
            "ctrl+right": "ctrl+→",
            "ctrl+left": "ctrl+←",
            "shift+right": "shift+→",
            "shift+left": "shift+←",
            "ctrl+shift+right": "ctrl+shift+→",
            "ctrl+shift+left": "ctrl+shift+←",
        }
        return " ".join(names.get(k, k) for k in self.keys.split(","))


# fmt: off
KEYS: tuple[Key, ...] = (
    # keys, action, footer label, palette title, help, in the footer
    Key("down,j", "cursor_down", "Down", "Cursor down", "Next paragraph, or the next row", False),
    Key("up,k", "cursor_up", "Up", "Cursor up", "Previous paragraph, or the previous row", False),
    Key("right,l", "pane_right", "Right", "Pane to the right", "The pane to the right", False),
    Key("left,h", "pane_left", "Left", "Pane to the left", "The pane to the left", False),
    Key("tab", "next_pane", "Next pane", "Next pane", "The next pane (round to the first)", False),
    Key("shift+tab", "previous_pane", "Prev pane", "Previous pane", "The previous pane", False),
    Key("pagedown", "page_down", "Page down", "Page down", "Down a screenful", False),
    Key("pageup", "page_up", "Page up", "Page up", "Up a screenful", False),
    Key("home", "first", "Top", "Go to the top", "The first row or paragraph", False),
    Key("end", "last", "Bottom", "Go to the bottom", "The last row or paragraph", False),
    Key("n", "next", "Next diff", "Next difference", "Next difference (or search match)"),
    Key("N", "previous", "Prev diff", "Previous difference", "Previous difference or match", False),
    Key("slash", "search", "Search", "Search all articles", "Search; Enter and n step, Esc leaves"),
    Key("ctrl+t", "toggle_exact", "Exact", "Exact search",
        "Search exact text only, or every spelling of a name and form of a figure", False),
    Key("enter", "enter", "Next match", "Next search match", "Next search match", False),
    Key("escape", "leave", "Leave", "Leave search or text cursor",
        "Leave the search or the text cursor", False),
    Key("z", "toggle_fold", "Fold", "Fold the row",
        "Fold the group's row to its linked sentences (or unfold it)", False),
    Key("p", "choose_panes", "Panes", "Choose panes",
        "Show, hide and reorder the article panes, and pin one at the left", False),
    Key("v", "toggle_view", "View", "Aligned or reading view", "The aligned or the reading view"),
    Key("d", "toggle_differences", "Diffs", "Differences list", "Show or hide the differences"),
    Key("w", "toggle_word_diff", "Words", "Word diff",
        "Word diff: the words the paragraph and each counterpart do not share",
        False),
    Key("space", "toggle_reviewed", "Review", "Mark reviewed",
        "Mark the group reviewed and go on to the next unreviewed one (again: unmark)"),
    Key("u", "next_unreviewed", "Unreviewed", "Next unreviewed",
        "The next group or unique paragraph not yet reviewed", False),
    Key("F", "next_flagged", "Flagged", "Next flagged", "The next flagged group", False),
    Key("number_sign", "next_kind('number')", "Number", "Next number difference",
        "The next number that differs between outlets", False, display="#"),
    Key("s", "next_kind('spelling')", "Spelling", "Next spelling difference",
        "The next name or word spelled another way elsewhere", False),
    Key("O", "next_kind('unique')", "Only here", "Next only-here paragraph",
        "The next paragraph only one outlet reports", False),
    Key("f", "toggle_flagged", "Flag", "Flag", "Flag the current group (or unflag it)", False),
    Key("L", "link", "Link", "Link paragraph",
        "Link into the group of the paragraph left in the other pane (asks if unseen)",
        False),
    Key("U", "unlink", "Unlink", "Unlink paragraph", "Unlink from the group on screen", False),
    Key("i", "text_cursor", "Cursor", "Text cursor",
        "A text cursor in the paragraph: ← → Home End move it, Esc leaves", False),
    Key("ctrl+right", "move_caret('word_right')", "Word →", "Next word",
        "Text cursor to the next word end", False),
    Key("ctrl+left", "move_caret('word_left')", "Word ←", "Previous word",
        "Text cursor to the word start", False),
    Key("shift+right", "move_caret('right', True)", "Select →", "Select right",
        "Extend the selection right", False),
    Key("shift+left", "move_caret('left', True)", "Select ←", "Select left",
        "Extend the selection left", False),
    Key("ctrl+shift+right", "move_caret('word_right', True)", "Select word →", "Select next word",
        "Extend the selection by a word", False),
    Key("ctrl+shift+left", "move_caret('word_left', True)", "Select word ←", "Select previous word",
        "Extend the selection back by a word", False),
    Key("shift+end", "move_caret('end', True)", "Select to end", "Select to end",
        "Extend the selection to the paragraph's end", False),
    Key("shift+home", "move_caret('home', True)", "Select to start", "Select to start",
        "Extend the selection to the paragraph's start", False),
    Key("a", "add_note", "Note", "Add note",
        "Add a note to the selection, or to the whole paragraph"),
    Key("e", "edit_note", "Edit", "Edit note", "Edit the note under the cursor", False),
    Key("x", "delete_note", "Delete", "Delete note", "Delete the note under the cursor", False),
    Key("o", "toggle_notes", "Notes", "Notes list", "Show or hide every note; Enter jumps to one"),
    Key("V", "pick_verdict", "Verdict", "Verdict on the claim",
        "Verdict on the claim at the text cursor (or the selection) and its counterparts",
        False),
    Key("ctrl+z", "undo", "Undo", "Undo", "Undo the last review change, back where it was", False),
    Key("ctrl+y", "redo", "Redo", "Redo", "Redo what was undone", False),
    Key("M", "toggle_marks", "Marks", "Quiet or full word marks",
        "Mark every word the counterparts lack, or only figures, names and rare words",
        False),
    Key("D", "show_details", "Details", "Every detail",
        "List every entry of the detail line (what each outlet says); Esc closes", False),
    Key("ctrl+e", "export", "Export", "Export report",
        "Write the report (Markdown, JSON, HTML, W3C annotations) to a file", False),
    Key("question_mark", "help", "Keys", "Keys", "Show every key and what the marks mean"),
    # the differences and notes lists, while one is open
    Key("down,j", "cursor_down", "Down", "Next entry", "In a list: the next entry", False,
        display="↓ j", target="list"),
    Key("up,k", "cursor_up", "Up", "Previous entry", "In a list: the previous entry", False,
        display="↑ k", target="list"),
    Key("enter", "select", "Go", "Go to entry",
        "In a list: go to the entry (again: to its next place)", target="list"),
    Key("escape", "close", "Close", "Close list", "In a list: close it", target="list",
        display="esc"),
    Key("t", "filter_kind", "Kind", "Filter by kind",
        "In the differences: one kind at a time (numbers, spellings, only here, all)",
        target="differences"),
    Key("a", "filter_article", "Article", "Filter by article",
        "In the differences: one article's at a time, then all", target="differences"),
)
# fmt: on

SCREEN_KEYS: tuple[Key, ...] = tuple(k for k in KEYS if k.target == "screen")
"""The comparison screen's keys: its bindings and the command palette."""
LIST_KEYS: tuple[Key, ...] = tuple(k for k in KEYS if k.target == "list")
"""The keys of a side list while it has the focus (they go to the list, not the screen)."""
DIFFERENCES_KEYS: tuple[Key, ...] = LIST_KEYS + tuple(k for k in KEYS if k.target == "differences")
"""The keys of the differences list: a side list's, and its filter."""

ALWAYS_IN_FOOTER: tuple[str, ...] = ("quit", "help")
"""Actions the footer shows first in every mode, so no width hides them."""
FOOTER_MODES: dict[str, tuple[str, ...]] = {
    "browse": (
        "next", "search", "toggle_view", "toggle_differences", "toggle_reviewed",
        "add_note", "toggle_notes", "choose_panes", "export",
    ),
    "cursor": (
        "leave", "move_caret('word_right')", "move_caret('right', True)", "add_note",
        "pick_verdict", "edit_note", "delete_note",
    ),
    "search": ("enter", "next", "previous", "toggle_exact", "leave"),
    "list": ("select", "close", "cursor_down", "cursor_up"),
}  # fmt: skip
"""The actions the footer shows in each mode of the comparison screen, in order."""


def footer_mode(*, in_list: bool, searching: bool, text_cursor: bool) -> str:
    """The comparison screen's mode, for the footer: a side list has the focus,
    the search is open, the text cursor is on, or browsing."""
    if in_list:
        return "list"
    if searching:
        return "search"
    return "cursor" if text_cursor else "browse"


def footer_actions(mode: str) -> tuple[str, ...]:
    """The actions the footer shows in ``mode``, :data:`ALWAYS_IN_FOOTER` first."""
    return (*ALWAYS_IN_FOOTER, *FOOTER_MODES.get(mode, ()))

"""The frame of the centred dialogs (export, pane chooser): one look for both.

A dialog screen derives from :class:`FramedDialog` and composes its content in a
container with the ``dialog-frame`` class; its title, help line and message use
the ``dialog-title``, ``dialog-help`` and ``dialog-message`` classes.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class FramedDialog(ModalScreen[Result]):
    """A modal dialog in the middle of the screen, in a thick accent frame."""

    DEFAULT_CSS = """
    FramedDialog {
        align: center middle;
    }
    FramedDialog > .dialog-frame {
        width: 90;
        max-width: 100%;
        height: auto;
        max-height: 90%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    FramedDialog .dialog-title {
        text-style: bold;
        color: $text-accent;
    }
    FramedDialog .dialog-message.-error {
        color: $text-error;
    }
    FramedDialog .dialog-message.-warning {
        color: $text-warning;
    }
    FramedDialog .dialog-help {
        color: $text-muted;
        margin-top: 1;
    }
    """

"""Make article text safe to print on a terminal.

Articles are data.  A control character in one (an ANSI escape such as
``"\\x1b[31m"``, a bell, a carriage return) must not reach the terminal, so it
is shown as its visible Unicode "control picture" instead (``"\\x1b"`` becomes
``"␛"``).  The replacement is one character for one, so offsets into the text
stay valid for highlighting.
"""

from __future__ import annotations

_KEEP = frozenset("\n\t")
_TABLE = {
    code: (0x2400 + code if code < 0x20 else 0x2421 if code == 0x7F else 0xFFFD)
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]
    if chr(code) not in _KEEP
}


def printable(text: str) -> str:
    """``text`` with every control character except newline and tab made visible."""
    return text.translate(_TABLE)

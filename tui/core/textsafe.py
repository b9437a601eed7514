"""Make article text safe to print on a terminal.

Articles are data.  A control character in one (an ANSI escape such as
``"\\x1b[31m"``, a bell, a carriage return) must not reach the terminal, so it
is shown as its visible Unicode "control picture" instead (``"\\x1b"`` becomes
``"␛"``).  The replacement is one character for one, so offsets into the text
stay valid for highlighting.
"""

from __future__ import annotations

import json
import re
from typing import Any

_KEEP = frozenset("\n\t")
_TABLE = {
    code: (0x2400 + code if code < 0x20 else 0x2421 if code == 0x7F else 0xFFFD)
    for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)]
    if chr(code) not in _KEEP
}


def printable(text: str) -> str:
    """``text`` with every control character except newline and tab made visible."""
    return text.translate(_TABLE)


# Every character that JSON may carry raw but a terminal or a UTF-8 encoder
# must not see: DEL, the C1 controls (U+0080..U+009F, among them CSI U+009B),
# the line and paragraph separators, and lone surrogates (from a ``\ud800``
# escape in some input), which have no UTF-8 form at all.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """``data`` as JSON text that is safe to print and to encode as UTF-8.

    Like ``json.dumps(data, ensure_ascii=False)`` (other text stays readable),
    but DEL, C1 controls, U+2028/U+2029 and lone surrogates are written as
    ``\\uXXXX`` escapes, so the text reads back identical.  Raw characters
    only ever occur inside JSON strings, where an escape means the same.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _visible_surrogates(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def shown(value: object, *, limit: int = 200) -> str:
    """``value`` as it may appear in a message: one line, controls made visible.

    The one boundary for untrusted text in messages (paths, ids, titles,
    server text): escapes such as ``"\\x1b]52;..."`` are shown as control
    pictures and newlines as ``␊``, so nothing in a message can drive the
    terminal, and a very long value is cut to ``limit`` characters.
    """
    text = _visible_surrogates(str(value)).translate(_MESSAGE_TABLE)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_MESSAGE_TABLE = {**_TABLE, ord("\n"): 0x2424, ord("\t"): 0x2409}

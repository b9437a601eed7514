"""The shape of nationality words: "Ukrainian", "Korean", "Chinese", "Turkish"."""

from __future__ import annotations

import re

#: The endings of a demonym, singular or plural ("Russian", "Russians").
DEMONYM_SUFFIX_RE = re.compile(r"(?:ian|ean|ese|ish|ican)s?$")

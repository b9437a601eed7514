"""Words that say where an article comes from: outlet labels, front matter keys, bylines.

Used by :mod:`tui.core.labels` to name an article's outlet from its own text.
"""

from __future__ import annotations

#: Labels of a line that names the outlet: "Source: Reuters", "Publisher: TASS".
SOURCE_LINE_LABELS = frozenset(
    {"source", "publisher", "outlet", "publication", "originally published by", "published by"}
)

#: Markdown front matter keys that name the outlet, most specific first.
FRONT_MATTER_OUTLET_KEYS = (
    "outlet",
    "site_name",
    "sitename",
    "publication",
    "publisher",
    "source",
    "site",
)

#: Front matter keys of the title and of the date.
FRONT_MATTER_TITLE_KEYS = ("title", "headline")
FRONT_MATTER_DATE_KEYS = ("date", "published", "pubdate", "date_published")

#: Words that end a byline naming a newsroom rather than a person: "By Reuters Staff".
NEWSROOM_WORDS = frozenset(
    "staff reporters reporter wire wires newsroom editors desk team bureau".split()
)

#: Words of a job title, which a byline's last part may be instead of an outlet
#: ("By Jane Doe, Senior Correspondent").
JOB_TITLE_WORDS = frozenset(
    "correspondent correspondents reporter reporters editor editors writer writers "
    "contributor contributors columnist analyst producer chief senior staff associate "
    "deputy special freelance journalist photographer".split()
)

#: Words that join a byline's names to its outlet: "By Jane Doe for The Guardian".
BYLINE_JOINERS = ("for", "of", "at")

"""``python -m tui``: the same as the ``parallax`` command."""

import sys

from tui.cli import main

sys.exit(main())

"""Parallax: compare several news articles about the same event, side by side.

Only what the command line needs before it loads the engine lives here, so
that ``parallax --version`` and ``--help`` start as fast as Python does.
"""

__version__ = "0.1.0"

WEB_INSTALL_HINT = 'pip install "parallax[web]"'
"""How to get what reading HTML needs (trafilatura)."""

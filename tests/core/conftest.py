"""Shared inputs for the engine tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"

ARTICLE_HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves budget &amp; road plan | Example News</title>
  <style>p { color: red; }</style>
  <script>var ignored = "not article text";</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
  <article>
    <h1>Council approves budget &amp; road plan</h1>
    <p>The city council approved next year&rsquo;s budget on Tuesday after a debate that
    lasted more than six hours, officials said.</p>
    <p>The plan raises spending on roads by <b>ten percent</b> and sets aside money for
    <a href="/parks">new parks</a> in the northern districts of the city.</p>
    <h2>Reactions</h2>
    <p>The mayor welcomed the vote and said the budget would help thousands of residents
    who commute every day across the river.</p>
    <ul>
      <li>Residents of the northern districts cheered the decision.</li>
      <li>Shop owners in the centre said they feared months of roadworks.</li>
    </ul>
    <blockquote>&ldquo;This is a good day for the city,&rdquo;
      the mayor said in a statement.</blockquote>
    <p>The opposition voted against the plan and promised to challenge it in court.</p>
  </article>
  <footer>Copyright Example News. All rights reserved.</footer>
</body>
</html>
"""


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        if self.path == "/slow":
            # Promise a body, then never send it: the client must time out.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.flush()
            threading.Event().wait(3)
            return
        status, content_type, body = self.pages.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def http_server() -> Iterator[str]:
    """A web server on 127.0.0.1 serving a few pages; yields its base URL."""
    _Handler.pages = {
        "/story.html": (200, "text/html; charset=utf-8", ARTICLE_HTML.encode()),
        "/story": (200, "text/html", ARTICLE_HTML.encode()),
        "/plain.txt": (
            200,
            "text/plain; charset=utf-8",
            "A headline from the web\n\nIt said something “quoted”.\n".encode(),
        ),
        "/latin": (
            200,
            "text/plain; charset=iso-8859-5",
            "Заголовок статьи\n\nТекст статьи здесь.\n".encode("iso-8859-5"),
        ),
        "/big.txt": (200, "text/plain", b"word " * 1000),
        "/empty.txt": (200, "text/plain", b""),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

"""Starting a fake service: a threaded HTTP server on a free port of 127.0.0.1."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (time-outs, size limits) are expected here, not errors."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def start_local_server(
    handler: type[BaseHTTPRequestHandler], name: str
) -> tuple[QuietServer, str]:
    """Serve ``handler`` in a thread; returns the server (``shutdown()`` stops it) and its URL."""
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True, name=name).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"

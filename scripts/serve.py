#!/usr/bin/env python3
"""Serves the Lamha demo: www/ at /, dist/ at /lamha/ (with the application/wasm MIME type).

Every response carries the strict Content-Security-Policy a careful publisher would use, so the
demo proves Lamha needs no inline script, no inline style and no eval. Tests and the browser
benchmark also get tests/fixtures/ at /fixtures/, tests/e2e/pages/ at /e2e/ and mark.js at
/vendor/mark.js.

    scripts/serve.py [--port 8080] [--host 127.0.0.1]   (--port 0 picks a free port)

The first line printed is the URL, so a test harness can read it.
"""
import argparse
import http.server
import os
import sys
from functools import partial

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOUNTS = [  # URL prefix -> directory, most specific first
    ("/lamha/", "dist"),
    ("/fixtures/", "tests/fixtures"),
    ("/e2e/", "tests/e2e/pages"),
    ("/vendor/", "tests/e2e/node_modules/mark.js/dist"),
    ("/", "www"),
]
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' https: data:; connect-src 'self' https:; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript; charset=utf-8",
                      ".mjs": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8",
                      ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8",
                      ".txt": "text/plain; charset=utf-8"}

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, directory in MOUNTS:
            if path.startswith(prefix):
                rel = path[len(prefix):]
                base = os.path.join(ROOT, directory)
                full = os.path.normpath(os.path.join(base, rel))
                # Never serve outside the mounted directory.
                return full if full == base or full.startswith(base + os.sep) else base + "/__missing__"
        return os.path.join(ROOT, "www/__missing__")

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("LAMHA_SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--host", default="127.0.0.1")
    args = ap.parse_args()
    server = http.server.ThreadingHTTPServer((args.host, args.port), partial(Handler))
    print(f"http://localhost:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""A Debian mirror on 127.0.0.1 for the image-build fault tests.

It relays each request to a real mirror (the index files fresh every time;
packages kept in a cache directory, so that repeated builds are quick) and,
on demand, breaks package downloads after a number of good ones:
  --fail status  answers 503 Service Unavailable
  --fail cut     sends the headers and half of the package, then hangs up
"""
import argparse
import http.server
import os
import sys
import tempfile
import threading
import urllib.error
import urllib.request

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--upstream", default="http://deb.debian.org/debian")
parser.add_argument("--cache", required=True)
parser.add_argument("--fail", choices=["none", "status", "cut"], default="none")
parser.add_argument("--good-packages", type=int, default=0)
args = parser.parse_args()

lock = threading.Lock()
packages_served = 0


def fetch(path):
    """(status, body) of `path` from the upstream mirror."""
    try:
        with urllib.request.urlopen(args.upstream + path, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def package(path):
    cached = os.path.join(args.cache, path.lstrip("/"))
    if os.path.exists(cached):
        with open(cached, "rb") as f:
            return 200, f.read()
    status, body = fetch(path)
    if status == 200:
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=os.path.dirname(cached))
        with os.fdopen(fd, "wb") as f:
            f.write(body)
        os.rename(temporary, cached)
    return status, body


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *unused):
        pass  # nobody reads our output: stay quiet

    def do_HEAD(self):
        self.relay(False)

    def do_GET(self):
        self.relay(True)

    def relay(self, with_body):
        global packages_served
        path = self.path.split("?", 1)[0]
        if path.startswith("/debian/"):
            path = path[len("/debian"):]
        is_package = path.startswith("/pool/") and path.endswith(".deb")
        broken = False
        if is_package and args.fail != "none":
            with lock:
                broken = packages_served >= args.good_packages
                packages_served += 1
        if broken and args.fail == "status":
            self.answer(503, b"this mirror fails on purpose\n", with_body)
            return
        status, body = package(path) if is_package else fetch(path)
        if broken and args.fail == "cut" and status == 200:
            self.send_response(200)
            self.send_header("Content-Type", "application/vnd.debian.binary-package")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
            self.close_connection = True
            return
        self.answer(status, body, with_body)

    def answer(self, status, body, with_body):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
server.daemon_threads = True
try:
    server.serve_forever()
except KeyboardInterrupt:
    sys.exit(0)

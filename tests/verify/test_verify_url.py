"""``nnwalk verify https://…``: a page fetched from a server on 127.0.0.1 (never the internet), within limits.

The server here answers a page with one wrong number (0.1 + 0.2 = 0.4, hand-checked), a
notebook, a PDF, a redirect to a file:// address, a 404, a body larger than the limit, and an
answer that never comes. Each must give a finding or a clear message, never a traceback.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generator.cli import main
from generator.verify import fetch

PAGE = b"<!DOCTYPE html><html><body><p>\\(a = 0.1 + 0.2 = 0.4\\)</p><p>\\(b = 0.5 + 0.25 = 0.75\\)</p></body></html>"
NOTEBOOK = json.dumps(
    {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["$$c = 0.3 \\cdot 0.5 = 0.16$$"]}], "nbformat": 4}
).encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def _send(self, code: int, body: bytes, kind: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/walk":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/files/walk.ipynb":
            self._send(200, NOTEBOOK, "application/octet-stream")
        elif self.path == "/moved":
            self._send(302, b"", "text/plain", {"Location": "/walk"})
        elif self.path == "/sneaky":
            self._send(302, b"", "text/plain", {"Location": "file:///etc/passwd"})
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(fetch.MAX_BYTES + 1))
            self.end_headers()
        elif self.path == "/stall":
            time.sleep(3)
            self._send(200, PAGE, "text/html")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_is_fetched_and_checked(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", f"{server}/walk", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(f["printed"], f["expected"]) for f in data["findings"]] == [("0.4", "0.300")]
    assert data["findings"][0]["source"] == f"{server}/walk" and data["file"] == f"{server}/walk"


def test_a_redirect_is_followed_and_a_notebook_is_read_as_one(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", f"{server}/moved"]) == 1
    assert "0.1 + 0.2 = 0.4" in capsys.readouterr().out
    assert main(["verify", f"{server}/files/walk.ipynb", "--format", "json"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["printed"] == "0.16" and finding["cell"] == 0  # 0.3 * 0.5 = 0.15


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/sneaky", "verify follows http and https addresses only"),
        ("/nowhere", "the server answered 404"),
        ("/huge", "verify reads at most"),
    ],
)
def test_bad_answers_are_clear_errors(server: str, capsys: pytest.CaptureFixture[str], path: str, message: str) -> None:
    assert main(["verify", f"{server}{path}"]) == 2
    assert message in capsys.readouterr().err


def test_a_server_that_never_answers_is_given_up_on(
    server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)
    t0 = time.monotonic()
    assert main(["verify", f"{server}/stall"]) == 2
    assert time.monotonic() - t0 < 3
    assert "no answer within" in capsys.readouterr().err


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://127.0.0.1/x.md", "gopher://x/y"])
def test_only_http_and_https_are_fetched(address: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", address]) == 2
    assert "http:// and https:// addresses only" in capsys.readouterr().err


def test_nothing_is_listening(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "http://127.0.0.1:9/walk"]) == 2  # the discard port: connection refused
    assert "cannot fetch it" in capsys.readouterr().err

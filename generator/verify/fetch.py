"""``nnwalk verify https://…``: fetch a published page, within limits, and read it like a saved one.

Only ``http`` and ``https`` addresses are fetched (no ``file:``, ``ftp:`` or other schemes, so an
address cannot read the user's own files), at most :data:`MAX_BYTES` bytes (the same limit as a
file), within :data:`TIMEOUT` seconds for the whole transfer, following at most
:data:`MAX_REDIRECTS` redirects (each again http or https). Nothing fetched is executed; the
bytes go to the same readers as a file (HTML page, Markdown, notebook, PDF).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from ..errors import SpecError

MAX_BYTES = 10_000_000
TIMEOUT = 20.0  # seconds, for connecting and for the whole body
MAX_REDIRECTS = 5
USER_AGENT = "nnwalk-verify (+https://pypi.org/project/nnwalk/)"


def is_address(arg: str) -> bool:
    """Whether a command-line document is a web address rather than a file name."""
    return "://" in arg[:12]


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201 - urllib's signature
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise SpecError(f"{req.full_url}: redirects to {newurl}; verify follows http and https addresses only.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(address: str) -> tuple[bytes, str]:
    """The body of ``address`` and a file name that tells the readers what it is (``page.html``, ``x.ipynb``…)."""
    parts = urllib.parse.urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise SpecError(
            f"{address}: verify fetches http:// and https:// addresses only; for a file on this machine give its path."
        )
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(address, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_BYTES:
                raise SpecError(f"{address}: the page is {int(length)} bytes; verify reads at most {MAX_BYTES}.")
            chunks, total = [], 0
            while True:
                if time.monotonic() - started > TIMEOUT:
                    raise SpecError(
                        f"{address}: the transfer took longer than {TIMEOUT:.0f} s; try again, or save the page and give its file."
                    )
                chunk = response.read(65536)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_BYTES:
                    raise SpecError(f"{address}: the page is larger than {MAX_BYTES} bytes; verify reads at most that.")
                chunks.append(chunk)
            body = b"".join(chunks)
            name = _name_for(response.geturl(), response.headers)
    except SpecError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # urllib itself refuses a redirect to file:, ftp: and the like
            where = exc.headers.get("Location", "another scheme") if exc.headers else "another scheme"
            raise SpecError(f"{address}: redirects to {where}; verify follows http and https addresses only.") from None
        raise SpecError(f"{address}: the server answered {exc.code} {exc.reason}; nothing to check.") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise SpecError(
                f"{address}: no answer within {TIMEOUT:.0f} s; try again, or save the page and give its file."
            ) from None
        raise SpecError(f"{address}: cannot fetch it ({reason}).") from None
    return body, name


def _name_for(url: str, headers: Message) -> str:
    """A file name whose suffix the readers understand, from the address and the content type."""
    path = urllib.parse.urlsplit(url).path
    last = path.rsplit("/", 1)[-1]
    kind = (headers.get_content_type() or "").lower()
    for suffix in (".ipynb", ".pdf", ".tex", ".md", ".markdown", ".txt", ".html", ".htm"):
        if last.lower().endswith(suffix):
            return last
    by_type = {
        "text/html": "page.html",
        "application/pdf": "document.pdf",
        "text/markdown": "document.md",
        "text/x-tex": "document.tex",
    }
    return by_type.get(kind, "page.html" if kind.endswith("html") else "document.txt")

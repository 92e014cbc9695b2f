"""Helpers for the tests that run the real JavaScript engines (KaTeX, MathJax 3) and Chromium.

The npm packages are pinned in tests/js/package.json + package-lock.json and installed by
``.ci/run`` (``npm ci --prefix tests/js``); Chromium comes from Debian's ``chromium`` package.
Locally a missing tool skips the test with the command that installs it; under CI (``CI`` set)
it fails instead, so CI can never go green by skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "tests" / "js"
NODE_MODULES = JS / "node_modules"


def missing(reason: str) -> None:
    """Skip locally, fail under CI: CI installs every engine, so a missing one there is a broken .ci/run."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} — CI must install it (.ci/run)")
    pytest.skip(reason)


def need_node_packages() -> str:
    """The node executable, once katex and mathjax-full are installed in tests/js."""
    node = shutil.which("node")
    if node is None:
        missing("node is not installed (Debian: apt-get install nodejs npm)")
    for pkg in ("katex", "mathjax-full"):
        if not (NODE_MODULES / pkg / "package.json").is_file():
            missing(f"npm package {pkg} is not installed: run 'npm ci --prefix tests/js'")
    return str(node)


def chromium() -> str:
    """The Chromium executable (Debian's package installs /usr/bin/chromium)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        missing("Chromium is not installed (Debian: apt-get install chromium)")
    return str(exe)


#: Flags for a headless Chromium on a closed network as root: no sandbox (root), no GPU, no
#: background or update traffic, no first-run or sync dialogs.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
)


def check_math(engine: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Run tests/js/check_math.cjs with ``items`` ({id, tex, display}); its JSON report."""
    node = need_node_packages()
    res = subprocess.run(
        [node, str(JS / "check_math.cjs"), engine],
        input=json.dumps(items),
        capture_output=True,
        text=True,
        cwd=JS,
        timeout=600,
        check=False,
    )
    assert res.returncode == 0, f"node check_math.cjs {engine} failed (exit {res.returncode}):\n{res.stderr[-3000:]}"
    return json.loads(res.stdout)

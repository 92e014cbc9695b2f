"""Shared fixtures: paths of the repository; under CI (``CI`` set) a skip is a failure."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

try:
    import fcntl
except ImportError:  # Windows: no lock; two workers may then render the same spec at once (same bytes, renamed in)
    fcntl = None  # type: ignore[assignment]

# "ci" keeps the suite quick; HYPOTHESIS_PROFILE=deep searches much harder.
settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent

# Byte-code. With PYTHONDONTWRITEBYTECODE set (CI's image sets it) every process of the run — each xdist worker and
# each `python -m generator` a CLI test starts — compiles nnwalk and the test modules from source again: ≈0.25 s per
# nnwalk process and ≈6 s per worker's collection (measured: collection 9.8 s → 3.4 s once cached). An installed
# nnwalk has its byte-code written by pip; an editable checkout has none. So the run writes it, in this checkout's
# __pycache__ folders (which git ignores), once, before the workers start: the setting is dropped for this run only.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
    sys.dont_write_bytecode = False
if "PYTEST_XDIST_WORKER" not in os.environ:
    import compileall

    compileall.compile_dir(ROOT / "generator", quiet=1)

# Keep the suite away from the user's cache (and exercise a cold cache on every run); removed at exit.
if "NNWALK_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="nnwalk-test-cache-")
    os.environ["NNWALK_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


#: The bundled specs (specs/*.yaml), by name.
BUNDLED = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))


# The bundled specs rendered now, shared by the xdist workers (each spec rendered once per run, not once per worker):
# made by the first process that loads this file (the controller), inherited by the workers, removed at exit.
if "NNWALK_TEST_FRESH_DIR" not in os.environ:
    _FRESH = tempfile.mkdtemp(prefix="nnwalk-test-fresh-")
    os.environ["NNWALK_TEST_FRESH_DIR"] = _FRESH
    atexit.register(shutil.rmtree, _FRESH, ignore_errors=True)

#: The formats ``fresh`` renders: the default ones and the web page (with KaTeX and the loss plot beside it).
FRESH_FORMATS = ("md", "tex", "json", "html")


def _render_fresh(out: Path, name: str) -> None:
    """Render specs/NAME.yaml into ``out``: each file written whole under a temporary name and renamed into place
    (another worker may read it meanwhile), then the ``.done`` mark."""
    from generator import load_spec, walkthrough

    w = walkthrough(load_spec(ROOT / "specs" / f"{name}.yaml"), FRESH_FORMATS)
    files = {f"{name}.{fmt}": text for fmt, text in w.documents.items()} | dict(w.extras)
    for rel, content in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{path.name}.{os.getpid()}.part")
        part.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(part, path)
    (out / f".{name}.done").touch()


@pytest.fixture(scope="session")
def fresh():  # noqa: ANN201 - a fixture returning a function
    """``fresh(name, ext)``: the path of specs/NAME.yaml's document rendered now by this code, not the committed
    output/ (which only the golden comparisons read: a test of a document's properties must see a generator bug).
    ``ext``: md, tex, json or html (the page's katex/ folder and NAME.loss.svg are beside it). Each spec is
    rendered once per run when first asked for, by whichever xdist worker asks first (a lock file keeps the other
    waiting), into a folder the workers share."""
    out = Path(os.environ["NNWALK_TEST_FRESH_DIR"])

    def get(name: str, ext: str) -> Path:
        if not (out / f".{name}.done").exists():
            with open(out / f".{name}.lock", "w") as lock:
                if fcntl is not None:
                    fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
                if not (out / f".{name}.done").exists():
                    _render_fresh(out, name)
        return out / f"{name}.{ext}"

    return get


# ----------------------------------------------------------------------------- under CI, a skip is a failure
# CI installs everything the tests need (.ci/run: the [test] extra, TeX Live, node packages, Chromium), and the
# data they read ships in tests/data, so a skip there means something is broken, not absent: it fails instead.
# Only these skips stay skips, each for something the CI machine legitimately lacks (a substring of the reason):
CI_ALLOWED_SKIPS = (
    "torch is not installed",  # tests/engine/test_optimizer_oracle.py: torch is an optional comparison, no test dependency
)
CI_ALLOWED_SKIPS_WIN32 = ("not on Windows",)  # a POSIX-only feature (signals), allowed only when running on Windows


def _skip_reason(longrepr: object) -> str:
    """The reason of a skip report (its longrepr is ``(path, lineno, "Skipped: reason")``)."""
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return reason.removeprefix("Skipped: ")


def ci_skip_allowed(reason: str) -> bool:
    """May this skip stay a skip under CI?"""
    allowed = CI_ALLOWED_SKIPS + (CI_ALLOWED_SKIPS_WIN32 if sys.platform == "win32" else ())
    return any(part in reason for part in allowed)


def _fail_skip_under_ci(rep: pytest.TestReport | pytest.CollectReport) -> None:
    if not os.environ.get("CI") or not rep.skipped or hasattr(rep, "wasxfail"):
        return  # locally a skip stays a skip; an xfail is reported as skipped too, and stays one
    reason = _skip_reason(rep.longrepr)
    if ci_skip_allowed(reason):
        return
    rep.outcome = "failed"
    rep.longrepr = (
        f"skipped under CI (CI={os.environ['CI']!r}), which counts as a failure: {reason}\n"
        "CI must install what the tests need (.ci/run); a skip that is legitimate on the CI machine "
        "goes in CI_ALLOWED_SKIPS in tests/conftest.py"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # noqa: ANN201 - a hook wrapper
    """A skip in setup, call or teardown (``pytest.skip``, ``skipif``, a fixture that skips) fails under CI."""
    rep = yield
    _fail_skip_under_ci(rep)
    return rep


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):  # noqa: ANN201 - a hook wrapper
    """A skip while collecting (a module-level ``pytest.importorskip`` of a test dependency) fails under CI."""
    rep = yield
    _fail_skip_under_ci(rep)
    return rep

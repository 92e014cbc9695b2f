"""Shared fixtures: paths of the repository."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# "ci" keeps the suite quick; HYPOTHESIS_PROFILE=deep searches much harder.
settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent

# Keep the suite away from the user's cache (and exercise a cold cache on every run); removed at exit.
if "NNWALK_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="nnwalk-test-cache-")
    os.environ["NNWALK_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT

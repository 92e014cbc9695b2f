#!/usr/bin/env python3
"""Mutation testing for nnwalk: plant one plausible bug at a time and see whether the tests notice.

Usage (from the repository root, with the test venv)::

    .venv/bin/python tools/mutate.py --list                 # the catalogue
    .venv/bin/python tools/mutate.py --check-catalogue      # every mutant still applies (fast)
    .venv/bin/python tools/mutate.py --group exam           # run one module group's mutants
    .venv/bin/python tools/mutate.py --only exam-tol-half-even
    .venv/bin/python tools/mutate.py --group files --json files.json

Why a hand-written catalogue (``tools/mutants.toml``) and not mutmut or cosmic-ray: the whole
suite takes about six minutes, and those tools generate thousands of mechanical mutants per
module (every operator, every constant), most of them trivially killed or meaningless in this
code, so a run would not fit a working session. The catalogue instead holds the bugs a developer
could really write here (an off-by-one, ``<`` for ``<=``, a dropped term, HALF_UP for
HALF_EVEN, a skipped validation, a tolerance of 1e-4 for 1e-9, a write without the rename...),
grouped by module, and each group names only the tests of its modules, so one group's run takes
minutes. Each entry's ``old`` text must occur exactly once in its file, otherwise the harness
stops with an error (and tests/test_mutation_catalogue.py fails), so the catalogue cannot rot
silently when the code changes: a mutant whose code moved is rewritten, not skipped.

How a mutant is run: the repository's files (tracked, plus untracked files that are not ignored,
so new tests count before they are committed) are copied once into a temporary folder; each
mutant is applied there, the group's tests run with this interpreter (``python -m pytest -x -q
-p no:cacheprovider``) with that folder as working directory and first on ``PYTHONPATH`` (so the
copy's ``generator`` is imported, not the installed one; the ``sanity`` group's mutant checks
this), and the file is restored (with its compiled .pyc removed each time). The working tree is never touched. A failing test run kills the
mutant; a run that exceeds ``--timeout`` counts as killed too (reported as a timeout). Mutants
marked ``equivalent = "reason"`` cannot change behaviour; they are counted apart and not run.

Score per group = killed / (mutants - equivalent). Not part of CI's default run (too slow).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = Path(__file__).resolve().parent / "mutants.toml"


class CatalogueError(Exception):
    """The catalogue is malformed or a mutant no longer applies to the code."""


@dataclass
class Mutant:
    id: str
    group: str
    file: str
    old: str
    new: str
    description: str
    equivalent: str | None = None


@dataclass
class Group:
    name: str
    tests: list[str]
    mutants: list[Mutant] = field(default_factory=list)


def load_catalogue(path: Path = CATALOGUE) -> dict[str, Group]:
    """The groups of the catalogue, each with its mutants, in file order."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    groups: dict[str, Group] = {}
    for name, g in data.get("groups", {}).items():
        tests = g.get("tests")
        if not isinstance(tests, list) or not tests or not all(isinstance(t, str) for t in tests):
            raise CatalogueError(f"group {name}: 'tests' must be a non-empty list of test paths")
        groups[name] = Group(name, tests)
    seen: set[str] = set()
    for i, m in enumerate(data.get("mutant", [])):
        missing = [k for k in ("id", "group", "file", "old", "new", "description") if not isinstance(m.get(k), str)]
        if missing:
            raise CatalogueError(f"mutant #{i + 1} ({m.get('id', '?')}): missing {', '.join(missing)}")
        unknown = set(m) - {"id", "group", "file", "old", "new", "description", "equivalent"}
        if unknown:
            raise CatalogueError(f"mutant {m['id']}: unknown keys {sorted(unknown)}")
        if m["id"] in seen:
            raise CatalogueError(f"mutant {m['id']}: duplicate id")
        seen.add(m["id"])
        if m["group"] not in groups:
            raise CatalogueError(f"mutant {m['id']}: unknown group {m['group']!r}")
        if m["old"] == m["new"]:
            raise CatalogueError(f"mutant {m['id']}: 'old' and 'new' are the same")
        groups[m["group"]].mutants.append(Mutant(**m))
    return groups


def apply(text: str, m: Mutant) -> str:
    """``text`` with the mutant planted; a CatalogueError unless ``old`` occurs exactly once."""
    n = text.count(m.old)
    if n != 1:
        raise CatalogueError(f"mutant {m.id}: its 'old' text occurs {n} times in {m.file} (must be exactly once)")
    return text.replace(m.old, m.new)


def check_catalogue(groups: dict[str, Group], root: Path = ROOT) -> list[str]:
    """Every problem with the catalogue against the code in ``root`` (empty when every mutant applies)."""
    problems = []
    for g in groups.values():
        for t in g.tests:
            if not (root / t).exists():
                problems.append(f"group {g.name}: test path {t} does not exist")
        for m in g.mutants:
            path = root / m.file
            if not path.is_file():
                problems.append(f"mutant {m.id}: no file {m.file}")
                continue
            try:
                apply(path.read_text(encoding="utf-8"), m)
            except CatalogueError as exc:
                problems.append(str(exc))
    return problems


def repo_files(root: Path) -> list[str]:
    """Tracked files plus untracked ones that git does not ignore (node_modules is linked, not copied)."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return [f for f in out.split("\0") if f and "node_modules/" not in f and (root / f).is_file()]


def make_copy(root: Path) -> Path:
    """A temporary copy of the repository's files, where mutants are planted."""
    dest = Path(tempfile.mkdtemp(prefix="nnwalk-mutate-"))
    for rel in repo_files(root):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, target)
    # compiled once, as in a working tree: a cold copy starts each `python -m generator` so slowly that timing
    # tests (test_files.py's SIGTERM during startup) would meet windows a warm tree never shows
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(dest / "generator")], check=True, capture_output=True)
    nm = root / "tests" / "js" / "node_modules"
    if nm.is_dir():  # the KaTeX/MathJax packages: read only, linked rather than copied
        (dest / "tests" / "js" / "node_modules").symlink_to(nm)
    return dest


def check_imports_copy(copy: Path) -> None:
    """Stop unless the test runs in ``copy`` import the copy's ``generator`` (not the installed package)."""
    env = dict(os.environ, PYTHONPATH=str(copy))
    code = "import generator, generator.engine.network as n, generator.exam.run as r; print(generator.__file__, n.__file__, r.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=copy, env=env, capture_output=True, text=True, check=True).stdout
    if not all(Path(f).resolve().is_relative_to(copy.resolve()) for f in out.split()):
        raise SystemExit(f"mutate: the tests would import {out.strip()}, not the mutated copy in {copy}")


def run_tests(copy: Path, tests: list[str], timeout: float) -> tuple[str, float, str]:
    """Run ``tests`` in ``copy``: ('passed' | 'failed' | 'timeout', seconds, last lines of output)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(copy) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # -n 0: one process (the suite's own addopts spread it over both cores; a mutant's first failing test is quicker alone)
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-n", "0", "-p", "no:cacheprovider", *tests]
    start = time.monotonic()
    # its own process group, so that a timeout ends pytest and whatever it started (nothing else)
    proc = subprocess.Popen(
        cmd, cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return "timeout", time.monotonic() - start, (out or "")[-600:]
    tail = "\n".join((out or "").strip().splitlines()[-6:])
    return ("passed" if proc.returncode == 0 else "failed"), time.monotonic() - start, tail


def _forget_bytecode(path: Path) -> None:
    for pyc in (path.parent / "__pycache__").glob(f"{path.stem}.*.pyc"):
        pyc.unlink(missing_ok=True)


def run_group(copy: Path, g: Group, only: set[str] | None, timeout: float, baseline: bool) -> dict:
    """Run every (selected) mutant of ``g``; the result per mutant and the group's totals."""
    mutants = [m for m in g.mutants if only is None or m.id in only]
    start = time.monotonic()
    if baseline and any(m.equivalent is None for m in mutants):
        status, secs, tail = run_tests(copy, g.tests, timeout * 3)
        print(f"[{g.name}] baseline (no mutant): {status} in {secs:.0f}s", flush=True)
        if status != "passed":
            raise SystemExit(f"[{g.name}] the tests fail without any mutant; fix that first:\n{tail}")
    results = []
    for m in mutants:
        if m.equivalent is not None:
            results.append({"id": m.id, "status": "equivalent", "reason": m.equivalent, "description": m.description})
            print(f"[{g.name}] {m.id}: equivalent ({m.equivalent})", flush=True)
            continue
        path = copy / m.file
        original = path.read_text(encoding="utf-8")
        path.write_text(apply(original, m), encoding="utf-8")
        try:
            _forget_bytecode(path)
            status, secs, tail = run_tests(copy, g.tests, timeout)
        finally:
            path.write_text(original, encoding="utf-8")
            _forget_bytecode(path)  # a restored file must never be read from the mutant's .pyc (same size, same second)
        verdict = {"failed": "killed", "timeout": "killed (timeout)", "passed": "survived"}[status]
        results.append({"id": m.id, "status": verdict, "seconds": round(secs, 1), "description": m.description})
        print(f"[{g.name}] {m.id}: {verdict} in {secs:.0f}s", flush=True)
    return {"group": g.name, "tests": g.tests, "seconds": round(time.monotonic() - start, 1), "mutants": results}


def summary(runs: list[dict]) -> str:
    """The per-group table and the survivors."""
    lines = [f"{'group':<10} {'mutants':>7} {'killed':>6} {'equiv':>5} {'survived':>8} {'score':>7} {'time':>7}"]
    survivors = []
    for r in runs:
        ms = r["mutants"]
        killed = sum(m["status"].startswith("killed") for m in ms)
        equiv = sum(m["status"] == "equivalent" for m in ms)
        surv = [m for m in ms if m["status"] == "survived"]
        survivors += [(r["group"], m) for m in surv]
        denom = len(ms) - equiv
        score = f"{100 * killed / denom:.0f} %" if denom else "-"
        r["score"] = round(killed / denom, 4) if denom else None
        lines.append(f"{r['group']:<10} {len(ms):>7} {killed:>6} {equiv:>5} {len(surv):>8} {score:>7} {r['seconds']:>6.0f}s")
    if survivors:
        lines.append("\nsurvivors:")
        lines += [f"  [{g}] {m['id']}: {m['description']}" for g, m in survivors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--catalogue", type=Path, default=CATALOGUE, help="the mutant catalogue (default: tools/mutants.toml)")
    ap.add_argument("--group", action="append", default=[], metavar="NAME", help="run this group's mutants (repeatable)")
    ap.add_argument("--only", action="append", default=[], metavar="ID", help="run only this mutant (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the groups and mutants, run nothing")
    ap.add_argument("--check-catalogue", action="store_true", help="check that every mutant still applies, run nothing")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per test run before a mutant counts as killed (timeout)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the unmutated run that checks the group's tests pass")
    args = ap.parse_args(argv)

    try:
        groups = load_catalogue(args.catalogue)
    except (CatalogueError, tomllib.TOMLDecodeError) as exc:
        print(f"mutate: {exc}", file=sys.stderr)
        return 2
    problems = check_catalogue(groups)
    if problems:
        print("mutate: the catalogue does not match the code:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    if args.check_catalogue:
        n = sum(len(g.mutants) for g in groups.values())
        print(f"catalogue ok: {n} mutants in {len(groups)} groups, each applies exactly once")
        return 0
    if args.list:
        for g in groups.values():
            print(f"{g.name}  (tests: {' '.join(g.tests)})")
            for m in g.mutants:
                eq = f"  [equivalent: {m.equivalent}]" if m.equivalent else ""
                print(f"  {m.id:<34} {m.file}: {m.description}{eq}")
        return 0

    unknown = [n for n in args.group if n not in groups]
    if unknown:
        print(f"mutate: unknown group(s) {', '.join(unknown)}; known: {', '.join(groups)}", file=sys.stderr)
        return 2
    only = set(args.only) or None
    if only:
        ids = {m.id for g in groups.values() for m in g.mutants}
        if only - ids:
            print(f"mutate: unknown mutant(s) {', '.join(sorted(only - ids))}", file=sys.stderr)
            return 2
    selected = [g for g in groups.values() if (not args.group or g.name in args.group)]
    if only:
        selected = [g for g in selected if any(m.id in only for m in g.mutants)]
    elif not args.group:
        print("mutate: choose --group NAME (repeatable) or --only ID; a run of every group takes long", file=sys.stderr)
        return 2

    copy = make_copy(ROOT)
    try:
        check_imports_copy(copy)
        runs = [run_group(copy, g, only, args.timeout, not args.no_baseline) for g in selected]
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    print()
    print(summary(runs))
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

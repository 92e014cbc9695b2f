"""The README a lecturer opens (issue 16, point 11): the two set-up commands first, then a quick
start whose commands run as written, every link resolving, and a reason for every dependency."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
TWO_COMMANDS = """# nnwalk

```sh
python3.11 -m venv .venv && .venv/bin/pip install -q . && .venv/bin/nnwalk render -o output
python3.11 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest
```
"""


def _sections(text: str) -> list[str]:
    return re.findall(r"^## (.+)$", text, flags=re.M)


def _quick_start() -> str:
    body = README.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```sh\n(.*?)```", body, flags=re.S)
    return block


def test_the_two_commands_come_first_then_the_quick_start() -> None:
    assert README.startswith(TWO_COMMANDS)
    assert _sections(README)[0] == "Quick start"
    lines = [ln for ln in _quick_start().splitlines() if ln.strip()]
    assert lines[0].startswith(". .venv/bin/activate") and ".venv/bin/nnwalk" in lines[0]
    commands = [ln.split()[1] for ln in lines[1:]]
    assert {"render", "variants", "verify"} <= set(commands) and len(lines) <= 6


def _commands() -> list[list[str]]:
    out = []
    for line in _quick_start().splitlines():
        line = line.split("  #", 1)[0].strip()
        if line.startswith("nnwalk "):
            out.append(line.split()[1:])
    return out


def test_the_quick_start_runs_as_written(tmp_path: Path) -> None:
    """Each line, run in a fresh folder beside the bundled specs, exits 0 and writes what the next line reads."""
    exe = Path(sys.executable).parent / "nnwalk"
    base = [str(exe)] if exe.exists() else [sys.executable, "-m", "generator"]
    (tmp_path / "specs").symlink_to(ROOT / "specs")
    for args in _commands():
        done = subprocess.run([*base, *args], cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"nnwalk {' '.join(args)}: exit {done.returncode}\n{done.stderr}"
    assert (tmp_path / "handout" / "my.md").exists() and (tmp_path / "handout" / "my.html").exists()
    assert len(list((tmp_path / "exam").glob("*_key.json"))) == 30
    shutil.rmtree(tmp_path / "exam")


def _anchors(text: str) -> set[str]:
    """GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens."""
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}


DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_relative_link_resolves(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)\s]+)\)", text)
    assert links or doc.name != "README.md"
    for link in links:
        if re.match(r"[a-z]+:", link):
            continue
        target, _, anchor = link.partition("#")
        path = (doc.parent / target).resolve() if target else doc
        assert path.exists(), f"{doc.name}: link {link} points at nothing"
        if anchor and path.suffix == ".md":
            assert anchor in _anchors(path.read_text(encoding="utf-8")), f"{doc.name}: no heading for #{anchor}"


def test_the_moved_details_are_linked_from_the_readme() -> None:
    for name in ("verify.md", "architecture.md", "development.md", "answer-key.md"):
        assert f"(docs/{name})" in README, f"docs/{name} is not linked from the README"


def test_every_dependency_says_why() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    section = README.split("\n## Dependencies and why\n", 1)[1].split("\n## ", 1)[0]
    names = [re.split(r"[<>=\[ ]", d, maxsplit=1)[0] for d in project["dependencies"] + project["optional-dependencies"]["test"]]
    for name in names:
        assert re.search(rf"\*\*{re.escape(name)}\*\*", section, flags=re.I), f"the README does not say why {name} is there"

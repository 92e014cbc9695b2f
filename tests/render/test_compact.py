"""Issue 16 point 9: ``presentation.compact: true`` prints each forward sum once (no summary or product tables).

The walkthrough stays complete and verified: every net input is still computed in its own chain,
with each product written out, and nnwalk verify finds nothing wrong in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.errors import SpecError
from generator.spec.load import validate

ROOT = Path(__file__).resolve().parents[2]


def _render(tmp_path: Path, compact: bool) -> str:
    data = yaml.safe_load((ROOT / "specs" / "seed000.yaml").read_text(encoding="utf-8"))
    data.setdefault("presentation", {})["compact"] = compact
    spec = tmp_path / f"c{int(compact)}.yaml"
    spec.write_text(yaml.safe_dump(data), encoding="utf-8")
    out = tmp_path / f"out{int(compact)}"
    assert main(["render", str(spec), "-o", str(out), "--format", "md"]) == 0
    return (out / f"c{int(compact)}.md").read_text(encoding="utf-8")


def test_compact_prints_each_forward_sum_once_and_still_verifies(tmp_path: Path) -> None:
    full, compact = _render(tmp_path, False), _render(tmp_path, True)
    fwd = lambda t: t[t.index("## Forward pass") : t.index("## Loss")]  # noqa: E731
    assert "| Neuron | Formula | Calculation | Result |" in fwd(full) and "Each weight times its input" in fwd(full)
    assert "| Neuron | Formula | Calculation | Result |" not in fwd(compact) and "| Product | Calculation |" not in fwd(compact)
    # seed 000's first product, w x = 0.5 × 1.0, is printed three times in full (summary table, product table,
    # chain) and once in compact form
    product = r"0.5 \times 1.0"
    assert fwd(full).count(product) >= 3 and fwd(compact).count(product) == 1
    assert len(compact) < 0.9 * len(full)
    assert main(["verify", str(tmp_path / "out1" / "c1.md"), "--spec", str(tmp_path / "c1.yaml")]) == 0


def test_compact_must_be_true_or_false() -> None:
    data = yaml.safe_load((ROOT / "specs" / "example.yaml").read_text(encoding="utf-8"))
    data.setdefault("presentation", {})["compact"] = "yes"
    with pytest.raises(SpecError, match=r"presentation\.compact: expected true or false"):
        validate(data)

"""``nnwalk.grade`` is ``nnwalk grade`` in memory: the same files, byte for byte, and the same refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nnwalk
from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_api_returns_what_the_command_writes(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    assert (
        main(
            [
                "variants",
                str(ROOT / "specs" / "exam" / "exam_seed002.yaml"),
                "--count",
                "2",
                "--seed",
                "7",
                "--format",
                "md,json",
                "-o",
                str(keys),
            ]
        )
        == 0
    )
    man = json.loads((keys / "exam_seed002_manifest.json").read_text(encoding="utf-8"))
    ans = man["variants"][1]["answers"]
    wrong = ans["q3"]["mistakes"][0]["value"]  # a student who makes the first catalogued mistake on q3
    rows = [
        "student,variant,q1,q2,q3,q4,q5,q6",
        "ana,2," + ",".join(ans[q]["answer"] if q != "q3" else wrong for q in ("q1", "q2", "q3", "q4", "q5", "q6")),
    ]
    csv = tmp_path / "answers.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    files = nnwalk.grade(keys, csv)
    assert main(["grade", str(keys), str(csv), "-o", str(tmp_path / "out")]) == 0
    for name, content in files.items():
        assert (tmp_path / "out" / name).read_text(encoding="utf-8") == content, name
    diag = files["diagnoses.csv"].splitlines()
    assert f"ana,2,q3,{wrong},wrong,{ans['q3']['mistakes'][0]['mistakes'][0]}" in diag
    csv.write_text("student,variant,q1,q2,q3,q4,q5,q6\nbo,9,1,1,1,1,1,1\n", encoding="utf-8")
    with pytest.raises(nnwalk.SpecError, match=r"line 2"):
        nnwalk.grade(keys, csv)

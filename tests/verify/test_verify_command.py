"""``nnwalk verify`` (level 1): the JSON contract, exit codes, seed errors, no false alarms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import seed as seed_doc

from generator.cli import main
from generator.errors import SpecError
from generator.verify.run import verify_document

BUNDLED = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "specs").glob("*.yaml"))


@pytest.mark.parametrize("name", BUNDLED)
@pytest.mark.parametrize("ext", ["md", "tex"])
def test_bundled_outputs_verify_clean(fresh, capsys: pytest.CaptureFixture[str], name: str, ext: str) -> None:  # noqa: ANN001
    assert main(["verify", str(fresh(name, ext)), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == []
    s = data["summary"]
    assert s["errors"] == 0 and s["rounding"] == 0 and s["checked"] == s["ok"] > 50


def test_seed000_wrong_net_input_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    seed = seed_doc("000")
    assert main(["verify", str(seed), "--format", "json", "--input-format", "tex"]) == 1
    data = json.loads(capsys.readouterr().out)
    by_line = {f["line"]: f for f in data["findings"]}
    assert by_line[139]["printed"] == "0.19" and by_line[139]["expected"].startswith("0.24")
    assert by_line[139]["class"] == "error" and by_line[139]["root_line"] == 139
    assert set(data["summary"]) >= {"checked", "ok", "rounding", "errors"}


def test_regrouped_product_is_not_a_false_alarm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "d.md"
    # (0.683 - 0.8) x 0.683 x (1 - 0.683) regrouped as -0.117 x 0.216: correct, not a substitution slip
    doc.write_text("$$(0.683 - 0.8) \\times 0.683 \\times (1 - 0.683) = -0.117 \\times 0.216 = -0.025$$\n")
    assert main(["verify", str(doc)]) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01binary", "binary"), (b"no math here at all\n", "no numeric equation"), (b"\xff\xfe", "not UTF-8")],
)
def test_unusable_documents_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str) -> None:
    doc = tmp_path / "d.md"
    doc.write_bytes(content)
    assert main(["verify", str(doc)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_nothing_to_check_says_why_level_2_did_not_run_either(tmp_path: Path) -> None:
    # a page of prose around a weight: no relation to check, and no whole network for level 2 — the message says both
    page = tmp_path / "prose.md"
    page.write_text("The first weight is $w_1 = 0.15$, and we stop here.\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        verify_document(page)
    message = caught.value.message
    assert "no numeric equation was found" in message
    assert "Level 2 could not read a network either: it prints numbered weights but not the inputs" in message
    assert message.endswith("give it with --spec SPEC.")
    assert "\n" not in message  # one paragraph

"""Exam variants: the generator, the spec blocks, drawing, constraints, verified keys, reproducibility."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from generator.errors import SpecError
from generator.exam.draw import draw_numbers, draw_variants
from generator.exam.run import generate, write_files
from generator.spec import rng
from generator.spec.load import validate
from generator.spec.variants import load_template, parse_template

EXAM = Path(__file__).resolve().parents[2] / "specs" / "exam" / "exam_seed002.yaml"

#: A second exam: biases, tanh hidden layer, layered notation, mse, full walkthrough questions.
BIASED = """
title: Biased tanh net
network: {layers: [2, 3, 1], activations: [tanh, sigmoid], loss: mse}
parameters:
  weights:
    - [[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]]
    - [[0.7, -0.8, 0.9]]
  biases: [[0.1, 0.1, 0.1], [0.2]]
data: {inputs: [1.0, 0.5], targets: [0.8]}
training: {learning_rate: 0.25}
presentation: {notation: layered, rounding: {style: decimals, digits: 4}}
variants:
  draw:
    parameters.weights: {min: -1, max: 1, step: 0.1, nonzero: true, distinct: true}
    parameters.biases[0]: [0.1, -0.1, 0.2]
    data.targets[0]: {min: 0.1, max: 0.9, step: 0.1}
  constraints: {sigmoid_input: [-2.5, 2.5], min_significant: 2}
exam:
  questions: full
"""


# ---------------------------------------------------------------- an independent recomputation


def _act(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if name == "sigmoid":
        a = 1 / (1 + np.exp(-z))
        return a, a * (1 - a)
    if name == "tanh":
        a = np.tanh(z)
        return a, 1 - a**2
    if name == "relu":
        return np.maximum(z, 0), (z > 0).astype(float)
    return z, np.ones_like(z)


def independent(spec_map: dict) -> dict[str, float]:
    """Forward, backward and one update written here from the definitions (not nnwalk's code)."""
    net = spec_map["network"]
    Ws = [np.array(w, dtype=float) for w in spec_map["parameters"]["weights"]]
    bs_raw = spec_map["parameters"].get("biases")
    bs = [np.array(b, dtype=float) for b in bs_raw] if bs_raw else [np.zeros(W.shape[0]) for W in Ws]
    x = np.array(spec_map["data"]["inputs"], dtype=float).reshape(-1)
    t = np.array(spec_map["data"]["targets"], dtype=float).reshape(-1)
    eta = spec_map.get("training", {}).get("learning_rate")
    acts = net["activations"]
    loss_name = net.get("loss", "half_sse")

    def run(Ws, bs):
        a_s, z_s, d_s = [x], [], []
        for W, b, act in zip(Ws, bs, acts):
            z = W @ a_s[-1] + b
            a, d = _act(act, z)
            z_s.append(z)
            a_s.append(a)
            d_s.append(d)
        o = a_s[-1]
        if loss_name == "half_sse":
            loss, dl = 0.5 * np.sum((t - o) ** 2), o - t
        elif loss_name == "sse":
            loss, dl = np.sum((t - o) ** 2), 2 * (o - t)
        else:
            loss, dl = np.mean((t - o) ** 2), 2 * (o - t) / len(t)
        deltas = [None] * len(Ws)
        deltas[-1] = dl * d_s[-1]
        for l in range(len(Ws) - 2, -1, -1):
            deltas[l] = (Ws[l + 1].T @ deltas[l + 1]) * d_s[l]
        gW = [np.outer(deltas[l], a_s[l]) for l in range(len(Ws))]
        return z_s, a_s[1:], loss, deltas, gW

    z_s, a_s, loss, deltas, gW = run(Ws, bs)
    out: dict[str, float] = {"loss": float(loss)}
    for l in range(len(Ws)):
        for j in range(Ws[l].shape[0]):
            out[f"z[{l + 1}][{j + 1}]"] = float(z_s[l][j])
            out[f"a[{l + 1}][{j + 1}]"] = float(a_s[l][j])
            out[f"delta[{l + 1}][{j + 1}]"] = float(deltas[l][j])
            for i in range(Ws[l].shape[1]):
                out[f"grad_w[{l + 1}][{j + 1}][{i + 1}]"] = float(gW[l][j, i])
                if eta is not None:
                    out[f"new_w[{l + 1}][{j + 1}][{i + 1}]"] = float(Ws[l][j, i] - eta * gW[l][j, i])
    return out


# ---------------------------------------------------------------- the generator


def test_rng_is_the_documented_sha256_construction() -> None:
    msg = b"nnwalk-rng-v1|42|17|0|parameters.weights[0][1][0]|0"
    expected = int.from_bytes(hashlib.sha256(msg).digest()[:8], "big")
    assert rng.word(42, 17, 0, "parameters.weights[0][1][0]", 0) == expected
    # frozen forever: a change here changes every exam ever generated
    assert rng.word(1, 1, 0, "x", 0) == int.from_bytes(hashlib.sha256(b"nnwalk-rng-v1|1|1|0|x|0").digest()[:8], "big")
    assert rng.index(24, 42, 17, 0, "data.inputs[0]") == rng.index(24, 42, 17, 0, "data.inputs[0]")


def test_rng_index_is_uniform_enough() -> None:
    counts = np.bincount([rng.index(7, 3, v, 0, "p")[0] for v in range(7000)], minlength=7)
    assert counts.min() > 850 and counts.max() < 1150


def test_draws_follow_the_rules() -> None:
    t = load_template(EXAM)
    for v in range(1, 30):
        nums = draw_numbers(t, 5, v, 0)
        w1 = [Decimal(nums[f"parameters.weights[0][{j}][{i}]"]) for j in range(2) for i in range(2)]
        w2 = [nums[f"parameters.weights[1][{j}][{i}]"] for j in range(2) for i in range(2)]
        assert all(Decimal("-0.60") <= w <= Decimal("0.60") and w != 0 and (w * 20) % 1 == 0 for w in w1)
        assert len(set(w1)) == 4 and len(set(w2)) == 4  # distinct within each matrix
        assert all(len(x.split(".")[1]) == 2 for x in w2)  # printed like the grid (0.05 steps: two decimals)
        assert nums["data.targets[0]"] in ("0.01", "0.05", "0.10", "0.90", "0.95", "0.99")
        assert "training.learning_rate" not in nums  # fixed


def test_variant_does_not_depend_on_the_count() -> None:
    t = load_template(EXAM)
    assert draw_variants(t, 9, 12)[11].numbers == draw_variants(t, 9, 20)[11].numbers


def test_answers_differ_between_variants() -> None:
    t = load_template(EXAM)
    fps = [d.fingerprint for d in draw_variants(t, 3, 60)]
    assert len(set(fps)) == 60


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ("variants:\n  draw:\n    parameters.wieghts[0]: {min: 0, max: 1, step: 0.1}\n", "variants.draw.parameters.wieghts[0]"),
        ("variants:\n  draw:\n    parameters.weights[7]: {min: 0, max: 1, step: 0.1}\n", "variants.draw.parameters.weights[7]"),
        (
            "variants:\n  draw:\n    parameters.weights[0]: {min: 1, max: 0, step: 0.1}\n",
            "variants.draw.parameters.weights[0].max",
        ),
        (
            "variants:\n  draw:\n    parameters.weights[0]: {min: 0, max: 1}\n",
            "variants.draw.parameters.weights[0]: a grid needs",
        ),
        (
            "variants:\n  draw:\n    parameters.weights[0]: {choose: [0.1, 0.2], distinct: true}\n",
            "distinct needs 4 different values",
        ),
        (
            "variants:\n  draw:\n    parameters.weights: {min: 0.1, max: 1, step: 0.1}\n    parameters.weights[0][0]: [0.5]\n",
            "overlaps",
        ),
        (
            "variants:\n  draw:\n    data.inputs: {min: 0.1, max: 1, step: 0.1}\n  constraints: {sigmoid_inputs: [0, 1]}\n",
            "variants.constraints.sigmoid_inputs: unknown key",
        ),
        ("variants:\n  draw:\n    data.inputs: fixed\n", "every rule is fixed"),
        (
            "variants:\n  draw:\n    data.inputs: [0.1, 0.2]\nexam:\n  questions: [{ask: 'a[3][1]'}]\n",
            "exam.questions[0].ask: layer 3",
        ),
        ("variants:\n  draw:\n    data.inputs: [0.1, 0.2]\nexam:\n  questions: [{ask: 'grad_b[1][1]'}]\n", "no biases"),
        ("variants:\n  draw:\n    data.inputs: [0.1, 0.2]\nexam:\n  questions: [{ask: 'out[1]'}]\n", "exam.questions[0].ask"),
        (
            "variants:\n  draw:\n    data.inputs: [0.1, 0.2]\nexam:\n  questions: [{ask: loss, points: 0}]\n",
            "exam.questions[0].points",
        ),
    ],
)
def test_block_errors_name_the_field(patch: str, field: str) -> None:
    base = EXAM.read_text(encoding="utf-8").split("variants:")[0]
    with pytest.raises(SpecError) as exc:
        parse_template(base + patch, "t.yaml")
    assert field in exc.value.message and exc.value.message.startswith("t.yaml: ")


def test_missing_variants_block_is_explained() -> None:
    base = EXAM.read_text(encoding="utf-8").split("variants:")[0]
    with pytest.raises(SpecError, match="variants: missing"):
        parse_template(base, "t.yaml")


def test_constraints_reject_and_give_up_with_a_clear_error() -> None:
    text = EXAM.read_text(encoding="utf-8").replace("sigmoid_input: [-3, 3]", "sigmoid_input: [-0.001, 0.001]")
    t = parse_template(text.replace("max_draws: 2000", "max_draws: 50"), "tight.yaml")
    with pytest.raises(SpecError) as exc:
        draw_variants(t, 1, 3)
    msg = exc.value.message
    assert "none of 50 draws met the constraints" in msg and "sigmoid_input" in msg and "variant 1" in msg
    t = parse_template(text.replace("[-0.001, 0.001]", "[-0.3, 0.3]"), "looser.yaml")
    ds = draw_variants(t, 1, 10)
    assert sum(d.rejected.get("sigmoid_input", 0) for d in ds) > 0  # counted
    for d in ds:  # and the accepted ones really meet it
        spec = validate(_plain(t, d.numbers))
        h = 1 / (1 + np.exp(-(spec.weights[0] @ spec.inputs[0])))
        z2 = spec.weights[1] @ h
        assert np.all(np.abs(spec.weights[0] @ spec.inputs[0]) <= 0.3) and np.all(np.abs(z2) <= 0.3)


def _plain(t, numbers):  # noqa: ANN001, ANN202
    from generator.exam.draw import substitute

    return substitute(t, numbers)


# ---------------------------------------------------------------- the whole run


@pytest.fixture(scope="module")
def run8() -> tuple:
    t, files, report = generate(EXAM, 8, 42, ("md", "tex", "json", "moodle", "qti", "canvas"), jobs=2)
    return t, files, report


def test_every_key_verifies_and_matches_an_independent_recomputation(run8: tuple) -> None:
    t, files, _ = run8
    for v in range(1, 9):
        key = json.loads(files[f"exam_seed002_v{v:03d}_key.json"])
        ver = key["verification"]
        assert ver["failed"] == 0 and ver["passed"] == ver["checked"] > 400
        assert key["variant"]["id"] == v and key["variant"]["seed"] == 42
        truth = independent(key["spec"])
        validate(key["spec"])  # the embedded spec is complete and valid as it stands
        for q in key["questions"]:
            ans, tol = Decimal(q["answer"]), Decimal(q["tolerance"])
            assert 0 < tol < Decimal("0.0001")
            assert abs(ans - Decimal(repr(truth[q["ask"]]))) <= tol, (v, q)
        md = files[f"exam_seed002_v{v:03d}_key.md"]
        assert "nothing failed" in md.lower() and f"S42-V{v:03d}-" in md


def test_manifest_answers_match_the_independent_recomputation(run8: tuple) -> None:
    _, files, _ = run8
    man = json.loads(files["exam_seed002_manifest.json"])
    assert man["seed"] == 42 and man["count"] == 8 and man["rng"] == "nnwalk-rng-v1"
    csv_lines = files["exam_seed002_manifest.csv"].splitlines()
    assert csv_lines[0].startswith("variant,seed,code,parameters.weights[0][0][0]") and len(csv_lines) == 9
    for row in man["variants"]:
        key = json.loads(files[f"exam_seed002_v{row['variant']:03d}_key.json"])
        truth = independent(key["spec"])
        # the drawn numbers are the ones in the variant's spec
        assert Decimal(row["numbers"]["parameters.weights[1][0][1]"]) == Decimal(
            repr(key["spec"]["parameters"]["weights"][1][0][1])
        )
        for q in man["questions"]:
            a = row["answers"][q["id"]]
            assert abs(Decimal(a["answer"]) - Decimal(repr(truth[q["ask"]]))) <= Decimal(a["tolerance"])
            assert Decimal(a["low"]) == Decimal(a["answer"]) - Decimal(a["tolerance"])


def test_sheets_hold_no_answers(run8: tuple) -> None:
    _, files, _ = run8
    key = json.loads(files["exam_seed002_v003_key.json"])
    sheet = files["exam_seed002_v003_questions.md"] + files["exam_seed002_v003_questions.tex"]
    for q in key["questions"]:
        assert q["answer"] not in sheet
    assert "S42-V003-" in sheet and "13 points" in sheet


def test_same_inputs_same_bytes_any_worker_count(run8: tuple) -> None:
    _, files, _ = run8
    _, again, _ = generate(EXAM, 8, 42, ("md", "tex", "json", "moodle", "qti", "canvas"), jobs=1)
    assert again.keys() == files.keys()
    assert all(again[k] == files[k] for k in files)


def test_only_rebuilds_the_same_bytes(run8: tuple) -> None:
    _, files, _ = run8
    _, one, _ = generate(EXAM, 8, 42, ("md", "tex", "json", "qti"), only=6, jobs=1)
    assert sorted(one) == sorted(k for k in files if "_v006" in k)
    assert all(one[k] == files[k] for k in one)


def test_report_shows_ranges_rejections_and_patterns(run8: tuple) -> None:
    _, _, report = run8
    assert "rejected by sigmoid_input" in report and "q1 a[2][1]: min " in report and "sign patterns" in report


def test_full_walkthrough_exam_with_biases() -> None:
    t, files, _ = generate(_write_tmp(BIASED), 3, 7, ("md", "json"), jobs=1)
    key = json.loads(files["biased_v002_key.json"])
    asks = [q["ask"] for q in key["questions"]]
    assert asks[:2] == ["a[2][1]", "loss"] and "new_w[1][3][2]" in asks and len(asks) == 2 + 9 + 9
    truth = independent(key["spec"])
    for q in key["questions"]:
        assert abs(Decimal(q["answer"]) - Decimal(repr(truth[q["ask"]]))) <= Decimal(q["tolerance"])
    assert "Work through the forward pass" in files["biased_v002_questions.md"]


def _write_tmp(text: str) -> Path:
    import tempfile

    d = Path(tempfile.mkdtemp())
    p = d / "biased.yaml"
    p.write_text(text, encoding="utf-8")
    return p


# ---------------------------------------------------------------- the command


def _cli(args: list[str], cwd: Path, hashseed: str = "0") -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True)


def _hashes(d: Path) -> dict[str, str]:
    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.rglob("*")) if p.is_file()}


def test_cli_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    args = ["variants", str(EXAM), "--count", "4", "--seed", "11", "--format", "md,json,moodle,qti"]
    a = _cli([*args, "-o", str(tmp_path / "a")], tmp_path, "0")
    b = _cli([*args, "-o", str(tmp_path / "b"), "--jobs", "1"], tmp_path, "31337")
    assert a.returncode == 0 and b.returncode == 0, a.stderr + b.stderr
    ha, hb = _hashes(tmp_path / "a"), _hashes(tmp_path / "b")
    # per variant: key md, sheet md, key json, QTI item; 2 manifests; moodle; QTI test, imsmanifest, zip; 2 md booklets;
    # and the folder's record of what nnwalk wrote (.nnwalk-manifest.json)
    assert ha == hb and len(ha) == 4 * 4 + 2 + 1 + 3 + 2 + 1


def test_cli_failures_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = _cli(["variants", str(EXAM), "--count", "3", "--format", "md,docx", "-o", str(out)], tmp_path)
    assert r.returncode == 2 and "--format: unknown format 'docx'" in r.stderr and not out.exists()
    r = _cli(["variants", str(EXAM), "--count", "3", "--only", "2", "--format", "md,moodle", "-o", str(out)], tmp_path)
    assert r.returncode == 2 and "holds every variant" in r.stderr and not out.exists()
    r = _cli(["variants", str(EXAM), "--count", "3", "--only", "4", "-o", str(out)], tmp_path)
    assert r.returncode == 2 and "--only" in r.stderr and not out.exists()
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAM.read_text(encoding="utf-8").replace("min_significant: 2", "min_significant: 9"), encoding="utf-8")
    r = _cli(["variants", str(bad), "--count", "3", "-o", str(out)], tmp_path)
    assert r.returncode == 2 and "variants.constraints.min_significant" in r.stderr and not out.exists()
    assert r.stderr.count("\n") == 1  # one paragraph


def test_cli_refuses_to_overwrite_someone_elses_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "exam_seed002_v001_key.md").write_text("my notes\n", encoding="utf-8")
    r = _cli(["variants", str(EXAM), "--count", "2", "--format", "md", "-o", str(out)], tmp_path)
    assert r.returncode == 2 and "not written by nnwalk" in r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["exam_seed002_v001_key.md"]
    # our own files are replaced on a second run
    r = _cli(
        ["variants", str(EXAM), "--count", "2", "--format", "md,json,moodle,qti,canvas", "-o", str(out), "--force"], tmp_path
    )
    assert r.returncode == 0, r.stderr
    r = _cli(
        ["variants", str(EXAM), "--count", "2", "--format", "md,json,moodle,qti,canvas", "-o", str(out), "--report"], tmp_path
    )
    assert r.returncode == 0, r.stderr
    assert "Variant report" in r.stdout


def test_write_files_is_all_or_nothing(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("mine\n", encoding="utf-8")
    with pytest.raises(SpecError):
        write_files({"a.md": "x", "b.md": "y"}, tmp_path, force=False)
    assert not (tmp_path / "a.md").exists()

"""``nnwalk verify --spec`` (level 2): named values against the true network.

Expected values come from outside the code under test: the seeds' correct numbers
worked by hand (seed 000: z_1^(1) = 0.5·1.0 − 0.3·0.5 + 0.7·(−0.3) + 0.1 = 0.24;
seed 002: o_1 = σ(0.43253) = 0.60648, as the issue states), and mistakes built by
hand from the classic 2-2-2 example's published values (w_5 = 0.40,
∂E/∂w_5 = 0.082167, out_o1 = 0.75137, η = 0.5).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.docnames import Reader

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repository")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    rc = main(["verify", *args, "--format", "json"])
    return rc, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", ["example", "seed000", "seed001", "seed002"])
@pytest.mark.parametrize("ext", ["md", "tex"])
def test_bundled_outputs_match_their_network(root: Path, capsys: pytest.CaptureFixture[str], name: str, ext: str) -> None:
    rc, data = _run(capsys, str(root / "output" / f"{name}.{ext}"), "--spec", str(root / "specs" / f"{name}.yaml"))
    assert rc == 0, data["findings"][:3]
    assert data["findings"] == []
    s = data["summary"]
    assert s["named_values"] > 20 and s["errors"] == 0 and s["rounding"] == 0


@needs_seeds
def test_seed000_first_error_and_what_inherits_it(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("000_*.txt"))
    rc, data = _run(capsys, str(seed), "--spec", str(root / "specs" / "seed000.yaml"), "--input-format", "md")
    assert rc == 1
    by_line: dict[int, list[dict]] = {}
    for f in data["findings"]:
        by_line.setdefault(f["line"], []).append(f)
    root_finding = by_line[139][0]
    assert root_finding["class"] == "error" and root_finding["true"] == "0.24"
    assert root_finding["downstream"] >= 30  # h_1..h? y's, δ's, every gradient built on them
    # h_1 = σ(0.19) = 0.547 is right for 0.19 but wrong for the network: σ(0.24) = 0.5597
    h1 = by_line[147][0]
    assert h1["class"] == "propagated" and h1["root_line"] == 139 and h1["true"] == "0.560"
    # z_2^(1) = -0.03 and h_2 are right: no finding there
    assert 141 not in by_line and 149 not in by_line
    assert data["summary"]["propagated"] >= 30


@needs_seeds
def test_seed002_output_value_and_its_copies(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("002_*.txt"))
    rc, data = _run(capsys, str(seed), "--spec", str(root / "specs" / "seed002.yaml"), "--input-format", "md")
    assert rc == 1
    o1 = [f for f in data["findings"] if "0.60635" in f["printed"] and f.get("true") == "0.60648"]
    assert o1, "o_1 = 0.60635 (true 0.60648) not reported"
    first = min(f["line"] for f in o1)
    copies = [f for f in o1 if f["line"] > first]
    # later copies inherit it (or, where level 1 links the copy to its definition, are errors of their own)
    assert all(f["class"] in ("propagated", "error") for f in copies)
    assert any(f["class"] == "propagated" and f["root_line"] == first for f in copies)


def _doc(tmp_path: Path, body: str) -> str:
    p = tmp_path / "doc.md"
    p.write_text(body, encoding="utf-8")
    return str(p)


def test_wrong_sign_update_is_named(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # w_5 + η ∂E/∂w_5 = 0.40 + 0.5 × 0.082167 = 0.44108 (the right update gives 0.35892)
    doc = _doc(tmp_path, "$$w_5^{+} = 0.40 + 0.5 \\times 0.082167 = 0.44108$$\n")
    rc, data = _run(capsys, doc, "--spec", str(root / "specs" / "example.yaml"), "--input-format", "md")
    assert rc == 1
    (f,) = data["findings"]
    assert f["class"] == "conceptual" and "sign" in f["cause"] and f["true"] == "0.35892"


def test_missing_sigma_prime_is_named(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # δ_o1 without σ'(z): out_o1 − t_1 = 0.75137 − 0.01 = 0.74137 (the right δ_o1 is 0.13850)
    doc = _doc(tmp_path, "$$\\delta_{o1} = 0.75137 - 0.01 = 0.74137$$\n")
    rc, data = _run(capsys, doc, "--spec", str(root / "specs" / "example.yaml"), "--input-format", "md")
    assert rc == 1
    (f,) = data["findings"]
    assert f["class"] == "conceptual" and "missing" in f["cause"] and f["true"] == "0.13850"


def test_right_values_in_another_notation_are_ok(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Mazur's published values for the same network, in his notation
    doc = _doc(
        tmp_path,
        "$$\\text{net}_{h1} = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775$$\n\n"
        "$$\\text{out}_{h1} = \\frac{1}{1+e^{-0.3775}} = 0.593269992$$\n\n"
        "$$E_{total} = 0.274811083 + 0.023560026 = 0.298371109$$\n\n"
        "$$\\frac{\\partial E_{total}}{\\partial w_5} = 0.74136507 \\times 0.186815602 \\times 0.593269992 = 0.082167041$$\n",
    )
    rc, data = _run(capsys, doc, "--spec", str(root / "specs" / "example.yaml"), "--input-format", "md")
    assert rc == 0, data["findings"]
    assert data["summary"]["named_values"] == 4


def test_table_column_header_says_what_the_number_is(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _doc(
        tmp_path,
        "| Weight | Old | Gradient | New Value |\n|---|---|---|---|\n"
        "| $w_5$ | $0.40$ | $0.082167$ | $0.35892$ |\n| $w_6$ | $0.45$ | $0.082668$ | $0.40867$ |\n",
    )
    rc, data = _run(capsys, doc, "--spec", str(root / "specs" / "example.yaml"), "--input-format", "md")
    assert rc == 0 and data["summary"]["named_values"] == 2


def test_spec_error_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _doc(tmp_path, "$$1 + 1 = 2$$\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("network: {layers: [2, -1]}\n")
    assert main(["verify", doc, "--spec", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "network.layers" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("z_1^{(1)}", ("z", 1, 0)),
        ("\\text{net}_{h2}", ("z", 1, 1)),
        ("\\text{out}_{o1}", ("a", 2, 0)),
        ("w_6", ("w", 2, 0, 1)),
        ("w_6^{\\text{new}}", ("new_w", 2, 0, 1)),
        ("\\frac{\\partial E_{\\text{total}}}{\\partial w_1}", ("gw", 1, 0, 0)),
        ("\\delta_{o2}", ("delta", 2, 1)),
        ("E_{\\text{total}}", ("loss",)),
        ("dW[2]", ("GW", 2)),
        ("Z[1]", ("Z", 1)),
    ],
)
def test_names_read_in_every_notation(name: str, reading: tuple) -> None:
    # 2-2-2: w_1..w_4 into the hidden layer row by row, w_5..w_8 into the output layer
    assert Reader((2, 2, 2)).readings(name)[0] == reading


def test_neurons_counted_through_the_net() -> None:
    # seed 001's 3-2-1: x1..x3, then h4, h5, then o6; ω46 joins neuron 4 to neuron 6
    r = Reader((3, 2, 1))
    assert r.readings("a5") == [("a", 1, 1)]
    assert r.readings("δ6") == [("delta", 2, 0)]
    assert r.readings("ω46") == [("w", 2, 0, 0)]


@pytest.mark.parametrize("name", ["j", "\\text{Total error to } h_1", "W[4]^T", "\\frac{\\partial y}{\\partial z}", "x" * 200])
def test_non_quantities_are_not_read(name: str) -> None:
    assert Reader((2, 2, 2)).readings(name) == []


# --------------------------------------------------------------------------- the network read from the document
@needs_seeds
@pytest.mark.parametrize("seed", ["000", "002"])
def test_network_read_from_seed_equals_hand_written_spec(root: Path, seed: str) -> None:
    import numpy as np

    from generator.docnet import read_network
    from generator.spec import load_spec

    text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    read = read_network(text, "md")
    assert read is not None
    want = load_spec(root / "specs" / f"seed{seed}.yaml")  # written by hand from the seed's prose
    got = read.spec
    assert got.layers == want.layers and got.activations == want.activations
    for a, b in zip(got.weights, want.weights):
        np.testing.assert_array_equal(a, b)
    assert (got.biases is None) == (want.biases is None)
    np.testing.assert_array_equal(got.inputs, want.inputs)
    np.testing.assert_array_equal(got.targets, want.targets)


@needs_seeds
def test_seed000_level2_without_a_spec(capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("000_*.txt"))
    rc, data = _run(capsys, str(seed))
    assert rc == 1 and "read from the document" in data["network"]
    assert data["summary"]["propagated"] >= 30
    rc, data = _run(capsys, str(seed), "--level", "1")
    assert data["network"] is None and data["summary"]["propagated"] == 0


@pytest.mark.parametrize(
    "body",
    [
        "$$W^{(1)} = \\begin{bmatrix} 0.1 & 0.2 \\end{bmatrix}$$\n$$1 + 1 = 2$$\n",  # no inputs, no targets
        "$$W^{(1)} = \\begin{bmatrix} 0.1 & 0.2 \\end{bmatrix}$$ $$W^{(3)} = \\begin{bmatrix} 0.5 \\end{bmatrix}$$"
        " $$x = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$ $$t = \\begin{bmatrix} 1 \\end{bmatrix}$$",  # a layer missing
        "$$W^{(1)} = \\begin{bmatrix} 0.1 & 0.2 \\end{bmatrix}$$ $$x = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$"
        " $$t = \\begin{bmatrix} 1 \\end{bmatrix}$$ the bias $b_1$ is learned too",  # biases mentioned, not printed
    ],
)
def test_incomplete_networks_are_not_guessed(body: str) -> None:
    from generator.docnet import read_network

    assert read_network(body, "md") is None

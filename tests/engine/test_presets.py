"""The five notation presets (GUIDE section 3): same spec, same numbers, each preset's own names and signs."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from generator import load_spec, walkthrough
from generator.cli import main
from generator.engine.trace import build_trace
from generator.errors import SpecError
from generator.spec.load import NOTATIONS
from generator.verify.names import Reader

PRESETS = ("layered", "numbered", "dz", "index", "neuron")
SPECS = ("example", "seed000", "seed002", "seed004", "softmax_ce", "bce")


def _printed(spec_path: Path, preset: str) -> dict[tuple, str]:
    """Every keyed printed value of the trace, signs of the neuron preset's Err/Delta undone."""
    tr = build_trace(replace(load_spec(spec_path), notation=preset))
    out = {}
    for c in tr.chains():
        if c.key is None:
            continue
        s, kind, *rest = c.key
        text = c.result.plain
        if kind.startswith("neg_"):
            kind = kind[4:]
            text = text[1:] if text.startswith("-") else ("-" + text if text.strip("0.") else text)
        out[(s, kind, *rest)] = text
    return out


#: The classic 2-2-2 example (specs/example.yaml) worked by hand, 5 decimals, round-and-carry:
#: z_1 = 0.15 x 0.05 + 0.20 x 0.10 + 0.35 = 0.3775; sigma(0.3775) = 0.593269992 -> 0.59327;
#: z_2 = 0.25 x 0.05 + 0.30 x 0.10 + 0.35 = 0.3925; sigma(0.3925) = 0.596884378 -> 0.59688;
#: z_o1 = 0.40 x 0.59327 + 0.45 x 0.59688 + 0.60 = 1.105904 -> 1.10590; sigma(1.10590) = 0.7513640 -> 0.75136;
#: E parts: 1/2 (0.01 - 0.75136)^2 = 0.2748073 -> 0.27481, 1/2 (0.99 - 0.77293)^2 = 0.0235597 -> 0.02356; E = 0.29837;
#: dE/dw_5 = 0.74136 x 0.18682 x 0.59327 = 0.0821684 -> 0.08217; w_5+ = 0.40 - 0.5 x 0.08217 = 0.358915 -> 0.35891
#: (0.04109 printed, 0.40 - 0.04109 = 0.35891). The published values (Mazur) agree to the last digit shown:
#: out_h1 0.593269992, out_o1 0.75136507, E_total 0.298371109, dE/dw5 0.082167041, w5+ 0.35891648, w1+ 0.149780716.
CLASSIC = {
    (0, "z", 1, 0, 0): "0.37750",
    (0, "a", 1, 0, 0): "0.59327",
    (0, "z", 1, 1, 0): "0.39250",
    (0, "a", 1, 1, 0): "0.59688",
    (0, "z", 2, 0, 0): "1.10590",
    (0, "a", 2, 0, 0): "0.75136",
    (0, "a", 2, 1, 0): "0.77293",
    (0, "loss_part", 0, 0): "0.27481",
    (0, "loss_part", 1, 0): "0.02356",
    (0, "loss"): "0.29837",
    (0, "delta", 2, 0, 0): "0.13850",
    (0, "gw", 2, 0, 0): "0.08217",
    (0, "new", "w", 2, 0, 0): "0.35891",
    (0, "new", "w", 2, 0, 1): "0.40866",
    (0, "new", "w", 2, 1, 0): "0.51130",
    (0, "new", "w", 2, 1, 1): "0.56137",
    (0, "new", "w", 1, 0, 0): "0.14978",
    (0, "new", "w", 1, 0, 1): "0.19956",
    (0, "new", "w", 1, 1, 0): "0.24975",
}


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_prints_the_hand_worked_classic_example(root: Path, preset: str) -> None:
    """An anchor outside nnwalk: each preset's numbers (the neuron preset's signs undone) are the hand-worked ones."""
    printed = _printed(root / "specs" / "example.yaml", preset)
    assert {k: printed.get(k) for k in CLASSIC} == CLASSIC


def test_all_five_presets_are_offered() -> None:
    assert set(NOTATIONS) == set(PRESETS)


@pytest.mark.parametrize("name", SPECS)
def test_presets_print_the_same_numbers(root: Path, name: str) -> None:
    base = _printed(root / "specs" / f"{name}.yaml", "layered")
    assert len(base) > 20
    for preset in PRESETS[1:]:
        assert _printed(root / "specs" / f"{name}.yaml", preset) == base, preset


@pytest.mark.parametrize("name", ("example", "seed004", "softmax_ce"))
def test_presets_answer_keys_agree(root: Path, name: str) -> None:
    """The JSON answer keys' numbers (everything but names) are identical in every preset, and every document verifies."""
    keys = []
    for preset in PRESETS:
        w = walkthrough(replace(load_spec(root / "specs" / f"{name}.yaml"), notation=preset), formats=("json",))
        assert w.result.ok
        data = json.loads(w.documents["json"])
        for st in data["steps"]:
            st.pop("displayed")
        data.pop("notation")
        keys.append(data)
    assert all(k == keys[0] for k in keys[1:])


def _textbook_seed001() -> dict[str, float]:
    """Seed 001 by the textbook's own rule (Han & Kamber): Err_j = O_j(1 - O_j)(T_j - O_j), w_ij += eta Err_j O_i.

    Plain Python floats, written from the book's equations, not from nnwalk's code.
    """
    sig = lambda v: 1 / (1 + math.exp(-v))  # noqa: E731
    x1, x2, x3, t, eta = 1.0, 0.0, 1.0, 1.0, 0.9
    w14, w15, w24, w25, w34, w35, w46, w56 = 0.2, -0.3, 0.4, 0.1, -0.5, 0.2, -0.3, -0.2
    th4, th5, th6 = -0.4, 0.2, 0.1
    o4 = sig(w14 * x1 + w24 * x2 + w34 * x3 + th4)
    o5 = sig(w15 * x1 + w25 * x2 + w35 * x3 + th5)
    o6 = sig(w46 * o4 + w56 * o5 + th6)
    err6 = o6 * (1 - o6) * (t - o6)
    err5 = o5 * (1 - o5) * err6 * w56
    err4 = o4 * (1 - o4) * err6 * w46
    return {
        "w46": w46 + eta * err6 * o4,
        "w56": w56 + eta * err6 * o5,
        "w14": w14 + eta * err4 * x1,
        "w15": w15 + eta * err5 * x1,
        "w24": w24 + eta * err4 * x2,
        "w25": w25 + eta * err5 * x2,
        "w34": w34 + eta * err4 * x3,
        "w35": w35 + eta * err5 * x3,
        "th6": th6 + eta * err6,
        "th5": th5 + eta * err5,
        "th4": th4 + eta * err4,
    }


def test_seed001_neuron_preset_gives_the_textbook_weights(root: Path) -> None:
    spec = load_spec(root / "specs" / "seed001.yaml")
    assert spec.notation == "neuron"
    book = _textbook_seed001()
    # the book's published results, to three decimals
    published = {"w46": -0.261, "w56": -0.138, "w14": 0.192, "w15": -0.306, "w34": -0.508, "w35": 0.194, "th6": 0.218}
    for k, v in published.items():
        assert round(book[k], 3) == v, k
    w = walkthrough(spec)
    upd = json.loads(w.documents["json"])["steps"][0]["updated"]
    W1, W2 = upd["weights"]
    ours = {"w14": W1[0][0], "w24": W1[0][1], "w34": W1[0][2], "w15": W1[1][0], "w25": W1[1][1], "w35": W1[1][2]}
    ours |= {"w46": W2[0][0], "w56": W2[0][1], "th4": upd["biases"][0][0], "th5": upd["biases"][0][1], "th6": upd["biases"][1][0]}
    for k, v in book.items():
        assert ours[k] == pytest.approx(v, abs=1e-12), k
    md = w.documents["md"]
    assert r"\text{Err}_{6} &= O_{6}\left(1 - O_{6}\right) \left(T_{6} - O_{6}\right)" in md
    assert r"\Delta w_{46}" in md and r"w_{46} + \Delta w_{46}" in md and r"\theta_{6}" in md


def test_seed001_neuron_and_layered_print_the_same_new_weights(root: Path) -> None:
    spec = load_spec(root / "specs" / "seed001.yaml")
    new = {}
    for preset in ("neuron", "layered"):
        tr = build_trace(replace(spec, notation=preset))
        new[preset] = {c.key: c.result.plain for c in tr.chains() if c.key and c.key[1] == "new"}
    assert len(new["neuron"]) == 11 and new["neuron"] == new["layered"]


def test_preset_names(root: Path) -> None:
    spec = load_spec(root / "specs" / "seed004.yaml")
    md = {p: walkthrough(replace(spec, notation=p), formats=("md",)).documents["md"] for p in ("dz", "index")}
    assert "dZ^{[4]}_{1}" in md["dz"] and r"\alpha" in md["dz"] and "dW^{[4]}" in md["dz"] and "Z^{[1]} = W^{[1]} X" in md["dz"]
    assert "a^{(1)}_{0}" in md["index"] and "w^{(1)}_{00}" in md["index"] and "C_0" in md["index"]


def test_dz_preset_puts_the_matrix_form_first(root: Path) -> None:
    md = walkthrough(load_spec(root / "specs" / "seed004.yaml"), formats=("md",)).documents["md"]
    assert md.index("## Matrix form") < md.index("## Forward pass")


def test_cli_notation_override(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o"
    assert main(["render", str(root / "specs" / "example.yaml"), "-o", str(out), "--format", "md", "--notation", "index"]) == 0
    assert "a^{(0)}_{0}" in (out / "example.md").read_text(encoding="utf-8")
    assert main(["render", str(root / "specs" / "example.yaml"), "-o", str(tmp_path / "p"), "--notation", "neuronal"]) == 2
    err = capsys.readouterr().err
    assert "--notation" in err and "neuron" in err and not (tmp_path / "p").exists()


def test_unknown_notation_in_spec_names_the_field(root: Path) -> None:
    from generator.spec.load import parse_spec

    text = (root / "specs" / "example.yaml").read_text().replace("notation: layered", "notation: indexed")
    with pytest.raises(SpecError, match=r"presentation\.notation: unknown value 'indexed'.*Did you mean 'index'"):
        parse_spec(text)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        (r"\text{Err}_{6}", ("delta", 2, 0)),
        (r"O_{4}", ("a", 1, 0)),
        (r"T_{6}", ("t", 0)),
        (r"\theta_{5}", ("b", 1, 1)),
        (r"w_{35}", ("w", 1, 1, 2)),
        (r"Z^{[1]}_{2}", ("z", 1, 1)),
        (r"A^{[2]}_{1}", ("a", 2, 0)),
        (r"dZ^{[2]}_{1}", ("delta", 2, 0)),
        (r"dW^{[2]}_{12}", ("gw", 2, 0, 1)),
        (r"db^{[1]}_{2}", ("gb", 1, 1)),
        (r"X_{3}", ("x", 2)),
        (r"Y_{1}", ("t", 0)),
        (r"Z^{[1](2)}_{2}", ("z", 1, 1)),
        (r"a^{(1)}_{0}", ("a", 1, 0)),
        (r"w^{(1)}_{02}", ("w", 1, 0, 2)),
        (r"\frac{\partial C_0}{\partial w^{(2)}_{01}}", ("gw", 2, 0, 1)),
    ],
)
def test_docnames_reads_the_new_presets(name: str, want: tuple) -> None:
    assert want in Reader((3, 2, 1)).readings(name)


def test_docnames_zero_based_is_only_a_later_reading() -> None:
    r = Reader((3, 2, 1))
    assert r.readings(r"a^{(1)}_{1}")[0] == ("a", 1, 0)  # counted from 1 first, as before
    assert r.readings(r"dW^{[2](1)}_{12}") == []  # one example's gradient is not the batch's

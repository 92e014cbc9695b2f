"""``nnwalk grade`` (issue 18, section 4): a class marked against a variants key, mistakes diagnosed.

The key folder is built once (20 variants of the seed-002 exam). The synthetic class of 200
students answers with mistakes *planted by this test*: each mistaken value is computed here by
a few lines of NumPy for the 2-2-2 sigmoid network (no biases, ½SSE), not by the catalogue and
not read from the manifest's mistake values, so a grading bug and a catalogue bug cannot
cancel out. Right answers come from the same code, written with a point or a comma, in
scientific notation, at full precision; rounding answers are the right value rounded to two
places fewer than asked or cut to one fewer; some cells are blank, some are nonsense. A second,
smaller class does the same on a 2-3-1 tanh/sigmoid network with biases and MSE at 4 decimals.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pytest
from test_variants import BIASED

from generator import cli
from generator.engine.mistakes import CATALOGUE
from generator.exam.grade import KeyAnswer, KeyMistake, judge, parse_number, safe_names

EXAM = Path(__file__).resolve().parents[2] / "specs" / "exam" / "exam_seed002.yaml"
COUNT, SEED, STUDENTS = 20, 7, 200
ETA = 0.5  # the spec's fixed learning rate
POINTS = {"q1": 2, "q2": 2, "q3": 2, "q4": 2, "q5": 3, "q6": 2}
#: the mistakes this test can compute itself, in the catalogue's order (a value two of them share is diagnosed as the first)
PLANTED = [
    "missing_activation_derivative",
    "derivative_on_z",
    "update_sign",
    "no_learning_rate",
    "half_not_cancelled",
    "target_sign",
]


@pytest.fixture(scope="module")
def keydir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("key") / "exam"
    args = [
        "variants",
        str(EXAM),
        "--count",
        str(COUNT),
        "--seed",
        str(SEED),
        "--format",
        "md,json",
        "--jobs",
        "2",
        "-o",
        str(out),
    ]
    assert cli.main(args) == 0
    return out


@pytest.fixture(scope="module")
def manifest(keydir: Path) -> dict:
    return json.loads((keydir / "exam_seed002_manifest.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the test's own backpropagation


def _sig(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def quantities(numbers: dict[str, str], mistake: str | None = None) -> dict[str, float]:
    """q1..q6 of one variant as a student making ``mistake`` (None: nobody) computes them, at full precision."""
    n = {k: float(v) for k, v in numbers.items()}
    W1 = np.array([[n[f"parameters.weights[0][{j}][{i}]"] for i in range(2)] for j in range(2)])
    W2 = np.array([[n[f"parameters.weights[1][{j}][{i}]"] for i in range(2)] for j in range(2)])
    x = np.array([n["data.inputs[0]"], n["data.inputs[1]"]])
    t = np.array([n["data.targets[0]"], n["data.targets[1]"]])
    z1 = W1 @ x
    h = _sig(z1)
    z2 = W2 @ h
    o = _sig(z2)
    loss = 0.5 * np.sum((t - o) ** 2)

    def fprime(z: np.ndarray, a: np.ndarray) -> np.ndarray:
        if mistake == "missing_activation_derivative":
            return np.ones_like(a)
        if mistake == "derivative_on_z":
            return z * (1 - z)
        return a * (1 - a)

    dE_do = o - t
    if mistake == "half_not_cancelled":
        dE_do = 2 * (o - t)
    if mistake == "target_sign":
        dE_do = t - o
    d2 = dE_do * fprime(z2, o)
    d1 = (W2.T @ d2) * fprime(z1, h)
    g2 = np.outer(d2, h)
    g1 = np.outer(d1, x)
    step = {"update_sign": -ETA, "no_learning_rate": 1.0}.get(mistake or "", ETA)
    new_w7 = W2[1, 0] - step * g2[1, 0]
    return {"q1": o[0], "q2": loss, "q3": d2[1], "q4": g2[0, 0], "q5": g1[0, 1], "q6": new_w7}


def _places(x: float, places: int, mode: str = ROUND_HALF_UP) -> Decimal:
    return Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-places), rounding=mode)


# ---------------------------------------------------------------- the synthetic class


def _plant(
    rng: np.random.Generator,
    manifest: dict,
    compute: Callable[[int, str | None], dict[str, float]],
    planted: list[str],
    digits: int,
    students: int,
) -> tuple[list[list[str]], dict[tuple[str, str], tuple[str, str]], Counter]:
    """The answers CSV rows and, per (student, question), the expected (verdict, mistake).

    ``compute(variant, mistake)``: every question's value as a student making ``mistake`` (None: none) computes it.
    """
    qids = [q["id"] for q in manifest["questions"]]
    count = len(manifest["variants"])
    rows = [["student", "variant", *qids]]
    expected: dict[tuple[str, str], tuple[str, str]] = {}
    kinds: Counter = Counter()
    for k in range(students):
        student = f"Student {k + 1:03d}"
        vid = k % count + 1
        v = manifest["variants"][vid - 1]
        right = compute(vid, None)
        mistake = planted[k % (len(planted) + 1)] if k % (len(planted) + 1) < len(planted) else None
        theirs = {m: compute(vid, m) for m in planted}
        cells = [student, str(vid) if k % 3 else f"v{vid:03d}"]
        for q in qids:
            key = v["answers"][q]
            answer, tol = Decimal(key["answer"]), Decimal(key["tolerance"])
            assert abs(_places(right[q], digits) - answer) <= tol, (
                f"the test's backprop disagrees with the key: variant {vid} {q}"
            )
            wrong = theirs[mistake][q] if mistake else None
            # which catalogued mistakes share one value (a student's value is diagnosed as the first of them): the only
            # thing read from the manifest's mistakes, never their values (the value is this test's own)
            shared = next((g["mistakes"] for g in key["mistakes"] if mistake in g["mistakes"]), None)
            if wrong is not None and shared and abs(Decimal(repr(float(wrong))) - answer) >= 3 * tol:
                text = str(_places(wrong, digits))
                expected[student, q] = ("wrong", shared[0])
                kinds[f"mistake {mistake}"] += 1
                cells.append(text)
                continue
            plan = rng.choice(["point", "comma", "full", "sci", "blank", "round", "cut", "nonsense"])
            if plan == "point":
                text, verdict = str(_places(right[q], digits)), "correct"
            elif plan == "comma":
                text, verdict = str(_places(right[q], digits)).replace(".", ","), "correct"
            elif plan == "full":
                text, verdict = repr(float(right[q])), "correct"
            elif plan == "sci":
                text, verdict = f"{float(_places(right[q], digits)):.4e}", "correct"
            elif plan == "blank":
                text, verdict = "", "blank"
            elif plan in ("round", "cut"):  # two places fewer, rounded half-up; one place fewer, cut
                d = _places(right[q], digits - 2) if plan == "round" else _places(right[q], digits - 1, ROUND_DOWN)
                text = str(d).replace(".", ",") if k % 2 else str(d)
                # the rounding rule: outside the tolerance, at least two significant digits written (0.006 is a guess)
                verdict = "correct" if abs(d - answer) <= tol else "rounding" if len(d.as_tuple().digits) >= 2 else "wrong"
            else:  # a value no mistake of the catalogue gives (nowhere near the right one)
                text, verdict = str(_places(3 * float(right[q]) + 0.8123, digits)), "wrong"
            kinds[f"{plan} -> {verdict}"] += 1
            expected[student, q] = (verdict, "")
            cells.append(text)
        rows.append(cells)
    return rows, expected, kinds


@pytest.fixture(scope="module")
def graded(keydir: Path, manifest: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("grade")

    def compute(vid: int, mistake: str | None) -> dict[str, float]:
        return dict(zip(POINTS, quantities(manifest["variants"][vid - 1]["numbers"], mistake).values()))

    rows, expected, kinds = _plant(np.random.default_rng(2026), manifest, compute, PLANTED, 5, STUDENTS)
    answers = base / "answers.csv"
    with answers.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    out = base / "out"
    assert cli.main(["grade", str(keydir), str(answers), "-o", str(out)]) == 0
    return {"out": out, "rows": rows, "expected": expected, "kinds": kinds}


# ---------------------------------------------------------------- a second architecture

#: 2-3-1, tanh hidden layer, sigmoid output, biases, mean squared error, 4 decimals, layered notation: test_variants' BIASED
#: half_not_cancelled is a ½SSE/SSE mistake: not one of mean squared error
PLANTED_MSE = ["missing_activation_derivative", "derivative_on_z", "update_sign", "no_learning_rate", "target_sign"]
_ACT = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh}


def backprop(spec: dict, mistake: str | None) -> dict[str, float]:
    """Every ``a``, ``grad_w`` and ``new_w`` (and the loss) of a one-example dense network, keyed by its ask."""
    Ws = [np.array(w, dtype=float) for w in spec["parameters"]["weights"]]
    bs = [np.array(b, dtype=float) for b in spec["parameters"]["biases"]]
    acts, eta = spec["network"]["activations"], spec["training"]["learning_rate"]
    a, zs = [np.array(spec["data"]["inputs"], dtype=float)], []
    for W, b, f in zip(Ws, bs, acts):
        zs.append(W @ a[-1] + b)
        a.append(_ACT[f](zs[-1]))
    t = np.array(spec["data"]["targets"], dtype=float)
    out = {"loss": float(np.mean((t - a[-1]) ** 2))}
    g = 2 * (a[-1] - t) / len(t) * (-1 if mistake == "target_sign" else 1)

    def fprime(l: int) -> np.ndarray:  # 0-based layer l's f′ as the student writes it
        z, y = zs[l], a[l + 1]
        if mistake == "missing_activation_derivative":
            return np.ones_like(z)
        if mistake == "derivative_on_z":
            return z * (1 - z) if acts[l] == "sigmoid" else 1 - z**2
        return y * (1 - y) if acts[l] == "sigmoid" else 1 - y**2

    d = g * fprime(len(Ws) - 1)
    step = {"update_sign": -eta, "no_learning_rate": 1.0}.get(mistake or "", eta)
    for l in range(len(Ws) - 1, -1, -1):
        grad = np.outer(d, a[l])
        for j in range(grad.shape[0]):
            out[f"a[{l + 1}][{j + 1}]"] = float(a[l + 1][j])
            for i in range(grad.shape[1]):
                out[f"grad_w[{l + 1}][{j + 1}][{i + 1}]"] = float(grad[j, i])
                out[f"new_w[{l + 1}][{j + 1}][{i + 1}]"] = float(Ws[l][j, i] - step * grad[j, i])
        if l:
            d = (Ws[l].T @ d) * fprime(l - 1)
    return out


def test_a_second_architecture(tmp_path: Path) -> None:
    """60 students on 10 variants of a 2-3-1 tanh/sigmoid network with biases and MSE: every diagnosis planted."""
    (tmp_path / "biased.yaml").write_text(BIASED, encoding="utf-8")
    key = tmp_path / "key"
    assert (
        cli.main(
            ["variants", str(tmp_path / "biased.yaml"), "--count", "10", "--seed", "3", "--format", "md,json", "-o", str(key)]
        )
        == 0
    )
    manifest = json.loads((key / "biased_manifest.json").read_text(encoding="utf-8"))
    specs = {vid: json.loads((key / f"biased_v{vid:03d}_key.json").read_text(encoding="utf-8"))["spec"] for vid in range(1, 11)}
    asks = {q["id"]: q["ask"] for q in manifest["questions"]}

    def compute(vid: int, mistake: str | None) -> dict[str, float]:
        values = backprop(specs[vid], mistake)
        return {qid: values[ask] for qid, ask in asks.items()}

    rows, expected, kinds = _plant(np.random.default_rng(7), manifest, compute, PLANTED_MSE, 4, 60)
    with (tmp_path / "answers.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    assert cli.main(["grade", str(key), str(tmp_path / "answers.csv"), "-o", str(tmp_path / "out")]) == 0
    got = {(r["student"], r["question"]): (r["verdict"], r["mistake"]) for r in _read_csv(tmp_path / "out" / "diagnoses.csv")}
    assert got == expected
    assert {k.split()[1] for k in kinds if k.startswith("mistake ")} == set(PLANTED_MSE)  # each one planted somewhere
    assert sum(1 for _v, m in got.values() if m) >= 300 and set(m for _v, m in got.values() if m) <= set(CATALOGUE), kinds


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_every_diagnosis_is_the_planted_one(graded: dict) -> None:
    diag = _read_csv(graded["out"] / "diagnoses.csv")
    assert list(diag[0]) == ["student", "variant", "question", "answer", "verdict", "mistake"]
    assert len(diag) == STUDENTS * len(POINTS)
    got = {(r["student"], r["question"]): (r["verdict"], r["mistake"]) for r in diag}
    assert got == graded["expected"]
    verdicts = Counter(v for v, _m in got.values())
    mistakes = Counter(m for _v, m in got.values() if m)
    # the class exercises every verdict and every planted mistake (diagnosed as itself, or as the first of the
    # mistakes that give the same value: target_sign's new weight is update_sign's)
    assert set(verdicts) == {"correct", "rounding", "wrong", "blank"} and verdicts["rounding"] >= 20
    assert {k.split()[1] for k in graded["kinds"] if k.startswith("mistake ")} == set(PLANTED)
    assert set(mistakes) <= set(CATALOGUE) and len(mistakes) >= 4
    assert sum(mistakes.values()) >= 250, graded["kinds"]


def test_grades_and_totals(graded: dict, manifest: dict) -> None:
    grades = _read_csv(graded["out"] / "grades.csv")
    assert list(grades[0]) == ["student", "variant", *POINTS, "total"]
    assert [g["student"] for g in grades] == [r[0] for r in graded["rows"][1:]]
    for g in grades:
        total = 0
        for q, pts in POINTS.items():
            verdict, _m = graded["expected"][g["student"], q]
            want = pts if verdict in ("correct", "rounding") else 0  # rounding: full points by default
            assert Decimal(g[q]) == want, (g["student"], q, verdict)
            total += want
        assert Decimal(g["total"]) == total
        assert int(g["variant"]) == (int(g["student"].split()[1]) - 1) % COUNT + 1
    assert [q["points"] for q in manifest["questions"]] == [str(p) for p in POINTS.values()]


def test_feedback_names_the_mistake_and_the_key_line(graded: dict, keydir: Path) -> None:
    out = graded["out"]
    pages = sorted(p.name for p in (out / "feedback").iterdir())
    assert pages == sorted(f"Student_{k + 1:03d}.md" for k in range(STUDENTS))
    checked = 0
    for (student, q), (_verdict, mistake) in graded["expected"].items():
        if not mistake:
            continue
        page = (out / "feedback" / f"{student.replace(' ', '_')}.md").read_text(encoding="utf-8")
        section = page.split(f"### {q}:", 1)[1].split("\n### ", 1)[0]
        assert CATALOGUE[mistake].explanation in section and f"`{mistake}`" in section
        m = re.search(r"`(exam_seed002_v(\d{3})_key\.md)`, line (\d+)", section)
        assert m, section
        key_lines = (keydir / m[1]).read_text(encoding="utf-8").splitlines()
        line = key_lines[int(m[3]) - 1]
        answer = re.search(r"the right answer is (\S+) \(", section)[1]  # type: ignore[index]
        # the line computes the answer (an equation ending in it), below the key's answers table
        assert re.search(r"=\s*" + re.escape(answer) + r"(?!\d)", line), line
        assert int(m[3]) > next(k for k, ln in enumerate(key_lines) if ln.startswith("| q6 |")) + 1
        checked += 1
    assert checked >= 250


def test_summary_counts_and_chart(graded: dict) -> None:
    out = graded["out"]
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "![How often each mistake was diagnosed](mistakes.svg)" in summary
    counts = Counter(m for _v, m in graded["expected"].values() if m)
    svg = ET.fromstring((out / "mistakes.svg").read_text(encoding="utf-8").split("\n", 1)[1])
    ns = "{http://www.w3.org/2000/svg}"
    titles = [r.find(f"{ns}title").text for r in svg.iter(f"{ns}rect") if r.find(f"{ns}title") is not None]
    bars = {t.rsplit(": ", 1)[0]: int(t.rsplit(": ", 1)[1]) for t in titles}
    unrecognised = sum(1 for v, m in graded["expected"].values() if v == "wrong" and not m)
    assert bars == {**counts, "not recognised": unrecognised}
    for mid, n in counts.items():
        assert re.search(rf"\| `{mid}`: [^|]+ \| {n} \|", summary), mid
    n_correct = sum(1 for (s, q), (v, _m) in graded["expected"].items() if q == "q1" and v == "correct")
    assert f"| q1 | `a[2][1]` | 2 | {n_correct} |" in summary


# ---------------------------------------------------------------- the rules, one by one


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.37463", "0.37463"),
        ("0,37463", "0.37463"),
        (" -0,5 ", "-0.5"),
        ("\u22120.25", "-0.25"),
        ("7.7e-5", "0.000077"),
        ("7,7E-05", "0.000077"),
        ("7.7×10^-5", "0.000077"),
        ("7.7 x 10^{-5}", "0.000077"),
        (".5", "0.5"),
        ("3", "3"),
        ("+2.", "2"),
    ],
)
def test_numbers_with_a_point_or_a_comma(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1,234.5", "abc", "1.2.3", "nan", "inf", "--1", ".", "e5", "0.5 0.6", "1/2"])
def test_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_blank_is_none() -> None:
    assert parse_number("   ") is None


KEY = KeyAnswer(
    "0.37463",
    Decimal("0.37463"),
    Decimal("0.000021"),
    Decimal("0.374609"),
    Decimal("0.374651"),
    (KeyMistake(("update_sign", "target_sign"), Decimal("0.32283"), Decimal("0.322825")),),
)


@pytest.mark.parametrize(
    ("text", "verdict", "mistake"),
    [
        ("0.37463", "correct", ""),
        ("0.374609", "correct", ""),
        ("0.374651", "correct", ""),
        ("0.374608", "rounding", ""),  # just outside the tolerance, within one unit of the key's last place
        ("0.37465", "correct", ""),
        ("0.37460", "rounding", ""),  # the low end of the interval rounded down
        ("0.3746", "rounding", ""),
        ("0.3747", "rounding", ""),
        ("0.375", "rounding", ""),
        ("0.374", "rounding", ""),  # cut to three places
        ("0.38", "rounding", ""),
        ("0.37", "rounding", ""),
        ("0.4", "wrong", ""),  # one significant digit: not a rounding of the answer
        ("0", "wrong", ""),
        ("0.36", "wrong", ""),
        ("-0.37463", "wrong", ""),
        ("0.37466", "rounding", ""),  # the high end of the interval rounded up
        ("0.37467", "wrong", ""),  # at the key's places and more than a unit beyond the interval
        ("0.32283", "wrong", "update_sign"),  # a value two mistakes give: the first id
        ("0.322846", "wrong", "update_sign"),  # within the tolerance of it
        ("0.323", "wrong", "update_sign"),  # the mistake's value, rounded to three places
        ("", "blank", ""),
    ],
)
def test_verdicts(text: str, verdict: str, mistake: str) -> None:
    j = judge(KEY, parse_number(text), Decimal(2))
    assert (j.verdict, j.mistake) == (verdict, mistake)
    assert j.points == (Decimal(2) if verdict in ("correct", "rounding") else 0)


def test_a_mistake_within_its_tolerance_comes_before_rounding() -> None:
    """A mistake value just over two tolerance widths from the answer: a student's value within the tolerance of
    it is that mistake, though it is also within the rounding band of the right answer."""
    close = KeyAnswer(
        "0.37463",
        Decimal("0.37463"),
        Decimal("0.000021"),
        Decimal("0.374609"),
        Decimal("0.374651"),
        (KeyMistake(("derivative_on_activation",), Decimal("0.37468"), Decimal("0.374678")),),
    )
    assert judge(close, Decimal("0.37466"), Decimal(2)).mistake == "derivative_on_activation"
    assert judge(close, Decimal("0.37466"), Decimal(2)).verdict == "wrong"
    assert judge(close, Decimal("0.37461"), Decimal(2)).verdict == "correct"


def test_rounding_credit_is_a_share_of_the_points() -> None:
    assert judge(KEY, Decimal("0.375"), Decimal(3), Decimal("0.5")).points == Decimal("1.5")


def test_student_names_become_safe_unique_file_names() -> None:
    names = ["Anna Lee", "anna_lee", "../../etc/passwd", "CON", "Zoë Ångström", "a/b\\c:d*e?f", "...", "Anna Lee!"]
    got = safe_names(names)
    assert got == {
        "Anna Lee": "Anna_Lee",
        "anna_lee": "anna_lee-2",
        "../../etc/passwd": "etc_passwd",
        "CON": "CON_",
        "Zoë Ångström": "Zoë_Ångström",
        "a/b\\c:d*e?f": "a_b_c_d_e_f",
        "...": "student",
        "Anna Lee!": "Anna_Lee-3",
    }
    assert len({v.lower() for v in got.values()}) == len(names)


# ---------------------------------------------------------------- bad input: exit 2, the line and column named, nothing written


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,0.1,0.2,0.3,0.4,0.5\n", "line 2"),  # a cell short
        ("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,0.1,,,,,\nBob,21,0.1,,,,,\n", "line 3, column 2 (variant)"),
        ("student,variant,q1,q2,q3,q4,q5,q7\nAnn,1,0.1,,,,,\n", "line 1, column 8 (q7)"),
        ("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,0.1,,,,,\nBob,2,,,abc,,,\n", "line 3, column 5 (q3)"),
        ("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,0.1,,,,,\nAnn,2,,,,,,\n", "line 3, column 1 (student)"),
        ('student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,"0,1",,,,,\n"Bob\nSmith",2,,,1.2.3,,,\n', "line 3, column 5 (q3)"),
        ("student,variant,q1,q2,q3,q4,q5\nAnn,1,0.1,,,,\n", "line 1"),  # a question without a column
    ],
)
def test_bad_answers_exit_2_and_write_nothing(
    body: str, where: str, keydir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.csv"
    answers.write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["grade", str(keydir), str(answers), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"answers.csv: {where}:" in err and "nothing was written" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_semicolons_and_codes(keydir: Path, manifest: dict, tmp_path: Path) -> None:
    """A spreadsheet where the comma is the decimal separator saves with semicolons; a variant may be given by its code."""
    v = manifest["variants"][4]
    a = v["answers"]
    line = ";".join([v["code"], *(a[q]["answer"].replace(".", ",") for q in POINTS)])
    (tmp_path / "a.csv").write_text("\ufeffstudent;variant;" + ";".join(POINTS) + "\nEva;" + line + "\n", encoding="utf-8")
    assert cli.main(["grade", str(keydir), str(tmp_path / "a.csv"), "-o", str(tmp_path / "o")]) == 0
    (row,) = _read_csv(tmp_path / "o" / "grades.csv")
    assert row["variant"] == "5" and row["total"] == "13"


def test_never_over_someone_elses_file(keydir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "a.csv"
    answers.write_text("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,,,,,,\nBob,2,,,,,,\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "grades.csv").write_text("my own marks\n", encoding="utf-8")
    assert cli.main(["grade", str(keydir), str(answers), "-o", str(out)]) == 2
    assert "grades.csv: exists and was not written by nnwalk" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["grades.csv"]
    assert cli.main(["grade", str(keydir), str(answers), "-o", str(out), "--force"]) == 0
    first = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert cli.main(["grade", str(keydir), str(answers), "-o", str(out)]) == 0  # its own files: rewritten, same bytes
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == first
    answers.write_text("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,,,,,,\n", encoding="utf-8")
    assert cli.main(["grade", str(keydir), str(answers), "-o", str(out)]) == 0
    assert sorted(p.name for p in (out / "feedback").iterdir()) == ["Ann.md"]  # Bob's page of the earlier run removed


def test_help_describes_the_answers_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["grade", "--help"])
    text = capsys.readouterr().out
    for word in ("student,variant", "grades.csv", "diagnoses.csv", "feedback", "summary.md", "rounding", "--rounding-credit"):
        assert word in text


def test_a_key_without_markdown_and_a_bad_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without the Markdown keys the feedback cannot point at a line and says nothing about it; a folder that is
    not a variants run, or a manifest of an older nnwalk without mistake values, is exit 2 and writes nothing."""
    key = tmp_path / "key"
    assert cli.main(["variants", str(EXAM), "--count", "2", "--seed", "1", "--format", "json", "-o", str(key)]) == 0
    answers = tmp_path / "a.csv"
    answers.write_text("student,variant,q1,q2,q3,q4,q5,q6\nAnn,1,1,1,1,1,1,1\n", encoding="utf-8")
    assert cli.main(["grade", str(key), str(answers), "-o", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "feedback" / "Ann.md").read_text(encoding="utf-8")
    assert page.count("the right answer is") == 6 and "Where the key computes it" not in page
    capsys.readouterr()
    assert cli.main(["grade", str(tmp_path / "nothing"), str(answers), "-o", str(tmp_path / "o2")]) == 2
    assert "no such folder" in capsys.readouterr().err
    old = json.loads((key / "exam_seed002_manifest.json").read_text(encoding="utf-8"))
    for v in old["variants"]:
        for a in v["answers"].values():
            del a["mistakes"]
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "exam_seed002_manifest.json").write_text(json.dumps(old), encoding="utf-8")
    assert cli.main(["grade", str(tmp_path / "old"), str(answers), "-o", str(tmp_path / "o3")]) == 2
    assert "older nnwalk" in capsys.readouterr().err
    renamed = json.loads((key / "exam_seed002_manifest.json").read_text(encoding="utf-8"))
    renamed["variants"][1]["answers"]["q3"]["mistakes"][0]["mistakes"] = ["forgot_sigma_prime"]
    (tmp_path / "old" / "exam_seed002_manifest.json").write_text(json.dumps(renamed), encoding="utf-8")
    assert cli.main(["grade", str(tmp_path / "old"), str(answers), "-o", str(tmp_path / "o3")]) == 2
    assert "variant 2: q3: names the mistake 'forgot_sigma_prime'" in capsys.readouterr().err
    assert not (tmp_path / "o2").exists() and not (tmp_path / "o3").exists()

#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.md, the README "Perceptron Simples - Relatorio
de Treinamento" of github.com/pauloneto342/Atividade-7---Perceptron- (a Brazilian class activity, Portuguese),
kept verbatim (MIT, Copyright (c) 2025 Paulo Neto).

Plain Python 3 (fractions, exact); does not import nnwalk or the generator.

The givens: four students (bias x0 = 1, Estudou x1, Fez Trabalho x2, target y), initial W = [0.0, 0.0, 0.0],
learning rate alpha = 0.1, step activation (Soma > 0 -> 1, Soma <= 0 -> 0), perceptron rule
W_new = W + alpha * (y - h) * x, two epochs in table order.  The page prints, per student: Soma, Saida h(x), Erro,
and on updates the update expression and Novo W; then the status after each epoch and the final weights table.

Judging rule (the corpus's one rule; p a printed number, u one unit in its last digit):
  (a) a line printing p as the result of an expression of numbers printed on it is right only when redoing it from
      those numbers rounds to p;
  (b) a value printed without working, or restated, is right within one unit of the true value;
  (c) a restated wrong value is wrong, propagated.
Here every quantity is exact (sums of tenths), so "within one unit" and "equal" coincide except for the printed
decimals, which are compared as rationals.

Usage:  python3 recompute.py                     (report)
        python3 recompute.py --write-expected    (also writes expected.json)
"""
import json
import pathlib
import re
import sys
from fractions import Fraction as F

DOCFILE = "doc.md"
FORMAT = "md"
SOURCE = ("https://github.com/pauloneto342/Atividade-7---Perceptron-/blob/"
          "1b4007ce9f7f38886cff089a5b3688728e17f7d4/README.md")
LICENSE = ("MIT (LICENSE at the repository root, Copyright (c) 2025 Paulo Neto); doc.md is README.md verbatim "
           "at commit 1b4007ce9f7f38886cff089a5b3688728e17f7d4")

HERE = pathlib.Path(__file__).resolve().parent
DOC = (HERE / DOCFILE).read_text(encoding="utf-8").split("\n")

# ---- givens (read from the document and asserted) ------------------------------------------------------------
STUDENTS = [("Joãozinho", [1, 0, 0], 0), ("Huguinho", [1, 0, 1], 0),
            ("Zezinho", [1, 1, 0], 1), ("Luizinho", [1, 1, 1], 1)]
ALPHA = F(1, 10)
W0 = [F(0), F(0), F(0)]


def find(sub, start=1, stop=None):
    """1-based line number of the first line >= start (and < stop) containing sub; fails loudly."""
    stop = stop or len(DOC) + 1
    for i in range(start, stop):
        if sub in DOC[i - 1]:
            return i
    raise SystemExit("%s: no line containing %r between lines %d and %d" % (DOCFILE, sub, start, stop))


def nums(text):
    return [F(t) for t in re.findall(r"-?\d+(?:\.\d+)?", text)]


# check the givens are what the page says
for name, x, y in STUDENTS:
    L = find("| **%s** |" % name)
    assert nums(DOC[L - 1]) == [F(v) for v in x + [y]], (name, DOC[L - 1])
assert "`[0.0, 0.0, 0.0]`" in DOC[find("Vetor de Pesos Inicial") - 1]
assert "`0.1`" in DOC[find("Taxa de Aprendizado") - 1]
assert "Se Soma > 0" in DOC[find("Se Soma > 0") - 1]


def step(s):
    return 1 if s > 0 else 0


# ---- true computation --------------------------------------------------------------------------------------------
TRUE = []          # (epoch, name, soma, h, err, W_before, W_after)
w = list(W0)
for epoch in (1, 2):
    for name, x, y in STUDENTS:
        s = sum(wi * xi for wi, xi in zip(w, x))
        h = step(s)
        e = y - h
        w_new = [wi + ALPHA * e * xi for wi, xi in zip(w, x)]
        TRUE.append((epoch, name, s, h, e, list(w), list(w_new)))
        w = w_new
    TRUE.append((epoch, "END", None, None, None, None, list(w)))

RESULTS = []       # dicts: line, ok, printed, correct, why


def judge(line, printed_vals, true_vals, what):
    ok = len(printed_vals) == len(true_vals) and all(p == t for p, t in zip(printed_vals, true_vals))
    RESULTS.append({"line": line, "ok": ok, "what": what,
                    "printed": ", ".join(str(float(p)) if p.denominator != 1 else str(p) for p in printed_vals),
                    "correct": ", ".join(str(float(t)) if t.denominator != 1 else str(t) for t in true_vals)})


def vec_in(text):
    m = re.findall(r"\[([^\]]*)\]", text)
    return [[F(t.strip()) for t in v.split(",")] for v in m]


# ---- locate and judge each printed line --------------------------------------------------------------------------
ep_lines = {1: find("ÉPOCA 1"), 2: find("ÉPOCA 2")}
ep_end = {1: ep_lines[2], 2: find("Resultado Final")}
for epoch, name, s, h, e, wb, wa in TRUE:
    a, b = ep_lines[epoch], ep_end[epoch]
    if name == "END":
        L = find("Status Fim da Época %d" % epoch, a, b)
        judge(L, vec_in(DOC[L - 1])[0], wa, "weights at end of epoch %d" % epoch)
        continue
    s_line = find("**Aluno: %s**" % name, a, b)
    nxt = [find("**Aluno: %s**" % n, a, b) for n, _, _ in STUDENTS]
    blk_end = min([n for n in nxt if n > s_line] + [find("Status Fim", a, b)])
    # Soma line: "Soma: $s$ -> Saida h(x): h" (and possibly "(Pois $s > 0$)")
    L = find("Soma:", s_line, blk_end)
    t = DOC[L - 1]
    m = re.search(r"Soma: \$(-?[\d.]+)\$ ➔ Saída \$h\(x\): (\d)\$", t)
    if not m:
        raise SystemExit("unparsed Soma line %d: %r" % (L, t))
    printed = [F(m.group(1)), F(m.group(2))]
    true = [s, F(h)]
    m2 = re.search(r"\(Pois \$(-?[\d.]+) > 0\$\)", t)
    if m2:
        printed.append(F(m2.group(1)))
        true.append(s)
    judge(L, printed, true, "%s epoch %d: Soma = W.x, h = step(Soma)" % (name, epoch))
    # Error line: either "Erro ($y - h$): `e`" or "Esperado: $y$ -> **Erro: e**"
    L = find("Erro", L + 1, blk_end)
    t = DOC[L - 1]
    m = re.search(r"Erro \(\$(-?\d+) - (-?\d+)\$\): `(-?\d+)`", t)
    if m:
        yy, hh, ee = (F(g) for g in m.groups())
        # rule (a): the printed expression must give the printed result, and the operands must be right
        judge(L, [yy, hh, ee, yy - hh], [F(dict((n, yv) for n, _, yv in STUDENTS)[name]), F(h), F(e), F(e)],
              "%s epoch %d: Erro = y - h" % (name, epoch))
    else:
        m = re.search(r"Esperado: \$(-?\d+)\$ ➔ \*\*Erro: (-?\d+)\*\*", t)
        if not m:
            raise SystemExit("unparsed Erro line %d: %r" % (L, t))
        judge(L, [F(m.group(2))], [F(e)], "%s epoch %d: Erro = y - h" % (name, epoch))
    if e != 0:
        L = find("W_{novo} =", L + 1, blk_end)
        t = DOC[L - 1]
        m = re.search(r"\[([^\]]*)\] \+ \((-?[\d.]+) \\times (-?\d+) \\times \[([^\]]*)\]\)", t)
        if not m:
            raise SystemExit("unparsed update line %d: %r" % (L, t))
        wprint = [F(v.strip()) for v in m.group(1).split(",")]
        # restated W before the update, the restated error (lr and x are givens)
        judge(L, wprint + [F(m.group(3))], wb + [F(e)], "%s epoch %d: update W + alpha*e*x (restated W, e)"
              % (name, epoch))
        assert F(m.group(2)) == ALPHA and [F(v.strip()) for v in m.group(4).split(",")] == \
            [F(v) for v in dict((n, xv) for n, xv, _ in STUDENTS)[name]]
        L = find("Novo $W$:", L + 1, blk_end)
        judge(L, vec_in(DOC[L - 1])[-1], wa, "%s epoch %d: Novo W = W + 0.1*e*x" % (name, epoch))

# final table restates the weights after epoch 2
final_w = TRUE[-1][6]
for label, idx in (("Bias ($\\theta_0$)", 0), ("Peso Estudou ($\\theta_1$)", 1), ("Peso Trabalho ($\\theta_2$)", 2)):
    L = find("**%s**" % label, ep_end[2])
    m = re.search(r"\| \*\*(-?[\d.]+)\*\* \|", DOC[L - 1])
    judge(L, [F(m.group(1))], [final_w[idx]], "final table: %s restates W after epoch 2" % label)

# ---- report ------------------------------------------------------------------------------------------------------
lines = sorted({r["line"] for r in RESULTS})
assert len(lines) == len(RESULTS), "a line judged twice"
wrong = [r for r in RESULTS if not r["ok"]]
right = [r["line"] for r in RESULTS if r["ok"]]
for r in sorted(RESULTS, key=lambda r: r["line"]):
    print("%4d %-5s printed [%s] true [%s]  %s" % (r["line"], "ok" if r["ok"] else "WRONG", r["printed"],
                                                   r["correct"], r["what"]))
print("wrong lines: %d, right lines: %d" % (len(wrong), len(right)))

if "--write-expected" in sys.argv:
    out = {
        "file": DOCFILE,
        "format": FORMAT,
        "source": SOURCE,
        "license": LICENSE,
        "wrong": [{"line": r["line"], "page": None, "printed": r["printed"], "correct": r["correct"],
                   "kind": "first", "why": r["what"]} for r in wrong],
        "right": sorted(right),
        "notes": ("Perceptron with step activation (Soma > 0 -> 1), W0 = [0, 0, 0], alpha = 0.1, two epochs over "
                  "Joaozinho [1,0,0]->0, Huguinho [1,0,1]->0, Zezinho [1,1,0]->1, Luizinho [1,1,1]->1. Recomputed "
                  "exactly: epoch 1 sums 0, 0, 0, 0.2 (only Zezinho updates: W = [0.1, 0.1, 0.0]); epoch 2 sums "
                  "0.1 (Joaozinho misclassified, W = [0.0, 0.1, 0.0]), 0, 0.1, 0.1. Every printed Soma, Saida, "
                  "Erro (including the printed 'y - h' differences), restated update operands, Novo W, end-of-epoch "
                  "status and final-table weight agrees with the exact values: a clean document (false-alarm test). "
                  "Lines with givens only (the data table, initial W, alpha, the 'Entrada' lists) are in neither "
                  "list; the phrase 'Apos 2 ciclos' (line 93) is a count, not a computed number. The closing claim that "
                  "the weights 'convergirao' is prose, not judged; it is in fact true: a third epoch with "
                  "W = [0.0, 0.1, 0.0] gives sums 0, 0, 0.1, 0.1 and no update."),
    }
    (HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote expected.json")

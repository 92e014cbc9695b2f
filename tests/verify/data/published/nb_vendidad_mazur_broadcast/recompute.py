#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements without comments + printed output) of
vendidad/DS-repo 'Backpropagation - Consolidated Script.ipynb': Matt Mazur's
2-2-2 sigmoid example (inputs 0.05 0.10, targets 0.01 0.99, learning rate 0.5,
biases fixed) trained for 10000 steps by a function-based numpy script that
prints only the final weights, output and error.  Plain Python: json, re, math,
decimal, fractions.  Run:  python3 recompute.py [--write-expected]

The givens are exact literals, so the correct training run is recomputed in
float64 (10000 steps of plain gradient descent on E = 1/2 sum (y - a2)^2, the
hidden deltas taken with the weights before the step, as in Mazur's walkthrough).
A printed 4-decimal number is right when it is within one unit of its last
printed digit of the correctly rounded true value; the full-precision error is
right when it agrees to a relative 1e-9 (float64 noise over 10000 steps).
"""
import json, re, os, sys, math
# ---- notebook line locator (self-contained, stdlib json/re only) ----
import json, re

def _enc(s):
    return [json.dumps(s), json.dumps(s, ensure_ascii=False)]

class NB:
    def __init__(self, path):
        self.raw = open(path, encoding='utf-8').read()
        self.lines = self.raw.split('\n')
        self.nb = json.loads(self.raw)
        self.starts = [i for i, l in enumerate(self.lines) if re.match(r'^\s*"cell_type": "', l)]
        assert len(self.starts) == len(self.nb['cells']), 'cell count mismatch'

    def _range(self, cell):
        a = self.starts[cell] - 3 if cell > 0 else 0
        # include keys that sort before cell_type (attachments) conservatively
        a = max(a, self.starts[cell - 1] + 1 if cell > 0 else 0)
        b = self.starts[cell + 1] if cell + 1 < len(self.starts) else len(self.lines)
        return a, b

    def field(self, cell, where, out=0, mime=None):
        c = self.nb['cells'][cell]
        if where == 'source':
            key, val = 'source', c['source']
        else:
            o = c['outputs'][out]
            if 'text' in o:
                key, val = 'text', o['text']
            else:
                key = mime or 'text/plain'
                val = o['data'][key]
        return key, val

    def text(self, cell, where, out=0, mime=None):
        key, val = self.field(cell, where, out, mime)
        return ''.join(val) if isinstance(val, list) else val

    def cell_lines(self, cell, where, out=0, mime=None):
        return self.text(cell, where, out, mime).split('\n')

    def raw_line(self, cell, where, cell_line, out=0, mime=None):
        """1-based raw file line of the JSON string holding 1-based line cell_line."""
        key, val = self.field(cell, where, out, mime)
        a, b = self._range(cell)
        if isinstance(val, str):
            for i in range(a, b):
                if self.lines[i].strip().startswith(json.dumps(key) + ': ') and any(e in self.lines[i] for e in _enc(val)):
                    return i + 1
            raise KeyError((cell, where, out))
        for i in range(a, b):
            if not re.match(r'^\s*' + re.escape(json.dumps(key)) + r': \[\s*$', self.lines[i]):
                continue
            ok = True
            for k, s in enumerate(val):
                l = self.lines[i + 1 + k].strip()
                l2 = l[:-1] if l.endswith(',') else l
                if l2 not in _enc(s):
                    ok = False
                    break
            if not ok:
                continue
            text = ''.join(val)
            offs = [0]
            for m in re.finditer('\n', text):
                offs.append(m.end())
            pos = offs[cell_line - 1]
            acc = 0
            for k, s in enumerate(val):
                if acc <= pos < acc + len(s):
                    return i + 2 + k
                acc += len(s)
            raise KeyError((cell, where, out, cell_line))
        raise KeyError((cell, where, out, 'list not found'))

    def find(self, cell, where, pattern, occurrence=1, out=0, mime=None):
        """cell_line (1-based) of the occurrence-th line containing pattern."""
        k = 0
        for j, l in enumerate(self.cell_lines(cell, where, out, mime), 1):
            if pattern in l:
                k += 1
                if k == occurrence:
                    return j
        raise KeyError((cell, where, pattern))
# ---- end locator ----
# ---- judging helpers (stdlib only) ----
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN
from fractions import Fraction
import math

def decimals_of(p):
    p = p.strip().lower()
    if 'e' in p:
        mant, ex = p.split('e')
        d = len(mant.split('.')[1]) if '.' in mant else 0
        return d - int(ex)
    return len(p.split('.')[1]) if '.' in p else 0

def to_dec(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, Fraction):
        from decimal import localcontext
        with localcontext() as ctx:
            ctx.prec = 50
            return Decimal(v.numerator) / Decimal(v.denominator)
    return Decimal(repr(float(v)))

def rounded(exact, d):
    q = Decimal(1).scaleb(-d)
    e = to_dec(exact)
    return {e.quantize(q, ROUND_HALF_UP), e.quantize(q, ROUND_HALF_EVEN)}

def ok_rounded(printed, exact, slack=0):
    """printed equals exact rounded to its own decimals (+- slack units)."""
    d = decimals_of(printed)
    p = Decimal(printed.strip())
    unit = Decimal(1).scaleb(-d)
    return any(abs(p - r) <= slack * unit for r in rounded(exact, d))

def ok_full(printed, exact, rel=1e-9):
    p = float(printed)
    if exact == 0:
        return abs(p) <= 1e-12
    return abs(p - exact) <= rel * abs(exact)

def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))
# ---- end judging helpers ----
# ---- report / expected.json writer ----
import sys, os

def finish(doc, results, meta):
    """results: list of dicts with cell, where, mime, cell_line, printed, correct, ok, kind, why."""
    wrong, right = [], []
    for r in results:
        line = doc.raw_line(r['cell'], r['where'], r['cell_line'], out=r.get('out', 0), mime=r.get('mime'))
        r['line'] = line
        status = 'RIGHT' if r['ok'] else ('WRONG(%s)' % r['kind'])
        print('%-16s line %5d  cell %3d  cell_line %3d  printed %-28s correct %s%s' % (
            status, line, r['cell'], r['cell_line'], r['printed'], r['correct'],
            ('' if r['ok'] else '   <- ' + r['why'])))
    # merge per raw line: a line is wrong if any number on it is wrong
    by_line = {}
    for r in results:
        by_line.setdefault(r['line'], []).append(r)
    for line in sorted(by_line):
        rs = by_line[line]
        bad = [r for r in rs if not r['ok']]
        if bad:
            kinds = {r['kind'] for r in bad}
            kind = 'first' if 'first' in kinds else 'propagated'
            wrong.append({'line': line, 'cell': rs[0]['cell'], 'cell_line': rs[0]['cell_line'],
                          'printed': ', '.join(r['printed'] for r in bad),
                          'correct': ', '.join(r['correct'] for r in bad),
                          'kind': kind, 'why': ' / '.join(dict.fromkeys(r['why'] for r in bad))})
        else:
            right.append({'line': line, 'cell': rs[0]['cell'], 'cell_line': rs[0]['cell_line']})
    nf = sum(1 for w in wrong if w['kind'] == 'first')
    print('\nSUMMARY: %d wrong lines (%d first, %d propagated), %d right lines' % (len(wrong), nf, len(wrong) - nf, len(right)))
    if '--write-expected' in sys.argv:
        exp = dict(meta)
        exp['wrong'] = wrong
        exp['right'] = right
        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'expected.json')
        with open(out, 'w') as fh:
            json.dump(exp, fh, indent=1)
            fh.write('\n')
        print('wrote', out)
# ---- end report ----
SOURCE = "https://github.com/vendidad/DS-repo/blob/2ff1a42ae86f3f7ef82754166343cc088851a31c/Backpropagation%20-%20Consolidated%20Script.ipynb"
LICENSE = "none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements (comments dropped) and printed output only"
NOTES = ("Author: GitHub user vendidad (commits signed Vendidad), 2018; the notebook implements Matt Mazur's 'A Step by Step "
         "Backpropagation Example' (2-2-2 sigmoid network, W1 = [[0.15,0.20],[0.25,0.30]], b1 = 0.35, W2 = [[0.40,0.45],"
         "[0.50,0.55]], b2 = 0.60, x = (0.05, 0.10), y = (0.01, 0.99), learning rate 0.5, biases not trained) with functions "
         "initialize / forward_pass / back_propagation / main and a loop of 10000 steps; one print() after the loop "
         "(np.set_printoptions(precision=4): the matrices at 4 decimals, the error in full). Weight convention: Z1 = X . W1^T, "
         "so W[j][i] is the weight from unit i into unit j. Givens (neither list): the literals and the 'Desired output' line. "
         "Author errors (first): back_propagation builds the gradients with element-wise products instead of outer products "
         "and sums - dEdW2 = (A2-Y)*A2*(1-A2)*A1 is a 1x2 row (delta_j * a1_j) subtracted from both entries of row j of W2 "
         "(the correct gradient is delta_j * a1_k), and dEdW1 = (A2-Y)*A2*(1-A2)*W2.T*A1*(1-A1)*X broadcasts to a 2x2 matrix "
         "without the sum over the output units - and the hidden deltas use W2 after its update. The printed W1, W2, output "
         "and error are what that code produces (the recomputation reproduces them: W1 rows 0.3061 0.3517 / 0.4129 0.4677, W2 "
         "rows -3.9426 -3.8926 / 2.8963 2.9463, output 0.0162 0.9839, error 3.7923e-05), not what 10000 steps of gradient "
         "descent give: W1 rows 0.3785 0.6570 / 0.4773 0.7546, W2 rows -3.8930 -3.8684 / 2.8618 2.9257, output 0.0159142 "
         "0.9840637, error 3.5108548e-05. All 6 printed lines with computed numbers are wrong; there is no right line. Telltale: each printed "
         "W2 row keeps the 0.05 gap of its start values (0.40/0.45, 0.50/0.55) because both entries of a row got the same "
         "update. 'correct' follows plain gradient descent with the notebook's own setup.")
# ---- independent recomputation (exact givens, float64, plain Python) ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')

X = [0.05, 0.10]
Y = [0.01, 0.99]
W1_0 = [[0.15, 0.20], [0.25, 0.30]]     # W1[j][i]: input i -> hidden j  (Z1 = X . W1^T)
W2_0 = [[0.40, 0.45], [0.50, 0.55]]     # W2[k][j]: hidden j -> output k
b1, b2, lr, STEPS = 0.35, 0.60, 0.5, 10000

def forward(W1, W2):
    a1 = [sigmoid(sum(W1[j][i] * X[i] for i in range(2)) + b1) for j in range(2)]
    a2 = [sigmoid(sum(W2[k][j] * a1[j] for j in range(2)) + b2) for k in range(2)]
    E = sum(0.5 * (Y[k] - a2[k]) ** 2 for k in range(2))
    return a1, a2, E

def train_correct():
    W1 = [r[:] for r in W1_0]; W2 = [r[:] for r in W2_0]
    for _ in range(STEPS):
        a1, a2, E = forward(W1, W2)
        d2 = [(a2[k] - Y[k]) * a2[k] * (1 - a2[k]) for k in range(2)]
        d1 = [sum(d2[k] * W2[k][j] for k in range(2)) * a1[j] * (1 - a1[j]) for j in range(2)]   # W2 before the step
        W2 = [[W2[k][j] - lr * d2[k] * a1[j] for j in range(2)] for k in range(2)]
        W1 = [[W1[j][i] - lr * d1[j] * X[i] for i in range(2)] for j in range(2)]
    return W1, W2, a2, E

def train_notebook():
    """the notebook's own back_propagation, written out element by element (for the 'why' text only)"""
    W1 = [r[:] for r in W1_0]; W2 = [r[:] for r in W2_0]
    for _ in range(STEPS):
        a1, a2, E = forward(W1, W2)
        g = [(a2[k] - Y[k]) * a2[k] * (1 - a2[k]) for k in range(2)]
        dEdW2 = [g[c] * a1[c] for c in range(2)]                          # 1x2 row
        W2 = [[W2[r][c] - 0.5 * dEdW2[r] for c in range(2)] for r in range(2)]   # W2 - 0.5*dEdW2.T (column broadcast)
        # dEdW1[r][c] = g[c] * W2.T[r][c] * a1[c](1-a1[c]) * X[c]  (2x2 by broadcasting), W1 - 0.5*dEdW1.T
        dEdW1 = [[g[c] * W2[c][r] * a1[c] * (1 - a1[c]) * X[c] for c in range(2)] for r in range(2)]
        W1 = [[W1[r][c] - 0.5 * dEdW1[c][r] for c in range(2)] for r in range(2)]
    return W1, W2, a2, E

W1, W2, A2, E = train_correct()
nW1, nW2, nA2, nE = train_notebook()

cell = next(i for i, c in enumerate(doc.nb['cells']) if c['cell_type'] == 'code' and 'def back_propagation' in ''.join(c['source']))
out = doc.cell_lines(cell, 'out')

def judge(label, name, trues, owns, full=False):
    j = doc.find(cell, 'out', label)
    toks = NUM.findall(out[j - 1])
    assert len(toks) == len(trues), (label, toks)
    for t, v, o in zip(toks, trues, owns):
        ok = ok_full(t, v, rel=1e-9) if full else ok_rounded(t, v, slack=1)
        own_ok = ok_full(t, o, rel=1e-9) if full else ok_rounded(t, o, slack=0)
        why = ('%s after 10000 steps of gradient descent is %.10g; the printed value %s what the notebook\'s element-wise '
               'back_propagation gives (%.10g)' % (name, v, 'is' if own_ok else 'is NOT', o))
        R.append(dict(cell=cell, where='out', cell_line=j, printed=t, correct='%.10g' % v,
                      ok=ok, why='' if ok else why, kind='first'))

judge('W1 = ', 'W1 row 1', W1[0], nW1[0])
judge(' [0.4129', 'W1 row 2', W1[1], nW1[1])
judge(' W2 = ', 'W2 row 1', W2[0], nW2[0])
judge(' [ 2.8963', 'W2 row 2', W2[1], nW2[1])
judge(' Output = ', 'the output (last forward pass)', A2, nA2)
judge(' Error = ', 'the error (last forward pass)', [E], [nE], full=True)

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, the notebook
luiscunhacsc/udemy-ai-en part1a_foundations/part1a_example01_backprop_with_loss_history.ipynb
(MIT, stored byte for byte): a 3-3-2 sigmoid network without biases, fixed initial weights, one
training pair, lr = 0.1, 1000 full-batch (= single-sample) gradient steps; the notebook prints the
final weights of both layers and the output of the last forward pass.
Plain Python + numpy (float64).  Run:  python3 recompute.py [--write-expected]

The network is the notebook's forward pass:  h = sigmoid(x W_h),  o = sigmoid(h W_o^T)
(W_h[i, j] connects input i to hidden unit j; W_o[k, j] connects hidden unit j to output k).
The correct numbers are those of backpropagation for E = 1/2 sum (t - o)^2 (the delta rule the notebook
writes: delta_o = (t - o) o (1 - o), delta_h = (delta_o W_o) h (1 - h)), with the notebook's own loop:
    W_o += lr delta_o^T h,   W_h += lr x^T delta_h            (x^T delta_h has [i, j] = x_i delta_h_j).
The notebook adds lr delta_h^T x instead, i.e. the transpose ([j, i] = delta_h_j x_i) of the gradient of
W_h: W_h is square (3x3), so the shapes agree and the error is silent.  Rerun with that transposed update
the notebook's own code reproduces every printed number (checked below), so the printed numbers are not
stale - they are the numbers of a wrong gradient.  The givens are exact, so every judged number is
recomputed in float64 and is right if within one unit of its last printed digit of the true value
(numpy prints 8 decimals and drops trailing zeros).
"""
import os, sys, math
import numpy as np
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
SOURCE = ("https://github.com/luiscunhacsc/udemy-ai-en/blob/765473137a89c12002c67b75e79caa46460a2e10/"
          "part1a_foundations/part1a_example01_backprop_with_loss_history.ipynb")
LICENSE = ("MIT (LICENSE at the repository root, 'Copyright (c) 2024 Luís Simões-Cunha'); doc.ipynb is the notebook "
           "byte for byte as published")
NOTES = (
    "Author: Luís Simões-Cunha (GitHub luiscunhacsc), example 1 of part 1a of his Udemy course 'Modern Artificial Intelligence' (English "
    "version, 2024). A 3-3-2 sigmoid network without biases (inputs 0.5, 0.9, -0.3; targets 0.9, 0.3; W_h = "
    "[[1,-2,2],[2,1,-4],[1,-1,0]], W_o = [[-3,1,-3],[0,1,2]]; lr = 0.1) is trained for 1000 steps on the one "
    "pair; the notebook prints the final W_h (3 rows), the final W_o (2 rows), the targets again (given, neither "
    "list) and the output of the last forward pass (taken before the last update). The forward pass computes "
    "x W_h (W_h[i, j]: input i -> hidden j) but the update adds lr delta_h^T x, the transpose of the gradient "
    "x^T delta_h (W_h is square, so numpy raises nothing). Rerun, the notebook's code reproduces every printed "
    "number (within 1e-8), so the numbers are those of the transposed gradient. With the correct update the final "
    "W_h is [[0.71526255, -1.47186413, 1.7180712], [1.48747259, 1.95064456, -4.50747185], [1.17084247, "
    "-1.31688152, 0.16915728]], W_o = [[-0.453655915, 3.02424101, -2.84795885], [-1.22218555, 0.0694614, "
    "1.92348822]] and the last output [0.87721113, 0.30116066]: all six printed lines are wrong, the first W_h row "
    "'first' and the rest 'propagated' (the output layer's weights and the output go wrong through the hidden "
    "activations). The loss history is only plotted (a PNG), so no loss value is judged."
)
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')

X = np.array([[0.5, 0.9, -0.3]])
T = np.array([[0.9, 0.3]])
WH0 = np.array([[1.0, -2.0, 2.0], [2.0, 1.0, -4.0], [1.0, -1.0, 0.0]])
WO0 = np.array([[-3.0, 1.0, -3.0], [0.0, 1.0, 2.0]])
LR, EPOCHS = 0.1, 1000


def sg(v):
    return 1.0 / (1.0 + np.exp(-v))


def train(transposed):
    wh, wo = WH0.copy(), WO0.copy()
    o = None
    for _ in range(EPOCHS):
        h = sg(X @ wh)
        o = sg(h @ wo.T)
        do = (T - o) * o * (1 - o)                  # -dE/dnet_o for E = 1/2 sum (t - o)^2
        dh = (do @ wo) * h * (1 - h)                # -dE/dnet_h (W_o before its update)
        wo = wo + LR * (do.T @ h)
        if transposed:                              # the notebook: lr * delta_h^T x  ([j, i])
            wh = wh + LR * (dh.T @ X)
        else:                                       # gradient of W_h[i, j]: x_i delta_h_j
            wh = wh + LR * (X.T @ dh)
    return wh, wo, o


true_wh, true_wo, true_o = train(False)
own_wh, own_wo, own_o = train(True)


def code_cell(start):
    hits = [i for i, c in enumerate(doc.nb['cells']) if c['cell_type'] == 'code' and ''.join(c['source']).startswith(start)]
    assert len(hits) == 1, (start, hits)
    return hits[0]


cell = code_cell('# Print final results')
lines = doc.cell_lines(cell, 'out')
WHY = ('the update adds lr * delta_h^T x, the transpose of the gradient x^T delta_h of W_h (W_h[i, j] links input i '
       'to hidden unit j in the forward pass x W_h); the printed value is the notebook\'s own transposed update')
items = []                                          # (cell_line, token, true, own)
j = lines.index('Final weights of the hidden layer: ')
for r in range(3):
    toks = NUM.findall(lines[j + 1 + r])
    assert len(toks) == 3, lines[j + 1 + r]
    items += [(j + 2 + r, t, true_wh[r, c], own_wh[r, c]) for c, t in enumerate(toks)]
j = lines.index('Final weights of the output layer: ')
for r in range(2):
    toks = NUM.findall(lines[j + 1 + r])
    assert len(toks) == 3, lines[j + 1 + r]
    items += [(j + 2 + r, t, true_wo[r, c], own_wo[r, c]) for c, t in enumerate(toks)]
j = [k for k, l in enumerate(lines) if l.startswith('Obtained final values (output): ')]
assert len(j) == 1
toks = NUM.findall(lines[j[0]].split(':', 1)[1])
assert len(toks) == 2
items += [(j[0] + 1, t, true_o[0, c], own_o[0, c]) for c, t in enumerate(toks)]

R = []
seen_wrong = False
for cl, t, v, ov in items:
    assert ok_rounded(t, ov, slack=1), (cl, t, ov)      # the notebook's own (transposed) update reproduces it
    good = ok_rounded(t, v, slack=1)
    kind = 'first' if not good and not seen_wrong else 'propagated'
    seen_wrong = seen_wrong or not good
    R.append(dict(cell=cell, where='out', cell_line=cl, printed=t, correct='%.8f' % v, ok=good,
                  why='' if good else WHY, kind=kind))

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

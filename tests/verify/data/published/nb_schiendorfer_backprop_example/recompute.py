#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements + printed outputs) of Alexander-Schiendorfer/
Alexander-Schiendorfer.github.io notebooks/backprop-example.ipynb: one backward pass of
a 2-2-2 sigmoid network with squared-error loss, done by hand, with a small autodiff
tape, with PyTorch (float32 and float64) and vectorized in numpy, then one gradient step
on two instances and 200 epochs of full-batch gradient descent.
Plain Python: json, re, math, decimal (60 digits), fractions.  Run:
    python3 recompute.py [--write-expected]

Judging: a printed float with 12 or more significant digits (a float repr) is right
when it is within 1e-9 relative of the exact value (float64 carries about 16 digits,
and 1 - sigmoid(16) loses 7 of them); any shorter number (numpy's 8-decimal arrays,
torch's 4-digit tensors) is right when it is within one unit of its last printed
digit of the correctly rounded exact value.
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
SOURCE = ("https://github.com/Alexander-Schiendorfer/Alexander-Schiendorfer.github.io/blob/"
          "d5faa22c327836a23030bc7b5e492822538267f1/notebooks/backprop-example.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository) -> reconstructed notebook: the original's code cells "
           "and their printed outputs only, headings ours, prose and figures left out")
NOTES = (
    "Author: Alexander Schiendorfer (notebook accompanying his post 'A worked example of backpropagation', "
    "2020; last changed 2020-12-01 in 408079e955851db0d4f272eb2dcd0d9f70cc2f8d). Network: x = (3, 1), "
    "W = [[6, -3], [-2, 5]] (w11, w12 / w21, w22; h_j = sigmoid(sum_i x_i w_ij)), V = [[1, -2], [0.25, 2]], no "
    "biases, sigmoid hidden and output units, loss L = sum (y - t)^2 with t = (1, 0); a second instance "
    "x = (-1, 4), t = (0, 1) is used for one summed gradient step with alpha = 0.5, and then 200 epochs of "
    "full-batch gradient descent. Printed numbers: float reprs from print() (judged at 1e-9 relative), numpy "
    "8-decimal arrays and torch 4-digit tensors (judged at one unit of the last digit). Every hand, tape, "
    "float64 and numpy number is right (the float64 gradients of the saturated unit, about -1.78e-08, carry a "
    "relative error of 2e-10 from 1 - sigmoid(16) and pass). Wrong: the PyTorch cell run in the default float32 "
    "prints w11.grad = -5.6607e-08 and w21.grad = -1.8869e-08 (exact -5.3438e-08 and -1.7813e-08, 6 % off): in "
    "float32 sigmoid(16) = 0.99999988 leaves 1 - h1 = 1.19e-07 instead of 1.1254e-07; the author then repeats "
    "the cell in float64 ('with higher precision'), which is right. The two float32 lines are first errors with "
    "nothing downstream; the same lines' other tensors (0.0014, 0.0005) are right. Givens (neither list): the "
    "weights and inputs in code. The autodiff-tape cells are kept (their class definitions are code the "
    "printed framework gradients depend on)."
)
# ---- independent recomputation (exact, Decimal) ----
from decimal import getcontext
getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')
D = Decimal


def dsig(z):
    return 1 / (1 + (-D(z)).exp())


def sig_digits(tok):
    m = tok.lower().lstrip('-').split('e')[0].replace('.', '').lstrip('0')
    return len(m)


def ok(tok, exact):
    if sig_digits(tok) >= 12:
        e = D(exact)
        return abs(D(tok) - e) <= D('1e-9') * abs(e) if e != 0 else abs(D(tok)) < D('1e-30')
    return ok_rounded(tok, exact, slack=1)


def forward(x, W, V):
    hin = [sum(x[i] * W[i][j] for i in range(2)) for j in range(2)]
    h = [dsig(v) for v in hin]
    yin = [sum(h[i] * V[i][j] for i in range(2)) for j in range(2)]
    y = [dsig(v) for v in yin]
    return hin, h, yin, y


def backward(x, t, W, V):
    hin, h, yin, y = forward(x, W, V)
    e = [y[j] - t[j] for j in range(2)]
    L = sum(v * v for v in e)
    gy = [2 * v for v in e]
    gyin = [y[j] * (1 - y[j]) * gy[j] for j in range(2)]
    gV = [[h[i] * gyin[j] for j in range(2)] for i in range(2)]
    gh = [sum(gyin[j] * V[i][j] for j in range(2)) for i in range(2)]
    ghin = [h[i] * (1 - h[i]) * gh[i] for i in range(2)]
    gW = [[x[i] * ghin[j] for j in range(2)] for i in range(2)]
    gx = [sum(ghin[j] * W[i][j] for j in range(2)) for i in range(2)]
    return dict(hin=hin, h=h, yin=yin, y=y, e=e, L=L, gy=gy, gyin=gyin, gV=gV, gh=gh, ghin=ghin, gW=gW, gx=gx)


X1, T1 = [D(3), D(1)], [D(1), D(0)]
X2, T2 = [D(-1), D(4)], [D(0), D(1)]
W0 = [[D(6), D(-3)], [D(-2), D(5)]]
V0 = [[D(1), D(-2)], [D('0.25'), D(2)]]
a = backward(X1, T1, W0, V0)
b = backward(X2, T2, W0, V0)
alpha = D('0.5')
W1 = [[W0[i][j] - alpha * (a['gW'][i][j] + b['gW'][i][j]) for j in range(2)] for i in range(2)]
V1 = [[V0[i][j] - alpha * (a['gV'][i][j] + b['gV'][i][j]) for j in range(2)] for i in range(2)]
a1 = backward(X1, T1, W1, V1)
b1 = backward(X2, T2, W1, V1)
W, V = W1, V1
for _ in range(200):
    p, q = backward(X1, T1, W, V), backward(X2, T2, W, V)
    W = [[W[i][j] - alpha * (p['gW'][i][j] + q['gW'][i][j]) for j in range(2)] for i in range(2)]
    V = [[V[i][j] - alpha * (p['gV'][i][j] + q['gV'][i][j]) for j in range(2)] for i in range(2)]
y200_1 = forward(X1, W, V)[3]
y200_2 = forward(X2, W, V)[3]

FLOAT32 = ('in the default float32 the gradient of the saturated hidden unit loses its digits: sigmoid(16) = '
           '0.99999988 in float32, so 1 - h1 = 1.1921e-07 instead of 1.1254e-07 and the printed gradient is 6 % '
           'too large in magnitude (the float64 rerun prints the right value)')


def judge(cell, plan, why=''):
    """plan: {cell_line: [exact values in the order the numbers appear]} (lines not listed must carry none)."""
    lines = doc.cell_lines(cell, 'out')
    for j, l in enumerate(lines, 1):
        toks = NUM.findall(l)
        vals = plan.get(j, [])
        assert len(toks) == len(vals), (cell, j, l, len(vals))
        for t, v in zip(toks, vals):
            good = ok(t, v)
            R.append(dict(cell=cell, where='out', cell_line=j, printed=t, correct='%.10g' % v, ok=good,
                          why='' if good else (why or 'differs from the exact value'), kind='first'))


def code_cell(start):
    hits = [i for i, c in enumerate(doc.nb['cells']) if c['cell_type'] == 'code' and ''.join(c['source']).startswith(start)]
    assert len(hits) == 1, (start, hits)
    return hits[0]


def flat(m):
    return [v for row in m for v in row]


judge(code_cell('x1, x2 = 3., 1.'), {1: a['hin'], 2: a['h'], 4: a['yin'], 5: a['y']})
judge(code_cell('t1, t2 = 1., 0.'), {1: a['e'], 2: a['gy']})
judge(code_cell('# backprop through sigmoid, simply multiply by sigmoid(z) * (1-sigmoid(z))\ngrad_y1_in'), {1: a['gyin']})
judge(code_cell('grad_v21 = '), {1: [a['gV'][1][0], a['gV'][1][1]], 2: [a['gV'][0][0], a['gV'][0][1]]})
judge(code_cell('grad_h1_out = '), {1: a['gh']})
judge(code_cell('# backprop through sigmoid, simply multiply by sigmoid(z) * (1-sigmoid(z))\ngrad_h1_in'),
      {1: a['ghin'], 3: a['gW'][1], 4: a['gW'][0], 5: a['gx']})
manual = {2: a['gW'][0], 3: a['gW'][1], 6: a['gW'][0], 7: a['gW'][1]}
judge(code_cell('# now we can just play it backwards'), manual)
cells_torch = [i for i, c in enumerate(doc.nb['cells']) if c['cell_type'] == 'code' and ''.join(c['source']).startswith('l.backward()')]
assert len(cells_torch) == 2
judge(cells_torch[0], manual, why=FLOAT32)
judge(cells_torch[1], manual)
judge(code_cell('# first, the training data'), {1: a['y']})
judge(code_cell('# now for the loss function'), {1: [a['L']]})
judge(code_cell('grad_Y = 2*E'), {1: a['gyin']})
judge(code_cell('grad_V = np.dot(H.T, grad_Y_in)'), {1: a['gV'][0], 2: a['gV'][1]})
judge(code_cell('grad_H = np.dot(grad_Y_in, V.T)'), {1: a['gh']})
judge(code_cell('# now on to the hidden layer'), {1: a['gW'][0], 2: a['gW'][1]})
judge(code_cell('net = NeuralNetwork()\nnet.W = W\n'), {1: a['gW'][0], 2: a['gW'][1], 3: a['gV'][0], 4: a['gV'][1]})
judge(code_cell('# update weights'), {1: W1[0], 2: W1[1], 3: V1[0], 4: V1[1]})
judge(code_cell('X = np.array( [[3., 1. ]])\nT = np.array( [[1., 0. ]])\ny = net.forward(X)'),
      {1: a1['y'], 2: [a['L']], 3: [a1['L']]})
judge(code_cell('X = np.array( [[-1., 4. ]])\nT = np.array( [[0., 1. ]])\ny = net.forward(X)'),
      {1: b1['y'], 2: [b['L']], 3: [b1['L']]})
judge(code_cell('# vanishing gradients'), {1: a['gW'][0], 2: a['gW'][1]})
judge(code_cell('print(init_loss_1+init_loss_2)'), {1: [a['L'] + b['L']], 2: [a1['L'] + b1['L']]})
judge(code_cell('# iterate for 200 epochs'), {1: y200_1, 2: y200_2})
judge(code_cell('print(net.W)\nprint(net.V)'), {1: W[0], 2: W[1], 3: V[0], 4: V[1]})

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

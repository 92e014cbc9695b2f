#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a reconstruction
(code statements without comments + printed output) of Divyakeerthi12/Backpropagation
Backpropagation.ipynb: Jason Brownlee's "backpropagation from scratch" program (plain Python, no numpy)
training a 2-2-2 sigmoid network with biases on a 10-row two-class toy set, online updates, lr = 0.5,
20 epochs, initial weights from random.seed(1).
Plain Python (math, random, json, re, decimal).  Run:  python3 recompute.py [--write-expected]

The correct numbers are those of backpropagation for E = 1/2 sum (t - o)^2 with one-hot targets, one online
update per row, in the notebook's order of rows:
    delta_o = (t - o) o (1 - o),   delta_h = (sum_k w_kh delta_o_k) h (1 - h)   (output weights before the update)
    w += lr delta * input,  bias += lr delta
The initial weights are not printed; they are the first 12 draws of Python's random.random() after
random.seed(1) (hidden layer first, each neuron's two input weights then its bias), which the notebook's
program takes in that order. The printed 'error' of an epoch is sum over rows of sum_k (t_k - o_k)^2 with the
output computed before that row's update (3 decimals); the final dump prints, for each neuron, its weights
after the last update and the 'output' and 'delta' of the last row (repr, 16-17 significant digits).
A number is right if it is within one unit of its last printed digit of the true value (plus 4 ulp for the
full-precision reprs: float64 sums in another order may differ in the last bit).
"""
import os, sys, math, random
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
SOURCE = ("https://github.com/Divyakeerthi12/Backpropagation/blob/bc23584102b6f8ade1cf3563ebc641505a6e3c58/"
          "Backpropagation.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements (comment lines "
           "and trailing comments removed) and printed output verbatim, heading ours")
NOTES = (
    "Author of the notebook: GitHub user Divyakeerthi12 (2020, one program cell); the program is Jason Brownlee's "
    "'How to Code a Neural Network with Backpropagation In Python' (Machine Learning Mastery) test run, typed in "
    "with small changes of spacing. A 2-2-2 sigmoid network with biases is trained online on Brownlee's 10-row "
    "toy set (two classes, one-hot targets), lr = 0.5, 20 epochs, from random.seed(1). Printed: 20 lines "
    "'>epoch=k,lrate=0.500,error=e' (e = summed squared error of the epoch, 3 decimals; the epoch number and the "
    "learning rate are givens) and the final network, one line per layer, each neuron's weights, last output and "
    "last delta in full repr precision. Recomputed with correct backpropagation for E = 1/2 sum (t - o)^2, every "
    "printed number is right: the notebook's delta rule, its use of the output weights before their update and "
    "its bias updates are all correct, so this is a document without an error (a false-alarm test). The initial "
    "weights are not printed anywhere - a checker has to know Python's random.seed(1) stream to have the givens."
)
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))

DATA = [[2.7810836, 2.550537003, 0], [1.465489372, 2.362125076, 0], [3.396561688, 4.400293529, 0],
        [1.38807019, 1.850220317, 0], [3.06407232, 3.005305973, 0], [7.627531214, 2.759262235, 1],
        [5.332441248, 2.088626775, 1], [6.922596716, 1.77106367, 1], [8.675418651, -0.242068655, 1],
        [7.673756466, 3.508563011, 1]]
LR, EPOCHS, NH, NO = 0.5, 20, 2, 2


def sg(a):
    return 1.0 / (1.0 + math.exp(-a))


random.seed(1)
WH = [[random.random() for _ in range(3)] for _ in range(NH)]     # [w_x1, w_x2, bias]
WO = [[random.random() for _ in range(NH + 1)] for _ in range(NO)]
errors = []
for _ in range(EPOCHS):
    se = 0.0
    for row in DATA:
        x = row[:2]
        h = []
        for w in WH:
            a = w[-1]
            for i in range(2):
                a += w[i] * x[i]
            h.append(sg(a))
        o = []
        for w in WO:
            a = w[-1]
            for j in range(NH):
                a += w[j] * h[j]
            o.append(sg(a))
        t = [0, 0]
        t[row[-1]] = 1
        se += sum([(t[k] - o[k]) ** 2 for k in range(NO)])
        do = [(t[k] - o[k]) * (o[k] * (1.0 - o[k])) for k in range(NO)]
        dh = []
        for j in range(NH):
            e = 0.0
            for k in range(NO):
                e += WO[k][j] * do[k]
            dh.append(e * (h[j] * (1.0 - h[j])))
        for j in range(NH):
            for i in range(2):
                WH[j][i] += LR * dh[j] * x[i]
            WH[j][-1] += LR * dh[j]
        for k in range(NO):
            for j in range(NH):
                WO[k][j] += LR * do[k] * h[j]
            WO[k][-1] += LR * do[k]
    errors.append(se)
last = [[(WH[j], h[j], dh[j]) for j in range(NH)], [(WO[k], o[k], do[k]) for k in range(NO)]]


def close(tok, v):
    d = decimals_of(tok)
    ulp = math.ulp(v) if hasattr(math, 'ulp') else abs(v) * 2.3e-16
    return abs(float(tok) - v) <= 1.0 * 10.0 ** (-d) + 4 * ulp or ok_rounded(tok, v, slack=1)


cell = [i for i, c in enumerate(doc.nb['cells']) if c['cell_type'] == 'code'][0]
lines = doc.cell_lines(cell, 'out')
R = []
for e in range(EPOCHS):
    m = re.match(r'>epoch=(\d+),lrate=0\.500,error=(\d+\.\d+)$', lines[e])
    assert m and int(m.group(1)) == e, lines[e]
    t = m.group(2)
    good = ok_rounded(t, errors[e], slack=1)
    R.append(dict(cell=cell, where='out', cell_line=e + 1, printed=t, correct='%.6f' % errors[e], ok=good,
                  why='' if good else 'epoch error differs', kind='first'))
FLT = re.compile(r"'(weights|output|delta)': (\[[^\]]*\]|-?\d[\d.e+-]*)")
for layer in range(2):
    cl = EPOCHS + layer
    text = lines[cl]
    neurons = text.split("}, {")
    assert len(neurons) == 2, text
    for n, part in enumerate(neurons):
        w, out, dl = last[layer][n]
        vals = dict(FLT.findall(part))
        toks = re.findall(r'-?\d+\.\d+(?:e-?\d+)?', vals['weights'])
        assert len(toks) == 3
        pairs = list(zip(toks, w)) + [(vals['output'], out), (vals['delta'], dl)]
        for tok, v in pairs:
            good = close(tok, v)
            R.append(dict(cell=cell, where='out', cell_line=cl + 1, printed=tok, correct=repr(v), ok=good,
                          why='' if good else 'final network value differs', kind='first'))

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

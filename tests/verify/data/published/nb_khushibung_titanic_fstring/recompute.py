#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements without comments + printed outputs) of
Khushibung05/backpropagation backpropagation.ipynb (one backpropagation step of
a 3-2-1 sigmoid network on one normalised Titanic record, plain Python dicts and
f-string prints).  Plain Python: json, re, math, decimal, fractions.
Run:  python3 recompute.py [--write-expected]

All givens are exact literals in the code, so every value is recomputed exactly
(float64) and a printed 4-decimal number is right when it is within one unit of
its last printed digit of the correctly rounded true value.
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
SOURCE = "https://github.com/Khushibung05/backpropagation/blob/bd80944620eb82db90d3f4442c6b6cbdad749778/backpropagation.ipynb"
LICENSE = "none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements (comments dropped) and printed outputs only"
NOTES = ("Author: GitHub user Khushibung05 (Colab notebook). One training step of a 3-2-1 sigmoid network on one normalised "
         "Titanic record, written with plain Python dicts and f-string prints (every number printed with :.4f, one labelled "
         "value per line). Givens (neither list): x = (Pclass 0.2, Age 0.24, Fare 0.80), target 1, w_ih = 0.11 0.14 0.17 / "
         "0.21 0.24 0.27 (x1..x3 -> h1 / h2), b_h = 0.1 0.1, w_ho = 0.31 0.34, b_o = 0.1, learning rate 0.1; loss "
         "0.5*(y - y_hat)^2 (printed under the name 'Mean Squared Error'), delta_o1 = -(y - y_hat)*sigma'(net_o1), hidden "
         "deltas with the old w_ho (computed in the cell before the update), every update w - lr*delta*input. All 21 printed "
         "numbers are right: net_h 0.2916 0.4156, out_h 0.5724 0.6024, net_o1 0.4823, y_hat 0.6183, loss 0.0729, delta_o1 "
         "-0.0901, delta_h -0.0068 -0.0073, w_ho 0.3152 0.3454, b_o 0.1090, w_ih 0.1101 0.1402 0.1705 0.2101 0.2402 0.2706, "
         "b_h 0.1007 0.1007. The original's later cells (training one epoch on the whole Titanic file, accuracy) need the data "
         "file and are left out. Use it as a false-alarm document.")
# ---- independent recomputation (exact givens, float64) ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')

x = [0.2, 0.24, 0.80]
y = 1.0
w_ih = [[0.11, 0.14, 0.17], [0.21, 0.24, 0.27]]   # row = hidden unit, column = input
b_h = [0.1, 0.1]
w_ho = [0.31, 0.34]
b_o = 0.1
lr = 0.1

net_h = [sum(x[i] * w_ih[j][i] for i in range(3)) + b_h[j] for j in range(2)]
out_h = [sigmoid(v) for v in net_h]
net_o = sum(out_h[j] * w_ho[j] for j in range(2)) + b_o
y_hat = sigmoid(net_o)
loss = 0.5 * (y - y_hat) ** 2
d_o = -(y - y_hat) * y_hat * (1 - y_hat)                          # dL/dnet_o1
d_h = [d_o * w_ho[j] * out_h[j] * (1 - out_h[j]) for j in range(2)]  # with the old w_ho
w_ho_new = [w_ho[j] - lr * d_o * out_h[j] for j in range(2)]
b_o_new = b_o - lr * d_o
w_ih_new = [[w_ih[j][i] - lr * d_h[j] * x[i] for i in range(3)] for j in range(2)]
b_h_new = [b_h[j] - lr * d_h[j] for j in range(2)]

def code_cell(src_start):
    for i, c in enumerate(doc.nb['cells']):
        if c['cell_type'] == 'code' and ''.join(c['source']).startswith(src_start):
            return i
    raise KeyError(src_start)

def judge(src_start, trues, why):
    cell = code_cell(src_start)
    items = [(j, t) for j, l in enumerate(doc.cell_lines(cell, 'out'), 1) for t in NUM.findall(l)]
    assert len(items) == len(trues), (src_start, len(items), len(trues))
    for (j, t), v in zip(items, trues):
        ok = ok_rounded(t, v, slack=1)
        R.append(dict(cell=cell, where='out', cell_line=j, printed=t, correct='%.8f' % v,
                      ok=ok, why='' if ok else why, kind='first'))

judge('import numpy as np', net_h, 'net input differs')
judge('def sigmoid(z):', out_h, 'hidden activation differs')
judge('net_o1 = ', [net_o, y_hat], 'output differs')
judge('mse = ', [loss], 'loss differs')
judge('def sigmoid_derivative', [d_o], 'output delta differs')
judge('d_net_o1_d_out_h1', d_h, 'hidden delta differs')
judge('d_mse_d_w_h1_o1', w_ho_new, 'updated w_ho differs')
judge('d_mse_d_b_o', [b_o_new], 'updated b_o differs')
judge('d_mse_d_w_x1_h1', [w for row in w_ih_new for w in row], 'updated w_ih differs')
judge('d_mse_d_b_h1', b_h_new, 'updated b_h differs')

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements without comments + printed outputs) of
rraghu214/MLBLR RAGHU_BATCH_5_ASSIGNMENT2B.ipynb (one backpropagation step of a
4-3-1 ReLU network).  Plain Python: json, re, math, decimal, fractions.
Run:  python3 recompute.py [--write-expected]

The weights are random draws known only through their printed 4-decimal values
(np.set_printoptions(precision=4)); every judged number is recomputed from the
printed operands with an explicit error bound for their rounding (class V), and
is right if it lies within that bound plus 1.5e-4 (one unit of the 4th decimal
from the rounded true value).
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
SOURCE = "https://github.com/rraghu214/MLBLR/blob/5ee90253dbc47c1bf06c08b27429ec3c7dac955e/RAGHU_BATCH_5_ASSIGNMENT2B.ipynb"
LICENSE = "none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements (comments dropped) and printed outputs only"
NOTES = ("Author: Raghu (GitHub rraghu214), MLBLR/EIP 2018 assignment 2B (uploaded 2018-05-15 as RAGHU_BATCH_4_ASSIGNMENT2B.ipynb "
         "in commit 21f6d35ea8750380f4c5f0b600b34f241280866b, renamed the next day, content unchanged). The Analytics Vidhya "
         "recipe (X = 3x4 binary inputs, y = [1,1,0], 3 hidden units, lr = 0.1 inside d_output and again in every update) but "
         "with ReLU units in both layers (reLu() zeroes x <= 0 in place; the sigmoid is commented out). Printing is "
         "np.set_printoptions(precision=4, suppress=True): every number is rounded to 4 decimals with trailing zeros dropped, so "
         "'0.' and '-0.' are 4-decimal zeros and '0.183' is 0.1830 - every printed number is judged at 4 decimals. Outputs mix "
         "labels and arrays in one stream ('Weight at hidden layer' is wout, 'Bias at hidden layer' is bout). Givens (neither "
         "list): X, y and the random wh, bh, wout, bout, known only through their printed 4-decimal values; every judged number "
         "is recomputed from printed operands with an explicit bound for their rounding and is right when it lies within that "
         "bound plus 1.5e-4 (one unit from the rounded true value). Author error (first): slope_calc(S) = S*(1-S), the sigmoid "
         "derivative written in terms of the activation, is applied to ReLU activations; ReLU's derivative is 1 where the "
         "pre-activation is positive and 0 where it is negative. Output slopes 0.1495, 0.2203, 0.219 should be 1 (3 lines); "
         "hidden slopes 0.2488, 0.2457 (row 1) and 0.081 (row 3) should be 1 - the zeros are right (those units are off), so "
         "hidden-slope row 2 is a right line. Propagated: d_output (all), Error_at_hidden_layer (all), d_hiddenlayer rows 1 and "
         "3 (row 2 is all zeros either way: right), updated wout rows 1 and 3 (row 2 is unchanged because hidden unit 2 is "
         "off in every sample: right), updated wh rows 1 and 3 (rows 2 and 4 only receive sample 3's tiny delta and round to "
         "the same 4 decimals: right), bh, bout. Every printed value equals the notebook's own formula on its printed operands "
         "(checked). Right: hidden_layer_input, the ReLU activations, output_layer_input, output, E and the lines above. "
         "'correct' for wrong lines follows the notebook's own formulas with the ReLU derivative.")
# ---- independent recomputation (float64 with explicit rounding bounds) ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')
PREC = 4                      # np.set_printoptions(precision=4): every printed number is rounded to 4 decimals
UNIT = 10.0 ** -PREC

class V:
    """value with an absolute error bound (rounding of the printed 4-decimal operands)"""
    def __init__(s, v, e=0.0):
        s.v, s.e = float(v), float(e)
    @staticmethod
    def p(txt):
        return V(float(txt), UNIT / 2)
    def __add__(s, o):
        o = o if isinstance(o, V) else V(o); return V(s.v + o.v, s.e + o.e + 1e-16)
    __radd__ = __add__
    def __sub__(s, o):
        o = o if isinstance(o, V) else V(o); return V(s.v - o.v, s.e + o.e + 1e-16)
    def __rsub__(s, o):
        return V(o) - s
    def __mul__(s, o):
        o = o if isinstance(o, V) else V(o)
        return V(s.v * o.v, abs(s.v) * o.e + abs(o.v) * s.e + s.e * o.e + 1e-16)
    __rmul__ = __mul__

def relu(a):
    assert abs(a.v) > a.e, 'sign of a pre-activation not determined by its printed value'
    return a if a.v > 0 else V(0)

def relu_slope(a):
    """derivative of ReLU at the pre-activation a (exact 1 or 0)"""
    assert abs(a.v) > a.e
    return V(1.0 if a.v > 0 else 0.0)

def vsum(xs):
    t = V(0)
    for x in xs:
        t = t + x
    return t

def code_cell(src_start):
    for i, c in enumerate(doc.nb['cells']):
        if c['cell_type'] == 'code' and ''.join(c['source']).startswith(src_start):
            return i
    raise KeyError(src_start)

def printed(cell, after=None, before=None):
    """[(cell_line, token)] of the numbers printed after the label line `after` (and before the label `before`)"""
    res, on = [], after is None
    for j, l in enumerate(doc.cell_lines(cell, 'out'), 1):
        if after is not None and after in l:
            on = True
            continue
        if before is not None and before in l:
            on = False
        if on:
            for t in NUM.findall(l):
                res.append((j, t))
    return res

def mat(items, rows, cols):
    assert len(items) == rows * cols, (len(items), rows, cols)
    return [[V.p(items[r * cols + c][1]) for c in range(cols)] for r in range(rows)]

def close(t, cv):
    return abs(float(t) - cv.v) <= cv.e + 1.5 * UNIT + 1e-12

def judge(cell, items, trues, kind, why, own=None):
    assert len(items) == len(trues), (cell, len(items), len(trues))
    for k, ((j, t), cv) in enumerate(zip(items, trues)):
        ok = close(t, cv)
        w = why
        if not ok and own is not None:
            w += ' (the printed value %s the notebook\'s own formula on its printed operands, %.6g)' % (
                'does equal' if close(t, own[k]) else 'does NOT equal', own[k].v)
        R.append(dict(cell=cell, where='out', cell_line=j, printed=t, correct='%.6g' % cv.v,
                      ok=ok, why='' if ok else w, kind=kind))

flat = lambda m: [v for row in m for v in row]
X = [[1, 0, 1, 0], [1, 0, 1, 1], [0, 1, 0, 1]]
Y = [1, 1, 0]
lr = 0.1

c2 = code_cell('wh=np.random.uniform')
wh = mat(printed(c2, 'Weight is', 'Bias is'), 4, 3)
bh = mat(printed(c2, 'Bias is'), 1, 3)[0]
c5 = code_cell('wout=np.random.uniform')
wout = [r[0] for r in mat(printed(c5, 'Weight at hidden layer', 'Bias at hidden layer'), 3, 1)]
bout = mat(printed(c5, 'Bias at hidden layer', 'Output_layer_input'), 1, 1)[0][0]

# forward pass
c = code_cell('from numpy.core.multiarray import ndarray')
items = printed(c)
judge(c, items, flat([[vsum(wh[i][k] * X[s][i] for i in range(4)) + bh[k] for k in range(3)] for s in range(3)]), 'first', 'X.wh + bh differs')
zin = mat(items, 3, 3)
c = code_cell('def reLu(x):')
items = printed(c)
judge(c, items, flat([[relu(v) for v in row] for row in zin]), 'first', 'ReLU differs')
h = mat(items, 3, 3)
items = printed(c5, 'Output_layer_input', 'Output \n')
items = [it for it in items]
oin_items = printed(c5, 'Output_layer_input')[:3]
out_items = printed(c5, 'Output_layer_input')[3:]
judge(c5, oin_items, [vsum(h[s][k] * wout[k] for k in range(3)) + bout for s in range(3)], 'first', 'h.wout + bout differs')
oin = [r[0] for r in mat(oin_items, 3, 1)]
judge(c5, out_items, [relu(v) for v in oin], 'first', 'ReLU differs')
out = [r[0] for r in mat(out_items, 3, 1)]
c = code_cell('E= y - output')
items = printed(c)
judge(c, items, [V(Y[s]) - out[s] for s in range(3)], 'first', 'y - output differs')
E = [r[0] for r in mat(items, 3, 1)]

# slopes: ReLU derivative (1 for a positive pre-activation, 0 for a negative one)
c = code_cell('def slope_calc(S):')
so_items = printed(c, 'Slope_output_layer', 'Slope_hidden_layer')
so_true = [relu_slope(v) for v in oin]
so_own = [o * (1 - o) for o in out]
judge(c, so_items, so_true, 'first', 'the output units are ReLU: the slope must be ReLU\'(z) = 1; S*(1-S) is the sigmoid '
      'derivative written in terms of its activation', own=so_own)
so_p = [r[0] for r in mat(so_items, 3, 1)]
sh_items = printed(c, 'Slope_hidden_layer')
sh_true = [[relu_slope(v) for v in row] for row in zin]
judge(c, sh_items, flat(sh_true), 'first', 'the hidden units are ReLU: the slope must be 1 where the unit is on (0 where it is off); '
      'S*(1-S) is the sigmoid derivative', own=flat([[a * (1 - a) for a in row] for row in h]))
sh_p = mat(sh_items, 3, 3)

# backward pass: true chain (ReLU slope) and the notebook's own formulas on its printed operands
d_true = [E[s] * so_true[s] * lr for s in range(3)]
c = code_cell('lr = 0.1')
items = printed(c)
judge(c, items, d_true, 'propagated', 'd_output = E*slope*lr is built on the wrong (sigmoid) slope',
      own=[E[s] * so_p[s] * lr for s in range(3)])
d_p = [r[0] for r in mat(items, 3, 1)]
eh_true = [[d_true[s] * wout[k] for k in range(3)] for s in range(3)]
c = code_cell('Error_at_hidden_layer=')
items = printed(c)
judge(c, items, flat(eh_true), 'propagated', 'Error_at_hidden_layer is built on the wrong d_output',
      own=flat([[d_p[s] * wout[k] for k in range(3)] for s in range(3)]))
eh_p = mat(items, 3, 3)
dh_true = [[eh_true[s][k] * sh_true[s][k] for k in range(3)] for s in range(3)]
c = code_cell('d_hiddenlayer=')
items = printed(c)
judge(c, items, flat(dh_true), 'propagated', 'd_hiddenlayer is built on the wrong slopes',
      own=flat([[eh_p[s][k] * sh_p[s][k] for k in range(3)] for s in range(3)]))
dh_p = mat(items, 3, 3)
c = code_cell('wout=wout+')
items = printed(c, 'wout is', 'wh is')
judge(c, items, [wout[k] + vsum(h[s][k] * d_true[s] for s in range(3)) * lr for k in range(3)], 'propagated',
      'updated wout is built on the wrong d_output', own=[wout[k] + vsum(h[s][k] * d_p[s] for s in range(3)) * lr for k in range(3)])
items = printed(c, 'wh is')
judge(c, items, flat([[wh[i][k] + vsum(X[s][i] * dh_true[s][k] for s in range(3)) * lr for k in range(3)] for i in range(4)]),
      'propagated', 'updated wh is built on the wrong d_hiddenlayer',
      own=flat([[wh[i][k] + vsum(X[s][i] * dh_p[s][k] for s in range(3)) * lr for k in range(3)] for i in range(4)]))
c = code_cell('bh = bh +')
items = printed(c, 'bh is', 'bout is')
judge(c, items, [bh[k] + vsum(dh_true[s][k] for s in range(3)) * lr for k in range(3)], 'propagated',
      'updated bh is built on the wrong d_hiddenlayer', own=[bh[k] + vsum(dh_p[s][k] for s in range(3)) * lr for k in range(3)])
items = printed(c, 'bout is')
judge(c, items, [bout + vsum(d_true) * lr], 'propagated', 'updated bout is built on the wrong d_output',
      own=[bout + vsum(d_p) * lr])

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements without comments + printed outputs) of
skabhilash10/mlblr_assignment2 Backprop.ipynb.  Plain Python: json, re, math,
decimal, fractions.  Run:  python3 recompute.py [--write-expected]

The weights are random draws known only through their printed 8-decimal values;
every judged number is recomputed from the printed operands with an explicit
error bound for their rounding (class V), and is right if it lies within that
bound plus 1.5 units of its own last printed digit (one unit from the rounded
true value).
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
SOURCE = "https://github.com/skabhilash10/mlblr_assignment2/blob/ffea5f10fd11886289b13c2fc569dfef461445a2/Backprop.ipynb"
LICENSE = "none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements (comments dropped) and printed outputs only"
NOTES = ("Author: GitHub user skabhilash10 (commits signed abhilashsk), MLBLR/EIP course assignment 2B, 2018; the Analytics Vidhya 'neural network "
         "from scratch' recipe (X = 3x4 binary inputs, y = [1,1,0], one hidden layer of 3 sigmoid units, lr = 0.1 applied both "
         "inside d_output and again in every update). Every number is a print() stream output in numpy's 8-decimal format "
         "(one matrix row per line; d_hiddenlayer in e-notation). Givens (neither list): x, and the random wh, bh, wout, bout "
         "known only through their printed 8-decimal values; every judged number is recomputed from printed operands with an "
         "explicit bound for their rounding and is right when it lies within that bound plus 1.5 units of its last printed "
         "digit (i.e. within one unit of the rounded true value). Author errors: (1) slope_output_layer = sigmoid_(E) applies "
         "x*(1-x) to the error E instead of the output: for the two samples with y = 1, E = 1 - output so E*(1-E) equals "
         "output*(1-output) and the printed slopes 0.06934452, 0.05894066 are numerically right; for y = 0, E = -output and the "
         "printed -1.79762854 should be 0.0643 (first error, one line). (2) d_hiddenlayer = np.dot(Error_at_hidden_layer, "
         "slope_hidden_layer) is a matrix product where the element-wise product is needed (first error on all 3 lines). "
         "(3) bh_updated and bout_updated add d_hiddenlayer*0.1 and d_output*0.1 without summing over the 3 samples, printing "
         "3 rows where one is meant (first error; each printed row is compared with the single correct row). Propagated: "
         "d_output row 3, Error_at_hidden_layer row 3, all of wout_updated (its sum runs over row 3), wh_updated rows 2 and 4 "
         "(x columns 2 and 4 include sample 3). Right: hidden_layer_input, hiddenlayer_activations, the sigmoid output "
         "(printed under the name output_layer_input), E, slope_hidden_layer, the two y=1 rows of slope_output/d_output/"
         "Error_at_hidden_layer, and wh_updated rows 1 and 3 (x columns 1 and 3 only touch samples 1 and 2). Surprise: the "
         "printed wh_updated and bh_updated are NOT computed from the printed d_hiddenlayer (matrix product) but from the "
         "element-wise product Error_at_hidden_layer*slope_hidden_layer (0.23766254 + 0.1*(1.0048e-4 + 5.304e-5) = 0.23767789), "
         "i.e. the kernel state differed from the saved cell; so wh_updated rows 1 and 3 are right although a reader "
         "propagating the printed d_hiddenlayer gets 0.23769845. 'correct' for wrong lines follows the notebook's own "
         "formulas with the errors fixed (slope = output*(1-output), element-wise delta, sums over samples for the biases).")
# ---- independent recomputation (float64 with explicit rounding bounds) ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')

def half_unit(txt):
    return Decimal(1).scaleb(-decimals_of(txt)) / 2

class V:
    """value with an absolute error bound (rounding of the printed 8-decimal operands)"""
    def __init__(s, v, e=0.0):
        s.v, s.e = float(v), float(e)
    @staticmethod
    def p(txt):
        return V(float(txt), float(half_unit(txt)))
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

def sig(a):            # |sigma'| <= 1/4
    return V(1.0 / (1.0 + math.exp(-a.v)), 0.25 * a.e + 1e-16)

def act_slope(a):      # a*(1-a); |d/da| = |1-2a|
    return V(a.v * (1 - a.v), abs(1 - 2 * a.v) * a.e + a.e * a.e + 1e-16)

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

def printed(cell):
    """[(cell_line, token)] in output order"""
    res = []
    for j, l in enumerate(doc.cell_lines(cell, 'out'), 1):
        for t in NUM.findall(l):
            res.append((j, t))
    return res

def mat(cell, rows, cols):
    p = printed(cell)
    assert len(p) == rows * cols, (cell, len(p))
    return [[V.p(p[r * cols + c][1]) for c in range(cols)] for r in range(rows)]

def close(t, cv):
    return abs(float(t) - cv.v) <= cv.e + 3 * float(half_unit(t)) + 1e-15

def judge(cell, trues, kinds, whys, own=None, own_is='its own formula on the printed operands'):
    """trues: flat list of V (correct values), kinds/whys: per number (or one for all), own: the notebook's own formula."""
    p = printed(cell)
    assert len(p) == len(trues), (cell, len(p), len(trues))
    for k, ((j, t), cv) in enumerate(zip(p, trues)):
        ok = close(t, cv)
        kind = kinds[k] if isinstance(kinds, list) else kinds
        why = whys[k] if isinstance(whys, list) else whys
        if not ok and own is not None:
            why += ' (the printed value %s %s, %.8g)' % (
                'does equal' if close(t, own[k]) else 'does NOT equal', own_is, own[k].v)
        R.append(dict(cell=cell, where='out', cell_line=j, printed=t, correct='%.8g' % cv.v,
                      ok=ok, why='' if ok else why, kind=kind))

flat = lambda m: [v for row in m for v in row]

X = [[1, 0, 1, 0], [1, 0, 1, 1], [0, 1, 0, 1]]
Y = [1, 1, 0]
lr = 0.1
wh = mat(code_cell('print(wh)'), 4, 3)
bh = mat(code_cell('print(bh)'), 1, 3)[0]
wout = [r[0] for r in mat(code_cell('print(wout)'), 3, 1)]
bout = mat(code_cell('print(bout)'), 1, 1)[0][0]

# forward pass (judged against the printed givens, then printed values are the operands)
c = code_cell('print(hidden_layer_input)')
judge(c, flat([[vsum(wh[i][k] * X[s][i] for i in range(4)) + bh[k] for k in range(3)] for s in range(3)]), 'first', 'x.wh + bh differs')
hin = mat(c, 3, 3)
c = code_cell('print(hiddenlayer_activations)')
judge(c, flat([[sig(v) for v in row] for row in hin]), 'first', 'sigmoid differs')
h = mat(c, 3, 3)
c = code_cell('print(output_layer_input)')
judge(c, [sig(vsum(h[s][k] * wout[k] for k in range(3)) + bout) for s in range(3)], 'first', 'sigmoid(h.wout + bout) differs')
out = [r[0] for r in mat(c, 3, 1)]
c = code_cell('print(E)')
judge(c, [V(Y[s]) - out[s] for s in range(3)], 'first', 'y - output differs')
E = [r[0] for r in mat(c, 3, 1)]

# slopes
c = code_cell('print(slope_output_layer)')
so_true = [act_slope(o) for o in out]
so_own = [E[s] * (1 - E[s]) for s in range(3)]
judge(c, so_true, 'first', ['sigmoid slope at the output must be output*(1-output) = %.8f; the notebook applies x*(1-x) to the error E '
                            '(= %.8f here)' % (so_true[s].v, so_own[s].v) for s in range(3)], own=so_own)
so_p = [r[0] for r in mat(c, 3, 1)]
c = code_cell('print(slope_hidden_layer)')
sh_true = [[act_slope(a) for a in row] for row in h]
judge(c, flat(sh_true), 'first', 'h*(1-h) differs')
sh = mat(c, 3, 3)

# backward pass: true chain (slope fixed) vs the notebook's own formulas on its printed operands
d_true = [E[s] * so_true[s] * lr for s in range(3)]
c = code_cell('print(d_output)')
judge(c, d_true, 'propagated', 'd_output = E*slope*lr is computed from the wrong output slope', own=[E[s] * so_p[s] * lr for s in range(3)])
d_p = [r[0] for r in mat(c, 3, 1)]
eh_true = [[d_true[s] * wout[k] for k in range(3)] for s in range(3)]
c = code_cell('print(Error_at_hidden_layer)')
judge(c, flat(eh_true), 'propagated', 'Error_at_hidden_layer is computed from the wrong d_output',
      own=flat([[d_p[s] * wout[k] for k in range(3)] for s in range(3)]))
eh_p = mat(c, 3, 3)
dh_true = [[eh_true[s][k] * sh[s][k] for k in range(3)] for s in range(3)]
dh_own = [[vsum(eh_p[s][m] * sh[m][k] for m in range(3)) for k in range(3)] for s in range(3)]
c = code_cell('d_hiddenlayer=')
judge(c, flat(dh_true), 'first', 'd_hiddenlayer must be the element-wise product Error_at_hidden_layer * slope_hidden_layer; '
      'np.dot makes it a matrix product (and row 3 also inherits the wrong slope)', own=flat(dh_own))
# updates (the notebook's convention: lr inside d_output and again here)
c = code_cell('wout_updated=')
judge(c, [wout[k] + vsum(h[s][k] * d_true[s] for s in range(3)) * lr for k in range(3)], 'propagated',
      'updated wout is computed from the wrong d_output (sample 3)',
      own=[wout[k] + vsum(h[s][k] * d_p[s] for s in range(3)) * lr for k in range(3)])
c = code_cell('wh_updated=')
dh_elem_p = [[eh_p[s][k] * sh[s][k] for k in range(3)] for s in range(3)]
judge(c, flat([[wh[i][k] + vsum(dh_true[s][k] * X[s][i] for s in range(3)) * lr for k in range(3)] for i in range(4)]),
      'propagated', 'updated wh is computed from the wrong delta of sample 3',
      own=flat([[wh[i][k] + vsum(dh_elem_p[s][k] * X[s][i] for s in range(3)) * lr for k in range(3)] for i in range(4)]), own_is='the notebook formula fed with the element-wise Error_at_hidden_layer*slope_hidden_layer instead of the printed d_hiddenlayer')
c = code_cell('bh_updated=')
bh_true = [bh[k] + vsum(dh_true[s][k] for s in range(3)) * lr for k in range(3)]
judge(c, [bh_true[k] for s in range(3) for k in range(3)], 'first',
      'bh must be updated with the sum of d_hiddenlayer over the 3 samples (one row); the notebook adds each sample\'s delta '
      'separately and prints 3 rows', own=flat([[bh[k] + dh_elem_p[s][k] * lr for k in range(3)] for s in range(3)]), own_is='the notebook formula fed with the element-wise Error_at_hidden_layer*slope_hidden_layer instead of the printed d_hiddenlayer')
c = code_cell('bout_updated =')
bout_true = bout + vsum(d_true) * lr
judge(c, [bout_true] * 3, 'first', 'bout must be updated with the sum of d_output over the 3 samples (one value); the notebook '
      'adds each sample\'s d_output separately and prints 3 values', own=[bout + d_p[s] * lr for s in range(3)])

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

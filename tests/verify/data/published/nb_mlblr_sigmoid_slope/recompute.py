#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements without comments + printed outputs) of
gitskp/mlblr_eip BackPropagation.ipynb.  Plain Python: json, re, math, decimal,
fractions.  Run:  python3 recompute.py [--write-expected]

The weights are random draws known only through their printed 8-decimal values;
every judged number is recomputed from the printed operands with an explicit
error bound for their rounding (class V), and is right if it lies within that
bound plus half a unit of its own last printed digit.
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
SOURCE = "https://github.com/gitskp/mlblr_eip/blob/416a8de5604d80d79d8eda4e97b1fa043cd6ab69/BackPropagation.ipynb"
LICENSE = "none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements (comments dropped) and printed outputs only"
NOTES = ("Author: Shrikant Pandey (GitHub gitskp), MLBLR/EIP course assignment, 2018; the code follows the widely copied "
         "Analytics Vidhya 'neural network from scratch' recipe (X = 3x4 binary inputs, Y = [1,1,0], one hidden layer of 3 "
         "sigmoid units, lr = 0.1). The notebook has no Markdown; every number is a printed numpy/print output under a "
         "code cell, in numpy's old 8-decimal format (leading-space sign padding, one matrix row per line, some rows in "
         "e-notation). Givens: the random Wh, wout, bh, bout printed by 'print(Wh, wout, bh, bout)' (neither list). "
         "Author error (first): derivative_sigmoid(y) is defined as sigmoid(y)*(1-sigmoid(y)) - a correct derivative "
         "with respect to the NET input - but it is applied to the activations (output, hidden_layer_activation), so the "
         "printed 'slopes' are sigma(a)*(1-sigma(a)) instead of a*(1-a): 0.2125726 instead of 0.14992, 0.20618754 instead "
         "of 0.09629, etc. All 12 slope numbers (3 output-layer values, one per line, and 9 hidden-layer values, three per line: 6 output lines) are wrong-first. "
         "Every later printed quantity (d_output, Error_hidden_layer, d_hidden_layer, updated wout, Wh, bh, bout) is built "
         "from those slopes -> propagated; each of them does equal the notebook's own formula on its printed operands "
         "(checked). 'correct' for those lines follows the notebook's own formulas with the slope fixed, including its "
         "convention d_output = Error*slope*lr followed by a second '*lr' in every update (so the effective step is "
         "lr^2 = 0.01); that double learning rate is a second methodological oddity of the original but changes no status, "
         "since all those lines are already wrong. Right: sigmoid(1.641), derivative_sigmoid(1) (a correct sigma'(1) on its "
         "own), hidden_layer_input, hidden_layer_activation, output_layer_input, output, Error.")
# ---- independent recomputation ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
CONSIST = []
NUM = re.compile(r'-?\d+\.\d+(?:e[-+]?\d+)?|-?\d+(?:e[-+]?\d+)?')

class V:
    """value with an absolute error bound (rounding of the printed 8-decimal operands)"""
    def __init__(s, v, e=0.0):
        s.v, s.e = float(v), float(e)
    @staticmethod
    def p(txt):
        return V(float(txt), float(half_unit(txt)))
    def __add__(s, o):
        o = o if isinstance(o, V) else V(o); return V(s.v + o.v, s.e + o.e)
    __radd__ = __add__
    def __sub__(s, o):
        o = o if isinstance(o, V) else V(o); return V(s.v - o.v, s.e + o.e)
    def __rsub__(s, o):
        return V(o) - s
    def __mul__(s, o):
        o = o if isinstance(o, V) else V(o)
        return V(s.v * o.v, abs(s.v) * o.e + abs(o.v) * s.e + s.e * o.e)
    __rmul__ = __mul__

def half_unit(txt):
    return Decimal(1).scaleb(-decimals_of(txt)) / 2

def sig(a):            # |sigma'| <= 1/4
    return V(sigmoid(a.v), 0.25 * a.e)
def dsig_of(a):        # sigma(a)*(1-sigma(a)); |d/da| <= 0.0963
    s = sigmoid(a.v); return V(s * (1 - s), 0.0963 * a.e)
def act_slope(a):      # a*(1-a) for an activation a; |d/da| = |1-2a| <= 1
    return V(a.v * (1 - a.v), abs(1 - 2 * a.v) * a.e + a.e * a.e)

def printed_numbers(cell):
    """list of (cell_line, number text) in output order"""
    out = []
    for j, l in enumerate(doc.cell_lines(cell, 'out'), 1):
        for t in NUM.findall(l):
            out.append((j, t))
    return out

def cell_of(src_start):
    for i, c in enumerate(doc.nb['cells']):
        if c['cell_type'] == 'code' and ''.join(c['source']).startswith(src_start):
            return i
    raise KeyError(src_start)

def judge_block(cell, items, start=0):
    """items: list of (V correct, kind_if_wrong, why_if_wrong); consumes printed numbers from start."""
    nums = printed_numbers(cell)
    for k, it in enumerate(items):
        cv, kind, why = it[:3]
        j, t = nums[start + k]
        close = lambda a: abs(float(t) - a.v) <= a.e + float(half_unit(t)) + 1e-15
        ok = close(cv)
        if not ok and len(it) > 3 and not close(it[3]):
            kind, why = 'first', why + ' [ALSO inconsistent with its own printed operands]'
        if not ok and len(it) > 3:
            CONSIST.append(close(it[3]))
        R.append(dict(cell=cell, where='out', cell_line=j, printed=t, correct='%.8g' % cv.v,
                      ok=ok, why='' if ok else why, kind=kind))
    return start + len(items)

def mat(cell, rows, cols, start=0):
    nums = printed_numbers(cell)[start:start + rows * cols]
    return [[V.p(nums[r * cols + c][1]) for c in range(cols)] for r in range(rows)]

# cell: sigmoid(1.641)
c = cell_of('print(sigmoid(1.641))')
judge_block(c, [(V(sigmoid(1.641), 1e-15), 'first', 'sigmoid(1.641) differs')])
# cell: derivative_sigmoid(1) = sigma(1)*(1 - sigma(1)): a correct sigmoid derivative AT 1
c = cell_of('print(derivative_sigmoid(1))')
s1 = sigmoid(1.0)
judge_block(c, [(V(s1 * (1 - s1), 1e-15), 'first', 'sigma\'(1) differs')])

# given (printed) random parameters
X = [[1, 0, 1, 0], [1, 0, 1, 1], [0, 1, 0, 1]]
Y = [1, 1, 0]
cg = cell_of('print(Wh, wout, bh, bout)')
g = printed_numbers(cg)
Wh = [[V.p(g[r * 3 + k][1]) for k in range(3)] for r in range(4)]
wout = [V.p(g[12 + r][1]) for r in range(3)]
bh = [V.p(g[15 + k][1]) for k in range(3)]
bout = V.p(g[18][1])
lr = 0.1

# hidden_layer_input = X.Wh + bh      (judged against the printed givens)
c_hin = cell_of('hidden_layer_input')
hin_true = [[sum((Wh[i][k] * X[s][i] for i in range(4)), V(0)) + bh[k] for k in range(3)] for s in range(3)]
judge_block(c_hin, [(v, 'first', 'X.Wh + bh differs') for row in hin_true for v in row])
hin = mat(c_hin, 3, 3)                                     # printed values are the operands from here on
c_h = cell_of('hidden_layer_activation=')
judge_block(c_h, [(sig(v), 'first', 'sigmoid differs') for row in hin for v in row])
h = mat(c_h, 3, 3)
c_o = cell_of('output_layer_input')
oin_true = [sum((h[s][k] * wout[k] for k in range(3)), V(0)) + bout for s in range(3)]
nxt = judge_block(c_o, [(v, 'first', 'h.wout + bout differs') for v in oin_true])
oin = [V.p(t) for _, t in printed_numbers(c_o)[0:3]]
judge_block(c_o, [(sig(v), 'first', 'sigmoid differs') for v in oin], start=nxt)
out = [V.p(t) for _, t in printed_numbers(c_o)[3:6]]
c_e = cell_of('Error = Y-output')
judge_block(c_e, [(V(Y[s]) - out[s], 'first', 'Y - output differs') for s in range(3)])
err = [V.p(t) for _, t in printed_numbers(c_e)]

# slopes: backprop needs d(sigmoid)/d(net) = a*(1-a) with a the printed activation;
# the notebook evaluates sigma(a)*(1-sigma(a)) instead, i.e. applies the sigmoid a second time.
c_s = cell_of('slope_output_layer')
so_true = [act_slope(o) for o in out]
so_their = [dsig_of(o) for o in out]
nxt = judge_block(c_s, [(so_true[s], 'first',
                         "sigmoid slope at the output must be output*(1-output) = %.8f; printed value is sigma(output)*(1-sigma(output)) = %.8f (derivative_sigmoid applied to the activation, sigmoid taken twice)"
                         % (so_true[s].v, so_their[s].v)) for s in range(3)])
sh_true = [[act_slope(a) for a in row] for row in h]
sh_their = [[dsig_of(a) for a in row] for row in h]
judge_block(c_s, [(sh_true[s][k], 'first',
                   "sigmoid slope at the hidden layer must be h*(1-h) = %.8f; printed value is sigma(h)*(1-sigma(h)) = %.8f"
                   % (sh_true[s][k].v, sh_their[s][k].v)) for s in range(3) for k in range(3)], start=nxt)
so_pr = [V.p(t) for _, t in printed_numbers(c_s)[0:3]]
sh_pr = [[V.p(printed_numbers(c_s)[3 + s * 3 + k][1]) for k in range(3)] for s in range(3)]

# everything below uses the wrong slopes: judged against the notebook's own formulas with the correct slope
# (d_output = Error*slope*lr, as the notebook defines it), and checked for internal consistency
def prop(v_true, v_their, what):
    return (v_true, 'propagated', '%s is computed from the wrong sigmoid slope(s); with output*(1-output) and h*(1-h) it is %.8g (the printed value does equal the notebook\'s own formula on its printed operands, %.8g)'
            % (what, v_true.v, v_their.v), v_their)

c_d = cell_of('lr=0.1')
dout_true = [err[s] * so_true[s] * lr for s in range(3)]
dout_their = [err[s] * so_pr[s] * lr for s in range(3)]
judge_block(c_d, [prop(dout_true[s], dout_their[s], 'd_output') for s in range(3)])
dout_pr = [V.p(t) for _, t in printed_numbers(c_d)]
c_eh = cell_of('wout_transpose')
eh_true = [[dout_true[s] * wout[k] for k in range(3)] for s in range(3)]
eh_their = [[dout_pr[s] * wout[k] for k in range(3)] for s in range(3)]
judge_block(c_eh, [prop(eh_true[s][k], eh_their[s][k], 'Error_hidden_layer') for s in range(3) for k in range(3)])
eh_pr = mat(c_eh, 3, 3)
c_dh = cell_of('d_hidden_layer = ')
dh_true = [[eh_true[s][k] * sh_true[s][k] for k in range(3)] for s in range(3)]
dh_their = [[eh_pr[s][k] * sh_pr[s][k] for k in range(3)] for s in range(3)]
judge_block(c_dh, [prop(dh_true[s][k], dh_their[s][k], 'd_hidden_layer') for s in range(3) for k in range(3)])
dh_pr = mat(c_dh, 3, 3)
c_u = cell_of('hidden_layer_activation_transpose')
wout_true = [wout[k] + sum((h[s][k] * dout_true[s] for s in range(3)), V(0)) * lr for k in range(3)]
wout_their = [wout[k] + sum((h[s][k] * dout_pr[s] for s in range(3)), V(0)) * lr for k in range(3)]
nxt = judge_block(c_u, [prop(wout_true[k], wout_their[k], 'updated wout') for k in range(3)])
Wh_true = [[Wh[i][k] + sum((dh_true[s][k] * X[s][i] for s in range(3)), V(0)) * lr for k in range(3)] for i in range(4)]
Wh_their = [[Wh[i][k] + sum((dh_pr[s][k] * X[s][i] for s in range(3)), V(0)) * lr for k in range(3)] for i in range(4)]
judge_block(c_u, [prop(Wh_true[i][k], Wh_their[i][k], 'updated Wh') for i in range(4) for k in range(3)], start=nxt)
c_b = cell_of('bh = bh')
bh_true = [bh[k] + sum((dh_true[s][k] for s in range(3)), V(0)) * lr for k in range(3)]
bh_their = [bh[k] + sum((dh_pr[s][k] for s in range(3)), V(0)) * lr for k in range(3)]
bout_true = bout + sum(dout_true, V(0)) * lr
bout_their = bout + sum(dout_pr, V(0)) * lr
judge_block(c_b, [prop(bh_true[k], bh_their[k], 'updated bh') for k in range(3)] +
            [prop(bout_true, bout_their, 'updated bout')])

# second check: every propagated number equals the notebook's own formula evaluated on its printed operands
print('propagated numbers consistent with their own printed operands: %d of %d' % (sum(CONSIST), len(CONSIST)))

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

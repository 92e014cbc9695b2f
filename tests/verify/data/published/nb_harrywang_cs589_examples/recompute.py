#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
byte-for-byte copy (MIT) of HarryWang0619/COMPSCI589-HW4 backprop_example.ipynb:
the two UMass COMPSCI 589 backpropagation verification examples.
Plain Python: json, re, math, decimal, fractions.
Run:  python3 recompute.py [--write-expected]

Forward pass, cross-entropy cost, deltas, per-instance gradients and the averaged
regularized gradients are recomputed in Decimal (50 digits) from the given
weights and training instances, written out from the mathematics (not the
notebook's functions), and every printed computed number - in the stream
outputs and in the reference-output comments the author pasted into the code
cells - is judged against them.
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
SOURCE = "https://github.com/HarryWang0619/COMPSCI589-HW4/blob/bff58f07793997789a7cc920eea0128c8193efec/backprop_example.ipynb"
LICENSE = "MIT (LICENSE at the repository root, 'Copyright (c) 2022 Harry') -> notebook kept byte for byte"
NOTES = ("Author: Harry Wang (GitHub HarryWang0619), UMass Amherst COMPSCI 589 (Spring 2022) homework 4, the course's two "
         "backpropagation verification examples (backprop_example1.txt / backprop_example2.txt). Example 1: network [1 2 1], "
         "Theta1 = [[0.4,0.1],[0.3,0.2]], Theta2 = [0.7,0.5,0.6] (bias weight first in every row), instances x=0.13 y=0.9 and "
         "x=0.42 y=0.23, lambda = 0. Example 2: network [2 4 3 2], Theta1..Theta3 as in cell 27, instances (0.32,0.68)->(0.75,0.98) "
         "and (0.83,0.02)->(0.75,0.28), lambda = 0.25. Sigmoid units everywhere, cost J = sum over outputs of the cross-entropy "
         "-y ln f - (1-y) ln(1-f), averaged over the 2 instances, plus lambda/(2n) * sum of squared non-bias weights. "
         "Backprop: delta_out = f - y (the exact dJ/dz for sigmoid + cross-entropy), delta_hidden = (Theta^T delta) * a * (1-a) "
         "with the bias entry dropped, per-instance gradient D = delta a^T, final gradient (sum D + lambda*Theta with the bias "
         "column zeroed) / n - the derivative of that regularized cost. Numbers appear (1) in stream outputs of print() "
         "('current_a at 2 is [1.  0.601807  0.5807858]', Python lists of numpy arrays with 8-decimal elements, one matrix row "
         "per line, and full-precision float reprs) and (2) in '#' comment lines inside code cells, where the author pasted the "
         "course's reference output (5 decimals; the cost at 3). Judged: every computed number in both. Not judged (neither "
         "list): the given inputs, targets and weights (also where a comment repeats them: a1, 'Forward propagating the input', "
         "'Expected output', Theta and training-set comment blocks), the bias-unit 1. in the activation vectors. A number "
         "printed with 12 or more significant digits (float repr) is right within 1e-9 relative; any other is right within "
         "one unit of its last printed digit of the correctly rounded true value (Decimal, 50 digits). Cell 41 prints only the "
         "Theta1 and Theta2 averages for example 2 (the loop runs over len(grad_D_sum) of example 1, i.e. 2 layers); the "
         "Theta3 values appear only in the comment. All judged lines are right: a false-alarm document.")
# ---- independent recomputation (Decimal, 50 digits) ----
from decimal import getcontext
getcontext().prec = 50
D = lambda s: Decimal(str(s))
ONE = Decimal(1)

def g(z):
    return ONE / (ONE + (-z).exp())

def matvec(M, v):
    return [sum((a * b for a, b in zip(row, v)), Decimal(0)) for row in M]

def forward(thetas, x):
    """activations a1..aL (hidden ones with the bias unit first) and pre-activations z2..zL"""
    a = [ONE] + x
    acts, zs = [a], []
    for k, T in enumerate(thetas):
        z = matvec(T, a)
        zs.append(z)
        h = [g(v) for v in z]
        a = h if k == len(thetas) - 1 else [ONE] + h
        acts.append(a)
    return acts, zs

def cost(y, f):
    return sum((-yy * ff.ln() - (ONE - yy) * (ONE - ff).ln() for yy, ff in zip(y, f)), Decimal(0))

def backprop(thetas, acts, y):
    """deltas for layers 2..L (bias dropped) and gradients D_k = delta_{k+1} a_k^T"""
    deltas = [[f - t for f, t in zip(acts[-1], y)]]
    for k in range(len(thetas) - 1, 0, -1):
        T = thetas[k]
        back = [sum((T[i][j] * deltas[0][i] for i in range(len(T))), Decimal(0)) for j in range(len(T[0]))]
        a = acts[k]
        d = [back[j] * a[j] * (ONE - a[j]) for j in range(len(a))][1:]
        deltas.insert(0, d)
    grads = [[[deltas[k][i] * acts[k][j] for j in range(len(acts[k]))] for i in range(len(deltas[k]))] for k in range(len(thetas))]
    return deltas, grads

def final_grads(thetas, grads_list, lam, n):
    out = []
    for k, T in enumerate(thetas):
        out.append([[(sum(gl[k][i][j] for gl in grads_list) + (lam * T[i][j] if j > 0 else 0)) / n
                     for j in range(len(T[0]))] for i in range(len(T))])
    return out

def reg_term(thetas, lam, n):
    return lam / (2 * n) * sum(T[i][j] ** 2 for T in thetas for i in range(len(T)) for j in range(1, len(T[0])))

# example 1
E1 = [[[D(0.4), D(0.1)], [D(0.3), D(0.2)]], [[D(0.7), D(0.5), D(0.6)]]]
E1X = [[D(0.13)], [D(0.42)]]
E1Y = [[D(0.9)], [D(0.23)]]
E1L = Decimal(0)
# example 2
E2 = [[[D(v) for v in r] for r in [[0.42, 0.15, 0.4], [0.72, 0.1, 0.54], [0.01, 0.19, 0.42], [0.3, 0.35, 0.68]]],
      [[D(v) for v in r] for r in [[0.21, 0.67, 0.14, 0.96, 0.87], [0.87, 0.42, 0.2, 0.32, 0.89], [0.03, 0.56, 0.8, 0.69, 0.09]]],
      [[D(v) for v in r] for r in [[0.04, 0.87, 0.42, 0.53], [0.17, 0.1, 0.95, 0.69]]]]
E2X = [[D(0.32), D(0.68)], [D(0.83), D(0.02)]]
E2Y = [[D(0.75), D(0.98)], [D(0.75), D(0.28)]]
E2L = D(0.25)

def run(thetas, X, Y, lam):
    res = []
    for x, y in zip(X, Y):
        acts, zs = forward(thetas, x)
        J = cost(y, acts[-1])
        deltas, grads = backprop(thetas, acts, y)
        res.append(dict(acts=acts, zs=zs, J=J, deltas=deltas, grads=grads))
    n = Decimal(len(X))
    total = sum(r['J'] for r in res) / n + reg_term(thetas, lam, n)
    fin = final_grads(thetas, [r['grads'] for r in res], lam, n)
    return res, total, fin

R1, TOT1, FIN1 = run(E1, E1X, E1Y, E1L)
R2, TOT2, FIN2 = run(E2, E2X, E2Y, E2L)

# ---- judging ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')
SKIP = object()

def sig_digits(t):
    m = t.lstrip('-').split('e')[0].replace('.', '').lstrip('0')
    return len(m)

def is_ok(t, v):
    if sig_digits(t) >= 12:
        return ok_full(t, float(v))
    return ok_rounded(t, v, slack=1)

def judge_line(cell, where, cell_line, trues, why, out=0, after=None):
    """trues: list aligned with the decimal numbers on the line (after the text `after`); SKIP = not judged."""
    line = doc.cell_lines(cell, where, out)[cell_line - 1]
    part = line.split(after, 1)[1] if after else line
    toks = NUM.findall(part)
    assert len(toks) == len(trues), (cell, where, cell_line, toks, len(trues))
    for t, v in zip(toks, trues):
        if v is SKIP:
            continue
        ok = is_ok(t, v)
        R.append(dict(cell=cell, where=where, out=out, cell_line=cell_line, printed=t, correct='%.10g' % float(v),
                      ok=ok, why='' if ok else why, kind='first'))

def lines_of(cell, where, out=0):
    return doc.cell_lines(cell, where, out)

def find(cell, where, pattern, occurrence=1, out=0):
    return doc.find(cell, where, pattern, occurrence, out)

def cell_with(src_start):
    for i, c in enumerate(doc.nb['cells']):
        if c['cell_type'] == 'code' and ''.join(c['source']).lstrip('\t# ').startswith(src_start.lstrip('\t# ')):
            return i
    raise KeyError(src_start)

def check_forward(cell, res, nlayers):
    """stream output of forwardtest() and the reference-comment block in the same cell"""
    acts, zs, J = res['acts'], res['zs'], res['J']
    # output
    for k in range(2, nlayers + 1):
        a = acts[k - 1]
        j = find(cell, 'out', 'current_a at %d is' % k)
        trues = ([SKIP] + a[1:]) if k < nlayers else a
        judge_line(cell, 'out', j, trues, 'activation of layer %d differs' % k, after=' is ')
    j = find(cell, 'out', 'prediction is')
    judge_line(cell, 'out', j, acts[-1], 'prediction differs', after=' is ')
    j = find(cell, 'out', 'cost is')
    judge_line(cell, 'out', j, [J], 'cost differs', after=' is ')
    # reference comments (course output pasted as comments)
    for k in range(2, nlayers + 1):
        j = find(cell, 'source', 'z%d:' % k)
        judge_line(cell, 'source', j, zs[k - 2], 'z%d differs' % k, after=':')
        j = find(cell, 'source', 'a%d:' % k)
        a = acts[k - 1]
        trues = ([SKIP] + a[1:]) if k < nlayers else a
        judge_line(cell, 'source', j, trues, 'a%d differs' % k, after=':')
    j = find(cell, 'source', 'f(x):')
    judge_line(cell, 'source', j, acts[-1], 'f(x) differs', after=':')
    j = find(cell, 'source', 'Predicted output')
    judge_line(cell, 'source', j, acts[-1], 'predicted output differs', after=':')
    j = find(cell, 'source', 'Cost, J, associated')
    judge_line(cell, 'source', j, [J], 'cost differs', after=':')

def flat_rows(mats):
    """rows of a list of matrices / vectors, in print order"""
    rows = []
    for m in mats:
        if m and isinstance(m[0], list):
            rows.extend(m)
        else:
            rows.append(m)
    return rows

def check_printed_list(cell, items, why):
    """print() of a Python list of numpy arrays / scalars: numbers in order over the output lines"""
    vals = []
    for it in items:
        if isinstance(it, list):
            for r in (it if it and isinstance(it[0], list) else [it]):
                vals.extend(r)
        else:
            vals.append(it)
    k = 0
    for j, l in enumerate(lines_of(cell, 'out'), 1):
        n = len(NUM.findall(l))
        if n:
            judge_line(cell, 'out', j, vals[k:k + n], why)
            k += n
    assert k == len(vals), (cell, k, len(vals))

def check_comment_block(cell, header, mats, why):
    """comment lines after a header line: one matrix row per line (vectors: one line)"""
    lines = lines_of(cell, 'source')
    j0 = find(cell, 'source', header)
    rows = mats if mats and isinstance(mats[0], list) else [mats]
    for r, row in enumerate(rows):
        judge_line(cell, 'source', j0 + 1 + r, row, why)

# ---- example 1 ----
c = cell_with('r1,j1,a1 = forwardtest'); check_forward(c, R1[0], 3)
c = cell_with('r2,j2,a2 = forwardtest'); check_forward(c, R1[1], 3)
c = cell_with('overallcost(jlist1')
judge_line(c, 'out', 1, [TOT1], 'overall cost differs', out=0)
judge_line(c, 'source', find(c, 'source', 'Final (regularized) cost'), [TOT1], 'overall cost differs', after=':')
for inst, (dcell, gcell) in enumerate([('delta1_1 = delta(', '# Gradients of Theta2 based on training instance 1'),
                                       ('delta1_2 = delta(', '# Gradients of Theta2 based on training instance 2')]):
    r = R1[inst]
    c = cell_with(dcell)
    check_printed_list(c, [r['deltas'][0], r['deltas'][1][0]], 'deltas differ')
    judge_line(c, 'source', find(c, 'source', 'delta3:'), r['deltas'][1], 'delta3 differs', after=':')
    judge_line(c, 'source', find(c, 'source', 'delta2:'), r['deltas'][0], 'delta2 differs', after=':')
    c = cell_with(gcell)
    check_printed_list(c, [r['grads'][0], r['grads'][1][0]], 'gradients differ')
    check_comment_block(c, 'Gradients of Theta2 based', r['grads'][1][0], 'Theta2 gradient differs')
    check_comment_block(c, 'Gradients of Theta1 based', r['grads'][0], 'Theta1 gradient differs')
c = cell_with('print(update_gradients)')
check_printed_list(c, [FIN1[0], FIN1[1][0]], 'final gradients differ')
check_comment_block(c, 'Final regularized gradients of Theta1', FIN1[0], 'final Theta1 gradient differs')
check_comment_block(c, 'Final regularized gradients of Theta2', FIN1[1][0], 'final Theta2 gradient differs')

# ---- example 2 ----
c = cell_with('e2r1,e2j1,e2a1 = forwardtest'); check_forward(c, R2[0], 4)
c = cell_with('e2r2,e2j2,e2a2 = forwardtest'); check_forward(c, R2[1], 4)
c = cell_with('overallcost(e2jlist')
judge_line(c, 'out', 1, [TOT2], 'overall regularized cost differs')
judge_line(c, 'source', find(c, 'source', 'Final (regularized) cost'), [TOT2], 'overall regularized cost differs', after=':')
for inst, (dcell, gcell) in enumerate([('e2delta1 = delta(', '# Gradients of Theta3 based on training instance 1'),
                                       ('e2delta2 = delta(', '# Gradients of Theta3 based on training instance 2')]):
    r = R2[inst]
    c = cell_with(dcell)
    check_printed_list(c, r['deltas'], 'deltas differ')
    for k, name in [(2, 'delta4:'), (1, 'delta3:'), (0, 'delta2:')]:
        judge_line(c, 'source', find(c, 'source', name), r['deltas'][k], name[:-1] + ' differs', after=':')
    c = cell_with(gcell)
    check_printed_list(c, r['grads'], 'gradients differ')
    for k in (3, 2, 1):
        check_comment_block(c, 'Gradients of Theta%d based' % k, r['grads'][k - 1], 'Theta%d gradient differs' % k)
c = cell_with('print(e2_update_gradients)')
check_printed_list(c, [FIN2[0], FIN2[1]], 'final gradients differ')
for k in (1, 2, 3):
    check_comment_block(c, 'Final regularized gradients of Theta%d' % k, FIN2[k - 1], 'final Theta%d gradient differs' % k)

META = {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES}
finish(doc, R, META)

#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements + printed outputs) of OrnlyP63/BackProp
backpropagation.ipynb, the Han & Kamber one-step backpropagation example.
Plain Python: json, re, math, decimal, fractions.
Run:  python3 recompute.py [--write-expected]
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
SOURCE = "https://github.com/OrnlyP63/BackProp/blob/59ea097233bcac5225ec71e53c295dff76c8df1b/backpropagation.ipynb"
LICENSE = "none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements and printed outputs only, headings rewritten"
NOTES = ("Author: GitHub user OrnlyP63 (2021; file last changed in commit cddaf16a69355406f1f6ee6f9269a19e813b3c02). "
         "The network is the Han & Kamber (Data Mining) textbook example: inputs (1, 0, 1), target 1, "
         "W1 = [[0.2,-0.3],[0.4,0.1],[-0.5,0.2]], b1 = [-0.4,0.2], W2 = [-0.3,-0.2], b2 = 0.1, sigmoid units, and the "
         "delta rule with err = Y - a2; the notebook writes learning_rate = -0.9 and subtracts it, i.e. W + 0.9*a*delta. "
         "Numbers appear as code assignments of the givens (np.array literals; neither list) and as execute_result "
         "outputs in numpy array repr ('array([[0.33181223, 0.52497919]])', 8 decimals, one matrix row per line); "
         "gredH is displayed twice. All printed computed values are right (no author error): a1 = [0.3318, 0.5250], "
         "a2 = 0.4739, err = 0.5261, delta_out = 0.1312, delta_hidden = [-0.0087, -0.0065], updated W2 = "
         "[-0.2608, -0.1380], b2 = 0.2181, W1 rows [0.1921, -0.3059], [0.4, 0.1] (unchanged because x2 = 0; still a "
         "computed update and judged), [-0.5079, 0.1941], b1 = [-0.4079, 0.1941] - the textbook's table values. "
         "Use it as a false-alarm document.")
# ---- independent recomputation ----
HERE = os.path.dirname(os.path.abspath(__file__))
doc = NB(os.path.join(HERE, 'doc.ipynb'))
R = []
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?')

# givens
W1 = [[0.2, -0.3], [0.4, 0.1], [-0.5, 0.2]]
W2 = [-0.3, -0.2]
b1 = [-0.4, 0.2]; b2 = 0.1
lr = -0.9
X = [1, 0, 1]; Y = 1
# forward
z1 = [sum(X[i] * W1[i][j] for i in range(3)) + b1[j] for j in range(2)]
a1 = [sigmoid(v) for v in z1]
z2 = sum(a1[j] * W2[j] for j in range(2)) + b2
a2 = sigmoid(z2)
# backward (delta rule with err = target - output, written by hand)
err = Y - a2
gout = a2 * (1 - a2) * err
gH = [a1[j] * (1 - a1[j]) * gout * W2[j] for j in range(2)]
# updates: W := W - lr * grad-term with lr = -0.9  (i.e. W + 0.9 * a * delta)
W2n = [W2[j] - lr * a1[j] * gout for j in range(2)]
b2n = b2 - lr * gout
W1n = [[W1[i][j] - lr * X[i] * gH[j] for j in range(2)] for i in range(3)]
b1n = [b1[j] - lr * gH[j] for j in range(2)]

def code_cell(src):
    for i, c in enumerate(doc.nb['cells']):
        if c['cell_type'] == 'code' and ''.join(c['source']) == src:
            return i
    raise KeyError(src)

def judge(cell, trues, why):
    k = 0
    for j, l in enumerate(doc.cell_lines(cell, 'out', mime='text/plain'), 1):
        for t in NUM.findall(l):
            v = trues[k]; k += 1
            ok = ok_rounded(t.rstrip('.'), v)
            R.append(dict(cell=cell, where='out', mime='text/plain', cell_line=j, printed=t, correct='%.8f' % v,
                          ok=ok, why='' if ok else why, kind='first'))
    assert k == len(trues), (cell, k, len(trues))

judge(code_cell('z1 = X.dot(W1) + b1\na1 = sigmoid(z1)\na1'), a1, 'hidden activation differs')
judge(code_cell('z2 = a1.dot(W2) + b2\na2 = sigmoid(z2)\na2'), [a2], 'output differs')
judge(code_cell('err = Y - a2\nerr'), [err], 'error differs')
judge(code_cell('gredOut = a2*(1 - a2)*err\ngredOut'), [gout], 'output delta differs')
judge(code_cell('gredH = a1 * (1 - a1) * gredOut.dot(W2.T)\ngredH'), gH, 'hidden deltas differ')
judge(code_cell('W2'), W2n, 'updated W2 differs')
judge(code_cell('b2'), [b2n], 'updated b2 differs')
judge(code_cell('gredH'), gH, 'hidden deltas differ')
judge(code_cell('W1'), sum(W1n, []), 'updated W1 differs')
judge(code_cell('b1'), b1n, 'updated b1 differs')

finish(doc, R, {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE, "notes": NOTES})

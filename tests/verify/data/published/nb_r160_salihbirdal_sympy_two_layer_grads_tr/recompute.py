#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (code statements without comments + the printed output verbatim)
of SalihBirdal2434/Back-Propagation 'backpropagation.ipynb' (commit a1b8dd55):
a 2-2-1 network with linear (identity) units
    h1 = x1*w1 + x2*w3 + b1,  h2 = x1*w2 + x2*w4 + b2,  o1 = h1*w5 + h2*w6 + b3,
    L = (o1 - yActual)^2,
differentiated symbolically with sympy and evaluated at the author's values
x1=1, x2=0, w1=1, w2=0.5, w3=1, w4=-0.5, w5=1, w6=1, b1=0.5, b2=0, b3=0.5,
yActual=2.

Plain Python (json, fractions, decimal).  Run:  python3 recompute.py [--write-expected]

Every gradient is recomputed twice, exactly, with fractions: by the chain rule
and by a central difference (exact here, because L is a quadratic polynomial in
each single parameter).  The printed values carry no working on their line, so
rule (b) applies: right when within one unit of the last printed digit of the
true value.  The symbolic lines (formulas in the parameter names, no numbers
computed) are in neither list.
"""
import json, os, sys
from fractions import Fraction as F
from decimal import Decimal, getcontext

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, 'doc.ipynb')
SOURCE = ("https://github.com/SalihBirdal2434/Back-Propagation/blob/"
          "a1b8dd553501866b1ab05e97625b673aadf88a7d/backpropagation.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository) -> reconstructed notebook: code statements "
           "(comments dropped) and the printed output verbatim")

raw = open(DOC, encoding='utf-8').read()
LINES = raw.split('\n')
NB = json.loads(raw)


def out_line(text):
    """1-based raw line of the output string `text` (a JSON list element); must be unique."""
    want = json.dumps(text, ensure_ascii=False)
    hits = [i + 1 for i, l in enumerate(LINES)
            if l.strip().rstrip(',') == want]
    if len(hits) != 1:
        raise SystemExit('line %r found %d times' % (text, len(hits)))
    return hits[0]


# ---- the givens (the subs_values dict of the notebook), exact ----
G = dict(x1=F(1), x2=F(0), w1=F(1), w2=F(1, 2), w3=F(1), w4=F(-1, 2), w5=F(1), w6=F(1),
         b1=F(1, 2), b2=F(0), b3=F(1, 2), y=F(2))
# check the givens against the source text of the notebook
src = ''.join(NB['cells'][1]['source'])
for k, v in [('x1', '1.0'), ('x2', '0.0'), ('w1', '1.0'), ('w2', '0.5'), ('w3', '1.0'), ('w4', '-0.5'),
             ('w5', '1.0'), ('w6', '1.0'), ('b1', '0.5'), ('b2', '0.0'), ('b3', '0.5'), ('yActual', '2.0')]:
    if '    %s: %s' % (k, v) not in src:
        raise SystemExit('given %s = %s not found in the source' % (k, v))


def loss(p):
    h1 = p['x1'] * p['w1'] + p['x2'] * p['w3'] + p['b1']
    h2 = p['x1'] * p['w2'] + p['x2'] * p['w4'] + p['b2']
    o1 = h1 * p['w5'] + h2 * p['w6'] + p['b3']
    return (o1 - p['y']) ** 2, h1, h2, o1


L0, h1, h2, o1 = loss(G)
r = 2 * (o1 - G['y'])            # dL/do1
chain = {
    'w1': r * G['w5'] * G['x1'], 'w2': r * G['w6'] * G['x1'],
    'w3': r * G['w5'] * G['x2'], 'w4': r * G['w6'] * G['x2'],
    'w5': r * h1, 'w6': r * h2,
    'b1': r * G['w5'], 'b2': r * G['w6'], 'b3': r,
}
eps = F(1, 1000)
for k in chain:
    pp = dict(G); pp[k] += eps
    pm = dict(G); pm[k] -= eps
    fd = (loss(pp)[0] - loss(pm)[0]) / (2 * eps)
    assert fd == chain[k], (k, fd, chain[k])

print('forward pass (not printed in the notebook): h1 = %s, h2 = %s, o1 = %s, L = %s' % (h1, h2, o1, L0))


def dec(fr):
    return Decimal(fr.numerator) / Decimal(fr.denominator)


def decimals_of(p):
    return len(p.split('.')[1]) if '.' in p else 0


results = []
for name in ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'b1', 'b2', 'b3']:
    prefix = 'dL/d%s = ' % name
    # the numeric evaluation lines follow the '--- Numeric Evaluations ---' header
    outs = NB['cells'][1]['outputs'][0]['text']
    k0 = outs.index('--- Numeric Evaluations ---\n')
    cand = [s for s in outs[k0:] if s.startswith(prefix)]
    if len(cand) != 1:
        raise SystemExit('numeric line for %s not found' % name)
    s = cand[0]
    printed = s[len(prefix):].strip()
    line = out_line(s)
    true = chain[name]
    unit = Decimal(1).scaleb(-decimals_of(printed))
    ok = abs(Decimal(printed) - dec(true)) <= unit
    results.append(dict(line=line, printed=printed, correct=str(dec(true).normalize() if true else 0),
                        ok=ok, name=name))
    print('%-6s line %3d  dL/d%s  printed %-20s true %s' % ('RIGHT' if ok else 'WRONG', line, name, printed, true))

wrong = [dict(line=x['line'], page=None, printed=x['printed'], correct=x['correct'], kind='first',
              why='dL/d%s evaluated at the givens is %s' % (x['name'], x['correct']))
         for x in results if not x['ok']]
right = sorted(x['line'] for x in results if x['ok'])
print('\nSUMMARY: %d wrong lines, %d right lines' % (len(wrong), len(right)))

NOTES = ("Author: GitHub user SalihBirdal2434 (commits signed Salih), 2025-05-06; Turkish comments. One code cell: a "
         "2-2-1 network with identity activations (h1 = x1*w1 + x2*w3 + b1, h2 = x1*w2 + x2*w4 + b2, o1 = h1*w5 + "
         "h2*w6 + b3), squared-error loss L = (o1 - yActual)^2, gradients by sympy.diff, printed symbolically and then "
         "evaluated with subs at x1=1, x2=0, w1=1, w2=0.5, w3=1, w4=-0.5, w5=1, w6=1, b1=0.5, b2=0, b3=0.5, yActual=2. "
         "Forward pass (not printed): h1 = 1.5, h2 = 0.5, o1 = 2.5, L = 0.25, dL/do1 = 1. The nine numeric lines "
         "(sympy Floats at 15 significant digits; dL/dw3 and dL/dw4 print the exact sympy zero '0' because x2 = 0) "
         "all agree with the exact chain-rule values 1, 1, 0, 0, 1.5, 0.5, 1, 1, 1: all right, no error. The eight "
         "symbolic lines (formulas in the parameter names) hold no computed number and are in neither list (they are "
         "correct expansions; the symbolic print of dL/dw6 is simply missing from the code). Givens: the subs_values "
         "literals in the source. Clean document: a false-alarm test for gradients printed by a CAS with trailing "
         "zeros and an exact '0'.")

if '--write-expected' in sys.argv:
    exp = {"file": "doc.ipynb", "format": "ipynb", "source": SOURCE, "license": LICENSE,
           "wrong": wrong, "right": right, "notes": NOTES}
    with open(os.path.join(HERE, 'expected.json'), 'w') as fh:
        json.dump(exp, fh, indent=1)
        fh.write('\n')
    print('wrote expected.json')

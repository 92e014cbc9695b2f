#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, an excerpt (code lines and saved
outputs, unchanged) of Bhaskar Anand's `Backpropagation_scratch_Regression.ipynb`
(bhaskar-nie/Background_Propagation_from_Scratch-Regression, commit aacd839deb397d9db5add7fe3c3a5c0fa07d41a3).

The network (givens, checked against the code cells):
  data (CGPA, ATS score -> package): (8, 8) -> 4, (7, 9) -> 5, (6, 10) -> 6, (5, 12) -> 7
  2-2-1 network without activation functions, column-vector convention of the notebook:
      A1 = W1.T @ A0 + b1,   A2 = W2.T @ A1 + b2        (W1 is 2x2 with W1[i][k] joining input i to hidden k)
  initial W1 = W2 = 0.1 everywhere, b1 = b2 = 0; loss (y - y_hat)^2; learning rate 0.001; one sample at a time.
Correct stochastic gradient descent (what the notebook's comments say it does: dL/dW2 = 2(y - y_hat) A1, the
hidden gradients through W2 by the chain rule), with the old W2 in the hidden-layer gradients:
      g = 0.001 * 2 * (y - y_hat)
      W2[k] += g A1[k];  b2 += g;  W1[i][k] += g W2_old[k] X[i];  b1[k] += g W2_old[k]
The notebook's update_parameters instead (a) uses W2 after its own update and (b) adds g W2[i] X[k] to W1[i][k]
(transposed pairing: its comment "W1[0][1] connects X[1] to A1[0]" contradicts the forward pass W1.T @ A0).
The manual cells (execution counts 17 ... 36) were also run out of order: the parameters printed after the first
update are those of the first update applied twice with the same stale y_hat = 0.32, then sample 2's forward pass
and update run twice.

Judged as one top-to-bottom pass of the notebook with correct SGD.  Values are computed with decimal at 60
significant digits.  Plain Python 3.  Run:  python3 recompute.py [--write-expected]
"""
import json
import os
import re
import sys
from decimal import Decimal, getcontext

getcontext().prec = 60


def F(a, b=None):
    """Exact decimal from a string/int, or a/b at 60 significant digits."""
    return Decimal(a) if b is None else Decimal(a) / Decimal(b)



HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, 'doc.ipynb')
SOURCE = ("https://github.com/bhaskar-nie/Background_Propagation_from_Scratch-Regression/blob/"
          "aacd839deb397d9db5add7fe3c3a5c0fa07d41a3/Backpropagation_scratch_Regression.ipynb")
LICENSE = ("none stated (no LICENSE file in the repository; README gives none) -> excerpt: the notebook's code lines "
           "(full-line comments dropped), execution counts and saved outputs unchanged, re-serialised under a "
           "heading of ours")

raw = open(DOC, encoding='utf-8').read()
LINES = raw.split('\n')
NB = json.loads(raw)
CODE = [c for c in NB['cells'] if c['cell_type'] == 'code']

# ---------------------------------------------------------------- raw line numbers of output strings, in order
_pos = [0]


def next_line(text):
    """1-based raw line of the next JSON list element equal to `text`, searching forward; fails loudly."""
    want = json.dumps(text, ensure_ascii=False)
    for i in range(_pos[0], len(LINES)):
        if LINES[i].strip().rstrip(',') == want:
            _pos[0] = i + 1
            return i + 1
    raise SystemExit('output line %r not found after raw line %d' % (text, _pos[0]))


# ---------------------------------------------------------------- givens, checked against the code
ALLSRC = '\n'.join(''.join(c['source']) for c in CODE)
for lit in ["pd.DataFrame([[8, 8, 4], [7, 9, 5], [6, 10, 6], [5, 12, 7]]",
            "np.ones((layer_dimensions[l - 1], layer_dimensions[l])) * 0.1",
            "np.zeros((layer_dimensions[l], 1))",
            "Z = np.dot(W.T, A_prev) + b",
            "parameters['W2'][0][0] += 0.001 * 2 * (y - y_hat) * A1[0][0]",
            "parameters['b2'][0][0] += 0.001 * 2 * (y - y_hat)",
            "parameters['W1'][0][1] += 0.001 * 2 * (y - y_hat) * parameters['W2'][0][0] * X[1][0]",
            "parameters['W1'][1][0] += 0.001 * 2 * (y - y_hat) * parameters['W2'][1][0] * X[0][0]",
            "epochs = 5", "Loss.append((y - y_hat) ** 2)"]:
    if lit not in ALLSRC:
        raise SystemExit('given %r not found in the code' % lit)
XS = [(F(8), F(8)), (F(7), F(9)), (F(6), F(10)), (F(5), F(12))]
YS = [F(4), F(5), F(6), F(7)]
LR = F(1, 1000)


def init():
    return {'W1': [[F(1, 10), F(1, 10)], [F(1, 10), F(1, 10)]], 'b1': [F(0), F(0)],
            'W2': [F(1, 10), F(1, 10)], 'b2': F(0)}


def forward(p, x):
    a1 = [p['W1'][0][k] * x[0] + p['W1'][1][k] * x[1] + p['b1'][k] for k in range(2)]
    a2 = p['W2'][0] * a1[0] + p['W2'][1] * a1[1] + p['b2']
    return a1, a2


def sgd_true(p, x, y, a1, a2):
    g = LR * 2 * (y - a2)
    w2old = list(p['W2'])
    p['W2'] = [p['W2'][k] + g * a1[k] for k in range(2)]
    p['b2'] = p['b2'] + g
    p['W1'] = [[p['W1'][i][k] + g * w2old[k] * x[i] for k in range(2)] for i in range(2)]
    p['b1'] = [p['b1'][k] + g * w2old[k] for k in range(2)]


def sgd_notebook(p, x, y, a1, a2):
    """The notebook's own update_parameters (only used to show what its code does)."""
    g = LR * 2 * (y - a2)
    p['W2'] = [p['W2'][k] + g * a1[k] for k in range(2)]
    p['b2'] = p['b2'] + g
    for i in range(2):
        p['W1'][i] = [p['W1'][i][0] + g * p['W2'][i] * x[0], p['W1'][i][1] + g * p['W2'][i] * x[1]]
        p['b1'][i] = p['b1'][i] + g * p['W2'][i]


# ---------------------------------------------------------------- judging helpers
NUM = re.compile(r'-?\d+\.\d*(?:e[-+]?\d+)?|-?\d+')


def decimals(s):
    if 'e' in s:
        raise SystemExit('exponent form not expected: %s' % s)
    return len(s.split('.')[1]) if '.' in s else 0


def within(s, t):
    return abs(Decimal(s) - t) <= Decimal(1).scaleb(-decimals(s))


def fmt(t, d=8):
    return format(t.quantize(Decimal(1).scaleb(-d)), 'f')


right, wrong, unjudged, report = [], [], [], []
chain_first = {}
CHAIN = ['manual']
EXPLAIN = {}


def judge(line, printed, true, what, given=False, why_first=None):
    nums = NUM.findall(printed)
    if len(nums) != len(true):
        raise SystemExit('line %d: expected %d numbers, got %r' % (line, len(true), printed))
    if given:
        for s, t in zip(nums, true):
            if Decimal(s) != t:
                raise SystemExit('line %d: given %s is not %s' % (line, s, t))
        report.append('given  line %4d  %s' % (line, printed.rstrip()))
        return
    ok = all(within(s, t) for s, t in zip(nums, true))
    d = max(decimals(s) for s in nums)
    corr = ' '.join(fmt(t, d) for t in true)
    report.append('%-6s line %4d  %-28s printed %-40s true %s' % ('RIGHT' if ok else 'WRONG', line, what,
                                                                   ' '.join(nums), corr))
    if ok:
        right.append(line)
        return
    chain = CHAIN[0]
    where = what.split(',')[0] + ',' + what.split(',')[1] if what.count(',') >= 2 else what.split(',')[0]
    if chain not in chain_first:
        chain_first[chain] = (line, where)
        kind = 'first'
        why = '%s: %s' % (what, why_first)
    elif chain_first[chain][1] == where and 'A1' not in what and 'A2' not in what:
        kind = 'propagated'
        why = ('%s: printed by the same wrong update as line %d (the first wrong line of this run: %s). '
               'True value (one top-to-bottom pass, correct SGD): %s.' % (what, chain_first[chain][0],
                                                                         SAME[chain], corr))
    else:
        kind = 'propagated'
        why = ('%s. %s True value (one top-to-bottom pass, correct SGD): %s.' % (what, EXPLAIN[chain], corr))
    wrong.append(dict(line=line, page=None, printed=' '.join(nums), correct=corr, kind=kind, why=why))


STATE = {'p': None, 'fresh': True, 'x': None, 'y': None, 'a1': None, 'a2': None}


def params_lines(p):
    return [('W1 row 1', p['W1'][0]), ('W1 row 2', p['W1'][1]), ('b1 row 1', [p['b1'][0]]),
            ('b1 row 2', [p['b1'][1]]), ('W2 row 1', [p['W2'][0]]), ('W2 row 2', [p['W2'][1]]), ('b2', [p['b2']])]


def forward_block(texts, k0, where, why_first=None):
    """Judge the 16 printed lines of one L_layer_forward call starting at texts[k0]."""
    p, x = STATE['p'], STATE['x']
    a1, a2 = forward(p, x)
    STATE['a1'], STATE['a2'] = a1, a2
    fresh = STATE['fresh']
    spec = [('A0:  [[', 'A0 row 1', [x[0]], 'in'), (' [', 'A0 row 2', [x[1]], 'in'),
            ('W1:  [[', 'W1 row 1', p['W1'][0], 'par'), (' [', 'W1 row 2', p['W1'][1], 'par'),
            ('b1:  [[', 'b1 row 1', [p['b1'][0]], 'par'), (' [', 'b1 row 2', [p['b1'][1]], 'par'),
            ('A1:  [[', 'A1 row 1', [a1[0]], 'out'), (' [', 'A1 row 2', [a1[1]], 'out'), ('-----', None, None, None),
            ('A1:  [[', 'A1 row 1 (restated)', [a1[0]], 'out'), (' [', 'A1 row 2 (restated)', [a1[1]], 'out'),
            ('W2:  [[', 'W2 row 1', [p['W2'][0]], 'par'), (' [', 'W2 row 2', [p['W2'][1]], 'par'),
            ('b2:  [[', 'b2', [p['b2']], 'par'), ('A2:  [[', 'A2 = y_hat', [a2], 'out'), ('-----', None, None, None)]
    for j, (pre, what, true, role) in enumerate(spec):
        text = texts[k0 + j]
        if not text.startswith(pre):
            raise SystemExit('%s: output %r does not start with %r' % (where, text, pre))
        line = next_line(text)
        if what is None:
            continue
        body = text.split(':', 1)[1] if text[:2] in ('A0', 'A1', 'A2', 'W1', 'W2', 'b1', 'b2') else text
        judge(line, body, true, '%s, %s' % (where, what), given=(role == 'in' or (role == 'par' and fresh)),
              why_first=why_first)
    return k0 + len(spec)


def params_dict(texts, where, why_first=None):
    pre = ["{'W1': array([[", "        [", " 'b1': array([[", "        [", " 'W2': array([[", "        [",
           " 'b2': array([["]
    if len(texts) != 7:
        raise SystemExit('%s: parameter dict of %d lines' % (where, len(texts)))
    for text, pr, (what, true) in zip(texts, pre, params_lines(STATE['p'])):
        if not text.startswith(pr):
            raise SystemExit('%s: %r does not start with %r' % (where, text, pr))
        line = next_line(text)
        body = text.split('array(', 1)[1] if 'array(' in text else text
        judge(line, body, true, '%s, %s' % (where, what), given=STATE['fresh'], why_first=why_first)


def outputs_text(cell):
    res = []
    for o in cell['outputs']:
        res.append(o['text'] if o['output_type'] == 'stream' else o['data']['text/plain'])
    return res


# ---------------------------------------------------------------- walk the code cells top to bottom
g1 = LR * 2 * (YS[0] - F(32, 100))
WHY_MANUAL_FIRST = (
    "parameters printed after the first update (sample 1: x = (8, 8), y = 4, y_hat = 0.32, so "
    "0.001*2*(y - y_hat) = 0.00736). Correct SGD gives W2 = 0.1 + 0.00736*1.6 = 0.111776 (both), b2 = 0.00736, "
    "W1 = 0.1 + 0.00736*0.1*8 = 0.105888 (all four), b1 = 0.00736*0.1 = 0.000736 (both). The printed "
    "parameters come from a kernel whose cells ran out of order (execution counts 19, 22, 28): update_parameters "
    "applied twice with the same stale y_hat = 0.32 and A1, then sample 2's forward pass and update run twice; "
    "even a single run of the notebook's own update would print W1 = 0.10658137 (it uses the already-updated W2)")
WHY_LOOP_FIRST = (
    "W1 after the first update of the training loop (sample 1, 0.001*2*(4 - 0.32) = 0.00736). update_parameters "
    "uses W2 after its own update: 0.1 + 0.00736*0.111776*8 = 0.10658137; backpropagation uses the W2 of the "
    "forward pass: 0.1 + 0.00736*0.1*8 = 0.105888 (from the next step on it also adds 2(y - y_hat)*W2[i]*X[k] to "
    "W1[i][k], the transposed pairing: with A1 = W1.T @ A0 the gradient of W1[i][k] is 2(y - y_hat)*W2[k]*X[i])")
SAME = {'manual': 'stale out-of-order re-runs; correct after one update W1 = 0.105888, b1 = 0.000736, '
                  'W2 = 0.111776, b2 = 0.00736',
        'loop': 'the hidden-layer update uses the already-updated W2 = 0.111776 instead of 0.1, so W1 = '
                '0.10658137 instead of 0.105888 and b1 = 0.00082267 instead of 0.000736'}
EXPLAIN['manual'] = ("Consequence of the wrong parameters printed after the first update (stale out-of-order "
                     "re-runs of the update and forward cells, and an update that uses the updated W2 with a "
                     "transposed W1 pairing), restated or recomputed from them.")
EXPLAIN['loop'] = ("Consequence of the training loop's wrong W1/b1 updates (the updated W2 used in the hidden "
                   "gradients and the transposed W1[i][k] <- W2[i]*X[k] pairing), carried through every later "
                   "forward pass and update.")

cells = list(CODE)
ci = [0]


def take(marker):
    """Next code cell; it must contain `marker` in its source."""
    c = cells[ci[0]]
    ci[0] += 1
    if marker not in ''.join(c['source']):
        raise SystemExit('cell with %r expected, got %r' % (marker, ''.join(c['source'])[:80]))
    return c


take('import numpy as np')
c = take('pd.DataFrame(')                      # the data table: givens only
for t in outputs_text(c)[0]:
    next_line(t)
take('def initialize_parameters')
take('def linear_forward')
take('def L_layer_forward')

# cell [17]: sample 1, initialise, forward pass
c = take("initialize_parameters([2, 2, 1])")
assert ".values[0]" in ''.join(c['source']) and 'L_layer_forward(X, parameters)' in ''.join(c['source'])
STATE.update(p=init(), fresh=True, x=XS[0], y=YS[0])
forward_block(outputs_text(c)[0], 0, 'cell [17] forward, sample 1')

# cell [18]: y_hat = y_hat[0][0]; A1 displayed
c = take('y_hat = y_hat[0][0]')
txt = outputs_text(c)[0]
if len(txt) != 2 or not txt[0].startswith('array([[') or not txt[1].startswith('       ['):
    raise SystemExit('A1 display cell changed')
for k, t in enumerate(txt):
    judge(next_line(t), t, [STATE['a1'][k]], 'cell [18] A1 row %d' % (k + 1))

take('def update_parameters')

# cell [22]: update (sample 1); cell [28]: parameters printed
c = take('update_parameters(parameters, y, y_hat, A1, X)')
sgd_true(STATE['p'], STATE['x'], STATE['y'], STATE['a1'], STATE['a2'])
STATE['fresh'] = False
c = take('parameters')
params_dict(outputs_text(c)[0], 'cell [28] parameters after update 1', why_first=WHY_MANUAL_FIRST)

# cells [29] ... [36]: samples 2, 3, 4 by hand
for row, (cf, cu) in zip([1, 2, 3], [(29, 30), (33, 34), (35, 36)]):
    c = take(".values[%d]" % row)
    STATE.update(x=XS[row], y=YS[row])
    outs = outputs_text(c)
    forward_block(outs[0], 0, 'cell [%d] forward, sample %d' % (cf, row + 1))
    if len(outs) == 2:                           # cell [29] also displays `parameters` (unchanged)
        params_dict(outs[1], 'cell [%d] parameters (unchanged)' % cf)
    c = take('update_parameters(parameters,y,y_hat,A1,X)')
    sgd_true(STATE['p'], STATE['x'], STATE['y'], STATE['a1'], STATE['a2'])
    params_dict(outputs_text(c)[0], 'cell [%d] parameters after sample %d' % (cu, row + 1))

# cell [39]: re-initialise; cell [41]: 5 epochs
take('epochs = 5')
STATE.update(p=init(), fresh=True)
CHAIN[0] = 'loop'
c = take('for i in range(epochs):')
txt = outputs_text(c)[0]
k = 0
PRINTED_LOSSES = []
for ep in range(5):
    losses = []
    for j in range(4):
        STATE.update(x=XS[j], y=YS[j])
        k = forward_block(txt, k, 'cell [41] epoch %d, sample %d forward' % (ep + 1, j + 1),
                          why_first=WHY_LOOP_FIRST)
        losses.append((STATE['y'] - STATE['a2']) ** 2)
        sgd_true(STATE['p'], STATE['x'], STATE['y'], STATE['a1'], STATE['a2'])
        STATE['fresh'] = False
    t = txt[k]
    k += 1
    m = re.fullmatch(r'Epoch - (\d) Loss - (\S+)\n', t)
    if not m or int(m.group(1)) != ep + 1:
        raise SystemExit('epoch line expected, got %r' % t)
    PRINTED_LOSSES.append(m.group(2))
    judge(next_line(t), m.group(2), [sum(losses) / 4], 'cell [41] epoch %d mean loss' % (ep + 1))
if k != len(txt):
    raise SystemExit('unread loop output lines')

c = take('parameters')
params_dict(outputs_text(c)[0], 'cell [42] final parameters')
if ci[0] != len(cells):
    raise SystemExit('unread code cells')

# ---------------------------------------------------------------- what the notebook's own code gives (check)
p = init()
for ep in range(5):
    own = []
    for j in range(4):
        a1, a2 = forward(p, XS[j])
        own.append((YS[j] - a2) ** 2)
        sgd_notebook(p, XS[j], YS[j], a1, a2)
    if abs(Decimal(PRINTED_LOSSES[ep]) - sum(own) / 4) > Decimal('1e-12'):      # float64 vs exact: 1e-12
        raise SystemExit('the notebook rule does not reproduce epoch %d loss' % (ep + 1))
OWN_FINAL = p
for s_, t_ in zip(['0.273603', '0.3993222', '0.28787155', '0.42586102'], OWN_FINAL['W1'][0] + OWN_FINAL['W1'][1]):
    if not within(s_, t_):
        raise SystemExit('the notebook rule does not reproduce the final W1')
FINAL_TRUE = STATE['p']

print('\n'.join(report))
nfirst = sum(1 for w in wrong if w['kind'] == 'first')
print('\nnotebook rule, final W1 %s  (printed 0.273603 0.3993222 / 0.28787155 0.42586102)'
      % [[fmt(v) for v in r] for r in OWN_FINAL['W1']])
print('correct SGD, final W1 %s, W2 %s' % ([[fmt(v) for v in r] for r in FINAL_TRUE['W1']],
                                          [fmt(v) for v in FINAL_TRUE['W2']]))
print('\nSUMMARY: %d wrong lines (%d first, %d propagated), %d right lines, %d unjudged' % (
    len(wrong), nfirst, len(wrong) - nfirst, len(right), len(unjudged)))

NOTES = (
    "Author: Bhaskar Anand (GitHub bhaskar-nie), Colab notebook of 2025-04-11, a re-worked copy of the CampusX "
    "'backpropagation from scratch - regression' lesson: a 2-2-1 linear network (A1 = W1.T @ A0 + b1, y_hat = "
    "W2.T @ A1 + b2; all weights 0.1, biases 0) fitted to four rows (8,8)->4, (7,9)->5, (6,10)->6, (5,12)->7 with "
    "loss (y - y_hat)^2 and learning rate 0.001, first one update per sample by hand (cells [17]-[36]), then 5 "
    "epochs in a loop that prints every forward pass and the mean loss per epoch. Judged as one top-to-bottom pass "
    "against correct SGD (decimal, 60 digits). Two causes of error: (1) the hand-run cells were executed "
    "out of order (execution counts 17,16,18,19,22,28,29,30,33,...): the parameters printed after the first update "
    "(W2 = 0.15747535, 0.15783471; W1 = 0.13249307, ...) are those of the first update applied twice with the stale "
    "y_hat = 0.32 followed by two forward+update runs of sample 2; correct after one update: W2 = 0.111776, b2 = "
    "0.00736, W1 = 0.105888, b1 = 0.000736, so every later hand-run line is propagated; (2) update_parameters "
    "updates W1 and b1 with the already-updated W2 and pairs W1[i][k] with W2[i]*X[k] (transposed; the comment "
    "'W1[0][1] connects X[1] to A1[0]' contradicts the forward pass W1.T @ A0): in the loop the first update prints "
    "W1 = 0.10658137 (correct 0.105888) and b1 = 0.00082267 (correct 0.000736), while W2 = 0.111776 and b2 = "
    "0.00736 are right; every later loop line is propagated (epoch losses printed 26.2825, 19.4383, 10.1399, "
    "3.3856, 1.3198 vs correct 26.3456, 19.8594, 10.8816, 3.7770, 1.2238; correct final W1 keeps both hidden units "
    "identical: 0.27198995 in row 1, 0.39273926 in row 2). The notebook's own code, rerun, reproduces every loop "
    "line. Lines of givens (inputs A0, the initial 0.1/0 parameters, the data table) are in neither list; the "
    "first forward pass (A1 = 1.6, 1.6; y_hat = 0.32) is right in both places it is printed. Close call: the "
    "author's comment calls the hidden-layer gradients 'approximated manually'; read as a made-up rule rather "
    "than backpropagation, the loop lines would follow from it, but the comments and README present it as the "
    "chain-rule gradient of the MSE, the corpus's reading for transposed or stale updates "
    "(nb_luiscunhacsc_transposed_update, nb_r27_kianfar_uva_penpaper_rerun_state).")

if '--write-expected' in sys.argv:
    out = dict(file='doc.ipynb', format='ipynb', source=SOURCE, license=LICENSE, wrong=wrong, right=right,
               unjudged=unjudged, notes=NOTES)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print('wrote expected.json')

#!/usr/bin/env python3
"""Recompute every printed number of doc.md (excerpt of microsoft/ai-edu, 02.3-梯度下降.md) and
judge each line; --write-expected writes expected.json.  Plain Python 3, decimal at 60 digits.

Givens on the page: J(x) = x^2, x0 = 1.2, eta = 0.3 ;  J(x,y) = x^2 + sin^2(y), (x0,y0) = (3,1), eta = 0.1.
"""
import json
import sys
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 60
HERE = __file__.rsplit('/', 1)[0] if '/' in __file__ else '.'
LINES = open(HERE + '/doc.md', encoding='utf-8').read().split('\n')


def line_of(sub):
    hits = [i + 1 for i, l in enumerate(LINES) if sub in l]
    if len(hits) != 1:
        raise SystemExit('line_of: %r matched %d lines' % (sub, len(hits)))
    return hits[0]


def q(x, p):
    return x.quantize(D(1).scaleb(-p), rounding=ROUND_HALF_EVEN)


def places(s):
    return len(s.split('.')[1]) if '.' in s else 0


def ok(printed, value):
    """rule (a)/(b): printed equals the value rounded at its own digits, or is within one unit."""
    p = places(printed)
    return q(value, p) == D(printed) or abs(D(printed) - value) <= D(1).scaleb(-p)


# Taylor series for sin/cos at 60 digits (arguments here are <= 1)
def sin(x):
    s, t, n = D(0), x, 1
    while abs(t) > D('1e-70'):
        s += t
        t = -t * x * x / ((n + 1) * (n + 2))
        n += 2
    return s


def cos(x):
    s, t, n = D(0), D(1), 0
    while abs(t) > D('1e-70'):
        s += t
        t = -t * x * x / ((n + 1) * (n + 2))
        n += 2
    return s


wrong, right, report = [], [], []


def judge_line(sub, pairs, why_ok, wrong_kind=None, why_wrong=None):
    n = line_of(sub)
    bad = [(p, v) for p, v in pairs if not ok(p, v)]
    if not bad:
        right.append(n)
        report.append('L%-3d right  %s  (%s)' % (n, ', '.join(p for p, _ in pairs), why_ok))
    else:
        printed = ', '.join(p for p, _ in pairs)
        correct = ', '.join(str(q(v, places(p))) for p, v in pairs)
        wrong.append({"line": n, "page": None, "printed": printed, "correct": correct,
                      "kind": wrong_kind, "why": why_wrong})
        report.append('L%-3d WRONG %-10s printed %s  correct %s  -- %s' % (n, wrong_kind, printed, correct, why_wrong))


# ---- 2.3.3 single variable: x_{n+1} = x_n - 0.3*2*x_n, y = x^2 ----
x = D('1.2')
eta = D('0.3')
printed_1d = [('0.480000', '0.230400'), ('0.192000', '0.036864'), ('0.076800', '0.005898'), ('0.030720', '0.000944')]
for px, py in printed_1d:
    x = x - eta * 2 * x
    judge_line('x=%s, y=%s' % (px, py), [(px, x), (py, x * x)],
               'x_{n+1} = x_n - 0.3*2x_n, y = x^2')

# ---- 2.3.4 two variables: table rows, row k = state before the k-th update (row 1 = (3,1)) ----
states = []
xv, yv, e2 = D(3), D(1), D('0.1')
for k in range(1, 20):
    states.append((xv, yv, xv * xv + sin(yv) ** 2))
    xv, yv = xv - e2 * 2 * xv, yv - e2 * 2 * sin(yv) * cos(yv)

judge_line('|1|3|1|9.708073|', [('9.708073', states[0][2])], 'J(3,1) = 9 + sin^2(1)')
judge_line('|2|2.4|0.909070|6.382415|', [(p, v) for p, v in zip(('2.4', '0.909070', '6.382415'), states[1])],
           'one update from (3,1)')
s15, s16 = states[14], states[15]
judge_line('|15|0.105553|0.063481|0.015166|', [(p, v) for p, v in zip(('0.105553', '0.063481', '0.015166'), s15)],
           '', 'first',
           'off by one: with row 1 = the start (3,1) and row 2 = one update, row 15 is the state after 14 updates '
           '(0.131941, 0.079268, 0.023679); the printed triple is the state after 15 updates')
judge_line('|16|0.084442|0.050819|0.009711|', [(p, v) for p, v in zip(('0.084442', '0.050819', '0.009711'), s16)],
           '', 'first',
           'same off-by-one: row 16 (after 15 updates) is (0.105553, 0.063481, 0.015166); the printed triple is one '
           'step later')
# text line: after 16 iterations J = 0.009711 (state after 16 updates), < 0.01
judge_line('迭代16次后', [('0.009711', states[16][2])], 'J after 16 updates = 0.009711 < 0.01')

notes = ("Excerpt (Microsoft tutorial licence, not open): prose, figures and section 2.3.5 cut; line numbers refer to doc.md. "
         "Table 2-3 is internally inconsistent: rows 1-2 print the start point (3,1) and the point after one update, "
         "so row k is the state before the k-th update, but rows 15 and 16 print the states after 15 and 16 updates "
         "(one step ahead). Judged with the convention set by rows 1-2, rows 15/16 are wrong and the closing line "
         "'迭代16次后 J = 0.009711' is right (16 updates give J = 0.009711). Close call: if rows 15/16 and the text are "
         "taken as the convention (row k = after k updates), rows 1 and 2 would be the mislabeled ones instead. "
         "In 2.3.3 the loop prints a fourth point (y = 0.000944) although y = 0.005898 already meets J < 0.01; the printed "
         "numbers themselves are right, so no line is marked for it.")

wrong.sort(key=lambda r: r['line'])
for r in sorted(report, key=lambda s: int(s.split()[0][1:])):
    print(r)
print('wrong lines: %d (first %d, propagated %d); right lines: %d' % (
    len(wrong), sum(w['kind'] == 'first' for w in wrong), sum(w['kind'] == 'propagated' for w in wrong), len(right)))

if '--write-expected' in sys.argv:
    exp = {"file": "doc.md", "format": "md",
           "source": "https://github.com/microsoft/ai-edu/blob/4acbfaa606323cfc5ec161cddfed0d3cc06a47d9/%E5%9F%BA%E7%A1%80%E6%95%99%E7%A8%8B/A2-%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%E5%9F%BA%E6%9C%AC%E5%8E%9F%E7%90%86/%E7%AC%AC1%E6%AD%A5%20-%20%E5%9F%BA%E6%9C%AC%E7%9F%A5%E8%AF%86/02.3-%E6%A2%AF%E5%BA%A6%E4%B8%8B%E9%99%8D.md",
           "license": "Microsoft Terms of Use for tutorial materials (non-commercial use with notice; not an open licence); excerpt only",
           "wrong": wrong, "right": sorted(right), "notes": notes}
    with open(HERE + '/expected.json', 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('wrote expected.json')

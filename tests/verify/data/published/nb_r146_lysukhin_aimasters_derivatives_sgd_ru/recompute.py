#!/usr/bin/env python3
"""Independent recomputation of every computed number printed in doc.ipynb, a
reconstruction (equations, comment-free code statements and printed outputs, no
author prose) of lysukhin/ai-masters-ml3-seminars 01_backprop/seminar01_backprop.ipynb
(AI Masters, course "Machine learning" part 3, seminar 1, in Russian): numerical
derivatives of f(x) = x^2 - 2x + 1, numerical partial derivatives of g(x, y),
a torch autograd toy, and one SGD step for a quadratic model a x^2 + b x + c.
Plain Python (json, fractions, decimal).  Run: python3 recompute.py [--write-expected]

Judging conventions
* Finite-difference lines print a float64 program result of a difference quotient
  (the notebook's point is to show float rounding for small h).  A line is RIGHT
  when the printed value is within one unit of its last digit of the exact-arithmetic
  value of the printed quotient (inputs: f or g, x, and h as the float the line shows).
  When the printed value is bit-identical to the float64 evaluation but differs from
  the exact quotient by more than one unit (catastrophic cancellation), the line has two
  readings (float64 result vs exact arithmetic) and goes to "unjudged".
* g is the function the document defines and differentiates by hand:
  g = 2(x^2-2x+1) + (xy)^2 = 2f(x) + x^2 y^2 (dg/dx = 4x-4+2xy^2, dg/dy = 2x^2 y).
  The code cell defines g with + y**2 instead of + (x*y)**2.
* Rounded tensor outputs (4 decimals) are right within one unit of the last digit.
"""
import json, sys, os
from fractions import Fraction as F
from decimal import Decimal, getcontext
getcontext().prec = 60

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = open(os.path.join(HERE, 'doc.ipynb'), encoding='utf-8').read().split('\n')
json.loads('\n'.join(RAW))

def find(text, occurrence=1, after=0):
    k = 0
    for i, l in enumerate(RAW, 1):
        if i > after and text in l:
            k += 1
            if k == occurrence:
                return i
    raise SystemExit('line not found: %r (#%d)' % (text, occurrence))

def unit(p):
    d = Decimal(p)
    return Decimal(1).scaleb(d.as_tuple().exponent)

def within(p, exact, units=1):
    return abs(Decimal(p) - Decimal(exact.numerator) / Decimal(exact.denominator)) <= units * unit(p)

def dstr(fr):
    return format(Decimal(fr.numerator) / Decimal(fr.denominator), '.20g')

wrong, right, unjudged, report = [], [], [], []
def R(line, printed, correct):
    right.append(line); report.append(('RIGHT', line, printed, correct, ''))
def W(line, printed, correct, kind, why):
    wrong.append({"line": line, "page": None, "printed": printed, "correct": correct, "kind": kind, "why": why})
    report.append(('WRONG ' + kind, line, printed, correct, why))
def U(line, why):
    unjudged.append({"line": line, "page": None, "why": why}); report.append(('UNJUDGED', line, '', '', why))

f_float = lambda x: x ** 2 - 2 * x + 1
f_exact = lambda x: x * x - 2 * x + 1

# f(x) table
for x, v in ((-1, '4'), (0, '1'), (4, '9')):
    line = find('"x = %2d, f(x) = %3s\\n"' % (x, v) if False else 'x = %2d, f(x) = %3s' % (x, v))
    ok = F(v) == f_exact(F(x))
    (R if ok else (lambda l, p, c: W(l, p, c, 'first', 'f(x) misevaluated')))(line, v, str(f_exact(F(x))))

# axis limits returned by plt.axis after autoscaling (5% margins) of xs = arange(-2, 4, 0.1), f(xs)
line = find('(-2.2950000000000004, 4.195000000000006, -0.45, 9.45)')
xs = [-2 + i * 0.1 for i in range(60)]
fs = [f_float(x) for x in xs]
x0, x1, y0, y1 = F(min(xs)), F(max(xs)), F(min(fs)), F(max(fs))
lims = [x0 - (x1 - x0) / 20, x1 + (x1 - x0) / 20, y0 - (y1 - y0) / 20, y1 + (y1 - y0) / 20]
pr = ['-2.2950000000000004', '4.195000000000006', '-0.45', '9.45']
if all(within(p, e) for p, e in zip(pr, lims)):
    R(line, ', '.join(pr), ', '.join(dstr(e)[:22] for e in lims))
elif all(within(p, e, 10) for p, e in zip(pr, lims)):
    U(line, 'matplotlib autoscale limits (5%% margins) printed in full float64: exact arithmetic gives %s; the last digits are float64 noise of matplotlib\'s own evaluation (float reading right, exact reading off by a few units)' % ', '.join(dstr(e) for e in lims))
else:
    W(line, ', '.join(pr), ', '.join(dstr(e)[:22] for e in lims), 'first', 'axis limits')

# finite differences
HS = ['1.0', '0.1', '0.01', '0.001', '0.0001', '1e-05', '1e-06', '1e-07', '1e-08', '1e-09', '1e-10']
def fd_lines(x, sym, printed_list, anchor):
    after = find(anchor)
    for hs, p in zip(HS, printed_list):
        h = float(hs)
        if sym:
            fl = (f_float(x + h) - f_float(x - h)) / (2 * h)
            xp, xm = F(x) + F(h), F(x) - F(h)   # x +- h as exact inputs (float rounding of x+h is part of float reading)
            ex = (f_exact(xp) - f_exact(xm)) / (2 * F(h))
        else:
            fl = (f_float(x + h) - f_float(x)) / h
            ex = (f_exact(F(x) + F(h)) - f_exact(F(x))) / F(h)
        text = "x = %s, h = %6s, f'(x) = %s" % (x, hs, p)
        line = find(text, 1, after); after = line
        if within(p, ex):
            R(line, p, dstr(ex)[:24])
        elif float(p) == fl:
            U(line, "printed %s is the exact float64 value of the %s difference quotient, but exact arithmetic on the same inputs gives %s (float cancellation at small h): float64 reading right, exact reading wrong" % (p, 'central' if sym else 'forward', dstr(ex)[:22]))
        else:
            W(line, p, dstr(ex)[:24], 'first', 'difference quotient misevaluated')

fd_lines(1, False, ['1.0', '0.10000000000000009', '0.009999999999998899', '0.0009999999999177334', '9.99999993922529e-05',
                    '1.000000082740371e-05', '1.000088900582341e-06', '9.992007221626409e-08', '0.0', '0.0', '0.0'], 'compute_derivative(f, 1, 1e-6)')
fd_lines(-1, False, ['-3.0', '-3.899999999999997', '-3.990000000000027', '-3.9989999999998638', '-3.999900000000167',
                     '-3.999989999980968', '-3.999999000026122', '-3.9999998957540583', '-4.000000020099037',
                     '-3.9999998868722737', '-4.000000330961484'], 'x = 1, h =  1e-10')
fd_lines(-1, True, ['-4.0', '-3.999999999999999', '-4.0000000000000036', '-3.9999999999997815', '-3.9999999999995595',
                    '-4.000000000004', '-3.999999999892978', '-3.9999999978945766', '-3.9999999978945766',
                    '-4.000000108916879', '-4.000000330961484'], 'def compute_derivative_symmetric')
fd_lines(1, True, ['0.0', '0.0', '0.0', '-5.551115123125783e-14', '-5.551115123125783e-13', '0.0',
                   '5.551115123125783e-11', '0.0', '-5.551115123125783e-09', '0.0', '0.0'], 'x = -1, h =  1e-10, f\'(x) = -4.000000330961484')

# partial derivatives of g, h = 1e-9, forward differences
g_doc = lambda x, y: 2 * (x * x - 2 * x + 1) + (x * y) ** 2
g_code_float = lambda x, y: 2 * (x ** 2 - 2 * x + 1) + y ** 2
hh = 1e-9
for (x, y, dx_p, dy_p) in ((1, 0, '0.0', '1e-09'), (1, 2, '0.0', '4.000000330961484'), (-1, 0, '-7.999999773744547', '0.0')):
    for var, p in (('x', dx_p), ('y', dy_p)):
        line = find('partial dg/d%s (x=%d, y=%d) = %s' % (var, x, y, p))
        X, Y, H = F(x), F(y), F(hh)
        if var == 'x':
            ex = (g_doc(X + H, Y) - g_doc(X, Y)) / H
            fl_code = (g_code_float(x + hh, y) - g_code_float(x, y)) / hh
            true_d = 4 * X - 4 + 2 * X * Y * Y
        else:
            ex = (g_doc(X, Y + H) - g_doc(X, Y)) / H
            fl_code = (g_code_float(x, y + hh) - g_code_float(x, y)) / hh
            true_d = 2 * X * X * Y
        if within(p, ex):
            R(line, p, dstr(ex)[:24])
        elif abs(F(p) - ex) < F(1, 10**5):
            U(line, "printed %s is the float64 forward difference (h = 1e-9); exact arithmetic gives %s and the derivative is %s: float64 reading right, exact reading wrong" % (p, dstr(ex)[:22], dstr(true_d)))
        else:
            W(line, p, '%s (dg/d%s = %s)' % (dstr(ex)[:22], var, dstr(true_d)), 'first',
              "the code cell defines g = 2(x^2-2x+1) + y**2, dropping the x^2 of the document's (xy)^2 = x^2 y^2 term; "
              "for the g the document defines and differentiates by hand, dg/dx(1, 2) = 4x - 4 + 2xy^2 = 8, "
              "and the h = 1e-9 forward difference is ~8.000000 (printed %s equals the code's g, float %r)" % (p, fl_code))

# torch toy: f = w1 x + w2 x y + w3, x=1, y=2, w=(3,-1,1): df/dx = w1 + w2 y = 1, df/dy = w2 x = -1
line = find('tensor([1.]) tensor([-1.])')
R(line, '1., -1.', '%s, %s' % (3 + (-1) * 2, (-1) * 1))

# SGD step for a x^2 + b x + c, a=b=c=1, given x, y (printed data point)
xg = Decimal('-1.0989832669867725'); yg = Decimal('0.41057465680870675')
a = b = c = Decimal(1)
yhat = a * xg * xg + b * xg + c
line = find('"1.1087809541301472')
p = '1.1087809541301472'
(R if abs(Decimal(p) - yhat) <= unit(p) else (lambda l, p_, c_: W(l, p_, c_, 'first', 'y_hat')))(line, p, str(yhat)[:22])
loss = (yg - yhat) ** 2
line = find('tensor([1.1088], grad_fn=<AddBackward0>) tensor([0.4875]')
ok = abs(Decimal('1.1088') - yhat) <= Decimal('0.0001') and abs(Decimal('0.4875') - loss) <= Decimal('0.0001')
(R if ok else (lambda l, p_, c_: W(l, p_, c_, 'first', 'forward')))(line, '1.1088, 0.4875', '%s, %s' % (str(yhat)[:8], str(loss)[:8]))
r = 2 * (yhat - yg)
grads = {'a': r * xg * xg, 'b': r * xg, 'c': r}
for name, p in (('a', '1.6865'), ('b', '-1.5346'), ('c', '1.3964')):
    line = find('"tensor([%s])' % p)
    (R if abs(Decimal(p) - grads[name]) <= Decimal('0.0001') else (lambda l, p_, c_: W(l, p_, c_, 'first', 'gradient')))(line, p, str(grads[name])[:10])
lr = Decimal('0.1')
new = [a - lr * grads['a'], b - lr * grads['b'], c - lr * grads['c']]
line = find('(tensor([0.8313]), tensor([1.1535]), tensor([0.8604]))')
pr = ['0.8313', '1.1535', '0.8604']
ok = all(abs(Decimal(p) - v) <= Decimal('0.0001') for p, v in zip(pr, new))
(R if ok else (lambda l, p_, c_: W(l, p_, c_, 'first', 'update')))(line, ', '.join(pr), ', '.join(str(v)[:8] for v in new))

# equations in the excerpted markdown: x = 1 from 2(x-1) = 0; f'(-1) = 2(-1-1) = -4
line = find('"$$ x = 1 $$')
R(line, '1', '1')
line = find("f'(x=-1) = 2(-1-1) = -4")
R(line, '-4', str(2 * (-1 - 1)))

for row in report:
    print('%-16s line %4d  printed %-40s correct %s %s' % (row[0], row[1], row[2], row[3], ('<- ' + row[4]) if row[4] else ''))
nf = sum(1 for w in wrong if w['kind'] == 'first')
print('\nSUMMARY: %d wrong lines (%d first, %d propagated), %d right lines, %d unjudged' % (len(wrong), nf, len(wrong) - nf, len(right), len(unjudged)))
if '--write-expected' in sys.argv:
    exp = {"file": "doc.ipynb", "format": "ipynb",
           "source": "https://github.com/lysukhin/ai-masters-ml3-seminars/blob/79c63f4693e82eb0643223f6666bdc99306b4afb/01_backprop/seminar01_backprop.ipynb",
           "license": "none stated (no LICENSE file in the repository) -> reconstructed excerpt: equations, comment-free code statements and printed outputs only",
           "wrong": sorted(wrong, key=lambda w: w['line']), "right": sorted(set(right)),
           "unjudged": sorted(unjudged, key=lambda u: u['line']),
           "notes": ("Seminar 1 (backprop) of the AI Masters course 'Machine learning, part 3' (seminarists D. Lysukhin, S. Malashenko), "
                     "Russian, version with saved outputs (commit 79c63f4, 2022-09-16; later commits cleared the outputs). "
                     "Givens: f(x) = x^2-2x+1, h values, g as defined by the document (2f(x) + x^2 y^2), torch toy inputs, "
                     "a = b = c = 1, lr = 0.1 and the data point x, y printed from a seeded random draw (treated as givens). "
                     "Finite-difference lines are judged against the exact-arithmetic difference quotient; lines whose printed float64 "
                     "value is exact for the program but off by more than one unit from exact arithmetic are unjudged (two readings). "
                     "One error: the code's g uses + y**2 instead of + (x*y)**2, so the printed numerical dg/dx at (1, 2) is 0.0 "
                     "where the document's own hand derivative gives 4x-4+2xy^2 = 8. The SGD step (y_hat 1.1088, loss 0.4875, "
                     "grads 1.6865 / -1.5346 / 1.3964, new a, b, c 0.8313 / 1.1535 / 0.8604) is correct.")}
    with open(os.path.join(HERE, 'expected.json'), 'w') as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False); fh.write('\n')
    print('wrote expected.json')
